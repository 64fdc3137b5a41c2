//! Diagnostics: the code table, severities, and the checks that turn linked citations into
//! problems a person can act on. One file per code holds its explanation (what `citecheck
//! explain` prints), its messages and its check; [`explanation`] gathers the explanations.

mod ambiguous_citation;
mod ambiguous_ibid;
mod bib_syntax;
mod citation_order;
mod context;
mod duplicate_key;
mod duplicate_reference;
mod edited_field_citation;
mod encoding_fallback;
mod et_al_mismatch;
mod given_name_citation;
mod incomplete_reference;
mod inconsistent_name;
mod invalid_date;
mod invalid_field_name;
mod invalid_key;
pub mod key_case_mismatch;
mod malformed_field;
mod malformed_name;
pub mod misplaced_header;
mod missing_bibliography_entry;
mod missing_field;
mod missing_input;
pub mod no_bibliography;
mod note_entry_mismatch;
mod short_form_before_full;
mod stale_bibliography;
mod uncited_reference;
mod undefined_crossref;
mod undefined_string;
mod unfielded_citation;
mod unlisted_field_item;
mod unmatched_citation;
mod unsorted_references;

pub use crate::diagnostic::{Code, Diagnostic, Severity, SourceId, Style, ALL_CODES};
pub use context::{Context, Origins};

use crate::citation::Citation;
use crate::document::word::WordMap;
use crate::link::fields::FieldLinks;
use crate::link::Link;
use crate::reference::Reference;

/// Several lines: why a code matters and how to fix it (`citecheck explain CODE`), from the
/// code's own file.
pub fn explanation(code: Code) -> &'static str {
    match code {
        Code::UnmatchedCitation => unmatched_citation::EXPLANATION,
        Code::AmbiguousCitation => ambiguous_citation::EXPLANATION,
        Code::UncitedReference => uncited_reference::EXPLANATION,
        Code::GivenNameCitation => given_name_citation::EXPLANATION,
        Code::EtAlMismatch => et_al_mismatch::EXPLANATION,
        Code::IncompleteReference => incomplete_reference::EXPLANATION,
        Code::DuplicateReference => duplicate_reference::EXPLANATION,
        Code::InconsistentName => inconsistent_name::EXPLANATION,
        Code::UnsortedReferences => unsorted_references::EXPLANATION,
        Code::CitationOrder => citation_order::EXPLANATION,
        Code::DuplicateKey => duplicate_key::EXPLANATION,
        Code::MissingField => missing_field::EXPLANATION,
        Code::InvalidDate => invalid_date::EXPLANATION,
        Code::UndefinedString => undefined_string::EXPLANATION,
        Code::UndefinedCrossref => undefined_crossref::EXPLANATION,
        Code::MalformedField => malformed_field::EXPLANATION,
        Code::BibSyntax => bib_syntax::EXPLANATION,
        Code::EncodingFallback => encoding_fallback::EXPLANATION,
        Code::NoBibliography => no_bibliography::EXPLANATION,
        Code::MisplacedHeader => misplaced_header::EXPLANATION,
        Code::KeyCaseMismatch => key_case_mismatch::EXPLANATION,
        Code::MissingInput => missing_input::EXPLANATION,
        Code::MalformedName => malformed_name::EXPLANATION,
        Code::InvalidFieldName => invalid_field_name::EXPLANATION,
        Code::InvalidKey => invalid_key::EXPLANATION,
        Code::EditedFieldCitation => edited_field_citation::EXPLANATION,
        Code::UnfieldedCitation => unfielded_citation::EXPLANATION,
        Code::UnlistedFieldItem => unlisted_field_item::EXPLANATION,
        Code::StaleBibliography => stale_bibliography::EXPLANATION,
        Code::ShortFormBeforeFull => short_form_before_full::EXPLANATION,
        Code::AmbiguousIbid => ambiguous_ibid::EXPLANATION,
        Code::NoteEntryMismatch => note_entry_mismatch::EXPLANATION,
        Code::MissingBibliographyEntry => missing_bibliography_entry::EXPLANATION,
    }
}

/// Run the rules that read only the list (its entries, their numbers and order).
pub fn run_list(cx: &Context, out: &mut Vec<Diagnostic>) {
    incomplete_reference::check(cx, out);
    duplicate_reference::check(cx, out);
    inconsistent_name::check(cx, out);
    unsorted_references::check(cx, out);
}

