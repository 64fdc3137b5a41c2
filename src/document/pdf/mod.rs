//! PDF input: the text of a PDF's pages in reading order, with where each line is in the PDF.
//!
//! pdf-extract (pure Rust, over lopdf) decodes the glyphs; [`layout`] orders them into lines,
//! and this module drops what is not the paper's text (running heads and feet, page numbers),
//! undoes hyphenation at line ends and writes ligatures as letters. Superscript citation numbers
//! come out as `<sup>2,3</sup>`, which the numeric citation finder reads. A PDF that panics
//! pdf-extract, recurses, or draws without end is refused with a one-line reason.

mod fonts;
mod footnotes;
mod glyphs;
mod guard;
mod hanging;
mod layout;

pub use crate::span::{PageMap, Place};
use footnotes::Footnote;
use glyphs::{Collector, RawPage};
use layout::Line;
use std::collections::{HashMap, HashSet};
use std::fmt;

/// Glyphs read from one PDF at most (a 1,000-page paper has about 4 million).
const MAX_GLYPHS: usize = 20_000_000;

/// Why a PDF gave no text.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum PdfError {
    /// Encrypted with a password we do not have.
    Encrypted,
    /// Pages but no text on them: a scan.
    NoText { pages: usize },
    /// Not readable as a PDF.
    Corrupt(String),
    /// Readable, but past a limit that keeps a hostile file from exhausting the machine.
    TooComplex(&'static str),
}

impl fmt::Display for PdfError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PdfError::Encrypted => write!(
                f,
                "the PDF is encrypted and needs a password; check an unencrypted copy"
            ),
            PdfError::NoText { pages } => write!(
                f,
                "the PDF has no text layer (a scan? {pages} page{} without text); citecheck does \
                 no OCR: run OCR first (e.g. ocrmypdf) or check the paper's source",
                if *pages == 1 { "" } else { "s" }
            ),
            PdfError::Corrupt(why) => write!(f, "not a readable PDF: {why}"),
            PdfError::TooComplex(what) => {
                write!(f, "the PDF is too complex to read safely: {what}")
            }
        }
    }
}

/// A PDF's text and where each of its lines is.
#[derive(Debug, Clone)]
pub struct PdfText {
    pub text: String,
    pub map: PageMap,
}

/// Does `bytes` look like a PDF? (`%PDF-` within the first KiB, as readers allow.)
pub fn is_pdf(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(1024)];
    head.windows(5).any(|w| w == b"%PDF-")
}

/// The text of a PDF.
pub fn extract(bytes: &[u8]) -> Result<PdfText, PdfError> {
    let (pages, breaks_words) = read_pages(bytes)?;
    let count = pages.len();
    let mut pages: Vec<Vec<Line>> = pages.iter().map(layout::lines).collect();
    if pages
        .iter()
        .all(|p| p.iter().all(|l| l.text.trim().is_empty()))
    {
        return Err(PdfError::NoText { pages: count });
    }
    if let Some(pitch) = layout::pitch(pages.iter().map(Vec::as_slice)) {
        for lines in &mut pages {
            layout::mark_gaps(lines, pitch);
        }
    }
    drop_running_lines(&mut pages);
    let notes = footnotes::find(&mut pages);
    if !notes.is_empty() {
        gaps_without_notes(&mut pages, &notes);
    }
    Ok(write(&pages, &notes, breaks_words))
}

/// Mark the text's gaps again by the leading of the text alone, each line against the text
/// line before it: notes set closer than the text (single spaced under double spaced text,
/// as Word papers are) can outnumber its lines and make every line of the text a gap, so
/// that each line of a paragraph or a bibliography's entry would stand alone.
fn gaps_without_notes(pages: &mut [Vec<Line>], notes: &[Footnote]) {
    let in_note: HashSet<(usize, usize)> =
        notes.iter().flat_map(|n| n.lines.iter().copied()).collect();
    let text: Vec<Vec<usize>> = pages
        .iter()
        .enumerate()
        .map(|(p, lines)| {
            (0..lines.len())
                .filter(|&l| !in_note.contains(&(p, l)))
                .collect()
        })
        .collect();
    let kept: Vec<Vec<Line>> = pages
        .iter()
        .zip(&text)
        .map(|(lines, text)| text.iter().map(|&l| lines[l].clone()).collect())
        .collect();
    let Some(pitch) = layout::pitch(kept.iter().map(Vec::as_slice)) else {
        return;
    };
    for (lines, text) in pages.iter_mut().zip(&text) {
        for w in text.windows(2) {
            lines[w[1]].gap_before = layout::is_gap(&lines[w[0]], &lines[w[1]], pitch);
        }
    }
}

