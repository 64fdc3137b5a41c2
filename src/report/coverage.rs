//! Coverage: which entries are cited, how often and where, as a table, CSV, Markdown or JSON.

use comfy_table::{
    presets, Cell, CellAlignment, ColumnConstraint, ContentArrangement, Table, Width,
};
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
    /// For a PDF: the page the entry starts on and its line on that page.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub page: Option<PageLine>,
    /// For a PDF: the page and line on the page of each of `cited_on`.
    #[serde(skip_serializing_if = "Vec::is_empty", default)]
    pub cited_on_pages: Vec<PageLine>,
}

/// A place in a PDF: a page, and a line on it (both from 1; lines counted in reading order,
/// running heads left out), written `2:15`.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq)]
pub struct PageLine {
    pub page: usize,
    pub line: usize,
}

impl std::fmt::Display for PageLine {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}:{}", self.page, self.line)
    }
}

impl CoverageRow {
    /// Where the entry is: its page and line for a PDF, else its line.
    fn place(&self) -> String {
        self.page
            .map_or_else(|| self.line.to_string(), |p| p.to_string())
    }

    /// Where it is cited: pages and lines for a PDF, else lines.
    fn cited_places(&self) -> String {
        if self.page.is_some() {
            list(&self.cited_on_pages)
        } else {
            list(&self.cited_on)
        }
    }
}

fn list<T: std::fmt::Display>(items: &[T]) -> String {
    items
        .iter()
        .map(T::to_string)
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

/// The rows of a coverage report, each made when it is asked for (a long list's rows are
/// never all in memory).
pub struct Coverage<'a> {
    len: usize,
    row: Box<dyn Fn(usize) -> CoverageRow + 'a>,
}

impl<'a> Coverage<'a> {
    /// `len` rows; `row(i)` makes the `i`-th.
    pub fn new(len: usize, row: impl Fn(usize) -> CoverageRow + 'a) -> Self {
        Coverage {
            len,
            row: Box::new(row),
        }
    }

    /// Rows already made.
    pub fn of(rows: &'a [CoverageRow]) -> Self {
        Coverage::new(rows.len(), move |i| rows[i].clone())
    }

    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Row `i`, made now.
    pub fn row(&self, i: usize) -> CoverageRow {
        (self.row)(i)
    }

    /// Rows `range`, made now.
    fn rows(&self, range: std::ops::Range<usize>) -> Vec<CoverageRow> {
        range.map(|i| (self.row)(i)).collect()
    }
}

/// The coverage report in any format.
pub fn render_coverage_rows(
    file: &str,
    summary: &super::Summary,
    rows: &Coverage<'_>,
    format: CoverageFormat,
) -> String {
    let mut out = Vec::new();
    // Writing to memory cannot fail.
    let _ = write_coverage_rows(&mut out, file, summary, rows, format);
    String::from_utf8(out).unwrap_or_default()
}

/// [`render_coverage_rows`], written as it is made.
pub fn write_coverage_rows(
    w: &mut dyn std::io::Write,
    file: &str,
    summary: &super::Summary,
    rows: &Coverage<'_>,
    format: CoverageFormat,
) -> std::io::Result<()> {
    match format {
        CoverageFormat::Json => {
            // Keys in alphabetical order at every level, as this report has always had them.
            #[derive(Serialize)]
            struct Report<'r> {
                coverage: Rows<'r>,
                file: &'r str,
                summary: serde_json::Value,
                version: u32,
            }
            struct Rows<'r>(&'r Coverage<'r>);
            impl Serialize for Rows<'_> {
                fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                    use serde::ser::{Error, SerializeSeq};
                    let mut seq = s.serialize_seq(Some(self.0.len()))?;
                    for i in 0..self.0.len() {
                        let row =
                            serde_json::to_value((self.0.row)(i)).map_err(S::Error::custom)?;
                        seq.serialize_element(&row)?;
                    }
                    seq.end()
                }
            }
            let report = Report {
                coverage: Rows(rows),
                file,
                summary: serde_json::to_value(summary)?,
                version: super::VERSION,
            };
            serde_json::to_writer_pretty(&mut *w, &report)?;
            writeln!(w)
        }
        CoverageFormat::Csv => {
            // A PDF's rows add where they are on its pages.
            let pdf = !rows.is_empty() && rows.row(0).page.is_some();
            write!(w, "key,line,cite_as,cited,maybe,cited_on")?;
            writeln!(w, "{}", if pdf { ",page,cited_on_pages" } else { "" })?;
            for r in (0..rows.len()).map(|i| (rows.row)(i)) {
                write!(
                    w,
                    "{},{},{},{},{},{}",
                    csv_field(&r.key),
                    r.line,
                    csv_field(&r.cite_as),
                    r.cited,
                    r.maybe,
                    csv_field(&list(&r.cited_on))
                )?;
                if pdf {
                    let page = r.page.map(|p| p.to_string()).unwrap_or_default();
                    write!(w, ",{page},{}", csv_field(&list(&r.cited_on_pages)))?;
                }
                writeln!(w)?;
            }
            Ok(())
        }
        CoverageFormat::Markdown => write_coverage(w, rows, true),
        CoverageFormat::Table => write_coverage(w, rows, false),
    }
}