/// The rules a Word file's reference-manager fields add: fields edited by hand, and works the
/// fields cite that the list lacks (or, in a list the manager wrote, entries no field cites).
/// `uncited-reference` gives way to `stale-bibliography` on the same entry, and that to
/// `duplicate-reference`.
pub fn run_fields(
    map: &WordMap,
    fields: &FieldLinks,
    references: &[Reference],
    text: &str,
    out: &mut Vec<Diagnostic>,
) {
    edited_field_citation::check(map, text, out);
    let managed = references
        .first()
        .is_some_and(|r| fields.in_bibliography(r.span));
    if !managed {
        unlisted_field_item::check(map, fields, out);
        return;
    }
    let before = out.len();
    stale_bibliography::check(map, fields, references, out);
    let stale: std::collections::HashSet<_> = out[before..].iter().map(|d| d.span).collect();
    out.retain(|d| !(d.code == Code::UncitedReference && stale.contains(&d.span)));
    // A second copy of a listed work (two records of one work in the manager's library) is a
    // `duplicate-reference`, not a work the bibliography should drop at the next refresh.
    let copies: std::collections::HashSet<_> = out
        .iter()
        .filter(|d| d.code == Code::DuplicateReference)
        .map(|d| d.span)
        .collect();
    out.retain(|d| !(d.code == Code::StaleBibliography && copies.contains(&d.span)));
}

/// A citation typed by hand among field citations (`unfielded-citation`), fed in text order.
pub fn observe_unfielded(fields: &FieldLinks, citation: &Citation, out: &mut Vec<Diagnostic>) {
    unfielded_citation::check(fields, citation, out);
}

/// Keeps the `unfielded-citation` findings [`observe_unfielded`] made only where the document
/// cites mostly through fields: where typed citations outnumber field citations, typing is the
/// document's way and a few fields are what stand out, not the typed ones.
pub fn settle_unfielded(fields: &FieldLinks, found: Vec<Diagnostic>, out: &mut Vec<Diagnostic>) {
    if unfielded_citation::mostly_fields(fields.links.len(), found.len()) {
        out.extend(found);
    }
}

/// The rules that read citations, fed one citation (with its link) at a time in text order,
/// so that a paper's citations need not all be held at once.
pub struct CitationRules<'a> {
    cx: &'a Context<'a>,
    labels: std::cell::OnceCell<Vec<Option<char>>>,
    order: citation_order::State,
    touched: Vec<bool>,
    seen: usize,
}

impl<'a> CitationRules<'a> {
    pub fn new(cx: &'a Context<'a>) -> Self {
        CitationRules {
            cx,
            labels: std::cell::OnceCell::new(),
            order: citation_order::State::new(cx),
            touched: vec![false; cx.references.len()],
            seen: 0,
        }
    }

    /// The next citation in text order.
    pub fn observe(&mut self, citation: &Citation, link: &Link, out: &mut Vec<Diagnostic>) {
        let (cx, n) = (self.cx, self.seen);
        self.seen += 1;
        unmatched_citation::check(cx, n, citation, link, out);
        ambiguous_citation::check(cx, &self.labels, citation, link, out);
        given_name_citation::check(cx, citation, link, out);
        et_al_mismatch::check(cx, citation, link, out);
        self.order.check(cx, citation, out);
        uncited_reference::touch(&mut self.touched, link);
    }

    /// After the last citation: what needs them all (entries never cited).
    pub fn finish(self, out: &mut Vec<Diagnostic>) {
        uncited_reference::check(self.cx, self.touched, out);
    }
}

/// The rules of a notes-style paper, over every cited work of its notes with its link (see
/// [`crate::notes::link_notes`]): short forms before full ones, unclear "Ibid.", notes that
/// disagree with or are missing from the bibliography, and entries no note cites.
pub fn run_notes(
    cx: &Context,
    notes: &crate::notes::Notes,
    linking: &crate::notes::Linking,
    out: &mut Vec<Diagnostic>,
) {
    let mut touched = vec![false; cx.references.len()];
    for ((note, cite), linked) in notes.cites().zip(&linking.links) {
        if let Some(t) = linked.entry.and_then(|i| touched.get_mut(i)) {
            *t = true;
        }
        short_form_before_full::check(cx, note, cite, linked, out);
        ambiguous_ibid::check(note, cite, linked, out);
        note_entry_mismatch::check(cx, note, cite, linked, out);
        missing_bibliography_entry::check(note, cite, linked, out);
    }
    uncited_reference::check(cx, touched, out);
}

