//! A place and its publisher parted by a comma, read as one publisher where the place is a
//! town no list knows ("Bingley, Emerald", "Emerald, Bingley").

use super::super::imprint::{is_place, looks_like_publisher};
use crate::reference::fields::is_publisher_word;
use crate::reference::words::{is_capitalised_word, is_city, is_organisation_word};
use crate::reference::{EntryType, Reference};

/// A place and a publisher after a comma, in either order, read as the publisher with no
/// place ("Bingley, Emerald", "Emerald, Bingley": a town no list knows): the side with a
/// publisher's name is the publisher, the other the place.
pub(super) fn place_and_publisher_read_as_publisher(r: &mut Reference) {
    if r.location.is_some() || matches!(r.entry_type, EntryType::Thesis | EntryType::Report) {
        return;
    }
    let Some((a, b)) = r.publisher.as_deref().and_then(|p| p.split_once(", ")) else {
        return;
    };
    // One word in mixed case of four letters or more, no firm's or body's word ("Computer
    // Science Department", "McGrawHill", "MSH" are none), or a place known as one.
    let place = |p: &str| {
        let one_word = p.chars().count() >= 4
            && is_capitalised_word(p)
            && !is_organisation_word(p)
            && !is_publisher_word(p);
        (one_word || is_city(p) || is_place(p)) && !looks_like_publisher(p)
    };
    // A publisher's name, more than a firm's suffix ("Inc").
    let publisher = |p: &str| {
        looks_like_publisher(p)
            && !p.contains([',', '.'])
            && p.split_whitespace()
                .any(|w| !["Inc", "Ltd", "Co", "LLC", "GmbH"].contains(&w))
    };
    let (place, publisher) = if place(a) && publisher(b) {
        (a, b)
    } else if publisher(a) && place(b) {
        (b, a)
    } else {
        return;
    };
    let (place, publisher) = (place.to_string(), publisher.to_string());
    r.location = Some(place.into());
    r.publisher = Some(publisher);
}

#[cfg(test)]
mod tests {
    use crate::reference::parse::parse;

    #[test]
    fn a_town_and_a_publisher_either_way_round() {
        for text in [
            "Brown, A. (2015) Harbour life. Bingley, Emerald.",
            "Brown, A. (2015) Harbour life. Emerald, Bingley.",
        ] {
            let r = parse(text);
            assert_eq!(r.publisher.as_deref(), Some("Emerald"), "{text} {r:?}");
            assert_eq!(r.location.as_deref(), Some("Bingley"), "{text}");
        }
        // No publisher's name, or no place's form: as read.
        for text in [
            "Brown, A. (2015) Harbour life. Little, Brown.",
            "Brown, A. (2015) Harbour life. Alderman Library, University of Virginia.",
            "Brown, A. (2015) Harbour life. McGrawHill, Inc.",
        ] {
            assert_eq!(parse(text).location, None, "{text}");
        }
    }
}
