//! Where a paper's notes live: Markdown footnotes (`[^1]` in the text, `[^1]: ...` below,
//! later paragraphs indented), a "Notes" or "Endnotes" section of numbered lines, or numbered
//! notes at the foot of each page of a PDF-converted text. Each is found as a [`Located`] note:
//! its label, the span of its text, and the line ranges it covers (to keep them out of the
//! reference list).

use crate::span::{LineIndex, Span};
use regex::Regex;
use std::collections::HashMap;
use std::sync::LazyLock;

/// A note found in the text, not yet read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Located {
    /// As written: "1", "note-a".
    pub label: String,
    /// The note's number: as numbered, or (Markdown) its place in the order of its marks.
    pub number: u32,
    /// The note's text, from after the label to the end of its last line.
    pub span: Span,
    /// First and last line (1-based, inclusive) the note takes up.
    pub lines: (usize, usize),
    /// Where the text points at it (Markdown `[^1]`).
    pub mark: Option<Span>,
}

/// A Markdown footnote definition: `[^1]: text`, up to three spaces in.
static MD_DEFINITION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^ {0,3}\[\^([^\]\s]{1,40})\]:[ \t]*").expect("MD_DEFINITION is a valid regex")
});

/// A Markdown footnote mark in running text: `[^1]` not followed by a colon.
static MD_MARK: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\[\^([^\]\s]{1,40})\]").expect("MD_MARK is a valid regex"));

/// The heading of a section of endnotes: "Notes", "## Endnotes", "**NOTES**", "Footnotes:".
static NOTES_HEADING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\s*(?:\#{1,6}\s*)?(?:\*\*|__)?\s*(?:notes|endnotes|footnotes)\s*:?\s*(?:\*\*|__)?\s*$")
        .expect("NOTES_HEADING is a valid regex")
});

/// A numbered note line: "1 Richard White, ...", "12. Ibid.", "[3] See ...", "3) ...".
static NUMBERED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s{0,3}(?:\[(\d{1,3})\]|(\d{1,3})[.)]?)\s+(\S)")
        .expect("NUMBERED is a valid regex")
});

/// Any Markdown or numbered heading line that ends a section of notes.
static HEADING: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\s{0,3}\#{1,6}\s").expect("HEADING is a valid regex"));

fn line_text<'t>(text: &'t str, lines: &LineIndex, n: usize) -> &'t str {
    let span = lines.line_span(text, n);
    &text[span.start..span.end]
}

fn is_blank(line: &str) -> bool {
    line.trim().is_empty()
}

/// Markdown footnotes, numbered in the order their marks first appear (definitions never
/// marked come after, in the order written).
pub fn markdown(text: &str, lines: &LineIndex) -> Vec<Located> {
    let count = lines.line_count();
    let mut notes = Vec::new();
    let mut n = 1;
    while n <= count {
        let line = line_text(text, lines, n);
        let Some(m) = MD_DEFINITION.captures(line) else {
            n += 1;
            continue;
        };
        let start = lines.line_span(text, n).start + m.get(0).map_or(0, |g| g.end());
        let first = n;
        let mut last = n;
        let mut k = n + 1;
        // Lazy continuation lines, then indented paragraphs after blank lines.
        while k <= count {
            let next = line_text(text, lines, k);
            if is_blank(next) {
                let mut j = k;
                while j <= count && is_blank(line_text(text, lines, j)) {
                    j += 1;
                }
                if j <= count && is_indented(line_text(text, lines, j)) {
                    k = j;
                    continue;
                }
                break;
            }
            if MD_DEFINITION.is_match(next) || (k > last + 1 && !is_indented(next)) {
                break;
            }
            if HEADING.is_match(next) {
                break;
            }
            last = k;
            k += 1;
        }
        let end = lines.line_span(text, last).end;
        notes.push(Located {
            label: m[1].to_string(),
            number: 0,
            span: Span::new(start.min(end), end),
            lines: (first, last),
            mark: None,
        });
        n = last + 1;
    }
    if notes.is_empty() {
        return notes;
    }
    number_by_marks(text, lines, &mut notes);
    notes
}

fn is_indented(line: &str) -> bool {
    line.starts_with("    ") || line.starts_with('\t')
}