/// Every page's glyphs (a page pdf-extract cannot read is left empty), and whether the
/// program that made the PDF breaks words at line ends (see [`breaks_words`]).
fn read_pages(bytes: &[u8]) -> Result<(Vec<RawPage>, bool), PdfError> {
    let doc = guard::quiet(|| pdf_extract::Document::load_mem(bytes))
        .ok_or_else(|| PdfError::Corrupt("its structure could not be parsed".into()))?
        .map_err(|e| PdfError::Corrupt(e.to_string()))?;
    if doc.is_encrypted() && doc.encryption_state.is_none() {
        return Err(PdfError::Encrypted);
    }
    guard::check(&doc)?;
    let numbers = doc.get_pages();
    if numbers.is_empty() {
        return Err(PdfError::Corrupt("it has no pages".into()));
    }
    let mut collector = Collector::new(MAX_GLYPHS);
    let mut faces = fonts::Faces::default();
    let mut pages = Vec::with_capacity(numbers.len());
    for (n, id) in numbers {
        if let Some(Some(italic)) = guard::quiet(|| faces.italic_shows(&doc, id)) {
            collector.set_faces(italic);
        }
        let done = guard::quiet(|| pdf_extract::output_doc_page(&doc, &mut collector, n));
        let page = collector.take_page();
        if collector.spent() {
            return Err(PdfError::TooComplex("more than 20 million glyphs"));
        }
        pages.push(if matches!(done, Some(Ok(()))) {
            page
        } else {
            RawPage {
                glyphs: Vec::new(),
                ..page
            }
        });
    }
    Ok((pages, breaks_words(&doc)))
}

/// Programs that set text without breaking words at line ends unless told to: word
/// processors and browsers, by the PDF's `Producer` or `Creator`. A hyphen at a line end of
/// theirs is the word's own ("bi-" + "encoders"); TeX and publishers' layout programs break
/// words, so theirs is taken for a break unless the document shows the word with it.
const UNBROKEN_BY: [&str; 8] = [
    "libreoffice",
    "openoffice",
    "microsoft",
    "word",
    "skia/pdf",
    "google docs",
    "wps",
    "pages",
];

/// Does the program that made `doc` break words at line ends? (See [`UNBROKEN_BY`].)
fn breaks_words(doc: &pdf_extract::Document) -> bool {
    let info = doc
        .trailer
        .get(b"Info")
        .ok()
        .and_then(|o| match o {
            pdf_extract::Object::Reference(id) => doc.get_object(*id).ok(),
            o => Some(o),
        })
        .and_then(|o| o.as_dict().ok());
    let Some(info) = info else {
        return true;
    };
    let named = |key: &[u8]| match info.get(key) {
        Ok(pdf_extract::Object::String(bytes, _)) => String::from_utf8_lossy(bytes)
            .chars()
            .filter(|c| *c != '\0')
            .collect::<String>()
            .to_lowercase(),
        _ => String::new(),
    };
    let (producer, creator) = (named(b"Producer"), named(b"Creator"));
    !UNBROKEN_BY
        .iter()
        .any(|p| producer.contains(p) || creator.contains(p))
}

