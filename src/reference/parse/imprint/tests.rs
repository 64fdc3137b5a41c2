//! Unit tests of the imprint's readers: places, publishers, and what closes a container.

use super::*;
use crate::reference::parse::assert_matches;

#[test]
fn a_city_after_a_sentence_end() {
    assert_eq!(city_after_stop("Harbours, Japan. Chicago"), "Chicago");
    assert_eq!(
        city_after_stop("in the years 1801, 2 etc. London"),
        "London"
    );
    assert_eq!(city_after_stop("Washington, D. C."), "Washington, D. C.");
    assert_eq!(city_after_stop("Tidal Notes. Lagos"), "Tidal Notes. Lagos");
}

#[test]
fn imprints_and_places() {
    assert_eq!(
        place_publisher("New York: Norton"),
        Some(("New York", "Norton"))
    );
    assert_eq!(
        place_publisher("Ross-on-Wye, UK: PCCS Books"),
        Some(("Ross-on-Wye, UK", "PCCS Books"))
    );
    assert_eq!(
        place_publisher("Parallel STREAMS: A multi-processor implementation").map(|p| p.0),
        Some("Parallel STREAMS")
    );
    assert!(!is_imprint(
        "Parallel STREAMS: A multi-processor implementation"
    ));
    assert!(is_imprint("Washington, DC: Central Intelligence Agency"));
    // A part's roman numeral before a subtitle's colon is no place.
    assert_eq!(place_publisher("II: Odyssee, Kyklos, Zeitbestimmung"), None);
    assert_eq!(place_publisher("I: Development"), None);
    // ACS writes the publisher first; a city named by a publisher's word stays the place.
    assert_eq!(
        place_publisher("Academic Press: New York"),
        Some(("New York", "Academic Press"))
    );
    assert_eq!(
        place_publisher("Addison-Wesley: Reading, MA, 1986"),
        Some(("Reading, MA", "Addison-Wesley"))
    );
    assert_eq!(
        place_publisher("McGraw Hill: New York NY;"),
        Some(("New York NY", "McGraw Hill"))
    );
    assert_eq!(
        place_publisher("The Rumford Press: Concord, New Hampshire;"),
        Some(("Concord, New Hampshire", "The Rumford Press"))
    );
    assert_eq!(
        place_publisher("Reclam: Stuttgart"),
        Some(("Stuttgart", "Reclam"))
    );
    assert_eq!(
        place_publisher("Berkeley: University of California Press"),
        Some(("Berkeley", "University of California Press"))
    );
    assert_eq!(
        place_publisher("Oxford: Clarendon Press"),
        Some(("Oxford", "Clarendon Press"))
    );
    assert!(
        place_publisher("Interpretation and explanation in the study of harbour birds: X")
            .is_none()
    );
}

#[test]
fn runs_over_a_sentence_end_or_into_a_bracket() {
    assert_eq!(last_sentence("Kritische Studienausgabe. Berlin"), "Berlin");
    assert_eq!(
        last_sentence("Oxford English Dictionary. Oxford University Press"),
        "Oxford University Press"
    );
    assert_eq!(last_sentence("Jesus]. Taipei"), "Taipei");
    assert_eq!(
        last_sentence("Werk, Wirkung (Neuhausen-Stuttgart"),
        "Neuhausen-Stuttgart"
    );
    assert_eq!(
        last_sentence("Crafts Council (March/April"),
        "Crafts Council"
    );
    assert_eq!(
        last_sentence("Paramount Books (PVT) LTD"),
        "Paramount Books (PVT) LTD"
    );
    for whole in [
        "Amer. Math. Soc.",
        "Cambridge Univ. Press",
        "Cambridge, Mass. London",
        "St. Louis",
        "J. Wiley",
        "Berlin. new edition",
    ] {
        assert_eq!(last_sentence(whole), whole);
    }
}

#[test]
fn a_publisher_run_on_into_its_place() {
    assert_eq!(
        publisher_then_place("Springer-Verlag Berlin."),
        ("Springer-Verlag", Some("Berlin"))
    );
    assert_eq!(
        publisher_then_place("Universiteit Twente, Netherlands"),
        ("Universiteit Twente", Some("Netherlands"))
    );
    assert_eq!(
        publisher_then_place("MIT Lincoln Labs, Cambridge, MA"),
        ("MIT Lincoln Labs", Some("Cambridge, MA"))
    );
    assert_eq!(
        publisher_then_place("Cambridge University Press, ISBN"),
        ("Cambridge University Press", None)
    );
    assert_eq!(
        publisher_then_place("Springer Berlin, ISBN"),
        ("Springer", Some("Berlin"))
    );
    // After a comma, the city a university of a state is in.
    assert_eq!(
        publisher_then_place("University of California, Berkeley"),
        ("University of California", Some("Berkeley"))
    );
    // A city of two words after a comma.
    assert_eq!(
        publisher_then_place("West Publishing, St. Paul."),
        ("West Publishing", Some("St. Paul"))
    );
    for whole in [
        "University of Chicago",
        "Oxford University Press",
        "Oxford",
        "Presses universitaires de France",
        "Institute for Simulation, University of Central Florida",
        "Bank of New York",
        "Smith Boston",
    ] {
        assert_eq!(publisher_then_place(whole), (whole, None));
    }
}

