//! The American Chemical Society's and MDPI's books and chapters, their parts set apart by
//! semicolons and the publisher before its city: "Hopcroft, J.; Ullman, J. Introduction to
//! Automata Theory; Addison-Wesley: Reading, MA, 1979.", "Kennedy, A. D. The Theory. In
//! Probabilistic Methods in Quantum Field Theory; Damgaard, P. H., Ed.; Plenum Press: New
//! York, 1990; pp 12–30." The publisher is the part before the colon, the place the part after
//! it up to the year; the title or book before them ends at its semicolon.

use super::imprint::{is_place, looks_like_publisher};
use super::tail::EDITION;
use crate::reference::names::parse_name_list;
use crate::reference::{Name, Reference};

/// Read the ACS imprint of `text` (the cleaned reference) into `r`, and end the title or
/// container that ran on into it, or into the editors' part, at their semicolon.
pub(super) fn fields(r: &mut Reference, text: &str) {
    // Most references hold no "; " and ": " both.
    if !text.contains("; ") || !text.contains(": ") {
        return;
    }
    let Some((at, publisher, place)) = imprint(text) else {
        return;
    };
    r.publisher = Some(publisher.to_string());
    r.location = Some(place.into());
    // The parts before the imprint: the book's, then the editors' ("Damgaard, P. H., Ed.").
    let before = &text[..at];
    let mut parts = before.trim_end().trim_end_matches(';').rsplit("; ");
    let mut last = parts.next().unwrap_or("");
    if let Some(names) = before_editors_mark(last) {
        // The editors are this part's names: another reading may have run the book into them
        // ("In Coastal Histories; Kim, R., Haas, L., Eds.;" read as three editors).
        let (editors, _) = parse_name_list(names);
        if !editors.is_empty() && !editors.iter().any(Name::is_literal) {
            r.editors = editors;
        }
        last = parts.next().unwrap_or("");
    }
    // A part's semicolon ends it: what ran on past it ("Theory; Damgaard") goes.
    for v in [&mut r.title, &mut r.container].into_iter().flatten() {
        if let Some(cut) = v.find("; ") {
            v.truncate(cut);
        }
    }
    // "In Probabilistic Methods in Quantum Field Theory; Damgaard, P. H., Ed.;": the book is
    // the part after "In" and before the editors.
    let opens = [". In ", "? In ", "! In "]
        .iter()
        .filter_map(|m| last.rfind(m).map(|i| i + m.len()))
        .max();
    if let Some(book) = opens.map(|i| &last[i..]) {
        let book = book.trim().trim_end_matches(['.', ',']);
        // "In Encyclopedia of Ocean Sciences, 3rd ed.;": the edition is no part of the book.
        let edition = EDITION.captures(book).filter(|caps| {
            caps.get(0)
                .is_some_and(|m| m.end() == book.len() && m.start() > 0)
        });
        let book = match edition
            .as_ref()
            .and_then(|caps| Some((caps.get(0)?, caps.get(1)?)))
        {
            Some((all, number)) => {
                r.edition
                    .get_or_insert_with(|| number.as_str().trim_end_matches('.').into());
                book[..all.start()].trim_end().trim_end_matches(',')
            }
            None => book,
        };
        // A container read whole after a comma of the part (a series: "..., Theoretical and
        // Computational Chemistry, Vol. 9") stays; a piece of the book ("Systems") goes.
        let piece = |c: &str| book.contains(c) && !book.contains(&format!(", {c}"));
        if r.container.as_deref().is_none_or(piece) && !book.is_empty() {
            r.container = Some(book.to_string());
        }
    }
}

/// The names of a part that "Ed." or "Eds." closes ("Kim, R., Haas, L., Eds.;"), without the
/// mark.
fn before_editors_mark(part: &str) -> Option<&str> {
    let p = part.trim_end().trim_end_matches([';', ',']);
    let names = p.strip_suffix(" Eds.").or_else(|| p.strip_suffix(" Ed."))?;
    Some(names.trim_end_matches(','))
}

