//! The entry's date: in brackets or as a bare year right after the names (pass 3), or, when
//! none stands there, anywhere later in the entry (after pass 4).

use super::clean::{collapse_spaces, tidy_punctuation};
use super::kind::is_year;
use super::re;
use crate::reference::date::parse_date_text;
use crate::reference::words::is_name_function_word;
use crate::reference::{Date, Reference};
use crate::text::MONTH;
use regex::Regex;
use std::sync::LazyLock;

/// A date in parentheses: "(2011)", "(2021a)", "(January 29, 2024)", "(2020, March 3)", "(n.d.)",
/// "(2001 [1944])" (a reprint, then its first edition's year).
pub(super) static DATE_PAREN: LazyLock<Regex> = LazyLock::new(|| {
    re(
        &format!(
            r"(?i)[(\[]\s*(?:(?P<d>{MONTH}\s+[0-9]{{1,2}}(?:st|nd|rd|th)?,?\s+[0-9]{{4}}[a-z]?|[0-9]{{1,2}}(?:st|nd|rd|th)?\s+{MONTH},?\s+[0-9]{{4}}[a-z]?|[0-9]{{4}}[a-z]?,\s*{MONTH}(?:\s+[0-9]{{1,2}}(?:\s*[-–]\s*[0-9]{{1,2}})?)?|[0-9]{{4}}[a-z]?,\s*[0-9]{{1,2}}(?:\s*[-–]\s*[0-9]{{1,2}})?\s+{MONTH}|(?:(?:spring|summer|fall|autumn|winter)\s+)?(?:{MONTH},?\s+)?(?:1[5-9]|20)[0-9]{{2}}(?:\s*[-–/]\s*[0-9]{{2,4}})?[a-z]?(?:\s*\[(?:1[5-9]|20)[0-9]{{2}}\])?)|(?P<st>n\.\s?d\.?|in\s+press|forthcoming|no\s+date|s\.\s?d\.?|in\s+preparation|submitted|under\s+review))\s*[)\]]"
        ),
        "DATE_PAREN",
    )
});

/// A bare year closed by punctuation, as author-date styles write it after the names: "Smith, J. 2011."
pub(super) static BARE_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r#"(?:^|[\s(])(?P<y>(?:1[5-9]|20)[0-9]{2})(?P<s>[a-z])?(?P<orig>\s*\[(?:1[5-9]|20)[0-9]{2}\])?(?:[.,:;)]|\s+[\p{Lu}"“‘«]|\s*$)"#,
        "BARE_YEAR",
    )
});

/// Status words standing for a date: "n.d.", "in press".
pub(super) static PUBSTATE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)(?:^|[\s(,.])(n\.\s?d\.|in\s+press|forthcoming)(?:[\s).,]|$)",
        "PUBSTATE",
    )
});

/// The first status word of `text` ([`PUBSTATE`]) that stands for a date: not "N. D." opening
/// a person's name ("N. W. Ashcroft and N. D. Mermin, ..."), initials in capitals followed by
/// a capitalised word.
pub(super) fn find_pubstate(text: &str) -> Option<regex::Match<'_>> {
    PUBSTATE
        .captures_iter(text)
        .filter_map(|c| c.get(1))
        .find(|m| {
            let initials = m.as_str().starts_with('N') && m.as_str().contains('D');
            let mut after = text[m.end()..].chars();
            let name_next = after.next().is_some_and(char::is_whitespace)
                && after.next().is_some_and(char::is_uppercase)
                && after.next().is_some_and(char::is_lowercase);
            !(initials && name_next)
        })
}

/// A status as the entry's date gives it: "n.d.", "in press", or as written, in lower case.
pub(super) fn pubstate_text(s: &str) -> String {
    let l = s.to_lowercase();
    if l.starts_with('n') && l.contains('d') && !l.contains("press") {
        "n.d.".into()
    } else if l.contains("press") {
        "in press".into()
    } else {
        l
    }
}

