//! The reporters behind one interface: the command line picks one by `--format`, and every
//! command that reports on checked inputs (`check`, `coverage`, `lint`, archives) writes
//! through it.

use super::{
    github, html, render_batch_summary, render_text, sarif, write_coverage_rows, write_text,
    Colors, CoverageFormat, ReportView, Summary, VERSION,
};
use crate::input::Kind;
use serde::Serialize;
use std::io::{self, Write};

/// How reports are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reporter {
    /// For people: each problem with its source line, the coverage table (when `coverage`),
    /// a summary; many inputs end with a table of their summaries.
    Text { colors: Colors, coverage: bool },
    /// The versioned JSON contract, pretty-printed; many inputs make one document.
    Json,
    /// One compact JSON report per line, per input (for archives and pipelines).
    Jsonl,
    /// Only the coverage table (which entries are cited, how often, where).
    Coverage(CoverageFormat),
    /// SARIF 2.1.0 for code scanning and editors; many inputs make one log.
    Sarif,
    /// GitHub Actions annotations, one line per diagnostic.
    Github,
    /// One self-contained HTML page (one input only).
    Html,
}

/// An input that could not be checked, as the JSON formats record it among the reports.
#[derive(Debug, Clone, PartialEq, Serialize, serde::Deserialize)]
pub struct Failure {
    /// What went wrong, as the one-line error names it.
    pub error: String,
    pub file: String,
    pub version: u32,
}

impl Failure {
    pub fn new(file: impl Into<String>, error: impl Into<String>) -> Self {
        Failure {
            error: error.into(),
            file: file.into(),
            version: VERSION,
        }
    }
}

/// One input's report as a worker renders it for a run over many inputs.
#[derive(Debug)]
pub enum Piece {
    Text(String),
    Json(serde_json::Value),
}

/// Many inputs' reports, written as they come in input order, then closed.
pub struct Batch<'w> {
    reporter: Reporter,
    out: &'w mut dyn Write,
    json: Vec<serde_json::Value>,
    /// Inputs that failed, for SARIF's notifications.
    failures: Vec<Failure>,
    rows: Vec<(String, Result<Summary, String>)>,
}

impl Reporter {
    /// Write one input's report whole.
    pub fn write(&self, view: &ReportView, w: &mut dyn Write) -> io::Result<()> {
        match *self {
            Reporter::Text { colors, coverage } => {
                let summary = view.to_summary_report();
                // A `.bib` file alone has no citations to cover.
                let rows = (coverage && view.kind() != Kind::Bib).then(|| view.coverage());
                write_text(w, &summary, colors, rows.as_ref())
            }
            // Written as it is made: no copy of the paper's data.
            Reporter::Json => {
                serde_json::to_writer_pretty(&mut *w, view).map_err(io::Error::other)?;
                w.write_all(b"\n")
            }
            Reporter::Jsonl => {
                serde_json::to_writer(&mut *w, view).map_err(io::Error::other)?;
                w.write_all(b"\n")
            }
            Reporter::Coverage(format) => {
                let rows = view.coverage();
                write_coverage_rows(w, view.file(), view.summary(), &rows, format)
            }
            Reporter::Sarif => {
                let log = sarif::log(sarif::results(view.diagnostics()), Vec::new());
                serde_json::to_writer_pretty(&mut *w, &log).map_err(io::Error::other)?;
                w.write_all(b"\n")
            }
            Reporter::Github => w.write_all(github::annotations(view.diagnostics()).as_bytes()),
            Reporter::Html => w.write_all(html::page(view).as_bytes()),
        }
    }

