//! Real LaTeX builds as the oracle: each folder of `tests/fixtures/latex-oracle` holds a paper,
//! its `.bib` file, and what pdflatex with BibTeX or biber made of them (`paper.aux`: the keys
//! cited; `paper.blg`: the keys not found; `paper.bbl`: the entries printed), made by
//! `scripts/build-latex-oracles.sh` (TeX Live is not needed to run this test). citecheck must
//! cite, leave unmatched and print exactly what the build did: with BibTeX keys match
//! without regard to case, with biber exactly.

mod common;

use citecheck::link::Status;
use common::*;
use std::collections::BTreeSet;

const DIR: &str = "tests/fixtures/latex-oracle";

/// What lies between `open` and the next `close` after each `open` in `text`.
fn between<'a>(text: &'a str, open: &str, close: char) -> Vec<&'a str> {
    text.match_indices(open)
        .filter_map(|(i, _)| {
            let rest = &text[i + open.len()..];
            rest.find(close).map(|end| &rest[..end])
        })
        .collect()
}

#[test]
fn citecheck_agrees_with_bibtex_and_biber_builds() {
    let root = root().join(DIR);
    let mut dirs: Vec<_> = std::fs::read_dir(&root)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .collect();
    dirs.sort();
    assert_eq!(dirs.len(), 2, "{dirs:?}");
    for dir in dirs {
        let read = |name: &str| std::fs::read_to_string(dir.join(name)).unwrap();
        let (aux, blg, bbl) = (read("paper.aux"), read("paper.blg"), read("paper.bbl"));
        let biber = blg.contains("Biber");
        // Keys cited, as LaTeX wrote them.
        let mut cited: Vec<String> = if biber {
            between(&aux, "\\abx@aux@cite{0}{", '}')
                .into_iter()
                .map(str::to_string)
                .collect()
        } else {
            between(&aux, "\\citation{", '}')
                .iter()
                .flat_map(|s| s.split(','))
                .map(str::to_string)
                .collect()
        };
        cited.sort();
        // Keys the backend did not find.
        let missing: BTreeSet<&str> = if biber {
            between(&blg, "I didn't find a database entry for '", '\'')
        } else {
            between(&blg, "I didn't find a database entry for \"", '"')
        }
        .into_iter()
        .collect();
        // Entries printed (folded: BibTeX prints the key as cited).
        let printed: BTreeSet<String> = if biber {
            between(&bbl, "\\entry{", '}')
        } else {
            bbl.lines()
                .filter(|l| l.starts_with("\\bibitem"))
                .filter_map(|l| l.rsplit_once('{').and_then(|(_, k)| k.strip_suffix('}')))
                .collect()
        }
        .into_iter()
        .map(str::to_lowercase)
        .collect();

        let paper = path_str(&dir.join("paper.tex"));
        let exit = if missing.is_empty() { 0 } else { 1 };
        let report = report_of(&["check", &paper], exit);
        let mut got: Vec<String> = report.citations.iter().map(|c| c.text.clone()).collect();
        got.sort();
        assert_eq!(got, cited, "{paper}: citations");
        let unmatched: BTreeSet<&str> = report
            .citations
            .iter()
            .filter(|c| c.status == Status::Unmatched)
            .map(|c| c.text.as_str())
            .collect();
        assert_eq!(unmatched, missing, "{paper}: keys not found");
        let in_list: BTreeSet<String> = report
            .references
            .iter()
            .filter(|r| r.cited > 0)
            .map(|r| r.reference.key.to_lowercase().to_string())
            .collect();
        assert_eq!(in_list, printed, "{paper}: entries printed");
        let uncited: BTreeSet<String> = report
            .diagnostics
            .iter()
            .filter(|d| d.code.as_str() == "uncited-reference")
            .flat_map(|d| d.keys.iter().map(|k| k.to_lowercase()))
            .collect();
        let all: BTreeSet<String> = report
            .references
            .iter()
            .map(|r| r.reference.key.to_lowercase().to_string())
            .collect();
        assert_eq!(
            uncited,
            all.difference(&printed).cloned().collect(),
            "{paper}: uncited entries"
        );
    }
}
