//! `malformed-field`: a `pages`, `doi`, `url` or `isbn` field that is not well formed.

use super::{Code, Diagnostic, SourceId};
use crate::bibfile::{detex, BibEntry};
use regex::Regex;
use std::sync::LazyLock;

/// `citecheck explain malformed-field`: why it matters and how to fix it.
pub(crate) const EXPLANATION: &str = "Why it matters: links break and page ranges print wrongly.\n\
     How to fix: write pages as 10--12, a DOI as 10.xxxx/..., a full URL, a valid ISBN.";

/// One page or a range of pages: "12", "e1234", "S12", "xii", "5:1", "12--14", "12–14".
static PAGE_RANGE: LazyLock<Regex> = LazyLock::new(|| {
    let page = r"(?:[A-Za-z]{0,3}\d+(?::\d+)?[A-Za-z]?|[ivxlcdmIVXLCDM]+)";
    Regex::new(&format!(r"^{page}(?:\s*(?:-{{1,3}}|–|—)\s*{page})?\+?$"))
        .expect("PAGE_RANGE is a valid regex")
});

/// A bare DOI: "10." registrant code "/" suffix, no spaces.
static DOI: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^10\.\d{4,9}(?:\.\d+)*/\S+$").expect("DOI is a valid regex"));

/// A URL with a scheme ("https://", "ftp://", "mailto:").
static URL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:[A-Za-z][A-Za-z0-9+.\-]*://\S+|mailto:\S+@\S+)$")
        .expect("URL is a valid regex")
});

fn pages_problem(value: &str) -> Option<String> {
    // Most page fields are plain ("10--12"); only the others need their TeX undone.
    if value
        .split(',')
        .all(|part| PAGE_RANGE.is_match(part.trim()))
    {
        return None;
    }
    let value = detex(value);
    let bad = value
        .split(',')
        .map(str::trim)
        .find(|part| !PAGE_RANGE.is_match(part))?;
    Some(format!(
        "pages `{value}`: `{bad}` is not a page or a range; write pages as 10--12"
    ))
}

fn doi_problem(value: &str) -> Option<String> {
    let v = value.trim();
    let lower = v.to_ascii_lowercase();
    for prefix in [
        "https://doi.org/",
        "http://doi.org/",
        "https://dx.doi.org/",
        "http://dx.doi.org/",
        "doi:",
    ] {
        if lower.starts_with(prefix) {
            return Some(format!(
                "doi `{v}` has the prefix `{}`; write the bare DOI `{}`",
                &v[..prefix.len()],
                v[prefix.len()..].trim()
            ));
        }
    }
    (!DOI.is_match(v)).then(|| format!("doi `{v}` is not a DOI; a DOI looks like 10.1000/xyz123"))
}

fn url_problem(value: &str) -> Option<String> {
    let v = value.trim();
    (!URL.is_match(v)).then(|| {
        if v.contains(char::is_whitespace) {
            format!("url `{v}` contains white space; encode it as %20 or remove it")
        } else {
            format!("url `{v}` has no scheme; write https://{v}")
        }
    })
}

/// The check digit of an ISBN is right (10 digits, last may be X; or 13 digits).
fn isbn_valid(digits: &[u8]) -> bool {
    match digits.len() {
        10 => {
            let sum: u32 = digits
                .iter()
                .enumerate()
                .map(|(i, &d)| (10 - i as u32) * if d == b'X' { 10 } else { u32::from(d - b'0') })
                .sum();
            digits[..9].iter().all(u8::is_ascii_digit) && sum.is_multiple_of(11)
        }
        13 => {
            digits.iter().all(u8::is_ascii_digit)
                && digits
                    .iter()
                    .enumerate()
                    .map(|(i, &d)| u32::from(d - b'0') * if i % 2 == 0 { 1 } else { 3 })
                    .sum::<u32>()
                    % 10
                    == 0
        }
        _ => false,
    }
}

