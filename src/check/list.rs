//! Reference-list papers: the list found, split and parsed; the citations found in the text
//! before it and linked to its entries, kept or walked again when a report needs them.

use super::{settle_levels, Checked, Cited, Keep, Options};
use crate::citation::{self, blank_lines, Citation, MlaVote, Standing};
use crate::config::Config;
use crate::diagnostic::Style;
use crate::document::{find_residue, mask_markup, Document, InputError};
use crate::input::Kind;
use crate::link::fields::FieldLinks;
use crate::link::{Index, Link, Linker, Tally};
use crate::reference::{self, assign_keys, Name, Reference};
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
    /// Alphabetic labels ("BJP12" of "[BJP12]"), parallel to `references`.
    pub labels: Vec<Option<String>>,
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

    /// Numeric if most entries carry a list number, alphabetic if most carry a label.
    pub fn detected_style(&self) -> Style {
        Style::of_list(self.references.len(), &self.numbers, &self.labels)
    }
}

/// Find, split and parse the reference list of a paper. `at` points at it by line number. A
/// notes-style paper's list is its bibliography with the notes kept out, or, with none, the
/// works its notes cite in full.
pub fn read_references(doc: &Document, at: Option<usize>) -> Result<RefList, InputError> {
    match super::notes::read(doc, &Options::at(at))? {
        Some(paper) if !paper.list.references.is_empty() => Ok(paper.list),
        _ => read_list(doc, at),
    }
}

/// [`read_references`] for a paper that cites in its text.
fn read_list(doc: &Document, at: Option<usize>) -> Result<RefList, InputError> {
    let (section, raw, residue) = split_list(doc, at)?;
    let mut numbers = Vec::with_capacity(raw.len());
    let mut labels = Vec::with_capacity(raw.len());
    let mut references: Vec<Reference> = raw
        .into_iter()
        .map(|entry| {
            numbers.push(entry.number);
            let reference = entry.parse();
            labels.push(entry.label);
            reference
        })
        .collect();
    repeat_all_authors(&mut references);
    assign_keys(&mut references);
    Ok(RefList {
        section,
        references,
        numbers,
        labels,
        residue,
    })
}

/// The reference list of a paper found and split into entries.
fn split_list(
    doc: &Document,
    at: Option<usize>,
) -> Result<(Section, Vec<RawEntry>, Vec<bool>), InputError> {
    // A PDF's running heads and page numbers were dropped by their place on the page; found
    // again by repetition here, a short line repeated in the prose ("(Chen, 2020).") would go.
    let residue = match doc.pages {
        Some(_) => vec![false; doc.lines.line_count()],
        None => find_residue(&doc.text, &doc.lines),
    };
    let section = reflist::find_section(doc, &residue, at).map_err(|e| no_list(doc, e))?;
    let raw = reflist::split_entries(doc, &residue, &section);
    if raw.is_empty() {
        return Err(no_list(
            doc,
            InputError::NoReferences {
                path: doc.path.clone(),
            },
        ));
    }
    Ok((section, raw, residue))
}

/// Why a paper has no list, said better for a Word file whose citations are a reference
/// manager's fields: a draft whose bibliography was never inserted.
fn no_list(doc: &Document, err: InputError) -> InputError {
    let InputError::NoReferences { path } = err else {
        return err;
    };
    let citations: Vec<_> = doc
        .word
        .iter()
        .flat_map(|map| &map.fields)
        .filter(|f| matches!(f.kind, crate::document::word::FieldKind::Citation { .. }))
        .collect();
    match citations.first() {
        Some(first) => InputError::NoManagedList {
            path,
            manager: first.manager.name(),
            citations: citations.len(),
        },
        None => InputError::NoReferences { path },
    }
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
        let entries = match super::notes::read(doc, &Options::at(at))? {
            Some(paper) if !paper.raw.is_empty() => paper.raw,
            _ => split_list(doc, at)?.1,
        };
        let mut keys = reference::KeyCounts::default();
        each_parsed(&entries, |r| keys.count(r));
        Ok(RawList { entries, keys })
    }

    /// Bare reference strings, one per non-blank line, as [`parse_lines`] reads them (keys
    /// counted, each entry parsed once, then dropped): `citecheck parse` writes a list of any
    /// length in memory little larger than its text, where holding every entry parsed took
    /// nine times the input.
    pub fn lines(doc: &Document) -> Self {
        let entries: Vec<RawEntry> = line_entries(doc).collect();
        let mut keys = reference::KeyCounts::default();
        each_parsed(&entries, |r| keys.count(r));
        RawList { entries, keys }
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
        each_parsed(&self.entries, |r| {
            r.key = keys.key(r).into();
            f(r);
        });
    }
}

