//! Superscript citations a converter flattened into the line: "coronary events, 1 the extent",
//! "antidepressants. 3-9", "treatment). 11 We aimed". Taken only where the place and the list
//! make them unmistakable: in a numeric paper that shows (almost) no marked citations, right
//! after a word and a full stop, comma, semicolon or colon, followed by what that punctuation
//! calls for (a capital or the line's end after a full stop, a lower-case word after a comma),
//! and continuing the order of first citation (a number already cited, or the next new one),
//! as numeric styles number their lists. A number glued to the end of a lower-case word
//! ("trials1,2 showed", "statins3-5.") is one too, on the same order.

use crate::span::Span;
use regex::Regex;
use std::sync::LazyLock;

/// A bare number, list or range after a word and punctuation (with or without a space: "in
/// lymphomas.1 Also"), before a space and a word or the line's end.
static FLAT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?m)\p{L}\)?(?P<punct>[.,;:])[ \t]*(?P<n>\d{1,3}(?:[-–—,]\d{1,3}){0,8})(?P<after>[ \t]+\p{L}|[ \t]*$)",
    )
    .expect("FLAT is a valid regex")
});

/// A number, list or range glued to a word of four letters or more whose end is lower case
/// ("trials1,2", a name: "Shah1 and"), before a lower-case word, a punctuation mark that ends a
/// clause, a closing parenthesis or a dash ("relational19)", "disease13—and"), or the line's end.
static GLUED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?m)\p{L}\p{Ll}{3}(?P<n>\d{1,3}(?:[-–—,]\d{1,3}){0,8})(?P<after>[ \t]+\p{Ll}|[.,;:](?:[ \t]|$)|[ \t]*$|[)—–])",
    )
    .expect("GLUED is a valid regex")
});

/// One flattened group: where it is, and the numbers it cites (ranges expanded).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Flat {
    pub span: Span,
    pub numbers: Vec<(u32, Span)>,
    /// After a full stop, before a capital or the line's end: a sentence ends on it, so it may
    /// cite again or jump a few numbers the converter lost. After a comma it must be new.
    pub sentence_end: bool,
}

/// The flattened groups of `body` whose place fits, in text order; the order of first citation
/// is checked by [`Order`], as the caller walks these together with the marked citations.
pub fn flattened(body: &str, entries: usize) -> Vec<Flat> {
    let mut out = Vec::new();
    for caps in FLAT.captures_iter(body) {
        let (Some(punct), Some(n), Some(after)) =
            (caps.name("punct"), caps.name("n"), caps.name("after"))
        else {
            continue;
        };
        let next = after.as_str().trim_start().chars().next();
        let fits = match (punct.as_str(), next) {
            (".", None) => true,
            (".", Some(c)) => c.is_uppercase(),
            (_, Some(c)) => c.is_lowercase(),
            (_, None) => false,
        };
        if !fits || numbering_word(&body[..punct.start()]) {
            continue;
        }
        if let Some(numbers) = expand(n.as_str(), n.start(), entries) {
            out.push(Flat {
                span: Span::new(n.start(), n.end()),
                numbers,
                sentence_end: punct.as_str() == ".",
            });
        }
    }
    for caps in GLUED.captures_iter(body) {
        let (Some(n), Some(after)) = (caps.name("n"), caps.name("after")) else {
            continue;
        };
        // A trailing comma belongs to the sentence ("trials1, and"), not to the list.
        if n.as_str().ends_with(',') || numbering_word(&body[..n.start()]) {
            continue;
        }
        if let Some(numbers) = expand(n.as_str(), n.start(), entries) {
            out.push(Flat {
                span: Span::new(n.start(), n.end()),
                numbers,
                // Before a clause's punctuation it may cite again, as after a full stop.
                sentence_end: after.as_str().starts_with(['.', ',', ';', ':']),
            });
        }
    }
    out.sort_by_key(|f| f.span.start);
    out
}

/// Abbreviations a number follows as its label, not as a citation ("Fig. 1", "No. 3").
const NUMBERING: &[&str] = &[
    "fig", "figs", "figure", "eq", "eqs", "eqn", "tab", "table", "no", "nos", "vol", "sec", "sect",
    "ch", "chap", "p", "pp", "vs", "ca", "approx", "suppl", "step", "phase", "grade", "stage",
    "type", "class", "level", "day", "week", "month", "year", "age", "n",
];

