//! PDF residue: running headers and footers repeated through a converted paper, and bare page
//! numbers. They are found by repetition, not by their wording, so any journal's headers go.

use crate::span::LineIndex;
use std::collections::HashMap;

/// A line repeated this often (in letters and digits) is a running header or footer.
const MIN_REPEATS: usize = 3;
/// Running headers are short; long repeated lines are more likely real text (a repeated quote).
const MAX_HEADER_CHARS: usize = 160;

/// Letters and digits only, lower-cased: "ISSN: 2059-6588" and "ISSN 2059-6588" are one header.
fn fingerprint(line: &str) -> String {
    line.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

fn is_page_number(line: &str) -> bool {
    let t = line
        .trim()
        .trim_matches(|c: char| c == '-' || c == '–' || c == '|' || c.is_whitespace());
    let t = t
        .strip_prefix("Page ")
        .or_else(|| t.strip_prefix("page "))
        .unwrap_or(t);
    let t = t.split(" of ").next().unwrap_or(t);
    !t.is_empty() && t.len() <= 4 && t.chars().all(|c| c.is_ascii_digit())
}

/// For each line (0-based), whether it is PDF residue to be skipped by every later stage.
pub fn find_residue(text: &str, lines: &LineIndex) -> Vec<bool> {
    let count = lines.line_count();
    let prints: Vec<String> = (1..=count)
        .map(|n| {
            let span = lines.line_span(text, n);
            let line = &text[span.start..span.end];
            if line.chars().count() > MAX_HEADER_CHARS || is_heading(line) {
                String::new()
            } else {
                fingerprint(line)
            }
        })
        .collect();
    let mut seen: HashMap<&str, usize> = HashMap::new();
    for p in prints.iter().filter(|p| p.len() >= 6) {
        *seen.entry(p.as_str()).or_default() += 1;
    }
    let headers: Vec<&str> = seen
        .into_iter()
        .filter(|&(_, n)| n >= MIN_REPEATS)
        .map(|(p, _)| p)
        .collect();
    (1..=count)
        .map(|n| {
            let p = &prints[n - 1];
            let span = lines.line_span(text, n);
            is_page_number(&text[span.start..span.end])
                || (!p.is_empty() && is_concatenation(p, &headers))
        })
        .collect()
}

fn is_heading(line: &str) -> bool {
    line.trim_start().starts_with('#')
}

/// True if `p` is made wholly of known headers, one after another (two headers on one line).
fn is_concatenation(p: &str, headers: &[&str]) -> bool {
    if p.is_empty() {
        return true;
    }
    headers.iter().any(|h| {
        p.strip_prefix(h)
            .is_some_and(|rest| is_concatenation(rest, headers))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repeated_headers_and_page_numbers() {
        let text = "Volume: 9, pp. 1-3\nText one.\nISSN 2059-6588\n12\nVolume 9, pp. 1-3\nText two.\n\
                    ISSN: 2059-6588\nVolume: 9, pp. 1-3 ISSN 2059-6588\nText three.\nVolume: 9, pp. 1-3\nISSN 2059-6588\n";
        let lines = LineIndex::new(text);
        let residue = find_residue(text, &lines);
        let kept: Vec<&str> = text
            .lines()
            .zip(&residue)
            .filter(|(_, r)| !**r)
            .map(|(l, _)| l)
            .collect();
        assert_eq!(kept, ["Text one.", "Text two.", "Text three."]);
    }
}