/// Each entry parsed in list order, one at a time, an entry that wrote its authors as dashes
/// given those of the entry before it.
fn each_parsed(entries: &[RawEntry], mut f: impl FnMut(&mut Reference)) {
    let mut previous: Vec<Name> = Vec::new();
    for entry in entries {
        let mut r = entry.parse();
        reference::repeat_authors(&mut r, &mut previous);
        f(&mut r);
    }
}

/// [`reference::repeat_authors`] over a list read whole.
pub(super) fn repeat_all_authors(references: &mut [Reference]) {
    let mut previous: Vec<Name> = Vec::new();
    for r in references {
        reference::repeat_authors(r, &mut previous);
    }
}

/// Parse bare reference strings, one per non-blank line (the form AnyStyle and GROBID take).
pub fn parse_lines(doc: &Document) -> Vec<Reference> {
    let mut references: Vec<Reference> = line_entries(doc).map(|e| e.parse()).collect();
    repeat_all_authors(&mut references);
    assign_keys(&mut references);
    references
}

/// Each non-blank line of `doc` as an entry: its text trimmed, its span the whole line.
fn line_entries(doc: &Document) -> impl Iterator<Item = RawEntry> + '_ {
    (1..=doc.lines.line_count()).filter_map(|n| {
        let span = doc.lines.line_span(&doc.text, n);
        let text = doc.slice(span).trim();
        (!text.is_empty()).then(|| RawEntry {
            text: text.to_string(),
            span,
            line: n,
            number: None,
            label: None,
        })
    })
}

