//! Imprints in the orders and shapes the style sweep found read wrong: the publisher before
//! its city (Vancouver styles of Mary Ann Liebert and others: "Addison-Wesley: Reading, MA;
//! 1986"), a company's "Co." inside the publisher's name, a book's publisher closing the
//! entry with no place (the American Meteorological Society's "Title. Verso."), and "In." or
//! "In:." before a proceedings' name.

use super::super::{parse, parse_with};
use crate::reference::ModelFields;

#[test]
fn publisher_before_its_city() {
    let r = parse("12. Okafor AB, Lindqvist M. Compiling Small Languages. 2nd ed. Addison-Wesley: Reading, MA; 1986.");
    assert_eq!(r.publisher.as_deref(), Some("Addison-Wesley"));
    assert_eq!(r.location.as_deref(), Some("Reading, MA"));
    let r = parse("3. Marsh R. Coding Theory for Engineers. McGraw Hill: New York NY; 1968.");
    assert_eq!(r.publisher.as_deref(), Some("McGraw Hill"));
    assert_eq!(r.location.as_deref(), Some("New York NY"));
    let r = parse("41. Okafor B. A History of the Valley Towns. The Rumford Press: Concord, New Hampshire; 1913.");
    assert_eq!(r.publisher.as_deref(), Some("The Rumford Press"));
    assert_eq!(r.location.as_deref(), Some("Concord, New Hampshire"));
    // The usual order stays as it is.
    let r = parse(
        "Lindqvist, M. (2004). Rivers of the North. Berkeley: University of California Press.",
    );
    assert_eq!(r.location.as_deref(), Some("Berkeley"));
    assert_eq!(
        r.publisher.as_deref(),
        Some("University of California Press")
    );
}

#[test]
fn a_company_abbreviation_inside_the_publisher() {
    let r =
        parse("Okafor AB, Marsh JM. An Introduction to Tense Logic. Methuen and Co. Ltd; 1971.");
    assert_eq!(r.title.as_deref(), Some("An Introduction to Tense Logic"));
    assert_eq!(r.publisher.as_deref(), Some("Methuen and Co. Ltd"));
}

#[test]
fn a_publisher_closing_the_entry_is_not_the_title() {
    // The model reads the publisher into the title; the rules' publisher stands.
    let r = parse("Marsh, T., 2004: Fields and Rivers: Notes on Land. Verso.");
    assert_eq!(r.title.as_deref(), Some("Fields and Rivers: Notes on Land"));
    assert_eq!(r.publisher.as_deref(), Some("Verso"));
}

#[test]
fn in_with_a_stop_opens_the_proceedings() {
    for written in ["In.", "In:."] {
        let r = parse(&format!(
            "7 Okafor A, Marsh ST. Serial clustering of content words. {written} Proceedings of the Annual SIGIR Conference. 1995:319–27."
        ));
        assert_eq!(
            r.container.as_deref(),
            Some("Proceedings of the Annual SIGIR Conference"),
            "{written}"
        );
    }
}

#[test]
fn a_publisher_then_two_cities_after_a_comma() {
    // Elsevier's numbered style: "Title, Publisher, City/City, Year." The model reads the
    // publisher with its cities as the place.
    let r = parse("[9] T. Marsh, Rivers at the centre: notes on a troubled valley, Whurr, London/Philadelphia, 2005.");
    assert_eq!(
        r.title.as_deref(),
        Some("Rivers at the centre: notes on a troubled valley")
    );
    assert_eq!(r.publisher.as_deref(), Some("Whurr"));
    assert_eq!(r.location.as_deref(), Some("London/Philadelphia"));
}

#[test]
fn acs_writes_the_publisher_before_its_city() {
    let r = parse_with("(12) Okafor, A.; Lind, B. In Tidal Chemistry: Processes in Estuaries; Harbour Series, Vol. 3; Elsevier: New York, 1994.", ModelFields::NONE);
    assert_eq!(r.publisher.as_deref(), Some("Elsevier"));
    assert_eq!(r.location.as_deref(), Some("New York"));
}

#[test]
fn a_title_of_commas_before_the_place() {
    // The model reads "Rivers, Roads, Towns, London:" as one list of places.
    let r = parse("Okafor, B. (1978) Rivers, Roads, Towns, London: Verso.");
    assert_eq!(r.title.as_deref(), Some("Rivers, Roads, Towns"));
    assert_eq!(r.location.as_deref(), Some("London"));
    assert_eq!(r.publisher.as_deref(), Some("Verso"));
}

