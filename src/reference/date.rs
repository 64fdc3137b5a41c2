//! Dates as references and citations write them: years, suffixed years, full dates, n.d.

use crate::text::{month_number, MONTH};
use regex::Regex;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;
use std::sync::LazyLock;

/// A calendar date of known precision (year, year-month or year-month-day).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Date {
    pub year: i32,
    pub month: Option<u8>,
    pub day: Option<u8>,
}

impl Date {
    pub fn year(year: i32) -> Self {
        Self {
            year,
            month: None,
            day: None,
        }
    }

    /// Parse an ISO 8601 prefix ("2024", "2024-01", "2024-01-29").
    pub fn from_iso(s: &str) -> Option<Self> {
        let mut parts = s.trim().splitn(3, '-');
        let year = parts.next()?.parse().ok()?;
        let month = match parts.next() {
            Some(m) => Some(m.parse::<u8>().ok()?),
            None => None,
        };
        let day = match parts.next() {
            Some(d) => Some(d.parse::<u8>().ok()?),
            None => None,
        };
        let date = Self { year, month, day };
        date.is_valid().then_some(date)
    }

    fn is_valid(&self) -> bool {
        self.month.is_none_or(|m| (1..=12).contains(&m))
            && self
                .day
                .is_none_or(|d| (1..=31).contains(&d) && self.month.is_some())
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}", self.year)?;
        if let Some(m) = self.month {
            write!(f, "-{m:02}")?;
            if let Some(d) = self.day {
                write!(f, "-{d:02}")?;
            }
        }
        Ok(())
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        Date::from_iso(&s).ok_or_else(|| serde::de::Error::custom(format!("not an ISO date: {s}")))
    }
}

/// A date written in words or digits, with the year suffix if any.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateText {
    pub date: Date,
    pub suffix: Option<String>,
}

/// "January 29, 2024", "Jan 17, 2024", "29 January 2024", "19 Jan 2024", "August 2023",
/// "2024, January 29", "2021a", "2011".
static DATE_TEXT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?ix)^\s*(?:
            (?P<m1>{MONTH})\s+(?P<d1>[0-9]{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y1>[0-9]{{4}})(?P<s1>[a-z])?
          | (?P<d2>[0-9]{{1,2}})(?:st|nd|rd|th)?\s+(?P<m2>{MONTH}),?\s+(?P<y2>[0-9]{{4}})(?P<s2>[a-z])?
          | (?P<y3>[0-9]{{4}})(?P<s3>[a-z])?,\s*(?P<m3>{MONTH})(?:\s+(?P<d3>[0-9]{{1,2}}))?
          | (?P<m4>{MONTH}),?\s+(?P<y4>[0-9]{{4}})(?P<s4>[a-z])?
          | (?P<y5>[0-9]{{4}})(?P<s5>[a-z])?
        )\s*$"
    ))
    .expect("DATE_TEXT is a valid regex")
});

/// Parse a whole string as a date ("January 29, 2024", "2021a"); `None` if it is not one.
pub fn parse_date_text(text: &str) -> Option<DateText> {
    // The common case, a bare year ("2011", "2021a"), needs no regex.
    let t = text.trim().as_bytes();
    if (4..=5).contains(&t.len()) && t[..4].iter().all(u8::is_ascii_digit) {
        let suffix = match t.get(4) {
            None => None,
            Some(c) if c.is_ascii_alphabetic() => {
                Some((c.to_ascii_lowercase() as char).to_string())
            }
            Some(_) => return None,
        };
        let year = t[..4]
            .iter()
            .fold(0i32, |y, d| y * 10 + i32::from(d - b'0'));
        return Some(DateText {
            date: Date::year(year),
            suffix,
        });
    }
    let caps = DATE_TEXT.captures(text)?;
    let get = |names: &[&str]| names.iter().find_map(|n| caps.name(n)).map(|m| m.as_str());
    let year: i32 = get(&["y1", "y2", "y3", "y4", "y5"])?.parse().ok()?;
    let month = get(&["m1", "m2", "m3", "m4"]).and_then(month_number);
    let day = get(&["d1", "d2", "d3"]).and_then(|d| d.parse().ok());
    let suffix = get(&["s1", "s2", "s3", "s4", "s5"]).map(|s| s.to_ascii_lowercase());
    let date = Date {
        year,
        month,
        day: if month.is_some() { day } else { None },
    };
    date.is_valid().then_some(DateText { date, suffix })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn iso(s: &str) -> Option<String> {
        parse_date_text(s).map(|d| format!("{}{}", d.date, d.suffix.unwrap_or_default()))
    }

    #[test]
    fn date_forms() {
        assert_eq!(iso("January 29, 2024").as_deref(), Some("2024-01-29"));
        assert_eq!(iso("Jan 17, 2024").as_deref(), Some("2024-01-17"));
        assert_eq!(iso("29 January 2024").as_deref(), Some("2024-01-29"));
        assert_eq!(iso("19 Jan 2024").as_deref(), Some("2024-01-19"));
        assert_eq!(iso("August 2023").as_deref(), Some("2023-08"));
        assert_eq!(iso("2021a").as_deref(), Some("2021a"));
        assert_eq!(iso("2011").as_deref(), Some("2011"));
        assert_eq!(iso("2020, March 3").as_deref(), Some("2020-03-03"));
        assert_eq!(iso("Sept. 4, 1999").as_deref(), Some("1999-09-04"));
        assert_eq!(iso("Mayday 2020"), None);
        assert_eq!(iso("January 32, 2020"), None);
    }

    #[test]
    fn iso_round_trip() {
        for s in ["2024-01-29", "2023-08", "2011"] {
            assert_eq!(Date::from_iso(s).unwrap().to_string(), s);
        }
        assert!(Date::from_iso("2024-13").is_none());
    }
}
