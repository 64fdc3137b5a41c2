//! A `.bib` file checked on its own: every `.bib` rule, fed one entry at a time as the file is
//! scanned. (The list rules, such as `duplicate-reference`, need a paper.)

use super::{settle, Checked, Cited, Keep, Options, RefList};
use crate::bibfile::{month_strings, to_reference, BibFile, Strings};
use crate::diagnostic::{Diagnostic, SourceId, Style};
use crate::document::Document;
use crate::input::Kind;
use crate::link::Tally;
use crate::reference::Reference;
use crate::reflist::Section;
use crate::rules::{self, Origins};

/// How a linted file's entries are found again when they were not kept: the `@string`s the
/// file was read with, and which entries become references.
#[derive(Debug)]
pub struct BibWalk {
    inherited: Strings,
    /// Per entry in file order: does it become a reference (the first of its key)?
    firsts: Vec<bool>,
    /// How many do.
    pub references: usize,
}

impl BibWalk {
    /// Each entry of `bib` that becomes a reference, in file order, as a kept lint makes it.
    pub fn each(&self, bib: &BibFile, mut f: impl FnMut(&Reference)) {
        let mut n = 0;
        bib.each_entry(&self.inherited, |entry| {
            if self.firsts.get(n).copied().unwrap_or(false) {
                f(&to_reference(&entry, &bib.doc.text));
            }
            n += 1;
        });
    }
}

/// Lint the `.bib` file `doc`. The file itself is `bibs[0]`, and every diagnostic points there;
/// the checked "document" is only its name, no second copy of the text. With
/// [`Keep::Tallies`] the entries are not kept: a report reads the file again
/// ([`Checked::each_reference`]), so memory stays at the file's text, one key table and the
/// problems.
pub(super) fn check(doc: Document, options: &Options) -> Checked {
    let inherited = month_strings();
    let mut rules = rules::BibRules::new(vec![doc.path.display().to_string()]);
    let mut firsts = Vec::new();
    let mut kept = Vec::new();
    let keep = options.keep == Keep::Everything;
    let mut bib = BibFile::scan_document(doc, &inherited, |entry, strings| {
        let first = rules.observe(0, &entry, strings);
        firsts.push(first);
        if first && keep {
            kept.push(entry);
        }
    });
    let mut diagnostics: Vec<Diagnostic> = bib
        .doc
        .warnings
        .iter()
        .cloned()
        .map(|d| d.in_source(SourceId::Bib(0)))
        .collect();
    diagnostics.extend(rules.finish(std::slice::from_ref(&bib)));
    let count = firsts.iter().filter(|&&f| f).count();
    let references: Vec<Reference> = kept
        .iter()
        .map(|entry| to_reference(entry, &bib.doc.text))
        .collect();
    drop(kept);
    let bib_walk = (!keep).then_some(BibWalk {
        inherited,
        firsts,
        references: count,
    });
    bib.entries = Vec::new();
    let doc = Document {
        path: bib.doc.path.clone(),
        text: String::new(),
        lines: crate::span::LineIndex::new(""),
        warnings: Vec::new(),
    };
    let numbers = vec![None; references.len()];
    Checked {
        doc,
        kind: Kind::Bib,
        style: Style::Keys,
        list: RefList {
            section: Section {
                heading_line: None,
                start: 0,
                end: 0,
            },
            residue: Vec::new(),
            references,
            numbers,
        },
        cited: Cited::Kept {
            citations: Vec::new(),
            links: Vec::new(),
        },
        tally: Tally::new(count),
        diagnostics: settle(diagnostics, &options.config),
        inputs: Vec::new(),
        bibs: vec![bib],
        bib_walk,
        origins: Origins {
            citations: Vec::new(),
            references: vec![SourceId::Bib(0); count],
        },
    }
}
