//! A place's run the model read over the publisher after it ("Roma, Viella,"), or a
//! publisher's over the place before it ("Opladen, Leske + Budrich.", "Washington, D." + "C.
//! MIT Press").

use super::Segments;
use crate::reference::fields::Label;
use crate::reference::parse::imprint::{is_place, is_town_and_state, place_then_publisher};
use crate::reference::parse::kind::{in_before, PROCEEDINGS};
use crate::reference::words::is_city;
use crate::reference::Reference;

/// A meeting's place, a stop, then the imprint's place, read as one place (Vancouver's "2011
/// Jun 5-8; Reston, VA. Reston: ASCE"): the imprint's. The first reads as a place, the second
/// as a town (a known city, or a town and its state; not "New York. USA"), or it is the
/// first's town.
pub(super) fn imprint_place_after_meetings(location: &mut Option<compact_str::CompactString>) {
    let Some((meeting, place)) = location.as_deref().and_then(|l| l.rsplit_once(". ")) else {
        return;
    };
    let town = |p: &str| is_city(p.trim()) || is_town_and_state(p.trim());
    let placed = town(meeting) || meeting.split(", ").all(is_place);
    if placed && (town(place) || meeting.starts_with(place.trim())) {
        *location = Some(place.trim().into());
    }
}

/// Is `p`, after a city and its comma in the place the model read, the publisher of a chapter's
/// book with editors, or one named after "in", not a meeting's place ("in Quintana M. (dir.),
/// Voyages et voyageurs, Paris, Fayard, 1984, p. 461-494.", "in Enciclopedia Einaudi, vol.
/// III, Torino, Einaudi, 1978")? A name of words alone, not a second city ("Basingstoke,
/// New York") nor a sentence ("Frankfurt, New York. Campus"); the caller has seen no publisher's
/// colon after the places ("London, Portland: Frank Cass"), and `place_then_publisher` reads
/// no state or country after the city.
pub(super) fn edited_books_publisher(r: &Reference, p: &str) -> bool {
    let p = p.trim();
    (!r.editors.is_empty() || r.container.as_deref().is_some_and(|c| in_before(&r.raw, c)))
        && !r
            .container
            .as_deref()
            .is_some_and(|c| PROCEEDINGS.is_match(c))
        && !is_city(p)
        && !p.contains(". ")
        && p.chars()
            .all(|c| c.is_alphabetic() || c.is_whitespace() || ".&-'’".contains(c))
}

impl Segments<'_> {
    /// "Roma, Viella," read as one place where the model reads no publisher, or as one
    /// publisher where it reads no place: a city, its comma, then the rules' publisher, a
    /// name that is no place ("Cambridge, MA", "Paris, France", "Berlin, Heidelberg" stay
    /// places), is a place and its publisher.
    pub(super) fn mend_publishers_after_cities(&mut self, rules_publisher: Option<&str>) {
        let Some(rules_publisher) = rules_publisher else {
            return;
        };
        let has = |label: Label| self.runs.iter().any(|(l, _)| *l == label);
        let label = match (has(Label::Location), has(Label::Publisher)) {
            (true, false) => Label::Location,
            (false, true) => Label::Publisher,
            _ => return,
        };
        let Some(i) = self.runs.iter().position(|(l, _)| *l == label) else {
            return;
        };
        let run = self.runs[i].1.clone();
        let value = self.text[run.clone()].trim_end_matches([',', '.', ';', ':']);
        let Some((place, publisher)) = place_then_publisher(value) else {
            return;
        };
        // A name's letters, spaces and joining marks (no page numbers mangled into symbols),
        // the rules' own publisher, and no second place ("Berlin, Heidelberg").
        let named = publisher
            .chars()
            .all(|c| c.is_alphabetic() || matches!(c, ' ' | '&' | '+' | '-' | '.' | '\'' | '’'));
        let comma = value[place.len()..].starts_with(", ");
        if named && comma && publisher == rules_publisher && !is_place(publisher) {
            let at = run.start + place.len() + 1;
            let start = at + self.text[at..].len() - self.text[at..].trim_start().len();
            self.runs[i] = (Label::Location, run.start..at);
            self.runs.insert(i + 1, (Label::Publisher, start..run.end));
        }
    }

    /// A publisher's name opened by an article in lower case ("il Mulino", "la Découverte"),
    /// the article read as a place of its own: one lower-case word of letters alone (no
    /// place's name), the publisher's run right after it, is the publisher's.
    pub(super) fn mend_articles_read_as_places(&mut self) {
        let Some(i) = self.runs.iter().position(|(l, _)| *l == Label::Location) else {
            return;
        };
        let run = self.runs[i].1.clone();
        let word = self.text[run.clone()].trim();
        let article =
            (1..=3).contains(&word.chars().count()) && word.chars().all(|c| c.is_lowercase());
        let next = self.runs.get(i + 1).filter(|(l, next)| {
            *l == Label::Publisher
                && self.text[run.end..next.start].trim().is_empty()
                && self.text[next.clone()].starts_with(char::is_uppercase)
        });
        if let Some((_, next)) = next.filter(|_| article) {
            let end = next.end;
            self.runs[i] = (Label::Publisher, run.start..end);
            self.runs.remove(i + 1);
        }
    }
}

