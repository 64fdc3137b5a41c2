//! Entries that start in the middle of a line, where a converter ran a list together:
//! "... 107–118. Van Wyk, D.B., 1987. ...", "... D267–D270. Chen, Q.; Li, X.; and Wang, M. 2023.
//! ..." (author-date), or "... 2019. [13] ..." (numbered). Each start is recognised by its shape:
//! a label with the next number, or a list of surname-first names followed at once by a year.

use super::lines::KEY_LABEL;
use regex::Regex;
use std::sync::LazyLock;

/// How far past a candidate start the names and their year may run.
const NAMES_WINDOW: usize = 400;

/// A sentence end and the space after it: where a run-in entry may start.
static SENTENCE_GAP: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"[.)]\s+").expect("SENTENCE_GAP is a valid regex"));

/// The first author of an entry, surname first with initials: "Van Wyk, D.B.", "Chen, Q.",
/// "de la Cruz, M.", "Le, D.-H.", "Smith JA," (not "Granada, Spain", a place).
static FIRST_AUTHOR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?:(?:van|von|de|der|den|del|della|da|di|du|la|le|dos|das|ter|ten|St\.|Van|Von|De|Der|Den|Del|Da|Di|Du|La|Le)\s+){0,3}\p{Lu}[\p{L}'’\-]+(?:\s+\p{Lu}[\p{L}'’\-]+)?(?:,\s*\p{Lu}{1,2}\.|,\s*\p{Lu}\.?-\p{Lu}|\s+\p{Lu}{1,3}[\s,.])",
    )
    .expect("FIRST_AUTHOR is a valid regex")
});

/// A year as entries give it: "1987", "2024a", "(2003)".
static YEAR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\(?\b(?:1[6-9]|20)\d\d[a-z]?\b\)?").expect("YEAR is a valid regex")
});

/// A numbered entry's label in the middle of a line: " [14] Name", " \[14\] Name", ". 14. Name"
/// (not a back-reference link such as marker's "[2](#page-1-0)"), or a label glued to the page
/// range or year before it, as OCR converters leave it: "pp. 52-71.5. Jolliffe, J. K., ...",
/// "Accessed 2009.14. Google. ..." (the list's numbering decides whether it is one: a version
/// "10.5. Springer" is not the next label).
static MID_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r#"\s(?:\\?\[(\d{1,5})\\?\]\s+[\p{Lu}*_"“]|(\d{1,5})\.\s+\p{Lu})|\d\d\.(?P<glued>\d{1,5})\.\s+\p{Lu}"#,
    )
    .expect("MID_LABEL is a valid regex")
});

/// Words that may stand between names and their year: list joiners and name particles.
const NAME_WORDS: &[&str] = &[
    "and", "et", "al", "&", "van", "von", "de", "der", "den", "del", "della", "da", "di", "du",
    "la", "le", "dos", "das", "ter", "ten", "y", "e", "bin", "ibn",
];

/// Words after which (or opening it) a surname-first name is a contributor, not a new entry.
const NOT_BEFORE: &[&str] = &[
    "in",
    "by",
    "ed",
    "eds",
    "trans",
    "transl",
    "edited",
    "translated",
    "see",
    "also",
    "cf",
    "vol",
    "pp",
    "p",
    "no",
];

/// Does a year occur in `text`?
pub(super) fn has_year(text: &str) -> bool {
    YEAR.is_match(text)
}

/// The first place in `text` at or after `from` where a new author-date entry starts, and
/// where its text starts (after a citation-key label such as "[Bacon *et al.* 2017]").
/// `year_before` says whether the entry being read already holds a year before `from`.
pub(super) fn next_author_start(
    text: &str,
    from: usize,
    year_before: bool,
) -> Option<(usize, usize)> {
    let mut year_seen = year_before;
    let mut checked = from;
    for gap in SENTENCE_GAP.find_iter(&text[from..]) {
        let at = from + gap.end();
        if !year_seen {
            year_seen = has_year(&text[checked..at]);
            checked = at;
        }
        if year_seen && at - from >= 20 {
            if let Some(key) = KEY_LABEL.find(&text[at..]) {
                return Some((at, at + key.end()));
            }
            if starts_author_year(text, at) {
                return Some((at, at));
            }
        }
    }
    None
}

