//! Where a container's name ends and its numbers begin.

use super::super::re;
use regex::Regex;
use std::sync::LazyLock;

/// Where a container's numbers start in `s` ("Nature 411, 1012" at " 411"): a volume, issue
/// or page label, a date, or a number before punctuation or a space; `s.len()` if none.
pub(super) fn numbers_start(s: &str) -> usize {
    static NUMBERS_START: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"(?i)(?:[,;:]\s*|\s+|\()(?:\(?(?:vol(?:ume)?s?|v|no|nr|n°|issue|pp?|pages?|bd|t|tome|art|article|e|jg|jahrgang|heft)\.?\s*[0-9]|\(?(?-i:S)\.\s*[0-9]|\((?-i:s)\.\s*[0-9]|[0-9]{1,2}/[0-9]{1,2}/[0-9]{2,4}(?:[\s,.;]|$)|[0-9]+(?:[\s,.:;(\-–]|$))|,\s*(?-i:s)\.\s*[0-9]",
            "NUMBERS_START",
        )
    });
    NUMBERS_START
        .find_iter(s)
        .find(|m| !counts_volumes(s, m.start(), m.end()))
        .map_or(s.len(), |m| m.start())
}

/// Is the number found at `start..end` of `s` a count of volumes after "in" ("Gesammelte
/// Werke in 13 Bänden", "Collected Works in 2 vols."), part of a title and no journal's
/// numbers?
fn counts_volumes(s: &str, start: usize, end: usize) -> bool {
    const VOLUMES: &[&str] = &[
        "bänden", "baenden", "bde", "bdn", "vols", "volumes", "tomes", "tomos", "volumi", "teilen",
        "parts", "books",
    ];
    let before = s[..start].trim_end().as_bytes();
    let after_in = before.len() >= 3
        && before[before.len() - 2..].eq_ignore_ascii_case(b"in")
        && before[before.len() - 3] == b' ';
    after_in
        && s[start..end].trim().bytes().all(|b| b.is_ascii_digit())
        && s[end..]
            .split(|c: char| !c.is_alphabetic())
            .next()
            .is_some_and(|w| VOLUMES.iter().any(|v| caseless_eq(w, v)))
}

/// Is `word` `lower` (lower-case) in any case ("Bänden", "BÄNDEN"), without lower-casing a copy?
fn caseless_eq(word: &str, lower: &str) -> bool {
    word.chars().flat_map(char::to_lowercase).eq(lower.chars())
}