#[test]
fn a_publisher_named_verlag() {
    // "Verlag" opens a publisher's name; only "Verlag:" labels one.
    let r =
        parse("Okafor, A. (2010): Die zweite Chance. Wiesbaden: Verlag für Sozialwissenschaften.");
    assert_eq!(r.location.as_deref(), Some("Wiesbaden"));
    assert_eq!(
        r.publisher.as_deref(),
        Some("Verlag für Sozialwissenschaften")
    );
    let r = parse("Lindqvist, M. (2006): Über Flüsse schreiben. Paderborn: Verlag Peter Marsh.");
    assert_eq!(r.publisher.as_deref(), Some("Verlag Peter Marsh"));
}

#[test]
fn a_bracketed_imprint_with_a_comma_keeps_its_publisher() {
    let r = parse("Okafor, J. (2016) A Current Glance at Rivers in the Law (Chicago, American Bar Association).");
    assert_eq!(
        r.title.as_deref(),
        Some("A Current Glance at Rivers in the Law")
    );
    assert_eq!(r.location.as_deref(), Some("Chicago"));
    assert_eq!(r.publisher.as_deref(), Some("American Bar Association"));
}

#[test]
fn a_chapters_imprint_after_a_citys_colon_keeps_its_publisher() {
    // The model's place run takes in the publisher and the page label ("Stuttgart: Metzler,
    // S."); the editors' "(Hg.):" does not open the book's title.
    let r = parse("Lenz, Ute (1982): Die Ordnung der Dinge in den Sozialwissenschaften. In: H. Vogel (Hg.): Verfahren in den Sozial- und Textwissenschaften. Stuttgart: Metzler, S. 52-84");
    assert_eq!(r.location.as_deref(), Some("Stuttgart"));
    assert_eq!(r.publisher.as_deref(), Some("Metzler"));
    assert_eq!(
        r.container.as_deref(),
        Some("Verfahren in den Sozial- und Textwissenschaften")
    );
    assert_eq!(r.pages.as_deref(), Some("52-84"));
}

#[test]
fn university_presses_as_mla_abbreviates_them() {
    for (text, publisher, place) in [
        ("Okafor, Ada. Coastal Rituals. Oxford UP, 2010.", "Oxford UP", None),
        ("Okafor, Ada. Coastal Rituals. Cambridge UP, 2010.", "Cambridge UP", None),
        (
            "Okafor, Ada. Coastal Rituals. Johns Hopkins UP, 2010.",
            "Johns Hopkins UP",
            None,
        ),
        (
            "Okafor, Ada. \"Tides.\" Coastal Rituals, edited by Tessa Marsh, Oxford UP, 2010, pp. 1-20.",
            "Oxford UP",
            None,
        ),
        (
            "Okafor, Ada. Coastal Rituals. Bloomington: Indiana UP, 2010.",
            "Indiana UP",
            Some("Bloomington"),
        ),
        // Uttar Pradesh is a place.
        (
            "Okafor, A. 2010. Coastal rituals. Lucknow, UP: Vikas.",
            "Vikas",
            Some("Lucknow, UP"),
        ),
    ] {
        let r = parse(text);
        assert_eq!(r.publisher.as_deref(), Some(publisher), "{text}");
        assert_eq!(r.location.as_deref(), place, "{text}");
    }
}

#[test]
fn a_states_code_in_brackets_after_the_city() {
    // NLM's "Bethesda (MD): National Library of Medicine": with the rules alone too.
    let t = "Hale, T. (2011). Quiet Harbours and the Coming Change of Higher Learning. \
             Brattleboro (VT): Green Hills.";
    for r in [parse(t), parse_with(t, ModelFields::NONE)] {
        assert_eq!(r.location.as_deref(), Some("Brattleboro (VT)"));
        assert_eq!(r.publisher.as_deref(), Some("Green Hills"));
        assert_eq!(r.container, None);
    }
}

/// A city the model leaves at the end of the title, before its state's code ("Reading" +
/// "MA:"): the place is both.
#[test]
fn a_city_that_reads_as_a_word_before_its_state() {
    let r = parse("Okafor, J. (1991). Compiling small languages. Reading, MA: Addison-Wesley.");
    assert_eq!(r.title.as_deref(), Some("Compiling small languages"));
    assert_eq!(r.location.as_deref(), Some("Reading, MA"));
    let r = parse("Okafor, J. (1991). Learning Rivers. Reading, Mass.: Addison-Wesley.");
    assert_eq!(r.title.as_deref(), Some("Learning Rivers"));
    assert_eq!(r.location.as_deref(), Some("Reading, Mass"));
}

