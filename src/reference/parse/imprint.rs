//! Place and publisher: "New York: Norton", "Washington, DC: Agency", words that name a
//! publisher.

use super::kind::PROCEEDINGS;
use super::re;
use crate::reference::fields::{is_journal_word, is_publisher_word, is_region};
use crate::reference::words::{is_abbreviation, is_city, starts_with_city};
use crate::text::month_number;
use regex::Regex;
use std::ops::Range;
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
    let written = left.trim_start_matches('(').trim();
    // A state's code in brackets after the city ("Brattleboro (VT): Green Hills", "Bethesda
    // (MD)") is the place's; the checks below read the city.
    let place = written
        .strip_suffix(')')
        .and_then(|p| p.rsplit_once(" ("))
        .filter(|(_, state)| state.len() == 2 && state.bytes().all(|b| b.is_ascii_uppercase()))
        .map_or(written, |(city, _)| city);
    let mut chars = place.chars();
    if !chars.next().is_some_and(char::is_uppercase) {
        return None;
    }
    // A volume's or part's roman numeral ("Homer, Dichtung und Sage. II: Odyssee") is no
    // place.
    if is_roman_numeral(place) {
        return None;
    }
    let allowed =
        |c: char| c.is_alphabetic() || matches!(c, '.' | '\'' | '’' | '-' | ' ' | ',' | '&');
    if !place.chars().all(|c| allowed(c) || c == '/') || place.matches(',').count() > 1 {
        return None;
    }
    // Cities a slash joins are one place when each is named ("Frankfurt/M.: Campus",
    // "Weinheim / München: Juventa").
    if place.contains('/') && !is_city(place.trim_end_matches('.')) {
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
    let publ = publ.trim();
    // ACS's "Elsevier: New York", "Wiley-VCH: Weinheim", Vancouver's "Addison-Wesley:
    // Reading, MA": the publisher first, then its city.
    let city = publ
        .split(',')
        .next()
        .unwrap_or("")
        .trim_end_matches(['.', ';', ' ']);
    // A name that is no place before a city's, when no publisher's word is in the city's
    // ("Reclam: Stuttgart"; not "Berkeley: University of California Press").
    if !is_place(place) && (looks_like_publisher(place) || !looks_like_publisher(publ)) {
        // Up to a year after it ("Reading, MA, 1986").
        let with_state = publ
            .trim_end_matches(|c: char| c.is_ascii_digit() || matches!(c, ',' | ';' | '.' | ' '));
        if city_and_state(with_state) {
            return Some((with_state, place));
        }
        if is_city(city) {
            return Some((city, place));
        }
    }
    place_fits(place).then_some((written, publ))
}

/// A volume's or part's number in roman numerals, up to five of I, V, X and L ("II", "XIV").
pub(super) fn is_roman_numeral(w: &str) -> bool {
    w.len() <= 5 && !w.is_empty() && w.bytes().all(|b| matches!(b, b'I' | b'V' | b'X' | b'L'))
}

