//! A journal's acronym with its two-digit volume glued on, as PDF text leaves the style of the
//! SISSA journals ("JHEP 01 (2016) 006", "JCAP 03 (2015) 012" written "JHEP01 ( 2016 )006"):
//! the acronym is the journal, the two digits the volume, the number after the year the page.

use super::super::re;
use crate::reference::Reference;
use regex::Regex;
use std::sync::LazyLock;

/// Three capitals or more, then two digits, and nothing else ("JHEP01", "JCAP03").
static ACRONYM_VOLUME: LazyLock<Regex> =
    LazyLock::new(|| re(r"^(\p{Lu}{3,})([0-9]{2})$", "ACRONYM_VOLUME"));

/// The container "JHEP01" with "006" read as the volume or the pages: container "JHEP",
/// volume "01", pages "006", when the text has the year in brackets between the container
/// and the number (not a conference's acronym and year, "ICSE99").
pub(super) fn acronym_then_volume(r: &mut Reference) {
    let Some(container) = r.container.as_deref() else {
        return;
    };
    if !container.ends_with(|c: char| c.is_ascii_digit()) {
        return;
    }
    let Some(c) = ACRONYM_VOLUME.captures(container) else {
        return;
    };
    let (Some(acronym), Some(volume)) = (c.get(1), c.get(2)) else {
        return;
    };
    let (acronym, volume) = (acronym.as_str().to_string(), volume.as_str().to_string());
    let page = match (r.volume.as_deref(), r.pages.as_deref()) {
        (Some(v), None) | (None, Some(v)) => v.to_string(),
        // Read as both (the rules' volume, the model's pages).
        (Some(v), Some(p)) if v == p => v.to_string(),
        _ => return,
    };
    let Some(year) = r.year() else {
        return;
    };
    // "JHEP01 ( 2016 )006": the container, the year in brackets, the page.
    let raw = r.raw.as_str();
    let placed = raw.match_indices(container).any(|(at, _)| {
        let after = raw[at + container.len()..].trim_start();
        let Some(inside) = after.strip_prefix('(') else {
            return false;
        };
        let Some((date, rest)) = inside.split_once(')') else {
            return false;
        };
        date.trim() == year.to_string() && rest.trim_start().starts_with(page.as_str())
    });
    if placed {
        r.container = Some(acronym);
        r.volume = Some(volume.into());
        r.pages = Some(page.into());
    }
}

#[cfg(test)]
mod tests {
    use crate::reference::parse;

    #[test]
    fn a_two_digit_volume_glued_to_the_journals_acronym() {
        for text in [
            "A. Okafor and G. Marsh, Measurement of river shapes, TIDE01 ( 2016 )006[ arXiv :1509.09029].",
            "A. Okafor and G. Marsh, Measurement of river shapes, TIDE01 (2016) 006.",
        ] {
            let r = parse(text);
            assert_eq!(r.container.as_deref(), Some("TIDE"), "{text}");
            assert_eq!(r.volume.as_deref(), Some("01"), "{text}");
            assert_eq!(r.pages.as_deref(), Some("006"), "{text}");
        }
        // A conference's acronym and year, no year in brackets after it: no change.
        let r = parse("A. Okafor, Measuring rivers, In Proc. TIDES99, Lyon, pp. 12-19, 1999.");
        assert_ne!(r.volume.as_deref(), Some("99"));
    }
}