/// Drop running heads and feet: the lines on a page's two top or two bottom baselines, in the
/// outer eighth of the page's text, whose text (digits aside) is on another page in the same
/// place, or that are only a page number; a page number may be on the third or fourth
/// baseline from the edge, as one printed above a two-line proceedings footer on a paper's
/// first page is. A band is all the lines on one baseline, read left to right, so a head
/// split by a column gutter is still one head.
fn drop_running_lines(pages: &mut [Vec<Line>]) {
    let bands: Vec<Vec<(Vec<usize>, usize)>> =
        pages.iter().map(|lines| edge_bands(lines, 4)).collect();
    let key = |lines: &[Line], band: &[usize]| -> String {
        band.iter()
            .flat_map(|&i| lines[i].text.chars())
            .map(|c| if c.is_ascii_digit() { '#' } else { c })
            .filter(|c| !c.is_whitespace())
            .collect()
    };
    let mut seen: HashMap<String, usize> = HashMap::new();
    for (lines, bands) in pages.iter().zip(&bands) {
        let mut keys: Vec<String> = bands
            .iter()
            .filter(|(_, depth)| *depth < 2)
            .map(|(b, _)| key(lines, b))
            .collect();
        keys.sort();
        keys.dedup();
        for k in keys {
            *seen.entry(k).or_default() += 1;
        }
    }
    // A short line of numbers and marks or a word ("*44*(3), 690–704.", "Press.": a
    // reference's last line) is the same, digits aside, on many pages by chance: as a running
    // line it must be on a third of them. A head or foot with more words is one on any two.
    let pages_with_text = pages.iter().filter(|p| !p.is_empty()).count();
    let repeated = |key: &str, n: usize| {
        let words = key.chars().filter(|c| c.is_alphabetic()).count() >= 8;
        n >= 2 && (words || 3 * n >= pages_with_text)
    };
    let first_page = pages.iter().position(|p| !p.is_empty());
    for (p, (lines, bands)) in pages.iter_mut().zip(&bands).enumerate() {
        let Some((top, bottom)) = page_extent(lines) else {
            continue;
        };
        let margin = (bottom - top) * 0.125;
        let mut drop: Vec<usize> = Vec::new();
        for (band, depth) in bands {
            let l = &lines[band[0]];
            let outer = l.baseline < top + margin || l.baseline > bottom - margin;
            let text: String = band.iter().map(|&i| lines[i].text.as_str()).collect();
            let k = key(lines, band);
            let running = *depth < 2 && seen.get(&k).is_some_and(|&n| repeated(&k, n));
            if outer && (running || is_page_number(&text)) {
                drop.extend(band);
            }
        }
        if Some(p) == first_page {
            let footer = first_page_footer(lines, bands, bottom - margin, &drop);
            drop.extend(footer);
        }
        drop.sort_unstable();
        drop.dedup();
        for i in drop.into_iter().rev() {
            lines.remove(i);
        }
        // The space under a running head is no paragraph's: a page's first line has nothing
        // above it, as `layout::mark_gaps` has it for a page without a head (so an entry or a
        // paragraph broken over the page goes on under the head).
        if let Some(first) = lines.first_mut() {
            first.gap_before = false;
        }
    }
}

/// A first page's footer printed once under its text (a proceedings or journal line and its
/// copyright: "*Proceedings of ...*, pages 624–633 ... ©2014 Association for ..."): the lines
/// on the page's three bottom baselines below `foot`, up from the lowest while they are set
/// smaller than the page's text and none opens with a note's mark, when one of them names a
/// copyright ([`names_copyright`]); lines in `dropped` are passed over.
fn first_page_footer(
    lines: &[Line],
    bands: &[(Vec<usize>, usize)],
    foot: f32,
    dropped: &[usize],
) -> Vec<usize> {
    let mut sizes: Vec<f32> = lines.iter().map(|l| l.size).collect();
    let mid = sizes.len() / 2;
    let text = *sizes.select_nth_unstable_by(mid, f32::total_cmp).1;
    let mut bottom: Vec<&(Vec<usize>, usize)> = bands
        .iter()
        .filter(|(band, depth)| *depth < 3 && lines[band[0]].baseline > foot)
        .filter(|(band, _)| !band.iter().all(|i| dropped.contains(i)))
        .collect();
    bottom.sort_by_key(|(_, depth)| *depth);
    let footer: Vec<usize> = bottom
        .iter()
        .take_while(|(band, _)| {
            band.iter()
                .all(|&i| lines[i].size < 0.95 * text && lines[i].mark.is_none())
        })
        .flat_map(|(band, _)| band.iter().copied())
        .collect();
    if footer.iter().any(|&i| names_copyright(&lines[i].text)) {
        footer
    } else {
        Vec::new()
    }
}

/// Does `text` name a copyright: "©" (or TeX's circled c), or "Copyright" before a year
/// ("Copyright 2014", "Copyright (c) 2014")? A note on "the Copyright Act" does not.
fn names_copyright(text: &str) -> bool {
    if text.contains(['©', '\u{20DD}']) {
        return true;
    }
    let lower = text.to_lowercase();
    lower.match_indices("copyright").any(|(at, word)| {
        let rest = lower[at + word.len()..].trim_start();
        let rest = rest.strip_prefix("(c)").unwrap_or(rest).trim_start();
        rest.len() >= 4 && rest.bytes().take(4).all(|b| b.is_ascii_digit())
    })
}