/// Set date and label, or the status, from the text of a [`DATE_PAREN`] match.
///
/// Its groups are read off the text, without the cost of capturing them: the match is a
/// bracket, the date (`d`) or status (`st`) with spaces around it, a bracket; neither group
/// starts or ends with a space, and every date has a digit where no status has one.
pub(super) fn set_date_from_paren(r: &mut Reference, paren: &str) {
    let inner = paren[1..paren.len() - 1].trim();
    if inner.bytes().any(|b| b.is_ascii_digit()) {
        set_date_text(r, inner);
    } else {
        r.pubstate = Some(pubstate_text(inner).into());
    }
}

/// Set date and label from a date text; ranges ("1999-2000") and seasons keep their first year.
fn set_date_text(r: &mut Reference, d: &str) {
    let d = d.trim();
    if let Some(dt) = parse_date_text(d) {
        r.date = Some(dt.date);
        r.label = dt.suffix.map(Into::into);
        return;
    }
    // Fallback: first four-digit year, its suffix letter, and a month name if any.
    let bytes = d.as_bytes();
    for i in 0..bytes.len().saturating_sub(3) {
        if bytes[i..i + 4].iter().all(u8::is_ascii_digit)
            && (i == 0 || !bytes[i - 1].is_ascii_digit())
        {
            if let Ok(year) = d[i..i + 4].parse::<i32>() {
                let suffix = d[i + 4..]
                    .chars()
                    .next()
                    .filter(char::is_ascii_lowercase)
                    .map(|c| c.to_string());
                let month = d
                    .split(|c: char| !c.is_alphabetic())
                    .find_map(crate::text::month_number);
                r.date = Some(Date {
                    year,
                    month,
                    day: None,
                });
                r.label = suffix.map(Into::into);
                return;
            }
        }
    }
}

/// Find the date in the tail (or else anywhere after the names) and remove it from the tail.
pub(super) fn take_date_anywhere(r: &mut Reference, tail: &str, after_names: &str) -> String {
    if let Some(all) = DATE_PAREN.find(tail) {
        // "Barnes & Noble Classics, 2003 [1910].": the year before the brackets is the
        // edition's, the date; the bracketed one the original's, which goes with it.
        let edition = all
            .as_str()
            .starts_with('[')
            .then(|| year_before(&tail[..all.start()]))
            .flatten();
        let range = match edition {
            Some((start, year)) => {
                r.date = Some(Date::year(year));
                start..all.end()
            }
            None => {
                set_date_from_paren(r, all.as_str());
                all.range()
            }
        };
        let mut t = tail.to_string();
        t.replace_range(range, " ");
        return tidy_punctuation(&collapse_spaces(&t));
    }
    if let Some(range) = find_date(r, tail) {
        let mut t = tail.to_string();
        if let Some(note) = reprint_note_after(tail, range.end) {
            t.replace_range(note, " ");
        }
        t.replace_range(range, " ");
        return tidy_punctuation(&collapse_spaces(&t));
    }
    if let Some(m) = find_pubstate(tail) {
        r.pubstate = Some(pubstate_text(m.as_str()).into());
        let mut t = tail.to_string();
        t.replace_range(m.range(), " ");
        return tidy_punctuation(&collapse_spaces(&t));
    }
    // The year may sit inside what was taken as the title (no title-end found).
    if tail.trim().is_empty() {
        if let Some(rest) = year_inside_title(r) {
            return rest;
        }
    }
    let _ = find_date(r, after_names);
    tail.to_string()
}

