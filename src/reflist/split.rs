//! Splitting the lines of a reference section into entries.

use super::lines::{self, Label, Line, Shape};
use super::{runin, Section};
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
    /// The alphabetic label, for lists labelled as alpha styles label them ("BJP12" of
    /// "[BJP12]").
    pub label: Option<String>,
}

impl RawEntry {
    /// The entry parsed into fields, located where it stands in the paper.
    pub fn parse(&self) -> crate::reference::Reference {
        let mut r = crate::reference::parse(&self.text);
        r.line = self.line;
        r.span = self.span;
        r
    }
}

/// A line that is nothing but a URL (a footnote's text).
static BARE_URL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*<?(?:https?|ftp)://\S+?>?[.\s]*$").expect("BARE_URL is a valid regex")
});

/// A line that opens with a place and its publisher: "Cambridge, MA: MIT Press.",
/// "New York: Norton", "Paris, France: Gallimard".
static PLACE_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^\p{Lu}[\p{L}.\-]*(?:\s\p{Lu}[\p{L}.\-]*){0,2}(?:,\s*\p{Lu}[\p{L}.]{1,14})?:\s+\p{Lu}",
    )
    .expect("PLACE_LINE is a valid regex")
});

/// A line that is nothing but an imprint, a reference's last line broken off: "Lyon: Brume,
/// 1990.", "Cambridge, MA: MIT Press, 2001.", "New York: W. W. Norton & Co.; 1999".
static IMPRINT_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^\p{Lu}[\p{L}.\-]*(?:\s\p{Lu}[\p{L}.\-]*){0,2}(?:,\s*\p{Lu}[\p{L}.]{1,14})?:\s+\p{Lu}[^:;()\[\]]{0,80}?(?:[,;]?\s+(?:1[5-9]|20)\d\d[a-z]?)?[.*_]*$",
    )
    .expect("IMPRINT_LINE is a valid regex")
});

/// Does `body`, an imprint alone on its line, end the entry before it? It does when it gives
/// the year the entry lacks ("Lyon: Brume, 1990."; not when both give one, an entry of its own
/// whose title has a colon: "World Bank: Annual Report, 2020."), or, inside a paragraph, when
/// it gives none after a dated entry ("Cambridge, MA: MIT Press."; a paragraph of its own
/// such as "Funding: The Harbour Trust." after the list is none).
fn imprint_goes_on(body: &str, cur: &Joined, after_blank: bool) -> bool {
    IMPRINT_LINE.is_match(body.trim_end())
        && if runin::has_year(body) {
            !cur.has_year
        } else {
            cur.has_year && !after_blank
        }
}

/// The start of an unnumbered reference: "Surname, X", "Surname XY," (Vancouver),
/// "Organisation Name. (2024", "Surname, Given. (", "Given Surname and", a one-word author
/// before a title, italic or quoted too ("Augustine. *Of Harbours*").
static ENTRY_START: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r#"(?x)^(?:
            (?:\p{Ll}{1,3}\s+){0,2}\p{Lu}[\p{L}'’\-]+(?:\s+(?:\p{Ll}{1,3}\s+){0,2}\p{Lu}[\p{L}'’.\-]*){0,2},\s*\p{Lu}
          | \p{Lu}[\p{L}'’\-]+\s+\p{Lu}{1,3}[,.]
          | (?:The\s+)?(?:\p{Lu}[\p{L}&.'’\-]*\s+){0,7}\p{Lu}[\p{L}.'’\-]*\.?,?\s*\(?(?:\p{L}+\.?\s+\d{1,2},\s*)?\d{4}
          | \p{Lu}[\p{L}'’\-]+\.\s+[*_"“]?\p{Lu}
          | \p{Lu}{2,}[\s,]
          | (?:[—―]{2,}|–{3,}|-{3,}|_{3,})\s*[.,]
        )"#,
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

/// An empty anchor a converter leaves as a link target: `<span id="page-9-4"></span>`.
static EMPTY_ANCHOR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"<(?:span|a)\b[^>]*>\s*</(?:span|a)>").expect("EMPTY_ANCHOR is a valid regex")
});

/// Links back to the citing pages at an entry's end, as marker writes them:
/// "2016. [1,](#page-0-1) [5](#page-4-1)".
static BACK_REFERENCES: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:\s*\[[\d,\s–-]*\]\(#page-\d+-\d+\))+\s*$")
        .expect("BACK_REFERENCES is a valid regex")
});