/// The lines on a page's `depth` top and `depth` bottom baselines, one group per baseline,
/// each group left to right, with how many baselines lie between it and its edge.
fn edge_bands(lines: &[Line], depth: usize) -> Vec<(Vec<usize>, usize)> {
    let mut order: Vec<usize> = (0..lines.len()).collect();
    order.sort_by(|&a, &b| lines[a].baseline.total_cmp(&lines[b].baseline));
    let mut bands: Vec<Vec<usize>> = Vec::new();
    for i in order {
        match bands.last_mut() {
            Some(band) if (lines[band[0]].baseline - lines[i].baseline).abs() <= 1.0 => {
                band.push(i)
            }
            _ => bands.push(vec![i]),
        }
    }
    let n = bands.len();
    let keep: Vec<usize> = (0..n.min(depth))
        .chain(n.saturating_sub(depth).max(depth.min(n))..n)
        .collect();
    keep.into_iter()
        .map(|b| {
            let mut band = bands[b].clone();
            band.sort_by(|&a, &b| lines[a].x0.total_cmp(&lines[b].x0));
            (band, b.min(n - 1 - b))
        })
        .collect()
}

/// The top and bottom baselines of a page's lines.
fn page_extent(lines: &[Line]) -> Option<(f32, f32)> {
    let top = lines.iter().map(|l| l.baseline).reduce(f32::min)?;
    let bottom = lines.iter().map(|l| l.baseline).reduce(f32::max)?;
    (bottom > top).then_some((top, bottom))
}

/// "7", "- 7 -", "Page 7", "7 of 12", "vii".
fn is_page_number(text: &str) -> bool {
    let t = text
        .trim()
        .trim_matches(|c: char| matches!(c, '-' | '–' | '*') || c.is_whitespace());
    let t = t
        .strip_prefix("Page ")
        .or_else(|| t.strip_prefix("page "))
        .unwrap_or(t);
    let t = t.split(" of ").next().unwrap_or(t).trim();
    (!t.is_empty() && t.len() <= 5 && t.chars().all(|c| c.is_ascii_digit()))
        || (!t.is_empty() && t.len() <= 6 && t.chars().all(|c| "ivxlc".contains(c)))
}

/// The text of the pages, then their footnotes under a `# Notes` heading, each note's lines
/// keeping their places on the page.
fn write(pages: &[Vec<Line>], notes: &[Footnote], breaks_words: bool) -> PdfText {
    let hyphenated = hyphens(pages, breaks_words);
    let place = |p: usize, l: usize| Place {
        page: p as u32 + 1,
        line: l as u32 + 1,
    };
    let in_note: HashSet<(usize, usize)> =
        notes.iter().flat_map(|n| n.lines.iter().copied()).collect();
    let body: Vec<(Place, &Line)> = pages
        .iter()
        .enumerate()
        .flat_map(|(p, lines)| lines.iter().enumerate().map(move |(l, line)| (p, l, line)))
        .filter(|(p, l, _)| !in_note.contains(&(*p, *l)))
        .map(|(p, l, line)| (place(p, l), line))
        .collect();
    let mut out = PdfText {
        text: String::new(),
        map: PageMap::new(Vec::new()),
    };
    let mut places = Vec::new();
    write_lines(&body, &hyphenated, true, &mut out.text, &mut places);
    if let Some(&(p, l)) = notes.first().and_then(|n| n.lines.first()) {
        out.text.push_str("\n# Notes\n\n");
        places.extend([place(p, l); 3]);
    }
    for note in notes {
        let lines: Vec<(Place, &Line)> = note
            .lines
            .iter()
            .map(|&(p, l)| (place(p, l), &pages[p][l]))
            .collect();
        write_lines(&lines, &hyphenated, false, &mut out.text, &mut places);
    }
    out.map = PageMap::new(places);
    out
}

