//! A page's glyphs laid out as lines in reading order: glyphs joined into runs on one
//! baseline (raised smaller glyphs kept as superscripts), runs split into one or two columns,
//! columns read top to bottom, left column first, with full-width runs (a title, a wide
//! figure) breaking the page into bands read in turn. Italic text is written `*…*`, as the
//! Markdown a paper's source would have, for the reference parser's titles and containers.

use super::glyphs::{Glyph, RawPage};

/// A line of a page as a reader reads it.
#[derive(Debug, Clone, PartialEq)]
pub struct Line {
    /// The text, superscript citations written `<sup>2,3</sup>`, italics `*…*`.
    pub text: String,
    pub x0: f32,
    pub baseline: f32,
    pub size: f32,
    /// A wider gap than the page's line pitch comes before this line (a new paragraph,
    /// a heading).
    pub gap_before: bool,
    /// The line opens with an italic run (`text` starts with its `*`).
    pub italic_head: bool,
    /// The line ends in an italic run (`text` ends with its `*`).
    pub italic_tail: bool,
    /// The line opens with a raised number, as a footnote does: `text` starts with it and a
    /// space.
    pub mark: Option<u32>,
}

/// How a glyph sits on its run's baseline.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Role {
    Normal,
    Raised,
}

/// Glyphs on one baseline with no gap wider than [`MAX_GAP`] ems between them.
#[derive(Debug)]
struct Run<'a> {
    glyphs: Vec<(&'a Glyph, Role)>,
    /// A space glyph came after the glyph at this index.
    spaces: Vec<usize>,
    x0: f32,
    x1: f32,
    baseline: f32,
    size: f32,
}

/// The widest gap, in ems, inside a run: wider gaps are column gutters or table cells.
const MAX_GAP: f32 = 1.5;
/// A gap of this many ems between glyphs is a space between words.
const SPACE_GAP: f32 = 0.15;

impl<'a> Run<'a> {
    fn new(g: &'a Glyph) -> Self {
        Run {
            glyphs: vec![(g, Role::Normal)],
            spaces: Vec::new(),
            x0: g.x,
            x1: g.end(),
            baseline: g.y,
            size: g.size,
        }
    }

    /// Take `g` into this run if it continues it, and say how it sits.
    fn take(&mut self, g: &'a Glyph) -> bool {
        let gap = g.x - self.x1;
        let size = self.size.max(g.size);
        if gap < -0.5 * size || gap > MAX_GAP * size {
            return false;
        }
        let rise = self.baseline - g.y;
        let role = if rise.abs() <= 0.25 * self.size {
            Role::Normal
        } else if g.size < 0.9 * self.size && rise > 0.15 * self.size && rise < 0.8 * self.size {
            Role::Raised
        } else if g.size * 0.9 > self.size
            && -rise > 0.15 * g.size
            && -rise < 0.8 * g.size
            && self.glyphs.iter().all(|(o, _)| o.size < 0.9 * g.size)
        {
            // The run so far was raised above this glyph's baseline: an opening superscript.
            for (_, role) in &mut self.glyphs {
                *role = Role::Raised;
            }
            self.baseline = g.y;
            self.size = g.size;
            Role::Normal
        } else if is_accent(&g.text) && rise.abs() < 0.9 * self.size {
            Role::Normal
        } else {
            return false;
        };
        self.glyphs.push((g, role));
        self.x1 = self.x1.max(g.end());
        self.x0 = self.x0.min(g.x);
        true
    }

    /// The italic glyphs from the one at `i` on: where they end (or the first letter or digit
    /// among them is), and whether they reach a letter or digit.
    fn italic_stretch(&self, i: usize) -> (usize, bool) {
        for (j, (g, role)) in self.glyphs.iter().enumerate().skip(i) {
            if !g.italic || *role != Role::Normal {
                return (j, false);
            }
            if g.text.starts_with(char::is_alphanumeric) {
                return (j, true);
            }
        }
        (self.glyphs.len(), false)
    }

