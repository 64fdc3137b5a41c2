//! A publisher with its place in brackets after it, as German references write an imprint
//! ("Gabler (Wiesbaden)", "Rainer Hampp Verlag (München und Mering)", "edition sigma
//! (Berlin)"): the publisher's name, and the place.

use super::super::imprint::is_place;
use crate::reference::Reference;

/// The publisher "Name (Place)" is "Name", its place "Place" when no other place was read (or
/// the same one); the first of several places ("München und Mering") must be one the lists
/// know.
pub(super) fn place_in_brackets(r: &mut Reference) {
    let Some(publisher) = r.publisher.as_deref() else {
        return;
    };
    let Some((name, place)) = publisher
        .strip_suffix(')')
        .and_then(|head| head.rsplit_once('('))
    else {
        return;
    };
    let (name, place) = (name.trim_end(), place.trim());
    let first = place
        .split([',', '/'])
        .flat_map(|p| p.split(" und "))
        .flat_map(|p| p.split(" and "))
        .next()
        .unwrap_or(place);
    let free = r.location.as_deref().is_none_or(|l| l == place);
    if free && name.contains(char::is_alphabetic) && !place.contains('(') && is_place(first) {
        r.location = Some(place.into());
        r.publisher = Some(name.to_string());
    }
}

#[cfg(test)]
mod tests {
    use super::place_in_brackets;
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
}
