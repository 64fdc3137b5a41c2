//! Personal and organisational names, and splitting an author list into them.

use super::words::{
    is_capitalised_word, is_joined_particle, is_name_suffix, is_organisation_word, is_particle,
};
use compact_str::CompactString;
use regex::Regex;
use serde::{Deserialize, Serialize};
use std::sync::LazyLock;

mod initials;
mod parts;
mod separators;
use parts::{is_given_part, is_given_words, looks_like_given_family, two_word_family};
use separators::{dashes_between_names, e_between_names, slashes_between_names, unglue_initials};

/// A person (family, given, particle) or an organisation written as one literal name.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Name {
    /// Short strings (most names) are kept inline, not in allocations of their own: a long
    /// list holds tens of thousands of names.
    Person {
        family: CompactString,
        #[serde(skip_serializing_if = "Option::is_none", default)]
        given: Option<CompactString>,
        #[serde(skip_serializing_if = "Option::is_none", default)]
        particle: Option<CompactString>,
        /// A generational suffix ("Jr.", "III"), BibLaTeX's "Jr" part.
        #[serde(skip_serializing_if = "Option::is_none", default)]
        suffix: Option<CompactString>,
    },
    Literal {
        literal: CompactString,
    },
}

impl Name {
    pub fn person(family: &str, given: Option<&str>) -> Self {
        Name::Person {
            family: family.into(),
            given: given.map(CompactString::from),
            particle: None,
            suffix: None,
        }
    }

    pub fn literal(name: &str) -> Self {
        Name::Literal {
            literal: name.into(),
        }
    }

    /// The name a citation uses: family name with its particle, or the organisation.
    pub fn cite_name(&self) -> String {
        match self {
            Name::Person {
                family,
                particle: Some(p),
                ..
            } => format!("{p} {family}"),
            Name::Person { family, .. } => family.to_string(),
            Name::Literal { literal } => literal.to_string(),
        }
    }

    /// Family name alone (organisation name for a literal).
    pub fn family(&self) -> &str {
        match self {
            Name::Person { family, .. } => family,
            Name::Literal { literal } => literal,
        }
    }

    pub fn given(&self) -> Option<&str> {
        match self {
            Name::Person { given, .. } => given.as_deref(),
            Name::Literal { .. } => None,
        }
    }

    /// The generational suffix ("Jr.", "III"), if any.
    pub fn suffix(&self) -> Option<&str> {
        match self {
            Name::Person { suffix, .. } => suffix.as_deref(),
            Name::Literal { .. } => None,
        }
    }

    pub fn is_literal(&self) -> bool {
        matches!(self, Name::Literal { .. })
    }

    /// For a literal that may be a person's name written given-first ("Noam Shazeer. 2019.":
    /// the parser keeps a lone name of two or three words whole, as an organisation's may be
    /// so), the word a citation would name the person by: the last. None for a person, and
    /// for a literal with an organisation's word, in capitals, or opening with "The".
    pub fn literal_family(&self) -> Option<&str> {
        let Name::Literal { literal } = self else {
            return None;
        };
        let words: Vec<&str> = literal.split_whitespace().collect();
        let capitalised = |w: &&str| {
            let mut chars = w.chars();
            chars.next().is_some_and(char::is_uppercase) && chars.any(char::is_lowercase)
        };
        ((2..=3).contains(&words.len())
            && words.iter().all(capitalised)
            && words[0] != "The"
            && !looks_like_organisation(literal))
        .then(|| words[words.len() - 1])
    }
}

/// A family name opening with a lower-case particle joined by a hyphen or apostrophe.
pub(crate) fn is_particle_prefixed(word: &str) -> bool {
    let Some(pos) = word.find(['-', '\'', '’']) else {
        return false;
    };
    let (prefix, rest) = word.split_at(pos);
    let rest = rest.trim_start_matches(['-', '\'', '’']);
    is_joined_particle(prefix) && rest.chars().next().is_some_and(char::is_uppercase)
}

/// True if a name written as words looks like an organisation ("World Health Organization").
pub fn looks_like_organisation(text: &str) -> bool {
    text.split_whitespace().any(|w| {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
        // Every organisation word is ASCII, 3 to 13 letters long.
        is_organisation_word(w)
    }) || text
        .chars()
        .filter(|c| c.is_alphabetic())
        .all(|c| c.is_uppercase())
        && text.len() > 1
        && !capitals_family_and_initials(text)
}

/// "Centers for Disease Control", "City of Mississauga", "U.S. Army Corps of Engineers": a
/// capitalised word, "for" or "of", and a capitalised word, which no person's name holds; not
/// a given name before "of" ("Gregory of Nyssa", "Catherine of Siena"), nor a title the
/// names ran on into (eight words at most).
fn body_of_or_for(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    let capitalised = |w: &str| w.starts_with(char::is_uppercase);
    words.len() <= 8
        && (1..words.len().saturating_sub(1)).any(|i| {
            let named = capitalised(words[i - 1]) && capitalised(words[i + 1]);
            match words[i] {
                "for" => named,
                "of" => {
                    named && !(i == 1 && crate::reference::given_names::is_given_name(words[0]))
                }
                _ => false,
            }
        })
}