/// Does the text end with such a label word?
fn numbering_word(before: &str) -> bool {
    let word: String = before
        .trim_end_matches(')')
        .chars()
        .rev()
        .take_while(|c| c.is_alphabetic())
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    NUMBERING.contains(&word.to_lowercase().as_str())
}

/// "3-9" → 3..=9, "2,3" → 2, 3, with spans; `None` past the list or reversed.
fn expand(text: &str, offset: usize, entries: usize) -> Option<Vec<(u32, Span)>> {
    let mut out: Vec<(u32, Span)> = Vec::new();
    let mut pos = 0;
    let mut range_from: Option<u32> = None;
    for piece in text.split_inclusive([',', '-', '–', '—']) {
        let sep = piece.chars().next_back().filter(|c| !c.is_ascii_digit());
        let digits = piece.trim_end_matches([',', '-', '–', '—']);
        let n: u32 = digits.parse().ok()?;
        if n == 0 || n as usize > entries {
            return None;
        }
        let span = Span::new(offset + pos, offset + pos + digits.len());
        if let Some(from) = range_from.take() {
            if n <= from || n - from > 200 {
                return None;
            }
            out.extend((from + 1..n).map(|k| (k, span)));
        }
        out.push((n, span));
        if matches!(sep, Some('-' | '–' | '—')) {
            range_from = Some(n);
        }
        pos += piece.len();
    }
    Some(out)
}

/// The order of first citation, as the text goes.
#[derive(Debug, Default)]
pub struct Order {
    highest: u32,
}

impl Order {
    /// Numbers cited in a marked citation.
    pub fn saw(&mut self, n: u32) {
        self.highest = self.highest.max(n);
    }

    /// Does a flattened group continue the order? At a sentence's end: numbers cited before, or
    /// new ones starting at most four past the next; elsewhere new ones starting at the next
    /// or one past it ("between the 12 drugs, 42 have been compared" is a count). If so it is
    /// taken and counted.
    pub fn take(&mut self, flat: &Flat) -> bool {
        let new = flat
            .numbers
            .iter()
            .map(|&(n, _)| n)
            .filter(|&n| n > self.highest)
            .min();
        let fits = match new {
            None => flat.sentence_end,
            Some(n) if flat.sentence_end => n <= self.highest + 5,
            Some(n) => n <= self.highest + 2,
        };
        if fits {
            for &(n, _) in &flat.numbers {
                self.saw(n);
            }
        }
        fits
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn taken(text: &str) -> Vec<u32> {
        let mut order = Order::default();
        flattened(text, 40)
            .into_iter()
            .filter(|f| order.take(f))
            .flat_map(|f| f.numbers.into_iter().map(|(n, _)| n))
            .collect()
    }

    #[test]
    fn flattened_superscripts() {
        let text = "As with statins for heart events, 1 the range is wide. Reviews show \
                    differences between drugs. 2-4\n\nWe used network analysis, 5 also known as \
                    mixed comparison. Results were combined (see below). 6 We then returned to \
                    the reviews. 3 Finally";
        assert_eq!(taken(text), [1, 2, 3, 4, 5, 6, 3]);
        assert_eq!(taken("in lymphomas.1 Also in food,2 the enzyme"), [1, 2]);
        assert_eq!(
            taken("Earlier trials1,2 showed it; statins3-5. Others differ2; shown6\nthe rest"),
            [1, 2, 3, 4, 5, 2, 6]
        );
        assert_eq!(
            taken("In 2001 Ames1 and others said so, as for asthma2—and (the relational3) care"),
            [1, 2, 3]
        );
    }

    #[test]
    fn not_flattened_superscripts() {
        // A count, numbers in a list, a sentence opening on a number, a jump in the order.
        let text = "in 2 trials we saw it. Ages were 20, 30 and 40. At week 8. 6 patients left. \
                    Results were clear. 17 We compared drugs, 9 had been";
        assert!(taken(text).is_empty(), "{:?}", taken(text));
        assert!(taken("as shown, 1·39 and, 1.5 and, 45 of them").is_empty());
        assert!(taken("see Eq.1 below and version 2.1 Then").is_empty());
        assert!(taken("shown in Fig. 1 Then in No. 2 Next").is_empty());
        // Glued to a word: a label word, a short word, a jump, a capital after it, a number
        // cited before in mid-sentence.
        assert!(taken("on day1 and figure2 and log2 fold, mp3 and trials9 then").is_empty());
        assert!(taken("the model gpt3 Then").is_empty());
        assert_eq!(taken("trials1 showed it, and trials1 again"), [1]);
    }
}
