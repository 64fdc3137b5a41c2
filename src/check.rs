//! The pipeline, stage by stage: read → find the list → parse entries → find citations →
//! link → rules. Each function returns typed data for the next; nothing here prints.

use crate::bibfile::{to_reference, BibEntry, BibFile};
use crate::citation::{self, blank_lines, Citation};
use crate::citation::{MlaVote, Standing};
use crate::config::Config;
use crate::diagnostic::{Diagnostic, Severity, Source, SourceId, Style};
use crate::document::{find_residue, Document, InputError};
use crate::link::{self, Index, Link, Linker, Tally};
use crate::paper::{self, Kind, Syntax};
use crate::reference::{self, assign_keys, Reference};
use crate::reflist::{self, RawEntry, Section};
use crate::rules::{self, Context, Origins};
use std::borrow::Cow;
use std::collections::HashSet;
use std::path::PathBuf;

/// A paper's reference list, parsed.
#[derive(Debug, Clone)]
pub struct RefList {
    pub section: Section,
    pub references: Vec<Reference>,
    /// List numbers ("[3]"), parallel to `references`.
    pub numbers: Vec<Option<u32>>,
    /// Lines (0-based) that are PDF residue.
    pub residue: Vec<bool>,
}

impl RefList {
    /// What the rules read of this list.
    pub fn context<'a>(&'a self, style: Style, origins: &'a Origins) -> Context<'a> {
        Context {
            references: &self.references,
            style,
            numbers: &self.numbers,
            origins,
        }
    }

    /// Numeric if most entries carry a list number.
    pub fn detected_style(&self) -> Style {
        let numbered = self.numbers.iter().filter(|n| n.is_some()).count();
        if numbered > 0 && numbered * 2 >= self.references.len() {
            Style::Numeric
        } else {
            Style::AuthorDate
        }
    }
}

/// Find, split and parse the reference list of a paper. `at` points at it by line number.
pub fn read_references(doc: &Document, at: Option<usize>) -> Result<RefList, InputError> {
    let (section, raw, residue) = split_list(doc, at)?;
    let mut numbers = Vec::with_capacity(raw.len());
    let mut references: Vec<Reference> = raw
        .iter()
        .map(|entry| {
            numbers.push(entry.number);
            parse_entry(entry)
        })
        .collect();
    drop(raw);
    assign_keys(&mut references);
    Ok(RefList {
        section,
        references,
        numbers,
        residue,
    })
}

/// The reference list of a paper found and split into entries.
fn split_list(
    doc: &Document,
    at: Option<usize>,
) -> Result<(Section, Vec<RawEntry>, Vec<bool>), InputError> {
    let residue = find_residue(&doc.text, &doc.lines);
    let section = reflist::find_section(doc, &residue, at)?;
    let raw = reflist::split_entries(doc, &residue, &section);
    if raw.is_empty() {
        return Err(InputError::NoReferences {
            path: doc.path.clone(),
        });
    }
    Ok((section, raw, residue))
}

fn parse_entry(entry: &RawEntry) -> Reference {
    let mut r = reference::parse(&entry.text);
    r.line = entry.line;
    r.span = entry.span;
    r
}

/// A paper's reference list split into entries, not kept parsed: each entry is parsed when
/// it is used ([`RawList::each`]), so a list of any length is written in memory little larger
/// than its text. Keys are the ones [`read_references`] gives.
#[derive(Debug)]
pub struct RawList {
    entries: Vec<RawEntry>,
    keys: reference::KeyCounts,
}