/// A one-word title the model reads into the place after it ("Zettel. Berkeley:"): the title
/// is the word, the place the city.
#[test]
fn a_one_word_title_before_the_place() {
    let r = parse("Lindqvist, Ludwig. 1967. Zettel. Berkeley: University of California Press.");
    assert_eq!(r.title.as_deref(), Some("Zettel"));
    assert_eq!(r.location.as_deref(), Some("Berkeley"));
}

/// A title written with commas before the imprint closing the entry, whose first word the
/// model reads as no field ("At" + "the River's End," + "London:"): the title ends at the
/// comma before the place.
#[test]
fn a_comma_before_the_closing_imprint() {
    let r = parse("Lindqvist, Marta (2011), At the River's End, London: Penguin.");
    assert_eq!(r.title.as_deref(), Some("At the River's End"));
    assert_eq!(r.location.as_deref(), Some("London"));
    assert_eq!(r.publisher.as_deref(), Some("Penguin"));
}

#[test]
fn a_city_with_an_abbreviation_closing_the_entry_is_the_place() {
    for (text, title, place) in [
        (
            "Lindqvist, O. (2006): Wasser und Recht in Europa, Frankfurt a. M.",
            "Wasser und Recht in Europa",
            "Frankfurt a. M",
        ),
        (
            "Development Bank (2011): Rural Credit in the 2000s, Washington D.C.",
            "Rural Credit in the 2000s",
            "Washington D.C",
        ),
    ] {
        let r = parse(text);
        assert_eq!(r.title.as_deref(), Some(title), "{text}");
        assert_eq!(r.location.as_deref(), Some(place), "{text}");
    }
}

#[test]
fn a_town_before_the_closing_year_is_the_place() {
    // German books with no publisher close with "Ort Jahr"; the town need not be a known one.
    for (text, title, place) in [
        (
            "Kessler, Hanna: Sprache und Macht im Alltag, Weilerswist 2003.",
            "Sprache und Macht im Alltag",
            "Weilerswist",
        ),
        (
            "Morgan, Dilys: Kleine Geschichte der Schrift, Quickborn 1999.",
            "Kleine Geschichte der Schrift",
            "Quickborn",
        ),
    ] {
        let r = parse(text);
        assert_eq!(r.title.as_deref(), Some(title), "{text}");
        assert_eq!(r.location.as_deref(), Some(place), "{text}");
    }
    // A month before the year is a date's, not a place.
    let r = parse("Kessler, Hanna: Sprache und Macht im Alltag, Oktober 2003.");
    assert_eq!(r.location, None);
}

#[test]
fn a_city_alone_closing_the_entry_is_the_place() {
    for (text, title, place) in [
        (
            "Hartung, P. (2001): Die Stadt als Bühne. Bielefeld.",
            "Die Stadt als Bühne",
            "Bielefeld",
        ),
        (
            "Lindner, Marta (1996): Erinnerte Kindheit. Frankfurt/M.",
            "Erinnerte Kindheit",
            "Frankfurt/M",
        ),
        (
            "Osei, K. (2004). Markets and the state in West Africa. Accra.",
            "Markets and the state in West Africa",
            "Accra",
        ),
        // A dash before it.
        (
            "Brandt, L./Kühn, W. (2001): Hafen und Arbeitsgesellschaft. – Weinheim/München.",
            "Hafen und Arbeitsgesellschaft",
            "Weinheim/München",
        ),
    ] {
        let r = parse(text);
        assert_eq!(r.title.as_deref(), Some(title), "{text}");
        assert_eq!(r.location.as_deref(), Some(place), "{text}");
        assert_eq!(r.container, None, "{text}");
    }
}

#[test]
fn cities_a_slash_joins_are_one_place() {
    for (text, place, publisher) in [
        (
            "Kaiser, R., 1984: Arbeit und Alltag in der Großstadt. Frankfurt/M.: Campus.",
            "Frankfurt/M",
            "Campus",
        ),
        (
            "Busch, Otto (2002): Spielen lernen. Weinheim / München: Juventa.",
            "Weinheim / München",
            "Juventa",
        ),
        (
            "Hahn, T. (1999): Technik im Haushalt. Frankfurt/Main: Suhrkamp.",
            "Frankfurt/Main",
            "Suhrkamp",
        ),
    ] {
        let r = parse(text);
        assert_eq!(r.location.as_deref(), Some(place), "{text}");
        assert_eq!(r.publisher.as_deref(), Some(publisher), "{text}");
        assert_eq!(r.container, None, "{text}");
    }
}