    /// One input's report rendered on a worker thread, so that only the result travels.
    pub fn piece(&self, view: &ReportView) -> Result<Piece, String> {
        let json_error =
            |e: serde_json::Error| format!("{}: cannot write the report: {e}", view.file());
        Ok(match *self {
            Reporter::Json => Piece::Json(serde_json::to_value(view).map_err(json_error)?),
            Reporter::Text { colors, .. } => {
                Piece::Text(render_text(&view.to_summary_report(), colors, None))
            }
            Reporter::Sarif => {
                Piece::Json(serde_json::Value::Array(sarif::results(view.diagnostics())))
            }
            Reporter::Jsonl | Reporter::Coverage(_) | Reporter::Github | Reporter::Html => {
                let mut out = Vec::new();
                self.write(view, &mut out).map_err(|e| e.to_string())?;
                Piece::Text(String::from_utf8_lossy(&out).into_owned())
            }
        })
    }

    /// Start a run over many inputs that writes to `out`.
    pub fn batch<'w>(&self, out: &'w mut dyn Write) -> Batch<'w> {
        Batch {
            reporter: *self,
            out,
            json: Vec::new(),
            failures: Vec::new(),
            rows: Vec::new(),
        }
    }
}

impl Batch<'_> {
    /// The next input's report (in input order) with its summary.
    pub fn add(&mut self, file: String, piece: Piece, summary: Summary) -> io::Result<()> {
        match piece {
            Piece::Text(text) => {
                self.out.write_all(text.as_bytes())?;
                if self.reporter == Reporter::Jsonl {
                    // Line-by-line output streams: a pipeline sees each report as it comes.
                    self.out.flush()?;
                }
            }
            Piece::Json(value) => self.json.push(value),
        }
        self.rows.push((file, Ok(summary)));
        Ok(())
    }

    /// The next input, which could not be checked.
    pub fn fail(&mut self, failure: Failure) -> io::Result<()> {
        match self.reporter {
            Reporter::Jsonl => {
                serde_json::to_writer(&mut *self.out, &failure).map_err(io::Error::other)?;
                self.out.write_all(b"\n")?;
                self.out.flush()?;
            }
            Reporter::Json => self
                .json
                .push(serde_json::to_value(&failure).map_err(io::Error::other)?),
            Reporter::Sarif => self.failures.push(failure.clone()),
            Reporter::Github => self
                .out
                .write_all(github::failure(&failure.file, &failure.error).as_bytes())?,
            Reporter::Text { .. } | Reporter::Coverage(_) | Reporter::Html => {}
        }
        self.rows.push((failure.file, Err(failure.error)));
        Ok(())
    }

    /// After the last input: the JSON document of every report, or the table of summaries.
    pub fn finish(self) -> io::Result<()> {
        #[derive(Serialize)]
        struct Reports {
            reports: Vec<serde_json::Value>,
            version: u32,
        }
        match self.reporter {
            Reporter::Json => {
                let all = Reports {
                    reports: self.json,
                    version: VERSION,
                };
                serde_json::to_writer_pretty(&mut *self.out, &all).map_err(io::Error::other)?;
                self.out.write_all(b"\n")
            }
            Reporter::Text { .. } => self
                .out
                .write_all(render_batch_summary(&self.rows).as_bytes()),
            Reporter::Sarif => {
                let results = self
                    .json
                    .into_iter()
                    .flat_map(|v| match v {
                        serde_json::Value::Array(a) => a,
                        other => vec![other],
                    })
                    .collect();
                let failures = self
                    .failures
                    .iter()
                    .map(|f| sarif::notification(&f.file, &f.error))
                    .collect();
                let log = sarif::log(results, failures);
                serde_json::to_writer_pretty(&mut *self.out, &log).map_err(io::Error::other)?;
                self.out.write_all(b"\n")
            }
            Reporter::Jsonl | Reporter::Coverage(_) | Reporter::Github | Reporter::Html => Ok(()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::{Checked, Keep};
    use crate::input::Input;
    use crate::report::view;
    use serde_json::json;

    /// One matched citation, one unmatched (after a tab), one uncited entry.
    const PAPER: &str = "\
Homework helps (Alvarez, 2018), and\ttabs stay (Brandtt, 2021).

References

Alvarez, M. (2018). The homework wars. Routledge.

Chen, L. (2020). Homework time. Journal of Tests, 4(2), 5-6.
";

    /// The report module's test helper: `text` run through the pipeline.
    use super::super::tests::checked;

    fn paper(keep: Keep) -> Checked {
        checked("paper.md", PAPER, Input::paper, keep)
    }

    fn written(reporter: Reporter, checked: &Checked) -> String {
        let mut out = Vec::new();
        reporter.write(&view(checked), &mut out).unwrap();
        String::from_utf8(out).unwrap()
    }

    const TEXT: Reporter = Reporter::Text {
        colors: Colors(false),
        coverage: true,
    };

    const PROBLEMS: &str = "\
error[unmatched-citation]: \"Brandtt, 2021\" matches no entry of the reference list; add the entry or correct the citation
 --> paper.md:1:48
  |
1 | Homework helps (Alvarez, 2018), and tabs stay (Brandtt, 2021).
  |                                                ^^^^^^^^^^^^^

warning[uncited-reference]: chen2020 (Chen, 2020) is never cited; cite it where it is used or remove it from the list
 --> paper.md:7:1
  |
7 | Chen, L. (2020). Homework time. Journal of Tests, 4(2), 5-6.
  | ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^

";

    const TABLE: &str = "\
┌─────────────┬──────┬───────────────┬───────┬───────┬────────────────┐
│ Key         ┆ Line ┆ Cite as       ┆ Cited ┆ Maybe ┆ Cited on lines │
╞═════════════╪══════╪═══════════════╪═══════╪═══════╪════════════════╡
│ alvarez2018 ┆    5 ┆ Alvarez, 2018 ┆     1 ┆       ┆ 1              │
│ chen2020    ┆    7 ┆ Chen, 2020    ┆     0 ┆       ┆                │
└─────────────┴──────┴───────────────┴───────┴───────┴────────────────┘
";

    const SUMMARY: &str = "paper.md: 2 entries, 1 cited (50.0%); 2 citations: 1 matched, \
                           0 ambiguous, 1 unmatched; 1 errors, 1 warnings\n";

    /// The JSON report of [`PAPER`], as a value.
    fn report_value() -> serde_json::Value {
        let reference = |key: &str, line: usize, raw: &str, cited: usize| {
            json!({
                "key": key, "line": line, "raw": raw, "editors": [], "label": null,
                "edition": null, "location": null, "institution": null, "doi": null,
                "url": null, "cited": cited, "maybe_cited": 0,
            })
        };
        let mut alvarez = reference(
            "alvarez2018",
            5,
            "Alvarez, M. (2018). The homework wars. Routledge.",
            1,
        );
        let mut chen = reference(
            "chen2020",
            7,
            "Chen, L. (2020). Homework time. Journal of Tests, 4(2), 5-6.",
            0,
        );
        for (entry, more) in [
            (
                &mut alvarez,
                json!({
                    "entry_type": "book", "authors": [{"family": "Alvarez", "given": "M."}],
                    "date": "2018", "title": "The homework wars", "container": null,
                    "volume": null, "number": null, "pages": null, "publisher": "Routledge",
                    "cited_on": [1],
                }),
            ),
            (
                &mut chen,
                json!({
                    "entry_type": "article", "authors": [{"family": "Chen", "given": "L."}],
                    "date": "2020", "title": "Homework time", "container": "Journal of Tests",
                    "volume": "4", "number": "2", "pages": "5-6", "publisher": null,
                    "cited_on": [],
                }),
            ),
        ] {
            for (k, v) in more.as_object().unwrap() {
                entry[k] = v.clone();
            }
        }
        let citation = |column: usize, text: &str, status: &str, keys: &[&str]| {
            json!({
                "line": 1, "column": column, "text": text, "status": status, "keys": keys,
                "best_guess": null, "suggestion": null, "narrative": false, "locator": null,
                "prefix": null,
            })
        };
        json!({
            "version": 1,
            "file": "paper.md",
            "style": "author-date",
            "references": [alvarez, chen],
            "citations": [
                citation(17, "Alvarez, 2018", "matched", &["alvarez2018"]),
                citation(48, "Brandtt, 2021", "unmatched", &[]),
            ],
            "diagnostics": [
                {
                    "code": "unmatched-citation", "severity": "error", "file": "paper.md",
                    "line": 1, "column": 48, "keys": [],
                    "message": "\"Brandtt, 2021\" matches no entry of the reference list; add the entry or correct the citation",
                },
                {
                    "code": "uncited-reference", "severity": "warning", "file": "paper.md",
                    "line": 7, "column": 1, "keys": ["chen2020"],
                    "message": "chen2020 (Chen, 2020) is never cited; cite it where it is used or remove it from the list",
                },
            ],
            "summary": {
                "entries": 2, "entries_cited": 1, "cited_percent": 50.0, "citations": 2,
                "matched": 1, "ambiguous": 0, "unmatched": 1, "errors": 1, "warnings": 1,
            },
        })
    }

    #[test]
    fn text_shows_each_problem_the_coverage_table_and_the_summary() {
        for keep in [Keep::Everything, Keep::Tallies] {
            let checked = paper(keep);
            assert_eq!(
                written(TEXT, &checked),
                format!("{PROBLEMS}{TABLE}\n{SUMMARY}")
            );
            let bare = Reporter::Text {
                colors: Colors(false),
                coverage: false,
            };
            assert_eq!(written(bare, &checked), format!("{PROBLEMS}{SUMMARY}"));
        }
    }

    #[test]
    fn text_in_colour_paints_heads_gutters_and_marks() {
        let colour = Reporter::Text {
            colors: Colors(true),
            coverage: false,
        };
        let text = written(colour, &paper(Keep::Tallies));
        let lines: Vec<&str> = text.lines().take(5).collect();
        assert_eq!(
            lines,
            [
                "\x1b[1;31merror[unmatched-citation]\x1b[0m: \x1b[1m\"Brandtt, 2021\" matches no \
                 entry of the reference list; add the entry or correct the citation\x1b[0m",
                " \x1b[1;34m-->\x1b[0m paper.md:1:48",
                "  \x1b[1;34m|\x1b[0m",
                "\x1b[1;34m1\x1b[0m \x1b[1;34m|\x1b[0m Homework helps (Alvarez, 2018), and tabs \
                 stay (Brandtt, 2021).",
                "  \x1b[1;34m|\x1b[0m                                                \
                 \x1b[1;31m^^^^^^^^^^^^^\x1b[0m",
            ]
        );
    }

    const BIB: &str = "\
@article{ok2001, author = {Doe, Jane}, title = {T}, journal = {J}, year = {2001}}
@article{OK2001, author = {Poe, Edgar}, title = {U}, journal = {J}, year = {2003}}
@article{nojournal2004, author = {Moe, Anna}, title = {V}, year = {2004}}
";

    #[test]
    fn text_for_a_bib_file_has_no_coverage_table_and_a_lint_summary() {
        let expected = "\
info[duplicate-key]: key `OK2001` differs only in case from `ok2001` on line 1; biber reads them as two entries, but a citation meant for one easily names the other
 --> refs.bib:2:10
  |
2 | @article{OK2001, author = {Poe, Edgar}, title = {U}, journal = {J…
  |          ^^^^^^

warning[missing-field]: @article `nojournal2004` has no journaltitle (or journal); biblatex requires it for @article
 --> refs.bib:3:10
  |
3 | @article{nojournal2004, author = {Moe, Anna}, title = {V}, year = {2004}…
  |          ^^^^^^^^^^^^^

refs.bib: 3 entries; 0 errors, 1 warnings
";
        for keep in [Keep::Everything, Keep::Tallies] {
            let linted = checked("refs.bib", BIB, Input::bib, keep);
            assert_eq!(written(TEXT, &linted), expected);
        }
    }

    #[test]
    fn json_is_the_report_pretty_printed() {
        for keep in [Keep::Everything, Keep::Tallies] {
            let checked = paper(keep);
            let out = written(Reporter::Json, &checked);
            let value: serde_json::Value = serde_json::from_str(&out).unwrap();
            assert_eq!(value, report_value());
            // Fields in the contract's order, as the owned report writes them.
            let owned = serde_json::to_string_pretty(&view(&checked).to_report()).unwrap();
            assert_eq!(out, owned + "\n");
            assert!(out.starts_with("{\n  \"version\": 1,\n  \"file\": \"paper.md\",\n"));
        }
    }

    #[test]
    fn jsonl_is_the_report_on_one_line() {
        for keep in [Keep::Everything, Keep::Tallies] {
            let checked = paper(keep);
            let out = written(Reporter::Jsonl, &checked);
            assert_eq!(out.lines().count(), 1);
            assert_eq!(
                serde_json::from_str::<serde_json::Value>(&out).unwrap(),
                report_value()
            );
            let owned = serde_json::to_string(&view(&checked).to_report()).unwrap();
            assert_eq!(out, owned + "\n");
        }
    }

    #[test]
    fn coverage_writes_only_the_table_in_each_format() {
        let checked = paper(Keep::Tallies);
        let cover = |format| written(Reporter::Coverage(format), &checked);
        assert_eq!(cover(CoverageFormat::Table), TABLE);
        assert_eq!(
            cover(CoverageFormat::Csv),
            "key,line,cite_as,cited,maybe,cited_on\n\
             alvarez2018,5,\"Alvarez, 2018\",1,0,1\n\
             chen2020,7,\"Chen, 2020\",0,0,\n"
        );
        assert_eq!(
            cover(CoverageFormat::Markdown),
            "\
| Key         | Line | Cite as       | Cited | Maybe | Cited on lines |
|-------------|------|---------------|-------|-------|----------------|
| alvarez2018 |    5 | Alvarez, 2018 |     1 |       | 1              |
| chen2020    |    7 | Chen, 2020    |     0 |       |                |
"
        );
        let json: serde_json::Value = serde_json::from_str(&cover(CoverageFormat::Json)).unwrap();
        assert_eq!(
            json,
            json!({
                "coverage": [
                    {"cite_as": "Alvarez, 2018", "cited": 1, "cited_on": [1], "key": "alvarez2018", "line": 5, "maybe": 0},
                    {"cite_as": "Chen, 2020", "cited": 0, "cited_on": [], "key": "chen2020", "line": 7, "maybe": 0},
                ],
                "file": "paper.md",
                "summary": report_value()["summary"],
                "version": 1,
            })
        );
    }

    #[test]
    fn pieces_are_what_a_worker_hands_back() {
        let checked = paper(Keep::Tallies);
        let view = view(&checked);
        match TEXT.piece(&view).unwrap() {
            // Many inputs: each report without its coverage table (the run ends with a table).
            Piece::Text(text) => assert_eq!(text, format!("{PROBLEMS}{SUMMARY}")),
            other => panic!("{other:?}"),
        }
        match Reporter::Json.piece(&view).unwrap() {
            Piece::Json(value) => assert_eq!(value, report_value()),
            other => panic!("{other:?}"),
        }
        match Reporter::Jsonl.piece(&view).unwrap() {
            Piece::Text(line) => assert_eq!(line, written(Reporter::Jsonl, &checked)),
            other => panic!("{other:?}"),
        }
        match Reporter::Coverage(CoverageFormat::Csv)
            .piece(&view)
            .unwrap()
        {
            Piece::Text(csv) => assert!(csv.starts_with("key,line,cite_as,cited,maybe,cited_on\n")),
            other => panic!("{other:?}"),
        }
    }

    const ERROR: &str = "missing.md: cannot read: No such file or directory (os error 2)";

    /// A batch of the paper, then an input that failed, then the paper again.
    fn batch(reporter: Reporter) -> String {
        let checked = paper(Keep::Tallies);
        let view = view(&checked);
        let mut out = Vec::new();
        let mut batch = reporter.batch(&mut out);
        let summary = view.summary().clone();
        batch
            .add(
                "paper.md".into(),
                reporter.piece(&view).unwrap(),
                summary.clone(),
            )
            .unwrap();
        batch.fail(Failure::new("missing.md", ERROR)).unwrap();
        batch
            .add("again.md".into(), reporter.piece(&view).unwrap(), summary)
            .unwrap();
        batch.finish().unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn a_jsonl_batch_writes_a_line_per_input_failures_included() {
        let out = batch(Reporter::Jsonl);
        let lines: Vec<&str> = out.lines().collect();
        assert_eq!(lines.len(), 3);
        let line = |i: usize| serde_json::from_str::<serde_json::Value>(lines[i]).unwrap();
        assert_eq!(line(0), report_value());
        assert_eq!(
            lines[1],
            format!("{{\"error\":\"{ERROR}\",\"file\":\"missing.md\",\"version\":1}}")
        );
        assert_eq!(line(2), report_value());
        assert!(out.ends_with("}\n"));
    }

    #[test]
    fn a_json_batch_is_one_document_of_reports() {
        let out = batch(Reporter::Json);
        let value: serde_json::Value = serde_json::from_str(&out).unwrap();
        let failure = json!({"error": ERROR, "file": "missing.md", "version": 1});
        assert_eq!(
            value,
            json!({"reports": [report_value(), failure, report_value()], "version": 1})
        );
        // Each report went through a `serde_json::Value`: its keys are in alphabetical order.
        assert!(out.starts_with("{\n  \"reports\": [\n    {\n      \"citations\": [\n"));
        assert!(out.contains(&format!(
            "    {{\n      \"error\": \"{ERROR}\",\n      \"file\": \"missing.md\",\n      \"version\": 1\n    }},\n"
        )));
        assert!(out.ends_with("\n  ],\n  \"version\": 1\n}\n"));
    }

    #[test]
    fn a_text_batch_ends_with_a_table_of_summaries() {
        let table = "\
┌────────────────────────┬─────────┬─────────┬───────────┬─────────┬───────────┬───────────┬────────┬──────────┬────────┐
│ File                   ┆ Entries ┆ Cited % ┆ Citations ┆ Matched ┆ Ambiguous ┆ Unmatched ┆ Errors ┆ Warnings ┆ Status │
╞════════════════════════╪═════════╪═════════╪═══════════╪═════════╪═══════════╪═══════════╪════════╪══════════╪════════╡
│ paper.md               ┆       2 ┆    50.0 ┆         2 ┆       1 ┆         0 ┆         1 ┆      1 ┆        1 ┆ errors │
│ missing.md             ┆         ┆         ┆           ┆         ┆           ┆           ┆        ┆          ┆ failed │
│ again.md               ┆       2 ┆    50.0 ┆         2 ┆       1 ┆         0 ┆         1 ┆      1 ┆        1 ┆ errors │
│ 3 documents (1 failed) ┆       4 ┆    50.0 ┆         4 ┆       2 ┆         0 ┆         2 ┆      2 ┆        2 ┆        │
└────────────────────────┴─────────┴─────────┴───────────┴─────────┴───────────┴───────────┴────────┴──────────┴────────┘
";
        assert_eq!(
            batch(TEXT),
            format!("{PROBLEMS}{SUMMARY}{PROBLEMS}{SUMMARY}{table}")
        );
    }

    #[test]
    fn a_coverage_batch_writes_each_table_and_nothing_for_a_failure() {
        let csv = "key,line,cite_as,cited,maybe,cited_on\n\
                   alvarez2018,5,\"Alvarez, 2018\",1,0,1\n\
                   chen2020,7,\"Chen, 2020\",0,0,\n";
        assert_eq!(
            batch(Reporter::Coverage(CoverageFormat::Csv)),
            format!("{csv}{csv}")
        );
    }
}