/// Rows per piece of a long coverage table. comfy-table holds every cell of a table, laid
/// out, at once (several hundred bytes a cell), so a long table is made in pieces that share
/// the widths of the whole and are joined without their inner borders: the same text, a
/// bounded amount of memory.
const PIECE: usize = 500;

const HEADER: [&str; 6] = ["Key", "Line", "Cite as", "Cited", "Maybe", "Cited on lines"];
/// A PDF's: where entries and citations are on its pages.
const PDF_HEADER: [&str; 6] = [
    "Key",
    "Page:line",
    "Cite as",
    "Cited",
    "Maybe",
    "Cited on (page:line)",
];

/// The coverage table over `rows`, made `piece` rows at a time.
#[cfg(test)]
fn coverage_table(rows: &[CoverageRow], markdown: bool, piece: usize) -> String {
    let mut out = Vec::new();
    // Writing to memory cannot fail.
    let _ = write_coverage_table(&mut out, &Coverage::of(rows), markdown, piece);
    String::from_utf8(out).unwrap_or_default()
}

/// The coverage table as a text table (or a Markdown one), written as it is made.
pub fn write_coverage(
    w: &mut dyn std::io::Write,
    rows: &Coverage<'_>,
    markdown: bool,
) -> std::io::Result<()> {
    write_coverage_table(w, rows, markdown, PIECE)
}

fn write_coverage_table(
    w: &mut dyn std::io::Write,
    rows: &Coverage<'_>,
    markdown: bool,
    piece: usize,
) -> std::io::Result<()> {
    let piece = piece.max(1);
    let pieces = || {
        (0..rows.len())
            .step_by(piece)
            .map(|i| i..(i + piece).min(rows.len()))
    };
    if rows.len() <= piece {
        return writeln!(w, "{}", table_of(&rows.rows(0..rows.len()), markdown, None));
    }
    let mut widths = vec![0u16; HEADER.len()];
    for range in pieces() {
        for (w, m) in widths
            .iter_mut()
            .zip(table_of(&rows.rows(range), markdown, None).column_max_content_widths())
        {
            *w = (*w).max(m);
        }
    }
    // Lines above the first row and below the last, as the preset draws them.
    let first = rows.rows(0..1);
    let probe = table_of(&first, markdown, Some(&widths)).to_string();
    let probe: Vec<&str> = probe.lines().collect();
    let row_line = probe.len().saturating_sub(1).min(
        probe
            .iter()
            .position(|l| l.contains(&first[0].key))
            .unwrap_or(0),
    );
    let (above, below) = (row_line, probe.len() - row_line - 1);
    let last = rows.len().div_ceil(piece) - 1;
    for (k, range) in pieces().enumerate() {
        let text = table_of(&rows.rows(range), markdown, Some(&widths)).to_string();
        let lines: Vec<&str> = text.lines().collect();
        let from = if k == 0 { 0 } else { above };
        let to = if k == last {
            lines.len()
        } else {
            lines.len() - below
        };
        for line in &lines[from..to] {
            writeln!(w, "{line}")?;
        }
    }
    Ok(())
}

