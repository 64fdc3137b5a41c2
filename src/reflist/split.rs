//! Splitting the lines of a reference section into entries.

use super::Section;
use crate::document::Document;
use crate::span::Span;
use regex::Regex;
use std::sync::LazyLock;

/// One entry's text, joined into one line, with where it came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RawEntry {
    pub text: String,
    pub span: Span,
    /// 1-based line where the entry starts.
    pub line: usize,
    /// The list number, for numbered lists ("[3]", "3.", "(3)").
    pub number: Option<u32>,
}

/// "[12] ", "12. ", "(12) ", "12 " before a capital: a numbered entry's label.
static NUMBER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*(?:\[(\d{1,5})\]|\((\d{1,5})\)|(\d{1,5})\.(?:\s|$)|(\d{1,5})\s+\p{Lu})\s*")
        .expect("NUMBER is a valid regex")
});

/// List bullets from Markdown or Word.
static BULLET: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\s*(?:[-*+•▪◦]\s+)").expect("BULLET is a valid regex"));

/// The start of an unnumbered reference: "Surname, X", "Surname XY," (Vancouver),
/// "Organisation Name. (2024", "Surname, Given. (", "Given Surname and".
static ENTRY_START: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?x)^(?:
            (?:\p{Ll}{1,3}\s+){0,2}\p{Lu}[\p{L}'’\-]+(?:\s+\p{Lu}[\p{L}'’\-]+)?,\s*\p{Lu}
          | \p{Lu}[\p{L}'’\-]+\s+\p{Lu}{1,3}[,.]
          | (?:The\s+)?(?:\p{Lu}[\p{L}&.'’\-]*\s+){0,7}\p{Lu}[\p{L}.'’\-]*\.?,?\s*\(?(?:\p{L}+\.?\s+\d{1,2},\s*)?\d{4}
          | \p{Lu}[\p{L}'’\-]+\.\s+\p{Lu}
          | \p{Lu}{2,}[\s,]
        )",
    )
    .expect("ENTRY_START is a valid regex")
});

/// A second entry run into the same line as the first: ". Dawn. (January 18, 2024)".
static RUN_TOGETHER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"[.!?][*_”’']*\s+(\p{Lu}[^.()*]{0,80}?\.\s*\((?:\p{L}+\.?\s+\d{1,2},\s*|\d{1,2}\s+\p{L}+\.?\s+)?\d{4}[a-z]?\))",
    )
    .expect("RUN_TOGETHER is a valid regex")
});

/// `<a href="URL">TEXT</a>` as left by HTML or PDF conversion: keep the visible text.
static ANCHOR: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r#"(?is)<a\s[^>]*>(.*?)</a>"#).expect("ANCHOR is a valid regex"));

/// An entry being assembled: joined text plus, for each piece, (offset in text, source offset).
#[derive(Default)]
struct Joined {
    text: String,
    pieces: Vec<(usize, usize)>,
    line: usize,
    end: usize,
    number: Option<u32>,
}

impl Joined {
    fn push(&mut self, piece: &str, source: usize) {
        if !self.text.is_empty() {
            let dehyphenate = self.text.ends_with('-')
                && self.text[..self.text.len() - 1].ends_with(|c: char| c.is_lowercase())
                && piece.starts_with(|c: char| c.is_lowercase());
            if dehyphenate {
                self.text.pop();
            } else if !self.text.ends_with('/') {
                self.text.push(' ');
            }
        }
        self.pieces.push((self.text.len(), source));
        self.text.push_str(piece);
        self.end = source + piece.len();
    }

    fn source_offset(&self, pos: usize) -> usize {
        let i = self
            .pieces
            .partition_point(|&(at, _)| at <= pos)
            .saturating_sub(1);
        self.pieces.get(i).map_or(0, |&(at, src)| src + (pos - at))
    }
}

