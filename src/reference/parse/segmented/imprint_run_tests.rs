//! Unit tests of the imprint's runs: titles run on over a place, role marks, number labels,
//! places joined by a word read as a publisher.

use super::super::Label;
use super::{names_only, number_label, title_before_place, without_role_mark};
use crate::reference::Reference;

/// The runs `parts` after the places' mend.
fn mended_runs(parts: &[(Label, &str)]) -> Vec<(Label, String)> {
    super::super::run_tests::mended_runs(parts, |s| s.mend_publishers_read_as_places())
}

#[test]
fn a_title_run_on_over_the_places_first_words() {
    let cut = |title: &str, place: &str| {
        let mut r = Reference {
            title: Some(title.into()),
            location: Some(place.into()),
            ..Default::default()
        };
        title_before_place(&mut r);
        r.title.unwrap_or_default()
    };
    assert_eq!(
        cut("Tidal Ledgers, Ithaca and", "Ithaca and London"),
        "Tidal Ledgers"
    );
    // Or after a dash or a stop, the place's conjunction abbreviated.
    assert_eq!(
        cut("Gezeiten im Hafen. - Weinheim u", "Weinheim u. München"),
        "Gezeiten im Hafen"
    );
    assert_eq!(
        cut("Gezeiten im Hafen, - Weinheim u", "Weinheim u. München"),
        "Gezeiten im Hafen"
    );
    // A title's own last words, or a place's whole name, stay.
    assert_eq!(cut("Tidal Ledgers, Lond", "London"), "Tidal Ledgers, Lond");
    assert_eq!(cut("Ledgers, London", "London"), "Ledgers, London");
}

#[test]
fn role_marks_before_a_publisher() {
    assert_eq!(
        without_role_mark("(eds.), Springer Verlag"),
        "Springer Verlag"
    );
    assert_eq!(without_role_mark("(Hrsg.): Beck"), "Beck");
    assert_eq!(without_role_mark("(AIP) Press"), "(AIP) Press");
}

#[test]
fn founders_names() {
    assert!(names_only("Holt, Rinehart and Winston,"));
    assert!(names_only("Taylor, Nash, & Taylor"));
    assert!(names_only("Little, Brown"));
    assert!(!names_only("Oxford University Press (2nd printing)"));
    assert!(!names_only("Penguin, 3 vols"));
    assert!(!names_only("Penguin, in print"));
    assert!(names_only("Alfred A. Knopf, Co."));
    assert!(!names_only("World Health Organization. Retrieved"));
}

#[test]
fn a_numbers_label_names_no_publisher() {
    for label in ["Nr.", "No.", "vol.", "Heft ", "n°", "anno", "fasc."] {
        assert!(number_label(label), "{label}");
    }
    assert!(!number_label("Nomos"));
    // Italian "anno" read as the journal before its volume.
    let r = crate::reference::parse(
        "Rossi, M. Il porto. Rivista storica italiana, anno 5, fasc. 2, 2011, pp. 3-20.",
    );
    assert_eq!(r.container.as_deref(), Some("Rivista storica italiana"));
    // The model's volume the rules' issue ("año 5, núm." read into the title, "2," alone).
    let r = crate::reference::parse(
        "García, J. Los puertos. Revista de Indias, año 5, núm. 2, 1990, pp. 45-67.",
    );
    assert_eq!(
        (r.volume.as_deref(), r.number.as_deref()),
        (Some("5"), Some("2"))
    );
    // The whole entry: the label the model took for a publisher goes.
    let r = crate::reference::parse("Harrow Statistik, 1999: Nyt fra Harrow Statistik. Nr. 337.");
    assert_eq!(r.publisher, None);
}

#[test]
fn a_city_and_its_joining_word_read_as_a_publisher_open_two_places() {
    use Label::*;
    let got = mended_runs(&[
        (Title, "Tides,"),
        (Publisher, "Oxford &"),
        (Location, "Cambridge, Mass.:"),
        (Publisher, "Lind."),
    ]);
    assert_eq!(got[1], (Location, "Oxford & Cambridge, Mass.:".to_string()));
    // Not after a place of its own, nor a word that is no city.
    let got = mended_runs(&[
        (Location, "Berg:"),
        (Publisher, "Oxford and"),
        (Location, "New York"),
    ]);
    assert_eq!(got[1], (Publisher, "Oxford and".to_string()));
    let got = mended_runs(&[
        (Title, "Tides,"),
        (Publisher, "Harbour &"),
        (Location, "London:"),
    ]);
    assert_eq!(got[1], (Publisher, "Harbour &".to_string()));
}

#[test]
fn a_container_after_the_pages_before_a_place_is_the_publisher() {
    use Label::*;
    let publisher = |parts: &[(Label, &str)]| {
        let (text, runs) = super::super::tests::labelled(parts);
        let segs = super::super::Segments { text: &text, runs };
        segs.publisher_after_pages().map(|r| text[r].to_string())
    };
    let book = [
        (Title, "Tides."),
        (Container, "In Evolution equations,"),
        (Pages, "pages 1–72."),
        (Container, "Amer. Math. Soc.,"),
        (Location, "Providence, RI,"),
        (Date, "2013."),
    ];
    assert_eq!(publisher(&book).as_deref(), Some("Amer. Math. Soc.,"));
    // Not before the pages, not without the place after it, not where the model read a
    // publisher.
    assert_eq!(publisher(&book[..4]), None);
    assert_eq!(
        publisher(&[
            (Title, "Tides."),
            (Container, "Tidal Society,"),
            (Location, "Boston,"),
            (Pages, "1-9.")
        ]),
        None
    );
    let mut read = book;
    read[1] = (Publisher, "Lind,");
    assert_eq!(publisher(&read), None);
}

