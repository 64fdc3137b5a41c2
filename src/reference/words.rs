//! Word lists the reference parser looks words up in: cities, words that open titles,
//! abbreviations, name particles and suffixes, words that join names or mark organisations.
//!
//! Each list is sorted (byte order) without repeats and read through the predicate beside it.
//! The two long lists, [`CITIES`] and [`ORG_WORDS`], are binary searched; the short ones are
//! scanned, which the compiler turns into a few length and byte compares (a binary search over
//! them, with a string compare per step, cost the parser 2% more instructions). The tests hold
//! every list to its order and its case.

mod other_cities;
use other_cities::OTHER_CITIES;

/// An editor's role as written after the names, as a regex fragment (no flags, no full stop):
/// "ed", "eds", "edts", "edd" (Latin plural), "editor(s)", "Hrsg.", "Hrg.", "Hg.", "Hgg." (German),
/// "dir(s)." and "éd(s)." (French), "coord(s).", "comp(s).", "compilador(es)", "a cura di" and "a c. di"
/// (Italian). One list for the patterns that read a role after the names (the parser's
/// `EDS_MARK`, `EDS_AFTER_NAMES`, `ROLE_IN_BRACKETS`, `IN_EDITORS`, `NAMES_THEN_ED`), so they
/// cannot drift apart.
pub(crate) const EDITOR_ROLE: &str = r"(?:eds?|éds?|edts|edd|editors?|hrsg|hrg|hgg?|dirs?|coords?|comps?|compilador(?:es|a)?|a\s+cura\s+di|a\.?\s+c\.\s*di)";

/// [`EDITOR_ROLE`] in round or square brackets, any case, as a regex fragment: "(Hg.)",
/// "[Hrsg.]", "(eds)", "( Eds. )", and Portuguese "(Org.)". One fragment for the patterns that find the role closing
/// a list of editors (`ROLE_IN_BRACKETS`, `IN_EDITORS`, the book's `ROLE_BEFORE`) or opening
/// the model's container run (`EDS_MARK`).
pub(crate) fn role_in_brackets() -> String {
    format!(r"[(\[]\s*(?i:{EDITOR_ROLE}|{BRACKETED_EDITOR_ROLE})\.?\s*[)\]]")
}

/// Editors' roles read only in brackets: Portuguese "(Org.)", "(Orgs.)" ("organizador"),
/// which bare would be an organisation's abbreviation ("Int. Labour Org."), French "(sous la
/// dir. de)", and the "(red.)" of Dutch, the Scandinavian languages, Polish and Czech, Hungarian
/// "(szerk.)", Finnish "(toim.)", which bare are words of their languages.
const BRACKETED_EDITOR_ROLE: &str =
    r"orgs?|organizador(?:es|as?)?|sous\s+la\s+dir(?:\.|ection)\s+de|red|szerk|toim";