/// Write `lines`, words hyphenated over a line end joined on the first line, an italic run
/// that goes on from one line to the next of its paragraph written as one (`*Journal
/// of\nSchool Health*`), and with `paragraphs`, a blank line before each line that follows a
/// wide gap (or opens a page after a line that ends a sentence) and the wrapped lines of a
/// hanging paragraph on its first line ([`hanging`]), which is the place they all get.
fn write_lines(
    lines: &[(Place, &Line)],
    hyphenated: &Hyphens,
    paragraphs: bool,
    text: &mut String,
    places: &mut Vec<Place>,
) {
    let body_at = |i: usize| -> String {
        let line = lines[i].1;
        let (before, after) = (i.checked_sub(1).map(|b| lines[b].1), lines.get(i + 1));
        plain_et_al(crate::text::ligatures(italic_body(
            line,
            before,
            after.map(|a| a.1),
        )))
    };
    let joins = if paragraphs {
        let refs: Vec<&Line> = lines.iter().map(|(_, l)| *l).collect();
        let pages: Vec<u32> = lines.iter().map(|(p, _)| p.page).collect();
        hanging::continuations(&refs, &pages)
    } else {
        vec![false; lines.len()]
    };
    let mut carried = false;
    // The place of the first line of what is being written as one text line.
    let mut head_place = None;
    for (i, &(place, line)) in lines.iter().enumerate() {
        let head = *head_place.get_or_insert(place);
        let mut body = body_at(i);
        if carried {
            // The rest of a word hyphenated on the line before was moved there.
            let rest = body.split_once(' ').map_or(body.len(), |(w, _)| w.len());
            body = body[rest..].trim_start().to_string();
            carried = false;
        }
        // A page's first line follows the page's head, not the text before it, and a
        // column's first line stands higher than the line before it: a paragraph goes on over
        // a page or column break unless the page or column before ended a sentence (an entry
        // of a list set with space between entries opens the next column without a gap).
        let gap = match i.checked_sub(1).map(|b| lines[b]) {
            Some((before, last)) if before.page != place.page || line.baseline < last.baseline => {
                footnotes::ends_sentence(&last.text)
            }
            _ => line.gap_before,
        };
        if paragraphs && gap && !text.is_empty() && !joins[i] {
            text.push('\n');
            places.push(place);
        }
        if i + 1 < lines.len() {
            if let Some(joined) = dehyphenate(&body, &body_at(i + 1), hyphenated) {
                body = joined;
                carried = true;
            }
        }
        text.push_str(&body);
        // A wrapped line of a hanging paragraph goes on this one's line ("pp. 512–" and "47"
        // without a space).
        if joins.get(i + 1).copied().unwrap_or(false) {
            let mut last = text.chars().rev();
            let dash = last.next().is_some_and(|c| matches!(c, '-' | '–' | '—'))
                && last.next().is_some_and(|c| c != ' ');
            if !dash && !text.ends_with([' ', '\n']) {
                text.push(' ');
            }
        } else {
            text.push('\n');
            places.push(head);
            head_place = None;
        }
    }
}

/// A line's text, without the `*` that closes an italic run going on at the start of the
/// next line of its paragraph, nor the `*` that opens the run's rest on that next line.
fn italic_body<'a>(line: &'a Line, before: Option<&Line>, after: Option<&Line>) -> &'a str {
    let goes_on = |from: &Line, to: &Line| from.italic_tail && to.italic_head && !to.gap_before;
    let mut text = line.text.as_str();
    if before.is_some_and(|b| goes_on(b, line)) {
        text = text.strip_prefix('*').unwrap_or(text);
    }
    if after.is_some_and(|a| goes_on(line, a)) {
        text = text.strip_suffix('*').unwrap_or(text);
    }
    text
}

/// Prefixes English writes with a hyphen ("self-management", "non-adherence"): broken there
/// over a line end, the hyphen stays.
const HYPHENATED_PREFIXES: [&str; 4] = ["self", "non", "cross", "half"];

/// What a document shows of its hyphens.
struct Hyphens {
    /// Words written with a hyphen inside a line somewhere in the document
    /// ("non-adherence"), lower-cased: such a word broken at its hyphen over a line end keeps
    /// the hyphen.
    words: HashSet<String>,
    /// Whether the program that made the PDF breaks words at line ends ([`breaks_words`]).
    breaks_words: bool,
}

fn hyphens(pages: &[Vec<Line>], breaks_words: bool) -> Hyphens {
    Hyphens {
        words: hyphenated_words(pages),
        breaks_words,
    }
}

/// Words written with a hyphen inside a line somewhere in the document, lower-cased.
fn hyphenated_words(pages: &[Vec<Line>]) -> HashSet<String> {
    let mut words = HashSet::new();
    for line in pages.iter().flatten() {
        for word in line.text.split(' ') {
            let word = word.trim_matches(|c: char| !c.is_alphanumeric());
            if word.contains('-') {
                words.insert(word.to_lowercase());
            }
        }
    }
    words
}