/// The part after a semicolon that reads "Publisher: Place, Year": where it starts, the
/// publisher and the place. The publisher must read as one or the place as a place, and the
/// publisher must not be a place ("New York: Plenum" is the usual order).
fn imprint(text: &str) -> Option<(usize, &str, &str)> {
    let mut from = 0;
    while let Some(i) = text[from..].find("; ") {
        let start = from + i + 2;
        from = start;
        let end = text[start..].find(';').map_or(text.len(), |j| start + j);
        let part = text[start..end].trim_end_matches(['.', ' ']);
        let Some((publisher, rest)) = part.split_once(": ") else {
            continue;
        };
        let Some((place, year)) = rest.rsplit_once(", ") else {
            continue;
        };
        let year_like = year.len() >= 4
            && year.bytes().take(4).all(|b| b.is_ascii_digit())
            && year[4..].bytes().all(|b| b.is_ascii_lowercase());
        let publisher = publisher.trim();
        let first_place = place.split(", ").next().unwrap_or("");
        let place_reads = is_place(first_place) || place.rsplit(", ").next().is_some_and(is_place);
        if year_like
            && !publisher.is_empty()
            && publisher.len() <= 80
            && place.len() <= 60
            && !publisher.contains(['.', ','])
            && !place.contains(['(', ')', ':'])
            && !is_place(publisher)
            && (place_reads || looks_like_publisher(publisher))
        {
            return Some((start, publisher, place.trim()));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn publisher_before_its_city() {
        let text = "Hopcroft, J.; Ullman, J. Introduction to Automata Theory; Addison-Wesley: Reading, MA, 1979.";
        let (_, p, l) = imprint(text).expect("an imprint");
        assert_eq!((p, l), ("Addison-Wesley", "Reading, MA"));
        let text = "Votta, L.G. Case Study. In Proceedings of the Conference; Springer: Berlin, Germany, 1995; pp. 44–58.";
        let (_, p, l) = imprint(text).expect("an imprint");
        assert_eq!((p, l), ("Springer", "Berlin, Germany"));
    }

    /// The whole parser on the two styles' books and chapters.
    #[test]
    fn acs_and_mdpi_books_and_chapters() {
        let r = super::super::parse(
            "(3) Okafor, B.; Lindqvist, M. Tidal Flats of the North; Addison-Wesley: Reading, MA, USA, 2004.",
        );
        assert_eq!(r.title.as_deref(), Some("Tidal Flats of the North"));
        assert_eq!(r.publisher.as_deref(), Some("Addison-Wesley"));
        assert_eq!(r.location.as_deref(), Some("Reading, MA, USA"));
        let r = super::super::parse(
            "7. Okafor, B. Salt Marshes? In Advances in Coastal Studies 5; Lindqvist, M., Ed.; Morgan Kaufmann: San Mateo, CA, USA, 1992; Volume 5, pp. 85–92.",
        );
        assert_eq!(
            r.container.as_deref(),
            Some("Advances in Coastal Studies 5")
        );
        assert_eq!(r.publisher.as_deref(), Some("Morgan Kaufmann"));
        assert_eq!(r.location.as_deref(), Some("San Mateo, CA, USA"));

        // The book's edition is no part of its title.
        let r = super::super::parse(
            "Lindqvist, M. Salt marshes. In Encyclopedia of Ocean Sciences, 3rd ed.; Okafor, B., Marsh, H., Eds.; Academic Press: Oxford, UK, 2019; pp. 512-520.",
        );
        assert_eq!(
            r.container.as_deref(),
            Some("Encyclopedia of Ocean Sciences")
        );
        assert_eq!(r.edition.as_deref(), Some("3"));
        // The editors are the part's names, not the book's words before them.
        let r = super::super::parse(
            "Okafor, B. Tides and Towns. In Coastal Histories; Kim, R., Haas, L., Eds.; University of Chicago Press: Chicago, 2014; pp 112-138.",
        );
        let editors: Vec<&str> = r.editors.iter().map(|n| n.family()).collect();
        assert_eq!(editors, ["Kim", "Haas"]);
        assert_eq!(r.container.as_deref(), Some("Coastal Histories"));
    }

    #[test]
    fn place_first_is_no_acs_imprint() {
        for text in [
            "Smith, J.; Jones, K. A Title; New York: Plenum Press, 1990.",
            "Smith, J.; Jones, K. A Title. New York: Plenum Press, 1990.",
            "Smith, J.; Jones, K. Rivers. J. Am. Chem. Soc. 2007, 129, 12–18.",
        ] {
            assert_eq!(imprint(text), None, "{text}");
        }
    }

    #[test]
    fn title_and_book_end_at_their_semicolons() {
        let text = "Kennedy, A. D. The Theory. In Probabilistic Methods in Quantum Field Theory; Damgaard, P. H., Ed.; Plenum Press: New York, 1990; pp 12–30.";
        let mut r = Reference {
            title: Some("The Theory".into()),
            container: Some("Probabilistic Methods in Quantum Field Theory; Damgaard".into()),
            ..Default::default()
        };
        fields(&mut r, text);
        assert_eq!(
            r.container.as_deref(),
            Some("Probabilistic Methods in Quantum Field Theory")
        );
        assert_eq!(r.publisher.as_deref(), Some("Plenum Press"));
        assert_eq!(r.location.as_deref(), Some("New York"));
        let text = "Hopcroft, J.; Ullman, J. Introduction to Automata Theory; Addison-Wesley: Reading, MA, 1979.";
        let mut r = Reference {
            title: Some("Introduction to Automata Theory; Addison-Wesley: Reading, MA".into()),
            ..Default::default()
        };
        fields(&mut r, text);
        assert_eq!(r.title.as_deref(), Some("Introduction to Automata Theory"));
        assert_eq!(r.publisher.as_deref(), Some("Addison-Wesley"));
    }
}
