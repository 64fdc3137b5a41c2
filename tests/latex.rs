//! LaTeX papers checked against their .bib files: natbib and biblatex commands, \input and
//! \include, comments and verbatim, \nocite, --bib, and the errors for missing files.

mod common;

use citecheck::link::Status::{Matched, Unmatched};
use common::*;

const THESIS: &str = "tests/fixtures/latex/thesis/thesis.tex";
const NATBIB: &str = "tests/fixtures/latex/natbib/paper.tex";
const BIBLATEX: &str = "tests/fixtures/latex/biblatex/article.tex";

fn text_of(args: &[&str], exit: i32) -> String {
    let out = citecheck(args);
    assert_eq!(out.status.code(), Some(exit), "stderr: {}", stderr(&out));
    stdout(&out)
}

#[test]
fn thesis_follows_input_and_include_once_each() {
    assert_snapshot("latex-thesis.txt", &text_of(&["check", THESIS], 1));
    let report = report_of(&["check", THESIS], 1);
    assert_citations(
        &report,
        &[
            (
                Some("intro.tex"),
                3,
                "Ashmore1991",
                Unmatched,
                &[],
                false,
                None,
                None,
            ),
            (
                Some("intro.tex"),
                3,
                "woolgar1988",
                Matched,
                &["woolgar1988"],
                false,
                None,
                None,
            ),
            (
                Some("intro.tex"),
                4,
                "latour1979",
                Matched,
                &["latour1979"],
                false,
                Some("see"),
                Some("ch.~2"),
            ),
            (
                Some("intro.tex"),
                5,
                "pinch1986",
                Matched,
                &["pinch1986"],
                false,
                None,
                None,
            ),
            (
                Some("method.tex"),
                2,
                "kvale2009",
                Matched,
                &["kvale2009"],
                true,
                None,
                None,
            ),
            (
                Some("method.tex"),
                3,
                "saldana2016",
                Matched,
                &["saldana2016"],
                true,
                None,
                Some("p.~112"),
            ),
            (
                Some("method.tex"),
                7,
                "emerson2011",
                Matched,
                &["emerson2011"],
                false,
                None,
                None,
            ),
            (
                Some("method.tex"),
                8,
                "kim2015",
                Matched,
                &["kim2015"],
                false,
                None,
                None,
            ),
            (
                None,
                13,
                "latour1987",
                Matched,
                &["latour1987"],
                true,
                None,
                None,
            ),
            (
                None,
                14,
                "ashmore1991",
                Matched,
                &["ashmore1991"],
                false,
                None,
                Some("45"),
            ),
        ],
    );
    assert_references(
        &report,
        &[
            ("ashmore1991", "thesis.bib", 5),
            ("woolgar1988", "thesis.bib", 14),
            ("latour1979", "thesis.bib", 22),
            ("pinch1986", "thesis.bib", 29),
            ("latour1987", "thesis.bib", 40),
            ("collins1985", "thesis.bib", 48),
            ("kvale2009", "thesis.bib", 55),
            ("saldana2016", "thesis.bib", 64),
            ("emerson2011", "thesis.bib", 73),
            ("kim2015", "thesis.bib", 81),
        ],
    );
    assert_diagnostics(
        &report,
        &[
            ("unmatched-citation", "intro.tex", 3, &["ashmore1991"]),
            ("uncited-reference", "thesis.bib", 48, &["collins1985"]),
            ("missing-field", "thesis.bib", 81, &["kim2015"]),
        ],
    );
    // The case miss is named: biber keys are case-sensitive.
    assert!(
        report.diagnostics[0]
            .message
            .contains("did you mean `ashmore1991`?"),
        "{}",
        report.diagnostics[0].message
    );
    // @string abbreviations and TeX accents are resolved in the entries.
    let saldana = &report.references[7].reference;
    assert_eq!(saldana.authors[0].family(), "Saldaña");
    assert_eq!(saldana.publisher.as_deref(), Some("SAGE Publications"));
}