/// A place closing on an initial whose second initial the model gave the publisher
/// ("Washington, D." and "C. MIT Press"): the initial is the place's.
pub(super) fn initial_to_place(r: &mut Reference) {
    let (Some(place), Some(publisher)) = (r.location.as_deref(), r.publisher.as_deref()) else {
        return;
    };
    let lone = |w: &str| w.len() == 1 && w.chars().all(|c| c.is_ascii_uppercase());
    let ends_on_initial = place.rsplit([' ', ',']).next().is_some_and(lone);
    let Some((initial, rest)) = publisher.split_once(". ") else {
        return;
    };
    if ends_on_initial && lone(initial) && rest.starts_with(char::is_uppercase) {
        let place = format!("{place}. {initial}.");
        r.publisher = Some(rest.to_string());
        r.location = Some(place.into());
    }
}

#[cfg(test)]
mod tests {
    use super::super::run_tests::mended_runs;
    use super::imprint_place_after_meetings;
    use crate::reference::fields::Label::{self, *};

    fn mended(parts: &[(Label, &str)]) -> Vec<(Label, String)> {
        mended_runs(parts, |s| s.mend_publishers_after_cities(Some("Viella")))
    }

    #[test]
    fn an_article_read_as_a_place_opens_the_publisher() {
        let parts = [
            (Title, "Storia del mare."),
            (Location, "il"),
            (Publisher, "Mulino,"),
            (Date, "2010."),
        ];
        let got = mended_runs(&parts, |s| s.mend_articles_read_as_places());
        assert_eq!(got[1], (Publisher, "il Mulino,".to_string()));
        assert_eq!(got.len(), 3);
        // A place of its own stays.
        let parts = [(Location, "Rome:"), (Publisher, "Viella,")];
        let got = mended_runs(&parts, |s| s.mend_articles_read_as_places());
        assert_eq!(got[0], (Location, "Rome:".to_string()));
    }

    #[test]
    fn a_city_then_a_name_is_a_place_and_its_publisher() {
        let got = mended(&[
            (Container, "Le forme del racconto,"),
            (Location, "Roma, Viella,"),
            (Date, "2017,"),
        ]);
        assert_eq!(got[1], (Location, "Roma,".to_string()));
        assert_eq!(got[2], (Publisher, "Viella,".to_string()));
        // A state, a country, a second city: one place.
        for place in [
            "Cambridge, MA,",
            "Paris, France,",
            "Berlin, Heidelberg,",
            "Toronto, Ontario,",
        ] {
            let got = mended(&[(Title, "Tides."), (Location, place), (Date, "2017.")]);
            assert_eq!(got.len(), 3, "{place}");
        }
        // The rules' publisher is another: the model's place stands.
        let got = mended_runs(&[(Location, "Roma, Viella,")], |s| {
            s.mend_publishers_after_cities(Some("Laterza"))
        });
        assert_eq!(got.len(), 1);
        let got = mended_runs(&[(Location, "Berlin, Ÿ¡¥–Ÿ¥Ÿ.")], |s| {
            s.mend_publishers_after_cities(Some("Ÿ¡¥–Ÿ¥Ÿ"))
        });
        assert_eq!(got.len(), 1);
        // A publisher's run elsewhere: the model's place stands.
        let got = mended(&[(Location, "Roma, Viella,"), (Publisher, "Laterza,")]);
        assert_eq!(got.len(), 2);
        // A publisher's run over its place, no place's run: the same split.
        let got = mended(&[
            (Container, "Le forme del racconto,"),
            (Publisher, "Roma, Viella."),
        ]);
        assert_eq!(got[1], (Location, "Roma,".to_string()));
        assert_eq!(got[2], (Publisher, "Viella.".to_string()));
        let got = mended(&[(Publisher, "Roma, Viella,"), (Location, "Roma.")]);
        assert_eq!(got.len(), 2);
    }

    #[test]
    fn a_places_second_initial_read_as_the_publishers() {
        let mut r = crate::reference::Reference {
            location: Some("Washington, D".into()),
            publisher: Some("C. Harbour Press".into()),
            ..Default::default()
        };
        super::initial_to_place(&mut r);
        assert_eq!(r.location.as_deref(), Some("Washington, D. C."));
        assert_eq!(r.publisher.as_deref(), Some("Harbour Press"));
        // A publisher named with initials after a whole place keeps them.
        let mut r = crate::reference::Reference {
            location: Some("Munich".into()),
            publisher: Some("C. H. Beck".into()),
            ..Default::default()
        };
        super::initial_to_place(&mut r);
        assert_eq!(r.publisher.as_deref(), Some("C. H. Beck"));
    }

    #[test]
    fn the_imprints_place_after_the_meetings() {
        for (place, kept) in [
            ("Reston, VA. Reston", "Reston"),
            ("Hamburg, Germany. Berlin", "Berlin"),
            // A country after its city, a stop between: one place.
            ("New York. USA", "New York. USA"),
        ] {
            let mut location = Some(place.into());
            imprint_place_after_meetings(&mut location);
            assert_eq!(location.as_deref(), Some(kept), "{place}");
        }
        // The whole parser, Vancouver's conference paper.
        let r = crate::reference::parse(
            "Okafor B, Kim R. Tidal flats. In: Proceedings of the 5th Coastal Conference; 2011 Jun 5-8; Reston, VA. Reston: ASCE; 2011. p. 45-52.",
        );
        assert_eq!(r.location.as_deref(), Some("Reston"));
        assert_eq!(r.publisher.as_deref(), Some("ASCE"));
    }
}