/// "WANG W.", "SMITH J A", "L. FLORIDI": a family name in capitals and initials before or
/// after it, one person as GB/T 7714 or a French list writes a name, not an initialism.
fn capitals_family_and_initials(text: &str) -> bool {
    let initial =
        |w: &&str| (1..=2).contains(&w.trim_end_matches('.').chars().count()) && is_initials(w);
    let words: Vec<&str> = text.split_whitespace().collect();
    match words.as_slice() {
        [first, rest @ ..] if is_capitals_word(first) => {
            !rest.is_empty() && rest.iter().all(initial)
        }
        [head @ .., last] if is_capitals_word(last) => {
            // "U.S. EPA", "U. K. DOE": a country's initials before a body's.
            let country: String = head.concat().chars().filter(|c| *c != '.').collect();
            !head.is_empty()
                && head.iter().all(|w| initial(w) && w.ends_with('.'))
                && !matches!(country.as_str(), "US" | "UK" | "EU" | "UN")
        }
        _ => false,
    }
}

static SPLIT_AND: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\s*(?:,\s*(?:&|and|und|et|y)\s+|\s(?:&|and|und|et|y|(?-i:u\.))\s+|\s*&\s*|;\s*(?:(?:&|and)\s+)?)")
        .expect("SPLIT_AND is a valid regex")
});
static ET_AL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:,?\s*(?:(?-u:\b)et\.?\s*al\.?|et\.?\s+al\.?|and others|\.\.\.|…)|\sa\s+kol(?-u:\b)\.?|(?-i:,?\su\.\s?a(?:\.|$))).*$")
        .expect("ET_AL is a valid regex")
});
/// Is there a German " u. a" or " u.a" ("und andere") in `text`? A byte scan.
fn und_andere(text: &str) -> bool {
    let b = text.as_bytes();
    memchr::memchr_iter(b'u', b).any(|i| {
        i > 0 && b[i - 1] == b' ' && b.get(i + 1) == Some(&b'.') && {
            let rest = &b[i + 2..];
            rest.first() == Some(&b'a') || rest.starts_with(b" a")
        }
    })
}

/// Could [`ET_AL`] match: is there an "et" or "other" (any case), an ellipsis, Czech "a kol."
/// or German "u. a." ("und andere")? A byte test where the case-blind pattern walks the text.
fn may_have_et_al(text: &str) -> bool {
    let b = text.as_bytes();
    b.windows(2).any(|w| w.eq_ignore_ascii_case(b"et"))
        || b.windows(5).any(|w| w.eq_ignore_ascii_case(b"other"))
        || text.contains("a kol")
        || und_andere(text)
        || has_ellipsis(text)
}

/// Does `text` hold an ellipsis ("...", ". . .", "…")? One pass over its stops and the
/// ellipsis's first byte.
fn has_ellipsis(text: &str) -> bool {
    let b = text.as_bytes();
    memchr::memchr2_iter(b'.', 0xE2, b).any(|i| {
        let rest = &b[i..];
        rest.starts_with(b"...") || rest.starts_with(b". . .") || rest.starts_with("…".as_bytes())
    })
}

/// Could [`GROUP_TAIL`] match: does a comma or semicolon come before an "f" or "o" (of "for",
/// "on behalf of"; any case)?
fn may_have_group_tail(text: &str) -> bool {
    memchr::memchr2_iter(b',', b';', text.as_bytes())
        .any(|i| text[i + 1..].trim_start().starts_with(['f', 'F', 'o', 'O']))
}

/// Initials: "J.", "J.-P.", "B.-E.", "D.I.", "A. B.", "Th.", Vancouver "JA", "J-P", and "H.-P"
/// with its last stop trimmed.
static INITIALS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?:\p{Lu}\.\s?[\-‐]?\s?){1,5}$|^(?:\p{Lu}\.){1,4}\p{Lu}$|^\p{Lu}{1,3}$|^\p{Lu}(?:[\-‐]\p{Lu}){1,3}\.?$|^(?:Th|Ch|Ph|Wm|St|Kh|Sh|Ts)\.$|^\p{Lu}\.[\-‐]\p{Ll}\.$|^\p{Lu}\.[\-‐]\p{Lu}$",
    )
    .expect("INITIALS is a valid regex")
});
/// A full stop after a whole word inside a name list, used as a sloppy separator ("Mao, Frances. Caroline Davies").
static SLOPPY_STOP: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(\p{L}[\p{L}'’\-]+)\.\s+(\p{Lu})").expect("SLOPPY_STOP is a valid regex")
});
/// APA's "..., Asgaard, G., ... Botros, N.": the ellipsis stands before the last author.
static ELLIPSIS_NAME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r",?\s*(?:\.\.\.|…|\.\s\.\s\.)\s*(\p{Lu})").expect("ELLIPSIS_NAME is a valid regex")
});
/// Is this token a run of initials ("J.", "J.-P.", "JJ", "B.-E.", "A. B.")?
pub fn is_initials(token: &str) -> bool {
    let t = token.trim().trim_end_matches(',');
    if t.is_empty() || t.len() > 48 || t.chars().count() > 12 {
        return false;
    }
    // Initials hold no lower-case letter, except "Th.", "Ch.", "Ph.", "Wm.", "St.", Russian's
    // "Kh.", "Sh.", "Ts." (not "Yu.", "Ye.", family names in Chinese, nor "Zh.", a
    // journal's "Zhurnal", as often), and a hyphened second initial ("L.-w.").
    // "Th. W.", "Ch. L.": such an initial first, then others.
    if let Some(rest) = ["Th. ", "Ch. ", "Ph. ", "Wm. "]
        .iter()
        .find_map(|p| t.strip_prefix(p))
    {
        return !rest.contains(char::is_lowercase) && is_initials(rest);
    }
    let lowercase = t.chars().filter(|c| c.is_lowercase()).count();
    if lowercase > 1 || (lowercase == 1 && t.len() != 3 && !t.contains(['-', '‐'])) {
        return false;
    }
    if t.is_ascii() {
        initials::ascii_initials(t.as_bytes())
    } else {
        INITIALS.is_match(t)
    }
}