fn isbn_problem(value: &str) -> Option<String> {
    let v = value.trim();
    // Some entries hold two ISBNs (hardback, paperback).
    for one in v.split([',', ';']).map(str::trim).filter(|s| !s.is_empty()) {
        let bare = one
            .trim_start_matches("ISBN")
            .trim_start_matches(['-', ':', ' ']);
        let digits: Vec<u8> = bare
            .bytes()
            .filter(|b| !matches!(b, b'-' | b' '))
            .map(|b| b.to_ascii_uppercase())
            .collect();
        if digits.iter().any(|b| !b.is_ascii_digit() && *b != b'X')
            || !matches!(digits.len(), 10 | 13)
        {
            return Some(format!(
                "isbn `{one}` has {} digits; an ISBN has 10 or 13",
                digits
                    .iter()
                    .filter(|b| b.is_ascii_digit() || **b == b'X')
                    .count()
            ));
        }
        if !isbn_valid(&digits) {
            return Some(format!(
                "isbn `{one}` has a wrong check digit; copy it again from the book"
            ));
        }
    }
    None
}

/// Checks that pages are numbers or ranges (`10--12`, `e1234`, `iv--xii`, `5:1--5:12`, lists
/// with commas), that a DOI is a bare `10.NNNN/suffix` (not a URL), that a URL has a scheme, and
/// that an ISBN has 10 or 13 digits with a valid check digit (a wrong ISBN finds another book).
/// Example: `pages = {10-}`, `doi = {https://doi.org/10.1000/x}`, `url = {www.example.org}`.
///
/// One entry of `.bib` file `i`.
pub fn check(i: usize, entry: &BibEntry, out: &mut Vec<Diagnostic>) {
    for field in &entry.fields {
        if field.value.trim().is_empty() {
            continue;
        }
        let problem = match field.name.as_str() {
            "pages" => pages_problem(&field.value),
            "doi" => doi_problem(&field.value),
            "url" => url_problem(&field.value),
            "isbn" => isbn_problem(&field.value),
            _ => None,
        };
        if let Some(why) = problem {
            let message = format!("{why} (entry `{}`)", entry.key);
            out.push(
                Diagnostic::new(Code::MalformedField, field.value_span, message)
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
    fn page_range_regex() {
        for ok in [
            "12",
            "10--12",
            "10-12",
            "10–12",
            "e1234",
            "S12--S18",
            "iv--xii",
            "5:1--5:12",
            "123+",
            "1234-56",
        ] {
            assert!(PAGE_RANGE.is_match(ok), "{ok}");
        }
        for bad in ["10-", "a-b", "--12", "10 to 12", "pp. 10--12", ""] {
            assert!(!PAGE_RANGE.is_match(bad), "{bad}");
        }
        assert_eq!(pages_problem("10--12, 15"), None);
        assert!(pages_problem("10-").is_some());
    }

    #[test]
    fn doi_and_url_regexes() {
        assert!(DOI.is_match("10.1000/xyz123"));
        assert!(DOI.is_match("10.1093/ajae/aaq063"));
        assert!(!DOI.is_match("10.10/x"));
        assert!(!DOI.is_match("doi.org/10.1000/x"));
        assert!(doi_problem("https://doi.org/10.1000/x")
            .unwrap()
            .contains("bare DOI `10.1000/x`"));
        assert!(URL.is_match("https://example.org/a?b=c"));
        assert!(URL.is_match("mailto:me@example.org"));
        assert!(!URL.is_match("www.example.org"));
        assert!(url_problem("www.example.org")
            .unwrap()
            .contains("https://www.example.org"));
    }

    #[test]
    fn isbn_length_and_checksum() {
        assert_eq!(isbn_problem("978-0-306-40615-7"), None);
        assert_eq!(isbn_problem("0-306-40615-2"), None);
        assert_eq!(isbn_problem("0-8044-2957-X"), None);
        assert!(isbn_problem("978-0-306-40615-8")
            .unwrap()
            .contains("check digit"));
        assert!(isbn_problem("978-0-306").unwrap().contains("has 7 digits"));
    }
}
