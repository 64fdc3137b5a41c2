//! Text utilities the whole crate shares: ASCII folding, month names, initials. A leaf: it
//! uses no other module of the crate.

/// Fold to lower-case ASCII letters and digits: "Ødegaard" → "odegaard".
pub fn ascii_fold(text: &str) -> String {
    deunicode::deunicode(text)
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .map(|c| c.to_ascii_lowercase())
        .collect()
}

/// English month names in lower case, January first: the crate's one month table.
pub const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// Month names of French, German, Spanish, Italian, Portuguese and Dutch in lower case (those
/// not spelt as in English), for telling a date from a name: "mai 2014", "Septembre", "März".
pub const OTHER_MONTHS: [&str; 56] = [
    "janvier",
    "février",
    "fevrier",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "aout",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
    "januar",
    "februar",
    "märz",
    "juni",
    "juli",
    "oktober",
    "dezember",
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "setiembre",
    "octubre",
    "noviembre",
    "diciembre",
    "gennaio",
    "febbraio",
    "aprile",
    "maggio",
    "giugno",
    "luglio",
    "settembre",
    "ottobre",
    "dicembre",
    "janeiro",
    "fevereiro",
    "março",
    "maio",
    "junho",
    "julho",
    "setembro",
    "outubro",
    "dezembro",
    "januari",
    "februari",
    "maart",
    "augustus",
];

/// Ligature glyphs (U+FB00 to U+FB06, as PDF text keeps them: "classiﬁcation", "Auﬂage") as
/// their letters.
pub fn ligatures(text: &str) -> String {
    if !text.contains(|c: char| ('\u{FB00}'..='\u{FB06}').contains(&c)) {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len() + 4);
    for c in text.chars() {
        match c {
            '\u{FB00}' => out.push_str("ff"),
            '\u{FB01}' => out.push_str("fi"),
            '\u{FB02}' => out.push_str("fl"),
            '\u{FB03}' => out.push_str("ffi"),
            '\u{FB04}' => out.push_str("ffl"),
            '\u{FB05}' | '\u{FB06}' => out.push_str("st"),
            c => out.push(c),
        }
    }
    out
}

/// `text` without `word` closing it as a word of its own, in any ASCII case ("Practice of
/// Oncology by" without "by"; not "Nearby").
pub fn strip_word_suffix<'t>(text: &'t str, word: &str) -> Option<&'t str> {
    let at = text.len().checked_sub(word.len())?;
    (text.is_char_boundary(at)
        && text[at..].eq_ignore_ascii_case(word)
        && !text[..at].ends_with(char::is_alphanumeric))
    .then(|| &text[..at])
}

/// Is `word` (any case, a full stop after it or not) a month's name in English or one of
/// [`OTHER_MONTHS`]' languages, or an English month's abbreviation?
pub fn is_month_word(word: &str) -> bool {
    let w = word.trim_end_matches('.');
    // An ASCII word is lowered on the stack; none of the names is longer than 16 letters.
    let mut buf = [0u8; 16];
    if w.is_ascii() {
        let Some(lower) = buf.get_mut(..w.len()) else {
            return false;
        };
        lower.copy_from_slice(w.as_bytes());
        lower.make_ascii_lowercase();
        let lower = std::str::from_utf8(lower).unwrap_or_default();
        return month_of_lower(lower).is_some() || OTHER_MONTHS.contains(&lower);
    }
    let w = w.to_lowercase();
    month_of_lower(&w).is_some() || OTHER_MONTHS.contains(&w.as_str())
}

/// Month names and their abbreviations as a regex fragment, with an optional full stop
/// ("Jan", "January", "Sept.", "May"). It sets no flags: the pattern that embeds it decides
/// whether case matters.
pub const MONTH: &str = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?";

/// Month number of an English month name or of its first three letters or more, in any case,
/// with or without a full stop: "Jan", "January", "Sept.", "MARCH".
pub fn month_number(word: &str) -> Option<u8> {
    month_of_lower(&word.trim_end_matches('.').to_ascii_lowercase())
}

/// [`month_number`] of a word lower-cased, without its full stop.
fn month_of_lower(w: &str) -> Option<u8> {
    if w.len() < 3 {
        return None;
    }
    MONTHS
        .iter()
        .position(|m| m.starts_with(w) || (w == "sept" && *m == "september"))
        .map(|i| i as u8 + 1)
}

/// Month number of a lower-case word that starts with a month's first three letters, as
/// BibTeX's month macros are written ("mar", "march", "mars").
pub fn month_by_abbreviation(lower: &str) -> Option<u8> {
    MONTHS
        .iter()
        .position(|m| lower.starts_with(&m[..3]))
        .map(|i| i as u8 + 1)
}

/// The first letter of each part of a given name, parts parted by spaces, hyphens and full
/// stops: "Jean-Paul Marie" → 'J', 'P', 'M'.
pub fn initial_letters(given: &str) -> impl Iterator<Item = char> + '_ {
    given
        .split(|c: char| c.is_whitespace() || c == '-' || c == '.')
        .filter_map(|w| w.chars().next())
}

/// The [`initial_letters`] of a given name run together: "Jean-Paul Marie" → "JPM",
/// "J. R. R." → "JRR".
pub fn initials(given: &str) -> String {
    initial_letters(given).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn month_words_in_several_languages() {
        for w in [
            "June",
            "Sept.",
            "mai",
            "Septembre",
            "März",
            "diciembre",
            "MAGGIO",
        ] {
            assert!(is_month_word(w), "{w}");
        }
        for w in ["Ma", "Nature", "Mayor", "Juni0", ""] {
            assert!(!is_month_word(w), "{w}");
        }
    }

    #[test]
    fn folding() {
        assert_eq!(ascii_fold("Ødegaard"), "odegaard");
        assert_eq!(ascii_fold("Fazl-e-Haider"), "fazlehaider");
        assert_eq!(ascii_fold("Sæther, 2019"), "saether2019");
        assert_eq!(ascii_fold("— ."), "");
    }

    #[test]
    fn month_names() {
        assert_eq!(month_number("Jan"), Some(1));
        assert_eq!(month_number("January"), Some(1));
        assert_eq!(month_number("Sept."), Some(9));
        assert_eq!(month_number("MAY"), Some(5));
        assert_eq!(month_number("Ju"), None);
        assert_eq!(month_number("Mayday"), None);
        assert_eq!(month_by_abbreviation("mar"), Some(3));
        assert_eq!(month_by_abbreviation("march"), Some(3));
        assert_eq!(month_by_abbreviation("dec."), Some(12));
        assert_eq!(month_by_abbreviation("ma"), None);
        assert!(MONTHS.iter().all(|m| m.len() >= 3 && m.is_ascii()));
    }

    #[test]
    fn month_pattern() {
        let re = regex::Regex::new(&format!("^{MONTH}$")).unwrap();
        for m in MONTHS {
            let mut name = m.to_string();
            name[..1].make_ascii_uppercase();
            assert!(re.is_match(&name), "{name}");
            assert!(re.is_match(&name[..3]), "{name}");
            assert!(re.is_match(&format!("{}.", &name[..3])), "{name}");
        }
        assert!(re.is_match("Sept."));
        assert!(!re.is_match("january"));
        assert!(!re.is_match("Mayo"));
    }

    #[test]
    fn initials_of_given_names() {
        assert_eq!(initials("Jean-Paul Marie"), "JPM");
        assert_eq!(initials("J. R. R."), "JRR");
        assert_eq!(initials("Ødegaard"), "Ø");
        assert_eq!(initials(""), "");
        assert_eq!(initial_letters("-Anne").next(), Some('A'));
    }
}