/// Cities where publishers sit: a comma segment that is one of them is the imprint, not the
/// title ("Réinventer l'Etat, Paris, PUF").
pub(super) const CITIES: &[&str] = &[
    "Abingdon",
    "Albany",
    "Aldershot",
    "Amherst",
    "Amsterdam",
    "Ann Arbor",
    "Athens",
    "Auckland",
    "Austin",
    "Baltimore",
    "Barcelona",
    "Basel",
    "Basingstoke",
    "Beijing",
    "Berkeley",
    "Berlin",
    "Bern",
    "Birmingham",
    "Bloomington",
    "Bologna",
    "Bonn",
    "Bordeaux",
    "Boston",
    "Brisbane",
    "Bristol",
    "Brussels",
    "Bruxelles",
    "Budapest",
    "Buenos Aires",
    "Cairo",
    "Cambridge",
    "Canberra",
    "Cape Town",
    "Chicago",
    "Chichester",
    "Cologne",
    "Copenhagen",
    "Delhi",
    "Dordrecht",
    "Dublin",
    "Durham",
    "Edinburgh",
    "Englewood Cliffs",
    "Farnham",
    "Firenze",
    "Florence",
    "Frankfurt",
    "Geneva",
    "Genève",
    "Glasgow",
    "Greenwich",
    "Grenoble",
    "Göttingen",
    "Hamburg",
    "Harmondsworth",
    "Heidelberg",
    "Helsinki",
    "Hillsdale",
    "Hoboken",
    "Hong Kong",
    "Istanbul",
    "Ithaca",
    "Jerusalem",
    "Johannesburg",
    "Köln",
    "Lausanne",
    "Leeds",
    "Leiden",
    "Leipzig",
    "Lille",
    "Lisboa",
    "Lisbon",
    "London",
    "Los Angeles",
    "Lyon",
    "Madrid",
    "Mahwah",
    "Manchester",
    "Marseille",
    "Melbourne",
    "Milan",
    "Milano",
    "Minneapolis",
    "Montpellier",
    "Montreal",
    "Montréal",
    "Moscou",
    "Moscow",
    "Munich",
    "München",
    "Nairobi",
    "Nantes",
    "Napoli",
    "New Delhi",
    "New Haven",
    "New York",
    "Newbury Park",
    "Norwood",
    "Oslo",
    "Ottawa",
    "Oxford",
    "Paris",
    "Perth",
    "Philadelphia",
    "Pittsburgh",
    "Prague",
    "Praha",
    "Princeton",
    "Québec",
    "Rennes",
    "Rio de Janeiro",
    "Roma",
    "Rome",
    "San Francisco",
    "Seattle",
    "Sheffield",
    "Singapore",
    "Stockholm",
    "Strasbourg",
    "Stuttgart",
    "Sydney",
    "São Paulo",
    "Tel Aviv",
    "Thousand Oaks",
    "Tokyo",
    "Torino",
    "Toronto",
    "Toulouse",
    "Turin",
    "Upper Saddle River",
    "Vancouver",
    "Vienna",
    "Warsaw",
    "Warszawa",
    "Washington",
    "Wellington",
    "Westport",
    "Wien",
    "Zurich",
    "Zürich",
];

/// What German lists write after a city's name: its river or region ("Frankfurt a.M",
/// "Frankfurt am Main", "Freiburg i.Br").
const CITY_SUFFIXES: &[&str] = &["a.M", "a. M", "am Main", "i.Br", "i. Br"];

/// What German lists write after a place to say there are more ("Münster [u.a.]", "Wien
/// (u.a.)", "New York u. a.").
const MORE_PLACES: &[&str] = &["[u.a.]", "[u. a.]", "(u.a.)", "(u. a.)", "u.a.", "u. a."];

/// The length in bytes of what a city's name may go on with at the start of `after` (the text
/// after the name): one of [`CITY_SUFFIXES`] with its stop ("Frankfurt" + " a.M.", "Freiburg"
/// + " i. Br."), then one of [`MORE_PLACES`]; 0 if neither.
pub(super) fn city_tail_len(after: &str) -> usize {
    let mut len = 0;
    let mut rest = after;
    for list in [CITY_SUFFIXES, MORE_PLACES] {
        let Some(tail) = rest.strip_prefix(' ') else {
            break;
        };
        let whole = |kept: &&str| !kept.starts_with(char::is_alphabetic);
        if let Some(kept) = list.iter().find_map(|s| tail.strip_prefix(s).filter(whole)) {
            // The suffix's stop, not a sentence's: "a.M." then " u.a.".
            let kept = kept.strip_prefix('.').unwrap_or(kept);
            len += rest.len() - kept.len();
            rest = kept;
        }
    }
    len
}

/// `s` without one of [`MORE_PLACES`] closing it after a space, its last stop perhaps gone
/// ("Wien u.a"); none if no such mark closes it.
pub(super) fn without_more_places(s: &str) -> Option<&str> {
    if !s.ends_with(['.', ']', ')', 'a']) {
        return None;
    }
    MORE_PLACES.iter().find_map(|mark| {
        s.strip_suffix(mark)
            .or_else(|| s.strip_suffix(mark.trim_end_matches('.')))?
            .strip_suffix(' ')
    })
}