/// Give each Markdown note its mark and its number (the order of first marks), and put the
/// notes in that order.
fn number_by_marks(text: &str, lines: &LineIndex, notes: &mut [Located]) {
    let by_label: HashMap<String, usize> = notes
        .iter()
        .enumerate()
        .map(|(i, n)| (n.label.clone(), i))
        .collect();
    let inside = |offset: usize| {
        let line = lines.line(offset);
        notes
            .binary_search_by(|n| {
                if line < n.lines.0 {
                    std::cmp::Ordering::Greater
                } else if line > n.lines.1 {
                    std::cmp::Ordering::Less
                } else {
                    std::cmp::Ordering::Equal
                }
            })
            .is_ok()
    };
    let mut order = Vec::new();
    let mut marked = vec![None; notes.len()];
    for m in MD_MARK.captures_iter(text) {
        let whole = m
            .get(0)
            .map_or(Span::default(), |g| Span::new(g.start(), g.end()));
        if text[whole.end..].starts_with(':') || inside(whole.start) {
            continue;
        }
        if let Some(&i) = by_label.get(&m[1]) {
            if marked[i].is_none() {
                marked[i] = Some(whole);
                order.push(i);
            }
        }
    }
    let unmarked: Vec<usize> = (0..notes.len()).filter(|&i| marked[i].is_none()).collect();
    let reading: Vec<usize> = order.iter().chain(&unmarked).copied().collect();
    // Numbered labels keep their numbers when they count up in reading order ([^1], [^2]);
    // other labels are numbered by their place.
    let labels: Vec<Option<u32>> = reading
        .iter()
        .map(|&i| notes[i].label.parse().ok())
        .collect();
    let counting = labels.iter().all(Option::is_some) && labels.windows(2).all(|w| w[0] < w[1]);
    let mut number = vec![0u32; notes.len()];
    for (place, &i) in reading.iter().enumerate() {
        number[i] = match labels[place] {
            Some(n) if counting => n,
            _ => u32::try_from(place + 1).unwrap_or(u32::MAX),
        };
    }
    for (i, note) in notes.iter_mut().enumerate() {
        note.number = number[i];
        note.mark = marked[i];
    }
    notes.sort_by_key(|n| n.number);
}

/// Numbered notes under a "Notes" (or "Endnotes") heading, up to the next heading. Each note
/// runs until the line that starts the next number.
pub fn endnotes(text: &str, lines: &LineIndex, residue: &[bool]) -> Vec<Located> {
    let count = lines.line_count();
    let mut notes = Vec::new();
    let mut n = 1;
    while n <= count {
        if !NOTES_HEADING.is_match(line_text(text, lines, n)) {
            n += 1;
            continue;
        }
        let mut k = n + 1;
        let mut expected = notes.last().map_or(1, |l: &Located| l.number + 1);
        let first_here = notes.len();
        while k <= count {
            let line = line_text(text, lines, k);
            if residue.get(k - 1).copied().unwrap_or(false) || is_blank(line) {
                k += 1;
                continue;
            }
            if let Some(number) = numbered(line) {
                // A fresh count may start under a second heading (notes per chapter).
                if number == expected || (number == 1 && notes.len() == first_here) {
                    expected = number + 1;
                    notes.push(numbered_note(text, lines, k, number));
                    k += 1;
                    continue;
                }
            }
            if HEADING.is_match(line) || is_section_heading(line) {
                break;
            }
            // A continuation of the note before.
            if notes.len() == first_here {
                break;
            }
            if let Some(last) = notes.last_mut() {
                extend(last, text, lines, k);
            }
            k += 1;
        }
        n = k;
    }
    notes
}

/// A line that heads another section (a bibliography, an appendix) in plain text.
fn is_section_heading(line: &str) -> bool {
    let t = line.trim().trim_matches(['*', '_', ':']).trim();
    let lower = t.to_lowercase();
    matches!(
        lower.as_str(),
        "bibliography" | "references" | "works cited" | "sources" | "appendix" | "notes"
    ) || lower.starts_with("appendix ")
        || lower.starts_with("table of ")
}

fn numbered(line: &str) -> Option<u32> {
    let c = NUMBERED.captures(line)?;
    c.get(1).or(c.get(2))?.as_str().parse().ok()
}

fn numbered_note(text: &str, lines: &LineIndex, n: usize, number: u32) -> Located {
    let span = lines.line_span(text, n);
    let line = &text[span.start..span.end];
    let start = NUMBERED
        .captures(line)
        .and_then(|c| c.get(3))
        .map_or(span.start, |g| span.start + g.start());
    Located {
        label: number.to_string(),
        number,
        span: Span::new(start, span.end),
        lines: (n, n),
        mark: None,
    }
}

fn extend(note: &mut Located, text: &str, lines: &LineIndex, n: usize) {
    note.span.end = lines.line_span(text, n).end;
    note.lines.1 = n;
}

/// Notes at the foot of each page of a converted PDF: numbered lines, counting up from 1
/// across the text (`until` is the first line not searched: the reference list's). A line
/// is taken for note `k` only when `looks_like_note` says its text reads as a citation, and a
/// note runs on over following lines up to a blank line, residue or the next note.
pub fn page_foot(
    text: &str,
    lines: &LineIndex,
    residue: &[bool],
    until: usize,
    looks_like_note: impl Fn(&str) -> bool,
) -> Vec<Located> {
    let mut notes: Vec<Located> = Vec::new();
    let mut expected = 1;
    let mut open = false;
    for n in 1..until.min(lines.line_count() + 1) {
        let line = line_text(text, lines, n);
        if residue.get(n - 1).copied().unwrap_or(false) || is_blank(line) {
            open = false;
            continue;
        }
        if let Some(number) = numbered(line) {
            // The next number, or one skipped (a note with no citation in it).
            if (number == expected || number == expected + 1) && {
                // The note's first lines: a citation may break across them.
                let note = numbered_note(text, lines, n, number);
                let mut end = note.span.end;
                for k in n + 1..(n + 3).min(until) {
                    let next = line_text(text, lines, k);
                    if is_blank(next)
                        || residue.get(k - 1).copied().unwrap_or(false)
                        || numbered(next).is_some()
                    {
                        break;
                    }
                    end = lines.line_span(text, k).end;
                }
                looks_like_note(&text[note.span.start..end])
            } {
                notes.push(numbered_note(text, lines, n, number));
                expected = number + 1;
                open = true;
                continue;
            }
        }
        if open {
            if let Some(last) = notes.last_mut() {
                extend(last, text, lines, n);
            }
        }
    }
    notes
}