    /// The run's text: spaces where the gaps are, accents put on their letters, superscript
    /// numbers as `<sup>…</sup>`, italics opened and closed (`italic` says whether the text
    /// before ended in one).
    fn text(&self, out: &mut String, italic: &mut bool) {
        let mut i = 0;
        let mut last_end = f32::NEG_INFINITY;
        let mut spaces = self.spaces.iter().peekable();
        // Glyphs before this index are known to reach no italic letter (see `italic_stretch`).
        let mut no_letter_until = 0;
        while i < self.glyphs.len() {
            let (g, role) = self.glyphs[i];
            let gap = g.x - last_end;
            let spaced = spaces.peek().is_some_and(|&&s| s + 1 == i);
            if spaced {
                spaces.next();
            }
            if i > 0 && (spaced || gap > SPACE_GAP * self.size) && !out.ends_with(' ') {
                out.push(' ');
            }
            if role == Role::Normal && !is_accent(&g.text) {
                emphasis(out, italic, g, || {
                    if i < no_letter_until {
                        return false;
                    }
                    let (end, letter) = self.italic_stretch(i);
                    if !letter {
                        no_letter_until = end;
                    }
                    letter
                });
            }
            if role == Role::Raised {
                let start = i;
                while i < self.glyphs.len() && self.glyphs[i].1 == Role::Raised {
                    i += 1;
                }
                let raised: String = self.glyphs[start..i]
                    .iter()
                    .map(|(g, _)| g.text.as_str())
                    .collect();
                // A citation ends where the word does ("trials.²³ Next", "group¹²."); a raised
                // group run on into letters or brackets is chemistry or maths ("[Ca²⁺]i").
                let last = self.glyphs[i - 1].0;
                let ends_word = self.glyphs.get(i).is_none_or(|(next, _)| {
                    next.x - last.end() > SPACE_GAP * self.size
                        || self.spaces.contains(&(i - 1))
                        || next.text.starts_with(['.', ',', ';', ':'])
                });
                if ends_word && is_citation_numbers(&raised) {
                    out.push_str("<sup>");
                    out.push_str(raised.trim());
                    out.push_str("</sup>");
                } else if start == 0 && is_citation_numbers(&raised) {
                    // A footnote's or an affiliation's mark, kept apart from its first word.
                    out.push_str(raised.trim());
                    out.push(' ');
                } else {
                    out.push_str(&raised);
                }
                last_end = self.glyphs[i - 1].0.end();
                continue;
            }
            if is_accent(&g.text) {
                if let Some(next) = self.glyphs.get(i + 1).map(|(n, _)| *n) {
                    if next.x < g.x + g.width * 0.8 && !is_accent(&next.text) {
                        emphasis(out, italic, next, || false);
                        push_accented(out, &next.text, &g.text);
                        last_end = next.end().max(g.end());
                        i += 2;
                        continue;
                    }
                }
                if g.x < last_end - g.width * 0.2 {
                    let base = out.pop().map(String::from).unwrap_or_default();
                    push_accented(out, &base, &g.text);
                    i += 1;
                    continue;
                }
            }
            if is_accent(&g.text) {
                emphasis(out, italic, g, || false);
            }
            out.push_str(&g.text);
            last_end = g.end();
            i += 1;
        }
    }
}

/// Open or close an italic run before glyph `g`. A run opens on a letter or digit, or on a
/// mark when italic glyphs run from it to a letter or digit (`reaches_letter`: a title's
/// "; Edition and Analysis" at a line's start, its italic run begun on the line before); an
/// italic comma or bracket alone is no emphasis. A run closes before the space that ends it,
/// as Markdown wants (`*Title*, *12*(3)`).
fn emphasis(out: &mut String, open: &mut bool, g: &Glyph, reaches_letter: impl FnOnce() -> bool) {
    if g.italic == *open
        || (g.italic && !g.text.starts_with(char::is_alphanumeric) && !reaches_letter())
    {
        return;
    }
    if g.italic {
        out.push('*');
    } else {
        close_emphasis(out);
    }
    *open = g.italic;
}

/// Close an open italic run at the end of `out`, before any space it ends with.
fn close_emphasis(out: &mut String) {
    let spaced = out.ends_with(' ');
    if spaced {
        out.pop();
    }
    out.push('*');
    if spaced {
        out.push(' ');
    }
}

/// Spacing accents as TeX's OT1 fonts draw them, over or under a letter drawn separately.
fn is_accent(text: &str) -> bool {
    combining(text).is_some()
}

