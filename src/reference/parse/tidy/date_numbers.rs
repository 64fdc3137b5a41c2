//! Numbers a date writes (a day beside its month, a year after its month and day) read as
//! a volume or pages, and a date's month read as the container.

use super::super::kind::is_year;
use crate::text::{is_month_word, strip_word_suffix};

/// A month's name alone read as the container: the date's, written after the title with no
/// outlet named (a news item in Chicago's style: "Dawn. 2024. \"Title.\" January 17, 2024.").
pub(super) fn month_read_as_container(container: &mut Option<String>) {
    if container
        .as_deref()
        .is_some_and(|c| is_month_word(c.trim_end_matches(['.', ','])))
    {
        *container = None;
    }
}

/// Is `value` (a volume or pages read) a day of the month (1 to 31), or a range of days, that
/// `text` writes beside a month's name wherever it stands as a number, with none of `labels`
/// before it: "Observer, 3 December 2006", "Mercure de France, 15 novembre 1925", a
/// meeting's "26-27 April 2012" and "July 5-8"; not "vol. 21, 21 gennaio 1960", "Vol. 21 March,
/// 2017", "(May), 25-30" (a mark between), nor a sum ("$30 billion ... 30 October").
pub(super) fn days_beside_month(value: &str, text: &str, labels: &[&str]) -> bool {
    let day = |d: &str| d.parse::<u8>().is_ok_and(|d| (1..=31).contains(&d));
    let days = match value.split_once(['-', '–']) {
        Some((first, last)) => day(first) && day(last),
        None => day(value),
    };
    if !days {
        return false;
    }
    // "25 July2016": a year glued to the month.
    let month = |w: &str| is_month_word(w.trim_end_matches(|c: char| c.is_ascii_digit()));
    // The month after the days, a volume's range of days ("26-27 April") read on over.
    let month_after = |end: usize| {
        let mut rest = &text[end..];
        if let Some(r) = rest.strip_prefix(['-', '–']) {
            rest = r.trim_start_matches(|c: char| c.is_ascii_digit());
        }
        // German writes the day as an ordinal ("30. Oktober"), or the date in numbers
        // ("22.12.2001").
        let numeric_date = rest.strip_prefix('.').is_some_and(|r| {
            let month_digits = r.bytes().take_while(u8::is_ascii_digit).count();
            (1..=2).contains(&month_digits)
                && r[month_digits..]
                    .strip_prefix('.')
                    .is_some_and(|y| y.bytes().take_while(u8::is_ascii_digit).count() >= 2)
        });
        numeric_date
            || rest
                .strip_prefix(". ")
                .or_else(|| rest.strip_prefix(' '))
                .and_then(|after| after.split_whitespace().next())
                .is_some_and(|w| month(w.trim_end_matches([',', '.'])))
    };
    // The month right before them, nothing but a space between ("July 5-8", "Mar. 25").
    let month_before = |at: usize| {
        text[..at].strip_suffix(' ').is_some_and(|before| {
            before
                .rsplit(' ')
                .next()
                .is_some_and(|w| month(w.trim_end_matches('.')))
        })
    };
    let mut numbers = standalone(value, text)
        .filter(|&at| !text[..at].ends_with(['$', '€', '£']))
        .peekable();
    numbers.peek().is_some()
        && numbers.all(|at| {
            !labelled_at(text, at, labels) && (month_after(at + value.len()) || month_before(at))
        })
}

/// Does one of `labels` (any case, a word of its own) stand right before byte `at` of `text`?
pub(super) fn labelled_at(text: &str, at: usize, labels: &[&str]) -> bool {
    let before = text[..at].trim_end();
    labels
        .iter()
        .any(|l| strip_word_suffix(before, l).is_some())
}

/// Where `number` stands in `text` as a number of its own, not a piece of a word or a longer
/// number.
pub(super) fn standalone<'t>(number: &'t str, text: &'t str) -> impl Iterator<Item = usize> + 't {
    let b = text.as_bytes();
    memchr::memmem::find_iter(b, number.as_bytes()).filter(move |&at| {
        let glued_before = at > 0 && b[at - 1].is_ascii_alphanumeric();
        let glued_after = b.get(at + number.len()).is_some_and(u8::is_ascii_digit);
        !(glued_before || glued_after)
    })
}