/// Does an entry with its names and year start at `at`?
fn starts_author_year(text: &str, at: usize) -> bool {
    let rest = &text[at..];
    let mut end = rest.len().min(NAMES_WINDOW);
    while !rest.is_char_boundary(end) {
        end -= 1;
    }
    // Everything below reads at most this window, so that each sentence end costs the same.
    let window = &rest[..end];
    if !FIRST_AUTHOR.is_match(window) {
        return false;
    }
    let word_before = text[..at]
        .trim_end()
        .trim_end_matches(['.', ')'])
        .rsplit(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    let first_word = window
        .split(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    if NOT_BEFORE
        .iter()
        .any(|w| w.eq_ignore_ascii_case(word_before) || w.eq_ignore_ascii_case(first_word))
    {
        return false;
    }
    let Some(year) = YEAR.find(window) else {
        return false;
    };
    let after = window[year.end()..].chars().next();
    if !matches!(after, Some('.' | ',' | ';' | ':' | ')') | None) {
        return false;
    }
    window[..year.start()]
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric() && c != '&'))
        .all(|w| {
            w.is_empty()
                || w.starts_with(char::is_uppercase)
                || NAME_WORDS.iter().any(|n| n.eq_ignore_ascii_case(w))
        })
}

/// Mid-line labels in `text` (at or after `from`): (where the label starts, where the entry's
/// text starts, its number).
pub(super) fn mid_labels(
    text: &str,
    from: usize,
) -> impl Iterator<Item = (usize, usize, u32)> + '_ {
    MID_LABEL.captures_iter(&text[from..]).filter_map(move |c| {
        let whole = c.get(0)?;
        if let Some(m) = c.name("glued") {
            let end = from + m.end() + 1;
            let body = end + (text[end..].len() - text[end..].trim_start().len());
            return Some((from + m.start(), body, m.as_str().parse().ok()?));
        }
        let (number, body) = match (c.get(1), c.get(2)) {
            // The pattern looked at the entry's first character.
            (Some(m), _) => {
                let first = whole.as_str().chars().next_back().map_or(0, char::len_utf8);
                (m, from + whole.end() - first)
            }
            (None, Some(m)) => {
                let end = from + m.end() + 1;
                (
                    m,
                    end + (text[end..].len() - text[end..].trim_start().len()),
                )
            }
            _ => return None,
        };
        let label_start = from + whole.start() + 1;
        Some((label_start, body, number.as_str().parse().ok()?))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn starts(text: &str) -> Vec<&str> {
        let mut out = Vec::new();
        let mut from = 0;
        let mut year = false;
        while let Some((_, at)) = next_author_start(text, from, year) {
            out.push(&text[at..at + 12]);
            from = at;
            year = false;
        }
        out
    }

    #[test]
    fn author_year_starts_mid_line() {
        assert_eq!(
            starts("Ames, K., 1986. A title. J. Hydrol. 4, 107–118. Van Wyk, D.B., 1987. Other title. Water 2, 1–9."),
            ["Van Wyk, D.B"]
        );
        assert_eq!(
            starts("Birla, O. 2004. Title one. In Acta, 32: 1–2. Cheng, Q.; Lima, X.; and Wolde, M. 2023. Title two. In Proc, 7–8. Dunn, E. 2016. T."),
            ["Cheng, Q.; L", "Dunn, E. 201"]
        );
        assert_eq!(
            starts("[Ames 1999] K. Ames. Title one. Press, 1999. [Brook *et al.* 2017] J. Brook, A. Cole. Title two. 2017."),
            ["J. Brook, A."]
        );
    }

    #[test]
    fn no_false_starts() {
        for text in [
            // A contributor after "In" or "Trans.", a name in a title, no year yet.
            "Ames, K. 2001. Title. In Brook, J. 2002. Book. Press.",
            "Freud, S. 1900. Dreams. Trans. Strachey, J. 1953. Hogarth.",
            "Ames, K. 2001. Darwin, the man and his world 1859. Press.",
            "Ames, K., Brook, J. and Cole, M. 2001. Title.",
            // A place, not a name.
            "Ames, K. 2001. Title. In Proc. Workshop, volume 2011, pp. 5. Granada, Spain, 2011.",
        ] {
            assert!(starts(text).is_empty(), "{text}");
        }
    }

    #[test]
    fn labels_mid_line() {
        let text = "[3] A. Ames. T. 2019. [4] B. Brook. U. 2020. 5. Cole D. V. [6](#page-1-0)";
        let got: Vec<u32> = mid_labels(text, 1).map(|(_, _, n)| n).collect();
        assert_eq!(got, [4, 5]);
        let (start, body, _) = mid_labels(text, 1).next().unwrap();
        assert_eq!(&text[start..body], "[4] ");
    }

    #[test]
    fn labels_glued_to_a_page_range() {
        let text =
            "4. Ames, K. Title. Journal, Vol. 6, 1972, pp. 52-71.5. Brook, J. T. Press, 2.5. Cole 2009.6. Dunn";
        let got: Vec<(&str, u32)> = mid_labels(text, 1)
            .map(|(start, body, n)| (&text[start..body], n))
            .collect();
        assert_eq!(got, [("5. ", 5), ("6. ", 6)]);
    }
}
