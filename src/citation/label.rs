//! Alphabetic label citations, as alpha and amsalpha styles write them: "[BJP12]",
//! "[BJP12, Thm. 3]", "[Knu84; BJP12]", "[see Knu84, BJP12]", and the forms converters leave
//! once the markup mask has taken their link syntax away ("[\[BJP12\]](#page-3-1)",
//! "[[BJP12]]").
//!
//! A bracket cites only when every part of it (between semicolons, and between commas where a
//! part is a label) opens with a label: one of the list's own, or one shaped like a label (a
//! capital, a few letters, two or four digits: "Knu84", "vdH05a", "BGM+20"), so that a label
//! missing from the list is still reported. Anything else after a comma is a locator.

use super::Citation;
use super::Target;
use crate::document::{SUP_CLOSE, SUP_OPEN};
use crate::span::Span;
use regex::Regex;
use std::borrow::Cow;
use std::collections::HashSet;
use std::sync::LazyLock;

/// A bracket's text, which may run over a line break.
static BRACKET: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\[([^\[\]]{1,200})\]").expect("BRACKET is a valid regex"));

/// A label's shape: "Knu84", "BJP12a", "vdH05", "BGM+20", "O'N1983".
static LABEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:\p{Ll}{1,3})?\p{Lu}[\p{L}+'’\-]{0,9}(?:\d{4}|\d{2})[a-z]?$")
        .expect("LABEL is a valid regex")
});

/// Words that may open a part before its label: "see", "see also", "e.g.,", "cf.", "also".
static PREFIX: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*((?i:see(?:\s+also)?|also|e\.g\.,?|cf\.|compare))\s+")
        .expect("PREFIX is a valid regex")
});

/// Every label citation in `body`, in text order. `labels` are the list's labels (parallel to
/// its entries).
pub fn each_label(body: &str, labels: &[Option<String>], mut f: impl FnMut(Citation)) {
    let known: HashSet<&str> = labels.iter().flatten().map(String::as_str).collect();
    let is_label = |token: &str| known.contains(token) || LABEL.is_match(token);
    for caps in BRACKET.captures_iter(body) {
        let Some(inner) = caps.get(1) else { continue };
        if let Some(cited) = group(inner.as_str(), inner.start(), &is_label) {
            cited.into_iter().for_each(&mut f);
        }
    }
}

/// The citations of one bracket's text (at `at` in the body), or `None` if it is no citation.
fn group(text: &str, at: usize, is_label: &impl Fn(&str) -> bool) -> Option<Vec<Citation>> {
    let mut out: Vec<Citation> = Vec::new();
    let mut part_start = 0;
    for whole in text.split(';') {
        // A part opens with an optional prefix and a label; later pieces are labels or the
        // locator of the label before.
        let prefix = PREFIX.captures(whole);
        let skip = prefix
            .as_ref()
            .and_then(|c| c.get(0))
            .map_or(0, |m| m.end());
        let mut prefix = prefix
            .and_then(|c| c.get(1))
            .map(|m| m.as_str().to_string());
        let part = &whole[skip..];
        let mut piece_start = part_start + skip;
        let mut first = true;
        for piece in part.split(',') {
            let from = piece_start;
            piece_start += piece.len() + 1;
            let token = piece.trim();
            let lead = piece.len() - piece.trim_start().len();
            let label = as_written(token);
            if is_label(&label) {
                let start = at + from + lead;
                out.push(Citation {
                    span: Span::new(start, start + token.len()),
                    text: label.to_string(),
                    target: Target::Label(label.into_owned()),
                    narrative: false,
                    prefix: prefix.take(),
                    locator: None,
                });
            } else if first || token.is_empty() {
                return None;
            } else {
                let last = out.last_mut()?;
                let locator = match last.locator.take() {
                    Some(before) => format!("{before}, {token}"),
                    None => token.to_string(),
                };
                last.locator = Some(locator);
            }
            first = false;
        }
        part_start += whole.len() + 1;
    }
    (!out.is_empty()).then_some(out)
}