/// What joins two places in one imprint ("Weinheim und München", "Weinheim u. München",
/// "London and New York", "Wien & Köln"), after a space.
const CITY_CONJUNCTIONS: &[&str] = &["und ", "u. ", "and ", "& "];

/// `s` split around the first of [`CITY_CONJUNCTIONS`] in it. A scan of its spaces, the
/// conjunctions tested only after one: [`is_city`] is asked of many words and short runs.
fn split_at_conjunction(s: &str) -> Option<(&str, &str)> {
    if s.len() > 80 {
        return None;
    }
    memchr::memchr_iter(b' ', s.as_bytes()).find_map(|at| {
        let rest = &s[at + 1..];
        CITY_CONJUNCTIONS
            .iter()
            .find_map(|c| rest.strip_prefix(c))
            .map(|second| (&s[..at], second))
    })
}

/// What may follow a city's name in [`cities_pattern`], as a regex: one of [`CITY_SUFFIXES`]
/// with or without its stop, or "/M", then a second city after a slash ("Frankfurt
/// a.M./New York").
pub(super) fn city_tail_pattern() -> String {
    let suffixes: Vec<String> = CITY_SUFFIXES
        .iter()
        .map(|s| regex::escape(s).replace(' ', r"\s?"))
        .collect();
    format!(
        r"(?:\s?(?:{})\.?|/M\.?)?(?:\s?/\s?\p{{Lu}}[\p{{L}}.\s]*)?",
        suffixes.join("|")
    )
}

/// Is `s` one of the publishers' [`CITIES`] or [`OTHER_CITIES`], exactly as written there
/// ("New York"), or as German lists write them: with the river or region after the name
/// ("Frankfurt a.M", "Frankfurt/M", "Frankfurt am Main", "Freiburg i.Br"), two or three joined by
/// slashes ("Berlin/Heidelberg", "Frankfurt a.M./New York") or dashes ("Roma-Bari")?
pub(super) fn is_city(s: &str) -> bool {
    let listed =
        |s: &str| CITIES.binary_search(&s).is_ok() || OTHER_CITIES.binary_search(&s).is_ok();
    if listed(s) {
        return true;
    }
    // "Münster [u.a.]", "New York u. a.": a city and the mark that there are more.
    if let Some(city) = without_more_places(s) {
        return is_city(city);
    }
    // "Weinheim und München", "London and New York", "Wien & Köln": two places a conjunction
    // joins, each a city as this reads one.
    if let Some((first, second)) = split_at_conjunction(s) {
        return is_city(first.trim_end_matches(',')) && is_city(second);
    }
    if memchr::memchr3(b'/', b'.', b'-', s.as_bytes()).is_none() && !s.ends_with(" am Main") {
        return false;
    }
    let named = |c: &str| {
        let c = c.trim().trim_end_matches('.');
        let bare = CITY_SUFFIXES
            .iter()
            .find_map(|tail| c.strip_suffix(tail))
            .map_or(c, str::trim_end);
        !bare.is_empty() && listed(bare)
    };
    // "Roma-Bari", "Roma - Bari", "Lanham-Boulder-New York-Oxford": cities joined by dashes,
    // as Italian lists write them, read as the slashes' are.
    if s.contains('-') && !s.contains('/') {
        return (1..=3).contains(&s.matches('-').count()) && s.split('-').all(named);
    }
    // "Frankfurt/M", "Frankfurt/Main": the river, not a second city.
    if let Some((city, "M" | "M." | "Main")) = s.split_once('/') {
        return listed(city.trim());
    }
    s.split('/').count() <= 3 && s.split('/').all(named)
}