/// Split the section's lines into entries, skipping residue lines.
pub fn split_entries(doc: &Document, residue: &[bool], section: &Section) -> Vec<RawEntry> {
    // (line number, trimmed text, source offset of the trimmed text); None marks a blank line.
    let mut lines: Vec<Option<(usize, &str, usize)>> = Vec::new();
    for n in section.start..section.end {
        if residue.get(n - 1).copied().unwrap_or(false) {
            continue;
        }
        let span = doc.lines.line_span(&doc.text, n);
        let raw = doc.slice(span);
        let trimmed = raw.trim();
        if trimmed.is_empty() {
            lines.push(None);
        } else {
            let offset = span.start + (raw.len() - raw.trim_start().len());
            lines.push(Some((n, trimmed, offset)));
        }
    }
    let content: Vec<&(usize, &str, usize)> = lines.iter().flatten().collect();
    let numbered = content
        .iter()
        .filter(|(_, t, _)| number_of(t).is_some())
        .count();
    let numbered_mode =
        numbered * 2 > content.len().max(1) || numbered >= 3 && numbered * 3 > content.len();

    let mut entries: Vec<Joined> = Vec::new();
    let mut current: Option<Joined> = None;
    let mut after_blank = true;
    for line in &lines {
        let Some((n, text, offset)) = *line else {
            after_blank = true;
            continue;
        };
        let (number, body, body_offset) = if numbered_mode {
            match NUMBER.captures(text) {
                Some(c) => {
                    let whole = c.get(0).map_or(0, |m| m.end());
                    // "12 Smith" keeps the capital that the pattern looked at.
                    let skip = if c.get(4).is_some() {
                        c.get(4).map_or(0, |m| m.end())
                    } else {
                        whole
                    };
                    let skip = text[skip..].len() - text[skip..].trim_start().len() + skip;
                    let num = (1..=4)
                        .find_map(|i| c.get(i))
                        .and_then(|m| m.as_str().parse().ok());
                    (num, &text[skip..], offset + skip)
                }
                None => (None, text, offset),
            }
        } else {
            match BULLET.find(text) {
                Some(m) => (None, &text[m.end()..], offset + m.end()),
                None => (None, text, offset),
            }
        };
        let starts_new = match &current {
            None => true,
            Some(cur) if numbered_mode => number.is_some() || (after_blank && cur.text.is_empty()),
            Some(cur) => after_blank || (ENTRY_START.is_match(body) && ends_entry(&cur.text)),
        };
        if starts_new {
            entries.extend(current.take());
            current = Some(Joined {
                line: n,
                number,
                ..Default::default()
            });
        }
        if let Some(cur) = current.as_mut() {
            cur.push(body, body_offset);
        }
        after_blank = false;
    }
    entries.extend(current);
    entries
        .into_iter()
        .flat_map(split_run_together)
        .filter(|e| e.text.chars().any(char::is_alphanumeric))
        .collect()
}

fn number_of(text: &str) -> Option<u32> {
    let c = NUMBER.captures(text)?;
    (1..=4)
        .find_map(|i| c.get(i))
        .and_then(|m| m.as_str().parse().ok())
}

/// Does this text end where a reference could end (not mid-sentence)?
fn ends_entry(text: &str) -> bool {
    let t = text.trim_end_matches(['*', '_', ' ', '"', '”', '’', '\'']);
    t.ends_with(['.', ')', ']', '>'])
        || t.ends_with(|c: char| c.is_ascii_digit())
        || t.rsplit(' ')
            .next()
            .is_some_and(|w| w.contains("://") || w.contains(".com") || w.contains(".org"))
}

