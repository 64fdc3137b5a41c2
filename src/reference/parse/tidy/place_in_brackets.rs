//! A publisher with its place in brackets after it, as German references write an imprint
//! ("Gabler (Wiesbaden)", "Rainer Hampp Verlag (München und Mering)", "edition sigma
//! (Berlin)"), or a place with its publisher in brackets ("Frankfurt (Campus)"): the
//! publisher's name, and the place.

use super::super::authors::is_acronym;
use super::super::imprint::is_place;
use crate::reference::fields::is_publisher_word;
use crate::reference::Reference;

/// The place "Place (Name)" is "Place", its publisher "Name" when no other publisher was
/// read ("Frankfurt (Campus)").
pub(super) fn publisher_in_brackets(r: &mut Reference) {
    if r.publisher.is_some() {
        return;
    }
    let Some((place, name)) = r.location.as_deref().and_then(bracket_closing) else {
        return;
    };
    // Not the place's state, country or part ("Uppsala (Sweden)", "Cambridge (MA)", "Berlin
    // (Ost)", "Frankfurt (M)").
    let named = name.starts_with(char::is_uppercase)
        && name.chars().count() >= 4
        && !name.contains('(')
        && !is_place(name);
    if named && first_place(place) {
        r.publisher = Some(name.to_string());
        r.location = Some(place.into());
    }
}

/// A publisher in brackets with a city and the year after its comma and no place read
/// ("(ASCE, Reston, 2011)", "(AIP Press, Woodbury, 1996)", as physics writes an imprint): the
/// publisher, then the place. Only where the publisher reads as one (an acronym or a
/// publisher's word closing it) and the city as none ("(Little, Brown, 2012)" is one
/// publisher).
pub(super) fn city_after_publisher(r: &mut Reference) {
    if r.location.is_some() {
        return;
    }
    let Some((name, city)) = r.publisher.as_deref().and_then(|p| p.split_once(", ")) else {
        return;
    };
    let last = name.rsplit(' ').next().unwrap_or("");
    if !(is_acronym(last) || is_publisher_word(last)) {
        return;
    }
    let place = (1..=3).contains(&city.split(' ').count())
        && city.split(' ').all(|w| {
            w.starts_with(char::is_uppercase)
                && !w.contains(|c: char| c.is_ascii_digit())
                && !is_publisher_word(w)
        });
    // The year after them, inside the brackets (not "(DES, Fermi-LAT)", two collaborations):
    // looked for last, as it builds a string.
    let bracketed = || {
        let written = format!("({name}, {city}, ");
        r.raw
            .find(&written)
            .is_some_and(|at| r.raw[at + written.len()..].starts_with(|c: char| c.is_ascii_digit()))
    };
    if place && bracketed() {
        let (name, city) = (name.to_string(), city.to_string());
        r.publisher = Some(name);
        r.location = Some(city.into());
    }
}

/// The words before a bracket closing `s` and the words inside it ("Gabler (Wiesbaden)"), or
/// None.
fn bracket_closing(s: &str) -> Option<(&str, &str)> {
    let (head, inside) = s.strip_suffix(')')?.rsplit_once('(')?;
    Some((head.trim_end(), inside.trim()))
}

/// Is the first of the places `s` names ("München und Mering", "Cambridge/London") one the
/// lists know?
fn first_place(s: &str) -> bool {
    let first = s
        .split([',', '/'])
        .flat_map(|p| p.split(" und "))
        .flat_map(|p| p.split(" and "))
        .next()
        .unwrap_or(s);
    is_place(first)
}

/// The publisher "Name (Place)" is "Name", its place "Place" when no other place was read (or
/// the same one); the first of several places ("München und Mering") must be one the lists
/// know.
pub(super) fn place_in_brackets(r: &mut Reference) {
    let Some(publisher) = r.publisher.as_deref() else {
        return;
    };
    let Some((name, place)) = bracket_closing(publisher) else {
        return;
    };
    let free = r.location.as_deref().is_none_or(|l| l == place);
    if free && name.contains(char::is_alphabetic) && !place.contains('(') && first_place(place) {
        r.location = Some(place.into());
        r.publisher = Some(name.to_string());
    }
}

