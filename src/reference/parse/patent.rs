//! Patents: "US Patent 3,712,959", "U.S. Patent No. 6,789,012", "European Patent EP 0 912 345
//! B1", "USA Patent № 5351122", "Provisional patent PT10607USP1". The patent's number is
//! BibLaTeX's `number` of a `@patent`, its office the entry's `type` (`patentus`, `patenteu`
//! ...); the piece is taken out of the text before the tail is read, where its digits would
//! be read as a volume and pages.

use super::re;
use regex::Regex;
use std::sync::LazyLock;

/// A patent found in a reference: its number as written and BibLaTeX's type for its office.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Patent {
    pub number: String,
    pub kind: Option<&'static str>,
}

/// Find a patent in `text` (`lower` a lower-cased copy of it or of the text it came from, for
/// the cheap test most entries fail): the patent and the text without it.
pub(super) fn take(text: &str, lower: &str) -> Option<(Patent, String)> {
    if !lower.contains("patent") {
        return None;
    }
    let caps = PATENT.captures(text)?;
    let (all, number) = (caps.get(0)?, caps.name("number")?);
    let number = without_year(number.as_str().trim());
    let office = caps.name("office").map(|o| o.as_str());
    let application = caps.name("application").is_some();
    let kind = office.and_then(|o| office_kind(o, application));
    let mut rest = String::with_capacity(text.len());
    rest.push_str(text[..all.start()].trim_end());
    let after = text[all.end()..].trim_start();
    let after = after
        .strip_prefix([',', ';', '.'])
        .unwrap_or(after)
        .trim_start();
    // "filed January 2016", "date of patent Sep. 27, 1994": the date stays, its label goes.
    let after = DATE_LABEL.find(after).map_or(after, |m| &after[m.end()..]);
    if !rest.is_empty() && !after.trim().is_empty() {
        rest.push_str(if rest.ends_with(['.', ',', ';']) {
            " "
        } else {
            ". "
        });
    }
    rest.push_str(after.trim_start());
    Some((
        Patent {
            number: number.to_string(),
            kind,
        },
        rest,
    ))
}

/// The number without a year the space-separated form ran on into ("US patent 4 0054 881
/// 1977" ends at "881").
fn without_year(number: &str) -> &str {
    match number.rsplit_once(' ') {
        Some((head, last))
            if last.len() == 4
                && (last.starts_with("19") || last.starts_with("20"))
                && head.contains(|c: char| c.is_ascii_digit()) =>
        {
            head.trim_end()
        }
        _ => number,
    }
}

/// BibLaTeX's type for a patent (or an application, `patreq...`) of an office it has a key
/// for: the United States, Europe, Germany, France, the United Kingdom.
fn office_kind(office: &str, application: bool) -> Option<&'static str> {
    let letters: String = office
        .chars()
        .filter(|c| c.is_alphabetic())
        .flat_map(char::to_lowercase)
        .collect();
    let kinds = match letters.as_str() {
        "us" | "usa" | "unitedstates" => ("patentus", "patrequs"),
        "european" | "ep" => ("patenteu", "patreqeu"),
        "german" | "germany" | "de" => ("patentde", "patreqde"),
        "french" | "france" | "fr" => ("patentfr", "patreqfr"),
        "uk" | "british" | "gb" => ("patentuk", "patrequk"),
        _ => return None,
    };
    Some(if application { kinds.1 } else { kinds.0 })
}