/// A city of capitalised words followed by its state or country: after a comma ("Reading, MA",
/// "Concord, New Hampshire", "Hillsdale, N.J.") or, as a two-letter code, after a space ("New
/// York NY"). "Reading" is a place only by its state.
fn city_and_state(s: &str) -> bool {
    let s = s.trim_end_matches(['.', ';', ',', ' ']);
    let (city, state, code_only) = match s.rsplit_once(", ") {
        Some((city, state)) => (city, state, false),
        None => match s.rsplit_once(' ') {
            Some((city, state)) => (city, state, true),
            None => return false,
        },
    };
    let code = state.len() == 2 && state.bytes().all(|b| b.is_ascii_uppercase());
    let named = !code_only && (is_state_or_country(state) || is_region(state));
    (code || named)
        && !city.is_empty()
        && city.split(' ').count() <= 3
        && city.split(' ').all(|w| w.starts_with(char::is_uppercase))
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

/// A place's run that ran over a sentence end before a publishers' city ("Phantasm, Japan.
/// Chicago", "compiled in the years 1801, 2, 5, 6 etc. London"): the city. Initials before
/// the stop ("Washington, D. C.", "St. Louis") end no sentence.
pub(super) fn city_after_stop(value: &str) -> &str {
    let Some((before, city)) = value.rsplit_once(". ") else {
        return value;
    };
    let word = before.rsplit([' ', ',', '(']).next().unwrap_or("");
    if word.chars().count() >= 3 && is_city(city.trim_end_matches([',', ';', ':', ' '])) {
        city
    } else {
        value
    }
}

/// Is `s`, its punctuation aside, one place: a publishers' city, a region, a state or a
/// country ("South Africa", "New Jersey")?
pub(super) fn is_place(s: &str) -> bool {
    let s = s.trim_matches(|c: char| c.is_whitespace() || matches!(c, ',' | '.' | ';' | ':'));
    !s.is_empty() && (is_city(s) || is_region(s) || is_state_or_country(s))
}

/// A place's run that began on words naming no place before a comma, a publisher found
/// elsewhere: the city after them ("Middle Ages, Leiden", "(II/2), Queriniana, Brescia"). A
/// city, then its state or country, stays whole.
pub(super) fn city_after_comma(value: &str) -> &str {
    let Some((before, city)) = value.rsplit_once(", ") else {
        return value;
    };
    // No place among the words before ("Houndmills, London, New York" names three).
    let named = is_city(city.trim_end_matches([',', ';', ':', ' ']));
    if named && !before.split(", ").any(is_place) && !before.contains(". ") {
        city
    } else {
        value
    }
}

/// What of a place or publisher the field model ran over a sentence's end or into a bracket
/// is the place's or publisher's: the words after the last sentence end ("Kritische
/// Studienausgabe. Berlin", "Oxford English Dictionary. Oxford University Press"), after an
/// opening bracket ("Werk, Wirkung (Neuhausen-Stuttgart", "Orfeo (Cambridge University
/// Press"), or before a bracketed date ("Crafts Council (March/April"). A full stop ends a
/// sentence after a word of five letters or more that is no abbreviation or region ("Univ.
/// Press", "Amer. Math. Soc.", "Cambridge, Mass. London" stay whole), or after a closing
/// bracket or quote, when a capital follows.
pub(super) fn last_sentence(value: &str) -> &str {
    let start = last_sentence_start(value, |bare| {
        bare.chars().count() >= 5
            && bare.chars().all(|c| c.is_alphabetic() || c == '-')
            && !is_abbreviation(&bare.to_lowercase())
            && !is_region(bare)
    });
    let value = &value[start..];
    // An open bracket, not closed in the run: the run went into it (one closed inside is the
    // name's own: "Paramount Books (PVT) LTD").
    match value
        .split_once(" (")
        .filter(|(_, after)| !after.contains(')'))
    {
        Some((before, after)) => {
            let first = after.split([' ', '/', ',', ')']).next().unwrap_or("");
            let dated =
                first.starts_with(|c: char| c.is_ascii_digit()) || month_number(first).is_some();
            if dated {
                before
            } else if after.starts_with(char::is_uppercase) {
                after
            } else {
                value
            }
        }
        None => value,
    }
}

/// Where the last sentence of `value` begins: after the last full stop that a capital follows
/// and that closes a bracket or quote, or a word `ends_sentence` accepts (the word without
/// the brackets and quotes opening it); 0 where none does.
pub(super) fn last_sentence_start(value: &str, ends_sentence: impl Fn(&str) -> bool) -> usize {
    let mut start = 0;
    for (i, _) in value.match_indices(". ") {
        let word = value[..i].rsplit([' ', ',', ';', ':']).next().unwrap_or("");
        let closes = word.ends_with([']', ')', '"', '”', '’', '»']);
        let capital_next = value[i + 2..]
            .chars()
            .next()
            .is_some_and(char::is_uppercase);
        if capital_next && (closes || ends_sentence(word.trim_start_matches(['(', '[', '"', '“'])))
        {
            start = i + 2;
        }
    }
    start
}

/// A book's imprint in Harvard order, the publisher named without a publisher's word: "Charles
/// Griffin, London, United Kingdom". One to five capitalised words, none a journal's or a
/// meeting's and no roman numeral ("The Iliad. I, London 1902" is a volume), then a
/// publishers' city and nothing but regions after it ("Barcelona, Península" is Spanish order,
/// a place then its publisher).
pub(super) fn publisher_then_city(s: &str) -> Option<(&str, &str)> {
    let (publisher, place) = s.split_once(',')?;
    let mut words = publisher.split_whitespace();
    let named = words.clone().all(|w| {
        w.chars().next().is_some_and(char::is_uppercase)
            && !is_journal_word(w)
            && !w.chars().all(|c| matches!(c, 'I' | 'V' | 'X' | 'L' | '.'))
    });
    let few = words.clone().count() <= 5 && words.next().is_some();
    let (city, regions) = place.split_once(',').unwrap_or((place, ""));
    let regions = regions
        .split(',')
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .all(|p| is_region(p) || is_state_or_country(p));
    // Cities joined by a slash are a publisher's two seats ("London/Philadelphia").
    let cities = city.trim().split('/').all(|c| is_city(c.trim()));
    (few && named && regions && !PROCEEDINGS.is_match(publisher) && cities)
        .then_some((publisher, place))
}

/// A place the model ran on into the publisher after it, none found elsewhere: "Paris,
/// Inserm", "New York, Macmillan" (a known city, then a name that is no region) or "Florence:
/// Olschki" (see [`place_publisher`]), as (place, publisher).
pub(super) fn place_then_publisher(value: &str) -> Option<(&str, &str)> {
    if let Some((place, publ)) = place_publisher(value) {
        return Some((place, publ));
    }
    let (place, publ) = value.split_once(", ")?;
    let publ = publ.trim();
    let opens = publ.starts_with(char::is_uppercase)
        || (publ.starts_with(['l', 'd']) && publ[1..].starts_with(['\'', '’']));
    let words = publ.split_whitespace().count();
    // "Toronto, ON", "Washington, D. C.": a region's code, not a publisher.
    let code = publ.chars().filter(|c| c.is_alphabetic()).count() <= 2;
    (is_city(place.trim_start_matches('(').trim())
        && opens
        && !code
        && words <= 5
        && !publ.contains(',')
        && !publ.split_whitespace().any(is_region)
        && !is_state_or_country(publ))
    .then_some((place, publ))
}

/// States, provinces and countries written out after a city ("Cambridge, Massachusetts",
/// "Prague, Czech Rep", "Nürnberg, Deutschland"), lower-case, sorted: the ones the field
/// model's short list of regions lacks.
const STATES_AND_COUNTRIES: &[&str] = &[
    "alabama",
    "alaska",
    "allemagne",
    "argentina",
    "arizona",
    "arkansas",
    "belgien",
    "belgique",
    "british columbia",
    "california",
    "chile",
    "colombia",
    "colorado",
    "connecticut",
    "czech rep",
    "czech republic",
    "delaware",
    "denmark",
    "deutschland",
    "egypt",
    "espagne",
    "finland",
    "florida",
    "frankreich",
    "georgia",
    "greece",
    "hawaii",
    "hungary",
    "idaho",
    "illinois",
    "indiana",
    "iowa",
    "ireland",
    "israel",
    "italie",
    "italien",
    "kansas",
    "kentucky",
    "louisiana",
    "maine",
    "maryland",
    "massachusetts",
    "mexico",
    "michigan",
    "minnesota",
    "mississippi",
    "missouri",
    "montana",
    "nebraska",
    "nevada",
    "new hampshire",
    "new jersey",
    "new mexico",
    "new york",
    "new zealand",
    "niederlande",
    "nigeria",
    "north carolina",
    "north dakota",
    "norway",
    "ohio",
    "oklahoma",
    "ontario",
    "oregon",
    "pakistan",
    "pennsylvania",
    "poland",
    "portugal",
    "quebec",
    "rhode island",
    "royaume-uni",
    "russia",
    "schweiz",
    "scotland",
    "south africa",
    "south carolina",
    "south dakota",
    "spanien",
    "suisse",
    "sweden",
    "taiwan",
    "tennessee",
    "texas",
    "the netherlands",
    "turkey",
    "united kingdom",
    "united states",
    "utah",
    "vermont",
    "victoria",
    "virginia",
    "wales",
    "washington",
    "west virginia",
    "wisconsin",
    "wyoming",
    "états-unis",
    "österreich",
];

/// The postal codes of the United States' states and of Canada's provinces, as a meeting's or
/// publisher's town is followed by them ("Las Vegas, NV", "Banff, AB").
const STATE_CODES: &[&str] = &[
    "AB", "AK", "AL", "AR", "AZ", "BC", "CA", "CO", "CT", "DC", "DE", "FL", "GA", "HI", "IA", "ID",
    "IL", "IN", "KS", "KY", "LA", "MA", "MB", "MD", "ME", "MI", "MN", "MO", "MS", "MT", "NB", "NC",
    "ND", "NE", "NH", "NJ", "NL", "NM", "NS", "NV", "NY", "OH", "OK", "ON", "OR", "PA", "PE", "QC",
    "RI", "SC", "SD", "SK", "TN", "TX", "UT", "VA", "VT", "WA", "WI", "WV", "WY",
];

/// Is `s` (a closing comma or full stop aside) a state's or province's postal code ("NV")?
pub(super) fn is_state_code(s: &str) -> bool {
    STATE_CODES
        .binary_search(&s.trim_end_matches(['.', ',']))
        .is_ok()
}

pub(super) fn is_state_or_country(s: &str) -> bool {
    let s = s.trim_end_matches(['.', ',']).to_lowercase();
    STATES_AND_COUNTRIES.binary_search(&s.as_str()).is_ok()
}

/// A publisher the model ran on into its place, or into a word after it: "Springer-Verlag
/// Berlin", "Universiteit Twente, Netherlands", "MIT Lincoln Labs, Cambridge, MA", "Cambridge
/// University Press, ISBN", "Hogarth Press, cop.", as (publisher, place). A city after "of" or
/// "de" is the publisher's own ("University of Chicago").
pub(super) fn publisher_then_place(value: &str) -> (&str, Option<&str>) {
    let mut whole = value.trim_end_matches(['.', ',', ' ']);
    for tail in [", ISBN", " ISBN", ", cop", " cop"] {
        whole = whole.strip_suffix(tail).unwrap_or(whole);
    }
    let mut publisher = whole;
    let mut place_start: Option<usize> = None;
    loop {
        let head = publisher.trim_end_matches([',', ' ']);
        // A city of several words after a comma ("West Publishing, St. Paul").
        if let Some((before, city)) = head.rsplit_once(", ") {
            let city = city.trim_end_matches('.');
            if city.contains(' ') && !before.trim().is_empty() && is_city(city) {
                place_start = Some(before.len() + 2);
                publisher = before;
                continue;
            }
        }
        let Some(i) = head.rfind(' ') else { break };
        let (before, last) = (head[..i].trim_end_matches([',', ' ']), &head[i + 1..]);
        let last = last.trim_end_matches('.');
        // Without a comma, only after a publisher's word ("Springer-Verlag Berlin"), and not
        // a country of the long list, which closes a publisher's name ("Verlag Österreich").
        let comma = head[..i].trim_end().ends_with(',');
        let place = is_region(last) || is_city(last) || (comma && is_state_or_country(last));
        // "University of Central Florida", "Bank of New York": the publisher's own place;
        // after a comma the place it is in ("University of California, Berkeley").
        let owned = !comma
            && before
                .rsplit(' ')
                .take(2)
                .any(|w| matches!(w, "of" | "de" | "di" | "du" | "at" | "in" | "von"));
        let after_publisher = before
            .rsplit(' ')
            .next()
            .is_some_and(|w| is_publisher_word(w) || w.ends_with("-Verlag"));
        if !place
            || owned
            || !(comma || after_publisher)
            || before.is_empty()
            || before.ends_with(['&', '-'])
        {
            break;
        }
        place_start = Some(i + 1);
        publisher = before;
    }
    let place = place_start.map(|i| whole[i..].trim_end_matches(['.', ',', ' ']));
    (publisher, place)
}

/// A chapter's book, then its city and publisher after commas, French and Spanish style
/// ("Histoire maritime, Rennes, PUR", "Memorias del exilio, Madrid, Alianza"): (book, city,
/// publisher). The city and publisher are read as [`place_then_publisher`] reads them (a known
/// city, then a name that is no region); the book is two words or more.
pub(super) fn book_city_publisher(value: &str) -> Option<(&str, &str, &str)> {
    let value = value.trim_end_matches(['.', ',', ' ']);
    let (before, _) = value.rsplit_once(", ")?;
    let (book, _) = before.rsplit_once(", ")?;
    let (city, publisher) = place_then_publisher(&value[book.len() + 2..])?;
    book.split_whitespace()
        .nth(1)
        .is_some()
        .then_some((book, city, publisher))
}

/// A container the model ran on over what follows the journal's or book's name: a volume in
/// roman numerals ("Annales du Musée ..., VII", "Word & World XIV:4"), an empty "Issue" or
/// "No", a date ("Lien social, 25/04/2013") or a meeting's or a book's city ("... Joint
/// Conference on Artificial Intelligence, Berlin", "Lifestyles of Older Adults, New York"), as
/// (container, place).
pub(super) fn container_then_tail(value: &str) -> (&str, Option<&str>) {
    let trimmed = value.trim_end_matches(['.', ',', ' ']);
    let long = |head: &str| head.split_whitespace().nth(1).is_some();
    // After the last comma: an edition, a part, a volume's word with a season, a volume in
    // spaced roman numerals, "Ahead of print" (CONTAINER_TAIL).
    if let Some((head, last)) = trimmed.rsplit_once(',') {
        if long(head) && CONTAINER_TAIL.is_match(last.trim()) {
            return (head.trim_end(), None);
        }
    }
    // A sentence after the name that is a publishers' city ("Proceedings of the National
    // Academy of Science of the United States of America. Stanford").
    if let Some((head, last)) = trimmed.rsplit_once(". ") {
        if long(head) && is_city(last.trim()) {
            return (head, Some(last.trim()));
        }
    }
    let Some(i) = trimmed.rfind([' ', ',']) else {
        return (value, None);
    };
    let (head, last) = (trimmed[..i].trim_end_matches([',', ' ']), &trimmed[i + 1..]);
    let comma = trimmed[..=i].trim_end().ends_with(',');
    if head.split_whitespace().count() < 2 {
        return (value, None);
    }
    let roman = |w: &str| is_roman_numeral(w.split(':').next().unwrap_or(""));
    let numbered_roman = last.contains(':') && roman(last);
    let date = last.contains('/') && last.chars().all(|c| c.is_ascii_digit() || c == '/');
    // ", Vol", ", vols", ", mai", ", Septembre": the volume's word or the month of a date the
    // model ran into the container.
    let volume_word = matches!(
        last.to_lowercase().as_str(),
        "vol" | "vols" | "v" | "volume" | "volumes" | "bd" | "band" | "issue" | "no"
    );
    if (comma && (roman(last) || volume_word || crate::text::is_month_word(last)))
        || numbered_roman
        || date
    {
        return (head, None);
    }
    if comma && is_city(last) {
        return (head, Some(last));
    }
    // A meeting's town and its state's code, a country after them or not ("..., Lake Tahoe,
    // NV", "..., Banff, AB, Canada"): the town need be on no list.
    if let Some(at) = town_and_state_at(trimmed).filter(|&at| at > 0) {
        let head = trimmed[..at].trim_end_matches([',', ' ']);
        if long(head) {
            return (head, Some(&trimmed[at..]));
        }
    }
    // A city of more than one word after the last comma ("..., New York", "..., Freiburg i.Br").
    match trimmed.rsplit_once(", ") {
        Some((head, last)) if long(head) && last.contains(' ') && is_city(last) => {
            (head, Some(last))
        }
        _ => (value, None),
    }
}

/// Where the town of a closing "Town, ST" or "Town, ST, Country" starts in `value`: one to
/// three capitalised words after a comma or opening `value`, then a state's postal code
/// ([`is_state_code`]).
fn town_and_state_at(value: &str) -> Option<usize> {
    let (mut rest, mut last) = value.rsplit_once(", ")?;
    // "Banff, AB, Canada": the country after the state's code; "Reston, VA": a code that
    // names a state too.
    if is_state_or_country(last) || is_region(last) {
        if let Some(before) = rest.rsplit_once(", ") {
            (rest, last) = before;
        }
    }
    if !is_state_code(last) {
        return None;
    }
    let (at, town) = rest
        .rsplit_once(", ")
        .map_or((0, rest), |(head, town)| (head.len() + 2, town));
    names_a_town(town).then_some(at)
}

/// Can `town` be a town's name the lists lack: one to three capitalised words of letters (a
/// stop, hyphen or apostrophe allowed), each with a small letter (no acronym: "ACM"), none a
/// publisher's word ("Lake Tahoe", "St. Louis", "Fort")?
pub(super) fn names_a_town(town: &str) -> bool {
    let words: Vec<&str> = town.split_whitespace().collect();
    (1..=3).contains(&words.len())
        && words.iter().all(|w| {
            w.starts_with(char::is_uppercase)
                && w.chars()
                    .all(|c| c.is_alphabetic() || matches!(c, '.' | '-' | '\''))
                && w.contains(char::is_lowercase)
                && !is_publisher_word(w)
        })
}

/// Is `place` a town and its state's code ("Lake Tahoe, NV", "Banff, AB, Canada")?
pub(super) fn is_town_and_state(place: &str) -> bool {
    town_and_state_at(place) == Some(0)
}

/// A publisher the model read with words of the title before it or a note after it, as
/// (publisher, place): "Bases, Plenum Press" and "Device Technology, Kluwer Academic
/// Publishers" (no publisher's word before the comma, one after it), "Oxford, Oxford
/// University Press" (a publishers' city first: the place), "Oxford University Press.
/// [CUL/GBR]" (a library's code), "SCM and" (a second imprint's "and").
pub(super) fn publisher_then_tail(value: &str) -> (&str, Option<&str>) {
    let mut v = value.trim_end_matches(['.', ',', ' ']);
    if v.ends_with(']') {
        if let Some(open) = v.rfind(" [") {
            v = v[..open].trim_end_matches(['.', ',', ' ']);
        }
    }
    for connector in [" and", " &"] {
        v = v.strip_suffix(connector).unwrap_or(v);
    }
    let Some((first, rest)) = v.split_once(", ") else {
        return (v, None);
    };
    // An organisation's word counts too: a department or laboratory before its university is
    // the publisher's (reports: "Computer Sciences Dept., Univ. of Wisconsin-Madison").
    let named = |s: &str| {
        s.split_whitespace()
            .any(|w| is_publisher_word(w) || is_body_word(w))
    };
    if is_city(first) && named(rest) && !rest.contains(',') {
        return (rest, Some(first));
    }
    // The first part holding a publisher's word, with nothing of the kind before it.
    let mut at = 0;
    for part in v.split(", ") {
        if named(part) {
            break;
        }
        at += part.len() + 2;
    }
    // Not a company's suffix alone ("Prentice-Hall, Inc.").
    let suffix = |p: &str| {
        let p = p.trim_end_matches(['.', ',']).to_lowercase();
        matches!(
            p.as_str(),
            "inc" | "ltd" | "corp" | "co" | "llc" | "gmbh" | "plc" | "sa"
        )
    };
    // Nor the second name of a firm's ("Doubleday, Page and Company", "Little, Brown, and
    // Company").
    let firm = |p: &str| p.starts_with("and ") || p.contains(" and ") || p.contains(" & ");
    if at > 0 && at < v.len() && !starts_with_city(v) && !suffix(&v[at..]) && !firm(&v[at..]) {
        return (&v[at..], None);
    }
    (v, None)
}

/// A word naming a body that issues reports: "Department", "Laboratories", "Corporation".
fn is_body_word(w: &str) -> bool {
    const BODIES: &[&str] = &[
        "agency",
        "association",
        "board",
        "bureau",
        "center",
        "centre",
        "commission",
        "company",
        "corp",
        "corporation",
        "council",
        "department",
        "dept",
        "division",
        "faculty",
        "foundation",
        "inc",
        "institute",
        "lab",
        "laboratories",
        "laboratory",
        "labs",
        "ltd",
        "ministry",
        "office",
        "school",
        "society",
    ];
    let w = w.trim_end_matches(['.', ',']).to_lowercase();
    BODIES.contains(&w.as_str())
}

/// What a container's last comma leaves after the name, and is not the name's: "2nd Edition",
/// "Seventh Edition", "Part II", "v. Autumn", "X L I", "Ahead of print".
static CONTAINER_TAIL: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^(?:(?:v|vol|no|issue)\.?\s+(?:spring|summer|autumn|fall|winter)|(?:[IVXL]\s){1,5}[IVXL]|[0-9]{1,2}(?:st|nd|rd|th)\s+ed(?:\.|ition)|(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|revised|new)\s+ed(?:\.|ition)|part\s+(?:[ivxl]+|[0-9]+)|ahead\s+of\s+print)$",
        "CONTAINER_TAIL",
    )
});

