//! What a comma segment inside a title's sentence is: the title's own words ("..., in
//! hamsters", "..., 1832–1858") or the field after it.

use super::super::re;
use regex::Regex;
use std::sync::LazyLock;

/// Does comma segment `seg`, the title's last, open with "in" going on in the title's words
/// ("..., the ob gene product, in hamsters", "..., in a rodent model of ..."), where a book's
/// or proceedings' "in" goes on with a name ("in Studies in ...", "in the Proceedings of
/// ...", "in der Bonner Rundschau", "in 2014 IEEE ...") and a status is "in press" or "in
/// print"?
pub(super) fn in_words(seg: &str) -> bool {
    let mut words = seg.split_whitespace();
    if !words.next().is_some_and(|w| w.eq_ignore_ascii_case("in")) {
        return false;
    }
    let next = words
        .find(|w| !["the", "a", "an", "der", "die", "das", "dem", "den", "des"].contains(w))
        .unwrap_or("");
    let status = next.trim_end_matches([',', '.', ';']);
    next.starts_with(char::is_lowercase)
        && !["press", "print", "proc", "proceedings", "preparation"]
            .iter()
            .any(|s| status.eq_ignore_ascii_case(s))
}

/// Does comma segment `seg` open with a span of years that is part of the title ("Speeches and
/// Writings, 1832–1858"; "The Gulag Archipelago, 1918–1956: An Experiment ..."; "... Total
/// Diet Study, September 1991-December 1996")? A subtitle
/// after it says so, or another year after it in the text from the segment on (`after`: the
/// edition's, "1917-1921 (Oxford: Clarendon Press, 1989)") or found before the title
/// (`dated`).
pub(super) fn years_in_title(seg: &str, after: &str, dated: bool) -> bool {
    // Most segments open with no year and no month: they are spared the pattern.
    let opens_year = seg.starts_with(|c: char| c.is_ascii_digit());
    let opens_month = || {
        seg.bytes().any(|b| b.is_ascii_digit())
            && crate::text::month_number(seg.split(' ').next().unwrap_or("")).is_some()
    };
    if !(opens_year || opens_month()) {
        return false;
    }
    let Some(caps) = YEAR_SPAN.captures(seg) else {
        return false;
    };
    let (Some(from), Some(to), Some(all)) = (caps.get(2), caps.get(4), caps.get(0)) else {
        return false;
    };
    // The words before the years are months ("September 1991-December 1996").
    let months = [caps.get(1), caps.get(3)]
        .iter()
        .flatten()
        .all(|m| crate::text::month_number(m.as_str()).is_some());
    if !months {
        return false;
    }
    let (from, to) = (from.as_str(), to.as_str());
    let rest = &seg[all.end()..];
    let other_year = YEAR_WORD
        .find_iter(after.get(all.end()..).unwrap_or(""))
        .any(|y| y.as_str() != from && y.as_str() != to);
    from < to
        && (rest.starts_with(':')
            || ((rest.trim().is_empty() || rest.starts_with(" (")) && (dated || other_year)))
}

/// Two years joined by a dash, opening a segment, each after a word that may be its month:
/// "1832–1858", "1917-1921", "September 1991-December 1996".
static YEAR_SPAN: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^(?:(\p{L}+)\.?\s+)?((?:1[5-9]|20)[0-9]{2})\s*[-–—]\s*(?:(\p{L}+)\.?\s+)?((?:1[5-9]|20)[0-9]{2})(?-u:\b)",
        "YEAR_SPAN",
    )
});

/// A year standing as a word.
static YEAR_WORD: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?-u:\b)(?:1[5-9]|20)[0-9]{2}(?-u:\b)", "YEAR_WORD"));

#[cfg(test)]
mod tests {
    use super::{in_words, years_in_title};

    #[test]
    fn spans_of_years_in_titles() {
        // Dated before the title: the span, with or without its months, is the title's.
        for seg in [
            "1832–1858",
            "September 1991-December 1996",
            "Jan. 1990 - Mar. 1991",
        ] {
            assert!(years_in_title(seg, seg, true), "{seg}");
        }
        // Words that are no months, years out of order, no date elsewhere.
        assert!(!years_in_title(
            "Volume 1991-1996",
            "Volume 1991-1996",
            true
        ));
        assert!(!years_in_title("1996-1991", "1996-1991", true));
        assert!(!years_in_title("1991-1996", "1991-1996", false));
    }

    #[test]
    fn in_with_the_titles_words_is_no_field() {
        for seg in [
            "in hamsters",
            "in a rodent model of arthritis",
            "in an overweight group",
        ] {
            assert!(in_words(seg), "{seg}");
        }
        // A book's, proceedings' or newspaper's name, a status, or no "in".
        for seg in [
            "in Studies in Honour of Maja Lindqvist",
            "in the Proceedings of the Fifth Workshop",
            "in der Harbour Rundschau vom 27. 10. 1995",
            "in 2014 IEEE/OES Marine Robots",
            "in press",
            "In Press.",
            "in preparation",
            "hamsters in cages",
        ] {
            assert!(!in_words(seg), "{seg}");
        }
    }
}