/// A Markdown backslash escape (`\[12\]`, `\_`): the character itself.
static MARKDOWN_ESCAPE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\\([\[\]()_*#.!<>{}`+|&-])").expect("MARKDOWN_ESCAPE is a valid regex")
});

/// The HTML entities converters of XML and HTML leave in Markdown: "R&amp;D", "&lt;15 years".
static HTML_ENTITY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"&(amp|lt|gt|quot|apos|#39|nbsp);").expect("HTML_ENTITY is a valid regex")
});

/// An entry being assembled: joined text plus, for each piece, (offset in text, source offset).
#[derive(Default)]
struct Joined {
    text: String,
    pieces: Vec<(usize, usize)>,
    line: usize,
    /// Source offset where the entry starts (its text, or its label when no text follows it
    /// on the line).
    start: usize,
    end: usize,
    number: Option<u32>,
    label: Option<String>,
    /// Whether the text holds a year yet (an author-date entry run in after it needs one).
    has_year: bool,
}

impl Joined {
    fn push(&mut self, piece: &str, source: usize) {
        if piece.is_empty() {
            return;
        }
        self.has_year = self.has_year || runin::has_year(piece);
        if !self.text.is_empty() {
            let broken_word = self.text.ends_with('-')
                && self.text[..self.text.len() - 1].ends_with(|c: char| c.is_lowercase())
                && piece.starts_with(|c: char| c.is_lowercase());
            // "End-to-" + "end": a compound broken at one of its own hyphens keeps it.
            let compound = broken_word
                && self.text[..self.text.len() - 1]
                    .rsplit(char::is_whitespace)
                    .next()
                    .is_some_and(|w| w.contains('-'));
            if broken_word && !compound {
                self.text.pop();
            } else if !broken_word && !self.text.ends_with('/') {
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

/// How the entries of a list are told apart.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mode {
    /// By their number labels ("[3]", "3.", "\[3\]").
    Numbered,
    /// By list bullets, one per entry (marker, docling, MinerU Markdown).
    Bulleted,
    /// By blank lines and line starts shaped like an entry's start.
    Plain,
}

/// Split the section's lines into entries, skipping residue lines and converter furniture.
pub fn split_entries(doc: &Document, residue: &[bool], section: &Section) -> Vec<RawEntry> {
    let run_in = section.heading_line == Some(section.start);
    let mut shapes: Vec<Shape> = Vec::new();
    for n in section.start..section.end {
        if residue.get(n - 1).copied().unwrap_or(false) {
            shapes.push(Shape::Skipped);
            continue;
        }
        let span = doc.lines.line_span(&doc.text, n);
        let raw = doc.slice(span);
        let unquoted = super::unquote(raw);
        let mut trimmed = unquoted.trim();
        let mut offset = span.start + (raw.len() - unquoted.trim_start().len());
        if run_in && n == section.start {
            // "References Bodenreider, O. 2004. ...": the list starts after its heading.
            let skip = super::run_in_heading_len(trimmed).unwrap_or(0);
            trimmed = &trimmed[skip..];
            offset += skip;
        }
        shapes.push(lines::shape(n, trimmed, offset));
    }
    // A block of another kind after a typed list (the author's own publications, numbered
    // under the same heading) is no part of it: the list ends where that block begins, and
    // its mode is its own entries'.
    shapes.truncate(typed_list_end(&shapes));
    let mode = mode_of(&shapes);

    let mut entries: Vec<Joined> = Vec::new();
    let mut current: Option<Joined> = None;
    let mut after_blank = true;
    let mut skipped = false;
    let mut last_number: Option<u32> = None;
    let mut numbers = Numbers::default();
    // In a numbered list, a paragraph without a label after a finished entry is no part of
    // the list (a page's running title, the next article's heading): it is left out.
    // Likewise in a bulleted list (see `unmarked` below).
    let mut dropping = false;
    // Plain entries started after a blank line, and inside a paragraph: once several entries
    // have each been a paragraph and none has started mid-paragraph, a line inside a
    // paragraph that looks like an entry's start but shows no year ("Washington, DC: World
    // Bank.") goes on with its entry.
    let (mut paragraph_starts, mut inline_starts) = (0usize, 0usize);
    // An empty bullet ("-   ") whose entry the converter indented onto the next line.
    let mut open_bullet = false;
    for shape in &shapes {
        let mut line = match shape {
            Shape::Blank => {
                after_blank = true;
                dropping = false;
                continue;
            }
            Shape::Skipped => {
                skipped = true;
                continue;
            }
            Shape::Bullet => {
                open_bullet = true;
                continue;
            }
            Shape::Text(line) => *line,
        };
        line.bullet |= std::mem::take(&mut open_bullet);
        // In a bulleted list whose converter dropped most numbers, a label that is the
        // entry's place in the list ("3.", "15\\.") marks an entry as a bullet does.
        let place = entries.len() + usize::from(current.is_some()) + 1;
        let placed = line
            .label
            .filter(|l| mode == Mode::Bulleted && !l.bracketed && l.number as usize == place);
        line.bullet |= placed.is_some();
        let line = &line;
        let (number, body, body_offset) = match (line.label, line.key) {
            (Some(label), _) if mode == Mode::Numbered && numbers.plausible(label) => (
                Some(label.number),
                &line.body[label.len..],
                line.offset + label.len,
            ),
            (Some(label), _) if placed.is_some() => (
                Some(label.number),
                &line.body[label.len..],
                line.offset + label.len,
            ),
            (_, Some(key)) if mode != Mode::Numbered => {
                (None, &line.body[key..], line.offset + key)
            }
            _ => (None, line.body, line.offset),
        };
        // A page's footnote of a bare URL, numbered in the footnotes' own run ("[44]
        // http://..."), that a page break dropped between entries: no entry, and the entry
        // before it may go on after it.
        if mode == Mode::Numbered
            && number.is_some_and(|n| last_number.is_some_and(|last| n != last + 1))
            && BARE_URL.is_match(body)
        {
            skipped = true;
            continue;
        }
        // In a bulleted list the same holds for a paragraph without a bullet that does not
        // start like an entry (an appendix or a biography with no heading before it).
        let unmarked = match mode {
            Mode::Numbered => number.is_none(),
            Mode::Bulleted => !line.bullet && line.key.is_none() && !ENTRY_START.is_match(body),
            Mode::Plain => false,
        };
        if unmarked {
            let finished = current
                .as_ref()
                .is_some_and(|c| c.has_year && ends_entry(&c.text));
            let capital = body
                .trim_start_matches(['*', '_'])
                .starts_with(char::is_uppercase);
            dropping = dropping || (after_blank && finished && capital);
            if dropping {
                after_blank = false;
                continue;
            }
        } else {
            dropping = false;
        }
        let starts_new = match &current {
            None => true,
            Some(cur) => match mode {
                // A label alone on its line ("* [1]") takes the text after it, blank or not.
                Mode::Numbered => number.is_some(),
                _ if line.key.is_some() => true,
                // "Lyon: Brume, 1990." broken off the entry before, even as a paragraph.
                _ if imprint_goes_on(body, cur, after_blank) => false,
                Mode::Bulleted if line.bullet => !continues(body, cur),
                Mode::Bulleted => {
                    after_blank
                        && body.starts_with(char::is_uppercase)
                        && ENTRY_START.is_match(body)
                        && ends_entry(&cur.text)
                }
                Mode::Plain if after_blank && skipped => {
                    // A page break (its number, running header or a figure) between two
                    // paragraphs: the second goes on with the entry unless it starts one.
                    ends_entry(&cur.text) || ENTRY_START.is_match(body)
                }
                Mode::Plain => {
                    // "Cambridge, MA: MIT Press." wrapped after a dated entry goes on with it.
                    let imprint =
                        cur.has_year && PLACE_LINE.is_match(body) && !runin::has_year(body);
                    after_blank
                        || (ENTRY_START.is_match(body)
                            && ends_entry(&cur.text)
                            && !imprint
                            && (inline_starts > 0
                                || paragraph_starts < 3
                                || runin::has_year(prefix(body, 100))))
                }
            },
        };
        if starts_new && current.is_some() && mode == Mode::Plain && line.key.is_none() {
            if after_blank {
                paragraph_starts += 1;
            } else {
                inline_starts += 1;
            }
        }
        if starts_new {
            entries.extend(current.take());
            current = Some(Joined {
                line: line.n,
                start: body_offset,
                number,
                label: line
                    .alpha
                    .filter(|_| mode != Mode::Numbered)
                    .map(lines::label_text),
                ..Default::default()
            });
            if number.is_some() {
                last_number = number;
                numbers.see(number);
            }
        }
        // Entries run into this line after its start.
        let mut from = 0;
        if mode == Mode::Numbered {
            let labels: Vec<(usize, usize, u32)> = runin::mid_labels(body, 0).collect();
            for (i, &(label_at, text_at, n)) in labels.iter().enumerate() {
                let ends_before = body[..label_at].trim_end().ends_with(['.', ';', ')']);
                let bracketed = body[label_at..].starts_with(['[', '\\']);
                if label_at < from
                    || !follows(last_number, n, labels.get(i + 1))
                    || !(bracketed || ends_before)
                {
                    continue;
                }
                let cur = current.get_or_insert_with(Joined::default);
                cur.push(body[from..label_at].trim_end(), body_offset + from);
                entries.extend(current.take());
                current = Some(Joined {
                    line: line.n,
                    start: body_offset + text_at,
                    number: Some(n),
                    ..Default::default()
                });
                last_number = Some(n);
                numbers.see(Some(n));
                from = text_at;
            }
        } else {
            let mut year = current.as_ref().is_some_and(|c| c.has_year);
            while let Some((at, text_at)) = runin::next_author_start(body, from, year) {
                let cur = current.get_or_insert_with(Joined::default);
                cur.push(body[from..at].trim_end(), body_offset + from);
                entries.extend(current.take());
                current = Some(Joined {
                    line: line.n,
                    start: body_offset + text_at,
                    ..Default::default()
                });
                from = text_at;
                year = false;
            }
        }
        current
            .get_or_insert_with(Joined::default)
            .push(&body[from..], body_offset + from);
        after_blank = false;
        skipped = false;
    }
    entries.extend(current);
    entries
        .into_iter()
        .flat_map(|e| split_run_together(e, doc))
        .filter(|e| e.text.chars().any(char::is_alphanumeric))
        .collect()
}

/// Does the mid-line label `n` continue the list after `last`? The next number does; one that
/// skips a label or two the converter lost ("... 1997. Graphserver. ... 14. Google") does when
/// the label after it in the line is its own next number.
fn follows(last: Option<u32>, n: u32, next: Option<&(usize, usize, u32)>) -> bool {
    let Some(last) = last else {
        return false;
    };
    n == last + 1 || n > last + 1 && n <= last + 3 && next.is_some_and(|&(_, _, m)| m == n + 1)
}

/// Does a bullet's text go on with the entry before it? It does when it cannot start an
/// entry (lower case, an italic venue, a number) and the entry before is unfinished (no final
/// stop or no year yet), or when it is a scrap such as the end of a DOI ("- 3480569").
fn continues(body: &str, cur: &Joined) -> bool {
    if body.starts_with(char::is_uppercase) || ENTRY_START.is_match(body) {
        return false;
    }
    !ends_entry(&cur.text)
        || !cur.has_year
        || body.chars().filter(|c| c.is_alphabetic()).count() < 3
}

/// Where a block of another kind begins after a typed list: a list numbered from "1." on
/// (its next two labels "2.", "3."), or a run of three bullets, after at least three typed
/// entries (an unmarked line that starts like an entry and names a year) and few marked lines
/// before it; the paragraphs that title the block ("Publications of the author", "a) in
/// journals"), each its own paragraph without a year, go with it. `shapes.len()` when none.
fn typed_list_end(shapes: &[Shape]) -> usize {
    let (mut typed, mut labelled, mut bulleted) = (0usize, 0usize, 0usize);
    let mut bullet_before = false;
    for (i, shape) in shapes.iter().enumerate() {
        let line = match shape {
            Shape::Text(line) => line,
            Shape::Bullet => {
                bullet_before = true;
                continue;
            }
            _ => continue,
        };
        let bullet = line.bullet || std::mem::take(&mut bullet_before);
        let rest = || {
            shapes[i + 1..].iter().filter_map(|s| match s {
                Shape::Text(l) => Some(l),
                _ => None,
            })
        };
        if let Some(label) = line.label {
            let counts_on = || {
                rest()
                    .filter_map(|l| l.label)
                    .take(2)
                    .map(|l| l.number)
                    .eq([2, 3])
            };
            if label.number == 1 && typed >= 3 && labelled * 4 <= typed && counts_on() {
                return block_title_start(shapes, i);
            }
            labelled += 1;
        } else if bullet {
            let bullets_on = || rest().take(2).filter(|l| l.bullet).count() == 2;
            if typed >= 3 && bulleted == 0 && labelled * 4 <= typed && bullets_on() {
                return block_title_start(shapes, i);
            }
            bulleted += 1;
        } else if line.key.is_none()
            && ENTRY_START.is_match(line.body)
            && runin::has_year(prefix(line.body, 300))
        {
            typed += 1;
        }
    }
    shapes.len()
}

/// The first of the lines before `at` that title a block: paragraphs of their own (a blank
/// line before each) without a year, short or not ending as a sentence does; or, in a list
/// without blank lines (a PDF's text), short lines without digits or a final stop between a
/// line that ends an entry and the block.
fn block_title_start(shapes: &[Shape], at: usize) -> usize {
    let mut start = at;
    let mut i = at;
    while i > 0 {
        i -= 1;
        match &shapes[i] {
            Shape::Blank | Shape::Skipped => continue,
            Shape::Text(line) => {
                let own_paragraph = i == 0 || matches!(shapes[i - 1], Shape::Blank);
                let body = line.body.trim_end();
                let title =
                    !runin::has_year(body) && (body.chars().count() <= 80 || !body.ends_with('.'));
                if !(own_paragraph && title) {
                    break;
                }
                start = i;
            }
            Shape::Bullet => break,
        }
    }
    if start < at {
        return start;
    }
    let mut run = at;
    for (i, shape) in shapes[..at].iter().enumerate().rev() {
        match shape {
            Shape::Skipped => continue,
            Shape::Text(line) => {
                let body = line.body.trim_end();
                let title = body.chars().count() <= 80
                    && !body.ends_with('.')
                    && !body.contains(|c: char| c.is_ascii_digit());
                if !title {
                    return if ends_entry(body) { run } else { at };
                }
                run = i;
            }
            Shape::Blank | Shape::Bullet => break,
        }
    }
    at
}

/// Numbered if most lines carry a label, or if labels (at line starts or run into a line)
/// count up from the first line on;
/// bulleted if bullets open a good share of the lines.
fn mode_of(shapes: &[Shape]) -> Mode {
    let lines: Vec<&Line> = shapes
        .iter()
        .filter_map(|s| match s {
            Shape::Text(line) => Some(line),
            _ => None,
        })
        .collect();
    let numbered = lines.iter().filter(|l| l.label.is_some()).count();
    // Bullets with no label on them (a line after an empty bullet is that bullet's): where
    // they are as many as the labels, the bullets mark the entries and the labels are the
    // few a converter kept.
    let bare_bullets = shapes
        .iter()
        .zip(std::iter::once(&Shape::Blank).chain(shapes))
        .filter(|(s, before)| match s {
            Shape::Text(l) => (l.bullet || matches!(before, Shape::Bullet)) && l.label.is_none(),
            _ => false,
        })
        .count();
    if bare_bullets >= 2 && bare_bullets >= numbered {
        return Mode::Bulleted;
    }
    // Labels in reading order, those run into the middle of a line too ("2001. [2] J. Brook").
    let labels: Vec<u32> = lines
        .iter()
        .flat_map(|l| {
            let from = l.label.map_or(0, |label| label.len);
            l.label
                .map(|label| label.number)
                .into_iter()
                .chain(runin::mid_labels(l.body, from).map(|(_, _, n)| n))
        })
        .collect();
    let steps = labels.windows(2).filter(|w| w[1] == w[0] + 1).count();
    let first_labelled = lines.first().is_some_and(|l| l.label.is_some());
    if numbered * 2 > lines.len().max(1)
        || numbered >= 3 && numbered * 3 > lines.len()
        || first_labelled && steps >= 2 && steps * 2 >= numbered
    {
        return Mode::Numbered;
    }
    let bullets = lines.iter().filter(|l| l.bullet || l.key.is_some()).count();
    if bullets >= 2 && bullets * 4 >= lines.len() {
        Mode::Bulleted
    } else {
        Mode::Plain
    }
}

/// The list numbers met so far, to tell a label from a wrapped line that starts with a
/// number ("2020. Springer").
#[derive(Default)]
struct Numbers {
    seen: std::collections::HashSet<u32>,
    max: Option<u32>,
}

impl Numbers {
    /// A bracketed label always is one; another is one if its number is new and not far past
    /// the highest so far (two-column pages can put 10-19 after 20-25, so not "the next").
    fn plausible(&self, label: Label) -> bool {
        label.bracketed
            || self
                .max
                .is_none_or(|max| !self.seen.contains(&label.number) && label.number <= max + 20)
    }

    fn see(&mut self, number: Option<u32>) {
        if let Some(n) = number {
            self.seen.insert(n);
            self.max = self.max.max(Some(n));
        }
    }
}

/// Does this text end where a reference could end (not mid-sentence)?
/// The first `n` bytes of `text`, cut back to a character boundary.
fn prefix(text: &str, n: usize) -> &str {
    let mut end = n.min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

fn ends_entry(text: &str) -> bool {
    let t = text.trim_end_matches(['*', '_', ' ', '"', '”', '’', '\'']);
    t.ends_with(['.', ')', ']', '>'])
        || t.ends_with(|c: char| c.is_ascii_digit())
        || t.rsplit(' ')
            .next()
            .is_some_and(|w| w.contains("://") || w.contains(".com") || w.contains(".org"))
}

/// Split an entry that holds two references run together, and finish each entry's text.
fn split_run_together(joined: Joined, doc: &Document) -> Vec<RawEntry> {
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
        let start = if from == 0 {
            joined.start
        } else {
            joined.source_offset(from)
        };
        let end = if to == joined.text.len() {
            joined.end
        } else {
            joined.source_offset(to)
        };
        out.push(RawEntry {
            text: clean(piece),
            span: Span::new(start, end.max(start)),
            line: if from == 0 {
                joined.line
            } else {
                doc.lines.line(start)
            },
            number: if from == 0 { joined.number } else { None },
            label: if from == 0 {
                joined.label.clone()
            } else {
                None
            },
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
    let text = BACK_REFERENCES.replace(text, "");
    let text = HTML_ENTITY.replace_all(&text, |c: &regex::Captures<'_>| {
        match &c[1] {
            "amp" => "&",
            "lt" => "<",
            "gt" => ">",
            "quot" => "\"",
            "apos" | "#39" => "'",
            _ => " ", // "&nbsp;"
        }
        .to_string()
    });
    let text = ANCHOR.replace_all(&text, "$1");
    let text = EMPTY_ANCHOR.replace_all(&text, "");
    MARKDOWN_ESCAPE
        .replace_all(&text, "$1")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    #[test]
    fn entry_starts() {
        for yes in [
            "Smith, J. 2001.",
            "van Dijk, T. A.",
            "Michiel de Jong, Yury Zemlyanskiy, and W. Cohen. 2022.",
            "Hyung Won Chung, Le Hou. 2022.",
            "Daniel Y. Fu, Tri Dao. 2022.",
            "Smith J, Jones K.",
            "WHO. 2020.",
            "Augustine. *Of Harbours*. Vol. 2.",
            "Anonymous. “Salt Roads.” *Harbour Studies*",
            "———. *Salt Roads*. Lyon: Brume, 1990.",
            "---------. \"Ferry Tolls.\" *Harbour Studies* 3 (2001): 4--9.",
        ] {
            assert!(ENTRY_START.is_match(yes), "{yes}");
        }
        for no in ["and then, As", "the results of the", "In this work we"] {
            assert!(!ENTRY_START.is_match(no), "{no}");
        }
    }

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
    fn footnote_urls_between_numbered_entries() {
        let got = split("1. Aho, A. Compilers. 1986. [Available online.][44].\n[44] http://example.org/a.pdf\n[45] https://example.org/b\n2. Berry, G. The machine. 1990.\n3. Lee, K. Web page. https://example.org/c\n");
        let lines: Vec<(usize, Option<u32>)> = got.iter().map(|e| (e.0, e.1)).collect();
        assert_eq!(lines, [(1, Some(1)), (4, Some(2)), (5, Some(3))]);
        assert!(
            BARE_URL.is_match("https://example.org/b.") && BARE_URL.is_match("<ftp://x.org/y>")
        );
        assert!(!BARE_URL.is_match("Lee, K. https://example.org/c"));
    }

    #[test]
    fn a_repeated_author_dash_starts_an_entry_without_a_blank_line() {
        // A hanging-indent bibliography read from a PDF: no blank lines, no indentation.
        let got = split("Amsel, Tova. *Salt Roads*. Lyon: Brume,\n1990.\n———. *Ferry Tolls and\nHarbours*. Oslo: Fjord, 2001.\nBerg, Ivo. *Nets*. Oslo: Fjord, 2003.\n");
        let texts: Vec<&str> = got.iter().map(|e| e.2.as_str()).collect();
        assert_eq!(
            texts,
            [
                "Amsel, Tova. *Salt Roads*. Lyon: Brume, 1990.",
                "———. *Ferry Tolls and Harbours*. Oslo: Fjord, 2001.",
                "Berg, Ivo. *Nets*. Oslo: Fjord, 2003."
            ]
        );
    }

    #[test]
    fn a_one_word_author_before_an_italic_title_starts_an_entry() {
        // One entry a line, as a hanging bibliography read from a PDF: the middle entry's
        // author is one name, and its series after "Vol. 2." reads like a run-in entry's names.
        let got = split("Amsel, Tova. *Salt Roads*. Lyon: Brume, 1990.\nAugustine. *Of Harbours and Tolls*. Vol. 2. Sancti Ioannis S. R. E. Opera Omnia. Saltmarsh: Ex Typographia S. Marci, 1888.\nBerg, Ivo. *Nets*. Oslo: Fjord, 2003.\n");
        let texts: Vec<&str> = got.iter().map(|e| e.2.as_str()).collect();
        assert_eq!(
            texts,
            [
                "Amsel, Tova. *Salt Roads*. Lyon: Brume, 1990.",
                "Augustine. *Of Harbours and Tolls*. Vol. 2. Sancti Ioannis S. R. E. Opera Omnia. Saltmarsh: Ex Typographia S. Marci, 1888.",
                "Berg, Ivo. *Nets*. Oslo: Fjord, 2003."
            ]
        );
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
    fn a_numbered_block_after_a_typed_list_ends_it() {
        // One paragraph a line, as a Word file reads: a typed author-date list, then under
        // the same heading the author's own publications, numbered from 1.
        let list = "Abbott, R. Rivers and their banks. *Journal of Water* 2001;3(2):1-9.\n\nBaker, S. Coasts. *Shore Studies* 2003;5:10-20.\n\nCarver, T. and Doyle, M. Tides. In, *Sea Days*. Lyon: Brume; 2010. p. 3-4.\n\nDoyle, M. Salt. *Marine Letters* 2012;8:1-2.\n\nPublications of the author on the theme\n\na) in journals with an impact factor\n\n1. Doyle Mara, Carver Tom. Salt and tides. Marine Letters 2015, 9: 1-12.\n\n2. M. Doyle, T. Carver. Wave models. Sea Journal 2014, 3: 5-6.\n\nb) other\n\n3. Mara Doyle: Notes on salt, Proceedings of Shores 2013, 7-8.\n";
        let got = split(list);
        let starts: Vec<(usize, Option<u32>)> = got.iter().map(|e| (e.0, e.1)).collect();
        assert_eq!(
            starts,
            [(1, None), (3, None), (5, None), (7, None)],
            "{got:?}"
        );
        assert!(got[3].2.ends_with("2012;8:1-2."), "{:?}", got[3]);
        // The same without blank lines, as a PDF's text has it.
        let tight: String = list
            .lines()
            .filter(|l| !l.is_empty())
            .map(|l| format!("{l}\n"))
            .collect();
        let got = split(&tight);
        assert_eq!(got.len(), 4, "{got:?}");
        assert!(got[3].2.ends_with("2012;8:1-2."), "{:?}", got[3]);
        // A typed list followed by a bulleted block ends there too.
        let bulleted = "Abbott, R. (2001). Rivers. *Water*, 3, 1-9.\n\nBaker, S. (2003). Coasts. *Shore*, 5, 10-20.\n\nCarver, T. (2010). Tides. *Sea*, 2, 3-4.\n\nOther work\n\n- Doyle, M. (2015). Salt. *Marine*, 9, 1-12.\n- Doyle, M. (2014). Waves. *Sea*, 3, 5-6.\n- Doyle, M. (2013). Notes. *Shores*, 7, 7-8.\n";
        assert_eq!(split(bulleted).len(), 3);
    }

    #[test]
    fn a_numbered_list_keeps_its_entries() {
        // Labels lost before the first number, or a list numbered from its start: no cut.
        let list = "Abbott, R. Rivers. Water 2001;3:1-9.\nBaker, S. Coasts. Shore 2003;5:10-20.\nCarver, T. Tides. Sea 2010;2:3-4.\n4. Doyle, M. Salt. Marine 2012;8:1-2.\n5. Evans, K. Wind. Air 2013;1:1-3.\n6. Fox, L. Rain. Air 2014;2:4-5.\n";
        let numbers: Vec<Option<u32>> = split(list).iter().map(|e| e.1).collect();
        assert!(
            numbers.ends_with(&[Some(4), Some(5), Some(6)]),
            "{numbers:?}"
        );
        let numbered = "1. Abbott, R. Rivers. Water 2001;3:1-9.\n2. Baker, S. Coasts. Shore 2003;5:10-20.\n3. Carver, T. Tides. Sea 2010;2:3-4.\n";
        assert_eq!(split(numbered).len(), 3);
    }

    #[test]
    fn a_wrapped_imprint_is_no_entry() {
        assert!(PLACE_LINE.is_match("Cambridge, MA: MIT Press."));
        assert!(PLACE_LINE.is_match("New York: W. W. Norton."));
        assert!(!PLACE_LINE.is_match("Smith, J. 2001. Title: subtitle."));
        assert!(!PLACE_LINE.is_match("Baker, S. (2003). Coasts."));
        let entries = split(
            "Abbott, R. 2001. A book about rivers.\nCambridge, MA: MIT Press.\nBaker, S. 2003. Coasts. London: Verso.\n",
        );
        assert_eq!(entries.len(), 2, "{entries:?}");
    }

    #[test]
    fn a_wrapped_imprint_with_its_year_goes_on() {
        for yes in [
            "Lyon: Brume, 1990.",
            "Cambridge, MA: MIT Press, 2001.",
            "New York: W. W. Norton & Co.; 1999",
            "Berlin, Heidelberg: Springer",
        ] {
            assert!(IMPRINT_LINE.is_match(yes), "{yes}");
        }
        for no in [
            "Smith, J. 2001. Title: subtitle.",
            "Baker, S. (2003). Coasts. London: Verso.",
            "Lyon: Brume, 1990. A second sentence: more (2).",
        ] {
            assert!(!IMPRINT_LINE.is_match(no), "{no}");
        }
        // A Chicago list whose imprints a converter broke off, on a line or a paragraph of
        // their own; an entry of its own with a colon and a year after a dated entry stays.
        let list = "Amsel, Tova. *Salt Roads of the North*.\nCambridge, MA: Fjord Press, 1990.\nBerg, Ivo. *Nets and Lines*.\n\nLyon: Brume, 2003.\n\nCole, Ada. *Tides*. Oslo: Fjord, 2004.\n\nWorld Bank: Annual Report, 2020.\n\nFunding: The Harbour Trust.\n";
        let texts: Vec<String> = split(list).into_iter().map(|e| e.2).collect();
        assert_eq!(
            texts,
            [
                "Amsel, Tova. *Salt Roads of the North*. Cambridge, MA: Fjord Press, 1990.",
                "Berg, Ivo. *Nets and Lines*. Lyon: Brume, 2003.",
                "Cole, Ada. *Tides*. Oslo: Fjord, 2004.",
                "World Bank: Annual Report, 2020.",
                "Funding: The Harbour Trust.",
            ]
        );
    }

    #[test]
    fn paragraphed_entries_keep_a_yearless_line_that_looks_like_a_start() {
        // Entries set off by blank lines (as a PDF with paragraph spacing reads): a wrapped
        // "Washington, DC: World Bank." goes on; a run of entries without blanks still splits.
        let list = "Alvarez, M. 2018. Money. Austin: Press.\n\nChen, L. 2020. Costs.\nJournal 4.\n\nKarimi, R. 2015. Oil. Journal 7.\n\nWorld Bank. 2022. Brief 37: Headwinds.\nWashington, DC: World Bank.\n\nZhang, L. 2019. One. Press.\nZhou, K. 2020. Two. Press.\n";
        let starts: Vec<usize> = split(list).iter().map(|g| g.0).collect();
        assert_eq!(starts, [1, 3, 6, 8, 11, 12]);
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
    fn alphabetic_labels_go_with_their_entries() {
        let doc = Document::from_text(
            Path::new("t.md"),
            "- <span id=\"page-7-1\"></span>[RWC<sup>+</sup>19] A. Radford and J. Wu. Models.\n  2019.\n- \\[Knu84\\] D. Knuth. Orbit data. 1984.\n"
                .to_string(),
            Vec::new(),
        )
        .unwrap();
        let section = Section {
            heading_line: None,
            start: 1,
            end: 4,
        };
        let got: Vec<(String, Option<String>)> = split_entries(&doc, &[false; 3], &section)
            .into_iter()
            .map(|e| (e.text, e.label))
            .collect();
        assert_eq!(
            got,
            [
                (
                    "A. Radford and J. Wu. Models. 2019.".to_string(),
                    Some("RWC+19".to_string())
                ),
                (
                    "D. Knuth. Orbit data. 1984.".to_string(),
                    Some("Knu84".to_string())
                ),
            ]
        );
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

    #[test]
    fn html_entities_are_their_characters() {
        let got =
            split("- Ames K. Plans for R&amp;D in children &lt;15 years. Lond: Press (2001).\n");
        assert_eq!(
            got[0].2,
            "Ames K. Plans for R&D in children <15 years. Lond: Press (2001)."
        );
    }
}
