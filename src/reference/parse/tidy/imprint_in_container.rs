//! A chapter's book with its imprint run on into it, as comma styles write it ("in: L. Pries
//! (ed.), Transnationale Migration, Osnabrück: Institut für Migrationsforschung, pp. 63–83"):
//! the book, then the place and the publisher.

use super::super::imprint::is_place;
use crate::reference::Reference;

/// The container "Book, Place: Publisher" (or "Book. Place: Publisher") is "Book", its place
/// "Place" and its publisher "Publisher", where neither reader found an imprint elsewhere: the
/// place one the lists know (each part of "Cambridge, MA" or "Frankfurt/Main"), the publisher
/// a capitalised name of eight words or fewer with no number and no place.
pub(super) fn imprint_closing_container(r: &mut Reference) {
    if r.publisher.is_some() || r.location.is_some() {
        return;
    }
    let Some(container) = r.container.as_deref() else {
        return;
    };
    let Some((before, publisher)) = container.rsplit_once(": ") else {
        return;
    };
    let publisher = publisher.trim();
    let words = publisher.split_whitespace().count();
    if !publisher.starts_with(char::is_uppercase)
        || words > 8
        || publisher.contains(|c: char| c.is_ascii_digit())
        || is_place(publisher)
    {
        return;
    }
    // The place: the parts after the book's last sentence end, back from the colon while each
    // is a place ("Cambridge, MA").
    let Some(book_end) = place_start(before) else {
        return;
    };
    let book = before[..book_end].trim_end_matches([',', '.', ' ']);
    let place = before[book_end..].trim_start_matches([',', '.', ' ']);
    if book.split_whitespace().count() < 2 {
        return;
    }
    r.location = Some(place.into());
    r.publisher = Some(publisher.into());
    r.container = Some(book.to_string());
}

/// The container "Book. – Place (Publisher)" (or with a comma or a stop before the place), as
/// German geographers write a chapter's book ("In: Schmidt, P. (Hrsg.): Handbuch Küste. –
/// Stuttgart (Ulmer): 45–60"), is "Book", its place "Place" and its publisher "Publisher",
/// where neither reader found an imprint elsewhere: the place one the lists know, the
/// publisher a capitalised name with no number and no place.
pub(super) fn place_and_publisher_closing_container(r: &mut Reference) {
    if r.publisher.is_some() || r.location.is_some() {
        return;
    }
    let Some((head, publisher)) = r
        .container
        .as_deref()
        .and_then(|c| c.strip_suffix(')'))
        .and_then(|c| c.rsplit_once('('))
    else {
        return;
    };
    let named = publisher.starts_with(char::is_uppercase)
        && !publisher.contains(|c: char| c.is_ascii_digit() || c == '(')
        && !is_place(publisher);
    let split = [". – ", ". — ", ". - ", ", ", ". "]
        .iter()
        .filter_map(|mark| head.trim_end().rsplit_once(mark))
        .min_by_key(|(_, place)| place.len());
    let Some((book, place)) = split.filter(|_| named) else {
        return;
    };
    if book.split_whitespace().count() < 2 || !place.split('/').any(is_place) {
        return;
    }
    r.location = Some(place.into());
    r.publisher = Some(publisher.trim().into());
    r.container = Some(book.trim_end_matches(['.', ',']).to_string());
}

/// Where the place closing `before` starts: after a comma or full stop, the parts from there
/// to the end each a known place (one of "Frankfurt/Main" is enough); None when the last part
/// is none.
fn place_start(before: &str) -> Option<usize> {
    let known = |part: &str| part.trim().split('/').any(is_place);
    let mut start = None;
    let mut end = before.len();
    while let Some(at) = before[..end].rfind([',', '.']) {
        // A full stop of an initial or abbreviation ("St. Paul") is inside the place.
        if before[at..].starts_with('.') && !before[at + 1..].starts_with(' ') {
            end = at;
            continue;
        }
        if !known(&before[at + 1..end]) {
            break;
        }
        start = Some(at);
        end = at;
        if before[at..].starts_with('.') {
            break;
        }
    }
    start
}

#[cfg(test)]
mod tests {
    use super::{imprint_closing_container, place_and_publisher_closing_container};
    use crate::reference::Reference;

    fn split(container: &str) -> (Option<String>, Option<String>, Option<String>) {
        let mut r = Reference {
            container: Some(container.into()),
            ..Reference::default()
        };
        imprint_closing_container(&mut r);
        (r.container, r.location.map(|l| l.to_string()), r.publisher)
    }

    #[test]
    fn a_books_imprint_after_a_comma_or_full_stop() {
        let got = split("Wellen und Gezeiten, Osnabrück: Institut für Gezeitenforschung");
        assert_eq!(got.0.as_deref(), Some("Wellen und Gezeiten"));
        assert_eq!(got.1.as_deref(), Some("Osnabrück"));
        assert_eq!(got.2.as_deref(), Some("Institut für Gezeitenforschung"));
        let got = split("Essays on Tides. Cambridge, MA: Harbour Press");
        assert_eq!(got.0.as_deref(), Some("Essays on Tides"));
        assert_eq!(got.1.as_deref(), Some("Cambridge, MA"));
        assert_eq!(got.2.as_deref(), Some("Harbour Press"));
    }

    #[test]
    fn no_imprint_where_the_colon_is_a_subtitles() {
        // No known place before the colon, a number after it, a place after it.
        assert_eq!(split("Essays on Tides, Waves: New Essays").1, None);
        assert_eq!(split("Essays on Tides, Berlin: After 1989").1, None);
        assert_eq!(split("Essays on Tides, Berlin: Germany").1, None);
        // The book's name would be one word.
        assert_eq!(split("Tides, Berlin: Lind").1, None);
    }

    #[test]
    fn a_books_place_then_its_publisher_in_brackets() {
        let split = |container: &str| {
            let mut r = Reference {
                container: Some(container.into()),
                ..Reference::default()
            };
            place_and_publisher_closing_container(&mut r);
            (r.container, r.location.map(|l| l.to_string()), r.publisher)
        };
        let got = split("Handbuch der Gezeiten. – Stuttgart (Ulmer)");
        assert_eq!(got.0.as_deref(), Some("Handbuch der Gezeiten"));
        assert_eq!(got.1.as_deref(), Some("Stuttgart"));
        assert_eq!(got.2.as_deref(), Some("Ulmer"));
        // A country, a number, no known place in front: no imprint.
        for container in [
            "Handbuch der Gezeiten. – Stuttgart (Germany)",
            "Handbuch der Gezeiten, Berlin (1990)",
            "Handbuch der Gezeiten. – Wellen (Ulmer)",
        ] {
            assert_eq!(split(container).1, None, "{container}");
        }
    }
}