impl RawList {
    /// Find and split the list, and count its keys (each entry parsed once, then dropped).
    pub fn read(doc: &Document, at: Option<usize>) -> Result<Self, InputError> {
        let (_, entries, _) = split_list(doc, at)?;
        let mut keys = reference::KeyCounts::default();
        for entry in &entries {
            keys.count(&parse_entry(entry));
        }
        Ok(RawList { entries, keys })
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Each entry parsed, with its key, in list order.
    pub fn each(&self, mut f: impl FnMut(&Reference)) {
        let mut keys = self.keys.assigner();
        for entry in &self.entries {
            let mut r = parse_entry(entry);
            r.key = keys.key(&r).into();
            f(&r);
        }
    }
}

/// Parse bare reference strings, one per non-blank line (the form AnyStyle and GROBID take).
pub fn parse_lines(doc: &Document) -> Vec<Reference> {
    let mut references: Vec<Reference> = (1..=doc.lines.line_count())
        .filter_map(|n| {
            let span = doc.lines.line_span(&doc.text, n);
            let text = doc.slice(span).trim();
            (!text.is_empty()).then(|| {
                let mut r = reference::parse(text);
                r.line = n;
                r.span = span;
                r
            })
        })
        .collect();
    assign_keys(&mut references);
    references
}

/// Everything `check` learnt about one paper.
#[derive(Debug)]
pub struct Checked {
    pub doc: Document,
    pub list: RefList,
    pub style: Style,
    pub citations: Vec<Citation>,
    pub links: Vec<Link>,
    pub diagnostics: Vec<Diagnostic>,
    /// Files a LaTeX paper pulls in (`SourceId::Input`); empty for other papers.
    pub inputs: Vec<Document>,
    /// The `.bib` files of a paper that cites by key (`SourceId::Bib`); empty for other papers.
    pub bibs: Vec<BibFile>,
    /// Which file each citation and entry comes from, when not the document.
    pub origins: Origins,
}

impl Checked {
    /// The `.bib` files as sources that a report locates problems in.
    pub fn bib_sources(&self) -> Vec<Source<'_>> {
        self.bibs.iter().map(BibFile::source).collect()
    }
}

/// How a reference-list paper's citations are found and linked, worked out once: the text they
/// are found in, the style, and the index (with the abbreviations the text defines). A walk
/// finds and links every citation, one at a time, so a long paper's citations need never be
/// held together ([`Streamed`]).
#[derive(Debug)]
pub struct Plan {
    pub style: Style,
    index: Index,
    body: Body,
}

/// The text citations are found in: the text before the list (most papers), or a copy with
/// residue and the list blanked.
#[derive(Debug)]
enum Body {
    Prefix(usize),
    Blanked(String),
}

impl Plan {
    pub fn new(doc: &Document, list: &RefList, config: &Config) -> Self {
        let style = config
            .style
            .fixed()
            .unwrap_or_else(|| list.detected_style());
        let body = match body_text(doc, list) {
            Cow::Borrowed(prefix) => Body::Prefix(prefix.len()),
            Cow::Owned(blanked) => Body::Blanked(blanked),
        };
        let mut index = Index::new(&list.references, &list.numbers, &config.alias_pairs());
        let mut plan = Plan {
            style,
            index: Index::default(),
            body,
        };
        if style != Style::Numeric {
            index.add_aliases(&citation::author_date_aliases(
                plan.body(doc),
                &index.lexicon,
            ));
        }
        plan.index = index;
        plan
    }

    fn body<'a>(&'a self, doc: &'a Document) -> &'a str {
        match &self.body {
            Body::Prefix(end) => &doc.text[..*end],
            Body::Blanked(text) => text,
        }
    }

    /// Every citation found, with its link and its standing (see [`Standing`]), in text order.
    pub fn walk(
        &self,
        doc: &Document,
        list: &RefList,
        mut f: impl FnMut(Citation, Link, Standing),
    ) {
        let body = self.body(doc);
        let mut linker = Linker::new(&list.references, &self.index);
        let mut each = |c: Citation, standing| {
            let link = linker.link(&c, body);
            f(c, link, standing);
        };
        match self.style {
            Style::Numeric => {
                citation::each_numeric(body, list.references.len(), |c| each(c, Standing::Sure))
            }
            _ => citation::each_author_date(body, &self.index.lexicon, &mut Vec::new(), each),
        }
    }

    /// The citations kept, in text order, for a paper whose manner (`mla`) is known.
    pub fn walk_kept(
        &self,
        doc: &Document,
        list: &RefList,
        mla: bool,
        mut f: impl FnMut(Citation, Link),
    ) {
        self.walk(doc, list, |c, link, standing| {
            if mla || standing != Standing::AuthorPageUnknown {
                f(c, link);
            }
        });
    }