#[cfg(test)]
mod tests {
    use super::{city_after_publisher, place_in_brackets, publisher_in_brackets};
    use crate::reference::Reference;

    fn split(publisher: &str, location: Option<&str>) -> (Option<String>, Option<String>) {
        let mut r = Reference {
            publisher: Some(publisher.into()),
            location: location.map(Into::into),
            ..Reference::default()
        };
        place_in_brackets(&mut r);
        (r.publisher, r.location.map(|l| l.to_string()))
    }

    #[test]
    fn a_place_in_brackets_after_the_publisher() {
        assert_eq!(
            split("Gabler (Wiesbaden)", None),
            (Some("Gabler".into()), Some("Wiesbaden".into()))
        );
        assert_eq!(
            split("Harbour Verlag (München und Mering)", None),
            (
                Some("Harbour Verlag".into()),
                Some("München und Mering".into())
            )
        );
        // Another place read already, or no place in the brackets: no change.
        assert_eq!(
            split("Gabler (Wiesbaden)", Some("Berlin")),
            (Some("Gabler (Wiesbaden)".into()), Some("Berlin".into()))
        );
        assert_eq!(
            split("Harbour Press (Tidal Series)", None),
            (Some("Harbour Press (Tidal Series)".into()), None)
        );
    }

    #[test]
    fn a_publisher_in_brackets_after_the_place() {
        let read = |location: &str, publisher: Option<&str>| {
            let mut r = Reference {
                location: Some(location.into()),
                publisher: publisher.map(Into::into),
                ..Reference::default()
            };
            publisher_in_brackets(&mut r);
            (r.location.map(|l| l.to_string()), r.publisher)
        };
        assert_eq!(
            read("Frankfurt (Campus)", None),
            (Some("Frankfurt".into()), Some("Campus".into()))
        );
        // A publisher read already, or no place before the brackets: no change.
        assert_eq!(
            read("Frankfurt (Campus)", Some("Suhrkamp")),
            (Some("Frankfurt (Campus)".into()), Some("Suhrkamp".into()))
        );
        assert_eq!(
            read("Harbourton (Tides)", None),
            (Some("Harbourton (Tides)".into()), None)
        );
        for place in [
            "Uppsala (Sweden)",
            "Princeton (New Jersey)",
            "Cambridge (MA)",
            "Berlin (Ost)",
        ] {
            assert_eq!(read(place, None), (Some(place.into()), None), "{place}");
        }
    }

    #[test]
    fn a_city_after_the_publisher_in_brackets() {
        let read = |publisher: &str, raw: &str| {
            let mut r = Reference {
                publisher: Some(publisher.into()),
                raw: raw.into(),
                ..Reference::default()
            };
            city_after_publisher(&mut r);
            (r.publisher, r.location.map(|l| l.to_string()))
        };
        for (publisher, raw) in [
            (
                "HSE, Harbourton",
                "B. Okafor, Tides (HSE, Harbourton, 2012)",
            ),
            (
                "Tide Press, New Harbour",
                "B. Okafor, Tides (Tide Press, New Harbour, 2012)",
            ),
        ] {
            let (name, city) = publisher.split_once(", ").unwrap();
            assert_eq!(
                read(publisher, raw),
                (Some(name.into()), Some(city.into())),
                "{raw}"
            );
        }
        // One publisher's name, two collaborations, no year after them: no city.
        for (publisher, raw) in [
            ("Little, Brown", "B. Okafor, Tides (Little, Brown, 2012)"),
            (
                "DES, Fermi-LAT",
                "A. Okafor et al. (DES, Fermi-LAT), Astrophys. J. 834, 110",
            ),
            (
                "HSE, Harbourton",
                "B. Okafor, Tides. HSE, Harbourton, 2012.",
            ),
        ] {
            assert_eq!(
                read(publisher, raw),
                (Some(publisher.into()), None),
                "{raw}"
            );
        }
    }
}