/// A title that runs on into the year and the fields after it with no mark between them, as
/// styles that lost their punctuation write it ("Bagging predictors 1996 Machine Learning 24
/// 123--140", "Self-Organizing Maps 1995 Springer Berlin"): the year, the title's only one,
/// is the date; the title ends before it, and what follows it (a capitalised word first) is
/// returned as the tail. Not where a word before the year leads into it ("Proceedings of
/// the 1996 Winter Simulation Conference", "Europe since 1945 Revisited") or dates it with
/// it ("November 2010 Journal of ...").
fn year_inside_title(r: &mut Reference) -> Option<String> {
    let title = r.title.as_deref()?;
    let mut years = title.split_whitespace().filter(|w| is_year(w));
    let (Some(year), None) = (years.next(), years.next()) else {
        return None;
    };
    // `year` is a word of `title`: its offset is where the two slices meet.
    let at = year.as_ptr() as usize - title.as_ptr() as usize;
    let (before, after) = (
        title[..at].trim_end(),
        title[at + year.len()..].trim_start(),
    );
    let last = before.split_whitespace().next_back()?;
    let leads_in = [
        "since", "from", "until", "before", "after", "by", "vs", "circa",
    ]
    .iter()
    .any(|w| last.eq_ignore_ascii_case(w))
        || is_name_function_word(&last.to_lowercase())
        || crate::text::month_number(last).is_some();
    let open = before.split_whitespace().nth(1).is_none()
        || !last.ends_with(|c: char| c.is_alphabetic())
        || leads_in;
    if open || !after.starts_with(|c: char| c.is_uppercase()) {
        return None;
    }
    let (year, before, after) = (year.parse().ok()?, before.to_string(), after.to_string());
    r.date = Some(Date::year(year));
    r.title = Some(before);
    Some(after)
}

/// A year closing `head` as a word of its own ("..., 2003 "): where it starts, and the year.
fn year_before(head: &str) -> Option<(usize, i32)> {
    let t = head.trim_end();
    let start = t.len().checked_sub(4)?;
    let year = t.get(start..)?;
    let alone = t[..start].ends_with([' ', ',', '(']) || start == 0;
    (alone && YEAR_ONLY.is_match(year))
        .then(|| year.parse().ok())
        .flatten()
        .map(|y| (start, y))
}

