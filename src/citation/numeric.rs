//! Numeric citations: [1]; [2], [3]; [4]-[6]; [7, 8]; [9–11]; (1); (2,3); <sup>4</sup>, and the
//! superscripts converters leave (marked by [`crate::document::mask_markup`]).
//!
//! Never figure, table or equation numbers: a group after "Figure", "Table", "Eq." and the like
//! is not a citation, nor a parenthesised number standing alone on its line after display math
//! (an equation tag), nor one glued to a word ("S0140-6736(09)60046-5" in a DOI). Parenthesised
//! numbers count only in a paper that cites that way: where brackets or superscripts cite more
//! than a third as often, "(1)" … "(6)" number a list. Likewise superscripts, in a paper with
//! more than a third as many bracketed citations, mark footnotes.

use super::flattened::{flattened, Order};
use super::table::table_citations;
use super::{Citation, Found, Target};
use crate::span::Span;
use regex::Regex;
use std::sync::LazyLock;

/// A group of numbers and ranges inside brackets, parentheses or a superscript (`<sup>`, or the
/// \u{2} … \u{3} marks the markup mask leaves), or written out after "ref." ("see ref. 13",
/// "as in refs. 52–56", PNAS's and Nature's manner beside their parentheses). Brackets and parentheses may hold locators
/// ("[3, p. 5]", "[4, pp. 10–12; 5]", "(2, Fig. 3)"); parentheses may end in a pointer to more
/// ("(37; see also www.example.org)") and open with one ("(cf. 26)", "(see 4, 5)").
static GROUP: LazyLock<Regex> = LazyLock::new(|| {
    let locator = format!(r"(?:\s*,?\s*{LOCATOR_WORD}[^\[\]()\n]{{0,60}})?");
    Regex::new(&format!(
        r"(?x)
        \[(?P<b>\s*\d{{1,4}}(?:\s*[-–—,;]\s*\d{{1,4}})*{locator}\s*)\](?:\s*[-–—]\s*\[(?P<bend>\d{{1,4}})\])?
      | \((?:(?i:see|cf\.|e\.g\.|compare),?\s+)?(?P<p>\s*\d{{1,4}}(?:\s*[-–—,;]\s*\d{{1,4}})*{locator}\s*)(?:;\s*(?i:see|cf\.|e\.g\.|also)\b[^()\n]{{0,120}})?\)
      | (?:<sup>|\x02)(?P<s>\s*\d{{1,4}}(?:\s*[-–—,;]\s*\d{{1,4}})*\s*)(?:</sup>|\x03)
      | \b[Rr]efs?\.\s(?P<w>\d{{1,4}}(?:\s*(?:[-–—,]|and)\s*\d{{1,4}})*)",
    ))
    .expect("GROUP is a valid regex")
});

/// A locator's opening word: "p.", "pp.", "Fig.", "ch.", "Theorem ", "§".
const LOCATOR_WORD: &str = r"(?:(?i:pp?|pgs?|ch|chaps?|secs?|sects?|figs?|eqs?|eqns?|thms?|vols?|paras?|fn|nn?|cols?|app|defs?|props?|nos?|ll?|art|arts)\.|(?i:p|pp|page|pages|chapter|chapters|section|sections|theorem|theorems|lemma|table|tables|figure|figures|appendix|definition|proposition|corollary|example|equation|para|line|lines|note|notes)\s|§)";

/// Where a locator starts inside a group's text.
static LOCATOR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"(?:^|[\s,]){LOCATOR_WORD}")).expect("LOCATOR is a valid regex")
});

static NUMBER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\d{1,4}").expect("NUMBER is a valid regex"));

/// The word before a group that makes it a figure, table, equation or part number: capitalised
/// or abbreviated ("Table [3]", "Fig. [2]", "equation (4)"), as "tables [12]" may well cite.
static NOT_CITED_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?:^|[^\p{L}])(?:(?i:fig|figs|eq|eqs|eqn|eqns|sec|sect|tab)\.|(?:Fig|Figs|Figure|Figures|FIG|FIGURE|Table|Tables|TABLE|Eq|Eqs|Eqn|Equation|Equations|equation|equations|Section|Sections|Chapter|Chapters|Appendix|Algorithm|Algorithms|Theorem|Lemma|Definition|Corollary|Proposition|Listing|§)\.?)\s*$",
    )
    .expect("NOT_CITED_AFTER is a valid regex")
});