/// Where a place the model began too late starts: at the capitalised words just before it,
/// when it opens with a particle ("Rio" + "de Janeiro:", "Linda" + "a Velha:"), or when it
/// is only a region before a publisher's colon and `after_publisher` is false ("Rowley," +
/// "Mass.:", "Bourne End," + "Buckinghamshire, England:"; up to three words).
/// `place` is the place's byte range in `text`; the result is its new start (or the old).
pub(super) fn place_head(text: &str, place: Range<usize>, after_publisher: bool) -> usize {
    let start = place.start;
    let place = text[place].trim_end();
    let first = place.split_whitespace().next().unwrap_or("");
    let particle = matches!(
        first,
        "de" | "da" | "do" | "a" | "del" | "di" | "la" | "upon"
    );
    let regions = place.ends_with(':')
        && !after_publisher
        && place
            .trim_end_matches(':')
            .rsplit(',')
            .next()
            .map(|p| p.trim().trim_matches(['(', ')']))
            .is_some_and(|p| is_region(p) || is_state_or_country(p));
    let open = place.trim_start_matches('(');
    if !(particle || regions) || is_city(open.split([',', ':', ' ']).next().unwrap_or("")) {
        return start;
    }
    let before = &text[..start];
    let mut head = start;
    let mut taken = 0;
    let mut end = before.trim_end().len();
    while taken < 3 && end > 0 {
        let word_start = before[..end].rfind(' ').map_or(0, |i| i + 1);
        let word = &before[word_start..end];
        let comma = word.ends_with(',');
        let stops =
            word.ends_with(['.', ':', ';', ')', '"', '”']) || (comma && (particle || taken > 0));
        let capital = word.starts_with(char::is_uppercase) && word.chars().any(char::is_lowercase);
        if word.is_empty() || stops || !capital {
            break;
        }
        head = word_start;
        taken += 1;
        end = before[..word_start].trim_end().len();
    }
    head
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
/// MLA's abbreviated university press: "Oxford UP", "U of Toronto P".
pub(super) fn university_press_abbreviated(s: &str) -> bool {
    let mut words = s.split_whitespace();
    let first = words.next();
    match words.next_back() {
        Some("UP") => true,
        Some("P") => first == Some("U"),
        _ => false,
    }
}

pub(super) fn looks_like_publisher(s: &str) -> bool {
    PUBLISHER_WORDS.is_match(s) && !s.to_ascii_lowercase().contains("journal")
}

/// Words that name a publisher (German and French publishers' names too: "Suhrkamp", "Leske +
/// Budrich", "Minuit").
static PUBLISHER_WORDS: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)(?-u:\b)(?:press|publishers?|publishing|publications|books|verlag|editions?|editora|editorial|ltd|pvt|inc|llc|gmbh|co\.|& co|company|wiley|springer|elsevier|routledge|sage|macmillan|penguin|blackwell|kluwer|mcgraw|pearson|norton|addison|prentice|academic|university|universitat|universite|harper|knopf|random house|kaufmann|kaufman|north-holland|wadsworth|plenum|pergamon|butterworth|erlbaum|guilford|jossey-bass|cengage|harcourt|houghton|scribner|doubleday|bantam|polity|verso|reidel|nijhoff|gruyter|mouton|karger|thieme|hogrefe|emerald|freeman|pearson|longman|heinemann|methuen|faber|hutchinson|clarendon|belknap|ashgate|edward elgar|earthscan|kogan|apress|vintage|hachette|gallimard|seuil|dover|crc|taylor|francis|brill|tauris|palgrave|cambridge|oxford|suhrkamp|leske|budrich|oldenbourg|juventa|rowohlt|beltz|siebeck|gabler|nomos|reclam|luchterhand|kohlhammer|duncker|humblot|centaurus|böhlau|ullstein|velbrück|vandenhoeck|ruprecht|metzler|teubner|hanser|klinkhardt|waxmann|wallstein|peter lang|klett|minuit|flammarion|armand colin)(?-u:\b)|[ÉéEe]ditions(?-u:\b)|universit[éä]",
        "PUBLISHER_WORDS",
    )
});

/// "Publisher: Name", "Published by Name" written out. "Publisher" and "Verlag" are a label
/// only before a colon: "Verlag für Sozialwissenschaften" is a publisher's name.
pub(super) static PUBLISHER_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^(?:(?:publisher|verlag)\s*:|published by)\s+",
        "PUBLISHER_LABEL",
    )
});

#[cfg(test)]
mod tests;