    /// One walk that decides the paper's manner as it goes: the citations kept go to `f` in
    /// text order, except author-page citations of unknown names, which come last, once the
    /// whole paper has shown they count. Returns the decision.
    fn walk_deciding(
        &self,
        doc: &Document,
        list: &RefList,
        mut f: impl FnMut(Citation, Link),
    ) -> bool {
        let mut vote = MlaVote::default();
        let mut held = Vec::new();
        self.walk(doc, list, |c, link, standing| {
            vote.count(standing);
            if standing == Standing::AuthorPageUnknown {
                held.push((c, link));
            } else {
                f(c, link);
            }
        });
        let mla = vote.mla();
        if mla {
            held.into_iter().for_each(|(c, link)| f(c, link));
        }
        mla
    }
}

/// Check a paper: every citation linked, every problem found, everything kept.
pub fn check(doc: Document, config: &Config, at: Option<usize>) -> Result<Checked, InputError> {
    let list = read_references(&doc, at)?;
    let plan = Plan::new(&doc, &list, config);
    let mut pairs = Vec::new();
    let mla = plan.walk_deciding(&doc, &list, |c, link| pairs.push((c, link)));
    if mla {
        pairs.sort_by_key(|(c, _)| c.span.start);
    }
    let (citations, links): (Vec<Citation>, Vec<Link>) = pairs.into_iter().unzip();
    let origins = Origins::default();
    let cx = list.context(plan.style, &origins);
    let found = rules::run(&cx, &citations, &links);
    let diagnostics = settle_levels(&doc, found, config);
    Ok(Checked {
        style: plan.style,
        doc,
        list,
        citations,
        links,
        diagnostics,
        inputs: Vec::new(),
        bibs: Vec::new(),
        origins,
    })
}

/// A reference-list paper checked without keeping its citations: what they add up to and the
/// problems they show are kept; a report that lists them walks the paper again
/// ([`Streamed::walk`]). Memory stays at the paper, its list and per-entry counts.
#[derive(Debug)]
pub struct Streamed {
    pub doc: Document,
    pub list: RefList,
    pub plan: Plan,
    /// Author-page citations of unknown names count (see [`Standing`]).
    mla: bool,
    pub diagnostics: Vec<Diagnostic>,
    pub tally: Tally,
    /// Always empty: everything is in the document.
    pub origins: Origins,
}

impl Streamed {
    /// Every citation kept, with its link, in text order: the same as [`check`] keeps.
    pub fn walk(&self, mut f: impl FnMut(&Citation, &Link)) {
        self.plan
            .walk_kept(&self.doc, &self.list, self.mla, |c, link| f(&c, &link));
    }
}

/// [`check`] without keeping the citations.
pub fn check_streamed(
    doc: Document,
    config: &Config,
    at: Option<usize>,
) -> Result<Streamed, InputError> {
    let list = read_references(&doc, at)?;
    let plan = Plan::new(&doc, &list, config);
    let origins = Origins::default();
    let cx = list.context(plan.style, &origins);
    let mut found = Vec::new();
    rules::run_list(&cx, &mut found);
    let mut rules = rules::CitationRules::new(&cx);
    let mut tally = Tally::new(list.references.len());
    let mla = plan.walk_deciding(&doc, &list, |c, link| {
        rules.observe(&c, &link, &mut found);
        tally.add(&link, doc.lines.line(c.span.start));
    });
    rules.finish(&mut found);
    if mla {
        // Author-page citations of unknown names came last: their lines go in their place.
        tally.sort_lines();
    }
    rules::sort(&mut found);
    let diagnostics = settle_levels(&doc, found, config);
    Ok(Streamed {
        doc,
        list,
        plan,
        mla,
        diagnostics,
        tally,
        origins,
    })
}

