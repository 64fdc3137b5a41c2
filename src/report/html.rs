//! `--format html`: one self-contained page per report (no scripts, no outside files): the
//! summary and a coverage chart, the paper's text line by line with each citation marked by
//! its status and linked to its entry and each diagnostic beside its line, the entries with
//! the lines citing them, and every diagnostic. The page is well-formed XML, so tests read it
//! with an XML parser.

use super::ReportView;
use crate::diagnostic::{Severity, SourceId};
use crate::link::Status;
use std::fmt::Write;

const STYLE: &str = "body{font:15px/1.5 system-ui,sans-serif;margin:0 auto;max-width:78rem;padding:1rem 2rem;color:#222}\
h1{font-size:1.3rem}h2{font-size:1.1rem;margin-top:2rem}\
.bar{display:flex;height:1.2rem;border-radius:3px;overflow:hidden;margin:.3rem 0 1rem}\
.bar span{display:block}.matched{background:#cfe8cf}.ambiguous{background:#fde9b6}.unmatched{background:#f6c3c3}\
.chart{display:grid;grid-template-columns:14rem 1fr 3rem;gap:2px 8px;align-items:center;font-size:13px}\
.chart .fill{background:#7aa7d8;height:.8rem;border-radius:2px}.chart .none{color:#b33}\
.text{display:grid;grid-template-columns:3.5rem minmax(0,1fr) 24rem;gap:0 12px;font:13px/1.45 ui-monospace,monospace}\
.ln{color:#999;text-align:right;user-select:none}.tx{white-space:pre-wrap;word-break:break-word}\
.notes{font:12px/1.4 system-ui,sans-serif}.note{border-left:3px solid;padding:0 .4rem;margin:1px 0}\
.error{border-color:#c33;color:#8a1f1f}.warning{border-color:#d9a400;color:#6b5200}.info{border-color:#4a7fc1;color:#28507f}\
mark{border-radius:3px;padding:0 1px}mark a{color:inherit;text-decoration:none}\
mark.matched{background:#cfe8cf}mark.ambiguous{background:#fde9b6}mark.unmatched{background:#f6c3c3}\
.refs li{margin:.3rem 0}.refs .uncited{color:#8a1f1f}.key{font-family:ui-monospace,monospace}\
table.diags{border-collapse:collapse;font-size:13px}table.diags td{padding:2px 8px;border-bottom:1px solid #eee;vertical-align:top}";

/// XML/HTML text, escaped.
fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c if c.is_control() && c != '\n' && c != '\t' => out.push('\u{fffd}'),
            c => out.push(c),
        }
    }
    out
}

fn status_class(s: Status) -> &'static str {
    match s {
        Status::Matched => "matched",
        Status::Ambiguous => "ambiguous",
        Status::Unmatched => "unmatched",
    }
}

fn severity_class(s: Severity) -> &'static str {
    match s {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info | Severity::Allow => "info",
    }
}

/// A citation of the main text to mark: its byte span, status, entry (for the link) and title.
struct Mark {
    start: usize,
    end: usize,
    class: &'static str,
    entry: Option<usize>,
    title: String,
}

/// The whole page.
pub fn page(view: &ReportView) -> String {
    let checked = view.checked;
    let references = checked.references();
    let mut marks = Vec::new();
    checked.each_citation(|n, c, l| {
        if checked.origins.citation(n) != SourceId::Document {
            return;
        }
        let title = match (l.status, &l.suggestion) {
            (Status::Unmatched, Some(s)) => format!("unmatched: {}", s.message),
            (Status::Unmatched, None) => "unmatched".to_string(),
            (status, _) => {
                let keys: Vec<&str> = l
                    .entries
                    .iter()
                    .filter_map(|&i| references.get(i).map(|r| r.key.as_str()))
                    .collect();
                format!("{}: {}", status_class(status), keys.join(", "))
            }
        };
        marks.push(Mark {
            start: c.span.start,
            end: c.span.end,
            class: status_class(l.status),
            entry: l.best_guess.or_else(|| l.entries.first().copied()),
            title,
        });
    });
    marks.sort_by_key(|m| m.start);
    let s = &view.summary;
    let mut out = String::new();
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"/>\
         <meta name=\"viewport\" content=\"width=device-width\"/><title>citecheck: {file}</title>\
         <style>{STYLE}</style></head><body>\n<h1>citecheck: {file}</h1>\n\
         <p>{} entries, {} cited ({:.1}%); {} citations: {} matched, {} ambiguous, {} unmatched; \
         {} errors, {} warnings</p>\n",
        s.entries,
        s.entries_cited,
        s.cited_percent,
        s.citations,
        s.matched,
        s.ambiguous,
        s.unmatched,
        s.errors,
        s.warnings,
        file = esc(view.file()),
    );
    status_bar(&mut out, s.matched, s.ambiguous, s.unmatched);
    coverage_chart(&mut out, view);
    text(&mut out, view, &marks);
    entries(&mut out, view);
    diagnostics(&mut out, view);
    out.push_str("</body></html>\n");
    out
}

fn status_bar(out: &mut String, matched: usize, ambiguous: usize, unmatched: usize) {
    let total = (matched + ambiguous + unmatched).max(1) as f64;
    out.push_str("<div class=\"bar\" title=\"citations by status\">");
    for (n, class) in [
        (matched, "matched"),
        (ambiguous, "ambiguous"),
        (unmatched, "unmatched"),
    ] {
        if n > 0 {
            let _ = write!(
                out,
                "<span class=\"{class}\" style=\"width:{:.2}%\" title=\"{n} {class}\"></span>",
                n as f64 * 100.0 / total
            );
        }
    }
    out.push_str("</div>\n");
}