/// Run every rule over a linked paper whose citations are all at hand, in a fixed order.
pub fn run(cx: &Context, citations: &[Citation], links: &[Link]) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    run_list(cx, &mut out);
    let mut rules = CitationRules::new(cx);
    for (citation, link) in citations.iter().zip(links) {
        rules.observe(citation, link, &mut out);
    }
    rules.finish(&mut out);
    sort(&mut out);
    out
}

/// The order diagnostics are reported in: by source, place, code.
pub fn sort(out: &mut [Diagnostic]) {
    out.sort_by_key(|d| (d.source, d.span.start, d.code));
}

/// The `.bib` rules, fed one entry at a time in file order, so that a long file's entries
/// need not all be held at once. What needs every entry (a parent named before it is
/// listed, a macro defined after its use) waits for [`BibRules::finish`].
#[derive(Debug, Default)]
pub struct BibRules {
    /// The run's `.bib` files, by index, as messages name them.
    paths: Vec<String>,
    keys: duplicate_key::Keys,
    waiting: Vec<missing_field::Waiting>,
    parents: Vec<undefined_crossref::Named>,
    macros: Vec<undefined_string::Pending>,
    out: Vec<Diagnostic>,
}

impl BibRules {
    pub fn new(paths: Vec<String>) -> Self {
        BibRules {
            paths,
            ..BibRules::default()
        }
    }

    /// The next entry of file `file`; `strings` are the `@string`s defined so far. Returns
    /// whether the entry is the first of its key (the one biber keeps; a keyless entry never
    /// is).
    pub fn observe(
        &mut self,
        file: usize,
        entry: &crate::bibfile::BibEntry,
        strings: &crate::bibfile::Strings,
    ) -> bool {
        let known = self.keys.exact.len();
        let out = &mut self.out;
        let info = || duplicate_key::KeyInfo {
            file,
            line: entry.line,
            fields: missing_field::mask(entry),
            parents: missing_field::parents(entry),
        };
        duplicate_key::check(&mut self.keys, &self.paths, file, entry, info, out);
        missing_field::check(file, entry, &mut self.waiting, out);
        invalid_date::check(file, entry, out);
        undefined_string::collect(file, entry, strings, &mut self.macros);
        undefined_crossref::collect(file, entry, &mut self.parents);
        malformed_field::check(file, entry, out);
        malformed_name::check(file, entry, out);
        invalid_field_name::check(file, entry, out);
        invalid_key::check(file, entry, out);
        self.keys.exact.len() > known
    }

    /// After the last entry of the last file: the rest, and every problem in order.
    pub fn finish(mut self, files: &[crate::bibfile::BibFile]) -> Vec<Diagnostic> {
        let out = &mut self.out;
        bib_syntax::check(files, out);
        missing_field::check_waiting(&self.keys, self.waiting, out);
        undefined_string::check(files, self.macros, out);
        undefined_crossref::check(&self.keys, self.parents, out);
        sort(out);
        self.out
    }
}

/// Run every rule on a run's `.bib` files (in `SourceId::Bib` order), entries at hand.
pub fn run_bib(files: &[crate::bibfile::BibFile]) -> Vec<Diagnostic> {
    let mut rules = BibRules::new(
        files
            .iter()
            .map(|f| f.doc.path.display().to_string())
            .collect(),
    );
    for (i, file) in files.iter().enumerate() {
        for entry in &file.entries {
            rules.observe(i, entry, &file.strings);
        }
    }
    rules.finish(files)
}

/// For the rules' unit tests: every rule run on a small paper or `.bib` file given as text.
#[cfg(test)]
pub(crate) mod testing {
    use super::Diagnostic;
    use crate::document::Document;
    use std::path::Path;

    fn document(name: &str, text: &str) -> Document {
        Document::from_text(Path::new(name), text.to_string(), Vec::new()).expect("a text")
    }

    /// The `.bib` rules on one file: each diagnostic with its line.
    pub fn bib(text: &str) -> Vec<(usize, Diagnostic)> {
        let inherited = crate::bibfile::month_strings();
        let file = crate::bibfile::BibFile::from_document(document("refs.bib", text), &inherited);
        let found = super::run_bib(std::slice::from_ref(&file));
        let lines = &file.doc.lines;
        found
            .into_iter()
            .map(|d| (lines.line(d.span.start), d))
            .collect()
    }

