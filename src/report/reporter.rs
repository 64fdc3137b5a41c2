//! The reporters behind one interface: the command line picks one by `--format`, and every
//! command that reports on checked inputs (`check`, `coverage`, `lint`, archives) writes
//! through it.

use super::{
    render_batch_summary, render_text, write_coverage_rows, write_text, Colors, CoverageFormat,
    ReportView, Summary, VERSION,
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
            Reporter::Jsonl | Reporter::Coverage(_) => {
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
            Reporter::Text { .. } | Reporter::Coverage(_) => {}
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
            Reporter::Jsonl | Reporter::Coverage(_) => Ok(()),
        }
    }
}