/// A short family name in capitals ("LI", "ALY", "WU"), which reads as initials, with no stop
/// of its own, before `initials` that have theirs ("LI, X.", "ALY (M.I.)") or are one or two
/// capitals (GB/T 7714's "LIU X", "LI XM"; no family name is one letter): the family name.
pub(crate) fn capitals_family_before(word: &str, initials: &str) -> bool {
    (2..=3).contains(&word.chars().count())
        && word.chars().all(char::is_uppercase)
        && (initials.contains('.') || (1..=2).contains(&initials.chars().count()))
        && is_initials(initials)
}

/// Russian's two-letter initials that are no initials alone ("Yu", "Ye" close Chinese names;
/// "Zh" opens a journal's "Zhurnal"), with or without the stop: initials only after another
/// initial ("A. Yu. Smirnov").
pub(crate) fn is_second_initial(word: &str) -> bool {
    matches!(word.trim_end_matches('.'), "Yu" | "Ya" | "Ye" | "Yo" | "Zh")
}

/// Vancouver initials written as one block of capitals after the family name `family`, up to
/// three, or four after a family name in mixed case ("JA", "Thomma BPHJ"; not "BARRÓN CRUZ"),
/// perhaps with the list's closing full stop ("JR."): the block without it.
fn compact_initials<'w>(family: &str, word: &'w str) -> Option<&'w str> {
    let bare = word.strip_suffix('.').unwrap_or(word);
    // "SS-H", "J-CJ": a hyphen between a double given name's initials.
    let n = bare.chars().filter(|&c| c != '-').count();
    let hyphens_inside = !bare.starts_with('-') && !bare.ends_with('-') && !bare.contains("--");
    let least = if bare.len() < word.len() { 2 } else { 1 };
    let most = if family.chars().any(char::is_lowercase) {
        4
    } else {
        3
    };
    ((least..=most).contains(&n)
        && hyphens_inside
        && bare.chars().all(|c| c.is_uppercase() || c == '-'))
    .then_some(bare)
}

/// Parse an author or editor list into names.
///
/// Handles "Surname, Initials" and "Given Surname" orders, "&"/"and"/comma separators,
/// "et al.", particles and organisations. `(Eds.)`-style markers must already be removed.
pub fn parse_name_list(text: &str) -> (Vec<Name>, bool) {
    let text = if has_ellipsis(text) {
        ELLIPSIS_NAME.replace_all(text, ", $1")
    } else {
        std::borrow::Cow::Borrowed(text)
    };
    let text = trim_list_end(&text);
    let et_al_at = if may_have_et_al(text) {
        ET_AL.find(text)
    } else {
        None
    };
    let (text, et_al) = match et_al_at {
        Some(m) => (trim_list_end(&text[..m.start()]), true),
        None => (text, false),
    };
    let group_tail = if may_have_group_tail(text) {
        GROUP_TAIL.captures(text)
    } else {
        None
    };
    let (text, group) = match group_tail {
        Some(c) if c.get(1).is_some_and(|g| is_group_name(g.as_str())) => (
            trim_list_end(&text[..c.get(0).map_or(0, |m| m.start())]),
            c.get(1).map(|g| Name::literal(g.as_str())),
        ),
        _ => (text, None),
    };
    if text.is_empty() {
        return (group.into_iter().collect(), et_al);
    }
    // German lists set names apart by slashes: "Abiteboul, S./Vianu, V.", "ACKET,
    // Claude/BACHER, Pierre".
    let slashed = text
        .contains('/')
        .then(|| slashes_between_names(text))
        .flatten();
    let text = slashed.as_deref().unwrap_or(text);
    // Italian lists set names apart by spaced dashes: "B.A. Stolz – R.S. Shannon".
    let dashed = text
        .contains([' ', '\u{2013}', '\u{2014}'])
        .then(|| dashes_between_names(text))
        .flatten();
    let text = dashed.as_deref().unwrap_or(text);
    let anded = e_between_names(text);
    let text = anded.as_deref().unwrap_or(text);
    let unglued = unglue_initials(text);
    let text = unglued.as_deref().unwrap_or(text);
    if !text.contains([',', ';'])
        && (looks_like_organisation(text)
            || body_of_or_for(text)
            || !text.contains(char::is_whitespace))
    {
        return (vec![Name::literal(text)], et_al);
    }
    // "American Bar Association, Commission on Women in the Profession": a body and its part,
    // each of two words or more with an organisation's word.
    let body = |p: &str| {
        p.split_whitespace().nth(1).is_some()
            && p.split_whitespace()
                .any(|w| is_organisation_word(w.trim_matches(|c: char| !c.is_alphanumeric())))
    };
    let commas = memchr::memmem::find_iter(text.as_bytes(), b", ")
        .take(3)
        .count();
    if (1..=2).contains(&commas) && !text.contains(';') && text.split(", ").all(body) {
        return (vec![Name::literal(text)], et_al);
    }
    let text = if has_word_stop(text) {
        fix_sloppy_stops(text)
    } else {
        text.to_string()
    };
    if let Some(mut names) = given_first_list(&text) {
        names.extend(group);
        return (names, et_al);
    }
    let mut names = Vec::new();
    for chunk in split_and(&text) {
        let chunk = chunk.trim().trim_end_matches(',');
        if chunk.is_empty() {
            continue;
        }
        // "Bondy CA; Turner Syndrome Study Group": a group among the people ("City of
        // Brampton; Metrolinx": a body).
        if !chunk.contains(',') && (is_group_name(chunk) || body_of_or_for(chunk)) {
            names.push(Name::literal(chunk));
            continue;
        }
        names.extend(split_comma_chunk(chunk));
    }
    names.extend(group);
    (names, et_al)
}