#[cfg(test)]
mod tests {
    use super::*;

    fn labels(notes: &[Located], text: &str) -> Vec<(String, u32, String, (usize, usize))> {
        notes
            .iter()
            .map(|n| {
                (
                    n.label.clone(),
                    n.number,
                    text[n.span.start..n.span.end].to_string(),
                    n.lines,
                )
            })
            .collect()
    }

    fn own(v: &[(&str, u32, &str, (usize, usize))]) -> Vec<(String, u32, String, (usize, usize))> {
        v.iter()
            .map(|(a, b, c, d)| (a.to_string(), *b, c.to_string(), *d))
            .collect()
    }

    #[test]
    fn markdown_notes_are_numbered_by_their_marks_and_keep_indented_paragraphs() {
        let text = "Text.[^b] More.[^a]\n\n[^a]: Second note,\ncontinued lazily.\n\n    A second paragraph.\n\n[^b]: First note.\n\nBody again.\n";
        let lines = LineIndex::new(text);
        let notes = markdown(text, &lines);
        assert_eq!(
            labels(&notes, text),
            own(&[
                ("b", 1, "First note.", (8, 8)),
                (
                    "a",
                    2,
                    "Second note,\ncontinued lazily.\n\n    A second paragraph.",
                    (3, 6)
                ),
            ])
        );
        assert_eq!(notes[0].mark, Some(Span::new(5, 9)));
        assert_eq!(notes[1].mark, Some(Span::new(15, 19)));
    }

    #[test]
    fn the_regexes_take_what_they_should() {
        assert!(MD_DEFINITION.is_match("[^12]: Ibid."));
        assert!(MD_DEFINITION.is_match("   [^n1]: x"));
        assert!(!MD_DEFINITION.is_match("    [^1]: code"));
        assert!(!MD_DEFINITION.is_match("[1]: http://link"));
        assert!(MD_MARK.is_match("start.[^1] Next"));
        for heading in ["Notes", "## Endnotes", "**NOTES**", "Footnotes:"] {
            assert!(NOTES_HEADING.is_match(heading), "{heading}");
        }
        assert!(!NOTES_HEADING.is_match("Notes on method"));
        assert_eq!(numbered("1 Richard White, The"), Some(1));
        assert_eq!(numbered("12. Ibid."), Some(12));
        assert_eq!(numbered("[3] See"), Some(3));
        assert_eq!(numbered("1995 was a year"), None);
        assert_eq!(numbered("Text 1 here"), None);
    }

    #[test]
    fn endnotes_run_from_the_heading_to_the_next_heading() {
        let text = "Body.1\n\nNotes\n\n1 Richard White, The Organic Machine\n(New York: Hill and Wang, 1995), 45.\n2. Ibid., 72.\n\nBibliography\n\nWhite, Richard. The Organic Machine. 1995.\n";
        let lines = LineIndex::new(text);
        let notes = endnotes(text, &lines, &vec![false; lines.line_count()]);
        assert_eq!(
            labels(&notes, text),
            own(&[
                (
                    "1",
                    1,
                    "Richard White, The Organic Machine\n(New York: Hill and Wang, 1995), 45.",
                    (5, 6)
                ),
                ("2", 2, "Ibid., 72.", (7, 7)),
            ])
        );
    }

    #[test]
    fn page_foot_notes_count_up_and_skip_lines_that_are_not_notes() {
        let text = "Body text.1 More.2\n1 Richard White, The Organic Machine (New York:\nHill and Wang, 1995), 45.\n2 Intro heading\n\n12\nMore body.3\n2 Ibid., 72.\n3 White, Organic Machine, 60.\n";
        let lines = LineIndex::new(text);
        let residue = vec![false; lines.line_count()];
        let looks = |t: &str| t.contains("Ibid") || t.contains(", 19") || t.contains(", 60");
        let notes = page_foot(text, &lines, &residue, lines.line_count() + 1, looks);
        assert_eq!(
            labels(&notes, text),
            own(&[
                (
                    "1",
                    1,
                    "Richard White, The Organic Machine (New York:\nHill and Wang, 1995), 45.\n2 Intro heading",
                    (2, 4)
                ),
                ("2", 2, "Ibid., 72.", (8, 8)),
                ("3", 3, "White, Organic Machine, 60.", (9, 9)),
            ])
        );
    }
}
