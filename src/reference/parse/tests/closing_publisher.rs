//! A book's publisher named alone at the end of the entry, no place before it, as APA's
//! seventh edition and Chicago's 17th write it ("Title. Publisher."): the model, trained mostly
//! on imprints with their place, reads such a name as a place, an identifier, an edition or no
//! field at all. Places closing an entry stay places.

use super::super::parse;
use crate::reference::EntryType;

#[test]
fn a_book_closed_by_its_publisher_alone() {
    for (text, publisher) in [
        ("Okafor, A. (2019). Rivers of the valley towns (2nd ed.). Atlas.", "Atlas"),
        ("Lindqvist, Maja. 2011. Notes on Small Languages. Forense.", "Forense"),
        (
            "Marsh, T. (2003). Compiling the lexicon. Edited by R. Okafor. Reclam.",
            "Reclam",
        ),
        (
            "Okafor, Ada, and Tom Marsh. 1998. Fields and Rivers. Translated by Maja Lindqvist. Viking.",
            "Viking",
        ),
    ] {
        let r = parse(text);
        assert_eq!(r.publisher.as_deref(), Some(publisher), "{text}");
        assert_eq!(r.location, None, "{text}");
        assert_eq!(r.container, None, "{text}");
        assert_eq!(r.entry_type, EntryType::Book, "{text}");
    }
}

#[test]
fn a_chapter_closed_by_its_publisher_alone() {
    let r = parse("Okafor, A. (2004). The long river. In M. Lindqvist & T. Marsh (Eds.), Essays on the valley towns (pp. 12–40). Holt.");
    assert_eq!(r.container.as_deref(), Some("Essays on the valley towns"));
    assert_eq!(r.publisher.as_deref(), Some("Holt"));
    assert_eq!(r.location, None);
}

#[test]
fn places_closing_an_entry_stay_places() {
    // The humanities' "Place Year", and a meeting's place after its proceedings.
    let r = parse("M. Lindqvist, The Valley Towns: A Study, Lewisburg 1976.");
    assert_eq!(r.publisher, None);
    let r = parse("Okafor, A. (2007). Cosmic rays in the valley. In Proceedings of the 30th Meeting on Rivers, Merida.");
    assert_eq!(r.publisher, None);
    // A known city, and a medium, name no publisher.
    let r = parse("Marsh, T. (1999). Fields and Rivers. London.");
    assert_eq!(r.publisher, None);
    assert_eq!(r.location.as_deref(), Some("London"));
    let r = parse("Marsh, T. 2010. “Fields and Rivers.” Valley Review 4 (2): 1–9. Web.");
    assert_eq!(r.publisher, None);
}

#[test]
fn a_publisher_in_brackets_or_after_a_comma_closes_the_entry() {
    // Cell Press's books: "Title (Publisher)."; the Trends journals': "Title, Publisher".
    for (text, title, publisher) in [
        (
            "12. Okafor, A. (1992). Finite Sums of the Valley (Dover).",
            "Finite Sums of the Valley",
            "Dover",
        ),
        (
            "3. Okafor, A. (1968) Algebraic methods for rivers, McGraw Hill",
            "Algebraic methods for rivers",
            "McGraw Hill",
        ),
    ] {
        let r = parse(text);
        assert_eq!(r.title.as_deref(), Some(title), "{text}");
        assert_eq!(r.publisher.as_deref(), Some(publisher), "{text}");
    }
    // A bracketed acronym or initials closing a title are no publisher.
    let r = parse("Okafor, A. (2011). Mapping the Valley Towns (MVT).");
    assert_eq!(r.publisher, None);
}