/// The document's own warnings, then the rules' problems, at their configured levels.
fn settle_levels(doc: &Document, found: Vec<Diagnostic>, config: &Config) -> Vec<Diagnostic> {
    let mut diagnostics = doc.warnings.clone();
    diagnostics.extend(found);
    for d in &mut diagnostics {
        d.severity = config.severity(d.code);
    }
    diagnostics.retain(|d| d.severity != Severity::Allow);
    diagnostics
}

/// A checked paper as the command line reports it: a paper citing by key keeps everything
/// (its citations are few, its `.bib` files hold the bulk), a reference-list paper keeps
/// only what its citations add up to.
#[derive(Debug)]
pub enum Outcome {
    Keys(Box<Checked>),
    List(Box<Streamed>),
}

impl Outcome {
    pub fn doc(&self) -> &Document {
        match self {
            Outcome::Keys(c) => &c.doc,
            Outcome::List(s) => &s.doc,
        }
    }

    /// The `.bib` files as sources that a report locates problems in.
    pub fn bib_sources(&self) -> Vec<Source<'_>> {
        match self {
            Outcome::Keys(c) => c.bib_sources(),
            Outcome::List(_) => Vec::new(),
        }
    }
}

/// [`check_paper`], keeping a reference-list paper's citations only as tallies.
pub fn check_paper_streamed(
    doc: Document,
    config: &Config,
    at: Option<usize>,
    bib: &[PathBuf],
    max_bytes: u64,
) -> Result<Outcome, InputError> {
    match paper::kind_of(&doc, !bib.is_empty()) {
        Kind::Keys(syntax) => {
            check_keys(doc, syntax, bib, config, max_bytes).map(|c| Outcome::Keys(Box::new(c)))
        }
        Kind::ReferenceList => check_streamed(doc, config, at).map(|s| Outcome::List(Box::new(s))),
    }
}

/// Check any paper: one that cites by key (LaTeX, Pandoc) against its `.bib` files (`bib`
/// overrides the files it names), any other against its own reference list.
pub fn check_paper(
    doc: Document,
    config: &Config,
    at: Option<usize>,
    bib: &[PathBuf],
    max_bytes: u64,
) -> Result<Checked, InputError> {
    match paper::kind_of(&doc, !bib.is_empty()) {
        Kind::Keys(syntax) => check_keys(doc, syntax, bib, config, max_bytes),
        Kind::ReferenceList => check(doc, config, at),
    }
}

/// Check a LaTeX or Pandoc paper: its citation keys against the entries of its `.bib` files,
/// and the `.bib` files themselves. `bib`, when not empty, replaces the files the paper names.
pub fn check_keys(
    doc: Document,
    syntax: Syntax,
    bib: &[PathBuf],
    config: &Config,
    max_bytes: u64,
) -> Result<Checked, InputError> {
    let paper = paper::read_paper(&doc, syntax, max_bytes)?;
    let bibs = if !bib.is_empty() {
        BibFile::read_all(bib, max_bytes)?
    } else if paper.bibliographies.is_empty() {
        return Err(InputError::NoBibliography {
            path: doc.path.clone(),
        });
    } else {
        paper::read_named_bibs(&doc, &paper, max_bytes)?
    };
    let mut checked = link_keys(
        doc,
        paper.inputs,
        bibs,
        paper.citations,
        paper.citation_sources,
        config,
    );
    if paper.cite_all {
        // `\nocite{*}` cites every entry.
        checked
            .diagnostics
            .retain(|d| d.code != crate::diagnostic::Code::UncitedReference);
    }
    Ok(checked)
}