/// The best date in `s`: a full or month date, else the last free-standing year.
/// Sets date/label on `r` and returns the byte range to remove.
fn find_date(r: &mut Reference, s: &str) -> Option<std::ops::Range<usize>> {
    // Years of a reprint or a later edition come after these words; the work's own is before.
    let reprint_at = REPRINT_NOTE.find(s).map_or(s.len(), |m| m.start());
    let mut best_year: Option<Candidate> = None;
    // A year standing alone as a sentence ("Ways of Escape. 1980. New York: Penguin, 1982.")
    // is the work's date; a year in brackets ("2003 [1910]") is the original's.
    let mut standalone: Option<Candidate> = None;
    let mut bracketed: Option<Candidate> = None;
    let mut range: Option<Candidate> = None;
    let mut after_volume: Option<Candidate> = None;
    for caps in ANY_DATE.captures_iter(s) {
        if let Some(full) = caps.name("full") {
            set_date_text(r, full.as_str());
            if r.date.is_some() {
                return Some(full.range());
            }
            continue;
        }
        let (Some(y), pre, post) = (caps.name("y"), caps.name("pre"), caps.name("post")) else {
            continue;
        };
        // Not part of a number, range or word ("1761–1800", "ISBN 1234", "a1999"), unless a
        // date in numbers ends with it ("25/04/2013", day and month in either order): a full
        // date, whose year is read.
        if pre.is_some_and(|p| !p.as_str().is_empty() && p.as_str() != ".") {
            let Some(start) = day_and_month_before(&s[..y.start()]) else {
                continue;
            };
            let Ok(year) = y.as_str().parse::<i32>() else {
                continue;
            };
            r.date = Some(Date::year(year));
            r.label = None;
            return Some(start..y.end());
        }
        let ranged = post.is_some_and(|p| !p.as_str().is_empty());
        let before = s[..y.start()].trim_end().as_bytes();
        // A page label as a word of its own: "p. 2009", not the end of "Sci Rep. 2009".
        let ends_with = |suffix: &str| {
            before.len() >= suffix.len()
                && before[before.len() - suffix.len()..].eq_ignore_ascii_case(suffix.as_bytes())
                && !before[..before.len() - suffix.len()]
                    .last()
                    .is_some_and(u8::is_ascii_alphabetic)
        };
        // Not after a count of pages, which the label closes ("231 p. 1980.").
        let labelled = |label: &str| {
            ends_with(label)
                && !before[..before.len() - label.len()]
                    .trim_ascii_end()
                    .last()
                    .is_some_and(u8::is_ascii_digit)
        };
        if labelled("pp.") || labelled("p.") || labelled("pages") {
            continue;
        }
        let Ok(year) = y.as_str().parse::<i32>() else {
            continue;
        };
        // "Harper & Row, 1974–1978.": a work in volumes printed over years, dated by its
        // first, when no other year stands alone; not after a number ("80, 2027-2033": a
        // journal's volume and pages).
        if ranged {
            let first_range = range.is_none() && pre.is_none_or(|p| p.as_str() != ".");
            if first_range && !ends_with_number(&s[..y.start()]) {
                if let Some(len) = year_range_end(&s[y.end()..], year) {
                    range = Some((y.start()..y.end() + len, year, None));
                }
            }
            continue;
        }
        // A page after a volume and its colon, as Vancouver writes it ("1992; 10: 1952.",
        // "2001;12(3):1999"): the date only where no other year is.
        if let Some(head) = before.strip_suffix(b":") {
            if head
                .trim_ascii_end()
                .last()
                .is_some_and(|b| b.is_ascii_digit() || *b == b')')
            {
                after_volume = after_volume.or(Some((y.start()..y.end(), year, None)));
                continue;
            }
        }
        let suffix = caps.name("s").map(|m| m.as_str().to_string());
        let end = caps.name("s").map_or(y.end(), |m| m.end());
        let candidate = (y.start()..end, year, suffix);
        if before.ends_with(b"[") {
            bracketed = bracketed.or(Some(candidate));
            continue;
        }
        if y.start() > reprint_at && best_year.is_some() {
            break;
        }
        // "Knopf, 1926, 1928.", "1926 and 1928": the years of a work's volumes, a list dated
        // by its first, which takes the rest with it; not a page range's end ("pp. 1573 –
        // 1584, 2010").
        if let Some(first) = best_year.as_mut().filter(|(range, first, _)| {
            *first < year
                && matches!(&s[range.end..y.start()], ", " | " and " | " & ")
                && !s[..range.start].trim_end().ends_with(['-', '–', '—'])
        }) {
            first.0.end = end;
            continue;
        }
        let alone =
            (before.is_empty() || before.ends_with(b".")) && s[end..].trim_start().starts_with('.');
        if alone && standalone.is_none() {
            standalone = Some(candidate.clone());
        }
        best_year = Some(candidate);
    }
    let (found, year, suffix) = standalone
        .or(best_year)
        .or(range)
        .or(bracketed)
        .or(after_volume)?;
    r.date = Some(Date::year(year));
    r.label = suffix.map(Into::into);
    Some(found)
}

/// Where a day and a month in numbers before a year start ("25/04/" of "25/04/2013"): `head`
/// ends with one or two digits, a slash, one or two digits and a slash, after a non-word.
fn day_and_month_before(head: &str) -> Option<usize> {
    let b = head.as_bytes();
    let mut at = b.len().checked_sub(1).filter(|&i| b[i] == b'/')?;
    for part in 0..2 {
        let digits = b[..at]
            .iter()
            .rev()
            .take_while(|c| c.is_ascii_digit())
            .count();
        if !(1..=2).contains(&digits) {
            return None;
        }
        at -= digits;
        if part == 0 {
            at = at.checked_sub(1).filter(|&i| b[i] == b'/')?;
        }
    }
    (at == 0 || !b[at - 1].is_ascii_alphanumeric() && b[at - 1] != b'/').then_some(at)
}