#[test]
fn cities_a_conjunction_joins_are_one_place() {
    // A book's imprint after a dash, a chapter's before its pages: the model reads the first
    // city with the title or the book, the second as the place.
    for (text, title, container, place) in [
        (
            "Brandt, L. (1996): Verdeckte Armut. Jugend an den Rändern der Stadt. - Weinheim und München.",
            "Verdeckte Armut. Jugend an den Rändern der Stadt",
            None,
            "Weinheim und München",
        ),
        (
            "Kühn, A. (2002): Übergänge in den Beruf. - Weinheim u. München.",
            "Übergänge in den Beruf",
            None,
            "Weinheim u. München",
        ),
        (
            "Mertens, P. (2003): Jugendhilfe im Quartier. In: R. Vogt (Hrsg.): Felder der sozialen Arbeit. - Weinheim und München, S. 41-58.",
            "Jugendhilfe im Quartier",
            Some("Felder der sozialen Arbeit"),
            "Weinheim und München",
        ),
    ] {
        let r = parse(text);
        assert_eq!(r.title.as_deref(), Some(title), "{text}");
        assert_eq!(r.container.as_deref(), container, "{text}");
        assert_eq!(r.location.as_deref(), Some(place), "{text}");
        assert_eq!(r.publisher, None, "{text}");
    }
}

#[test]
fn a_city_of_two_words_is_named_whole() {
    // The model reads the city's first word with the title or the book before it.
    for (text, title, place) in [
        (
            "Okafor, B. (1980): Harbour Policies in Small Towns. Englewood Cliffs, NJ., Prentice Hall.",
            "Harbour Policies in Small Towns",
            "Englewood Cliffs, NJ",
        ),
        (
            "3. Lind JB. Teorias de marés: os fundamentos. Porto Alegre: Artmed, 1993.",
            "Teorias de marés: os fundamentos",
            "Porto Alegre",
        ),
        (
            "Okafor, Ada. 1974. Tides, Harbours and Towns. Oxford and Cambridge: Blackwell.",
            "Tides, Harbours and Towns",
            "Oxford and Cambridge",
        ),
        (
            "Lind, A., 1998: Gezeitenforschung: Grundlagen, Methoden, Anwendungen. Reinbek bei Hamburg: Rowohlt.",
            "Gezeitenforschung: Grundlagen, Methoden, Anwendungen",
            "Reinbek bei Hamburg",
        ),
    ] {
        let r = parse(text);
        assert_eq!(r.location.as_deref(), Some(place), "{text}");
        assert_eq!(r.title.as_deref(), Some(title), "{text}");
    }
}

#[test]
fn a_place_keeps_its_river_and_the_others_mark() {
    for (text, place) in [
        (
            "Lind, Ada (1986), Das Hafenbuch. Die Anfänge der Gezeitenkunde im 16. Jahrhundert, Frankfurt a.M.",
            "Frankfurt a.M",
        ),
        (
            "Okafor, B. (1994): Hafen und Stadt, in: Lind, A. (Hrsg.): Gezeiten und Häfen. Die Diskussion um die Küste, Bern u. a., 109-130.",
            "Bern u. a",
        ),
        (
            "Lind, Ada (Hg.) (2011): Handbuch Gezeiten. Göttingen u. a.",
            "Göttingen u. a",
        ),
    ] {
        let r = parse(text);
        assert_eq!(r.location.as_deref(), Some(place), "{text}");
    }
}

#[test]
fn a_chapters_place_and_publisher_after_a_comma() {
    let r = parse("Lind, R. (1999). Gezeiten als Tätigkeit. In S. Okafor & M. Brandt (Hrsg.), Ordnungen der Häfen (S. 9-20). Opladen, Leske + Budrich.");
    assert_eq!(r.location.as_deref(), Some("Opladen"));
    assert_eq!(r.publisher.as_deref(), Some("Leske + Budrich"));
    assert_eq!(r.container.as_deref(), Some("Ordnungen der Häfen"));
}