/// Lint a bibliography on its own: every `.bib` rule. (The list rules, such as
/// `duplicate-reference`, need a paper: `check` runs them.)
pub fn lint(bib: BibFile, config: &Config) -> Checked {
    // The file itself is `bibs[0]`; every diagnostic points there. The checked "document" is
    // only its name: no second copy of the text.
    let doc = Document {
        path: bib.doc.path.clone(),
        text: String::new(),
        lines: crate::span::LineIndex::new(""),
        warnings: Vec::new(),
    };
    let mut bibs = vec![bib];
    let mut diagnostics: Vec<Diagnostic> = bibs[0]
        .doc
        .warnings
        .iter()
        .cloned()
        .map(|d| d.in_source(SourceId::Bib(0)))
        .collect();
    // The rules read the scanned entries; then each entry becomes a reference and is freed,
    // so the scanned file and the parsed list are never both whole in memory. Nothing after
    // this reads `bibs[0].entries`.
    diagnostics.extend(rules::run_bib(&bibs));
    let diagnostics = settle(diagnostics, config);
    let entries = std::mem::take(&mut bibs[0].entries);
    let mut references = Vec::with_capacity(entries.len());
    let mut seen = HashSet::new();
    for entry in entries {
        if first_of_its_key(&mut seen, &entry) {
            references.push(to_reference(&entry, &bibs[0].doc.text));
        }
    }
    let reference_sources = vec![SourceId::Bib(0); references.len()];
    let numbers = vec![None; references.len()];
    let origins = Origins {
        citations: Vec::new(),
        references: reference_sources,
    };
    let list = RefList {
        section: Section {
            heading_line: None,
            start: 0,
            end: 0,
        },
        residue: Vec::new(),
        references,
        numbers,
    };
    Checked {
        doc,
        list,
        style: Style::Keys,
        citations: Vec::new(),
        links: Vec::new(),
        diagnostics,
        inputs: Vec::new(),
        bibs,
        origins,
    }
}

/// A `.bib` file linted without keeping its entries: its problems are kept; a report that
/// lists the entries reads the file again ([`Linted::each_reference`]). Memory stays at the
/// file's text, one key table and the problems.
#[derive(Debug)]
pub struct Linted {
    /// The file, its `entries` empty.
    pub bib: BibFile,
    /// The `@string`s the file was read with.
    inherited: crate::bibfile::Strings,
    /// Per entry in file order: does it become a reference (the first of its key)?
    firsts: Vec<bool>,
    pub references: usize,
    pub diagnostics: Vec<Diagnostic>,
    /// Every reference is in `bibs[0]`.
    pub origins: Origins,
}

impl Linted {
    /// Each entry that becomes a reference, as [`lint`] makes it, in file order.
    pub fn each_reference(&self, mut f: impl FnMut(&Reference)) {
        let mut n = 0;
        self.bib.each_entry(&self.inherited, |entry| {
            if self.firsts.get(n).copied().unwrap_or(false) {
                f(&to_reference(&entry, &self.bib.doc.text));
            }
            n += 1;
        });
    }
}

/// [`lint`] of a `.bib` file's text, read one entry at a time and kept only as its problems.
pub fn lint_streamed(doc: Document, config: &Config) -> Linted {
    let inherited = crate::bibfile::month_strings();
    let mut rules = rules::BibRules::new(vec![doc.path.display().to_string()]);
    let mut firsts = Vec::new();
    let bib = BibFile::scan_document(doc, &inherited, |entry, strings| {
        firsts.push(rules.observe(0, &entry, strings));
    });
    let mut diagnostics: Vec<Diagnostic> = bib
        .doc
        .warnings
        .iter()
        .cloned()
        .map(|d| d.in_source(SourceId::Bib(0)))
        .collect();
    diagnostics.extend(rules.finish(std::slice::from_ref(&bib)));
    let references = firsts.iter().filter(|&&f| f).count();
    Linted {
        bib,
        inherited,
        firsts,
        references,
        diagnostics: settle(diagnostics, config),
        origins: Origins {
            citations: Vec::new(),
            references: vec![SourceId::Bib(0); references],
        },
    }
}

/// Configured levels applied, silenced codes dropped, in source order.
fn settle(mut diagnostics: Vec<Diagnostic>, config: &Config) -> Vec<Diagnostic> {
    for d in &mut diagnostics {
        // Only a configured level replaces a rule's own: `duplicate-key` notes case variants as info.
        if let Some(&level) = config.severity.get(d.code.as_str()) {
            d.severity = level.into();
        }
    }
    diagnostics.retain(|d| d.severity != Severity::Allow);
    diagnostics.sort_by_key(|d| (d.source, d.span.start, d.code));
    diagnostics
}