#[test]
fn natbib_article_with_two_bib_files() {
    assert_snapshot("latex-natbib.txt", &text_of(&["check", NATBIB], 1));
    let report = report_of(&["check", NATBIB], 1);
    assert_citations(
        &report,
        &[
            (
                None,
                8,
                "west2002",
                Matched,
                &["west2002"],
                false,
                None,
                None,
            ),
            (None, 8, "luo2010", Matched, &["luo2010"], false, None, None),
            (
                None,
                9,
                "powlson2014",
                Matched,
                &["powlson2014"],
                true,
                None,
                None,
            ),
            (
                None,
                9,
                "baker2007",
                Matched,
                &["baker2007"],
                true,
                None,
                None,
            ),
            (
                None,
                10,
                "ogle2019",
                Matched,
                &["ogle2019"],
                false,
                Some("e.g."),
                None,
            ),
            (
                None,
                11,
                "haddaway2017",
                Matched,
                &["haddaway2017"],
                false,
                None,
                Some("p.~12"),
            ),
            (
                None,
                11,
                "vandenbygaart2003",
                Matched,
                &["vandenbygaart2003"],
                false,
                None,
                None,
            ),
            (None, 12, "six2004", Matched, &["six2004"], true, None, None),
            (
                None,
                12,
                "six2004",
                Matched,
                &["six2004"],
                false,
                None,
                None,
            ),
            // BibTeX ignores case in keys: linked, with a warning.
            (
                None,
                13,
                "Luo2010",
                Matched,
                &["luo2010"],
                false,
                None,
                None,
            ),
            (None, 13, "smith2012", Unmatched, &[], false, None, None),
            (
                None,
                14,
                "west2002",
                Matched,
                &["west2002"],
                true,
                None,
                None,
            ),
            (
                None,
                17,
                "lal2004",
                Matched,
                &["lal2004"],
                false,
                None,
                None,
            ),
        ],
    );
    assert_references(
        &report,
        &[
            ("west2002", "refs.bib", 4),
            ("luo2010", "refs.bib", 15),
            ("powlson2014", "refs.bib", 26),
            ("baker2007", "refs.bib", 36),
            ("ogle2019", "refs.bib", 45),
            ("haddaway2017", "refs.bib", 54),
            ("vandenbygaart2003", "extra.bib", 1),
            ("six2004", "extra.bib", 11),
            ("lal2004", "extra.bib", 19),
            ("paustian1997", "extra.bib", 29),
        ],
    );
    assert_diagnostics(
        &report,
        &[
            ("key-case-mismatch", "paper.tex", 13, &["luo2010"]),
            ("unmatched-citation", "paper.tex", 13, &[]),
            ("malformed-field", "refs.bib", 33, &["powlson2014"]),
            ("malformed-field", "refs.bib", 59, &["haddaway2017"]),
            ("missing-field", "extra.bib", 11, &["six2004"]),
            ("uncited-reference", "extra.bib", 29, &["paustian1997"]),
        ],
    );
    let s = &report.summary;
    assert_eq!(
        (
            s.entries,
            s.entries_cited,
            s.citations,
            s.matched,
            s.unmatched,
            s.errors,
            s.warnings
        ),
        (10, 9, 13, 12, 1, 1, 5)
    );
}