/// A label with the superscript marks and blanks the markup mask left around its "+" taken
/// out: "RWC\u{2}  +  \u{3}19" (a raised "+"), "SZS      +13" (marker's link around "SZS").
fn as_written(token: &str) -> Cow<'_, str> {
    if token.contains([SUP_OPEN, SUP_CLOSE, '+']) {
        Cow::Owned(
            token
                .chars()
                .filter(|&c| c != SUP_OPEN && c != SUP_CLOSE && !c.is_whitespace())
                .collect(),
        )
    } else {
        Cow::Borrowed(token)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cited(body: &str) -> Vec<(String, Option<String>, Option<String>)> {
        let labels = vec![Some("Knu".to_string()), None];
        let mut out = Vec::new();
        each_label(body, &labels, |c| {
            let spanned = &body[c.span.start..c.span.end];
            assert_eq!(as_written(spanned), c.text, "span of {}", c.text);
            out.push((c.text, c.prefix, c.locator));
        });
        out
    }

    fn plain(label: &str) -> (String, Option<String>, Option<String>) {
        (label.to_string(), None, None)
    }

    #[test]
    fn label_shapes() {
        for label in ["BJP12", "Knu84", "vdH05a", "BGM+20", "O'N1983", "Ste10b"] {
            assert!(LABEL.is_match(label), "{label}");
        }
        for token in [
            "BJP1",
            "bjp12",
            "12",
            "Thm. 3",
            "H100",
            "see BJP12",
            "BJP12ab",
        ] {
            assert!(!LABEL.is_match(token), "{token}");
        }
    }

    #[test]
    fn forms() {
        assert_eq!(cited("as [BJP12] shows"), [plain("BJP12")]);
        assert_eq!(
            cited("as [Knu84; BJP12] and [Ste10a, vdH05] show"),
            ["Knu84", "BJP12", "Ste10a", "vdH05"].map(plain)
        );
        assert_eq!(
            cited("by [BJP12, Thm. 3] and [Knu84, pp. 4, 6; BJP12]"),
            [
                ("BJP12".into(), None, Some("Thm. 3".into())),
                ("Knu84".into(), None, Some("pp. 4, 6".into())),
                plain("BJP12"),
            ]
        );
        assert_eq!(
            cited("see [see also Knu84] and [e.g., BJP12]"),
            [
                ("Knu84".into(), Some("see also".into()), None),
                ("BJP12".into(), Some("e.g.,".into()), None),
            ]
        );
        // A label the list knows, though no year shows in it.
        assert_eq!(cited("as in [Knu]"), [plain("Knu")]);
    }

    #[test]
    fn converter_forms_after_the_mask() {
        // `[\[BJP12\]](#page-3-1)` and marker's two links for one bracket, masked.
        assert_eq!(cited("as   [BJP12 ]              shows"), [plain("BJP12")]);
        assert_eq!(
            cited("as  [Knu84;             BJP12 ]             show"),
            ["Knu84", "BJP12"].map(plain)
        );
        assert_eq!(cited("as [[BJP12]] shows"), [plain("BJP12")]);
        // "[RWC<sup>+</sup>19]", and marker's "[\[KMH](#page-69-1)<sup>+</sup>20]".
        let out =
            cited("as [RWC\u{2}    +     \u{3}19] and  [KMH        \u{2}    +     \u{3}20] show");
        assert_eq!(out, ["RWC+19", "KMH+20"].map(plain));
        assert_eq!(cited("as  [SZS            +13]"), [plain("SZS+13")]);
        assert_eq!(
            cited("over a line [Knu84;\nBJP12]"),
            ["Knu84", "BJP12"].map(plain)
        );
    }

    #[test]
    fn not_citations() {
        for body in [
            "on [0, 1] and [a, b]",
            "a note [Online] and [sic]",
            "[see Section 3]",
            "[BJP12 and more]",
            "[Thm. 3, BJP12]",
            "[]",
        ] {
            assert!(cited(body).is_empty(), "{body}");
        }
    }
}
