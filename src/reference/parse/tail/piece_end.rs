//! Where a list of editors after their mark ends: at a sentence's end, a semicolon not
//! between names, a group, or a comma before a number, a lower-case word, a city alone, an
//! imprint or a publisher's name ("edited by Annelise Carrington, Manchester University
//! Press, 2010").

use super::super::authors::is_acronym;
use super::super::imprint::{looks_like_publisher, university_press_abbreviated};
use super::super::sentence::split_sentence;
use crate::reference::fields::is_publisher_word;
use crate::reference::names::is_initials;
use crate::reference::words::{is_city, is_connector, is_name_suffix};

/// Split at the first ", " or sentence end: the editor list of "edited by A and B, 12–20".
pub(in crate::reference::parse) fn split_at_piece_end(s: &str) -> (&str, &str) {
    let (sentence, after) = split_sentence(s);
    // "ed. J.H. Neyrey; Peabody, Ma.": a semicolon ends the list; not one between names
    // written family name first, initials closing each ("Eds. Linstrom, P. J.; Mallard W. G.").
    if let Some(i) = sentence
        .match_indices(';')
        .map(|(i, _)| i)
        .find(|&i| !semicolon_between_names(&sentence[..i], &sentence[i + 1..]))
    {
        return (&sentence[..i], &s[i + 1..]);
    }
    // "ed. Don E. Fehrenbacher (New York: ...)": a group ends the list.
    if let Some(i) = sentence.find(" (") {
        return (&sentence[..i], &s[i..]);
    }
    // A comma followed by a number, a lower-case word ("and" aside) or a city and its
    // publisher's colon ("edited by Marc Szydlik, Wiesbaden: VS") ends a name list too;
    // so does one after a whole name joined by the list's last "and" ("edited by Andreas D.
    // Baxevanis and B. F. Francis Ouellette, Wiley", "eds. Mark O'Connor and Piotr Wilczek,
    // Boston"), not after a lone family name whose given names follow ("Giaccaria, Paolo and
    // Minca, Claudio").
    for (i, _) in sentence.match_indices(',') {
        let next = sentence[i + 1..].trim_start();
        let connector = next.split_whitespace().next().is_some_and(is_connector);
        let before = &sentence[..i];
        let last_joined = before
            .rsplit_once(" and ")
            .or_else(|| before.rsplit_once(" & "))
            .is_some_and(|(_, name)| !name.contains(',') && name.split_whitespace().count() >= 2);
        // Names parted by semicolons: a comma after one's initials ends the list.
        let semicolons_list = ends_with_initials(before) && before.contains(';');
        if !connector
            && (last_joined
                || semicolons_list
                || publisher_closes(before, next)
                || city_closes(before, next)
                || next.starts_with(|c: char| c.is_ascii_digit() || c.is_lowercase() || c == '(')
                || imprint_opens(next))
        {
            return (before, &s[i + 1..]);
        }
    }
    (sentence, after)
}

/// "Linstrom, P. J." before a semicolon and "Mallard W. G." or "Mallard, W." after it: the
/// semicolon is a name list's.
fn semicolon_between_names(before: &str, after: &str) -> bool {
    let mut words = after.split_whitespace();
    let family = words.next().unwrap_or("").trim_end_matches(',');
    before.contains(',')
        && ends_with_initials(before)
        && family.starts_with(char::is_uppercase)
        && family.chars().skip(1).any(char::is_lowercase)
        && words
            .next()
            .is_some_and(|w| w.contains('.') && is_initials(w.trim_end_matches([',', ';'])))
}

/// Is `next`, after a comma, a known city alone, before a year, a comma or the sentence's end ("...,
/// ed. by Mary Louise Lord, Ithaca 1995", the imprint as Italian and German lists write it),
/// after a whole name of two words or more (not "Jones, Chester": a given name)?
fn city_closes(before: &str, next: &str) -> bool {
    let end = next
        .find(|c: char| c.is_ascii_digit() || matches!(c, '.' | ',' | ';' | '('))
        .unwrap_or(next.len());
    let closes = next[end..].starts_with(|c: char| c.is_ascii_digit() || matches!(c, '.' | ','))
        || next[end..].trim().is_empty();
    closes && whole_name_before(before).is_some() && is_city(next[..end].trim_end())
}

/// The last name of the list `before`, after its last comma or semicolon, when it is a whole
/// name of two words or more ("Mary Louise Lord"; not "Chester" of "Jones, Chester").
fn whole_name_before(before: &str) -> Option<&str> {
    let name = before.rsplit([',', ';']).next().unwrap_or("");
    name.split_whitespace().nth(1).is_some().then_some(name)
}

/// Is `next`, after a comma, a publisher's name ended by a publisher's word ("..., edited by
/// Annelise Carrington, Manchester University Press, 2010", "..., Oxford UP": MLA's imprint
/// after the editors)?
/// One word alone only after a whole name written given first ("Anne Brown, Routledge"; not
/// "Brown, Taylor", a family name and its given name, nor "Hale M., Kluwer", a family name
/// and its initials, where the book follows the list).
fn publisher_closes(before: &str, next: &str) -> bool {
    let piece = next.split([',', ';']).next().unwrap_or("");
    if university_press_abbreviated(piece) {
        return true;
    }
    let mut words = piece.split_whitespace();
    let first = words.next();
    match words.next_back() {
        Some(last) => is_publisher_word(last),
        // An acronym ("ASCE", "MIT"; not a suffix, "III") names no person after a name
        // written in full.
        None => {
            let acronym = first.is_some_and(|w| is_acronym(w) && !is_name_suffix(w));
            // A publisher's one-word name ("Verso", "Routledge").
            let publisher = first.is_some_and(|w| is_publisher_word(w) || looks_like_publisher(w));
            (acronym || publisher)
                && whole_name_before(before).is_some_and(|n| {
                    let last = n.split_whitespace().next_back().unwrap_or("");
                    !is_initials(last) && !last.bytes().all(|b| b.is_ascii_uppercase())
                })
        }
    }
}

/// Does `s` end with dotted initials ("Linstrom, P. J.")?
fn ends_with_initials(s: &str) -> bool {
    s.trim_end()
        .rsplit(' ')
        .next()
        .is_some_and(|w| w.ends_with('.') && is_initials(w))
}

/// Does `s` open with an imprint: a known city, then the publisher's colon after it or after a
/// second city ("Wiesbaden: VS", "Frankfurt, New York: Campus")?
pub(super) fn imprint_opens(s: &str) -> bool {
    s.contains(':')
        && s.split([',', ':'])
            .next()
            .is_some_and(|place| is_city(place.trim()))
}

/// `s` up to an imprint after a comma ("Marc Szydlik" of "Marc Szydlik, Wiesbaden: VS").
pub(super) fn before_imprint(s: &str) -> &str {
    s.match_indices(',')
        .find(|(i, _)| imprint_opens(s[i + 1..].trim_start()))
        .map_or(s, |(i, _)| &s[..i])
}
