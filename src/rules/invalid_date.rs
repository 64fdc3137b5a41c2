//! `invalid-date`: a `year`, `month` or date field that is not a valid date.

use super::{Code, Diagnostic, SourceId};
use crate::bibfile::{BibEntry, Field};
use regex::Regex;
use std::sync::LazyLock;

/// `citecheck explain invalid-date`: why it matters and how to fix it.
pub(crate) const EXPLANATION: &str =
    "Why it matters: biber warns and ignores the field (a `date`) or cannot sort by it (a \
     `year`), so the entry sorts and prints wrongly.\n\
     How to fix: write the date as YYYY, YYYY-MM or YYYY-MM-DD; for a work not yet published, \
     `pubstate = {inpress}` (or forthcoming, submitted) instead of a year.";

/// One side of an EDTF date as biblatex accepts it: "2020", "2020-05", "-0044-03-15", "2020-21"
/// (a season), with an optional `?`, `~` or `%` and an optional time.
static ISO_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?P<year>-?\d{4})(?:-(?P<month>\d{2})(?:-(?P<day>\d{2})(?:T\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:?\d{2})?)?)?)?[?~%]?$").expect("ISO_DATE is a valid regex")
});

const DATE_FIELDS: &[&str] = &["date", "urldate", "origdate", "eventdate"];

fn days_in(year: i64, month: u32) -> u32 {
    match month {
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Why one side of a date is not valid, or `None` if it is.
fn side_problem(side: &str) -> Option<String> {
    if side.is_empty() || side == ".." {
        return None;
    }
    let Some(c) = ISO_DATE.captures(side) else {
        return Some(format!("`{side}` is not an ISO 8601 date"));
    };
    let year: i64 = c["year"].parse().ok()?;
    let month: Option<u32> = c.name("month").and_then(|m| m.as_str().parse().ok());
    let day: Option<u32> = c.name("day").and_then(|d| d.as_str().parse().ok());
    match (month, day) {
        (Some(m), None) if (1..=12).contains(&m) || (21..=24).contains(&m) => None,
        (Some(m), Some(d)) if (1..=12).contains(&m) => (d < 1 || d > days_in(year, m)).then(|| {
            format!(
                "`{side}` has no day {d} (the month has {} days)",
                days_in(year, m)
            )
        }),
        (Some(m), _) => Some(format!("`{side}` has no month {m}")),
        (None, _) => None,
    }
}

/// Why a date field's value is not valid.
pub(crate) fn date_problem(value: &str) -> Option<String> {
    let value = value.trim();
    let sides: Vec<&str> = value.split('/').collect();
    if sides.len() > 2 || sides.iter().all(|s| s.is_empty()) {
        return Some(format!(
            "`{value}` is not an ISO 8601 date; write YYYY, YYYY-MM or YYYY-MM-DD"
        ));
    }
    let why = sides.iter().find_map(|s| side_problem(s.trim()))?;
    match written_date(value) {
        Some(iso) => Some(format!("{why}; write {iso}")),
        None => Some(format!("{why}; write YYYY, YYYY-MM or YYYY-MM-DD")),
    }
}

/// A date written out (`November 08, 1996`, `8 Nov 1996`, `Nov. 1996`) in ISO form.
fn written_date(value: &str) -> Option<String> {
    let words: Vec<&str> = value
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .collect();
    let month = words.iter().find_map(|w| {
        w.chars()
            .any(char::is_alphabetic)
            .then(|| crate::bibfile::month_of(w))
            .flatten()
    })?;
    let numbers: Vec<&str> = words
        .iter()
        .copied()
        .filter(|w| w.bytes().all(|b| b.is_ascii_digit()))
        .collect();
    match numbers.as_slice() {
        [year] if year.len() == 4 => Some(format!("{year}-{month:02}")),
        [day, year] | [year, day] if year.len() == 4 && day.len() <= 2 => {
            let d: u32 = day.parse().ok()?;
            let y: i64 = year.parse().ok()?;
            (d >= 1 && d <= days_in(y, u32::from(month)))
                .then(|| format!("{year}-{month:02}-{d:02}"))
        }
        _ => None,
    }
}

/// `pubstate` values biblatex knows, for a year field that says the work is not out yet.
fn pubstate_of(value: &str) -> Option<&'static str> {
    let v = value.to_lowercase().replace(['.', '-'], " ");
    let v = v.split_whitespace().collect::<Vec<_>>().join(" ");
    match v.as_str() {
        "in press" | "inpress" | "accepted" | "to appear" | "in print" => Some("inpress"),
        "forthcoming" => Some("forthcoming"),
        "submitted" | "under review" | "in review" => Some("submitted"),
        "in preparation" | "in prep" => Some("inpreparation"),
        "preprint" | "prepublished" => Some("prepublished"),
        _ => None,
    }
}

fn year_problem(value: &str) -> Option<String> {
    let v = value.trim();
    let digits = v.strip_prefix('-').unwrap_or(v);
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        let hint = if let Some(state) = pubstate_of(v) {
            format!("for a work not yet published write pubstate = {{{state}}} instead")
        } else if let Some(year) = v
            .split(|c: char| !c.is_ascii_digit())
            .find(|w| w.len() == 4)
        {
            format!("write the year alone: year = {{{year}}}")
        } else {
            "write the year as a number".to_string()
        };
        return Some(format!(
            "year `{v}` is not a number; biber cannot sort it; {hint}"
        ));
    }
    (digits.len() > 4).then(|| {
        format!(
            "year {v} has {} digits; write the year in four",
            digits.len()
        )
    })
}