/// `text` split at the words and marks that join names ([`SPLIT_AND`]), except a Spanish
/// family name of two words joined by "y" ("Ortega y Gasset, José", "Ramón y Cajal,
/// Santiago"): one capitalised word, "y", then a capitalised word and its comma.
fn split_and(text: &str) -> Vec<&str> {
    let mut chunks = Vec::new();
    let mut start = 0;
    for m in SPLIT_AND.find_iter(text) {
        let family_after = || {
            text[m.end()..]
                .split(' ')
                .next()
                .and_then(|w| w.strip_suffix(','))
                .is_some_and(is_capitalised_word)
        };
        if m.as_str() == " y "
            && is_capitalised_word(text[start..m.start()].trim())
            && family_after()
        {
            continue;
        }
        chunks.push(&text[start..m.start()]);
        start = m.end();
    }
    chunks.push(&text[start..]);
    chunks
}

/// A list of names each written given name first, of two to five words ("Iz Beltagy, Matthew
/// E. Peters, and Arman Cohan"; "Tri Amsel, Daniel Y. Fu, Stefano Ermon"), which read in pairs
/// would wrongly make "Iz Beltagy" a family and "Matthew E. Peters" its given names. The list
/// must show it: its last name, after "and", is written given first, or its parts are odd in
/// number (pairs of family and given names are even). A part of one word ("Beltagy, Iz, and
/// Arman Cohan", Chicago), initials or a suffix of its own leave the list to the usual reading.
fn given_first_list(text: &str) -> Option<Vec<Name>> {
    let given_first = |part: &str| {
        let mut words: Vec<&str> = part.split_whitespace().collect();
        // "Mauricio Breternitz Jr.": a suffix closing the name is no part of its test.
        if words.len() > 2 && words.last().is_some_and(|w| is_name_suffix(w)) {
            words.pop();
        }
        let last = words.last().copied().unwrap_or("");
        (2..=5).contains(&words.len())
            && !is_particle(words[0])
            && !is_initials(part)
            && !is_name_suffix(last)
            && !is_initials(last)
            && last.chars().any(char::is_lowercase)
            && words
                .iter()
                .all(|w| is_particle(w) || w.chars().next().is_some_and(char::is_uppercase))
            && !(words.len() > 2 && looks_like_organisation(part))
    };
    // Most lists fail on their first part ("Smith, J."): it is tested before the list is
    // split whole, and a first part of one word before the first comma fails before any
    // split (every part inside such a head is one word).
    let head = text.split(',').next().unwrap_or("");
    if head.contains(char::is_alphanumeric) && !head.contains(char::is_whitespace) {
        return None;
    }
    let first = SPLIT_AND
        .split(text)
        .flat_map(|c| c.trim().split(','))
        .map(str::trim)
        .find(|p| !p.is_empty());
    if !first.is_some_and(given_first) {
        return None;
    }
    let chunks: Vec<&str> = SPLIT_AND.split(text).map(str::trim).collect();
    let parts: Vec<&str> = chunks
        .iter()
        .flat_map(|c| c.split(','))
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect();
    if parts.len() < 2 || !parts.iter().all(|p| given_first(p)) {
        return None;
    }
    let last_after_and = chunks.len() > 1 && chunks.last().is_some_and(|c| !c.contains(','));
    (last_after_and || parts.len() % 2 == 1)
        .then(|| parts.iter().map(|p| person_direct(p)).collect())
}

