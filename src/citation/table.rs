//! Citations in a Markdown table's reference column: a table whose header names a column
//! "Reference", "Refs." or "Source" and whose cells there hold numbers ("| ... | 56,57 |")
//! cites those entries, as review papers tabulate their studies. Only in a numeric paper, and
//! only a column whose every filled cell holds nothing but numbers, lists and ranges within the
//! list's length.

use crate::span::Span;
use regex::Regex;
use std::sync::LazyLock;

/// A header cell that names the column of citations.
static HEADER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?i:references?|refs?\.?|sources?|ref\.?\s*no\.?)$")
        .expect("HEADER is a valid regex")
});

/// A cell of numbers: "54", "56,57", "12–14", "3, 7".
static CELL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\d{1,4}(?:\s*[-–—,]\s*\d{1,4})*$").expect("CELL is a valid regex")
});

static NUMBER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\d{1,4}").expect("NUMBER is a valid regex"));

/// The numbers one cell cites, with their spans.
type Cell = Vec<(u32, Span)>;

/// The open table: its reference column, its width, and its cells there (`None` for a cell
/// that is not one of numbers).
type Open = (usize, usize, Vec<Option<Cell>>);

/// Each cited cell of each such table in `body`, in text order: its numbers (ranges expanded)
/// with their spans. A column counts only if every filled cell of it, in rows as wide as the
/// header, is one of numbers within the list ("Nabhan et al." makes it a column of names).
pub fn table_citations(body: &str, entries: usize) -> Vec<Cell> {
    let mut out = Vec::new();
    let mut table: Option<Open> = None;
    let mut header_seen = false;
    let mut offset = 0;
    for line in body.split_inclusive('\n').chain(std::iter::once("")) {
        let start = offset;
        offset += line.len();
        let row = line.trim_end();
        if !row.trim_start().starts_with('|') {
            if let Some((_, _, cells)) = table.take() {
                if let Some(cells) = cells.into_iter().collect::<Option<Vec<_>>>() {
                    out.extend(cells.into_iter().filter(|c| !c.is_empty()));
                }
            }
            header_seen = false;
            continue;
        }
        let cells = cells(row, start);
        match table.as_mut() {
            None if !header_seen => {
                header_seen = true;
                if let Some(k) = cells.iter().position(|(text, _)| HEADER.is_match(text)) {
                    table = Some((k, cells.len(), Vec::new()));
                }
            }
            None => {}
            Some((k, width, found)) => {
                if cells.len() != *width {
                    continue;
                }
                let (text, at) = cells[*k];
                if text.is_empty() || text.chars().all(|c| matches!(c, '-' | '–' | '—' | ':')) {
                    continue;
                }
                found.push(numbers(text, at, entries));
            }
        }
    }
    out
}

/// The trimmed cells of a table row, with where each starts in the body.
fn cells(row: &str, start: usize) -> Vec<(&str, usize)> {
    let inner = row.trim_start();
    let lead = row.len() - inner.len() + 1;
    let inner = inner.strip_prefix('|').unwrap_or(inner);
    let inner = inner.strip_suffix('|').unwrap_or(inner);
    let mut out = Vec::new();
    let mut at = start + lead;
    for cell in inner.split('|') {
        let text = cell.trim();
        let pad = cell.len() - cell.trim_start().len();
        out.push((text, at + pad));
        at += cell.len() + 1;
    }
    out
}

/// The numbers a cell cites, or `None` if it is not a cell of citations.
fn numbers(text: &str, at: usize, entries: usize) -> Option<Cell> {
    if !CELL.is_match(text) {
        return None;
    }
    let mut out: Vec<(u32, Span)> = Vec::new();
    let mut range_from: Option<u32> = None;
    for m in NUMBER.find_iter(text) {
        let n: u32 = m.as_str().parse().ok()?;
        if n == 0 || n as usize > entries {
            return None;
        }
        let span = Span::new(at + m.start(), at + m.end());
        if let Some(from) = range_from.take() {
            if n <= from || n - from > 200 {
                return None;
            }
            out.extend((from + 1..n).map(|k| (k, span)));
        }
        out.push((n, span));
        let rest = text[m.end()..].trim_start();
        if rest.starts_with(['-', '–', '—']) {
            range_from = Some(n);
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cited(body: &str) -> Vec<Vec<u32>> {
        table_citations(body, 40)
            .into_iter()
            .map(|c| c.into_iter().map(|(n, _)| n).collect())
            .collect()
    }

    #[test]
    fn reference_column() {
        let body = "Text [1].\n\n| Strain | pH | Reference |\n|---|---|---|\n| **Fungi** | | |\n| A | 7.0 | 5 |\n| B | 8 | 6,7 |\n| C | 9 | 10–12 |\n| D | 4 | – |\n\nAfter | 9 |\n";
        assert_eq!(cited(body), [vec![5], vec![6, 7], vec![10, 11, 12]]);
        let (n, span) = table_citations(body, 40)[1][1];
        assert_eq!((n, &body[span.start..span.end]), (7, "7"));
    }

    #[test]
    fn other_columns_and_tables_are_not_citations() {
        // No reference column; a number past the list; a count in a column of that name.
        assert!(cited("| pH | T |\n|---|---|\n| 7 | 30 |\n").is_empty());
        assert!(cited("| Reference |\n|---|\n| 99 |\n").is_empty());
        let names =
            "| Reference | n |\n|---|---|\n| Ames et al. | 12 |\n| 10 |\n| Brook et al. | 9 |\n";
        assert!(cited(names).is_empty());
    }
}