/// Does `s` open with one of the publishers' cities ("Boston, MA.", "London:", "(New York:")?
pub(super) fn starts_with_city(s: &str) -> bool {
    let s = s.trim_start_matches(['(', ' ']);
    let Some(words) = s.split(|c: char| !c.is_alphabetic() && c != ' ').next() else {
        return false;
    };
    if is_city(words.trim()) {
        return true;
    }
    // A city and an abbreviation's first letter ("Frankfurt a.M.", "Washington D.C.",
    // "Freiburg i. Br.").
    s[words.len()..].starts_with('.')
        && words
            .rsplit_once(' ')
            .is_some_and(|(city, letter)| letter.chars().count() == 1 && is_city(city.trim()))
}

/// The [`CITIES`] and [`OTHER_CITIES`] as a regex alternation ("Aachen|Abingdon|..."), to
/// embed in a pattern. The names hold no regex syntax but the stop of "St. Paul", escaped.
pub(super) fn cities_pattern() -> String {
    let mut all: Vec<&str> = CITIES.iter().chain(OTHER_CITIES).copied().collect();
    all.sort_unstable();
    all.iter()
        .map(|c| regex::escape(c))
        .collect::<Vec<_>>()
        .join("|")
}

/// Could `word` be in a sorted list of lower-case ASCII words none longer than `longest`? A
/// byte test before the binary search (whose string comparisons are calls): most words asked
/// about, capitalised names, fail it. A test checks each list's words pass it.
#[inline]
fn may_be_listed(word: &str, longest: usize) -> bool {
    word.len() <= longest && word.as_bytes().first().is_some_and(u8::is_ascii_lowercase)
}

/// The longest of [`TITLE_STARTS`], [`ABBREVIATIONS`], [`PARTICLES`] and
/// [`JOINED_PARTICLES`], in bytes.
const TITLE_STARTS_LONGEST: usize = 7;
const ABBREVIATIONS_LONGEST: usize = 6;
const PARTICLES_LONGEST: usize = 5;
const JOINED_PARTICLES_LONGEST: usize = 3;

/// Words that start titles, never names.
pub(super) const TITLE_STARTS: &[&str] = &[
    "a", "about", "after", "an", "are", "at", "between", "beyond", "by", "can", "das", "der",
    "die", "do", "does", "ein", "eine", "el", "for", "from", "how", "il", "in", "into", "is", "la",
    "le", "les", "los", "my", "new", "of", "on", "our", "some", "the", "these", "this", "to",
    "toward", "towards", "un", "une", "using", "we", "what", "when", "where", "who", "why", "with",
];

/// Does the lower-case `word` start titles, never names ("the", "how", "towards")?
#[inline]
pub(super) fn is_title_start(word: &str) -> bool {
    // Sorted (a test checks it): asked of every word a name scan reads.
    may_be_listed(word, TITLE_STARTS_LONGEST) && TITLE_STARTS.binary_search(&word).is_ok()
}

/// Abbreviations after which a full stop does not end a sentence (lower case, the final full
/// stop left out).
pub(super) const ABBREVIATIONS: &[&str] = &[
    "acad", "al", "am", "approx", "assoc", "bros", "bull", "cf", "ch", "cit", "co", "comp", "conf",
    "corp", "dept", "dr", "e.g", "ed", "eds", "eg", "etc", "fig", "ft", "i.e", "ibid", "ie", "inc",
    "int", "intl", "j", "jr", "ltd", "mag", "mr", "mrs", "ms", "mt", "n", "nat", "natl", "no",
    "nr", "op", "p", "pp", "proc", "pt", "q", "repr", "res", "rev", "s", "sci", "ser", "soc", "sr",
    "st", "suppl", "symp", "trad", "trans", "transl", "u.k", "u.s", "univ", "v", "vol", "vols",
    "vs",
];

/// Is the lower-case `word` an abbreviation whose full stop ends no sentence ("vol", "e.g")?
#[inline]
pub(super) fn is_abbreviation(word: &str) -> bool {
    may_be_listed(word, ABBREVIATIONS_LONGEST) && ABBREVIATIONS.binary_search(&word).is_ok()
}

/// Connecting words allowed inside a name list or an organisation's name.
pub(super) const NAME_GLUE: &[&str] = &[
    "&", "&amp;", "al", "al.", "and", "ed", "eds", "et", "for", "in", "jr", "of", "on", "others",
    "sr", "the", "und", "y",
];

