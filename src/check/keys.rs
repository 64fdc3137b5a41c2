//! Papers that cite by key (LaTeX, Pandoc): their keys linked to the entries of their `.bib`
//! files, and the `.bib` files checked with them.

use super::{first_of_its_key, settle, Checked, Cited, Options, RefList};
use crate::bibfile::{to_reference, BibFile};
use crate::citation::Citation;
use crate::config::Config;
use crate::diagnostic::{Diagnostic, SourceId, Style};
use crate::document::{Document, InputError};
use crate::input::Kind;
use crate::link::{self, Index, Tally};
use crate::paper::{self, Syntax};
use crate::reference::Reference;
use crate::reflist::Section;
use crate::rules::{self, Context, Origins};
use std::collections::HashSet;

/// Check a LaTeX or Pandoc paper: its citation keys against the entries of its `.bib` files,
/// and the `.bib` files themselves. `options.bib`, when not empty, replaces the files the
/// paper names. Everything is kept: such a paper's citations are few, its `.bib` files hold
/// the bulk.
pub(super) fn check(
    doc: Document,
    syntax: Syntax,
    options: &Options,
) -> Result<Checked, InputError> {
    let (bib, config, max_bytes) = (&options.bib, &options.config, options.max_bytes);
    let mut paper = paper::read_paper(&doc, syntax, max_bytes)?;
    let mut found = std::mem::take(&mut paper.problems);
    let bibs = if !bib.is_empty() {
        BibFile::read_all(bib, max_bytes)?
    } else if paper.bibliographies.is_empty() {
        // Pandoc and LaTeX build such a paper; so it gets a report, not a refusal.
        let how = match syntax {
            Syntax::Latex => "no \\bibliography or \\addbibresource",
            Syntax::Pandoc => "no `bibliography:` in a YAML header",
        };
        found.push(rules::no_bibliography::diagnostic(
            how,
            paper.citations.len(),
        ));
        Vec::new()
    } else {
        paper::read_named_bibs(&doc, &paper, max_bytes)?
    };
    if let Some(span) = paper.misplaced_header {
        found.push(rules::misplaced_header::diagnostic(span));
    }
    // BibTeX reads the bibliography: keys match whatever their case.
    let bibtex = syntax == Syntax::Latex && paper.bibtex && !paper.biblatex;
    let mut checked = link_keys(
        doc,
        paper.inputs,
        bibs,
        (paper.citations, paper.citation_sources),
        config,
        found,
        bibtex,
    );
    if paper.cite_all {
        // `\nocite{*}` cites every entry.
        checked
            .diagnostics
            .retain(|d| d.code != crate::diagnostic::Code::UncitedReference);
    }
    Ok(checked)
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
    (citations, citation_sources): (Vec<Citation>, Vec<SourceId>),
    config: &Config,
    mut found: Vec<Diagnostic>,
    bibtex: bool,
) -> Checked {
    let (references, reference_sources) = bib_references(&bibs);
    let numbers = vec![None; references.len()];
    let index = Index::new(&references, &numbers, &config.alias_pairs());
    // Keys are never ambiguous, so the linker needs no sentence context.
    let mut links = link::link_all(&citations, &references, &index, "");
    if bibtex {
        found.extend(rules::key_case_mismatch::relink(
            &citations,
            &mut links,
            &references,
            &citation_sources,
        ));
    }
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
    diagnostics.extend(found);
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
        labels: vec![None; references.len()],
        references,
        numbers,
        residue,
    };
    let mut tally = Tally::new(list.references.len());
    for (n, (c, link)) in citations.iter().zip(&links).enumerate() {
        // A citation's line is in its own file: a chapter pulled in, or the paper.
        let file = match origins.citation(n) {
            SourceId::Input(i) => inputs.get(i).unwrap_or(&doc),
            _ => &doc,
        };
        tally.add(link, file.lines.line(c.span.start));
    }
    Checked {
        doc,
        // `run` sets the syntax's own kind.
        kind: Kind::Latex,
        list,
        style,
        cited: Cited::Kept { citations, links },
        tally,
        diagnostics,
        inputs,
        bibs,
        bib_walk: None,
        origins,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::{run, Options};
    use crate::diagnostic::Code;
    use crate::input::Input;
    use crate::link::Status;
    use std::path::Path;

    const MAIN: &str = "\\documentclass{article}
\\begin{document}
Homework helps \\cite{alvarez2018}. See \\citep{chen2020} and \\cite{alvarez2081}.
\\input{chapter}
\\bibliography{refs}
\\end{document}
";
    const CHAPTER: &str = "% A chapter.\nStrikes spread \\cite{brandt2021}.\n";
    const REFS: &str = "@book{alvarez2018, author = {Alvarez, Maria}, title = {The Homework Wars}, publisher = {Routledge}, year = {2018}}
@article{chen2020, author = {Chen, Li and Okafor, Nia}, title = {Homework Time}, journal = {Journal of Tests}, year = {2020}}
@book{brandt2021, author = {Brandt, Karl}, title = {Strikes}, publisher = {Labour Press}, year = {2021}}
@book{novak2019, author = {Novak, Petra}, title = {Never Cited}, publisher = {Science}, year = {2019}}
";

    /// Write `files` into a new folder; the folder goes when the value is dropped.
    fn folder(files: &[(&str, &str)]) -> tempfile::TempDir {
        let dir = tempfile::tempdir().unwrap();
        for (name, text) in files {
            std::fs::write(dir.path().join(name), text).unwrap();
        }
        dir
    }

    fn check_file(path: &Path, options: &Options) -> Result<Checked, InputError> {
        let input = Input::read(path, u64::MAX, !options.bib.is_empty())?;
        run(input, options)
    }

    /// (file of the citation, text, status, entries) of each citation.
    fn citations(checked: &Checked) -> Vec<(SourceId, String, Status, Vec<usize>)> {
        let mut out = Vec::new();
        checked.each_citation(|n, c, l| {
            out.push((
                checked.origins.citation(n),
                c.text.clone(),
                l.status,
                l.entries.clone(),
            ))
        });
        out
    }

    fn problems(checked: &Checked) -> Vec<(Code, SourceId, String)> {
        checked
            .diagnostics
            .iter()
            .map(|d| (d.code, d.source, d.message.clone()))
            .collect()
    }

    fn uncited(key: &str, who: &str) -> (Code, SourceId, String) {
        (
            Code::UncitedReference,
            SourceId::Bib(0),
            format!(
                "{key} ({who}) is never cited; cite it where it is used or remove it from the list"
            ),
        )
    }

    #[test]
    fn a_latex_paper_links_its_keys_and_its_chapters_keys_to_its_bib_file() {
        let dir = folder(&[
            ("main.tex", MAIN),
            ("chapter.tex", CHAPTER),
            ("refs.bib", REFS),
        ]);
        let checked = check_file(&dir.path().join("main.tex"), &Options::default()).unwrap();
        assert_eq!((checked.kind, checked.style), (Kind::Latex, Style::Keys));
        let keys: Vec<&str> = checked
            .references()
            .iter()
            .map(|r| r.key.as_str())
            .collect();
        assert_eq!(keys, ["alvarez2018", "chen2020", "brandt2021", "novak2019"]);
        assert_eq!(checked.origins.references, [SourceId::Bib(0); 4]);
        let text = |s: &str| s.to_string();
        assert_eq!(
            citations(&checked),
            [
                (
                    SourceId::Document,
                    text("alvarez2018"),
                    Status::Matched,
                    vec![0]
                ),
                (
                    SourceId::Document,
                    text("chen2020"),
                    Status::Matched,
                    vec![1]
                ),
                (
                    SourceId::Document,
                    text("alvarez2081"),
                    Status::Unmatched,
                    vec![]
                ),
                (
                    SourceId::Input(0),
                    text("brandt2021"),
                    Status::Matched,
                    vec![2]
                ),
            ]
        );
        assert_eq!(checked.citations().len(), 4);
        // A citation's line is in its own file: line 2 of the chapter.
        assert_eq!(
            checked.tally,
            Tally {
                cited: vec![1, 1, 1, 0],
                maybe: vec![0; 4],
                cited_on: vec![vec![3], vec![3], vec![2], vec![]],
                citations: 4,
                matched: 3,
                ambiguous: 0,
                unmatched: 1,
            }
        );
        assert_eq!(
            problems(&checked),
            [
                (
                    Code::UnmatchedCitation,
                    SourceId::Document,
                    "\"alvarez2081\" matches no entry of the .bib files: no entry has the key \
                     `alvarez2081`; did you mean `alvarez2018`?"
                        .to_string()
                ),
                uncited("novak2019", "Novak, 2019"),
            ]
        );
        assert_eq!(checked.inputs.len(), 1);
        assert_eq!(checked.inputs[0].text, CHAPTER);
        assert_eq!(checked.bibs.len(), 1);
        assert_eq!(checked.bibs[0].doc.path, dir.path().join("refs.bib"));
        // No list in the paper: an empty section, no numbers, no residue.
        assert_eq!(
            (checked.list.section.start, checked.list.section.end),
            (0, 0)
        );
        assert_eq!(checked.list.numbers, [None; 4]);
        assert_eq!(checked.list.residue, [false; 7]);
    }

    #[test]
    fn nocite_star_cites_every_entry() {
        let main = MAIN.replace("\\input{chapter}", "\\nocite{*}");
        let dir = folder(&[("main.tex", &main), ("refs.bib", REFS)]);
        let checked = check_file(&dir.path().join("main.tex"), &Options::default()).unwrap();
        let codes: Vec<Code> = checked.diagnostics.iter().map(|d| d.code).collect();
        assert_eq!(codes, [Code::UnmatchedCitation]);
        // The tally counts only the citations written.
        assert_eq!(checked.tally.cited, [1, 1, 0, 0]);
    }

    #[test]
    fn a_paper_that_names_no_bibliography_is_reported_not_refused() {
        let main = MAIN.replace("\\input{chapter}\n\\bibliography{refs}\n", "");
        let dir = folder(&[("main.tex", &main), ("refs.bib", REFS)]);
        let path = dir.path().join("main.tex");
        let checked = check_file(&path, &Options::default()).unwrap();
        let codes: Vec<Code> = checked.diagnostics.iter().map(|d| d.code).collect();
        assert_eq!(
            codes,
            [
                Code::NoBibliography,
                Code::UnmatchedCitation,
                Code::UnmatchedCitation,
                Code::UnmatchedCitation
            ]
        );
        assert!(
            checked.diagnostics[0]
                .message
                .contains("none of its 3 citations"),
            "{}",
            checked.diagnostics[0].message
        );
        let options = Options {
            bib: vec![dir.path().join("refs.bib")],
            ..Options::default()
        };
        let checked = check_file(&path, &options).unwrap();
        assert_eq!(checked.kind, Kind::Latex);
        assert_eq!(checked.tally.matched, 2);
    }

    #[test]
    fn given_bib_files_replace_those_the_paper_names() {
        let main = MAIN.replace("{refs}", "{missing}");
        let dir = folder(&[
            ("main.tex", &main),
            ("chapter.tex", CHAPTER),
            ("other.bib", REFS),
        ]);
        let path = dir.path().join("main.tex");
        let err = check_file(&path, &Options::default()).unwrap_err();
        assert!(matches!(err, InputError::Named { line: 5, .. }), "{err}");
        let options = Options {
            bib: vec![dir.path().join("other.bib")],
            ..Options::default()
        };
        let checked = check_file(&path, &options).unwrap();
        assert_eq!(checked.bibs[0].doc.path, dir.path().join("other.bib"));
        assert_eq!(checked.tally.matched, 3);
    }

    #[test]
    fn the_first_entry_of_a_key_in_any_file_becomes_the_reference() {
        let main = MAIN
            .replace("\\input{chapter}\n", "")
            .replace("{refs}", "{refs,more}");
        let more = "@book{alvarez2018, author = {Alvarez, Maria}, title = {A Second Copy}, publisher = {P}, year = {2018}}
@book{okafor2022, author = {Okafor, Nia}, title = {Later}, publisher = {P}, year = {2022}}
";
        let dir = folder(&[("main.tex", &main), ("refs.bib", REFS), ("more.bib", more)]);
        let checked = check_file(&dir.path().join("main.tex"), &Options::default()).unwrap();
        let seen: Vec<(&str, Option<&str>, SourceId)> = checked
            .references()
            .iter()
            .enumerate()
            .map(|(i, r)| {
                (
                    r.key.as_str(),
                    r.title.as_deref(),
                    checked.origins.reference(i),
                )
            })
            .collect();
        assert_eq!(
            seen,
            [
                ("alvarez2018", Some("The Homework Wars"), SourceId::Bib(0)),
                ("chen2020", Some("Homework Time"), SourceId::Bib(0)),
                ("brandt2021", Some("Strikes"), SourceId::Bib(0)),
                ("novak2019", Some("Never Cited"), SourceId::Bib(0)),
                ("okafor2022", Some("Later"), SourceId::Bib(1)),
            ]
        );
        let codes: Vec<(Code, SourceId)> = checked
            .diagnostics
            .iter()
            .map(|d| (d.code, d.source))
            .collect();
        assert_eq!(
            codes,
            [
                (Code::UnmatchedCitation, SourceId::Document),
                (Code::UncitedReference, SourceId::Bib(0)),
                (Code::UncitedReference, SourceId::Bib(0)),
                (Code::DuplicateKey, SourceId::Bib(1)),
                (Code::UncitedReference, SourceId::Bib(1)),
            ]
        );
    }

    #[test]
    fn a_pandoc_paper_is_checked_against_its_bib_file() {
        let paper =
            "---\nbibliography: refs.bib\n---\n\nHomework helps [@alvarez2018; @chen2020].\n";
        let dir = folder(&[("paper.md", paper), ("refs.bib", REFS)]);
        let checked = check_file(&dir.path().join("paper.md"), &Options::default()).unwrap();
        assert_eq!((checked.kind, checked.style), (Kind::Pandoc, Style::Keys));
        let text = |s: &str| s.to_string();
        assert_eq!(
            citations(&checked),
            [
                (
                    SourceId::Document,
                    text("alvarez2018"),
                    Status::Matched,
                    vec![0]
                ),
                (
                    SourceId::Document,
                    text("chen2020"),
                    Status::Matched,
                    vec![1]
                ),
            ]
        );
        assert_eq!(checked.tally.cited_on, [vec![5], vec![5], vec![], vec![]]);
        assert_eq!(
            problems(&checked),
            [
                uncited("brandt2021", "Brandt, 2021"),
                uncited("novak2019", "Novak, 2019")
            ]
        );
    }
}