/// A note in brackets after the date that opens with a later printing ("1963 (Rpt. 1982).",
/// "1934 (rist. New York 1965)", "1990, pp. 5-9 (ed. or. Paris 1984)"): its range with the
/// brackets, which the date takes with it (no other field holds it; the raw text keeps it).
fn reprint_note_after(s: &str, date_end: usize) -> Option<std::ops::Range<usize>> {
    let m = REPRINT_NOTE.find_at(s, date_end)?;
    let open = s[date_end..m.start()].trim_end();
    if !open.ends_with(['(', '[']) {
        return None;
    }
    let close = m.end() + s[m.end()..].find([')', ']'])?;
    Some(date_end + open.len() - 1..close + 1)
}

/// A year found in the text: where it stands, the year, its letter ("1990a").
type Candidate = (std::ops::Range<usize>, i32, Option<String>);

/// Does `head` end with a number, with or without its comma ("Soc., 80,")? A range after it
/// continues a journal's numbers: pages, not years.
pub(super) fn ends_with_number(head: &str) -> bool {
    head.trim_end()
        .trim_end_matches(',')
        .trim_end()
        .ends_with(|c: char| c.is_ascii_digit())
}

/// The end of a range of years starting at `first`, in `rest` (what follows `first`): a dash
/// and a later year, whole or its last two digits ("–1978", "-96"), closing the range: its
/// length in bytes, or none.
fn year_range_end(rest: &str, first: i32) -> Option<usize> {
    let dash = rest.chars().next().filter(|c| matches!(c, '-' | '–'))?;
    let after = &rest[dash.len_utf8()..];
    let digits = after.bytes().take_while(u8::is_ascii_digit).count();
    if after[digits..].starts_with(|c: char| c.is_alphanumeric() || c == '-') {
        return None;
    }
    let end: i32 = after[..digits].parse().ok()?;
    let last = match digits {
        4 => end,
        2 => first / 100 * 100 + end,
        _ => return None,
    };
    (last > first && last - first <= 60).then_some(dash.len_utf8() + digits)
}

/// Any date within a text: full dates first, then month-year, then a year.
static ANY_DATE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        &format!(
            r"(?i)(?P<full>{MONTH}\s+[0-9]{{1,2}}(?:st|nd|rd|th)?,?\s+(?:1[5-9]|20)[0-9]{{2}}|[0-9]{{1,2}}(?:st|nd|rd|th)?\s+{MONTH},?\s+(?:1[5-9]|20)[0-9]{{2}}|{MONTH},?\s+(?:1[5-9]|20)[0-9]{{2}})(?-u:\b)|(?P<pre>[\p{{L}}[0-9]\-–:/.]?)(?P<y>(?:1[5-9]|20)[0-9]{{2}})(?P<s>[a-z])?(?P<post>[\-–/]?[0-9]?)"
        ),
        "ANY_DATE",
    )
});

/// A note that a later printing follows: "Reprint,", "Reprinted in", "Rpt.", "repr.",
/// "réimpr." (French), "rist." (Italian), "Nachdr." (German), "ed. or." (Italian: the
/// original's edition), "édition originale", "first published", "[See also: ...".
static REPRINT_NOTE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)(?-u:\b)(?:reprint(?:ed)?|rpt|repr|r[ée]impr(?:ession)?|rist|ristampa|nachdr(?:uck)?|ed\.\s*or(?:ig)?|first\s+published|see\s+also|originally\s+published)(?-u:\b)|[ée]dition\s+originale",
        "REPRINT_NOTE",
    )
});

/// "Penguin, 1982" → "Penguin": a year left after the publisher (another date was chosen).
pub(super) fn without_trailing_year(s: &str) -> &str {
    let t = s.trim_end().trim_end_matches('.');
    match t.rsplit_once([',', ' ']) {
        Some((head, year)) if YEAR_ONLY.is_match(year) && !head.trim().is_empty() => {
            head.trim_end().trim_end_matches(',')
        }
        _ => s,
    }
}

/// A year standing alone ("1997").
pub(super) static YEAR_ONLY: LazyLock<Regex> =
    LazyLock::new(|| re(r"^(?:1[5-9]|20)[0-9]{2}[a-z]?\)?$", "YEAR_ONLY"));