/// Is `word` (any ASCII case) a connecting word of a name list or an organisation's name
/// ("and", "of", "et", "al.", "Jr")?
#[inline]
pub(super) fn is_name_glue(word: &str) -> bool {
    NAME_GLUE.iter().any(|g| g.eq_ignore_ascii_case(word))
}

/// Words that join two names.
const CONNECTORS: &[&str] = &["&", "and", "et", "und", "y"];

/// Is `w` (any ASCII case, a comma after it allowed) a word joining two names ("and", "&",
/// "und", "y", "et")?
#[inline]
pub(super) fn is_connector(w: &str) -> bool {
    let w = w.trim_end_matches(',');
    CONNECTORS.iter().any(|c| c.eq_ignore_ascii_case(w))
}

/// Is `w` a lower-case word inside a place's name or between its parts ("Reinbek bei
/// Hamburg", "Newcastle upon Tyne", "Frankfurt am Main", "Châlons sur Marne")?
pub(super) fn is_place_joiner(w: &str) -> bool {
    matches!(
        w,
        "am" | "an" | "and" | "bei" | "der" | "et" | "im" | "in" | "on" | "sur" | "upon"
    )
}

/// Function words that a journal's or publisher's name may hold in lower case.
const NAME_FUNCTION_WORDS: &[&str] = &[
    "a", "an", "and", "at", "de", "del", "der", "des", "di", "die", "du", "e", "et", "for", "für",
    "in", "la", "le", "of", "on", "the", "to", "und", "van", "von", "y",
];

/// May a journal's or publisher's name hold `word` in lower case ("of", "and", "für")?
/// Case counts: "Of" is not one.
#[inline]
pub(super) fn is_name_function_word(word: &str) -> bool {
    NAME_FUNCTION_WORDS.contains(&word)
}

/// Lower-case name particles that belong before a family name.
const PARTICLES: &[&str] = &[
    "al", "bin", "da", "das", "de", "del", "della", "den", "der", "di", "dos", "du", "el", "ibn",
    "la", "le", "ten", "ter", "van", "von", "y", "zu",
];

/// [`PARTICLES`] as a regex alternation ("al|bin|da|..."), for patterns that look for one.
pub(super) fn particles_pattern() -> String {
    PARTICLES.join("|")
}

/// Is `word` one capital and then small letters only, two letters or more ("Mod", "Phys",
/// "Astropart"; not "J", "USA", "McGraw")?
pub(super) fn is_capitalised_word(word: &str) -> bool {
    let mut chars = word.chars();
    chars.next().is_some_and(char::is_uppercase)
        && chars.clone().next().is_some()
        && chars.all(char::is_lowercase)
}

/// Is `word` a lower-case particle that belongs before a family name ("van", "de", "al")?
#[inline]
pub(crate) fn is_particle(word: &str) -> bool {
    may_be_listed(word, PARTICLES_LONGEST) && PARTICLES.binary_search(&word).is_ok()
}

/// Particles written joined to the family name: "al-Rashid", "el-Amin", "d'Alembert",
/// "ben-Ami".
const JOINED_PARTICLES: &[&str] = &[
    "abu", "ad", "al", "an", "ar", "as", "ash", "at", "az", "ben", "bin", "d", "da", "de", "di",
    "du", "el", "ibn", "l", "o", "ul", "van", "von",
];

/// Is `prefix` a particle written joined to a family name ("al" of "al-Rashid")?
#[inline]
pub(super) fn is_joined_particle(prefix: &str) -> bool {
    may_be_listed(prefix, JOINED_PARTICLES_LONGEST)
        && JOINED_PARTICLES.binary_search(&prefix).is_ok()
}

/// Generational suffixes written after a name ("Jr.", "III").
const SUFFIXES: &[&str] = &[
    "2nd", "3rd", "4th", "ii", "iii", "iv", "jr", "jun", "sen", "sr",
];