/// Split an entry that holds two references run together, and finish each entry's text.
fn split_run_together(joined: Joined) -> Vec<RawEntry> {
    let mut cuts: Vec<usize> = RUN_TOGETHER
        .captures_iter(&joined.text)
        .filter_map(|c| c.get(1))
        .map(|m| m.start())
        .filter(|&at| at > 0)
        .collect();
    // Only split when the entry also starts in the same way, so that a title holding
    // "Name. (2020)" is not cut in two.
    if !cuts.is_empty() && !starts_like_run_together(&joined.text) {
        cuts.clear();
    }
    cuts.push(joined.text.len());
    let mut out = Vec::new();
    let mut from = 0;
    for to in cuts {
        let piece = joined.text[from..to].trim();
        let start = joined.source_offset(from);
        let end = if to == joined.text.len() {
            joined.end
        } else {
            joined.source_offset(to)
        };
        out.push(RawEntry {
            text: clean(piece),
            span: Span::new(start, end.max(start)),
            line: joined.line,
            number: if from == 0 { joined.number } else { None },
        });
        from = to;
    }
    out
}

fn starts_like_run_together(text: &str) -> bool {
    RUN_TOGETHER
        .captures(&format!(". {text}"))
        .and_then(|c| c.get(1))
        .is_some_and(|m| m.start() == 2)
}

fn clean(text: &str) -> String {
    ANCHOR
        .replace_all(text, "$1")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    fn split(text: &str) -> Vec<(usize, Option<u32>, String)> {
        let doc = Document::from_text(Path::new("t.md"), text.to_string(), Vec::new()).unwrap();
        let residue = vec![false; doc.lines.line_count()];
        let section = Section {
            heading_line: None,
            start: 1,
            end: doc.lines.line_count() + 1,
        };
        split_entries(&doc, &residue, &section)
            .into_iter()
            .map(|e| (e.line, e.number, e.text))
            .collect()
    }

    #[test]
    fn paragraphs_and_wrapped_lines() {
        let got = split("Alvarez, M. (2018). A long title that\nwraps over lines. *Journal*, 3, 1-2.\n\nBrandt, K. (2021). Inter-\nnational work. Press.\n");
        assert_eq!(
            got,
            vec![
                (
                    1,
                    None,
                    "Alvarez, M. (2018). A long title that wraps over lines. *Journal*, 3, 1-2."
                        .into()
                ),
                (
                    4,
                    None,
                    "Brandt, K. (2021). International work. Press.".into()
                ),
            ]
        );
    }

    #[test]
    fn one_entry_per_line_with_hanging_wraps() {
        let got = split("Chen, L., & Okafor, N. (2020). Title one. Journal, 4, 5-6.\nNovak, J., Lee, K., & Park, S. (2019). Title\ntwo. Press.\nWorld Health Organization. (2022). Report. WHO.\n");
        let starts: Vec<usize> = got.iter().map(|g| g.0).collect();
        assert_eq!(starts, [1, 2, 4]);
    }

    #[test]
    fn numbered_lists() {
        for text in [
            "[1] A. Author, \"T,\" J., 2019.\n[2] B. Author,\n\"U,\" 2020.\n",
            "1. Smith JA. T. J. 2019;1:2.\n2. Jones B. U. 2020.\n",
            "(1) Smith, T. 2019.\n(2) Jones, U. 2020.\n",
        ] {
            let got = split(text);
            assert_eq!(
                got.iter().map(|g| g.1).collect::<Vec<_>>(),
                [Some(1), Some(2)],
                "{text}"
            );
            assert!(!got[1].2.starts_with(['[', '(', '2']), "{:?}", got[1]);
        }
    }

    #[test]
    fn two_entries_run_together() {
        let got = split("Dawn. (January 18, 2024). *Tehran Ties*. Dawn. (January 18, 2024). *Panic Grips Koh-I-Sabz*.\n");
        assert_eq!(got.len(), 2);
        assert_eq!(
            got[1].2,
            "Dawn. (January 18, 2024). *Panic Grips Koh-I-Sabz*."
        );
    }

    #[test]
    fn anchors_become_their_text() {
        let got =
            split("Khalid, I. (2024). *Why*. <a href=\"https://x.org/a\">https://x.org/a</a>.\n");
        assert_eq!(got[0].2, "Khalid, I. (2024). *Why*. https://x.org/a.");
    }
}