#[test]
fn a_publishers_first_word_read_into_the_place_goes_back() {
    for (text, place, publisher) in [
        (
            "Okafor, A. (2004), Tides and the State, in B. Lind (ed.), Harbours in Question, Cambridge, Cambridge University Press.",
            "Cambridge",
            "Cambridge University Press",
        ),
        (
            "Lind, B. (2001), Gezeiten und Häfen, Frankfurt, Fritz Knapp Verlag.",
            "Frankfurt",
            "Fritz Knapp Verlag",
        ),
    ] {
        let r = parse(text);
        assert_eq!(r.location.as_deref(), Some(place), "{text}");
        assert_eq!(r.publisher.as_deref(), Some(publisher), "{text}");
    }
}

#[test]
fn a_meetings_acronym_and_year_is_no_imprint() {
    // "(ICRC 2015)" has the shape of "(Norton, 1995)" without its comma: the meeting's short
    // name, part of the proceedings the paper is given by.
    // The rules' reading, and the whole parse where the model reads the words as one run.
    for (text, fields) in [
        ("Okafor A., Lind B., 2015, in Proc. 34th Int. Tidal Conference (ITC 2015), arXiv:1509.06322", ModelFields::NONE),
        ("Okafor A., Lind B., 2015, in Proc. 34th Int. Tidal Conference (ITC2015), arXiv:1509.06322", ModelFields::NONE),
        ("Okafor A., Lind B., 2015, in Proc. 34th Int. Cosmic Ray Conference (ITC 2015), arXiv:1509.06322", crate::reference::parse::MODEL_FIELDS),
    ] {
        let r = parse_with(text, fields);
        assert_eq!(r.title, None, "{text}");
        let container = r.container.unwrap_or_default();
        assert!(
            container.starts_with("Proc. 34th Int. ") && container.contains(" Conference (ITC"),
            "{text}: {container}"
        );
    }
    // With a comma it is one: "(Norton, 1995)".
    let r = parse("Okafor, A. Tidal Letters (New York: Norton, 1995).");
    assert_eq!(r.publisher.as_deref(), Some("Norton"));
}

#[test]
fn a_stop_between_a_city_and_its_state() {
    let r = parse("Okafor, D. R. (1999). Group dynamics (3rd edn). Belmont. CA: Harrow Press.");
    assert_eq!(r.location.as_deref(), Some("Belmont, CA"));
    assert_eq!(r.publisher.as_deref(), Some("Harrow Press"));
    assert_eq!(r.container, None);
    // A title's last word is no city: the stop ends the title.
    let r = parse("Okafor, D. R. (1999). Tidal Research. NY: Harrow Press.");
    assert_eq!(r.title.as_deref(), Some("Tidal Research"));
}

#[test]
fn a_chapters_imprint_the_model_reads_as_the_end_of_its_book() {
    // The model reads "Opladen: Leske und Budrich," with the book's title as one container;
    // the rules' place and publisher stand and the book's title ends before them.
    let r = parse("Krause, Dieter (2006): Stadt und Land. In: Berger, Anna (Hrsg.): Wörterbuch der Stadtforschung. Opladen: Leske und Budrich, S. 112 –118");
    assert_eq!(
        r.container.as_deref(),
        Some("Wörterbuch der Stadtforschung")
    );
    assert_eq!(r.location.as_deref(), Some("Opladen"));
    assert_eq!(r.publisher.as_deref(), Some("Leske und Budrich"));
    let r = parse("Lange, P. (2001): Arbeit und Zeit. In: Huber, M. (Hg.): Soziologie der Arbeit. Darmstadt/Neuwied: Luchterhand, 45-67");
    assert_eq!(r.container.as_deref(), Some("Soziologie der Arbeit"));
    assert_eq!(r.location.as_deref(), Some("Darmstadt/Neuwied"));
    assert_eq!(r.publisher.as_deref(), Some("Luchterhand"));
}

#[test]
fn a_books_numbered_series_is_no_journal() {
    let r = parse("Okafor, Ada 1935. Tides as Reflected in Song. Memoirs of the Coastal Folk-lore Society 28. New York: Harbour Press.");
    assert_eq!(r.entry_type, crate::reference::EntryType::Book);
    assert_eq!(
        r.series.as_deref(),
        Some("Memoirs of the Coastal Folk-lore Society")
    );
    assert_eq!(r.number.as_deref(), Some("28"));
    assert_eq!((r.container, r.volume), (None, None));
}

#[test]
fn a_publisher_the_model_stopped_on_a_dangling_word_goes_on_to_the_next_mark() {
    // The model reads "Department of" as the publisher and "Trade and Industry" apart.
    let r = parse("Department of Trade and Industry (Hrsg.) (1999a): Tidal Clusters. Report of a team led by Lord Lind. London.");
    assert_eq!(
        r.institution.as_deref().or(r.publisher.as_deref()),
        Some("Department of Trade and Industry")
    );
}

