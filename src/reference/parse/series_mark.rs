//! A series French references mark in their imprint: "Paris, Seuil, coll. « Points Histoire »,
//! 1971", "Paris : Gallimard, Coll. Folio Essais, 2000", "(coll. « Que sais-je ? », n° 1234)",
//! "collection « Le sens commun »". The series is BibLaTeX's `series` (its number `number`);
//! left in the text it splits the publisher from the year, and both the rules and the model
//! read it as a place, a second title or a journal ("Paris, Minuit, coll" as the place), so it
//! is taken out before either reads the entry.

use crate::reference::Reference;

/// The longest series name taken.
const MAX_NAME: usize = 80;

/// Read the first series mark of `text` into `r.series` (and its number into `r.number`); the
/// text without the mark, or None where it holds none.
pub(super) fn take_series(r: &mut Reference, text: &str) -> Option<String> {
    // Both marks hold "oll"; most references hold none.
    let found = memchr::memmem::find_iter(text.as_bytes(), b"oll").find_map(|at| {
        let start = at.checked_sub(1)?;
        // The byte before may be inside a letter ("éoll").
        text.is_char_boundary(start).then(|| mark_at(text, start))?
    })?;
    r.series = Some(found.name.into());
    if r.number.is_none() {
        r.number = found.number.map(Into::into);
    }
    let (head, tail) = (&text[..found.cut.start], &text[found.cut.end..]);
    Some(format!("{head}{tail}"))
}

/// A series mark found: its name, its number, and the bytes to cut from the text.
struct Found<'t> {
    name: &'t str,
    number: Option<&'t str>,
    cut: std::ops::Range<usize>,
}

/// The series mark starting at byte `start` ("coll." or "collection", either case), after a
/// comma, a stop or an opening bracket.
fn mark_at(text: &str, start: usize) -> Option<Found<'_>> {
    let rest = &text[start..];
    let (quoted_only, after_mark) = if let Some(after) = strip_word(rest, "coll.") {
        (false, after)
    } else {
        (true, strip_word(rest, "collection")?)
    };
    // What stands before: a comma, a stop or a bracket ("et coll." is "and others").
    let before = text[..start].trim_end();
    let lead = before.chars().next_back()?;
    if !matches!(lead, ',' | '.' | '(' | ';') || before.len() < 3 {
        return None;
    }
    let lead_at = before.len() - 1;
    let body = after_mark.trim_start();
    let body_at = text.len() - body.len();
    let (name, name_end) = match body.chars().next()? {
        open @ ('«' | '“' | '"') => {
            let close = match open {
                '«' => '»',
                '“' => '”',
                _ => '"',
            };
            let inside = &body[open.len_utf8()..];
            let end = inside.find(close)?;
            let name = inside[..end].trim();
            let name_end = body_at + open.len_utf8() + end + close.len_utf8();
            (name, name_end)
        }
        first if !quoted_only && first.is_uppercase() => {
            // A bare name runs to a comma, semicolon, bracket or stop; one with stops inside
            // is an abbreviated journal's ("Coll. Czech. Chem. Commun.").
            let end = body.find([',', ';', ')', '(', '.']).unwrap_or(body.len());
            let name = body[..end].trim_end();
            if body[end..].starts_with('.') && !is_sentence_end(&body[end + 1..]) {
                return None;
            }
            (name, body_at + name.len())
        }
        _ => return None,
    };
    if name.is_empty() || name.len() > MAX_NAME || !name.starts_with(char::is_alphanumeric) {
        return None;
    }
    // The series' number: "n° 1234", "no 12", "nº 3" after it.
    let (number, end) = match series_number(&text[name_end..]) {
        Some((number, len)) => (Some(number), name_end + len),
        None => (None, name_end),
    };
    let after = &text[end..];
    let cut = if lead == '(' {
        // The bracket goes whole where it holds only the series.
        let close = after.trim_start();
        if !close.starts_with(')') {
            return None;
        }
        let close_at = text.len() - close.len() + 1;
        let open_at = text[..lead_at].trim_end().len();
        open_at..close_at
    } else if lead == '.' {
        // "Seuil. Coll. Points. 2000." keeps the stop before it; the mark's own stop goes.
        let rest = after.trim_start_matches([' ', '.']);
        start..text.len() - rest.len()
    } else {
        // ", coll. « X »," goes with its comma; the next delimiter stays.
        lead_at..end
    };
    Some(Found { name, number, cut })
}

/// `s` without `word` at its start (either case) and a word boundary after it.
fn strip_word<'s>(s: &'s str, word: &str) -> Option<&'s str> {
    let head = s.get(..word.len())?;
    if !head.eq_ignore_ascii_case(word) {
        return None;
    }
    let after = &s[word.len()..];
    (word.ends_with('.') || !after.starts_with(char::is_alphanumeric)).then_some(after)
}