#[cfg(test)]
mod tests {
    use super::*;
    use crate::reference::parse::{assert_matches, captured};

    #[test]
    fn a_year_after_a_count_of_pages() {
        // "231 p." counts pages: the year after it is no page.
        let mut r = Reference::default();
        assert!(find_date(&mut r, "Leningrad, Nedra, 231 p. 1980.").is_some());
        assert_eq!(r.date.map(|d| d.year), Some(1980));
        // "p. 1980" after a volume's comma is a page.
        let mut r = Reference::default();
        assert!(find_date(&mut r, "Harbour Review 12, p. 1980.").is_none());
    }

    #[test]
    fn later_printings() {
        assert_eq!(without_trailing_year("Penguin, 1982"), "Penguin");
        assert!(REPRINT_NOTE.is_match("Reprint, Cambridge: CUP, 2008"));
    }

    #[test]
    fn dates_in_brackets() {
        let date = |s| captured(&DATE_PAREN, s, "d");
        assert_eq!(date("(2011)."), Some("2011"));
        assert_eq!(date("(2021a)."), Some("2021a"));
        assert_eq!(date("(January 29, 2024)."), Some("January 29, 2024"));
        assert_eq!(date("(2020, March 3)."), Some("2020, March 3"));
        assert_eq!(date("(Spring 2019)"), Some("Spring 2019"));
        assert_eq!(date("(1999-2000)"), Some("1999-2000"));
        assert_eq!(date("[1999]"), Some("1999"));
        // A reprint's year, its first edition's after it.
        assert_eq!(date("(2001 [1944])"), Some("2001 [1944]"));
        assert_eq!(captured(&DATE_PAREN, "(n.d.).", "st"), Some("n.d."));
        assert_eq!(captured(&DATE_PAREN, "(in press)", "st"), Some("in press"));
        assert_matches(&DATE_PAREN, &[], &["(Vol. 3)", "(12)", "(1234)"]);
        // The groups read off a match's text are the captured ones.
        for text in [
            "Smith (2011).",
            "Smith. [ January 19, 2024 ]",
            "(2020, March 3)",
            "(2021a)",
            "(n.d.)",
            "(\u{a0}in press )",
            "(Spring 1999-2000b)",
            "(2019, 3–5 Sept.)",
            "(2001 [1944])",
        ] {
            let caps = DATE_PAREN.captures(text).expect(text);
            let (mut by_caps, mut by_text) = (Reference::default(), Reference::default());
            match (caps.name("d"), caps.name("st")) {
                (Some(d), None) => set_date_text(&mut by_caps, d.as_str()),
                (None, Some(st)) => by_caps.pubstate = Some(pubstate_text(st.as_str()).into()),
                _ => panic!("{text}"),
            }
            set_date_from_paren(&mut by_text, &caps[0]);
            assert_eq!(
                (by_caps.date, by_caps.label, by_caps.pubstate),
                (by_text.date, by_text.label, by_text.pubstate),
                "{text}"
            );
        }
    }

    #[test]
    fn bare_years_and_status() {
        assert_eq!(
            captured(&BARE_YEAR, "Smith, J. 2011. Title", "y"),
            Some("2011")
        );
        assert_eq!(captured(&BARE_YEAR, "Marsh. 1990a. Title", "s"), Some("a"));
        assert_eq!(
            captured(&BARE_YEAR, "Said. 2003 [1910]. Title", "orig"),
            Some(" [1910]")
        );
        assert_matches(
            &BARE_YEAR,
            &["Smith 2011 The"],
            &["pp. 1990-2000", "ISBN 12011."],
        );
        assert_eq!(captured(&PUBSTATE, "Smith. n.d. Title", "1"), Some("n.d."));
        let found = |t| find_pubstate(t).map(|m| m.as_str());
        assert_eq!(found("N. W. Ashcroft and N. D. Mermin, Solid"), None);
        assert_eq!(found("Smith, N. D. Mermin. N.D. \"Title\""), Some("N.D."));
        assert_eq!(found("Smith, J. n.d. Title"), Some("n.d."));
        assert_matches(
            &PUBSTATE,
            &["(in press)", "Smith, forthcoming."],
            &["pressing", "and"],
        );
        assert_eq!(pubstate_text("In Press"), "in press");
        assert_eq!(pubstate_text("n. d."), "n.d.");
    }