#[test]
fn a_city_after_words_naming_no_place() {
    assert_eq!(city_after_comma("Middle Ages, Leiden"), "Leiden");
    assert_eq!(city_after_comma("(II/2), Harrow, Brescia"), "Brescia");
    for whole in [
        "Houndmills, London, New York",
        "Cambridge, Boston",
        "Leiden",
    ] {
        assert_eq!(city_after_comma(whole), whole);
    }
}

#[test]
fn a_publisher_without_the_title_words_before_it() {
    let tail = |s| publisher_then_tail(s);
    assert_eq!(tail("Data Bases, Plenum Press"), ("Plenum Press", None));
    assert_eq!(
        tail("Oxford, Oxford University Press"),
        ("Oxford University Press", Some("Oxford"))
    );
    assert_eq!(
        tail("Harbour University Press. [CUL/GBR]"),
        ("Harbour University Press", None)
    );
    assert_eq!(tail("SCM and"), ("SCM", None));
    for whole in [
        "Computer Sciences Dept., Univ. of Wisconsin-Madison",
        "Prentice-Hall, Inc",
        "Doubleday, Page and Company",
        "Springer, Berlin",
    ] {
        assert_eq!(tail(whole), (whole, None));
    }
}

#[test]
fn a_container_run_on_over_its_numbers_date_or_place() {
    let tail = |s| container_then_tail(s);
    assert_eq!(
        tail("Annales du Musée National des Antiquités, VII"),
        ("Annales du Musée National des Antiquités", None)
    );
    assert_eq!(tail("Word & World XIV:4"), ("Word & World", None));
    assert_eq!(tail("Lien social, 25/04/2013"), ("Lien social", None));
    assert_eq!(
        tail("Soins Aides-soignantes, mai"),
        ("Soins Aides-soignantes", None)
    );
    assert_eq!(
        tail("Revue de l'Histoire, Septembre"),
        ("Revue de l'Histoire", None)
    );
    assert_eq!(
        tail("Audio, Speech, and Language Processing, IEEE Transactions on, Vol"),
        (
            "Audio, Speech, and Language Processing, IEEE Transactions on",
            None
        )
    );
    assert_eq!(
        tail("Special Paper of the Geological Society of America, Issue"),
        ("Special Paper of the Geological Society of America", None)
    );
    assert_eq!(
        tail("Proceedings of the Joint Conference on Artificial Intelligence, Berlin"),
        (
            "Proceedings of the Joint Conference on Artificial Intelligence",
            Some("Berlin")
        )
    );
    // A city of two words after the comma, and one with its region.
    assert_eq!(
        tail("Lifestyles and Housing of Older Adults, New York"),
        ("Lifestyles and Housing of Older Adults", Some("New York"))
    );
    assert_eq!(
        tail("Das Alter behinderter Menschen, Freiburg i.Br."),
        ("Das Alter behinderter Menschen", Some("Freiburg i.Br"))
    );
    for (whole, name) in [
        ("Handbook of Tides, 2nd Edition", "Handbook of Tides"),
        ("Handbook of Tides, Seventh Edition", "Handbook of Tides"),
        ("Harbour Credit, Part II", "Harbour Credit"),
        ("Harbour News, v. Autumn", "Harbour News"),
        ("Journal of Tides, X L I", "Journal of Tides"),
        ("Harbour Urology, Ahead of print", "Harbour Urology"),
    ] {
        assert_eq!(tail(whole), (name, None));
    }
    assert_eq!(
        tail("Proceedings of the Academy of Tides. Stanford"),
        ("Proceedings of the Academy of Tides", Some("Stanford"))
    );
    for whole in [
        "Studies in History, Volume II",
        "World War II",
        "Nature",
        "Journal of Physics A",
        "Annals of Mathematics, Second Series",
        "Henry VIII",
        "Annals of Mars",
        "Le Mois de mai",
    ] {
        assert_eq!(tail(whole), (whole, None));
    }
}

