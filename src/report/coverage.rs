//! Coverage: which entries are cited, how often and where, as a table, CSV, Markdown or JSON.

use super::Report;
use comfy_table::{presets, Cell, CellAlignment, ContentArrangement, Table};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum CoverageFormat {
    Table,
    Json,
    Csv,
    Markdown,
}

/// One row of the coverage report.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct CoverageRow {
    pub key: String,
    pub line: usize,
    /// The short form a reader would cite: "Chen & Okafor, 2020".
    pub cite_as: String,
    pub cited: usize,
    /// Ambiguous citations that may mean this entry.
    pub maybe: usize,
    pub cited_on: Vec<usize>,
}

pub fn coverage_rows(report: &Report) -> Vec<CoverageRow> {
    report
        .references
        .iter()
        .map(|r| CoverageRow {
            key: r.reference.key.clone(),
            line: r.reference.line,
            cite_as: r.reference.short_citation(),
            cited: r.cited,
            maybe: r.maybe_cited,
            cited_on: r.cited_on.clone(),
        })
        .collect()
}

fn lines_list(lines: &[usize]) -> String {
    lines
        .iter()
        .map(usize::to_string)
        .collect::<Vec<_>>()
        .join(", ")
}

fn csv_field(s: &str) -> String {
    if s.contains([',', '"', '\n']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

pub fn render_coverage(report: &Report, format: CoverageFormat) -> String {
    let rows = coverage_rows(report);
    match format {
        CoverageFormat::Json => {
            let value = serde_json::json!({ "version": super::VERSION, "file": report.file, "coverage": rows, "summary": report.summary });
            serde_json::to_string_pretty(&value).unwrap_or_default() + "\n"
        }
        CoverageFormat::Csv => {
            let mut out = String::from("key,line,cite_as,cited,maybe,cited_on\n");
            for r in rows {
                out.push_str(&format!(
                    "{},{},{},{},{},{}\n",
                    csv_field(&r.key),
                    r.line,
                    csv_field(&r.cite_as),
                    r.cited,
                    r.maybe,
                    csv_field(&lines_list(&r.cited_on))
                ));
            }
            out
        }
        CoverageFormat::Markdown | CoverageFormat::Table => {
            let mut table = Table::new();
            if format == CoverageFormat::Markdown {
                table.load_preset(presets::ASCII_MARKDOWN);
            } else {
                table
                    .load_preset(presets::UTF8_FULL_CONDENSED)
                    .set_content_arrangement(ContentArrangement::Disabled);
            }
            table.set_header(vec![
                "Key",
                "Line",
                "Cite as",
                "Cited",
                "Maybe",
                "Cited on lines",
            ]);
            for r in rows {
                table.add_row(vec![
                    Cell::new(r.key),
                    Cell::new(r.line).set_alignment(CellAlignment::Right),
                    Cell::new(r.cite_as),
                    Cell::new(r.cited).set_alignment(CellAlignment::Right),
                    Cell::new(if r.maybe > 0 {
                        r.maybe.to_string()
                    } else {
                        String::new()
                    })
                    .set_alignment(CellAlignment::Right),
                    Cell::new(lines_list(&r.cited_on)),
                ]);
            }
            table.to_string() + "\n"
        }
    }
}

/// One table over many documents: a row per document, then the totals.
pub fn render_batch_summary(rows: &[(String, Result<super::Summary, String>)]) -> String {
    let mut table = Table::new();
    table
        .load_preset(presets::UTF8_FULL_CONDENSED)
        .set_content_arrangement(ContentArrangement::Disabled);
    table.set_header(vec![
        "File",
        "Entries",
        "Cited %",
        "Citations",
        "Matched",
        "Ambiguous",
        "Unmatched",
        "Errors",
        "Warnings",
        "Status",
    ]);
    let mut total = super::Summary::default();
    let mut failed = 0;
    for (file, result) in rows {
        match result {
            Ok(s) => {
                total.entries += s.entries;
                total.entries_cited += s.entries_cited;
                total.citations += s.citations;
                total.matched += s.matched;
                total.ambiguous += s.ambiguous;
                total.unmatched += s.unmatched;
                total.errors += s.errors;
                total.warnings += s.warnings;
                let status = if s.errors > 0 { "errors" } else { "ok" };
                table.add_row(summary_cells(file, s, status));
            }
            Err(_) => {
                failed += 1;
                table.add_row(vec![
                    Cell::new(file),
                    Cell::new(""),
                    Cell::new(""),
                    Cell::new(""),
                    Cell::new(""),
                    Cell::new(""),
                    Cell::new(""),
                    Cell::new(""),
                    Cell::new(""),
                    Cell::new("failed"),
                ]);
            }
        }
    }
    total.cited_percent = if total.entries == 0 {
        0.0
    } else {
        (total.entries_cited as f64 * 1000.0 / total.entries as f64).round() / 10.0
    };
    let label = format!("{} documents ({failed} failed)", rows.len());
    table.add_row(summary_cells(&label, &total, ""));
    table.to_string() + "\n"
}

fn summary_cells(file: &str, s: &super::Summary, status: &str) -> Vec<Cell> {
    let right = |v: String| Cell::new(v).set_alignment(CellAlignment::Right);
    vec![
        Cell::new(file),
        right(s.entries.to_string()),
        right(format!("{:.1}", s.cited_percent)),
        right(s.citations.to_string()),
        right(s.matched.to_string()),
        right(s.ambiguous.to_string()),
        right(s.unmatched.to_string()),
        right(s.errors.to_string()),
        right(s.warnings.to_string()),
        Cell::new(status),
    ]
}