    #[test]
    fn dates_anywhere() {
        assert_eq!(
            captured(&ANY_DATE, "Nature, 15 Feb. 1993, 48", "full"),
            Some("15 Feb. 1993")
        );
        assert_eq!(
            captured(&ANY_DATE, "Spring, March 2019.", "full"),
            Some("March 2019")
        );
        assert_eq!(captured(&ANY_DATE, "Nature, 2010.", "y"), Some("2010"));
        // Part of a range: what follows the year says so.
        assert_eq!(captured(&ANY_DATE, "pp. 1761–1800", "post"), Some("–1"));
        assert_matches(
            &YEAR_ONLY,
            &["1997", "2021a", "1997)"],
            &["1997 and", "997", "3000"],
        );
        assert_matches(
            &REPRINT_NOTE,
            &["Originally published 1900", "[See also: X]"],
            &["Printed in Leipzig"],
        );
        let mut r = Reference::default();
        assert_eq!(
            find_date(&mut r, "Ways of Escape. 1980. New York: Penguin, 1982."),
            Some(16..20)
        );
        assert_eq!(r.year(), Some(1980));
        // A date in numbers, day or month first: its year.
        for (text, year) in [
            ("Harbour Notes, 25/04/2013, n°1103, pp. 16-18.", 2013),
            ("http://tides.example.org (04/25/2013).", 2013),
        ] {
            let mut r = Reference::default();
            assert!(find_date(&mut r, text).is_some(), "{text}");
            assert_eq!(r.year(), Some(year), "{text}");
        }
    }

    #[test]
    fn a_list_of_years_is_dated_by_its_first() {
        for (tail, year, rest) in [
            ("New York: Lind, 1926, 1928.", 1926, "New York: Lind."),
            (
                "Harbour Survey, 2000, 2002 and 2003.",
                2000,
                "Harbour Survey.",
            ),
            ("Tides 1990 and 1994.", 1990, "Tides."),
            // A page range's end is no year; the later year, alone, is the date.
            ("pp. 1573 – 1584, 2010.", 2010, "pp. 1573 – 1584."),
            // Years out of order are no list.
            ("Lind, 1994, 1979.", 1979, "Lind, 1994."),
        ] {
            let mut r = Reference::default();
            let kept = take_date_anywhere(&mut r, tail, "");
            assert_eq!(r.year(), Some(year), "{tail}");
            assert_eq!(kept, rest, "{tail}");
        }
    }

    #[test]
    fn a_title_running_on_into_its_year() {
        let cut = |title: &str| {
            let mut r = Reference {
                title: Some(title.into()),
                ..Default::default()
            };
            let rest = take_date_anywhere(&mut r, "", title);
            let year = r.year();
            (r.title.unwrap_or_default(), rest, year)
        };
        let (title, rest, year) =
            cut("Growing ferns on shaded walls 1987 Harbour Botany 12 33--41");
        assert_eq!(
            (title.as_str(), rest.as_str()),
            ("Growing ferns on shaded walls", "Harbour Botany 12 33--41")
        );
        assert_eq!(year, Some(1987));
        let (title, rest, _) = cut("Tidal Mills 2004 Harbour Press Bristol");
        assert_eq!(
            (title.as_str(), rest.as_str()),
            ("Tidal Mills", "Harbour Press Bristol")
        );
        // The year is dated, led into, or one of two; or the title is one word, or nothing
        // capitalised follows: the title stays whole, the year its date.
        for title in [
            "Proceedings of the 1996 Harbour Simulation Conference",
            "Harbour towns since 1945 Revisited",
            "Vol. 4 No. 2 November 2010 Harbour Review 761",
            "Harbour towns 1900 Harbour towns 1950",
            "Harbours 1996 Review",
            "Harbour elections 1996 in Wales",
        ] {
            let (kept, rest, year) = cut(title);
            assert_eq!((kept.as_str(), rest.as_str()), (title, ""), "{title}");
            assert!(year.is_some(), "{title}");
        }
    }

