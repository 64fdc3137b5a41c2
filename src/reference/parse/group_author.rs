//! A group author followed by its acronym in brackets, then the date: "World Health
//! Organization (WHO). 2021.", "Organisation for Economic Co-operation and Development (OECD).
//! (2020).", "World Health Organization [WHO]. (2021)." The acronym's stop would end the
//! names and the bracket would read as a note or as the title.

use super::authors::is_acronym;
use crate::reference::{Name, Reference};

/// The group's name with its acronym ("World Health Organization (WHO)") and the text from
/// the date on, where `text` opens with a name whose words' capitals spell the acronym in
/// order, its first letter first, the acronym then a stop, and a date after it (a year in
/// brackets or a year and a stop).
pub(super) fn take(text: &str) -> Option<(String, &str)> {
    // Most references open with no group's name: the first bracket comes late or never.
    let head = &text.as_bytes()[..text.len().min(120)];
    let open = memchr::memchr2(b'(', b'[', head)?;
    let close = if text.as_bytes()[open] == b'(' {
        ')'
    } else {
        ']'
    };
    let name = text[..open].trim_end();
    let acronym_len = text[open + 1..].find(close)?;
    let acronym = &text[open + 1..open + 1 + acronym_len];
    let after = text[open + 2 + acronym_len..]
        .strip_prefix('.')?
        .trim_start();
    if !dated(after) || !spells(name, acronym) {
        return None;
    }
    Some((format!("{name} ({acronym})"), after))
}

/// An organisation's name, then the title with no date between (Chicago's and MLA's
/// "International Energy Agency. World Energy Outlook 2020. Paris: IEA, 2020."), where the
/// title's year was read as the date: the author ran on over the title's first words. The
/// author is the name before its stop (two words or more); the title stays as it is.
pub(super) fn title_opening_in_author(r: &mut Reference) {
    let ([Name::Literal { literal }], Some(title)) = (r.authors.as_slice(), r.title.as_deref())
    else {
        return;
    };
    let Some((name, head)) = literal.rsplit_once(". ") else {
        return;
    };
    let opens = !head.is_empty() && title.len() > head.len() && title.starts_with(head);
    if opens && name.split_whitespace().nth(1).is_some() {
        r.authors = vec![Name::literal(name)];
    }
}

/// Does `text` open with a year in brackets ("(2020).", "(2020, March 3)") or a year and a
/// stop ("2021.")?
fn dated(text: &str) -> bool {
    let t = text.strip_prefix('(').unwrap_or(text);
    let year = t.len() >= 5 && t.as_bytes()[..4].iter().all(u8::is_ascii_digit);
    year && (text.starts_with('(') || t.as_bytes()[4] == b'.')
}

/// Do the capitals opening `name`'s words (and the parts of a hyphened word: "Co-operation")
/// spell `acronym`, two to eight capitals, in order, the first the name's first ("CDC" in
/// "Centers for Disease Control and Prevention")? A name of one word or one with a comma
/// (a person's, "Okafor, B.") spells none.
fn spells(name: &str, acronym: &str) -> bool {
    if !is_acronym(acronym) || name.contains([',', '.', '(', '[']) || !name.contains(' ') {
        return false;
    }
    let mut capitals = name
        .split([' ', '-'])
        .filter_map(|w| w.chars().next())
        .filter(|c| c.is_uppercase());
    let mut letters = acronym.chars();
    if capitals.next() != letters.next() {
        return false;
    }
    letters.all(|l| capitals.any(|c| c == l))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_group_then_its_acronym_then_the_date() {
        for (text, group, rest) in [
            (
                "World Health Organization (WHO). 2021. Global Report. Geneva: WHO.",
                "World Health Organization (WHO)",
                "2021. Global Report. Geneva: WHO.",
            ),
            (
                "Organisation for Economic Co-operation and Development (OECD). (2020). Education.",
                "Organisation for Economic Co-operation and Development (OECD)",
                "(2020). Education.",
            ),
            (
                "World Health Organization [WHO]. (2021). Global report.",
                "World Health Organization (WHO)",
                "(2021). Global report.",
            ),
            (
                "Centers for Disease Control and Prevention (CDC). 2020. Data.",
                "Centers for Disease Control and Prevention (CDC)",
                "2020. Data.",
            ),
        ] {
            assert_eq!(take(text), Some((group.to_string(), rest)), "{text}");
        }
        // The whole parser: the group is the author and the title follows the date.
        let r = super::super::parse(
            "World Health Organization (WHO). 2021. Global Tuberculosis Report. Geneva: WHO.",
        );
        assert_eq!(r.title.as_deref(), Some("Global Tuberculosis Report"));
        assert_eq!(r.authors.len(), 1);
        assert_eq!(r.authors[0].family(), "World Health Organization (WHO)");
        // An agency whose last word is "Administration" is no person of that family name.
        let r = super::super::parse(
            "U.S. Harbour Safety Administration. (2020). Annual report 2020. Washington, DC: Author.",
        );
        assert_eq!(r.authors.len(), 1);
        assert_eq!(r.authors[0].given(), None);
        assert_eq!(r.authors[0].family(), "U.S. Harbour Safety Administration");
    }

    #[test]
    fn an_organisation_then_a_title_holding_a_year() {
        // No date after the name: the title's year was read as the date.
        for (text, group, title) in [
            (
                "International Energy Agency. World Energy Outlook 2020. Paris: IEA, 2020.",
                "International Energy Agency",
                "World Energy Outlook 2020",
            ),
            (
                "Ministry of Ports. Annual Report 2019–20. New Delhi: Government of India, 2020.",
                "Ministry of Ports",
                "Annual Report 2019–20",
            ),
            // An acronym alone (had been a person, "Harbour Statistics" the given names, the
            // title a journal and its volume).
            (
                "OECD. Harbour Statistics 2019. Paris: OECD Publishing, 2019.",
                "OECD",
                "Harbour Statistics 2019",
            ),
            (
                "World Bank. World Harbour Report 2019. Washington, DC: World Bank, 2019.",
                "World Bank",
                "World Harbour Report 2019",
            ),
        ] {
            let r = super::super::parse(text);
            assert_eq!(r.authors, [Name::literal(group)], "{text}");
            assert_eq!(r.title.as_deref(), Some(title), "{text}");
        }
    }

    #[test]
    fn no_group_no_acronym() {
        for text in [
            // A person, a note, letters that spell nothing, no date after.
            "Okafor, B. (OB). 2021. Title.",
            "Harbour Studies Group (HSG). Title of the Report. Geneva, 2021.",
            "World Health Organization (UN). 2021. Global Report.",
            "Tidal Bores (TB). The Title. 2021.",
            "Okafor (2021). Title.",
        ] {
            assert_eq!(take(text), None, "{text}");
        }
    }
}