/// `line` with the word hyphenated at its end made whole from the start of `next`, when a
/// letter comes before the hyphen and a letter after. The hyphen is a break, and goes, before
/// a lower-case rest; it stays before a capital ("Smith-" + "Jones"), when the rest is itself
/// hyphenated ("Fazl-" + "e-Haider"), after a prefix English hyphenates, when the document
/// writes the word with a hyphen elsewhere, or when the program that made it does not break
/// words (`hyphenated`).
fn dehyphenate(line: &str, next: &str, hyphenated: &Hyphens) -> Option<String> {
    let head = line.strip_suffix('-')?;
    if !head.chars().last()?.is_alphabetic() || head.ends_with('-') {
        return None;
    }
    let rest = next.trim_start().split(' ').next()?;
    let start = rest.chars().next()?;
    // "Smith-" + "Jones", "Fazl-" + "e-Haider": a real hyphen, the name joined whole.
    if start.is_uppercase() || (start.is_lowercase() && rest.contains('-')) {
        return Some(format!("{head}-{rest}"));
    }
    if !start.is_lowercase() {
        return None;
    }
    let first = head.rsplit(' ').next().unwrap_or(head);
    let first = first.trim_start_matches(|c: char| !c.is_alphanumeric());
    let rest_word = rest.trim_end_matches(|c: char| !c.is_alphanumeric());
    if !hyphenated.breaks_words
        || HYPHENATED_PREFIXES.contains(&first.to_lowercase().as_str())
        || hyphenated
            .words
            .contains(&format!("{first}-{rest_word}").to_lowercase())
    {
        return Some(format!("{head}-{rest}"));
    }
    Some(format!("{head}{rest}"))
}

