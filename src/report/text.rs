//! The report for people: each problem with its place and the source line underlined, then
//! the coverage table and a summary. Colour only when asked for (a terminal without NO_COLOR).

use super::{write_coverage, Coverage, DiagnosticEntry, Report, Snippet};
use crate::diagnostic::Severity;
use std::fmt::Write;

/// Whether to emit ANSI colours.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Colors(pub bool);

impl Colors {
    fn paint(self, code: &str, text: &str) -> String {
        if self.0 {
            format!("\x1b[{code}m{text}\x1b[0m")
        } else {
            text.to_string()
        }
    }
}

fn severity_color(s: Severity) -> &'static str {
    match s {
        Severity::Error => "1;31",
        Severity::Warning => "1;33",
        _ => "1;36",
    }
}

fn render_diagnostic(out: &mut String, d: &DiagnosticEntry, colors: Colors) {
    let head = format!("{}[{}]", d.severity.as_str(), d.code);
    let _ = writeln!(
        out,
        "{}: {}",
        colors.paint(severity_color(d.severity), &head),
        colors.paint("1", &d.message)
    );
    let gutter = d.line.to_string().len();
    // A Word file has no lines of its own: name the paragraph or note a person can find.
    let place = match (d.place.note, d.place.paragraph) {
        (Some(note), _) => format!(" (note {note})"),
        (None, Some(paragraph)) => format!(" (paragraph {paragraph})"),
        _ => String::new(),
    };
    let arrow = colors.paint("1;34", "-->");
    let _ = match (d.place.page, d.place.page_line) {
        // A PDF: the page and its line first, then where the line is in the text read.
        (Some(page), Some(line)) => writeln!(
            out,
            "{:gutter$}{arrow} {}:page {page}:line {line} (text {}:{})",
            "", d.file, d.line, d.column
        ),
        _ => writeln!(
            out,
            "{:gutter$}{arrow} {}:{}:{}{place}",
            "", d.file, d.line, d.column
        ),
    };
    if let Some(Snippet {
        text,
        from,
        to,
        cut_before,
        cut_after,
    }) = &d.snippet
    {
        let (pre, post) = (
            if *cut_before { "…" } else { "" },
            if *cut_after { "…" } else { "" },
        );
        let pad = pre.chars().count() + from;
        let width = to.saturating_sub(*from).max(1);
        let bar = colors.paint("1;34", "|");
        let _ = writeln!(out, "{:gutter$} {bar}", "");
        let _ = writeln!(
            out,
            "{} {bar} {pre}{text}{post}",
            colors.paint("1;34", &d.line.to_string())
        );
        let marks = colors.paint(severity_color(d.severity), &"^".repeat(width));
        let _ = writeln!(out, "{:gutter$} {bar} {}{marks}", "", " ".repeat(pad));
    }
    out.push('\n');
}

/// The whole text report: diagnostics, the coverage table when given its rows, summary.
/// (`report` needs no references or citations: see [`super::ReportView::to_summary_report`].)
pub fn render_text(report: &Report, colors: Colors, coverage: Option<&Coverage<'_>>) -> String {
    let mut out = Vec::new();
    // Writing to memory cannot fail.
    let _ = write_text(&mut out, report, colors, coverage);
    String::from_utf8(out).unwrap_or_default()
}

/// [`render_text`], written as it is made (a long coverage table is never whole in memory).
pub fn write_text(
    w: &mut dyn std::io::Write,
    report: &Report,
    colors: Colors,
    coverage: Option<&Coverage<'_>>,
) -> std::io::Result<()> {
    let mut out = String::new();
    for d in &report.diagnostics {
        render_diagnostic(&mut out, d, colors);
        w.write_all(out.as_bytes())?;
        out.clear();
    }
    if let Some(rows) = coverage {
        write_coverage(w, rows, false)?;
        writeln!(w)?;
    }
    let s = &report.summary;
    if report.style == crate::diagnostic::Style::Keys && s.citations == 0 {
        // `lint`: a bibliography on its own has entries and problems, no citations.
        return writeln!(
            w,
            "{}: {} entries; {} errors, {} warnings",
            report.file, s.entries, s.errors, s.warnings
        );
    }
    writeln!(
        w,
        "{}: {} entries, {} cited ({:.1}%); {} citations: {} matched, {} ambiguous, {} unmatched; {} errors, {} warnings",
        report.file, s.entries, s.entries_cited, s.cited_percent, s.citations, s.matched, s.ambiguous, s.unmatched, s.errors, s.warnings
    )
}