/// A lower-case "equation" before a bracketed number: a named equation and its source ("the
/// Archard equation [24]"), since equations are numbered in parentheses.
static EQUATION_WORD: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\bequations?\s*$").expect("EQUATION_WORD is a valid regex"));

/// A named method or result before a bracketed number: "the Completion Algorithm [29]", "a
/// Sinkhorn Lemma [4]" (a capitalised name after a lower-case word): its source, whereas
/// "Algorithm [2]" or "In Algorithm [2]" points to the paper's own.
static NAMED_RESULT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?:^|\s)\p{Ll}[\p{L}'’\-]*\s+\p{Lu}[\p{L}'’\-]*\s+(?:Algorithm|Theorem|Lemma|Corollary|Proposition|Definition)\s*$",
    )
    .expect("NAMED_RESULT is a valid regex")
});

/// How a group is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Form {
    Bracket,
    Paren,
    Super,
    /// "ref. 13": it names itself a citation, whatever the paper's manner.
    Word,
}

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
    // First the paper's manner: do parentheses cite, or do brackets and superscripts?
    let mut counts = [0usize; 4];
    for caps in GROUP.captures_iter(body) {
        if let Some((form, _)) = candidate(body, &caps, entries) {
            counts[form as usize] += 1;
        }
    }
    let [brackets, parens, supers, _] = counts;
    let parens_cite = parens > 3 * (brackets + supers);
    // Superscripts in a paper that cites with brackets mark footnotes, unless they outnumber
    // the brackets (then those are intervals and the like).
    let supers_cite = supers > 3 * brackets;
    let citing =
        brackets + if parens_cite { parens } else { 0 } + if supers_cite { supers } else { 0 };
    // A numbered list with (almost) no marked citation: the converter flattened superscripts.
    let mut flat = if entries >= 5 && citing * 10 <= entries {
        flattened(body, entries).into_iter().peekable()
    } else {
        Vec::new().into_iter().peekable()
    };
    let mut order = Order::default();
    let mut cells = table_citations(body, entries).into_iter().peekable();
    for caps in GROUP.captures_iter(body) {
        let Some((form, expanded)) = candidate(body, &caps, entries) else {
            continue;
        };
        if form == Form::Paren && !parens_cite || form == Form::Super && !supers_cite {
            continue;
        }
        let at = whole_start(&caps);
        while let Some(group) = flat.next_if(|g| g.span.start < at) {
            if order.take(&group) {
                emit(group.numbers, &mut order, &mut f);
            }
        }
        while let Some(cell) = cells.next_if(|c| c.first().is_some_and(|(_, s)| s.start < at)) {
            emit(cell, &mut order, &mut f);
        }
        emit(expanded, &mut order, &mut f);
    }
    for group in flat {
        while let Some(cell) =
            cells.next_if(|c| c.first().is_some_and(|(_, s)| s.start < group.span.start))
        {
            emit(cell, &mut order, &mut f);
        }
        if order.take(&group) {
            emit(group.numbers, &mut order, &mut f);
        }
    }
    for cell in cells {
        emit(cell, &mut order, &mut f);
    }
}