/// "…; for the STAR*D Study Team", "…, on behalf of the ALPHA Trial Investigators": the group
/// the people wrote for (without "for the").
static GROUP_TAIL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)[;,]\s*(?:for|on\s+behalf\s+of)\s+(?:the\s+)?(\S[^;,]*?)[.\s]*$")
        .expect("GROUP_TAIL is a valid regex")
});

/// "collaboration" or "collaborations" in lower case, a word of a group's name in a list of
/// names, as INSPIRE writes it ("CMS collaboration").
pub(crate) fn is_collaboration_word(word: &str) -> bool {
    matches!(word, "collaboration" | "collaborations")
}

/// Words only a group of authors is named with.
fn is_group_word(word: &str) -> bool {
    const GROUP_WORDS: &[&str] = &[
        "collaboration",
        "collaborative",
        "collaborators",
        "investigators",
        "team",
        "trialists",
        "writing",
    ];
    let w = word.trim_matches(|c: char| !c.is_alphanumeric());
    is_organisation_word(w) || GROUP_WORDS.contains(&w.to_ascii_lowercase().as_str())
}

/// A group's name: two words or more, one of them a group's word, not ending in initials
/// ("Turner Syndrome Study Group", "STAR*D Investigators"; not "Network J").
pub(crate) fn is_group_name(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    words.len() >= 2
        && words.iter().any(|w| is_group_word(w))
        && !words.last().is_some_and(|w| is_initials(w))
}

/// Split one chunk that may hold "Family, Given, Family, Given" or "Given Family, Given Family".
fn split_comma_chunk(chunk: &str) -> Vec<Name> {
    let parts: Vec<&str> = chunk
        .split(',')
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect();
    let mut names: Vec<Name> = Vec::new();
    let mut i = 0;
    while i < parts.len() {
        let part = parts[i];
        let next = parts.get(i + 1).copied();
        let words = part.split_whitespace().count();
        // "Jr.", "III": belongs to the name before; so does "JR" after a family name in
        // capitals ("E. W. GARBISCH, JR"), which after others is Vancouver's initials.
        let capitals_suffix = matches!(part, "JR" | "SR")
            && names
                .last()
                .is_some_and(|n| !n.is_literal() && n.family().chars().all(|c| !c.is_lowercase()));
        if is_name_suffix(part) || capitals_suffix {
            if let Some(Name::Person { suffix, .. }) = names.last_mut() {
                *suffix = Some(suffix_as_written(part).into());
            }
            i += 1;
            continue;
        }
        // "Guerney, Jr., B. G.": the suffix between the family name and the given names.
        if let (Some(suffix), Some(given)) = (next, parts.get(i + 2).copied()) {
            if is_name_suffix(suffix)
                && !is_name_suffix(part)
                && part.split_whitespace().count() <= 2
                && (is_given_words(given) || is_given_part(given))
            {
                names.push(person_inverted(part, &format!("{given}, {suffix}")));
                i += 3;
                continue;
            }
        }
        // "Stewart III, Charles": the suffix after the family name.
        if let (Some((family, suffix)), Some(given)) = (part.rsplit_once(' '), next) {
            if is_name_suffix(suffix)
                && !family.contains(' ')
                && (is_given_words(given) || is_given_part(given))
            {
                names.push(person_inverted(family, &format!("{given}, {suffix}")));
                i += 2;
                continue;
            }
        }
        // "LI, X.", "ALY, M.I.", "WU, J.": a short family name in capitals.
        if let Some(given) = next.filter(|g| capitals_family_before(part, g)) {
            names.push(person_inverted(part, given));
            i += 2;
            continue;
        }
        // "Hearn, Lafcadio", "Fazl-e-Haider, Syed": one family word, then given names. A
        // particle written after them stays with them, as BibTeX reads it ("Camões, Luís de").
        // So is a family name opened by particles written with capitals ("Van Dijk, Jan",
        // "De Souza, Maria", "Le Roy Ladurie, Emmanuel"), before one given name: "Van" and
        // "Le" are given names too, and "Van Jacobson, Sally Floyd" is two people.
        if let Some(given) = next {
            let words = part.split_whitespace();
            // The last word is the family's own ("Ten, Have-Opbroek").
            let capitals = match words.clone().take_while(|w| is_capital_particle(w)).count() {
                0 => 0,
                n => n.min(words.clone().count() - 1),
            };
            let family_words = words.skip(capitals).filter(|w| !is_particle(w)).count();
            let bare_given = before_particles(given);
            // "Mason, R. Hal": an initial before the given name, the chunk's last part (else
            // "R. Drach" may be the next person, written given name first).
            let initial_then_given = i + 2 == parts.len() && initial_then_given_name(bare_given);
            // "Le Roy Ladurie, Emmanuel", "Ortega y Gasset, José": two words after the
            // particles or joined by "y", then a common given name.
            let particles_and_two = family_words == 2
                && ((capitals > 0 && crate::reference::given_names::is_given_name(bare_given))
                    || (part.contains(" y ") && is_given_words(bare_given)));
            if (family_words == 1 || particles_and_two)
                && (capitals == 0 || bare_given.split_whitespace().count() == 1)
                && !is_initials(part)
                && (is_given_words(bare_given) || initial_then_given)
            {
                names.push(person_inverted(part, given));
                i += 2;
                continue;
            }
        }
        // "García Márquez, Gabriel", "Diez Medrano, Juan": a family name of two words (as
        // Spanish and Portuguese write it), then one common given name; not a name written
        // given name first ("John Smith, Mary").
        if let Some(given) = next
            .filter(|g| two_word_family(part) && crate::reference::given_names::is_given_name(g))
        {
            names.push(person_inverted(part, given));
            i += 2;
            continue;
        }
        // "Surname, Initials" or "Surname, Given": the next part is a given name.
        if let Some(given) = next {
            let part_has_initials = part.split_whitespace().any(is_initials)
                || part
                    .rsplit_once(' ')
                    .is_some_and(|(family, last)| compact_initials(family, last).is_some());
            if !part_has_initials
                && is_given_part(given)
                && (words <= 3 || !looks_like_given_family(part))
                && !given_then_capitals_family(part)
            {
                names.push(person_inverted(part, given));
                i += 2;
                continue;
            }
        }
        names.push(person_direct(part));
        i += 1;
    }
    names
}