#[test]
fn a_short_publisher_begun_late_takes_a_whole_container_before_it() {
    use Label::*;
    let mended = |parts: &[(Label, &str)]| {
        super::super::run_tests::mended_runs(parts, |s| s.mend_publisher_heads())
    };
    let got = mended(&[
        (Title, "Tidal art, television program,"),
        (Container, "Harbour Broadcasting"),
        (Publisher, "Corporation,"),
        (Location, "Sydney,"),
    ]);
    assert_eq!(
        got[2],
        (Publisher, "Harbour Broadcasting Corporation,".to_string())
    );
    assert_eq!(got[1].0, Other);
    // Not a chapter's book, after its editors or "In".
    let parts = [
        (Title, "Tidal poverty,"),
        (Editor, "in: A. Lind (ed.)"),
        (Container, "Understanding Tides"),
        (Publisher, "Press,"),
    ];
    assert_eq!(mended(&parts)[2], (Container, parts[2].1.to_string()));
    let parts = [
        (Title, "Tidal poverty. In:"),
        (Container, "Understanding Tides"),
        (Publisher, "Press,"),
    ];
    assert_eq!(mended(&parts)[1], (Container, parts[1].1.to_string()));
    // Nor before a longer publisher or one with a sentence's end inside.
    let parts = [
        (Title, "Tidal poverty."),
        (Container, "Harbour Studies"),
        (Publisher, "Institute Working Paper"),
    ];
    assert_eq!(mended(&parts)[1], (Container, parts[1].1.to_string()));
    let parts = [
        (Title, "Tidal poverty."),
        (Container, "Harbour Studies"),
        (Publisher, "NRW. Gelsenkirchen"),
    ];
    assert_eq!(mended(&parts)[1], (Container, parts[1].1.to_string()));
}

#[test]
fn a_meetings_town_left_in_the_container_is_the_places() {
    use Label::*;
    let mended = |parts: &[(Label, &str)]| {
        super::super::run_tests::mended_runs(parts, |s| s.mend_meeting_places())
    };
    let got = mended(&[
        (Container, "in Proc. Harbour Conference, Las Vegas,"),
        (Location, "NV, USA,"),
        (Date, "2016,"),
    ]);
    assert_eq!(
        got[0],
        (Container, "in Proc. Harbour Conference".to_string())
    );
    assert_eq!(got[1], (Location, "Las Vegas, NV, USA,".to_string()));
    // A town cut in two.
    let got = mended(&[
        (Container, "in Proc. Harbour Conference, Long"),
        (Location, "Beach, CA,"),
    ]);
    assert_eq!(got[1], (Location, "Long Beach, CA,".to_string()));
    // Not an acronym, nor before a city that is also a state's name.
    for parts in [
        [(Container, "Harbour Review, ACM,"), (Location, "NV, USA,")],
        [
            (Container, "Harbour Review, Lind,"),
            (Location, "New York, USA,"),
        ],
    ] {
        assert_eq!(mended(&parts)[0], (Container, parts[0].1.to_string()));
    }
}

#[test]
fn a_country_read_as_a_publisher_after_a_place_ends_it() {
    use Label::*;
    let got = mended_runs(&[
        (Container, "Harbour Conference 2001,"),
        (Location, "Boston, MA,"),
        (Publisher, "United States."),
    ]);
    assert_eq!(got.len(), 2);
    assert_eq!(got[1], (Location, "Boston, MA, United States.".to_string()));
    // Not a publisher of its own, nor a country after a colon.
    let parts = [(Location, "Boston, MA,"), (Publisher, "Harbour Press.")];
    assert_eq!(mended_runs(&parts)[1], (Publisher, parts[1].1.to_string()));
    let parts = [(Location, "Ottawa:"), (Publisher, "Canada.")];
    assert_eq!(mended_runs(&parts)[1], (Publisher, parts[1].1.to_string()));
}

#[test]
fn a_publisher_joined_by_a_plus_stands() {
    use super::rules_publisher_stands;
    let text = "Lamnek, S. (Hrsg.), 1995: Jugend. Opladen: Leske + Budrich.";
    assert!(rules_publisher_stands("Leske + Budrich", text));
    let text = "Okafor, A. 2009. Tides. New York: Springer Science+Business Media.";
    assert!(rules_publisher_stands(
        "Springer Science+Business Media",
        text
    ));
    let text = "Okafor, A. 2009. Tides. Lagos: C++ Notes.";
    assert!(!rules_publisher_stands("C++ Notes", text));
}

#[test]
fn a_chapters_place_run_on_into_its_publisher_is_split() {
    let imprint = |raw: &str| {
        let r = crate::reference::parse(raw);
        (r.location.unwrap_or_default().to_string(), r.publisher)
    };
    // A chapter of a book with editors: a city, then the publisher's name.
    assert_eq!(
        imprint(
            "Lind E., « Les ports du Nord », in Okafor M. (dir.), Villes et ports, Paris, \
             Fayard, 1984, p. 461-494."
        ),
        ("Paris".to_string(), Some("Fayard".to_string()))
    );
    // Two cities, or a publisher's colon after the places: no publisher there.
    assert_eq!(
        imprint(
            "Lind, E. (2001): Harbour Towns. In M. Okafor and J. Marsh (eds.): Ports and \
             Cities. Basingstoke, New York."
        ),
        ("Basingstoke, New York".to_string(), None)
    );
}
