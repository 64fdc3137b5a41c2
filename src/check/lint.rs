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
        word: None,
        pages: None,
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
            labels: vec![None; references.len()],
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::run;
    use crate::diagnostic::{Code, Severity};
    use crate::input::Input;
    use std::path::Path;

    const BIB: &str = "\
@string{jgr = {Journal of Geophysical Research}}

@article{ok2001,
  author  = {Doe, Jane},
  title   = {A Well-Formed Article},
  journal = jgr,
  year    = {2001},
}

@article{ok2001,
  author  = {Roe, Richard},
  title   = {Another Article with the Same Key},
  journal = jgr,
  year    = {2002},
}

@article{OK2001,
  author  = {Poe, Edgar},
  title   = {A Key That Differs Only in Case},
  journal = jgr,
  year    = {2003},
}

@article{nojournal2004,
  author = {Moe, Anna},
  title  = {An Article without a Journal},
  month  = jan,
  year   = {2004},
}
";

    fn lint(bytes: &[u8], config: &str, keep: Keep) -> Checked {
        let doc = Document::from_bytes(Path::new("refs.bib"), bytes).unwrap();
        let config = crate::config::Config::parse(config, Path::new("c.toml")).unwrap();
        let options = Options {
            keep,
            ..Options::with_config(config)
        };
        run(Input::bib(doc), &options).unwrap()
    }

    fn references(checked: &Checked) -> Vec<(usize, Reference)> {
        let mut out = Vec::new();
        checked.each_reference(|i, r| out.push((i, r.clone())));
        out
    }

    /// (code, severity, line in the `.bib` file, message) of each diagnostic.
    fn problems(checked: &Checked) -> Vec<(Code, Severity, usize, String)> {
        let bib = &checked.bibs[0].doc;
        checked
            .diagnostics
            .iter()
            .map(|d| {
                assert_eq!(d.source, SourceId::Bib(0));
                let line = bib.lines.line(d.span.start);
                (d.code, d.severity, line, d.message.clone())
            })
            .collect()
    }

    #[test]
    fn a_bib_file_linted_both_ways_gives_the_same_entries_and_problems() {
        let kept = lint(BIB.as_bytes(), "", Keep::Everything);
        let walked = lint(BIB.as_bytes(), "", Keep::Tallies);
        let entries = references(&kept);
        assert_eq!(references(&walked), entries);
        let seen: Vec<String> = entries
            .iter()
            .map(|(i, r)| {
                let date = r.date.map(|d| d.to_string());
                format!(
                    "{i} {} line {} in {:?} of {date:?}",
                    r.key, r.line, r.container
                )
            })
            .collect();
        // The second `ok2001` is dropped; `@string`s and month macros are expanded either way.
        assert_eq!(
            seen,
            [
                "0 ok2001 line 3 in Some(\"Journal of Geophysical Research\") of Some(\"2001\")",
                "1 OK2001 line 17 in Some(\"Journal of Geophysical Research\") of Some(\"2003\")",
                "2 nojournal2004 line 24 in None of Some(\"2004-01\")",
            ]
        );
        assert_eq!(
            problems(&kept),
            [
                (
                    Code::DuplicateKey,
                    Severity::Error,
                    10,
                    "key `ok2001` is already used by the entry on line 3; biber keeps that one \
                     and drops this one. Rename one of them"
                        .to_string()
                ),
                (
                    Code::DuplicateKey,
                    Severity::Info,
                    17,
                    "key `OK2001` differs only in case from `ok2001` on line 3; biber reads \
                     them as two entries, but a citation meant for one easily names the other"
                        .to_string()
                ),
                (
                    Code::MissingField,
                    Severity::Warning,
                    24,
                    "@article `nojournal2004` has no journaltitle (or journal); biblatex \
                     requires it for @article"
                        .to_string()
                ),
            ]
        );
        assert_eq!(walked.diagnostics, kept.diagnostics);
        for checked in [&kept, &walked] {
            assert_eq!((checked.kind, checked.style), (Kind::Bib, Style::Keys));
            assert_eq!(checked.entry_count(), 3);
            assert_eq!(checked.tally, Tally::new(3));
            assert_eq!(checked.origins.references, [SourceId::Bib(0); 3]);
            assert!(checked.citations().is_empty() && checked.origins.citations.is_empty());
            // The file is held once, as the `.bib` source; its entries are not kept there.
            assert_eq!(checked.doc.path, Path::new("refs.bib"));
            assert_eq!(checked.doc.text, "");
            assert_eq!(checked.bibs.len(), 1);
            assert_eq!(checked.bibs[0].doc.text, BIB);
            assert!(checked.bibs[0].entries.is_empty());
        }
        // Kept: the entries are the list. Walked: the list is empty and the file is read again.
        assert_eq!(kept.references().len(), 3);
        assert!(kept.bib_walk.is_none());
        assert!(walked.references().is_empty());
        assert_eq!(walked.bib_walk.as_ref().map(|w| w.references), Some(3));
    }

    #[test]
    fn configured_levels_apply_to_a_linted_file() {
        let config = "[severity]\nduplicate-key = \"warn\"\nmissing-field = \"allow\"\n";
        for keep in [Keep::Everything, Keep::Tallies] {
            let levels: Vec<(Code, Severity, usize)> =
                problems(&lint(BIB.as_bytes(), config, keep))
                    .into_iter()
                    .map(|(code, severity, line, _)| (code, severity, line))
                    .collect();
            // A configured level replaces the rule's own (the case variant's `info` too).
            assert_eq!(
                levels,
                [
                    (Code::DuplicateKey, Severity::Warning, 10),
                    (Code::DuplicateKey, Severity::Warning, 17),
                ]
            );
        }
    }

    #[test]
    fn the_files_own_warnings_point_into_it() {
        let bytes = b"@book{caf\xe92001, author = {Doe, Jane}, title = {Caf\xe9}, publisher = {P}, year = {2001}}\n";
        for keep in [Keep::Everything, Keep::Tallies] {
            let checked = lint(bytes, "", keep);
            assert_eq!(
                problems(&checked),
                [(
                    Code::EncodingFallback,
                    Severity::Warning,
                    1,
                    "the file is not valid UTF-8; read it as Windows-1252. Save it as UTF-8 if \
                     characters look wrong"
                        .to_string()
                )]
            );
            let titles: Vec<Option<String>> = references(&checked)
                .into_iter()
                .map(|(_, r)| r.title)
                .collect();
            assert_eq!(titles, [Some("Café".to_string())]);
        }
    }
}