/// Trim closing punctuation, keeping the full stop of final initials ("Kelly J.").
fn trim_list_end(text: &str) -> &str {
    let t = text.trim().trim_end_matches([',', ';', ':']).trim_end();
    let without = t.trim_end_matches('.').trim_end();
    let last = without.rsplit([' ', ',']).next().unwrap_or("");
    // "Kelly J." keeps its stop: the last word with its stop is an initial or a suffix.
    let last_with_stop = t
        .get(t.len() - t.rsplit([' ', ',']).next().unwrap_or("").len()..)
        .unwrap_or("");
    if t.ends_with('.') && !last.is_empty() && (is_initials(last_with_stop) || is_name_suffix(last))
    {
        t
    } else {
        without.trim_end_matches([',', ';', ':']).trim_end()
    }
}

/// `given` without the particles closing it ("Luís de" → "Luís"); all of it if it is nothing
/// but particles.
fn before_particles(given: &str) -> &str {
    let mut head = given.trim_end();
    while let Some((before, last)) = head.rsplit_once(' ') {
        if !is_particle(last.trim_end_matches('.')) || last.starts_with(char::is_uppercase) {
            break;
        }
        head = before.trim_end();
    }
    head
}

/// Does a word of two letters or more end with ". " (what [`SLOPPY_STOP`] needs)?
fn has_word_stop(text: &str) -> bool {
    let b = text.as_bytes();
    let letter = |c: u8| c.is_ascii_alphabetic() || c >= 0x80;
    (2..b.len().saturating_sub(1))
        .any(|i| b[i] == b'.' && b[i + 1] == b' ' && letter(b[i - 1]) && letter(b[i - 2]))
}

/// Treat "Word. Next" inside a list as a separator: "Shannon. Kelly J." (a lone family word before
/// the stop) becomes "Shannon, Kelly J."; "Mao, Frances. Caroline Davies" becomes "Mao, Frances; Caroline Davies".
fn fix_sloppy_stops(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    let mut last = 0;
    for caps in SLOPPY_STOP.captures_iter(text) {
        let (Some(word), Some(next)) = (caps.get(1), caps.get(2)) else {
            continue;
        };
        if is_initials(&format!("{}.", word.as_str())) || is_name_suffix(word.as_str()) {
            continue;
        }
        // "A. Yu. Smirnov": Russian's two-letter initial after an initial.
        let after_initial = text[..word.start()]
            .trim_end()
            .rsplit(' ')
            .next()
            .is_some_and(|w| w.ends_with('.') && is_initials(w));
        if after_initial && is_second_initial(word.as_str()) {
            continue;
        }
        let name_start = text[..word.start()]
            .rfind([',', ';', '&'])
            .map_or(0, |p| p + 1);
        let before = text[name_start..word.start()].trim();
        let before_is_and = before.is_empty() || before.eq_ignore_ascii_case("and");
        out.push_str(&text[last..word.end()]);
        out.push_str(if before_is_and && name_start == 0 {
            ", "
        } else {
            "; "
        });
        last = next.start();
    }
    out.push_str(&text[last..]);
    out
}

/// "R. Drach", "J. A. Smith": initials then a whole word is a name written given-first.
fn initial_then_word(words: &[&str]) -> bool {
    words.len() >= 2
        && is_initials(words[0])
        && words
            .last()
            .is_some_and(|w| !is_initials(w) && !is_name_suffix(w))
}

/// "R. Hal", "J. Edgar", "F. Scott": initials, then one given name in mixed case.
fn initial_then_given_name(part: &str) -> bool {
    let mut words = part.split_whitespace();
    let (Some(first), Some(name), None) = (words.next(), words.next(), words.next()) else {
        return false;
    };
    first.ends_with('.')
        && is_initials(first)
        && name.starts_with(char::is_uppercase)
        && name.chars().skip(1).all(char::is_lowercase)
        && name.chars().count() >= 2
        && !crate::reference::fields::is_journal_word(name)
}