/// Is `part` a generational suffix, in any case, with or without full stops ("Jr.", "III")?
/// Not "Jun" and "Sen" without their stop (given and family names: "Xu Jun", "Sen, A."), nor
/// "JR" and "SR" in capitals without one (Vancouver's initials: "Ortaldo JR, Herberman RB").
#[inline]
pub(super) fn is_name_suffix(part: &str) -> bool {
    // Compared without a lower-cased copy: every suffix is ASCII, and no other character
    // lower-cases to ASCII letters but the Kelvin sign ("k", in none of them) and "İ" (with a
    // dot above).
    let bare = part.trim_end_matches('.');
    let stop = bare.len() < part.len();
    bare.is_ascii()
        && SUFFIXES.iter().any(|s| s.eq_ignore_ascii_case(bare))
        && (stop || !matches!(bare.len(), 2 | 3) || bare.starts_with(char::is_numeric) || {
            let roman = bare.bytes().all(|b| matches!(b, b'I' | b'V' | b'i' | b'v'));
            roman || (bare.len() == 2 && !bare.bytes().all(|b| b.is_ascii_uppercase()))
        })
}

/// Words that mark a name as an organisation rather than a person. All are ASCII, 3 to 14
/// letters long: [`is_organisation_word`] relies on it.
pub(super) const ORG_WORDS: &[&str] = &[
    "academy",
    "administration",
    "agency",
    "association",
    "authority",
    "bank",
    "board",
    "bureau",
    "center",
    "centre",
    "college",
    "commission",
    "committee",
    "company",
    "consortium",
    "corporation",
    "council",
    "court",
    "daily",
    "department",
    "express",
    "federation",
    "foundation",
    "fund",
    "gazette",
    "global",
    "government",
    "group",
    "health",
    "herald",
    "hospital",
    "inc",
    "initiative",
    "insider",
    "institute",
    "institution",
    "international",
    "journal",
    "league",
    "ltd",
    "magazine",
    "ministry",
    "monitor",
    "national",
    "nations",
    "network",
    "news",
    "office",
    "organisation",
    "organization",
    "party",
    "post",
    "press",
    "program",
    "programme",
    "project",
    "recorder",
    "republic",
    "reuters",
    "review",
    "school",
    "service",
    "services",
    "society",
    "states",
    "team",
    "the",
    "times",
    "tribune",
    "trust",
    "union",
    "university",
    "world",
];

/// Is `w` (any case) one of [`ORG_WORDS`]? Lower-cased in a buffer on the stack, as every
/// one of them is short and ASCII.
pub(crate) fn is_organisation_word(w: &str) -> bool {
    let mut buf = [0u8; 14];
    if !(3..=14).contains(&w.len()) || !w.is_ascii() {
        return false;
    }
    for (slot, b) in buf.iter_mut().zip(w.bytes()) {
        *slot = b.to_ascii_lowercase();
    }
    std::str::from_utf8(&buf[..w.len()]).is_ok_and(|lower| ORG_WORDS.binary_search(&lower).is_ok())
}