/// "et al." set in italics, as many styles set Latin, written plain: it is no title, and an
/// entry's first italic words are read as one (`R. Paparella *et al.*, “Coaxial Blade…”`).
fn plain_et_al(text: String) -> String {
    if !text.contains("*et al") {
        return text;
    }
    text.replace("*et al.*", "et al.")
        .replace("*et al*.", "et al.")
        .replace("*et al.,*", "et al.,")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A plain line of body text at `baseline`.
    fn line(text: &str, baseline: f32) -> Line {
        Line {
            text: text.into(),
            x0: 50.0,
            baseline,
            size: 10.0,
            gap_before: false,
            italic_head: false,
            italic_tail: false,
            mark: None,
        }
    }

    #[test]
    fn hyphens_at_line_ends() {
        let none = Hyphens {
            words: HashSet::new(),
            breaks_words: true,
        };
        let join = |a: &str, b: &str| dehyphenate(a, b, &none);
        assert_eq!(
            join("atrial fibril-", "lation are"),
            Some("atrial fibrillation".into())
        );
        assert_eq!(
            join("by Fazl-", "e-Haider (2019)"),
            Some("by Fazl-e-Haider".into())
        );
        assert_eq!(
            join("(Fazl-e-", "Haider, 2019)"),
            Some("(Fazl-e-Haider,".into())
        );
        assert_eq!(join("the 1990-", "2000 period"), None);
        assert_eq!(join("a dash -", "then"), None);
        assert_eq!(join("as shown-", "<sup>2</sup>"), None);
        assert_eq!(join("no hyphen", "next"), None);
        let known = Hyphens {
            words: HashSet::from(["long-term".to_string()]),
            breaks_words: true,
        };
        assert_eq!(
            dehyphenate("of long-", "term use. Then", &known),
            Some("of long-term".into())
        );
        assert_eq!(
            join("and self-", "management"),
            Some("and self-management".into())
        );
        // A word processor breaks no words: its line-end hyphen is the word's own.
        let unbroken = Hyphens {
            words: HashSet::new(),
            breaks_words: false,
        };
        assert_eq!(
            dehyphenate("into bi-", "encoders for", &unbroken),
            Some("into bi-encoders".into())
        );
    }

    #[test]
    fn italic_et_al_is_plain() {
        assert_eq!(
            plain_et_al("R. Paparella *et al.*, “Coaxial”, in *Proc. SRF*".into()),
            "R. Paparella et al., “Coaxial”, in *Proc. SRF*"
        );
        assert_eq!(
            plain_et_al("Lee *et al*. (2020)".into()),
            "Lee et al. (2020)"
        );
        assert_eq!(plain_et_al("*Journal*".into()), "*Journal*");
    }

    #[test]
    fn ligatures_become_letters() {
        assert_eq!(
            crate::text::ligatures("e\u{FB03}cient \u{FB01}ndings \u{FB02}ow"),
            "efficient findings flow"
        );
    }

    #[test]
    fn page_numbers() {
        for t in ["7", "- 7 -", "Page 7", "7 of 12", "vii"] {
            assert!(is_page_number(t), "{t}");
        }
        for t in ["7 Results", "Introduction", "12345678"] {
            assert!(!is_page_number(t), "{t}");
        }
    }

    #[test]
    fn a_moved_word_rest_leaves_the_next_line() {
        let pages = vec![vec![
            line("atrial fibril-", 100.0),
            line("lation are common.", 112.0),
        ]];
        let out = write(&pages, &[], true);
        assert_eq!(out.text, "atrial fibrillation\nare common.\n");
        assert_eq!(out.map.place(2), Some(Place { page: 1, line: 2 }));
    }

    #[test]
    fn an_italic_run_goes_on_over_a_line_end() {
        let line = |text: &str, baseline: f32, gap_before: bool| Line {
            text: text.into(),
            x0: 50.0,
            baseline,
            size: 10.0,
            gap_before,
            italic_head: text.starts_with('*'),
            italic_tail: text.ends_with('*'),
            mark: None,
        };
        let pages = vec![vec![
            line("Lee, J. (2020). *Oxford Re-*", 100.0, false),
            line("*view of Education*, *43*(2).", 112.0, false),
            line("*A new paragraph*", 136.0, true),
        ]];
        assert_eq!(
            write(&pages, &[], true).text,
            "Lee, J. (2020). *Oxford Review\nof Education*, *43*(2).\n\n*A new paragraph*\n"
        );
    }

    #[test]
    fn a_references_last_line_at_a_page_top_is_no_running_head() {
        // Twelve pages, each headed "Running head"; two open with the last line of a reference
        // from the page before, numbers alike but for their digits.
        let mut pages: Vec<Vec<Line>> = (0..12)
            .map(|p| {
                let mut page = vec![line("Running head", 40.0)];
                page.extend(
                    (0..30).map(|i| line(&format!("Body line {p} {i}."), 60.0 + 12.0 * i as f32)),
                );
                page
            })
            .collect();
        pages[2].insert(1, line("*44*(3), 690–704.", 52.0));
        pages[4].insert(1, line("*12*(5), 101–118.", 52.0));
        pages[6].insert(1, line("Press.", 52.0));
        pages[8].insert(1, line("Press.", 52.0));
        drop_running_lines(&mut pages);
        assert_eq!(pages[2][0].text, "*44*(3), 690–704.");
        assert_eq!(pages[4][0].text, "*12*(5), 101–118.");
        assert_eq!(pages[6][0].text, "Press.");
        assert!(pages
            .iter()
            .all(|p| p.iter().all(|l| l.text != "Running head")));
    }

    #[test]
    fn a_first_pages_copyright_footer_is_dropped() {
        // Two columns of text, a two-line proceedings footer under them in smaller type: the
        // footer goes. Then a first page's note at its foot, which names no copyright: kept.
        let small = |text: &str, baseline: f32| Line {
            size: 8.0,
            ..line(text, baseline)
        };
        let mut first: Vec<Line> = (0..30)
            .map(|i| line(&format!("Left column line {i},"), 60.0 + 12.0 * i as f32))
            .collect();
        first.push(small(
            "*Proceedings of the Tenth Meeting on Invented Papers*, pages 1-9,",
            440.0,
        ));
        first.push(small(
            "Lakeside, June 2031. ©2031 Invented Society for Tests",
            450.0,
        ));
        first.extend(
            (0..30).map(|i| line(&format!("right column line {i}."), 60.0 + 12.0 * i as f32)),
        );
        let mut pages = vec![first];
        drop_running_lines(&mut pages);
        assert_eq!(pages[0].len(), 60);
        assert!(pages[0].iter().all(|l| !l.text.contains("Proceedings")));
        // Without a copyright the small lines stay: they may be a note's.
        let mut first: Vec<Line> = (0..30)
            .map(|i| line(&format!("Text line {i},"), 60.0 + 12.0 * i as f32))
            .collect();
        first.push(Line {
            mark: Some(1),
            ..small("1 Okafor, Tidewater Ledgers, 12; and on the", 440.0)
        });
        first.push(small("harbour rolls of the later years.", 450.0));
        let mut pages = vec![first];
        drop_running_lines(&mut pages);
        assert_eq!(pages[0].len(), 32);
    }

    #[test]
    fn a_copyright_is_a_sign_or_the_word_before_a_year() {
        assert!(names_copyright(
            "Lakeside, June 2031. ©2031 Invented Society"
        ));
        assert!(names_copyright("Copyright 2031 by the authors."));
        assert!(names_copyright("COPYRIGHT (c) 2031 Invented Press"));
        assert!(!names_copyright(
            "2 On the Copyright Act of 2031 see Okafor, 12."
        ));
        assert!(!names_copyright("harbour rolls of the later years."));
    }

    #[test]
    fn the_space_under_a_running_head_is_no_gap() {
        // The first line under a dropped head stood a gap below it: it opens no paragraph.
        let words = ["Ledgers", "Harbours", "Pilots"];
        let mut pages: Vec<Vec<Line>> = words
            .iter()
            .map(|w| {
                let mut page = vec![line("Running head of the paper", 40.0)];
                page.extend(
                    (0..20)
                        .map(|i| line(&format!("{w} {}", "x".repeat(i)), 70.0 + 12.0 * i as f32)),
                );
                page[1].gap_before = true;
                page
            })
            .collect();
        drop_running_lines(&mut pages);
        for (page, w) in pages.iter().zip(words) {
            assert_eq!(page[0].text, format!("{w} "));
            assert!(!page[0].gap_before);
        }
    }

    #[test]
    fn a_page_number_above_a_footer_is_dropped() {
        // A first page: its number printed above a two-line footer naming the meeting, the
        // third baseline from the page's foot; two columns of text above it. Later pages have
        // their number at the foot.
        let mut first: Vec<Line> = (0..30)
            .map(|i| line(&format!("Left column line {i},"), 60.0 + 12.0 * i as f32))
            .collect();
        first.push(line("412", 440.0));
        first.extend(
            (0..30).map(|i| line(&format!("right column line {i}."), 60.0 + 12.0 * i as f32)),
        );
        first.push(line(
            "Proceedings of the Tenth Meeting on Invented Papers, pages 412-419,",
            455.0,
        ));
        first.push(line(
            "Lakeside, June 2031. Invented Society for Tests",
            466.0,
        ));
        let mut pages = vec![first];
        for p in 1..4 {
            let mut page: Vec<Line> = (0..34)
                .map(|i| {
                    let word = ["Alpha", "Beta", "Gamma"][p - 1];
                    line(&format!("{word} line {i}."), 60.0 + 12.0 * i as f32)
                })
                .collect();
            page.push(line(&format!("{}", 412 + p), 470.0));
            pages.push(page);
        }
        drop_running_lines(&mut pages);
        assert!(pages[0].iter().all(|l| l.text != "412"));
        assert_eq!(pages[0][29].text, "Left column line 29,");
        assert_eq!(pages[0][30].text, "right column line 0.");
        assert!(pages[1..].iter().all(|p| p.len() == 34));
        // Deeper than four baselines from the edge, a lone number is text.
        let mut page: Vec<Line> = (0..30)
            .map(|i| line(&format!("Line {i}"), 60.0 + 12.0 * i as f32))
            .collect();
        page[25].text = "2024".into();
        let mut pages = vec![page];
        drop_running_lines(&mut pages);
        assert_eq!(pages[0][25].text, "2024");
    }

    #[test]
    fn the_texts_gaps_are_measured_without_its_notes() {
        // Double spaced text over single spaced notes, more notes lines than text lines: by
        // the leading of all lines every text line stood after a gap.
        let mut page: Vec<Line> = (0..4)
            .map(|i| line(&format!("Text line {i}"), 100.0 + 24.0 * i as f32))
            .collect();
        page.extend((0..8).map(|i| line(&format!("Note line {i}"), 300.0 + 12.0 * i as f32)));
        let mut pages = vec![page];
        let pitch = layout::pitch(pages.iter().map(Vec::as_slice)).unwrap();
        layout::mark_gaps(&mut pages[0], pitch);
        assert!(pages[0][1].gap_before);
        let note = Footnote {
            label: 1,
            lines: (4..12).map(|l| (0, l)).collect(),
        };
        gaps_without_notes(&mut pages, &[note]);
        assert!(pages[0][1..4].iter().all(|l| !l.gap_before));
    }

    #[test]
    fn not_a_pdf_is_corrupt_not_a_panic() {
        assert!(matches!(
            extract(b"%PDF-1.4\nnonsense"),
            Err(PdfError::Corrupt(_))
        ));
        assert!(is_pdf(b"junk\n%PDF-1.7"));
        assert!(!is_pdf(b"plain text"));
    }
}