    /// A small paper with its reference list: the list split and parsed, its citations found
    /// and linked as the pipeline does (numeric when most entries are numbered), then every rule
    /// at its default level: each diagnostic with its line. Built from the stages below the
    /// rules, not from `check`, which sits above them.
    pub fn paper(text: &str) -> Vec<(usize, Diagnostic)> {
        use crate::citation::{each_author_date, each_numeric, Citation};
        let doc = document("paper.md", text);
        let residue = vec![false; doc.lines.line_count()];
        let section = crate::reflist::find_section(&doc, &residue, None).expect("a list");
        let raw = crate::reflist::split_entries(&doc, &residue, &section);
        let numbers: Vec<Option<u32>> = raw.iter().map(|e| e.number).collect();
        let labels: Vec<Option<String>> = raw.iter().map(|e| e.label.clone()).collect();
        let mut references: Vec<_> = raw.iter().map(crate::reflist::RawEntry::parse).collect();
        crate::reference::assign_keys(&mut references);
        let style = super::Style::of_list(references.len(), &numbers, &labels);
        let heading = section.heading_line.unwrap_or(section.start);
        let body = &doc.text[..doc.lines.line_span(&doc.text, heading).start];
        let mut index = crate::link::Index::new(&references, &numbers, &[]);
        index.add_labels(&labels);
        let mut linker = crate::link::Linker::new(&references, &index);
        let (mut citations, mut links) = (Vec::new(), Vec::new());
        let mut push = |c: Citation| {
            links.push(linker.link(&c, body));
            citations.push(c);
        };
        match style {
            super::Style::Numeric => each_numeric(body, references.len(), push),
            super::Style::Alphabetic => crate::citation::each_label(body, &labels, push),
            _ => each_author_date(body, &index.lexicon, &mut Vec::new(), |c, _| push(c)),
        }
        let origins = super::Origins::default();
        let cx = super::Context {
            references: &references,
            style,
            numbers: &numbers,
            origins: &origins,
        };
        super::run(&cx, &citations, &links)
            .into_iter()
            .map(|d| (doc.lines.line(d.span.start), d))
            .collect()
    }

    /// A small notes-style paper (Markdown footnotes or endnotes, with or without a
    /// bibliography): the notes found and read, the list (the notes blanked) split and parsed,
    /// the notes linked, then the notes rules (and, with a bibliography, the list rules): each
    /// diagnostic with its line.
    pub fn notes_paper(text: &str) -> Vec<(usize, Diagnostic)> {
        use crate::notes::{link_notes, Notes};
        let doc = document("paper.md", text);
        let residue = vec![false; doc.lines.line_count()];
        let notes = Notes::apart(&doc.text, &doc.lines, &residue);
        let blanked =
            crate::citation::blank_lines(&doc.text, notes.line_ranges(&doc.text, &doc.lines));
        let list_doc = document("paper.md", &blanked);
        let raw = match crate::reflist::find_section(&list_doc, &residue, None) {
            Ok(section) => crate::reflist::split_entries(&list_doc, &residue, &section),
            Err(_) => Vec::new(),
        };
        let mut references: Vec<_> = raw.iter().map(crate::reflist::RawEntry::parse).collect();
        crate::reference::assign_keys(&mut references);
        let has_bibliography = !references.is_empty();
        let linking = link_notes(&notes, &references, has_bibliography);
        if !has_bibliography {
            references = linking.works.clone();
            crate::reference::assign_keys(&mut references);
        }
        let numbers = vec![None; references.len()];
        let origins = super::Origins::default();
        let cx = super::Context {
            references: &references,
            style: super::Style::Notes,
            numbers: &numbers,
            origins: &origins,
        };
        let mut out = Vec::new();
        if has_bibliography {
            super::run_list(&cx, &mut out);
        }
        super::run_notes(&cx, &notes, &linking, &mut out);
        super::sort(&mut out);
        out.into_iter()
            .map(|d| (doc.lines.line(d.span.start), d))
            .collect()
    }

    /// (code, line) of each diagnostic.
    pub fn codes(found: &[(usize, Diagnostic)]) -> Vec<(&'static str, usize)> {
        found.iter().map(|(l, d)| (d.code.as_str(), *l)).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_code_explains_why_and_how() {
        for &code in ALL_CODES {
            let text = explanation(code);
            assert!(text.starts_with("Why it matters: "), "{code}: {text}");
            assert_eq!(text.matches("\nHow to fix: ").count(), 1, "{code}: {text}");
            assert!(
                !text.ends_with('\n'),
                "{code}: explain adds the last newline"
            );
        }
    }
}