/// "Maria GREENWALD", "Gregory S. CAMERON": given names in mixed case, then the family name
/// in capitals, as some styles write every name after the first.
fn given_then_capitals_family(part: &str) -> bool {
    let mut words = part.split_whitespace();
    let first = words.next().unwrap_or("");
    let last = words.next_back().unwrap_or("");
    first.starts_with(char::is_uppercase)
        && first.chars().skip(1).any(char::is_lowercase)
        && !is_initials(first)
        && (is_capitals_word(last)
            || last.chars().filter(|c| c.is_alphabetic()).count() >= 4
                && last.chars().all(|c| c.is_uppercase() || c == '-'))
}

/// A word in capitals that is a name, not initials or an initialism: "DELISLE", "GAÏTI",
/// "KAHAN"; not "JA", nor "USVSN" (of "USVSN Sai Prasanthan", given names first), which has
/// fewer than two vowels.
fn is_capitals_word(w: &str) -> bool {
    // One pass: letters, vowels, and the longest run of consonants. One vowel will do in a
    // longer word whose consonants come in short runs, as transcribed Chinese family names
    // ("ZHANG", "WANG", "CHEN") are: an initialism's ("USVSN") run on. Words not all in
    // capitals, most of them, fail first.
    if w.contains('.')
        || !w
            .chars()
            .all(|c| c.is_uppercase() || c == '-' || c == '\'' || c == '’')
    {
        return false;
    }
    let (mut letters, mut vowels, mut run, mut longest_run) = (0, 0, 0, 0);
    for c in w.chars().filter(|c| c.is_alphabetic()) {
        letters += 1;
        if "AEIOUYÀÁÂÄÃÅÈÉÊËÌÍÎÏÒÓÔÖÕØÙÚÛÜÝ".contains(c) {
            vowels += 1;
            run = 0;
        } else {
            run += 1;
            longest_run = longest_run.max(run);
        }
    }
    let voiced = vowels >= 2 || (vowels == 1 && letters >= 3 && longest_run <= 2);
    letters >= 2 && voiced && (letters >= 4 || !is_initials(w))
}

/// A two-letter Chinese family name in capitals, as GB/T 7714 writes it ("LI", "WU", "XU"):
/// too short for [`is_capitals_word`], which takes "JA" for initials.
pub(crate) fn is_two_letter_pinyin_family(w: &str) -> bool {
    const FAMILIES: [&str; 19] = [
        "DU", "FU", "GU", "HE", "HU", "JI", "LI", "LU", "LV", "MA", "MO", "PU", "QI", "SU", "WU",
        "XI", "XU", "YE", "YU",
    ];
    FAMILIES.contains(&w)
}

/// "Family, Given" with the family's particle split off ("van der Berg, P.").
pub fn person_inverted(family: &str, given: &str) -> Name {
    let family = family.trim();
    let words: Vec<&str> = family.split_whitespace().collect();
    let n_particles = words.iter().take_while(|w| is_particle(w)).count();
    let (particle, family) = if n_particles > 0 && n_particles < words.len() {
        (
            Some(words[..n_particles].join(" ")),
            words[n_particles..].join(" "),
        )
    } else {
        (None, family.to_string())
    };
    let given = given.trim();
    // A whole given name keeps no full stop ("Asif." → "Asif"); initials keep theirs.
    let last_word = given.split_whitespace().last().unwrap_or("");
    let given = if given.ends_with('.') && !is_initials(last_word) && !is_name_suffix(last_word) {
        given.trim_end_matches('.')
    } else {
        given
    };
    // "King, M. L., Jr.", "King, Martin Luther Jr.": the suffix after the given names is no
    // part of them.
    let (given, suffix) = match given.rsplit_once([',', ' ']) {
        Some((head, last))
            if is_name_suffix(last)
                && !head.trim().is_empty()
                && (given.as_bytes()[head.len()] == b','
                    || head.ends_with(',')
                    || matches!(last, "Jr." | "Jr" | "Sr." | "Sr")) =>
        {
            (
                head.trim_end_matches([',', ' ']),
                Some(suffix_as_written(last)),
            )
        }
        _ => (given, None),
    };
    Name::Person {
        family: family.into(),
        given: Some(given.into()).filter(|g: &CompactString| !g.is_empty()),
        particle: particle.map(Into::into),
        suffix: suffix.map(Into::into),
    }
}

/// A suffix as the name has it, without the list's closing stop ("III." → "III", "3rd." →
/// "3rd"); "Jr." keeps its own.
fn suffix_as_written(part: &str) -> &str {
    match part.strip_suffix('.') {
        Some(bare)
            if bare.starts_with(|c: char| c.is_ascii_digit())
                || !bare.chars().any(char::is_lowercase) =>
        {
            bare
        }
        _ => part,
    }
}