#[test]
fn biblatex_article_with_cites_and_nocite_star() {
    assert_snapshot("latex-biblatex.txt", &text_of(&["check", BIBLATEX], 1));
    let report = report_of(&["check", BIBLATEX], 1);
    assert_citations(
        &report,
        &[
            (
                None,
                7,
                "eghbal2020",
                Matched,
                &["eghbal2020"],
                false,
                None,
                None,
            ),
            (
                None,
                7,
                "raymond1999",
                Matched,
                &["raymond1999"],
                true,
                None,
                None,
            ),
            (
                None,
                8,
                "brooks1975",
                Matched,
                &["brooks1975"],
                false,
                Some("cf."),
                Some("23"),
            ),
            (
                None,
                10,
                "nadia2016",
                Unmatched,
                &[],
                false,
                Some("see"),
                Some("12"),
            ),
            (
                None,
                10,
                "coelho2017",
                Matched,
                &["coelho2017"],
                false,
                None,
                Some("45--47"),
            ),
            (
                None,
                10,
                "avelino2019",
                Matched,
                &["avelino2019"],
                false,
                None,
                None,
            ),
            (
                None,
                12,
                "lakhani2003",
                Matched,
                &["lakhani2003"],
                false,
                None,
                None,
            ),
            (
                None,
                12,
                "raymond1999",
                Matched,
                &["raymond1999"],
                false,
                None,
                None,
            ),
            (
                None,
                13,
                "hertel2003",
                Matched,
                &["hertel2003"],
                false,
                None,
                None,
            ),
            (
                None,
                13,
                "vonkrogh2003",
                Matched,
                &["vonkrogh2003"],
                false,
                None,
                None,
            ),
            (
                None,
                14,
                "ghosh2005",
                Matched,
                &["ghosh2005"],
                false,
                None,
                None,
            ),
            (
                None,
                14,
                "crowston2012",
                Matched,
                &["crowston2012"],
                true,
                None,
                None,
            ),
        ],
    );
    assert_diagnostics(
        &report,
        &[
            ("unmatched-citation", "article.tex", 10, &[]),
            ("missing-field", "library.bib", 32, &["coelho2017"]),
            ("undefined-crossref", "library.bib", 35, &["coelho2017"]),
            ("invalid-date", "library.bib", 64, &["hertel2003"]),
            ("invalid-date", "library.bib", 74, &["vonkrogh2003"]),
            ("invalid-date", "library.bib", 81, &["ghosh2005"]),
        ],
    );
    // \nocite{*}: icse2017 and weber2004 are never cited in the text, and that is no problem.
    let uncited: Vec<&str> = report
        .references
        .iter()
        .filter(|r| r.cited == 0)
        .map(|r| r.reference.key.as_str())
        .collect();
    assert_eq!(uncited, ["icse2017", "weber2004"]);
    // avelino2019 inherits booktitle and date from icse2017 through its crossref.
    assert!(!report.diagnostics.iter().any(|d| d.keys == ["avelino2019"]));
}

#[test]
fn bib_option_overrides_the_files_the_paper_names() {
    let report = report_of(
        &[
            "check",
            NATBIB,
            "--bib",
            "tests/fixtures/latex/natbib/extra.bib",
            "--bib",
            "tests/fixtures/bib/clean.bib",
        ],
        1,
    );
    let files: Vec<&str> = report
        .references
        .iter()
        .filter_map(|r| r.bib_file.as_deref())
        .collect();
    assert_eq!(
        files.first(),
        Some(&"tests/fixtures/latex/natbib/extra.bib")
    );
    assert_eq!(files.last(), Some(&"tests/fixtures/bib/clean.bib"));
    assert_eq!(report.references.len(), 6);
    assert_eq!(
        report.summary.unmatched, 9,
        "7 citations of refs.bib entries, and the 2 that never matched"
    );
}

#[test]
fn a_missing_bib_file_is_a_one_line_error_naming_it() {
    let dir = tempfile::tempdir().unwrap();
    let paper = dir.path().join("paper.tex");
    std::fs::write(&paper, "\\documentclass{article}\n\\begin{document}\n\\cite{a}\n\\bibliography{nowhere}\n\\end{document}\n").unwrap();
    let out = citecheck(&["check", &path_str(&paper)]);
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    let bib = dir.path().join("nowhere.bib");
    assert!(
        err.starts_with(&format!(
            "citecheck: {}: cannot read the bibliography named on line 4 of {}: ",
            bib.display(),
            paper.display()
        )),
        "{err}"
    );
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(stdout(&out).is_empty());
}