/// One comfy-table over `rows`; `widths` fixes the content width of each column.
fn table_of(rows: &[CoverageRow], markdown: bool, widths: Option<&[u16]>) -> Table {
    let mut table = Table::new();
    if markdown {
        table.load_preset(presets::ASCII_MARKDOWN);
    } else {
        table
            .load_preset(presets::UTF8_FULL_CONDENSED)
            .set_content_arrangement(ContentArrangement::Disabled);
    }
    let pdf = rows.first().is_some_and(|r| r.page.is_some());
    table.set_header(if pdf { PDF_HEADER } else { HEADER }.to_vec());
    for r in rows {
        table.add_row(vec![
            Cell::new(&r.key),
            Cell::new(r.place()).set_alignment(CellAlignment::Right),
            Cell::new(&r.cite_as),
            Cell::new(r.cited).set_alignment(CellAlignment::Right),
            Cell::new(if r.maybe > 0 {
                r.maybe.to_string()
            } else {
                String::new()
            })
            .set_alignment(CellAlignment::Right),
            Cell::new(r.cited_places()),
        ]);
    }
    if let Some(widths) = widths {
        for (column, &w) in table.column_iter_mut().zip(widths) {
            let total = w + column.padding_width();
            column.set_constraint(ColumnConstraint::Absolute(Width::Fixed(total)));
        }
    }
    table
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

#[cfg(test)]
mod tests {
    use super::*;

    fn rows(n: usize) -> Vec<CoverageRow> {
        (0..n)
            .map(|i| CoverageRow {
                key: format!("key{}{}", i, "x".repeat(i % 7)),
                line: 10 + i * 3,
                cite_as: format!("Ödegaard{} et al., {}", "é".repeat(i % 5), 1990 + i % 30),
                cited: i % 4,
                maybe: i % 3,
                cited_on: (0..i % 6).map(|k| 100 + k * i).collect(),
                page: None,
                cited_on_pages: Vec::new(),
            })
            .collect()
    }

    #[test]
    fn a_pdf_row_says_where_on_its_pages() {
        let row = CoverageRow {
            key: "alvarez2018".into(),
            line: 70,
            cite_as: "Alvarez, 2018".into(),
            cited: 2,
            maybe: 0,
            cited_on: vec![16, 25],
            page: Some(PageLine { page: 2, line: 14 }),
            cited_on_pages: vec![
                PageLine { page: 1, line: 12 },
                PageLine { page: 1, line: 20 },
            ],
        };
        let rows = [row];
        let summary = super::super::Summary::default();
        let csv =
            render_coverage_rows("a.pdf", &summary, &Coverage::of(&rows), CoverageFormat::Csv);
        assert_eq!(
            csv,
            "key,line,cite_as,cited,maybe,cited_on,page,cited_on_pages\n\
             alvarez2018,70,\"Alvarez, 2018\",2,0,\"16, 25\",2:14,\"1:12, 1:20\"\n"
        );
        let table = coverage_table(&rows, true, usize::MAX);
        assert_eq!(
            table,
            "| Key         | Page:line | Cite as       | Cited | Maybe | Cited on (page:line) |\n\
             |-------------|-----------|---------------|-------|-------|----------------------|\n\
             | alvarez2018 |      2:14 | Alvarez, 2018 |     2 |       | 1:12, 1:20           |\n"
        );
    }

    #[test]
    fn a_table_made_in_pieces_is_the_table_made_whole() {
        for markdown in [false, true] {
            for n in [1, 2, 7, 23, 60] {
                let rows = rows(n);
                let whole = coverage_table(&rows, markdown, usize::MAX);
                for piece in [1, 2, 5, 22] {
                    assert_eq!(
                        coverage_table(&rows, markdown, piece),
                        whole,
                        "markdown {markdown}, {n} rows, pieces of {piece}"
                    );
                }
            }
        }
    }
}
