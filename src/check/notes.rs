//! Notes-style papers (footnotes or endnotes that cite works: Chicago notes-bibliography, MHRA,
//! OSCOLA): the notes found first and kept out of the bibliography, the bibliography (if any)
//! found in what is left, every cited work linked, the notes rules run. With no bibliography,
//! the notes' full citations are the paper's works.
//!
//! The citations are always kept ([`Cited::Kept`]): a paper's notes number in the hundreds,
//! not the hundreds of thousands a walked list is for.

use super::list::RefList;
use super::{settle_levels, Checked, Cited, Options};
use crate::citation::{blank_lines, Citation, Target};
use crate::diagnostic::Style;
use crate::document::{find_residue, Document, InputError};
use crate::input::Kind;
use crate::link::{Link, Tally};
use crate::notes::{link_notes, Linking, Notes};
use crate::reference::{assign_keys, Reference};
use crate::reflist::{self, RawEntry, Section};
use crate::rules::{self, Origins};

/// A paper read as notes-style: its notes, its list (the bibliography, or the works the notes
/// give in full), and whether it had a bibliography.
pub struct NotesPaper {
    pub notes: Notes,
    /// The list's entries as split (made from the works' texts when there is no
    /// bibliography), for `refs` reading them one at a time.
    pub raw: Vec<RawEntry>,
    pub list: RefList,
    pub has_bibliography: bool,
    pub linking: Linking,
}

/// The paper's notes and list, when its notes cite works (or the configuration says the
/// paper cites in notes); `None` for a paper that cites in its text. A paper with no
/// bibliography and no notes that cite is `NoReferences`, as before.
pub fn read(doc: &Document, options: &Options) -> Result<Option<NotesPaper>, InputError> {
    let fixed = options.config.style.fixed();
    if matches!(
        fixed,
        Some(Style::AuthorDate | Style::Numeric | Style::Alphabetic)
    ) {
        return Ok(None);
    }
    let residue = find_residue(&doc.text, &doc.lines);
    let mut notes = Notes::apart(&doc.text, &doc.lines, &residue);
    // The notes blanked (offsets kept), so that notes after the bibliography are not read as
    // its entries.
    // (A text of nothing but notes has no list.)
    let blanked = if notes.is_empty() {
        None
    } else {
        let text = blank_lines(&doc.text, notes.line_ranges(&doc.text, &doc.lines));
        Some(Document::from_text(&doc.path, text, Vec::new()).ok())
    };
    let list_doc = blanked.as_ref().map_or(Some(doc), Option::as_ref);
    let section = match list_doc.map(|d| reflist::find_section(d, &residue, options.references_at))
    {
        Some(Ok(section)) => Some(section),
        Some(Err(InputError::NoReferences { .. })) | None => None,
        Some(Err(e)) => return Err(e),
    };
    if notes.is_empty() {
        let until = section.as_ref().map_or(doc.lines.line_count() + 1, |s| {
            s.heading_line.unwrap_or(s.start)
        });
        notes = Notes::page_foot(&doc.text, &doc.lines, &residue, until);
    }
    let text = list_doc.map_or("", |d| d.text.as_str());
    if notes.is_empty() || !(notes.cite_more_than(text) || fixed == Some(Style::Notes)) {
        return Ok(None);
    }
    let raw = match (&section, list_doc) {
        (Some(s), Some(d)) => reflist::split_entries(d, &residue, s),
        _ => Vec::new(),
    };
    let mut references: Vec<Reference> = raw.iter().map(RawEntry::parse).collect();
    super::list::repeat_all_authors(&mut references);
    assign_keys(&mut references);
    let numbers: Vec<Option<u32>> = raw.iter().map(|e| e.number).collect();
    let labels: Vec<Option<String>> = raw.iter().map(|e| e.label.clone()).collect();
    let has_bibliography = !references.is_empty();
    let list = RefList {
        section: section.unwrap_or(Section {
            heading_line: None,
            start: notes.notes.first().map_or(1, |n| n.lines.0),
            end: notes.notes.last().map_or(1, |n| n.lines.1 + 1),
        }),
        references,
        numbers,
        labels,
        residue,
    };
    // A numbered or labelled list is a numeric or alphabetic paper's, whatever its footnotes
    // say.
    let labelled = matches!(list.detected_style(), Style::Numeric | Style::Alphabetic);
    if has_bibliography && fixed.is_none() && labelled {
        return Ok(None);
    }
    let mut linking = link_notes(&notes, &list.references, has_bibliography);
    let mut list = list;
    let mut raw = raw;
    if !has_bibliography {
        let mut works = std::mem::take(&mut linking.works);
        for w in &mut works {
            w.line = doc.lines.line(w.span.start);
        }
        assign_keys(&mut works);
        raw = works
            .iter()
            .map(|w| RawEntry {
                text: w.raw.clone(),
                span: w.span,
                line: w.line,
                number: None,
                label: None,
            })
            .collect();
        list.numbers = vec![None; works.len()];
        list.labels = vec![None; works.len()];
        list.references = works;
    }
    Ok(Some(NotesPaper {
        notes,
        raw,
        list,
        has_bibliography,
        linking,
    }))
}

/// Check a notes-style paper already read.
pub fn check(doc: Document, paper: NotesPaper, options: &Options) -> Checked {
    let NotesPaper {
        notes,
        raw: _,
        list,
        has_bibliography,
        linking,
    } = paper;
    let origins = Origins::default();
    let cx = list.context(Style::Notes, &origins);
    let mut found = Vec::new();
    // A list made from the notes is in note order and as complete as the notes: the list
    // rules are for bibliographies.
    if has_bibliography {
        rules::run_list(&cx, &mut found);
    }
    rules::run_notes(&cx, &notes, &linking, &mut found);
    rules::sort(&mut found);
    let diagnostics = settle_levels(&doc, found, &options.config);
    let mut tally = Tally::new(list.references.len());
    let mut citations = Vec::new();
    let mut links = Vec::new();
    for ((note, cite), linked) in notes.cites().zip(&linking.links) {
        let link = match linked.entry {
            Some(i) => Link::matched(vec![i], false),
            None => Link::unmatched(None),
        };
        tally.add(&link, doc.lines.line(cite.span.start));
        citations.push(Citation {
            span: cite.span,
            text: cite.text.clone(),
            target: Target::Note {
                note: note.number,
                form: cite.form,
            },
            narrative: false,
            prefix: cite.prefix.clone(),
            locator: cite.locator.clone(),
        });
        links.push(link);
    }
    Checked {
        doc,
        kind: Kind::Paper,
        style: Style::Notes,
        list,
        cited: Cited::Kept { citations, links },
        tally,
        diagnostics,
        inputs: Vec::new(),
        bibs: Vec::new(),
        bib_walk: None,
        origins,
    }
}