fn combining(text: &str) -> Option<char> {
    Some(match text {
        "\u{B4}" | "\u{2CA}" => '\u{301}',
        "`" | "\u{2CB}" => '\u{300}',
        "\u{A8}" => '\u{308}',
        "\u{2C6}" | "^" => '\u{302}',
        "\u{2DC}" | "~" => '\u{303}',
        "\u{B8}" => '\u{327}',
        "\u{2C7}" => '\u{30C}',
        "\u{2D8}" => '\u{306}',
        "\u{AF}" | "\u{2C9}" => '\u{304}',
        "\u{2DA}" => '\u{30A}',
        "\u{2D9}" => '\u{307}',
        "\u{2DD}" => '\u{30B}',
        "\u{2DB}" => '\u{328}',
        _ => return None,
    })
}

fn push_accented(out: &mut String, base: &str, accent: &str) {
    use unicode_normalization::UnicodeNormalization;
    let mark = combining(accent).map(String::from).unwrap_or_default();
    // A dotless i under an accent is an i.
    let base = if base == "\u{131}" { "i" } else { base };
    out.extend(format!("{base}{mark}").nfc());
}

/// A raised group that is a list of citation numbers: `2`, `2,3`, `4–6`, `1, 5-7`.
fn is_citation_numbers(raised: &str) -> bool {
    let t = raised.trim();
    t.starts_with(|c: char| c.is_ascii_digit())
        && t.ends_with(|c: char| c.is_ascii_digit())
        && t.chars()
            .all(|c| c.is_ascii_digit() || matches!(c, ',' | ';' | '-' | '–' | '—' | ' '))
}

/// Runs in the order the page draws them.
fn runs(page: &RawPage) -> Vec<Run<'_>> {
    let mut runs: Vec<Run<'_>> = Vec::new();
    let mut space = false;
    for g in &page.glyphs {
        if g.text.trim().is_empty() {
            space = true;
            continue;
        }
        let continued = runs.last_mut().is_some_and(|run| {
            if !run.take(g) {
                return false;
            }
            if space {
                run.spaces.push(run.glyphs.len() - 2);
            }
            true
        });
        if !continued {
            runs.push(Run::new(g));
        }
        space = false;
    }
    runs
}

