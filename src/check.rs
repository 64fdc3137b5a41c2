//! The pipeline, stage by stage: read → find the list → parse entries → find citations →
//! link → rules. Each function returns typed data for the next; nothing here prints.

use crate::citation::{self, blank_lines, Citation};
use crate::config::Config;
use crate::document::{find_residue, Document, InputError};
use crate::link::{self, Index, Link};
use crate::reference::{self, assign_keys, Reference};
use crate::reflist::{self, Section};
use crate::rules::{self, Context, Diagnostic, Style};

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
    let residue = find_residue(&doc.text, &doc.lines);
    let section = reflist::find_section(doc, &residue, at)?;
    let raw = reflist::split_entries(doc, &residue, &section);
    if raw.is_empty() {
        return Err(InputError::NoReferences {
            path: doc.path.clone(),
        });
    }
    let mut numbers = Vec::with_capacity(raw.len());
    let mut references: Vec<Reference> = raw
        .into_iter()
        .map(|entry| {
            numbers.push(entry.number);
            let mut r = reference::parse(&entry.text);
            r.line = entry.line;
            r.span = entry.span;
            r
        })
        .collect();
    assign_keys(&mut references);
    Ok(RefList {
        section,
        references,
        numbers,
        residue,
    })
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
}

/// Check a paper: every citation linked, every problem found.
pub fn check(doc: Document, config: &Config, at: Option<usize>) -> Result<Checked, InputError> {
    let list = read_references(&doc, at)?;
    let style = config
        .style
        .fixed()
        .unwrap_or_else(|| list.detected_style());
    let body = body_text(&doc, &list);
    let mut index = Index::new(&list.references, &list.numbers, &config.alias_pairs());
    let found = match style {
        Style::Numeric => citation::find_numeric(&body, list.references.len()),
        _ => citation::find_author_date(&body, &index.lexicon),
    };
    index.add_aliases(&found.aliases);
    let links = link::link_all(&found.citations, &list.references, &index, &body);
    let cx = Context {
        references: &list.references,
        citations: &found.citations,
        links: &links,
        style,
        numbers: &list.numbers,
    };
    let mut diagnostics = doc.warnings.clone();
    diagnostics.extend(rules::run(&cx));
    for d in &mut diagnostics {
        d.severity = config.severity(d.code);
    }
    diagnostics.retain(|d| d.severity != rules::Severity::Allow);
    Ok(Checked {
        doc,
        list,
        style,
        citations: found.citations,
        links,
        diagnostics,
    })
}

/// The paper's text with residue and the reference section blanked, offsets unchanged.
pub fn body_text(doc: &Document, list: &RefList) -> String {
    let first = list.section.heading_line.unwrap_or(list.section.start);
    let blank = (1..=doc.lines.line_count())
        .filter(|&n| list.residue[n - 1] || (first..list.section.end).contains(&n))
        .map(|n| {
            let s = doc.lines.line_span(&doc.text, n);
            (s.start, s.end)
        });
    blank_lines(&doc.text, blank)
}