/// Does a stop followed by `after` end the series' name: the entry's end or its year, not a
/// word or a number ("Coll. Czech. Chem. Commun.", "Org. Synth. Coll. Vol. 5, 373")?
fn is_sentence_end(after: &str) -> bool {
    let year = |a: &str| {
        let digits = a.bytes().take_while(u8::is_ascii_digit).count();
        digits == 4 && !a[digits..].starts_with(|c: char| c.is_alphanumeric())
    };
    after.is_empty() || after.strip_prefix(' ').is_some_and(year)
}

/// A series' number at the start of `s` after an optional comma ("n° 1234"): the number and
/// the bytes it takes.
fn series_number(s: &str) -> Option<(&str, usize)> {
    let t = s.trim_start_matches([',', ' ']);
    let t = ["n°", "nº", "no.", "no", "N°"]
        .iter()
        .find_map(|label| t.strip_prefix(label))?
        .trim_start();
    let digits = t.bytes().take_while(u8::is_ascii_digit).count();
    if digits == 0 {
        return None;
    }
    let len = s.len() - t.len() + digits;
    Some((&t[..digits], len))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn take(text: &str) -> Option<(String, String, Option<String>)> {
        let mut r = Reference::default();
        let rest = take_series(&mut r, text)?;
        Some((
            rest,
            r.series.map(|s| s.to_string())?,
            r.number.map(|n| n.to_string()),
        ))
    }

    #[test]
    fn series_in_guillemets_after_the_publisher() {
        let (rest, series, number) =
            take("Veyne P., Comment on écrit l'histoire, Paris, Seuil, coll. « Points Histoire », 1971, 352 p.")
                .unwrap();
        assert_eq!(
            rest,
            "Veyne P., Comment on écrit l'histoire, Paris, Seuil, 1971, 352 p."
        );
        assert_eq!(series, "Points Histoire");
        assert_eq!(number, None);
    }

    #[test]
    fn bare_series_name_to_its_comma() {
        let (rest, series, _) =
            take("Benjamin W., Petite histoire de la photographie, Paris, Gallimard, Coll. Folio Essais, 2000.")
                .unwrap();
        assert_eq!(
            rest,
            "Benjamin W., Petite histoire de la photographie, Paris, Gallimard, 2000."
        );
        assert_eq!(series, "Folio Essais");
    }

    #[test]
    fn series_in_brackets_with_its_number() {
        let (rest, series, number) =
            take("Duby G., L'an mil, Paris, Julliard (coll. « Archives », n° 30), 1967.").unwrap();
        assert_eq!(rest, "Duby G., L'an mil, Paris, Julliard, 1967.");
        assert_eq!(series, "Archives");
        assert_eq!(number.as_deref(), Some("30"));
    }

    #[test]
    fn collection_word_with_quotes_only() {
        let (rest, series, _) = take(
            "Bourdieu P., La distinction, Paris, Minuit, collection « Le sens commun », 1979.",
        )
        .unwrap();
        assert_eq!(rest, "Bourdieu P., La distinction, Paris, Minuit, 1979.");
        assert_eq!(series, "Le sens commun");
        // "collection" bare is a word of a title.
        assert!(take("Smith J., The collection of Darwin's finches, London, 1990.").is_none());
        assert!(take("Smith J., Studies, Collection Folio, 1990.").is_none());
    }

    #[test]
    fn others_and_journals_are_no_series() {
        // "et coll." is "and others"; "Coll. Czech. Chem. Commun." a journal.
        assert!(take("Martin et coll., Étude clinique, Presse Méd., 1990, 19, 12.").is_none());
        assert!(take(
            "Holý A., Synthesis of nucleosides, Coll. Czech. Chem. Commun. 1990, 55, 809."
        )
        .is_none());
        // "Coll. Vol." is a collective volume.
        assert!(take("A. Zambito et E. Howe. Org. Synth. Coll. Vol. 5, 373 (1973).").is_none());
        // A name with no capital: no series.
        assert!(take("Dupont J., Titre, Paris, PUF, coll. 12, 1990.").is_none());
    }

    #[test]
    fn series_after_a_stop() {
        let (rest, series, _) =
            take("Ricœur, Paul. La mémoire, l'histoire, l'oubli. Paris : Seuil. Coll. L'ordre philosophique. 2000.")
                .unwrap();
        assert_eq!(
            rest,
            "Ricœur, Paul. La mémoire, l'histoire, l'oubli. Paris : Seuil. 2000."
        );
        assert_eq!(series, "L'ordre philosophique");
    }
}