/// How a reference-list paper's citations are found and linked, worked out once: the text they
/// are found in, the style, and the index (with the abbreviations the text defines). A walk
/// finds and links every citation, one at a time, so a long paper's citations need never be
/// held together ([`Cited::Walked`]).
#[derive(Debug)]
pub struct Plan {
    pub style: Style,
    /// The list carries no numbers, but the text cites its entries by number, counting them in
    /// list order (a converter dropped the numbers of a numbered list): see [`cites_by_place`].
    pub by_place: bool,
    index: Index,
    body: Body,
    /// A Word file's reference-manager fields, linked to the list: a citation inside one is
    /// linked to the entry its field names.
    pub fields: Option<FieldLinks>,
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
        // Converter markup (links, tags, escapes, superscripts) blanked too, offsets kept.
        let body = match body_text(doc, list) {
            Cow::Borrowed(prefix) => match mask_markup(prefix) {
                Cow::Borrowed(_) => Body::Prefix(prefix.len()),
                Cow::Owned(masked) => Body::Blanked(masked),
            },
            Cow::Owned(blanked) => Body::Blanked(mask_markup(&blanked).into_owned()),
        };
        let text = match &body {
            Body::Prefix(end) => &doc.text[..*end],
            Body::Blanked(text) => text.as_str(),
        };
        let by_place = config.style.fixed().is_none()
            && list.detected_style() == Style::AuthorDate
            && cites_by_place(text, list)
            && !cites_more_by_name(text, list, config);
        let style = match config.style.fixed() {
            Some(style) => style,
            None if by_place => Style::Numeric,
            None => list.detected_style(),
        };
        let places: Vec<Option<u32>>;
        // A numbered list some of whose labels the converter lost, the rest at their places.
        let gaps = style == Style::Numeric
            && list.numbers.iter().any(Option::is_none)
            && labels_at_places(&list.numbers);
        let numbers = if by_place || gaps {
            places = number_by_place(list.references.len());
            &places
        } else {
            &list.numbers
        };
        let mut index = Index::new(&list.references, numbers, &config.alias_pairs());
        index.add_labels(&list.labels);
        let style = if config.style.fixed().is_none()
            && style == Style::Numeric
            && cites_by_name(text, list, &index)
        {
            Style::AuthorDate
        } else {
            style
        };
        let fields = doc
            .word
            .as_deref()
            .filter(|map| !map.fields.is_empty())
            .map(|map| FieldLinks::new(map, &list.references));
        let mut plan = Plan {
            style,
            by_place,
            index: Index::default(),
            body,
            fields,
        };
        if !matches!(style, Style::Numeric | Style::Alphabetic) {
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
            let mut link = linker.link(&c, body);
            if let Some(fields) = &self.fields {
                link = fields.link(&c, link);
            }
            f(c, link, standing);
        };
        match self.style {
            Style::Numeric => {
                citation::each_numeric(body, list.references.len(), |c| each(c, Standing::Sure))
            }
            Style::Alphabetic => {
                citation::each_label(body, &list.labels, |c| each(c, Standing::Sure))
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

/// Does a paper with an unnumbered, unlabelled list cite its entries by their place in it?
/// It does when numeric citations name at least half the entries, and three or more, and
/// hardly any number beyond the list: an author-date paper's stray "[2]" or "(3)" never
/// covers its list.
fn cites_by_place(body: &str, list: &RefList) -> bool {
    let entries = list.references.len();
    // The few labels a converter left must be the places they stand at.
    if entries < 3 || !labels_at_places(&list.numbers) {
        return false;
    }
    let mut cited = vec![false; entries];
    let mut beyond = 0usize;
    citation::each_numeric(body, entries, |c| match c.target {
        citation::Target::Number(n) if (1..=entries as u32).contains(&n) => {
            cited[n as usize - 1] = true;
        }
        _ => beyond += 1,
    });
    let named = cited.iter().filter(|&&c| c).count();
    beyond * 10 <= named && named >= 3 && named * 2 >= entries
}

/// Does a paper whose unnumbered list its numbers could count cite by name and year at least
/// as often? Then the numbers are something else: a paper's equations numbered "(1)", "(2)" ...
/// in its text, as a LaTeX paper converted to text has them.
fn cites_more_by_name(body: &str, list: &RefList, config: &Config) -> bool {
    let entries = list.references.len();
    let mut numbers = 0usize;
    citation::each_numeric(body, entries, |c| {
        if matches!(c.target, citation::Target::Number(n) if (1..=entries as u32).contains(&n)) {
            numbers += 1;
        }
    });
    let index = Index::new(&list.references, &list.numbers, &config.alias_pairs());
    let mut names = 0usize;
    citation::each_author_date(body, &index.lexicon, &mut Vec::new(), |_, _| names += 1);
    names >= numbers
}

/// Is every label of the list the place its entry stands at (1, 2, 3 ...)?
fn labels_at_places(numbers: &[Option<u32>]) -> bool {
    numbers
        .iter()
        .enumerate()
        .all(|(i, n)| n.is_none_or(|n| n as usize == i + 1))
}

/// Does a paper with a numbered list cite by name and year instead? It does when not one
/// number is cited and names and years are: some styles number the list but cite
/// "(Barto, Sutton & Watkins, 1989)".
fn cites_by_name(body: &str, list: &RefList, index: &Index) -> bool {
    let mut numbers = 0usize;
    citation::each_numeric(body, list.references.len(), |_| numbers += 1);
    if numbers > 0 {
        return false;
    }
    let mut names = 0usize;
    citation::each_author_date(body, &index.lexicon, &mut Vec::new(), |_, _| names += 1);
    names > 0
}

/// Entries numbered 1, 2, 3 ... in list order.
fn number_by_place(entries: usize) -> Vec<Option<u32>> {
    (1..=entries as u32).map(Some).collect()
}

/// Check a reference-list paper: its list parsed, every citation linked, every problem found.
/// With [`Keep::Tallies`] the citations are not kept: what they add up to and the problems
/// they show are, and a report that lists them walks the paper again ([`Cited::Walked`]), so
/// memory stays at the paper, its list and per-entry counts.
pub(super) fn check(doc: Document, options: &Options) -> Result<Checked, InputError> {
    let config = &options.config;
    if let Some(paper) = super::notes::read(&doc, options)? {
        return Ok(super::notes::check(doc, paper, options));
    }
    let mut list = read_list(&doc, options.references_at)?;
    let plan = Plan::new(&doc, &list, config);
    if plan.by_place {
        list.numbers = number_by_place(list.references.len());
    }
    let origins = Origins::default();
    let cx = list.context(plan.style, &origins);
    let mut found = Vec::new();
    rules::run_list(&cx, &mut found);
    let mut rules = rules::CitationRules::new(&cx);
    let mut tally = Tally::new(list.references.len());
    let mut kept = Vec::new();
    // A Word file's field citations are kept: some are made from the fields, not found again.
    let keep = match plan.fields {
        Some(_) => Keep::Everything,
        None => options.keep,
    };
    let mut in_field = vec![false; plan.fields.as_ref().map_or(0, |f| f.links.len())];
    let mut unfielded = Vec::new();
    let mla = plan.walk_deciding(&doc, &list, |c, link| {
        rules.observe(&c, &link, &mut found);
        if let Some(fields) = &plan.fields {
            if let Some(i) = fields.index_around(c.span) {
                in_field[i] = true;
            }
            rules::observe_unfielded(fields, &c, &mut unfielded);
        }
        tally.add(&link, doc.lines.line(c.span.start));
        if keep == Keep::Everything {
            kept.push((c, link));
        }
    });
    if let Some(fields) = &plan.fields {
        rules::settle_unfielded(fields, unfielded, &mut found);
    }
    let mut made = false;
    if let Some(fields) = &plan.fields {
        for (c, link) in fields.unfound(&in_field, &doc.text) {
            rules.observe(&c, &link, &mut found);
            tally.add(&link, doc.lines.line(c.span.start));
            kept.push((c, link));
            made = true;
        }
    }
    rules.finish(&mut found);
    if let (Some(map), Some(fields)) = (doc.word.as_deref(), &plan.fields) {
        rules::run_fields(map, fields, &list.references, &doc.text, &mut found);
    }
    if mla || made {
        // Author-page citations of unknown names, and those made from fields, came last: they
        // go in their place.
        tally.sort_lines();
        kept.sort_by_key(|(c, _)| c.span.start);
    }
    rules::sort(&mut found);
    let diagnostics = settle_levels(&doc, found, config);
    let style = plan.style;
    let cited = match keep {
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::{run, Options};
    use crate::input::Input;
    use crate::link::Status;
    use std::path::Path;

    fn doc(text: &str) -> Document {
        Document::from_text(Path::new("paper.md"), text.to_string(), Vec::new()).unwrap()
    }

    /// The body of `text` as citations are found in it, whether it was borrowed, and the list.
    fn body(text: &str) -> (String, bool, RefList) {
        let doc = doc(text);
        let list = read_references(&doc, None).unwrap();
        let body = body_text(&doc, &list);
        let borrowed = matches!(body, Cow::Borrowed(_));
        (body.into_owned(), borrowed, list)
    }

    #[test]
    fn body_text_borrows_the_text_before_the_list() {
        let text = "Intro (Alvarez, 2018).\n\nReferences\n\nAlvarez, M. (2018). The homework wars. Routledge.\n\n\n";
        let (body, borrowed, list) = body(text);
        assert_eq!(list.section.heading_line, Some(3));
        assert!(borrowed);
        assert_eq!(body, "Intro (Alvarez, 2018).\n\n");
    }

    #[test]
    fn body_text_blanks_the_list_when_text_follows_it() {
        let text =
            "Intro (Alvarez, 2018).\n\nReferences\n\nAlvarez, M. (2018). The homework wars. \
                    Routledge.\n\nAppendix A\n\nMore text (Alvarez, 2018).\n";
        let (body, borrowed, list) = body(text);
        assert_eq!(
            list.section,
            Section {
                heading_line: Some(3),
                start: 4,
                end: 7
            }
        );
        assert!(!borrowed);
        let expected = format!(
            "Intro (Alvarez, 2018).\n\n{}\n\n{}\n\nAppendix A\n\nMore text (Alvarez, 2018).\n",
            " ".repeat(10),
            " ".repeat(49)
        );
        assert_eq!(body, expected);
        assert_eq!(body.len(), text.len());
    }

    #[test]
    fn body_text_blanks_residue_before_the_list() {
        let text = "Journal of Tests 4\nIntro (Alvarez, 2018).\n12\nJournal of Tests 4\nMore.\n13\n\
                    Journal of Tests 4\n\nReferences\n\nAlvarez, M. (2018). The homework wars. Routledge.\n";
        let (body, borrowed, list) = body(text);
        assert_eq!(
            list.residue,
            [true, false, true, true, false, true, true, false, false, false, false, false]
        );
        assert!(!borrowed);
        let header = " ".repeat(18);
        let expected = format!(
            "{header}\nIntro (Alvarez, 2018).\n  \n{header}\nMore.\n  \n{header}\n\n{}\n\n{}\n",
            " ".repeat(10),
            " ".repeat(49)
        );
        assert_eq!(body, expected);
    }

    #[test]
    fn body_text_of_a_list_found_by_line_ends_before_that_line() {
        let text = "Intro (Alvarez, 2018).\n\nAlvarez, M. (2018). The homework wars. Routledge.\n";
        let doc = doc(text);
        let list = read_references(&doc, Some(3)).unwrap();
        assert_eq!(list.section.heading_line, None);
        let body = body_text(&doc, &list);
        assert!(matches!(body, Cow::Borrowed(_)));
        assert_eq!(body, "Intro (Alvarez, 2018).\n\n");
    }

    #[test]
    fn read_references_says_why_there_is_no_list() {
        let err = read_references(&doc("Just text (Alvarez, 2018).\n"), None).unwrap_err();
        assert!(matches!(err, InputError::NoReferences { .. }));
        assert_eq!(
            err.to_string(),
            "paper.md: no reference section found; expected a heading such as \"References\" or \
             \"Bibliography\" (point at the list with --references-at LINE)"
        );
        // A heading with nothing under it is no list either.
        let err = read_references(&doc("Text (Alvarez, 2018).\n\nReferences\n\n"), None);
        assert!(matches!(err, Err(InputError::NoReferences { .. })));
        let err = RawList::read(&doc("Text (Alvarez, 2018).\n\nReferences\n"), None);
        assert!(matches!(err, Err(InputError::NoReferences { .. })));
        // A line past the end, or line 0, is refused.
        for at in [0, 9] {
            let err = read_references(&doc("a\nb\nc"), Some(at)).unwrap_err();
            assert_eq!(
                err.to_string(),
                format!("paper.md: --references-at {at} is past the end of the file (3 lines)")
            );
        }
    }

    #[test]
    #[ignore = "bug: a file ending in a line break is said to have one line more than it has \
                (LineIndex counts the empty line after the last break)"]
    fn a_line_past_the_end_names_the_files_line_count() {
        let err = read_references(&doc("a\nb\nc\n"), Some(9)).unwrap_err();
        // Today: "... past the end of the file (4 lines)".
        assert_eq!(
            err.to_string(),
            "paper.md: --references-at 9 is past the end of the file (3 lines)"
        );
    }

    const TWO_DAWNS: &str = "Text.\n\nReferences\n\n\
        Dawn. (2024, January 29). Farmers protest wheat prices. Dawn.\n\n\
        Dawn. (2024, March 3). Court orders inquiry into strike. Dawn.\n\n\
        Alvarez, M. (2018). The homework wars. Routledge.\n";

    #[test]
    fn read_references_parses_each_entry_with_its_line_and_key() {
        let doc = doc(TWO_DAWNS);
        let list = read_references(&doc, None).unwrap();
        let seen: Vec<(&str, usize, &str)> = list
            .references
            .iter()
            .map(|r| (r.key.as_str(), r.line, doc.slice(r.span)))
            .collect();
        assert_eq!(
            seen,
            [
                (
                    "dawn2024a",
                    5,
                    "Dawn. (2024, January 29). Farmers protest wheat prices. Dawn."
                ),
                (
                    "dawn2024b",
                    7,
                    "Dawn. (2024, March 3). Court orders inquiry into strike. Dawn."
                ),
                (
                    "alvarez2018",
                    9,
                    "Alvarez, M. (2018). The homework wars. Routledge."
                ),
            ]
        );
        assert_eq!(list.numbers, [None, None, None]);
        assert_eq!(list.detected_style(), Style::AuthorDate);
    }

    #[test]
    fn a_raw_list_gives_the_entries_read_references_gives() {
        let doc = doc(TWO_DAWNS);
        let parsed = read_references(&doc, None).unwrap().references;
        let raw = RawList::read(&doc, None).unwrap();
        assert_eq!((raw.len(), raw.is_empty()), (3, false));
        let mut each = Vec::new();
        raw.each(|r| each.push(r.clone()));
        assert_eq!(each, parsed);
    }

    #[test]
    fn parse_lines_reads_one_entry_per_non_blank_line() {
        let doc = doc("Alvarez, M. (2018). The homework wars. Routledge.\n\n  \
                       Alvarez, M. (2018). Homework again. Routledge.  \n");
        let refs = parse_lines(&doc);
        let seen: Vec<(&str, usize, Option<&str>, usize)> = refs
            .iter()
            .map(|r| (r.key.as_str(), r.line, r.title.as_deref(), r.span.start))
            .collect();
        assert_eq!(
            seen,
            [
                ("alvarez2018a", 1, Some("The homework wars"), 0),
                ("alvarez2018b", 3, Some("Homework again"), 51),
            ]
        );
        let raw = RawList::lines(&doc);
        let mut each = Vec::new();
        raw.each(|r| each.push(r.clone()));
        assert_eq!(each, refs);
    }

    const NUMERIC: &str = "Homework helps [1], time matters [2], and [5] is missing.\n\n\
        References\n\n\
        [1] Alvarez M. The homework wars. London: Routledge; 2018.\n\n\
        [2] Chen L, Okafor N. Homework time. J Tests. 2020;4(2):5-6.\n\n\
        [3] Novak P. Never cited. Science. 2019;1:1-2.\n";

    #[test]
    fn a_numbered_list_is_numeric_unless_the_config_says_otherwise() {
        let doc = doc(NUMERIC);
        let list = read_references(&doc, None).unwrap();
        assert_eq!(list.numbers, [Some(1), Some(2), Some(3)]);
        assert_eq!(list.detected_style(), Style::Numeric);
        let mut half = list.clone();
        half.numbers = vec![Some(1), None];
        half.references.truncate(2);
        assert_eq!(half.detected_style(), Style::Numeric);
        half.numbers = vec![Some(1), None, None];
        half.references = list.references.clone();
        assert_eq!(half.detected_style(), Style::AuthorDate);
        assert_eq!(
            Plan::new(&doc, &list, &Config::default()).style,
            Style::Numeric
        );
        let config = Config::parse("style = \"author-date\"\n", Path::new("c.toml")).unwrap();
        assert_eq!(Plan::new(&doc, &list, &config).style, Style::AuthorDate);
    }

    #[test]
    fn a_numeric_paper_links_numbers_either_way() {
        let mut seen = Vec::new();
        for keep in [Keep::Everything, Keep::Tallies] {
            let options = Options {
                keep,
                ..Options::default()
            };
            let checked = run(Input::paper(doc(NUMERIC)), &options).unwrap();
            assert_eq!(checked.style, Style::Numeric);
            let mut links = Vec::new();
            checked.each_citation(|n, c, l| {
                links.push((n, c.text.clone(), l.status, l.entries.clone()))
            });
            assert_eq!(
                links,
                [
                    (0, "1".to_string(), Status::Matched, vec![0]),
                    (1, "2".to_string(), Status::Matched, vec![1]),
                    (2, "5".to_string(), Status::Unmatched, vec![]),
                ]
            );
            assert_eq!(checked.tally.cited, [1, 1, 0]);
            let codes: Vec<&str> = checked
                .diagnostics
                .iter()
                .map(|d| d.code.as_str())
                .collect();
            assert_eq!(codes, ["unmatched-citation", "uncited-reference"]);
            seen.push((checked.tally, checked.diagnostics));
        }
        assert_eq!(seen[0], seen[1]);
    }

    #[test]
    fn equation_numbers_in_an_author_date_paper_are_no_citations() {
        // Its equations numbered (1) to (4) in the text, as many as the list has entries; the
        // paper cites by name and year more often.
        let text = "Rain falls (Alvarez, 2018), soils drain (Chen and Okafor, 2020) and rivers \
            rise (Okafor, 2021; Novak, 2019), as Alvarez (2018) measured.\n\n\
            The flow is q = k h (1) and the store s = q t (2), so that r = s / q (3) and \
            d = r - q (4).\n\n## References\n\n\
            Alvarez, M. 2018. Rain. Journal of Hydrology 4: 1-2.\n\n\
            Chen, L., and N. Okafor. 2020. Soils. Journal of Soil Science 4: 5-6.\n\n\
            Novak, P. 2019. Drains. Water Research 1: 1-2.\n\n\
            Okafor, N. 2021. Rivers. Water Research 2: 3-4.\n";
        let checked = run(Input::paper(doc(text)), &Options::default()).unwrap();
        assert_eq!(checked.style, Style::AuthorDate);
        let mut cited = Vec::new();
        checked.each_citation(|_, c, l| cited.push((c.text.clone(), l.entries.clone())));
        assert_eq!(cited.len(), 5, "{cited:?}");
        assert!(cited
            .iter()
            .all(|(text, _)| text.chars().any(char::is_alphabetic)));
    }

    #[test]
    fn an_unnumbered_list_cited_by_number_is_numbered_by_place() {
        // A converter wrote the numbered list as bullets without its numbers.
        let text = "Rain falls [1], soils drain [2, 3] and rivers rise [4].\n\n## References\n\n\
            - Alvarez M. Rain. J Hydrol. 2018;4:1-2.\n\
            - Chen L, Okafor N. Soils. J Soil Sci. 2020;4(2):5-6.\n\
            - Novak P. Drains. Water Res. 2019;1:1-2.\n\
            - Okafor N. Rivers. Water Res. 2021;2:3-4.\n\
            - Park S. Never cited. Water Res. 2022;3:5-6.\n";
        let mut seen = Vec::new();
        for keep in [Keep::Everything, Keep::Tallies] {
            let options = Options {
                keep,
                ..Options::default()
            };
            let checked = run(Input::paper(doc(text)), &options).unwrap();
            assert_eq!(checked.style, Style::Numeric);
            assert_eq!(checked.list.numbers, number_by_place(5));
            let mut links = Vec::new();
            checked.each_citation(|_, c, l| links.push((c.text.clone(), l.entries.clone())));
            let want: Vec<(String, Vec<usize>)> =
                (0..4).map(|i| ((i + 1).to_string(), vec![i])).collect();
            assert_eq!(links, want);
            seen.push(checked.tally.cited);
        }
        assert_eq!(seen[0], seen[1]);
        // An author-date paper's stray bracketed number does not make it numeric.
        let text = "Rain falls (Alvarez, 2018) as [2] shows.\n\n## References\n\n\
            Alvarez, M. (2018). Rain. J Hydrol, 4, 1-2.\n\n\
            Chen, L. (2020). Soils. J Soil Sci, 4, 5-6.\n\n\
            Novak, P. (2019). Drains. Water Res, 1, 1-2.\n";
        let checked = run(Input::paper(doc(text)), &Options::default()).unwrap();
        assert_eq!(checked.style, Style::AuthorDate);
        assert_eq!(checked.list.numbers, [None; 3]);
    }

    #[test]
    fn a_numbered_list_cited_by_name_is_author_date() {
        let text = "Mazes were solved (Barto & Sutton, 1989) and then (Dayan, 1993).\n\n\
            ## References\n\n\
            [1] Barto, A. & Sutton, R. (1989). Learning. In Press.\n\
            [2] Dayan, P. (1993). Improving generalisation. Neural Computation, 5, 613-624.\n";
        let checked = run(Input::paper(doc(text)), &Options::default()).unwrap();
        assert_eq!(checked.style, Style::AuthorDate);
        let mut links = Vec::new();
        checked.each_citation(|_, c, l| links.push((c.text.clone(), l.entries.clone())));
        assert_eq!(
            links,
            [
                ("Barto & Sutton, 1989".to_string(), vec![0]),
                ("Dayan, 1993".to_string(), vec![1])
            ]
        );
        // One number cited keeps it numeric.
        let cited = text.replace("and then (Dayan, 1993)", "and then [2]");
        let checked = run(Input::paper(doc(&cited)), &Options::default()).unwrap();
        assert_eq!(checked.style, Style::Numeric);
    }
}
