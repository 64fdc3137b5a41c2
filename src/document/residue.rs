//! PDF residue: running headers and footers repeated through a converted paper, and bare page
//! numbers. They are found by repetition, not by their wording, so any journal's headers go,
//! also with the page's number before or after them ("6 Journal of Care", "Smith et al. 7").

use crate::span::LineIndex;
use std::collections::{HashMap, HashSet};

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

/// The line without a page number at either end: "6 Journal of Care" and "Journal of Care 7"
/// are one header. `None` if there is no such number.
fn without_page_number(line: &str) -> Option<&str> {
    let t = line.trim();
    let is_number = |w: &str| {
        let w = w.trim_matches(|c: char| c == '|' || c == '-' || c == '–');
        !w.is_empty() && w.len() <= 4 && w.chars().all(|c| c.is_ascii_digit())
    };
    let mut rest = t;
    if let Some((first, tail)) = rest.split_once(char::is_whitespace) {
        if is_number(first) {
            rest = tail.trim_start();
        }
    }
    if let Some((head, last)) = rest.rsplit_once(char::is_whitespace) {
        if is_number(last) {
            rest = head.trim_end();
        }
    }
    (rest.len() < t.len()).then_some(rest)
}

/// For each line (0-based), whether it is PDF residue to be skipped by every later stage.
pub fn find_residue(text: &str, lines: &LineIndex) -> Vec<bool> {
    let count = lines.line_count();
    let prints: Vec<String> = (1..=count)
        .map(|n| {
            let span = lines.line_span(text, n);
            let line = &text[span.start..span.end];
            if line.chars().count() > MAX_HEADER_CHARS || is_heading(line) || is_latex(line) {
                String::new()
            } else {
                fingerprint(line)
            }
        })
        .collect();
    // Each line's print with a page number at either end left out, where it has one.
    let bare: Vec<Option<String>> = (1..=count)
        .map(|n| {
            if prints[n - 1].is_empty() {
                return None;
            }
            let span = lines.line_span(text, n);
            without_page_number(&text[span.start..span.end]).map(fingerprint)
        })
        .collect();
    let mut seen: HashMap<&str, usize> = HashMap::new();
    for (p, b) in prints.iter().zip(&bare) {
        if p.len() >= 6 {
            *seen.entry(p).or_default() += 1;
        }
        if let Some(b) = b.as_deref().filter(|b| b.len() >= 6 && b != p) {
            *seen.entry(b).or_default() += 1;
        }
    }
    let headers: Vec<&str> = seen
        .into_iter()
        .filter(|&(_, n)| n >= MIN_REPEATS)
        .map(|(p, _)| p)
        .collect();
    let header_set: HashSet<&str> = headers.iter().copied().collect();
    (1..=count)
        .map(|n| {
            let p = &prints[n - 1];
            let span = lines.line_span(text, n);
            is_page_number(&text[span.start..span.end])
                || (!p.is_empty() && is_concatenation(p, &headers))
                || bare[n - 1]
                    .as_deref()
                    .is_some_and(|b| b.len() >= 6 && header_set.contains(b))
        })
        .collect()
}

fn is_heading(line: &str) -> bool {
    line.trim_start().starts_with('#')
}

/// A line opening with a LaTeX command (`\end{align*}`, `\begin{cases}`), maybe after the
/// `$$` of display math (`$$\begin{eqnarray}`, docling), or a bare `$$`: converters repeat
/// such lines around every display. No running header is written so, and blanking one would
/// unpair the math around it.
fn is_latex(line: &str) -> bool {
    let t = line.trim();
    let rest = t.trim_start_matches('$');
    (rest.is_empty() && t.starts_with("$$"))
        || rest
            .strip_prefix('\\')
            .is_some_and(|rest| rest.starts_with(|c: char| c.is_ascii_alphabetic()))
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

    /// The lines of `text` that are not residue.
    fn kept_lines(text: &str) -> Vec<&str> {
        let residue = find_residue(text, &LineIndex::new(text));
        text.lines()
            .zip(&residue)
            .filter(|(_, r)| !**r)
            .map(|(l, _)| l)
            .collect()
    }

    #[test]
    fn repeated_headers_and_page_numbers() {
        let text = "Volume: 9, pp. 1-3\nText one.\nISSN 2059-6588\n12\nVolume 9, pp. 1-3\nText two.\n\
                    ISSN: 2059-6588\nVolume: 9, pp. 1-3 ISSN 2059-6588\nText three.\nVolume: 9, pp. 1-3\nISSN 2059-6588\n";
        let kept = kept_lines(text);
        assert_eq!(kept, ["Text one.", "Text two.", "Text three."]);
    }

    #[test]
    fn headers_with_their_page_numbers() {
        let text = "Annals of Care\nA. 1\n6 Annals of Care\nB. 2\nAnnals of Care 7\nC. 3\n\
                    vol. 30, no. 17, pp. 1245-1253, 2008.\n2 Methods\n12 Smith J. Title.\n";
        let kept = kept_lines(text);
        assert_eq!(
            kept,
            [
                "A. 1",
                "B. 2",
                "C. 3",
                "vol. 30, no. 17, pp. 1245-1253, 2008.",
                "2 Methods",
                "12 Smith J. Title."
            ]
        );
    }

    #[test]
    fn latex_display_lines_are_no_headers() {
        let block = "\\begin{align*}\nx & y\n\\end{align*}\n";
        let text = format!(
            "Text one.\n{}Text two.\n{}Text three.\n{}",
            block, block, block
        );
        let kept = kept_lines(&text);
        assert_eq!(kept.iter().filter(|l| l.starts_with("\\end")).count(), 3);
        assert!(is_latex("  \\begin{cases}") && !is_latex("\\[12\\] Smith") && !is_latex("Head"));
        assert!(is_latex("$$\\begin{eqnarray}") && is_latex("$$") && is_latex("\\end{eqnarray}$$"));
        assert!(!is_latex("$5 million") && !is_latex("$") && !is_latex(""));
        // docling's display blocks, each opened by a "$$\begin{...}" line, keep their lines.
        let block = "$$\\begin{eqnarray}\nx [1] y\n\\end{eqnarray}$$\n";
        let text = format!("Text one.\n{block}Text two.\n{block}Text three.\n{block}");
        let kept = kept_lines(&text);
        assert_eq!(kept.iter().filter(|l| l.starts_with("$$")).count(), 3);
    }
}