/// "[office] [provisional] patent [application] [No.] NUMBER": the office a country or its
/// code; the number in groups of three after commas or stops ("3,712,959"), an application's
/// series and number ("12/345,678"), a Korean office's ("10-0979953"), in groups after spaces
/// ("4 0054 881", "EP 0 912 345 B1"), or letters and digits ("PT10607USP1").
static PATENT: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)(?:(?-u:\b)(?P<office>U\.\s?S\.(?:\s?A\.)?|USA?|United\s+States|European|German|French|British|Japanese|Canadian|Chinese|Korean|Australian|World|Germany|France|Japan|Canada|China|Korea|Australia|UK|EP|DE|FR|GB|JP|WO|CA|CN|KR)\s+)?(?-u:\b)(?:provisional\s+)?patent(?P<application>\s+application)?(?:\s+(?:no\.?|number|nr\.?|#)|\s*№)?\s*:?\s*(?P<number>(?-i:(?:[A-Z]{1,3}\s?)?(?:\d{2}/\d{3}[,.]\d{3}|\d{2}-\d{4,7}|\d{1,3}(?:[,.]\d{3})+|\d+(?:\s\d{3,4}(?-u:\b))*[A-Z0-9]*)(?:\s[A-Z]\d?(?-u:\b))?))",
        "PATENT",
    )
});

/// The words that label a patent's date after its number.
static DATE_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^(?i:filed|issued|granted|published|dated|date\s+of\s+patent)(?:\s+(?i:on|in))?\s+",
        "DATE_LABEL",
    )
});

#[cfg(test)]
mod tests {
    use super::*;

    fn patent(text: &str) -> Option<(Patent, String)> {
        take(text, &text.to_lowercase())
    }

    #[test]
    fn numbers_and_offices() {
        for (text, number, kind, rest) in [
            (
                "Okafor, E., “Method for Detecting Tides,” Jan. 23 1973, US Patent 3,712,959.",
                "3,712,959",
                Some("patentus"),
                "Okafor, E., “Method for Detecting Tides,” Jan. 23 1973,",
            ),
            (
                "Lind, B. (2004). Tide meter. U.S. Patent No. 6,789,012. Washington, DC: U.S. Patent and Trademark Office.",
                "6,789,012",
                Some("patentus"),
                "Lind, B. (2004). Tide meter. Washington, DC: U.S. Patent and Trademark Office.",
            ),
            (
                "Marsh, C. 1999. Tidal converter. European Patent EP 0 912 345 B1.",
                "EP 0 912 345 B1",
                Some("patenteu"),
                "Marsh, C. 1999. Tidal converter.",
            ),
            (
                "Okafor T.M. Absolute tide gauge. USA Patent № 5351122, date of patent Sep.27, 1994.",
                "5351122",
                Some("patentus"),
                "Okafor T.M. Absolute tide gauge. Sep.27, 1994.",
            ),
            (
                "Okafor, F. H., \"Remote buoy locator\". US patent 4 0054 881 October 18, 1977.",
                "4 0054 881",
                Some("patentus"),
                "Okafor, F. H., \"Remote buoy locator\". October 18, 1977.",
            ),
            (
                "Lind, V. Flow modifiers. Provisional patent PT10607USP1 filed January 2016.",
                "PT10607USP1",
                None,
                "Lind, V. Flow modifiers. January 2016.",
            ),
            (
                "O. Okafor and J. Lind, Korea Patent 10-0979953 (registered).",
                "10-0979953",
                None,
                "O. Okafor and J. Lind, (registered).",
            ),
            (
                "Marsh, A. 2010. Tide pump. US Patent Application 12/345,678.",
                "12/345,678",
                Some("patrequs"),
                "Marsh, A. 2010. Tide pump.",
            ),
        ] {
            let (p, left) = patent(text).unwrap_or_else(|| panic!("{text}"));
            assert_eq!(p.number, number, "{text}");
            assert_eq!(p.kind, kind, "{text}");
            assert_eq!(left, rest, "{text}");
        }
    }

    #[test]
    fn patents_named_without_a_number_are_none() {
        for text in [
            "Okafor, A. (2001). The patent system and innovation. Research Policy, 30, 12–20.",
            "Lind, B. World Patent Information, 23, 45-50.",
            "Marsh, C. (1998). Patents in 1990s Europe. London: Verso.",
            "U.S. Patent and Trademark Office. (2010). Manual. Washington, DC.",
        ] {
            assert_eq!(patent(text), None, "{text}");
        }
    }
}