/// "Given Family", "J. A. Smith", "Smith JA" (Vancouver), "Ludwig van Beethoven".
pub fn person_direct(text: &str) -> Name {
    let words: Vec<&str> = text.split_whitespace().collect();
    match words.as_slice() {
        [] => Name::literal(text),
        [one] => Name::person(one, None),
        _ => {
            let last = words[words.len() - 1];
            // "Reynolds CF 3rd", "King ML Jr.": the suffix goes with the given names.
            if is_name_suffix(last) && words.len() >= 3 {
                let suffix = suffix_as_written(last);
                return match person_direct(&words[..words.len() - 1].join(" ")) {
                    Name::Person {
                        family,
                        given,
                        particle,
                        ..
                    } => Name::Person {
                        family,
                        given,
                        particle,
                        suffix: Some(suffix.into()),
                    },
                    other => other,
                };
            }
            // "DELISLE Léopold", "LE GOFF Jacques": a family name in capitals before given
            // names in mixed case, as French and some other styles write it.
            // "LI Ming": a two-letter Chinese family name is read as such only before a
            // given name in mixed case (not "JA Smith"'s initials).
            let caps = if is_two_letter_pinyin_family(words[0])
                && words[1].chars().skip(1).any(char::is_lowercase)
            {
                1
            } else {
                words.iter().take_while(|w| is_capitals_word(w)).count()
            };
            if caps > 0
                && caps < words.len()
                && words[caps..]
                    .iter()
                    .all(|w| w.chars().any(char::is_lowercase) || is_initials(w))
                && words[caps..].iter().any(|w| !is_initials(w))
                && !words[caps..]
                    .iter()
                    .any(|w| is_organisation_word(w.trim_matches(|c: char| !c.is_alphanumeric())))
            {
                return person_inverted(&words[..caps].join(" "), &words[caps..].join(" "));
            }
            // Vancouver: "Smith JA", "Pérez-Higueras JJ", "de la Macorra JC", "Thomma BPHJ", and
            // "Geddes JR." at a list's end (capital "JR" is initials; the suffix is "Jr.").
            let family = words[..words.len() - 1].join(" ");
            if let Some(initials) = compact_initials(&family, last) {
                // The Institute of Physics' "Landau L D", "Misner C W": single capitals set
                // apart are initials too, back to the family name.
                let single = |w: &&str| {
                    let mut c = w.chars();
                    c.next().is_some_and(char::is_uppercase) && c.next().is_none()
                };
                let inner = &words[1..words.len() - 1];
                let before = inner.iter().rev().take_while(|w| single(w)).count();
                if before > 0 && single(&initials) {
                    let cut = words.len() - 1 - before;
                    let given = format!("{} {initials}", words[cut..words.len() - 1].join(" "));
                    return person_inverted(&words[..cut].join(" "), &given);
                }
                return person_inverted(&family, initials);
            }
            if is_initials(last) {
                // "Smith J.", "Smith J. A." written family first.
                let first_initial = words
                    .iter()
                    .position(|w| is_initials(w))
                    .unwrap_or(1)
                    .max(1);
                return person_inverted(
                    &words[..first_initial].join(" "),
                    &words[first_initial..].join(" "),
                );
            }
            let first_particle = words
                .iter()
                .enumerate()
                .skip(1)
                .find(|(_, w)| is_particle(w))
                .map(|(i, _)| i);
            if let Some(p) = first_particle.filter(|&p| p < words.len() - 1) {
                let n = words[p..].iter().take_while(|w| is_particle(w)).count();
                if p + n < words.len() {
                    return Name::Person {
                        family: words[p + n..].join(" ").into(),
                        given: Some(words[..p].join(" ").into()),
                        particle: Some(words[p..p + n].join(" ").into()),
                        suffix: None,
                    };
                }
            }
            // "M. Di Renzo", "Ronan Le Bras": a capitalised particle before the last word,
            // after given names, belongs to the family name.
            // "Adam DI Kramer" (Google Scholar's given names and initials): a particle in
            // capitals before a family name that is not is the initials.
            let n = words.len();
            let capitals = |w: &str| !w.chars().any(char::is_lowercase);
            let initials_in_capitals = capitals(words[n - 2]) && !capitals(words[n - 1]);
            if n >= 3 && is_capital_particle(words[n - 2]) && !initials_in_capitals {
                return Name::person(&words[n - 2..].join(" "), Some(&words[..n - 2].join(" ")));
            }
            Name::person(last, Some(&words[..words.len() - 1].join(" ")))
        }
    }
}

/// A particle written with a capital ("Di", "Le", "Van"); not "Al", "El" or "Y", which are
/// given names or initials as often.
fn is_capital_particle(word: &str) -> bool {
    const PARTICLES: &[&str] = &[
        "da", "das", "de", "del", "della", "den", "der", "di", "dos", "du", "la", "le", "van",
        "von", "ten", "ter",
    ];
    // Compared in place, without a lower-cased copy: names are read word by word.
    (2..=5).contains(&word.len())
        && word.starts_with(|c: char| c.is_ascii_uppercase())
        && PARTICLES.iter().any(|p| p.eq_ignore_ascii_case(word))
}

#[cfg(test)]
mod tests;