    #[test]
    fn years_of_volumes_and_editions() {
        let year = |tail: &str| {
            let mut r = Reference::default();
            let rest = take_date_anywhere(&mut r, tail, "");
            (r.year(), rest)
        };
        // Volumes printed over years are dated by the first.
        assert_eq!(year("New York: Harbour & Row, 1974–1978.").0, Some(1974));
        assert_eq!(year("Leipzig, 1889-96.").0, Some(1889));
        // A journal's pages are no years.
        assert_eq!(year("Bull. Harbour Soc., 80, 2027-2033.").0, None);
        assert_eq!(year_range_end("–1978.", 1974), Some(7));
        assert_eq!(year_range_end("-1950", 1974), None);
        assert_eq!(year_range_end("-2a", 1974), None);
        // The edition's year stands; the original's in brackets goes with it.
        let (y, rest) = year("New York: Harbour Classics, 2003 [1910].");
        assert_eq!(y, Some(2003));
        assert!(!rest.contains("1910"), "{rest}");
        assert_eq!(year("Paris, Seuil, 2001[1996].").0, Some(2001));
        // A later printing's note in brackets after the work's year: the work's year stands,
        // and the note goes with it (in any of several languages' abbreviations).
        for (tail, want) in [
            ("Oxford 1938 (Rpt. 1991).", 1938),
            ("Cambridge Mass. 1941 (rpt. New York 1977)", 1941),
            ("Torino 1952 (rist. Milano 1980)", 1952),
            ("Leipzig 1899 (Nachdr. 1975).", 1899),
            ("Paris, 1969 (édition originale : Other Title, 1961).", 1969),
            ("New York 1990, pp. 5-9 (ed. or. Paris 1984).", 1990),
        ] {
            let (y, rest) = year(tail);
            assert_eq!(y, Some(want), "{tail}");
            assert!(!rest.contains('('), "{tail}: {rest}");
        }
        // Brackets that do not open with such a note keep their year: a Chicago imprint.
        assert_eq!(
            year("Verdi 1950, 2 vols. (Milan: Ricordi, 1953).").0,
            Some(1953)
        );
        assert_eq!(year("Title [1910].").0, Some(1910));
    }

    #[test]
    fn a_page_label_is_a_word_of_its_own() {
        // "Sci Rep." (Scientific Reports) ends in "p." but labels no page.
        let mut r = Reference::default();
        assert!(find_date(&mut r, "Sci Rep. 2016;6:452–460.").is_some());
        assert_eq!(r.year(), Some(2016));
        let mut r = Reference::default();
        assert_eq!(find_date(&mut r, "Vol. 3, p. 1987."), None);
        assert_eq!(find_date(&mut r, "Vol. 3, pp. 1987–1990."), None);
    }

    #[test]
    fn a_page_after_a_volume_and_its_colon_is_no_year() {
        // Vancouver's "Year; Volume: Page", the page a year's number.
        let mut r = Reference::default();
        assert!(find_date(&mut r, "J Valley Stud 1992; 10: 1952.").is_some());
        assert_eq!(r.year(), Some(1992));
        let mut r = Reference::default();
        assert!(find_date(&mut r, "J Valley Stud 2001;12(3):1999.").is_some());
        assert_eq!(r.year(), Some(2001));
        // With no other year, it is the date still.
        let mut r = Reference::default();
        assert!(find_date(&mut r, "J Valley Stud 12(3): 2006.").is_some());
        assert_eq!(r.year(), Some(2006));
    }
}