/// The x of a gutter between two columns, if the page has one: the place in the middle half
/// of the page with the most runs wholly on its poorer side, crossed by few runs (a title, a
/// wide figure), with a fifth of the runs or more on either side.
fn gutter(runs: &[Run<'_>], width: f32) -> Option<f32> {
    if runs.len() < 8 || !(width.is_finite() && width > 0.0) {
        return None;
    }
    let cells = (width.min(5000.0) as usize).max(1);
    let cell = |x: f32| (x.max(0.0) as usize).min(cells - 1);
    // Per cell: runs covering it (a difference array), runs ending at it, runs starting at it.
    let mut diff = vec![0i32; cells + 1];
    let (mut ends, mut starts) = (vec![0usize; cells], vec![0usize; cells]);
    for r in runs {
        let (a, b) = (cell(r.x0), cell(r.x1));
        // A run wider than half the page is a full-width line (an abstract, a title above
        // the columns), which `lines` reads as a band of its own: it crosses the gutter
        // without hiding it.
        if b > a + 1 && r.x1 - r.x0 <= width / 2.0 {
            diff[a + 1] += 1;
            diff[b] -= 1;
        }
        ends[b] += 1;
        starts[a] += 1;
    }
    let n = runs.len();
    let mut right_of: Vec<usize> = vec![0; cells + 1];
    for x in (0..cells).rev() {
        right_of[x] = right_of[x + 1] + starts[x];
    }
    let (from, to) = (cells / 4, cells * 3 / 4);
    let mut covered = Vec::with_capacity(cells);
    let mut sum = 0i32;
    for d in &diff[..cells] {
        sum += d;
        covered.push(sum.max(0) as usize);
    }
    let mut left_of = 0usize;
    let mut best: Option<(usize, usize)> = None; // (score, x)
    for x in 0..to {
        if x >= from && covered[x] * 5 <= n {
            let score = left_of.min(right_of[x]);
            if best.is_none_or(|(s, _)| score > s) {
                best = Some((score, x));
            }
        }
        left_of += ends[x];
    }
    let (score, x) = best?;
    if score * 5 < n {
        return None;
    }
    // The gutter's middle: the middle of the least-crossed stretch near `x` (the best split
    // may sit just beside it, where a hyphen or a list label juts out).
    let near = x.saturating_sub(20)..(x + 21).min(cells);
    let least = covered[near.clone()].iter().copied().min().unwrap_or(0);
    let at = near
        .filter(|&i| covered[i] == least)
        .min_by_key(|&i| i.abs_diff(x))
        .unwrap_or(x);
    let first = (0..=at)
        .rev()
        .take_while(|&i| covered[i] == least)
        .last()
        .unwrap_or(at);
    let last = (at..cells)
        .take_while(|&i| covered[i] == least)
        .last()
        .unwrap_or(at);
    Some((first + last) as f32 / 2.0)
}

/// The page's lines in reading order.
pub fn lines(page: &RawPage) -> Vec<Line> {
    let runs = runs(page);
    let mut order: Vec<&Run<'_>> = runs.iter().collect();
    order.sort_by(|a, b| {
        a.baseline
            .total_cmp(&b.baseline)
            .then(a.x0.total_cmp(&b.x0))
    });
    let mut lines = Vec::new();
    match gutter(&runs, page.width) {
        None => lay_column(&order, &mut lines),
        Some(x) => {
            let (mut left, mut right) = (Vec::new(), Vec::new());
            for run in order {
                // A glyph jutting a point or two into the gutter does not make a run span it.
                if run.x1 <= x + 2.0 {
                    left.push(run);
                } else if run.x0 >= x - 2.0 {
                    right.push(run);
                } else {
                    // A full-width run closes the band above it.
                    lay_column(&left, &mut lines);
                    lay_column(&right, &mut lines);
                    left.clear();
                    right.clear();
                    lay_column(&[run], &mut lines);
                }
            }
            lay_column(&left, &mut lines);
            lay_column(&right, &mut lines);
        }
    }
    lines
}

/// Lines of one column from its runs (sorted top to bottom): runs on one baseline are one line.
fn lay_column(runs: &[&Run<'_>], lines: &mut Vec<Line>) {
    let mut i = 0;
    while i < runs.len() {
        let first = runs[i];
        let mut j = i + 1;
        while j < runs.len() && same_line(first, runs[j]) {
            j += 1;
        }
        let mut same: Vec<&Run<'_>> = runs[i..j].to_vec();
        same.sort_by(|a, b| a.x0.total_cmp(&b.x0));
        let mut text = String::new();
        let mut italic = false;
        for run in &same {
            if !text.is_empty() {
                text.push(' ');
            }
            run.text(&mut text, &mut italic);
        }
        if italic {
            close_emphasis(&mut text);
        }
        let (opener, role) = same[0].glyphs[0];
        // The raised number a line opens with, run into its first word (LaTeX) or set apart
        // by a space (word processors: written as a superscript citation).
        let mark = (role == Role::Raised)
            .then(|| text.split_once(' '))
            .flatten()
            .and_then(|(number, _)| {
                let number = number
                    .strip_prefix("<sup>")
                    .and_then(|n| n.strip_suffix("</sup>"))
                    .unwrap_or(number);
                number.parse().ok()
            });
        lines.push(Line {
            mark,
            italic_head: role == Role::Normal && opener.italic && text.starts_with('*'),
            italic_tail: italic,
            text,
            x0: same[0].x0,
            baseline: first.baseline,
            size: same.iter().map(|r| r.size).fold(0.0, f32::max),
            gap_before: false,
        });
        i = j;
    }
}

/// Do two runs sit on one baseline? Near enough for the smaller of their sizes: a run set
/// many times larger (a figure's label drawn at the wrong scale, a drop cap) is no reason to
/// take in the lines of the text beside it.
fn same_line(a: &Run<'_>, b: &Run<'_>) -> bool {
    (b.baseline - a.baseline).abs() <= 0.3 * a.size.min(b.size)
}

/// The leading of most lines in a row, as a share of their size: the step from one line to
/// the next below it over the larger size of the two, over the pages given; the most common
/// step, or the median if that is smaller (a page of one-line references with space between
/// them is mostly gaps, and so is a word processor's list with space after each paragraph).
pub fn pitch<'a>(pages: impl IntoIterator<Item = &'a [Line]>) -> Option<f32> {
    let mut steps: Vec<f32> = pages
        .into_iter()
        .flat_map(|lines| {
            lines
                .windows(2)
                .map(|w| (w[1].baseline - w[0].baseline) / w[0].size.max(w[1].size))
        })
        .filter(|d| d.is_finite() && *d > 0.0)
        .collect();
    if steps.is_empty() {
        return None;
    }
    let mid = steps.len() / 2;
    let median = *steps.select_nth_unstable_by(mid, f32::total_cmp).1;
    // Steps counted in buckets of a fiftieth of the size, between a tight leading and a
    // triple one.
    let mut buckets = [0usize; 150];
    for &d in &steps {
        if (0.8..3.0).contains(&d) {
            buckets[(d * 50.0) as usize] += 1;
        }
    }
    let (most, count) = buckets
        .iter()
        .enumerate()
        .max_by_key(|&(i, &n)| (n, std::cmp::Reverse(i)))?;
    let mode = (most as f32 + 0.5) / 50.0;
    Some(if *count == 0 {
        median
    } else {
        mode.min(median)
    })
}

/// Mark lines that follow a wider gap than the document's leading (`pitch`, a share of the
/// lines' size).
pub fn mark_gaps(lines: &mut [Line], pitch: f32) {
    for i in 1..lines.len() {
        lines[i].gap_before = is_gap(&lines[i - 1], &lines[i], pitch);
    }
}

/// Does `line` stand a wider gap below `before` than the leading `pitch` (a share of the
/// lines' size)?
pub fn is_gap(before: &Line, line: &Line, pitch: f32) -> bool {
    let step = line.baseline - before.baseline;
    // A line's own leading is about 1.2 times its size: a larger title is not a gap.
    let size = line.size.max(before.size);
    step > (pitch * 1.2).max(1.3) * size
}

#[cfg(test)]
mod tests {
    use super::*;

    fn glyphs(text: &str, x: f32, y: f32, size: f32) -> Vec<Glyph> {
        let mut x = x;
        text.chars()
            .map(|c| {
                let g = Glyph {
                    x,
                    y,
                    width: size * 0.5,
                    size,
                    text: c.to_string().into(),
                    italic: false,
                };
                x += size * 0.5;
                g
            })
            .collect()
    }

    fn page(parts: &[(&str, f32, f32, f32)]) -> RawPage {
        RawPage {
            width: 600.0,
            glyphs: parts
                .iter()
                .flat_map(|&(t, x, y, s)| glyphs(t, x, y, s))
                .collect(),
        }
    }

    fn texts(page: &RawPage) -> Vec<String> {
        lines(page).into_iter().map(|l| l.text).collect()
    }

    #[test]
    fn a_run_set_far_larger_takes_in_no_lines_beside_it() {
        // A figure's label drawn many times its size between two lines of text: its baseline
        // is within a third of its own size of both, but not of theirs, so both lines stay
        // whole and the heading stays a line of its own.
        let p = page(&[
            ("the last line of a paragraph.", 72.0, 288.0, 10.0),
            ("Q", 300.0, 294.0, 80.0),
            ("References:", 72.0, 300.0, 10.0),
            ("[1] A. Author, A title (2001).", 72.0, 312.0, 10.0),
        ]);
        let t = texts(&p);
        assert!(
            t.contains(&"the last line of a paragraph.".to_string()),
            "{t:?}"
        );
        assert!(t.contains(&"References:".to_string()), "{t:?}");
        assert!(
            t.contains(&"[1] A. Author, A title (2001).".to_string()),
            "{t:?}"
        );
    }

    #[test]
    fn raised_small_numbers_are_superscripts() {
        // "trials.²³ Next" and "ratio¹⁰": the raised glyphs are smaller and above the baseline.
        let p = page(&[
            ("trials.", 100.0, 100.0, 10.0),
            ("2,3", 135.0, 96.0, 7.0),
            ("Next", 150.0, 100.0, 10.0),
        ]);
        assert_eq!(texts(&p), ["trials.<sup>2,3</sup> Next"]);
        let p = page(&[("x", 100.0, 100.0, 10.0), ("th", 105.0, 96.0, 7.0)]);
        assert_eq!(texts(&p), ["xth"]);
        // Run on into a bracket: not a citation.
        let p = page(&[
            ("[Ca", 100.0, 100.0, 10.0),
            ("21", 115.0, 96.0, 7.0),
            ("]i", 122.0, 100.0, 10.0),
        ]);
        assert_eq!(texts(&p), ["[Ca21]i"]);
        let p = page(&[
            ("group", 100.0, 100.0, 10.0),
            ("12", 125.0, 96.0, 7.0),
            (".", 132.0, 100.0, 10.0),
        ]);
        assert_eq!(texts(&p), ["group<sup>12</sup>."]);
    }

    /// A page of one line: the parts in order, the italic ones as `*…*` in `marked`.
    fn italic_line(marked: &str) -> RawPage {
        let mut glyphs = Vec::new();
        let mut x = 50.0;
        let mut italic = false;
        for c in marked.chars() {
            if c == '*' {
                italic = !italic;
                continue;
            }
            glyphs.push(Glyph {
                x,
                y: 100.0,
                width: 5.0,
                size: 10.0,
                text: c.to_string().into(),
                italic,
            });
            x += 5.0;
        }
        RawPage {
            width: 600.0,
            glyphs,
        }
    }

    #[test]
    fn italics_are_marked_as_markdown_emphasis() {
        let got = lines(&italic_line("Brandt. *Journal of Health, 91*(4), 301."));
        assert_eq!(got[0].text, "Brandt. *Journal of Health, 91*(4), 301.");
        assert!(!got[0].italic_head && !got[0].italic_tail);
        // The space after an italic word, and an italic comma alone, stay outside.
        let got = lines(&italic_line("In *Health*, *(*12) *Sleep Health*"));
        assert_eq!(got[0].text, "In *Health*, (12) *Sleep Health*");
        assert!(got[0].italic_tail);
        let got = lines(&italic_line("*Oxford Review* of"));
        assert_eq!(got[0].text, "*Oxford Review* of");
        assert!(got[0].italic_head && !got[0].italic_tail);
        // An italic mark opens the run when italic letters follow it: a title's rest at a
        // line's start, an italic quotation.
        let got = lines(&italic_line("*; Ledgers and Leases*. Saltmarsh"));
        assert_eq!(got[0].text, "*; Ledgers and Leases*. Saltmarsh");
        assert!(got[0].italic_head && !got[0].italic_tail);
        let got = lines(&italic_line("In *“Salt” Roads*, 12"));
        assert_eq!(got[0].text, "In *“Salt” Roads*, 12");
    }

    #[test]
    fn a_line_opening_with_a_superscript() {
        let p = page(&[("1", 100.0, 96.0, 7.0), ("Note", 104.0, 100.0, 10.0)]);
        assert_eq!(texts(&p), ["1 Note"]);
        assert_eq!(lines(&p)[0].mark, Some(1));
        let p = page(&[("12", 100.0, 100.0, 10.0), (" Note", 110.0, 100.0, 10.0)]);
        assert_eq!(lines(&p)[0].mark, None);
    }

    #[test]
    fn two_columns_read_left_then_right_below_a_full_width_title() {
        let mut parts = vec![(
            "A title that spans both columns of the page",
            100.0,
            50.0,
            12.0,
        )];
        for i in 0..6 {
            let y = 100.0 + 12.0 * i as f32;
            parts.push(("left column", 50.0, y, 10.0));
            parts.push(("right column", 320.0, y, 10.0));
        }
        let got = texts(&page(&parts));
        assert_eq!(got[0], "A title that spans both columns of the page");
        assert!(got[1..7].iter().all(|l| l == "left column"), "{got:?}");
        assert!(got[7..].iter().all(|l| l == "right column"), "{got:?}");
    }

    #[test]
    fn one_column_lines_stay_whole() {
        let parts: Vec<_> = (0..10)
            .map(|i| {
                (
                    "a long line of text that crosses the middle of the page",
                    50.0,
                    100.0 + 12.0 * i as f32,
                    10.0,
                )
            })
            .collect();
        let got = texts(&page(&parts));
        assert_eq!(got.len(), 10);
    }

    #[test]
    fn accents_drawn_apart_join_their_letters() {
        // OT1 draws "é" as an acute accent over an e.
        let p = RawPage {
            width: 600.0,
            glyphs: vec![
                Glyph {
                    x: 100.0,
                    y: 100.0,
                    width: 5.0,
                    size: 10.0,
                    italic: false,
                    text: "\u{B4}".into(),
                },
                Glyph {
                    x: 100.0,
                    y: 100.0,
                    width: 5.0,
                    size: 10.0,
                    italic: false,
                    text: "e".into(),
                },
                Glyph {
                    x: 105.0,
                    y: 100.0,
                    width: 5.0,
                    size: 10.0,
                    italic: false,
                    text: "t".into(),
                },
            ],
        };
        assert_eq!(texts(&p), ["\u{e9}t"]);
    }

    #[test]
    fn citation_number_groups() {
        assert!(is_citation_numbers("2,3"));
        assert!(is_citation_numbers("6–8"));
        assert!(is_citation_numbers("1, 5-7"));
        assert!(!is_citation_numbers("th"));
        assert!(!is_citation_numbers("*"));
        assert!(!is_citation_numbers("2,"));
    }
}