#[test]
fn a_place_begun_too_late() {
    fn head<'t>(text: &'t str, place: &str, after_publisher: bool) -> &'t str {
        let start = text.find(place).unwrap();
        &text[place_head(text, start..start + place.len(), after_publisher)..]
    }
    let t = "Os perigosos. AIDS. Rio de Janeiro: Aeroplano, 2002.";
    assert_eq!(
        head(t, "de Janeiro", true),
        "Rio de Janeiro: Aeroplano, 2002."
    );
    let t = "Research matters. Rowley, Mass.: Newbury House.";
    assert_eq!(head(t, "Mass.:", false), "Rowley, Mass.: Newbury House.");
    let t = "Higher Education. Rhinebeck Falls (NY): Hudson Green.";
    assert_eq!(
        head(t, "(NY):", false),
        "Rhinebeck Falls (NY): Hudson Green."
    );
    // After a publisher, or with a city first, the place is whole already.
    let t = "Penguin Books, Harmondsworth, England: X.";
    assert_eq!(head(t, "England:", true), "England: X.");
    let t = "Fiction. Boston, Mass.: Little, Brown.";
    assert_eq!(
        head(t, "Boston, Mass.:", false),
        "Boston, Mass.: Little, Brown."
    );
}

#[test]
fn a_place_run_on_into_its_publisher() {
    assert_eq!(
        place_then_publisher("Paris, Inserm"),
        Some(("Paris", "Inserm"))
    );
    assert_eq!(
        place_then_publisher("Paris, l’Harmattan"),
        Some(("Paris", "l’Harmattan"))
    );
    assert_eq!(
        place_then_publisher("Florence: Olschki"),
        Some(("Florence", "Olschki"))
    );
    assert_eq!(place_then_publisher("London, UK"), None);
    assert_eq!(place_then_publisher("Toronto, ON"), None);
    assert_eq!(place_then_publisher("Washington, D. C."), None);
    assert_eq!(place_then_publisher("Cambridge, Mass."), None);
    assert_eq!(place_then_publisher("Cambridge, Massachusetts"), None);
    assert_eq!(place_then_publisher("London, Ontario"), None);
    let mut sorted = STATES_AND_COUNTRIES.to_vec();
    sorted.sort_unstable();
    sorted.dedup();
    assert_eq!(sorted, STATES_AND_COUNTRIES);
}

#[test]
fn publisher_words() {
    assert_matches(
        &PUBLISHER_WORDS,
        &[
            "Oxford University Press",
            "Springer",
            "Éditions du Seuil",
            "Wiley-Blackwell",
        ],
        &["Journal of Tests", "Nature", "Pressure"],
    );
    assert!(!looks_like_publisher("Journal of the Royal Society"));
    assert_matches(
        &PUBLISHER_LABEL,
        &[
            "Publisher: I.B. Tauris",
            "Published by Penguin",
            "Verlag: X",
        ],
        &[
            "Publishers Weekly",
            "I.B. Tauris",
            "Verlag für Sozialwissenschaften",
            "Verlag Peter Ewers",
        ],
    );
    assert!(place_fits("Upper Saddle River, NJ"));
    assert!(!place_fits(
        "A place whose name runs on far longer than any city"
    ));
}

#[test]
fn a_meetings_town_and_state_close_a_container() {
    assert_eq!(
        container_then_tail("Proc. Harbour Conference, Lake Tahoe, NV"),
        ("Proc. Harbour Conference", Some("Lake Tahoe, NV"))
    );
    assert_eq!(
        container_then_tail("Proc. Harbour Conference, Banff, AB, Canada,"),
        ("Proc. Harbour Conference", Some("Banff, AB, Canada"))
    );
    // No code after the town, or words no town's: the container stands.
    let whole = "Proc. Harbour Conference, Lake Tahoe";
    assert_eq!(container_then_tail(whole), (whole, None));
    let whole = "Proc. Harbour Conference, vol. 3, NV";
    assert_eq!(container_then_tail(whole), (whole, None));
    assert!(is_town_and_state("Lake Tahoe, NV"));
    assert!(is_town_and_state("Banff, AB, Canada"));
    // A state's code that is also read as a state.
    assert!(is_town_and_state("Reston, VA"));
    assert!(!is_town_and_state("Lake Tahoe"));
    assert!(!is_town_and_state("Press, NV"));
    assert!(is_state_code("NV,") && !is_state_code("Nv") && !is_state_code("XX"));
}

#[test]
fn countries_in_english_german_and_french() {
    for country in [
        "Czech Rep.",
        "Deutschland",
        "Frankreich",
        "Suisse",
        "États-Unis",
        "Ohio",
    ] {
        assert!(is_state_or_country(country), "{country}");
    }
    assert!(is_state_or_country("Österreich"));
    // Without a comma a country closes a publisher's name; after one it is its place.
    assert_eq!(
        publisher_then_place("Verlag Österreich"),
        ("Verlag Österreich", None)
    );
    assert_eq!(
        publisher_then_place("Springer, Österreich"),
        ("Springer", Some("Österreich"))
    );
    // A city, then its country: no publisher.
    assert_eq!(place_then_publisher("Paris, Frankreich"), None);
    assert!(place_then_publisher("Paris, Gallimard").is_some());
}
