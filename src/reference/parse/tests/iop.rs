//! Physics' IOP style: the year, then the title with no stop of its own, then the journal's
//! abbreviated name, volume and first page with no punctuation between ("Okafor B 2011
//! Thermal noise in suspended mirrors Class. Quantum Grav. 28 114002"), in clean text and in
//! PDF text that glued the journal to the title.

use super::super::parse;

#[test]
fn the_journals_first_abbreviation_is_not_the_titles_last_word() {
    for (text, title, journal) in [
        (
            "Okafor B and Lindqvist M 2011 Thermal noise in suspended mirrors Class. Quantum \
             Grav. 28 114002",
            "Thermal noise in suspended mirrors",
            "Class. Quantum Grav",
        ),
        // Glued to the title's last word, with the stops before the words.
        (
            "Marsh R 2004 Seismic filters for tall towersNucl .Instrum .Methods Phys .Res .A 521 \
             300 -9",
            "Seismic filters for tall towers",
            "Nucl. Instrum. Methods Phys. Res. A",
        ),
        // Two abbreviations in the title's place.
        (
            "Okafor B 2009 Fusion rules of minimal models J. Phys. A: Math. Theor. 42 304011",
            "Fusion rules of minimal models",
            "J. Phys. A: Math. Theor",
        ),
    ] {
        let r = parse(text);
        assert_eq!(r.title.as_deref(), Some(title), "{text}");
        assert_eq!(r.container.as_deref(), Some(journal), "{text}");
    }
}

#[test]
fn a_title_closed_by_its_own_stop_keeps_its_last_word() {
    for (text, title) in [
        // Title case: the last word is the title's.
        (
            "Lindqvist M 1983 Notes on Hair Combs. Kewa 83-6.",
            "Notes on Hair Combs",
        ),
        // No abbreviation ends on a vowel.
        (
            "Marsh R 1973 Freshwater Fishes of Canada. Bulletin 184 1-5.",
            "Freshwater Fishes of Canada",
        ),
        // A comma between volume and pages: not IOP's style.
        (
            "Okafor B 2001 Water use in Iran. Geogr. J. 12, 1-5.",
            "Water use in Iran",
        ),
        // The year in brackets closed by a stop.
        (
            "Okafor, B. (2001). Water use in Iran. Geogr. J. 12 1-5.",
            "Water use in Iran",
        ),
    ] {
        assert_eq!(parse(text).title.as_deref(), Some(title), "{text}");
    }
}