/// One citation per number, in order, each counted in the order of first citation.
fn emit(numbers: Vec<(u32, Span)>, order: &mut Order, f: &mut impl FnMut(Citation)) {
    for (n, span) in numbers {
        order.saw(n);
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

fn whole_start(caps: &regex::Captures<'_>) -> usize {
    caps.get(0).map_or(0, |m| m.start())
}

/// The numbers a group cites, with their spans, if it can be a citation.
fn candidate(
    body: &str,
    caps: &regex::Captures<'_>,
    entries: usize,
) -> Option<(Form, Vec<(u32, Span)>)> {
    let (inner, form) = match (
        caps.name("b"),
        caps.name("p"),
        caps.name("s"),
        caps.name("w"),
    ) {
        (Some(m), ..) => (m, Form::Bracket),
        (_, Some(m), ..) => (m, Form::Paren),
        (_, _, Some(m), _) => (m, Form::Super),
        (.., Some(m)) => (m, Form::Word),
        _ => return None,
    };
    let whole = caps.get(0)?;
    let before = &body[..whole.start()];
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    if NOT_CITED_AFTER.is_match(&before[line_start..])
        && !(form == Form::Bracket
            && (EQUATION_WORD.is_match(&before[line_start..])
                || NAMED_RESULT.is_match(&before[line_start..])))
    {
        return None; // "Figure [1]", "Eq. (2)", "Table <sup>3</sup>"
    }
    if form == Form::Paren && !stands_in_prose(body, whole.start(), whole.end(), line_start) {
        return None;
    }
    if form == Form::Paren && count_in_table(&body[line_start..whole.start()]) {
        return None; // "| 12 (4) |": a count and its part in a table cell
    }
    if form == Form::Super && before[line_start..].trim().is_empty() {
        return None; // a footnote's own mark, opening its text
    }
    let numbers: Vec<(u32, Span)> = cited_numbers(inner.as_str())
        .filter_map(|m| {
            Some((
                m.as_str().parse().ok()?,
                Span::new(inner.start() + m.start(), inner.start() + m.end()),
            ))
        })
        .collect();
    let limit = if form == Form::Bracket {
        9999
    } else {
        entries as u32 + 5
    };
    if numbers.is_empty() || numbers.iter().any(|&(n, _)| n == 0 || n > limit) {
        return None; // "[0, 1]", "(1979)": an interval or a year, not citations.
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
                    return None;
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
        let (last, last_span) = *expanded.last()?;
        let m = end.as_str().parse::<u32>().ok()?;
        if m > last && m - last <= 200 {
            expanded.extend((last + 1..m).map(|k| (k, Span::new(last_span.start, end.end()))));
            expanded.push((m, Span::new(end.start(), end.end())));
        }
    }
    Some((form, expanded))
}

/// The numbers of a group's text that cite: in each part between semicolons, those before a
/// locator ("3, p. 5" cites 3; "4, pp. 10–12; 5" cites 4 and 5).
fn cited_numbers(text: &str) -> impl Iterator<Item = regex::Match<'_>> {
    let mut ends = Vec::new();
    let mut start = 0;
    for part in text.split(';') {
        let end = start + part.len();
        let cut = LOCATOR.find(part).map_or(end, |m| start + m.start());
        ends.push((start, cut));
        start = end + 1;
    }
    NUMBER
        .find_iter(text)
        .filter(move |m| ends.iter().any(|&(s, e)| m.start() >= s && m.end() <= e))
}

/// Does a parenthesised group follow a number inside a table row ("| Plots | 12 (4) |",
/// "30 (24) per partner")? Then it is a count, not a citation.
fn count_in_table(before: &str) -> bool {
    before.trim_start().starts_with('|')
        && before
            .trim_end()
            .rsplit(|c: char| c.is_whitespace() || c == '|')
            .next()
            .is_some_and(|w| !w.is_empty() && w.chars().all(|c| c.is_ascii_digit() || c == '.'))
}

/// A parenthesised group in running text: not glued to a word ("6736(09)60046", "f(2)"), and
/// not an equation tag (alone at the end of a line that holds nothing else but math).
fn stands_in_prose(body: &str, start: usize, end: usize, line_start: usize) -> bool {
    let glued = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric() || matches!(c, '-' | '/'));
    if glued(body[..start].chars().next_back()) || glued(body[end..].chars().next()) {
        return false;
    }
    let line_end = body[end..].find('\n').map_or(body.len(), |i| end + i);
    let after = body[end..line_end].trim();
    let before = body[line_start..start].trim_end();
    let tag_position = after.is_empty() || after == "." || after == ",";
    let after_math = before.is_empty() || before.ends_with(['=', '$', '}', '\\']);
    !(tag_position && after_math)
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
        assert_eq!(numbers("Ref. (12), (13)"), [12, 13]);
        assert_eq!(numbers("as <sup>2,3</sup>"), [2, 3]);
        assert_eq!(numbers("trials.\u{2} 10,11 \u{3} Next"), [10, 11]);
        assert_eq!(
            numbers("shown (17; see also www.example.org) and (4)"),
            [17, 4]
        );
        assert_eq!(
            numbers("considered (cf. 9), (see 4, 5) and (e.g. 7)"),
            [9, 4, 5, 7]
        );
        assert_eq!(
            numbers("as [3, p. 5], [4, pp. 10–12; 5], [6, Fig. 2], [7 §4] and [8, Chapter 3]"),
            [3, 4, 5, 6, 7, 8]
        );
    }

    #[test]
    fn written_out_after_ref() {
        assert_eq!(
            numbers("infected (ref. 1 and www.example.org), as in refs. 12–14, (see ref. 3 for a review; ref. 5, Table 2) and refs. 6 and 8"),
            [1, 12, 13, 14, 3, 5, 6, 8]
        );
        assert!(numbers("a reference point, the ref. value and Ref. (Smith)").is_empty());
    }

    #[test]
    fn locators() {
        assert!(LOCATOR.is_match(", p. 5"));
        assert!(LOCATOR.is_match(" Theorem 2"));
        assert!(LOCATOR.is_match(" §4"));
        assert!(!LOCATOR.is_match("12, 13"));
        assert!(!LOCATOR.is_match("people"));
    }

    #[test]
    fn not_citations() {
        assert!(numbers("on the interval [0, 1] in (1979) with (n = 45) (2023 data)").is_empty());
        assert!(numbers("a reversed range [9-3]").is_empty());
        assert!(
            numbers("as Figure [1] and Table [3] and Eq. (2) and Fig. <sup>4</sup>").is_empty()
        );
        assert!(numbers("doi S0140-6736(09)60046-5 and f(2)").is_empty());
        assert!(numbers(
            "| Site | Plots |\n|---|---|\n| Kvam | 12 (4) |\n| Lom | 3.5 (2) per plot |"
        )
        .is_empty());
        assert!(numbers("\u{2}3\u{3}A footnote's own text.").is_empty());
        assert_eq!(
            numbers("constrained tables [12], the algorithm [15]"),
            [12, 15]
        );
        assert_eq!(numbers("by the Archard equation [4] and equation (2)"), [4]);
        assert_eq!(
            numbers("with the Pruning Algorithm [7], as in Algorithm [2] and Theorem [3]"),
            [7]
        );
    }

    #[test]
    fn flattened_superscripts_only_without_marked_citations() {
        let text = "heart events, 1 the range. Drugs differ. 2-4\nas [0, 1] and (ages 20-85).";
        assert_eq!(numbers(text), [1, 2, 3, 4]);
        assert_eq!(numbers(&format!("{text} [5], [6] and [7]")), [5, 6, 7]);
    }

    #[test]
    fn equation_tags_are_not_citations() {
        assert_eq!(
            numbers("text (3) more\n   $$ x $$   (4)\ny = \\frac{1}{2} (5)\n(6)\nz (7).\n"),
            [3, 7]
        );
    }

    #[test]
    fn parentheses_count_only_in_a_paper_that_cites_with_them() {
        // Brackets cite: "(1)" … "(3)" number a list.
        assert_eq!(
            numbers("as [4] and [5, 6] show: (1) one, (2) two, (3) three"),
            [4, 5, 6]
        );
        // Parentheses cite: a stray bracketed number counts too.
        assert_eq!(
            numbers("as (4), (5, 6), (8) and (9) show, and [7]"),
            [4, 5, 6, 8, 9, 7]
        );
    }

    #[test]
    fn superscripts_are_footnotes_in_a_paper_that_cites_with_brackets() {
        let text = "as [4], [5] and [6] show<sup>1</sup>, and<sup>2</sup>";
        assert_eq!(numbers(text), [4, 5, 6]);
        // Superscripts cite: a stray bracketed number counts too.
        let text = "as<sup>1</sup>, <sup>2</sup>, <sup>3</sup>, <sup>4</sup> in [5]";
        assert_eq!(numbers(text), [1, 2, 3, 4, 5]);
    }
}