/// One bar per entry: how often it is cited.
fn coverage_chart(out: &mut String, view: &ReportView) {
    let coverage = view.coverage();
    let rows: Vec<_> = (0..coverage.len()).map(|i| coverage.row(i)).collect();
    let most = rows.iter().map(|r| r.cited).max().unwrap_or(0);
    if rows.is_empty() {
        return;
    }
    out.push_str("<h2>Coverage</h2>\n<div class=\"chart\">");
    for (i, row) in rows.iter().enumerate() {
        let width = if most == 0 {
            0.0
        } else {
            row.cited as f64 * 100.0 / most as f64
        };
        let count = if row.cited == 0 {
            "<span class=\"none\">0</span>".to_string()
        } else {
            row.cited.to_string()
        };
        let _ = write!(
            out,
            "<a class=\"key\" href=\"#ref-{i}\">{}</a><div><div class=\"fill\" style=\"width:{width:.2}%\"></div></div><span>{count}</span>",
            esc(&row.key)
        );
    }
    out.push_str("</div>\n");
}

/// The main text, line by line, citations marked, diagnostics beside their lines.
fn text(out: &mut String, view: &ReportView, marks: &[Mark]) {
    let source = &view.main;
    let text = source.text;
    let mut notes: Vec<Vec<usize>> = vec![Vec::new(); source.lines.line_count() + 1];
    for (i, d) in view.diagnostics.iter().enumerate() {
        if d.file == source.path {
            if let Some(n) = notes.get_mut(d.line) {
                n.push(i);
            }
        }
    }
    out.push_str("<h2>Text</h2>\n<div class=\"text\">");
    let mut next_mark = 0;
    for line in 1..=source.lines.line_count() {
        let span = source.lines.line_span(text, line);
        let _ = write!(
            out,
            "<span class=\"ln\" id=\"L{line}\">{line}</span><span class=\"tx\">"
        );
        let mut at = span.start;
        while let Some(m) = marks.get(next_mark).filter(|m| m.start < span.end) {
            next_mark += 1;
            if m.start < at {
                continue;
            }
            let end = m.end.min(span.end);
            out.push_str(&esc(&text[at..m.start]));
            let inner = esc(&text[m.start..end]);
            let title = esc(&m.title);
            match m.entry {
                Some(e) => {
                    let _ = write!(
                        out,
                        "<mark class=\"{}\" title=\"{title}\"><a href=\"#ref-{e}\">{inner}</a></mark>",
                        m.class
                    );
                }
                None => {
                    let _ = write!(
                        out,
                        "<mark class=\"{}\" title=\"{title}\">{inner}</mark>",
                        m.class
                    );
                }
            }
            at = end;
        }
        out.push_str(&esc(&text[at..span.end]));
        out.push_str("</span><span class=\"notes\">");
        for &i in notes.get(line).into_iter().flatten() {
            let d = &view.diagnostics[i];
            let _ = write!(
                out,
                "<div class=\"note {}\">{}: {}</div>",
                severity_class(d.severity),
                esc(d.code.as_str()),
                esc(&d.message)
            );
        }
        out.push_str("</span>");
    }
    out.push_str("</div>\n");
}

/// The entries, each with the lines citing it.
fn entries(out: &mut String, view: &ReportView) {
    let checked = view.checked;
    out.push_str("<h2>Entries</h2>\n<ol class=\"refs\">");
    checked.each_reference(|i, r| {
        let cited_on = &checked.tally.cited_on[i];
        let class = if cited_on.is_empty() && checked.tally.maybe[i] == 0 {
            " class=\"uncited\""
        } else {
            ""
        };
        let where_ = view.bib_file(i).map_or_else(
            || format!("line {}", r.line),
            |f| format!("{}:{}", esc(f), r.line),
        );
        let _ = write!(
            out,
            "<li id=\"ref-{i}\"{class}><span class=\"key\">{}</span> ({}) {}: ",
            esc(&r.key),
            where_,
            esc(&r.short_citation())
        );
        if cited_on.is_empty() {
            out.push_str("never cited");
        } else {
            out.push_str("cited on ");
            for (k, line) in cited_on.iter().enumerate() {
                let sep = if k == 0 { "" } else { ", " };
                let _ = write!(out, "{sep}<a href=\"#L{line}\">{line}</a>");
            }
        }
        out.push_str("</li>");
    });
    out.push_str("</ol>\n");
}

fn diagnostics(out: &mut String, view: &ReportView) {
    out.push_str("<h2>Diagnostics</h2>\n<table class=\"diags\">");
    for d in &view.diagnostics {
        let place = format!("{}:{}:{}", d.file, d.line, d.column);
        let place = if d.file == view.main.path {
            format!("<a href=\"#L{}\">{}</a>", d.line, esc(&place))
        } else {
            esc(&place)
        };
        let _ = write!(
            out,
            "<tr class=\"{}\"><td>{}</td><td class=\"key\">{}</td><td>{place}</td><td>{}</td></tr>",
            severity_class(d.severity),
            severity_class(d.severity),
            esc(d.code.as_str()),
            esc(&d.message)
        );
    }
    out.push_str("</table>\n");
}