fn month_problem(value: &str) -> Option<String> {
    crate::bibfile::month_of(value).is_none().then(|| {
        format!(
            "month `{}` is not a month (write 1–12 or jan–dec)",
            value.trim()
        )
    })
}

fn problem(field: &Field) -> Option<String> {
    if !(field.name == "year"
        || field.name == "month"
        || DATE_FIELDS.contains(&field.name.as_str()))
    {
        return None;
    }
    let value = crate::bibfile::detex(&field.value);
    if value.is_empty() {
        return None;
    }
    match field.name.as_str() {
        "year" => year_problem(&value),
        "month" => month_problem(&value),
        name if DATE_FIELDS.contains(&name) => date_problem(&value),
        _ => None,
    }
}

/// Checks `year` (a number of at most four digits), `month` (1–12 or a month name) and `date`,
/// `urldate`, `origdate`, `eventdate` (ISO 8601 / EDTF as biblatex reads it: `YYYY`, `YYYY-MM`,
/// `YYYY-MM-DD`, ranges with `/`, open ends, `?`/`~` qualifiers, a day that exists in its month).
/// Example: `year = {19992}`, `month = {13}`, `date = {12/03/2020}`.
///
/// One entry of `.bib` file `i`.
pub fn check(i: usize, entry: &BibEntry, out: &mut Vec<Diagnostic>) {
    for field in &entry.fields {
        if let Some(why) = problem(field) {
            let message = format!("{} of `{}`: {why}", field.name, entry.key);
            out.push(
                Diagnostic::new(Code::InvalidDate, field.value_span, message)
                    .in_source(SourceId::Bib(i))
                    .with_keys([entry.key.clone()]),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iso_date_regex() {
        for ok in [
            "2020",
            "2020-05",
            "2020-05-17",
            "-0044-03-15",
            "2020-21",
            "2020?",
            "2020-05-17T10:30Z",
        ] {
            assert!(ISO_DATE.is_match(ok), "{ok}");
        }
        for bad in ["20", "12/03/2020", "2020-5", "May 2020", "2020-05-17 10:30"] {
            assert!(!ISO_DATE.is_match(bad), "{bad}");
        }
    }

    #[test]
    fn dates_ranges_and_calendar() {
        assert_eq!(date_problem("2020-05-17/2020-06"), None);
        assert_eq!(date_problem("2020/"), None);
        assert_eq!(date_problem("../2020"), None);
        assert_eq!(date_problem("2024-02-29"), None);
        assert_eq!(date_problem("2023-02-29").as_deref(), Some("`2023-02-29` has no day 29 (the month has 28 days); write YYYY, YYYY-MM or YYYY-MM-DD"));
        assert_eq!(
            date_problem("2020-13").as_deref(),
            Some("`2020-13` has no month 13; write YYYY, YYYY-MM or YYYY-MM-DD")
        );
        assert_eq!(
            date_problem("12/03/2020").as_deref(),
            Some("`12/03/2020` is not an ISO 8601 date; write YYYY, YYYY-MM or YYYY-MM-DD")
        );
    }

    #[test]
    fn years_and_months() {
        assert_eq!(year_problem("1999"), None);
        assert_eq!(
            year_problem("19992").as_deref(),
            Some("year 19992 has 5 digits; write the year in four")
        );
        assert_eq!(
            year_problem("in press").as_deref(),
            Some("year `in press` is not a number; biber cannot sort it; for a work not yet published write pubstate = {inpress} instead")
        );
        assert_eq!(
            year_problem("2009 [Online]").as_deref(),
            Some("year `2009 [Online]` is not a number; biber cannot sort it; write the year alone: year = {2009}")
        );
        assert_eq!(
            year_problem("n.d.").as_deref(),
            Some("year `n.d.` is not a number; biber cannot sort it; write the year as a number")
        );
        assert_eq!(
            date_problem("November 08, 1996").as_deref(),
            Some("`November 08, 1996` is not an ISO 8601 date; write 1996-11-08")
        );
        assert_eq!(
            date_problem("8 Nov. 1996").as_deref(),
            Some("`8 Nov. 1996` is not an ISO 8601 date; write 1996-11-08")
        );
        assert_eq!(
            date_problem("Nov 1996").as_deref(),
            Some("`Nov 1996` is not an ISO 8601 date; write 1996-11")
        );
        assert_eq!(month_problem("3"), None);
        assert_eq!(month_problem("Sept."), None);
        assert!(month_problem("13").is_some());
    }
}