/// Is `value` (the pages read) a year (1500 to 2099) that `text` writes as a date's year after
/// its month ("January 2024", "12 May 2019") or its month and day ("January 25, 2024", "Mar.
/// 3, 2021"), with none of `labels` before it, and elsewhere only as a year alone? A
/// newspaper's or a web page's date, after the year that dates the names ("Mir, A. 2024. ...
/// Lawfare, January 25, 2024."), is no pages.
pub(super) fn date_year(value: &str, text: &str, labels: &[&str]) -> bool {
    if !is_year(value) {
        return false;
    }
    let month = |w: &str| is_month_word(w.trim_end_matches(['.', ',']));
    let day = |w: &str| w.parse::<u8>().is_ok_and(|d| (1..=31).contains(&d));
    let after_month = |at: usize| {
        let mut words = text[..at].trim_end().trim_end_matches(',').rsplit(' ');
        let last = words.next().unwrap_or("");
        month(last) || (day(last) && words.next().is_some_and(month))
    };
    // The year that dates the names, a sentence of its own or in brackets ("Mir, A. 2024.",
    // "Okafor (2019)").
    let alone = |at: usize| {
        let before = text[..at].trim_end_matches(' ');
        let after = &text[at + value.len()..];
        (before.is_empty() || before.ends_with(['.', '('])) && after.starts_with(['.', ')'])
    };
    let (mut dated, mut other) = (false, false);
    for at in standalone(value, text) {
        if labelled_at(text, at, labels) {
            other = true;
        } else if after_month(at) {
            dated = true;
        } else if !alone(at) {
            other = true;
        }
    }
    dated && !other
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_dates_year_is_no_page() {
        const LABELS: &[&str] = &["p.", "pp."];
        for text in [
            "Mir, A. 2024. \"Border Clashes.\" Lawfare, January 25, 2024.",
            "Okafor, B. 2019. \"Ports.\" The Diplomat, 12 May 2019.",
            "Okafor, B. 2019. \"Ports.\" The Diplomat, Mar. 3, 2019, A1.",
            "Okafor, B. 2019. \"Ports.\" Harbour News, May 2019.",
        ] {
            let year = if text.contains("2024") {
                "2024"
            } else {
                "2019"
            };
            assert!(date_year(year, text, LABELS), "{text}");
        }
        // Pages, a volume, a year alone, a labelled page: no date's year.
        for (value, text) in [
            ("2019", "Okafor, B. Ports. Harbour News 12, 2019 (2019)."),
            ("2019", "Okafor, B. (2019). Ports. Harbour News, 12, 2019."),
            (
                "2019",
                "Okafor, B. Ports. Harbour News, May 2019, 2019-2020.",
            ),
            ("2019", "Okafor, B. Ports. Harbour News, May 2019, p. 2019."),
            ("1215", "Okafor, B. Ports. Harbour News, May 2019, 1215."),
            ("45", "Okafor, B. Ports. Harbour News, May 45, 2019."),
        ] {
            assert!(!date_year(value, text, LABELS), "{text}");
        }
    }

    /// The whole parser on a news site's article dated twice (Chicago author-date).
    #[test]
    fn a_news_articles_date_gives_no_pages() {
        let r = crate::reference::parse::parse(
            "Okafor, Bisi. 2024. \"Border Trade Resumes.\" The Harbour Post, January 25, 2024.",
        );
        assert_eq!(r.container.as_deref(), Some("The Harbour Post"));
        assert_eq!(r.pages, None);
        // No outlet named: the date's month is no container.
        let r = crate::reference::parse::parse(
            "Harbour Post. 2024. \"Border Trade Resumes.\" January 25, 2024.",
        );
        assert_eq!(r.title.as_deref(), Some("Border Trade Resumes"));
        assert_eq!(r.container, None);
        assert_eq!(r.volume, None);
        assert_eq!(r.pages, None);
    }
}
