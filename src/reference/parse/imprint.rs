//! Place and publisher: "New York: Norton", "Washington, DC: Agency", words that name a
//! publisher.

use super::re;
use crate::reference::words::is_city;
use regex::Regex;
use std::sync::LazyLock;

/// "Place: Publisher" with a short place (the bound is checked here, not in the regex:
/// counted repetition of a Unicode class makes the automaton huge and slow).
pub(super) fn place_publisher(s: &str) -> Option<(&str, &str)> {
    // Written out rather than as a regex: its Unicode letter classes made the capture step
    // the costliest of the parser.
    let (left, publ) = s.split_once(':')?;
    if publ.contains(':') || publ.trim_start().chars().count() < 2 {
        return None;
    }
    let place = left.trim_start_matches('(').trim();
    let mut chars = place.chars();
    if !chars.next().is_some_and(char::is_uppercase) {
        return None;
    }
    let allowed =
        |c: char| c.is_alphabetic() || matches!(c, '.' | '\'' | '’' | '-' | ' ' | ',' | '&');
    if !place.chars().all(allowed) || place.matches(',').count() > 1 {
        return None;
    }
    // A region after the comma is one capitalised word ("Ross-on-Wye, UK", "Boston, Mass.").
    if let Some((_, region)) = place.split_once(',') {
        let region = region.trim_start();
        let word = region.split([' ', '&']).next().unwrap_or("");
        if !word.chars().next().is_some_and(char::is_uppercase) || word.contains(['\'', '’', '-'])
        {
            return None;
        }
    }
    place_fits(place).then_some((place, publ.trim()))
}

/// A place is short: a city of up to 41 characters, with a region (", NY", ≤ 21) or a second
/// city ("& Oxford", ≤ 31).
fn place_fits(place: &str) -> bool {
    let len = |s: &str| s.trim().chars().count();
    // The second city, after the last "&" / " and ".
    let (main, second) = match (place.rfind('&'), place.rfind(" and ")) {
        (Some(a), Some(b)) if b > a => (&place[..b], &place[b + 5..]),
        (Some(a), _) => (&place[..a], &place[a + 1..]),
        (None, Some(b)) => (&place[..b], &place[b + 5..]),
        (None, None) => (place, ""),
    };
    let (city, region) = main.split_once(',').unwrap_or((main, ""));
    let split_fits = len(city) <= 41 && len(region) <= 21 && len(second) <= 31;
    len(place) <= 41 || split_fits
}

/// "Washington, DC: Central Intelligence Agency", "London: Hogarth Press": a place and
/// publisher where the place is a known city or the publisher reads as one.
pub(super) fn is_imprint(s: &str) -> bool {
    place_publisher(s).is_some_and(|(place, publ)| {
        let city = place.split(',').next().unwrap_or("").trim();
        let short_publisher = publ.split_whitespace().count() <= 8 && !publ.contains('(');
        short_publisher && (is_city(city) || looks_like_publisher(publ))
    })
}

/// Does `s` name a publisher ("Oxford University Press", "Wiley"), and not a journal?
pub(super) fn looks_like_publisher(s: &str) -> bool {
    PUBLISHER_WORDS.is_match(s) && !s.to_ascii_lowercase().contains("journal")
}

/// Words that name a publisher.
static PUBLISHER_WORDS: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)(?-u:\b)(?:press|publishers?|publishing|publications|books|verlag|editions?|editora|editorial|ltd|pvt|inc|llc|gmbh|co\.|& co|company|wiley|springer|elsevier|routledge|sage|macmillan|penguin|blackwell|kluwer|mcgraw|pearson|norton|addison|prentice|academic|university|universitat|universite|harper|knopf|random house|kaufmann|kaufman|north-holland|wadsworth|plenum|pergamon|butterworth|erlbaum|guilford|jossey-bass|cengage|harcourt|houghton|scribner|doubleday|bantam|polity|verso|reidel|nijhoff|gruyter|mouton|karger|thieme|hogrefe|emerald|freeman|pearson|longman|heinemann|methuen|faber|hutchinson|clarendon|belknap|ashgate|edward elgar|earthscan|kogan|apress|vintage|hachette|gallimard|seuil|dover|crc|taylor|francis|brill|tauris|palgrave|cambridge|oxford)(?-u:\b)|[ÉéEe]ditions(?-u:\b)|universit[éä]",
        "PUBLISHER_WORDS",
    )
});

/// "Publisher: Name" written out.
pub(super) static PUBLISHER_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^(?:publisher|published by|verlag)\s*:?\s+",
        "PUBLISHER_LABEL",
    )
});

#[cfg(test)]
mod tests {
    use super::*;
    use crate::reference::parse::assert_matches;

    #[test]
    fn imprints_and_places() {
        assert_eq!(
            place_publisher("New York: Norton"),
            Some(("New York", "Norton"))
        );
        assert_eq!(
            place_publisher("Ross-on-Wye, UK: PCCS Books"),
            Some(("Ross-on-Wye, UK", "PCCS Books"))
        );
        assert_eq!(
            place_publisher("Parallel STREAMS: A multi-processor implementation").map(|p| p.0),
            Some("Parallel STREAMS")
        );
        assert!(!is_imprint(
            "Parallel STREAMS: A multi-processor implementation"
        ));
        assert!(is_imprint("Washington, DC: Central Intelligence Agency"));
        assert!(place_publisher(
            "Interpretation and explanation in the study of animal behavior: X"
        )
        .is_none());
    }

    #[test]
    fn publisher_words() {
        assert_matches(
            &PUBLISHER_WORDS,
            &[
                "Oxford University Press",
                "Springer",
                "Éditions du Seuil",
                "Wiley-Blackwell",
            ],
            &["Journal of Tests", "Nature", "Pressure"],
        );
        assert!(!looks_like_publisher("Journal of the Royal Society"));
        assert_matches(
            &PUBLISHER_LABEL,
            &[
                "Publisher: I.B. Tauris",
                "Published by Penguin",
                "Verlag: X",
            ],
            &["Publishers Weekly", "I.B. Tauris"],
        );
        assert!(place_fits("Upper Saddle River, NJ"));
        assert!(!place_fits(
            "A place whose name runs on far longer than any city"
        ));
    }
}