/// Fails unless word list `name` is sorted without repeats, as `binary_search` wants it
/// (the lists here and in `fields::lexicon`).
#[cfg(test)]
pub(super) fn assert_sorted(name: &str, list: &[&str]) {
    for pair in list.windows(2) {
        assert!(
            pair[0] < pair[1],
            "{name}: {:?} before {:?}",
            pair[0],
            pair[1]
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every list, by name.
    const LISTS: &[(&str, &[&str])] = &[
        ("CITIES", CITIES),
        ("OTHER_CITIES", OTHER_CITIES),
        ("TITLE_STARTS", TITLE_STARTS),
        ("ABBREVIATIONS", ABBREVIATIONS),
        ("NAME_GLUE", NAME_GLUE),
        ("CONNECTORS", CONNECTORS),
        ("NAME_FUNCTION_WORDS", NAME_FUNCTION_WORDS),
        ("PARTICLES", PARTICLES),
        ("JOINED_PARTICLES", JOINED_PARTICLES),
        ("SUFFIXES", SUFFIXES),
        ("ORG_WORDS", ORG_WORDS),
    ];

    #[test]
    fn lists_are_sorted_without_repeats() {
        for (name, list) in LISTS {
            assert!(!list.is_empty(), "{name}");
            assert_sorted(name, list);
        }
    }

    #[test]
    fn lists_other_than_cities_are_in_lower_case() {
        for (name, list) in LISTS.iter().filter(|(name, _)| !name.ends_with("CITIES")) {
            for w in *list {
                assert_eq!(*w, w.to_lowercase(), "{name}");
            }
        }
        // Looked up without their final full stop.
        assert!(ABBREVIATIONS.iter().all(|a| !a.ends_with('.')));
        // The stack buffer of `is_organisation_word` holds every one of them.
        assert!(ORG_WORDS
            .iter()
            .all(|w| w.is_ascii() && (3..=14).contains(&w.len())));
    }

    #[test]
    fn listed_words_pass_the_byte_test() {
        for (list, longest) in [
            (TITLE_STARTS, TITLE_STARTS_LONGEST),
            (ABBREVIATIONS, ABBREVIATIONS_LONGEST),
            (PARTICLES, PARTICLES_LONGEST),
            (JOINED_PARTICLES, JOINED_PARTICLES_LONGEST),
        ] {
            assert!(list.iter().all(|w| may_be_listed(w, longest)), "{list:?}");
            // The bound is the longest word's, not looser.
            assert_eq!(list.iter().map(|w| w.len()).max(), Some(longest));
        }
        assert!(is_particle("van") && !is_particle("Van") && !is_particle("vanderbilt"));
    }

    #[test]
    fn cities_as_german_lists_write_them() {
        for place in [
            "Frankfurt",
            "Frankfurt a.M",
            "Frankfurt a. M.",
            "Frankfurt/M",
            "Frankfurt am Main",
            "Freiburg i.Br",
            "Berlin/Heidelberg",
            "Frankfurt a.M./New York",
            "Köln/Opladen",
        ] {
            assert!(is_city(place), "{place}");
        }
        for other in [
            "Phys.",
            "Frankfurt a.M., Basel",
            "Verlag/Berlin",
            "a.M",
            "Berlin/Heidelberg/Wien/Zürich",
        ] {
            assert!(!is_city(other), "{other}");
        }
    }

    #[test]
    fn a_city_and_an_abbreviation_open_a_place() {
        for place in [
            "Washington D.C.",
            "Frankfurt a.M.: Suhrkamp",
            "Frankfurt a. M. 1988.",
            "(New York: Norton",
        ] {
            assert!(starts_with_city(place), "{place}");
        }
        for other in [
            "Oxford University Press",
            "Paris Review",
            "Smith J.",
            "D.C.",
        ] {
            assert!(!starts_with_city(other), "{other}");
        }
    }

    #[test]
    fn cities_joined_by_a_conjunction() {
        for place in [
            "Weinheim und München",
            "Weinheim u. München",
            "London and New York",
            "Wien & Köln",
            "Frankfurt/M. und New York",
        ] {
            assert!(is_city(place), "{place}");
        }
        for other in [
            "Weinheim und",
            "Harbour and London",
            "London and Harbour",
            "Smith & Sons",
        ] {
            assert!(!is_city(other), "{other}");
        }
    }

    #[test]
    fn what_a_city_goes_on_with() {
        for (after, tail) in [
            (" a.M., S. 163", " a.M."),
            (" a. M.: Suhrkamp", " a. M."),
            (" am Main 1994", " am Main"),
            (" [u.a.]: Waxmann", " [u.a.]"),
            (" a.M. u.a., 1999", " a.M. u.a."),
            (" (u.a.): Böhlau", " (u.a.)"),
            (": Suhrkamp", ""),
            (" and New York", ""),
            (" a. Main", ""),
        ] {
            assert_eq!(&after[..city_tail_len(after)], tail, "{after}");
        }
        for place in [
            "Münster [u.a.]",
            "New York u. a.",
            "Wien u.a",
            "Köln (u. a.)",
        ] {
            assert!(is_city(place), "{place}");
        }
        assert!(!is_city("Münster [u.a.] Waxmann") && !is_city("Harbour u.a."));
    }

    #[test]
    fn cities_joined_by_dashes() {
        for place in ["Roma-Bari", "Roma - Bari", "Lanham-Boulder-New York-Oxford"] {
            assert!(is_city(place), "{place}");
        }
        for other in ["Roma-Harbour", "Roma-", "Oxford-Roma-Bari-Milano-Torino"] {
            assert!(!is_city(other), "{other}");
        }
    }

    #[test]
    fn cities_are_literal_in_a_pattern() {
        for city in CITIES.iter().chain(OTHER_CITIES) {
            assert_eq!(regex::escape(city), city.replace('.', "\\."), "{city}");
            assert!(
                !CITIES.contains(city) || !OTHER_CITIES.contains(city),
                "{city}"
            );
        }
        let whole = regex::Regex::new(&format!("^(?:{})$", cities_pattern())).unwrap();
        assert!(whole.is_match("Upper Saddle River"));
        assert!(!whole.is_match("Saddle River"));
        assert!(whole.is_match("Grand Rapids") && is_city("Grand Rapids"));
        assert!(whole.is_match("St. Paul") && !whole.is_match("StX Paul"));
    }

    #[test]
    fn membership() {
        assert!(is_city("New York") && is_city("São Paulo") && is_city("Zürich"));
        // German-language publishers' towns ("Weinheim: Beltz", "Baden-Baden: Nomos").
        assert!(is_city("Weinheim") && is_city("Baden-Baden") && is_city("Reinbek bei Hamburg"));
        // German and Dutch names of cities the English list has ("Genf", "Den Haag").
        assert!(is_city("Genf") && is_city("Den Haag") && is_city("Luxemburg"));
        assert!(!is_city("new york") && !is_city("York") && !is_city("New York, NY"));
        assert!(is_title_start("the") && is_title_start("towards") && is_title_start("eine"));
        assert!(!is_title_start("The") && !is_title_start("smith"));
        assert!(is_abbreviation("vol") && is_abbreviation("e.g") && is_abbreviation("u.s"));
        assert!(!is_abbreviation("volume") && !is_abbreviation("vol."));
        assert!(is_name_glue("And") && is_name_glue("AL.") && is_name_glue("&amp;"));
        assert!(!is_name_glue("or") && !is_name_glue("ands"));
        assert!(is_connector("and,") && is_connector("&") && is_connector("ET"));
        assert!(!is_connector("or") && !is_connector("al") && !is_connector(",and"));
        assert!(is_name_function_word("für") && is_name_function_word("of"));
        assert!(!is_name_function_word("Of"));
        assert!(is_particle("van") && is_particle("al") && !is_particle("Van"));
        assert!(is_joined_particle("d") && is_joined_particle("ibn") && !is_joined_particle("mc"));
        assert!(is_name_suffix("Jr.") && is_name_suffix("III") && is_name_suffix("jun."));
        // Names and Vancouver initials without a stop: "Xu Jun", "Sen, A.", "Ortaldo JR".
        assert!(!is_name_suffix("Jun") && !is_name_suffix("Sen") && !is_name_suffix("JR"));
        assert!(is_name_suffix("Jr") && is_name_suffix("IV") && is_name_suffix("JR."));
        assert!(!is_name_suffix("Jo") && !is_name_suffix("J") && !is_name_suffix("İİ"));
        assert!(is_name_suffix("2ND.") && is_name_suffix("Sr"));
        assert!(is_organisation_word("Ministry") && is_organisation_word("UNIVERSITY"));
        assert!(!is_organisation_word("Smith") && !is_organisation_word("organizational"));
        assert!(!is_organisation_word("Ünion") && !is_organisation_word("un"));
        // The longest word, whole; one letter more is none.
        assert!(is_organisation_word("Administration"));
        assert!(!is_organisation_word("Administrations"));
    }
}