#[test]
fn missing_and_empty_input_files_are_warnings_and_the_check_goes_on() {
    let dir = tempfile::tempdir().unwrap();
    let paper = dir.path().join("main.tex");
    std::fs::write(
        dir.path().join("x.bib"),
        "@book{a, title = {A}, author = {Ash, Al}, publisher = {P}, year = {2000}}\n",
    )
    .unwrap();
    std::fs::write(dir.path().join("empty.tex"), "").unwrap();
    std::fs::write(
        &paper,
        "\\addbibresource{x.bib}\n\n\\input{gone}\n\\include{empty}\nSee \\cite{a}.\n",
    )
    .unwrap();
    let report = report_of(&["check", &path_str(&paper)], 0);
    let found: Vec<(&str, usize)> = report
        .diagnostics
        .iter()
        .map(|d| (d.code.as_str(), d.line))
        .collect();
    assert_eq!(found, [("missing-input", 3), ("missing-input", 4)]);
    assert!(report.diagnostics[0]
        .message
        .contains("`gone` is not found"));
    assert!(report.diagnostics[1].message.contains("is empty"));
    assert_eq!(report.summary.matched, 1);
}

#[test]
fn input_files_are_found_where_tex_looks() {
    // The main file's folder, then the working folder, then TEXINPUTS.
    let dir = tempfile::tempdir().unwrap();
    let (paper_dir, shared) = (dir.path().join("paper"), dir.path().join("shared"));
    std::fs::create_dir_all(paper_dir.join("tables")).unwrap();
    std::fs::create_dir_all(dir.path().join("latex/tables")).unwrap();
    std::fs::create_dir_all(&shared).unwrap();
    std::fs::write(paper_dir.join("x.bib"), "@book{a, title = {A}, author = {Ash, Al}, publisher = {P}, year = {2000}}\n@book{b, title = {B}, author = {Bo, Bea}, publisher = {P}, year = {2001}}\n@book{c, title = {C}, author = {Cy, Cal}, publisher = {P}, year = {2002}}\n").unwrap();
    std::fs::write(paper_dir.join("tables/one.tex"), "\\cite{a}\n").unwrap();
    std::fs::write(dir.path().join("latex/tables/two.tex"), "\\cite{b}\n").unwrap();
    std::fs::write(shared.join("macros.tex"), "\\cite{c}\n").unwrap();
    std::fs::write(
        paper_dir.join("main.tex"),
        "\\addbibresource{x.bib}\n\\input{tables/one}\n\\input{latex/tables/two}\n\\input{macros}\n",
    )
    .unwrap();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_citecheck"))
        .args(["check", "paper/main.tex", "--format", "json"])
        .current_dir(dir.path())
        .env("TEXINPUTS", format!("{}//:", shared.display()))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let report: citecheck::report::Report = serde_json::from_str(&stdout(&out)).unwrap();
    assert!(report.diagnostics.is_empty(), "{:?}", report.diagnostics);
    assert_eq!(report.summary.matched, 3);
}

#[test]
fn a_paper_without_bibliography_is_reported_not_refused() {
    let dir = tempfile::tempdir().unwrap();
    let paper = dir.path().join("main.tex");
    std::fs::write(&paper, "\\cite{a}\n").unwrap();
    let report = report_of(&["check", &path_str(&paper)], 1);
    let codes: Vec<&str> = report.diagnostics.iter().map(|d| d.code.as_str()).collect();
    assert_eq!(codes, ["no-bibliography", "unmatched-citation"]);
    assert!(report.diagnostics[0].message.contains("--bib FILE"));
    // Nothing cited and nothing named: a report that says so, exit 0.
    std::fs::write(&paper, "\\documentclass{article}\nText.\n").unwrap();
    let report = report_of(&["check", &path_str(&paper)], 0);
    assert_eq!(report.diagnostics.len(), 1);
    assert!(
        report.diagnostics[0].message.contains("nothing to check"),
        "{}",
        report.diagnostics[0].message
    );
}
