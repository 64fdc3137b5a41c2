//! Numeric citations: [1]; [2], [3]; [4]-[6]; [7, 8]; [9–11]; (1); (2,3); <sup>4</sup>.

use super::{Citation, Found, Target};
use crate::span::Span;
use regex::Regex;
use std::sync::LazyLock;

/// A group of numbers and ranges inside brackets, parentheses or a superscript.
static GROUP: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?x)
        \[(?P<b>\s*\d{1,4}(?:\s*[-–—,;]\s*\d{1,4})*\s*)\](?:\s*[-–—]\s*\[(?P<bend>\d{1,4})\])?
      | \((?P<p>\s*\d{1,4}(?:\s*[-–—,;]\s*\d{1,4})*\s*)\)
      | <sup>(?P<s>\s*\d{1,4}(?:\s*[-–—,;]\s*\d{1,4})*\s*)</sup>",
    )
    .expect("GROUP is a valid regex")
});

static NUMBER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\d{1,4}").expect("NUMBER is a valid regex"));

/// Find numeric citations. `entries` is the length of the numbered list: parenthesised and
/// superscript numbers far beyond it (years, counts) are not taken for citations.
pub fn find_numeric(body: &str, entries: usize) -> Found {
    let mut citations = Vec::new();
    each_numeric(body, entries, |c| citations.push(c));
    Found {
        citations,
        aliases: Vec::new(),
    }
}

/// [`find_numeric`], one citation at a time in text order.
pub fn each_numeric(body: &str, entries: usize, mut f: impl FnMut(Citation)) {
    for caps in GROUP.captures_iter(body) {
        let (inner, bracketed) = match (caps.name("b"), caps.name("p"), caps.name("s")) {
            (Some(m), _, _) => (m, true),
            (_, Some(m), _) => (m, false),
            (_, _, Some(m)) => (m, false),
            _ => continue,
        };
        let numbers: Vec<(u32, Span)> = NUMBER
            .find_iter(inner.as_str())
            .filter_map(|m| {
                Some((
                    m.as_str().parse().ok()?,
                    Span::new(inner.start() + m.start(), inner.start() + m.end()),
                ))
            })
            .collect();
        let limit = if bracketed { 9999 } else { entries as u32 + 5 };
        if numbers.is_empty() || numbers.iter().any(|&(n, _)| n == 0 || n > limit) {
            continue; // "[0, 1]", "(1979)": an interval or a year, not citations.
        }
        // Expand ranges "9–11" and "[4]-[6]".
        let text = inner.as_str();
        let mut expanded = Vec::new();
        let mut i = 0;
        while i < numbers.len() {
            let (n, span) = numbers[i];
            expanded.push((n, span));
            if let Some(&(m, end_span)) = numbers.get(i + 1) {
                let between = &text[span.end - inner.start()..end_span.start - inner.start()];
                if between.trim().chars().all(|c| matches!(c, '-' | '–' | '—'))
                    && !between.trim().is_empty()
                {
                    if m <= n || m - n > 200 {
                        expanded.clear();
                        break;
                    }
                    expanded.extend((n + 1..m).map(|k| (k, Span::new(span.start, end_span.end))));
                    expanded.push((m, end_span));
                    i += 2;
                    continue;
                }
            }
            i += 1;
        }
        if let Some(end) = caps.name("bend") {
            let (last, last_span) = *expanded.last().unwrap_or(&(0, Span::default()));
            let Ok(m) = end.as_str().parse::<u32>() else {
                continue;
            };
            if m > last && m - last <= 200 {
                expanded.extend((last + 1..m).map(|k| (k, Span::new(last_span.start, end.end()))));
                expanded.push((m, Span::new(end.start(), end.end())));
            }
        }
        for (n, span) in expanded {
            f(Citation {
                span,
                text: n.to_string(),
                target: Target::Number(n),
                narrative: false,
                prefix: None,
                locator: None,
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn numbers(text: &str) -> Vec<u32> {
        find_numeric(text, 20)
            .citations
            .iter()
            .map(|c| match c.target {
                Target::Number(n) => n,
                _ => 0,
            })
            .collect()
    }

    #[test]
    fn forms() {
        assert_eq!(numbers("as in [1]; see [2], [3]"), [1, 2, 3]);
        assert_eq!(
            numbers("[4]-[6] and [7, 8] and [9–11]"),
            [4, 5, 6, 7, 8, 9, 10, 11]
        );
        assert_eq!(
            numbers("Ref. [3] and (12) and <sup>2,3</sup>"),
            [3, 12, 2, 3]
        );
    }

    #[test]
    fn not_citations() {
        assert!(numbers("on the interval [0, 1] in (1979) with (n = 45) (2023 data)").is_empty());
        assert!(numbers("a reversed range [9-3]").is_empty());
    }
}