#[test]
fn an_imprint_after_a_title_with_spaced_colons() {
    // The rules read the whole as the title and close its spaced colons up; the model's place
    // and publisher after it are found all the same, and its values closed up alike.
    let r =
        parse("Lind T. (2005) Tides : a history of waves since 1945, London : William Heinemann.");
    assert_eq!(
        r.title.as_deref(),
        Some("Tides: a history of waves since 1945")
    );
    assert_eq!(r.location.as_deref(), Some("London"));
    assert_eq!(r.publisher.as_deref(), Some("William Heinemann"));
}

#[test]
fn a_meetings_town_and_state_closing_the_proceedings() {
    let r = parse(
        "A. Lenz, \"Tidal work,\" in Proceedings of the Harbour Conference, Lake Tahoe, NV, 2016, pp. 7-8.",
    );
    assert_eq!(
        r.container.as_deref(),
        Some("Proceedings of the Harbour Conference")
    );
    assert_eq!(r.location.as_deref(), Some("Lake Tahoe, NV"));
}

#[test]
fn a_books_year_before_its_chapters_pages_is_no_volume() {
    for text in [
        "Lenz A. Tidal work. In: Okafor B, ed. Harbour Studies. Lind Press; 2001:45-67.",
        "Marsh C, editor. Clinical Harbour Medicine. Baltimore: Lind and Okafor, 1994:651–666.",
    ] {
        let r = parse(text);
        assert_eq!(r.volume, None, "{text}");
        assert!(r.pages.is_some(), "{text}");
    }
    let r = parse("Lenz A. Tidal work. Science. 2001;261:1179-1181.");
    assert_eq!(r.volume.as_deref(), Some("261"));
}

#[test]
fn french_series_after_the_publisher() {
    // The series mark is taken out before the rules and the model read the imprint, and the
    // model's reading keeps it.
    for text in [
        "Veyne P., Comment on écrit l'histoire, Paris, Seuil, coll. « Points Histoire », 1971, 352 p.",
        "Okafor A., Les marchés du littoral, Genève, Droz, coll. « Points Histoire », 1972, 417 p.",
    ] {
        let r = parse(text);
        assert_eq!(r.series.as_deref(), Some("Points Histoire"), "{text}");
        assert!(r.location.as_deref().is_some_and(|l| !l.contains(',')), "{text}");
        assert!(r.publisher.is_some(), "{text}");
        assert_eq!(r.entry_type, crate::reference::EntryType::Book, "{text}");
    }
}

#[test]
fn chapters_place_then_publisher_with_no_editors() {
    // "in" names the book; the model read "Torino, Einaudi" as one place.
    let r = parse(
        "Pomian, K., \"Collezione\", in Enciclopedia Treccani, vol. III, Torino, Einaudi, 1978, pp. 330-364.",
    );
    assert_eq!(r.location.as_deref(), Some("Torino"));
    assert_eq!(r.publisher.as_deref(), Some("Einaudi"));
    // An elided article's word is no volume: "d'Italia" is the book's.
    let r = parse(
        "Pomian, K., \"Collezione\", in Storia d'Italia, Torino, Laterza, 1978, pp. 330-364.",
    );
    assert_eq!(r.container.as_deref(), Some("Storia d'Italia"));
    assert_eq!(r.location.as_deref(), Some("Torino"));
    assert_eq!(r.publisher.as_deref(), Some("Laterza"));
}

#[test]
fn places_a_semicolon_parts_are_the_place() {
    let r = parse("Okafor, B. 2010. Harbours and the state. Oxford; New York: Tide Press.");
    assert_eq!(r.location.as_deref(), Some("Oxford; New York"));
    assert_eq!(r.publisher.as_deref(), Some("Tide Press"));
}

#[test]
fn a_publishers_first_word_after_the_books_comma() {
    // Emerald's chapters: the model reads "Tide" with the book, "Press" alone.
    let r = parse(
        "Okafor, B. (2015), \"Tidal flows\", in Lund, M. and Marsh, S. (Eds), Handbook of \
         Harbours, Tide Press, Lagos, pp. 12-30.",
    );
    assert_eq!(r.container.as_deref(), Some("Handbook of Harbours"));
    assert_eq!(r.publisher.as_deref(), Some("Tide Press"));
}