/// The entries of the `.bib` files as one list: the first entry of each key (biber drops the
/// others; `duplicate-key` reports them), keyless entries left out.
/// Only the first entry of a key becomes a reference (`duplicate-key` reports the others);
/// an entry without a key never does.
fn first_of_its_key(seen: &mut HashSet<String>, entry: &BibEntry) -> bool {
    !entry.key.is_empty() && seen.insert(entry.key.clone())
}

fn bib_references(bibs: &[BibFile]) -> (Vec<Reference>, Vec<SourceId>) {
    let mut seen = HashSet::new();
    let mut references = Vec::new();
    let mut sources = Vec::new();
    for (f, file) in bibs.iter().enumerate() {
        for entry in file
            .entries
            .iter()
            .filter(|e| first_of_its_key(&mut seen, e))
        {
            references.push(to_reference(entry, &file.doc.text));
            sources.push(SourceId::Bib(f));
        }
    }
    (references, sources)
}

fn link_keys(
    doc: Document,
    inputs: Vec<Document>,
    bibs: Vec<BibFile>,
    citations: Vec<Citation>,
    citation_sources: Vec<SourceId>,
    config: &Config,
) -> Checked {
    let (references, reference_sources) = bib_references(&bibs);
    let numbers = vec![None; references.len()];
    let index = Index::new(&references, &numbers, &config.alias_pairs());
    // Keys are never ambiguous, so the linker needs no sentence context.
    let links = link::link_all(&citations, &references, &index, "");
    let origins = Origins {
        citations: citation_sources,
        references: reference_sources,
    };
    let style = Style::Keys;
    let cx = Context {
        references: &references,
        style,
        numbers: &numbers,
        origins: &origins,
    };
    let mut diagnostics = doc.warnings.clone();
    for (i, input) in inputs.iter().enumerate() {
        diagnostics.extend(
            input
                .warnings
                .iter()
                .cloned()
                .map(|d| d.in_source(SourceId::Input(i))),
        );
    }
    for (i, file) in bibs.iter().enumerate() {
        diagnostics.extend(
            file.doc
                .warnings
                .iter()
                .cloned()
                .map(|d| d.in_source(SourceId::Bib(i))),
        );
    }
    diagnostics.extend(rules::run(&cx, &citations, &links));
    diagnostics.extend(rules::run_bib(&bibs));
    let diagnostics = settle(diagnostics, config);
    let section = Section {
        heading_line: None,
        start: 0,
        end: 0,
    };
    let residue = vec![false; doc.lines.line_count()];
    let list = RefList {
        section,
        references,
        numbers,
        residue,
    };
    Checked {
        doc,
        list,
        style,
        citations,
        links,
        diagnostics,
        inputs,
        bibs,
        origins,
    }
}

/// The paper's text with residue and the reference section blanked, offsets unchanged. When
/// nothing before the list needs blanking and only blank lines or residue follow it (most
/// papers), that is just the text before the list, borrowed rather than copied.
pub fn body_text<'a>(doc: &'a Document, list: &RefList) -> Cow<'a, str> {
    let first = list
        .section
        .heading_line
        .unwrap_or(list.section.start)
        .max(1);
    let residue = |n: usize| list.residue.get(n - 1).copied().unwrap_or(false);
    let count = doc.lines.line_count();
    let clean_before = !(1..first).any(residue);
    let nothing_after = (list.section.end.max(first)..=count).all(|n| {
        residue(n)
            || doc
                .slice(doc.lines.line_span(&doc.text, n))
                .trim()
                .is_empty()
    });
    if clean_before && nothing_after && first <= count {
        return Cow::Borrowed(&doc.text[..doc.lines.line_span(&doc.text, first).start]);
    }
    let blank = (1..=count)
        .filter(|&n| residue(n) || (first..list.section.end).contains(&n))
        .map(|n| {
            let s = doc.lines.line_span(&doc.text, n);
            (s.start, s.end)
        });
    Cow::Owned(blank_lines(&doc.text, blank))
}
