//! Entries whose fields are set apart by no comma or full stop, or by marks other than
//! English ones: the Institute of Physics' unpunctuated journal articles ("... evolution
//! Complex Systems 1 495–502", "... mirrors Class. Quantum Grav. 28 114002", also in PDF text
//! that glued the journal to the title) and Russia's GOST ("Title // Journal. 1987. Т. 1. С.
//! 495–502.").

use super::super::parse;

#[test]
fn unpunctuated_journal_after_its_title() {
    let r = parse(
        "[10] Okafor G E and Marsh S J 1987 How rivers can shape valleys Complex Systems 1 495–502",
    );
    assert_eq!(r.title.as_deref(), Some("How rivers can shape valleys"));
    assert_eq!(r.container.as_deref(), Some("Complex Systems"));
    assert_eq!(r.volume.as_deref(), Some("1"));
    assert_eq!(r.pages.as_deref(), Some("495–502"));
    let r = parse("[29] Lindqvist D D 1979 Planning in a distributed network Proceedings of the Sixth International Conference on Artificial Intelligence (Tokyo) pp 168–75");
    assert_eq!(
        r.title.as_deref(),
        Some("Planning in a distributed network")
    );
    assert_eq!(
        r.container.as_deref(),
        Some("Proceedings of the Sixth International Conference on Artificial Intelligence")
    );
}

#[test]
fn gost_slashes_and_russian_labels() {
    let r = parse("18. Okafor I. P., Marsh T. Easy rivers are sometimes deep // Artificial Intelligence. 1994. Т. 70, № 2. С. 335–345.");
    assert_eq!(r.title.as_deref(), Some("Easy rivers are sometimes deep"));
    assert_eq!(r.container.as_deref(), Some("Artificial Intelligence"));
    assert_eq!(r.volume.as_deref(), Some("70"));
    assert_eq!(r.pages.as_deref(), Some("335–345"));
    let r = parse("8. Lindqvist U. и др. Third generation river monitors: A challenge // Conference on Management of Water. Washington, D. C, 1993. С. 393–397.");
    assert_eq!(r.authors.len(), 1);
    assert_eq!(r.authors[0].family(), "Lindqvist");
    assert_eq!(
        r.title.as_deref(),
        Some("Third generation river monitors: A challenge")
    );
}

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

/// Vancouver's names, then a title that runs into the journal with no mark, the volume and
/// pages closing the entry ("... by alcohols Journal of Hospital Infection 28:137-48, 1994"):
/// the journal and its numbers are no part of the title.
#[test]
fn unmarked_journal_before_volume_and_pages() {
    let r = parse("Okafor AB, Lindqvist M. Sediment transport in a braided river channel Journal of River Studies 28:137-48, 1994.");
    assert_eq!(
        r.title.as_deref(),
        Some("Sediment transport in a braided river channel")
    );
    assert_eq!(r.container.as_deref(), Some("Journal of River Studies"));
    assert_eq!(r.volume.as_deref(), Some("28"));
    assert_eq!(r.pages.as_deref(), Some("137-48"));
    let r = parse("Marsh, T.R. 1951. Moulds in the burrows of |Microtus agrestis.| Scottish zoology 4 (1): 1-4");
    assert_eq!(
        r.title.as_deref(),
        Some("Moulds in the burrows of |Microtus agrestis.|")
    );
    assert_eq!(r.container.as_deref(), Some("Scottish zoology"));
    // A journal's own words before its numbers stay in it, the title's words are three at
    // least.
    let r = parse("[17] Okafor V. A., International Nursing Review 54(1) (2007) 85-91.");
    assert_ne!(r.container.as_deref(), Some("Review"));
}

/// PDF text that lost the space after the comma between the volume and the page ("Nat. Phys.
/// 5,363"): the volume, then the page, not the other way round.
#[test]
fn volume_and_page_glued_by_a_comma() {
    for text in [
        "A. Okafor, T. Lindqvist, and R. Marsh, Tidal Phys. 5,363 ( 2009).",
        "T. LINDQVIST et R. OKAFOR. Tidal Lett. 5,363 (1980).",
    ] {
        let r = parse(text);
        assert_eq!(r.volume.as_deref(), Some("5"), "{text}");
        assert_eq!(r.pages.as_deref(), Some("363"), "{text}");
    }
}
