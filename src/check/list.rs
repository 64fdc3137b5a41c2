//! Reference-list papers: the list found, split and parsed; the citations found in the text
//! before it and linked to its entries, kept or walked again when a report needs them.

use super::{settle_levels, Checked, Cited, Keep, Options};
use crate::citation::{self, blank_lines, Citation, MlaVote, Standing};
use crate::config::Config;
use crate::diagnostic::Style;
use crate::document::{find_residue, mask_markup, Document, InputError};
use crate::input::Kind;
use crate::link::{Index, Link, Linker, Tally};
use crate::reference::{self, assign_keys, Reference};
use crate::reflist::{self, RawEntry, Section};
use crate::rules::{self, Context, Origins};
use std::borrow::Cow;

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

/// How a reference-list paper's citations are found and linked, worked out once: the text they
/// are found in, the style, and the index (with the abbreviations the text defines). A walk
/// finds and links every citation, one at a time, so a long paper's citations need never be
/// held together ([`Cited::Walked`]).
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
        // Converter markup (links, tags, escapes, superscripts) blanked too, offsets kept.
        let body = match body_text(doc, list) {
            Cow::Borrowed(prefix) => match mask_markup(prefix) {
                Cow::Borrowed(_) => Body::Prefix(prefix.len()),
                Cow::Owned(masked) => Body::Blanked(masked),
            },
            Cow::Owned(blanked) => Body::Blanked(mask_markup(&blanked).into_owned()),
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

/// Check a reference-list paper: its list parsed, every citation linked, every problem found.
/// With [`Keep::Tallies`] the citations are not kept: what they add up to and the problems
/// they show are, and a report that lists them walks the paper again ([`Cited::Walked`]), so
/// memory stays at the paper, its list and per-entry counts.
pub(super) fn check(doc: Document, options: &Options) -> Result<Checked, InputError> {
    let config = &options.config;
    let list = read_references(&doc, options.references_at)?;
    let plan = Plan::new(&doc, &list, config);
    let origins = Origins::default();
    let cx = list.context(plan.style, &origins);
    let mut found = Vec::new();
    rules::run_list(&cx, &mut found);
    let mut rules = rules::CitationRules::new(&cx);
    let mut tally = Tally::new(list.references.len());
    let mut kept = Vec::new();
    let mla = plan.walk_deciding(&doc, &list, |c, link| {
        rules.observe(&c, &link, &mut found);
        tally.add(&link, doc.lines.line(c.span.start));
        if options.keep == Keep::Everything {
            kept.push((c, link));
        }
    });
    rules.finish(&mut found);
    if mla {
        // Author-page citations of unknown names came last: they go in their place.
        tally.sort_lines();
        kept.sort_by_key(|(c, _)| c.span.start);
    }
    rules::sort(&mut found);
    let diagnostics = settle_levels(&doc, found, config);
    let style = plan.style;
    let cited = match options.keep {
        Keep::Everything => {
            let (citations, links) = kept.into_iter().unzip();
            Cited::Kept { citations, links }
        }
        Keep::Tallies => Cited::Walked {
            plan: Box::new(plan),
            mla,
        },
    };
    Ok(Checked {
        doc,
        kind: Kind::Paper,
        style,
        list,
        cited,
        tally,
        diagnostics,
        inputs: Vec::new(),
        bibs: Vec::new(),
        bib_walk: None,
        origins,
    })
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
