//! Unit tests of the container's runs as the model reads them (`journal_run.rs`): the mends
//! that move a run's bounds or label.

use super::super::run_tests::mended_runs;
use super::*;
use crate::reference::fields::Label::*;

fn owned(parts: &[(Label, &str)]) -> Vec<(Label, String)> {
    parts.iter().map(|(l, s)| (*l, s.to_string())).collect()
}

#[test]
fn a_garbled_journal_head_closing_the_title_is_the_containers() {
    let got = mended_runs(
        &[
            (Title, "Pharmacology of nitric oxide-donating drugs. $B r."),
            (Container, "J$. of Pharmacol."),
            (Volume, "137:"),
        ],
        |s| s.mend_containers(),
    );
    assert_eq!(
        got[0],
        (
            Title,
            "Pharmacology of nitric oxide-donating drugs.".to_string()
        )
    );
    assert_eq!(got[1], (Container, "$B r. J$. of Pharmacol.".to_string()));
    // A title's own last sentence of short words: a German editor's mark, a citing mark, a
    // volume's number with its mark: they stay.
    for title in [
        "Salutogenese. Zur Entmystifizierung der Gesundheit, hg. v.",
        "Russia TV, 12.1.1994, zit. n.",
        "Festschrift der Universität Hannover, Bd. 1, hg.",
    ] {
        let parts = [(Title, title), (Container, "Alexa Franke,")];
        assert_eq!(
            mended_runs(&parts, |s| s.mend_containers()),
            owned(&parts),
            "{title}"
        );
    }
}

#[test]
fn a_journals_first_word_closing_a_title_in_sentence_case() {
    let got = mended_runs(
        &[
            (Title, "How rivers can shape valleys Complex"),
            (Container, "Systems"),
            (Volume, "1"),
        ],
        |s| s.mend_containers(),
    );
    assert_eq!(got[0], (Title, "How rivers can shape valleys".to_string()));
    assert_eq!(got[1], (Container, "Complex Systems".to_string()));
    // A container that stands alone, a numeral or a short acronym: the title keeps its word.
    for (title, container) in [
        (
            "Urban water supply in colonial Lima",
            "Hispanic American Historical Review",
        ),
        ("Electron transfer in respiratory complex III", "EMBO"),
        ("Serine is phosphorylated by casein kinase II", "EMBO"),
        ("Antithrombotics and stroke in AF", "Bandolier"),
    ] {
        let parts = [(Title, title), (Container, container), (Volume, "7")];
        assert_eq!(
            mended_runs(&parts, |s| s.mend_containers()),
            owned(&parts),
            "{title}"
        );
    }
}

#[test]
fn a_state_read_as_a_volume_is_the_meetings_place() {
    let got = mended_runs(
        &[
            (
                Container,
                "in Proceedings of the Harbour Conference, Lake Tahoe,",
            ),
            (Volume, "NV,"),
            (Date, "2016,"),
        ],
        |s| s.mend_places_read_as_volumes(),
    );
    assert_eq!(got[1], (Location, "NV,".to_string()));
    let parts = [
        (Container, "Harbour Studies,"),
        (Volume, "vol. 4,"),
        (Date, "2016,"),
    ];
    assert_eq!(
        mended_runs(&parts, |s| s.mend_places_read_as_volumes()),
        owned(&parts)
    );
}

#[test]
fn a_meetings_acronym_left_open_joins_the_name() {
    let got = mended_runs(
        &[
            (Title, "in Proc. 34th Int. Cosmic Ray Conference"),
            (Container, "(ITC"),
            (Date, "2015),"),
        ],
        |s| s.mend_open_acronyms(),
    );
    assert_eq!(
        got,
        owned(&[
            (Title, "in Proc. 34th Int. Cosmic Ray Conference (ITC"),
            (Date, "2015),")
        ])
    );
    // A bracket the run closes itself, or none after it closes: a run of its own.
    for parts in [
        [(Title, "Tides"), (Container, "(ITC)"), (Date, "2015),")],
        [(Title, "Tides"), (Container, "(ITC"), (Date, "2015,")],
    ] {
        assert_eq!(
            mended_runs(&parts, |s| s.mend_open_acronyms()),
            owned(&parts)
        );
    }
}

#[test]
fn a_meetings_paper_read_as_a_note_is_the_container() {
    let got = mended_runs(
        &[
            (Title, "Rivers and Ports,"),
            (Note, "unpublished paper presented"),
            (Other, "at"),
            (Title, "the 10th Anniversary"),
            (Container, "Conference of Harbour Studies,"),
            (Location, "Leeds."),
        ],
        |s| s.mend_meeting_papers(),
    );
    assert_eq!(
        got[1],
        (
            Container,
            "unpublished paper presented at the 10th Anniversary Conference of Harbour Studies,"
                .to_string()
        )
    );
    assert_eq!(got.len(), 3);
    // A note of another kind: the runs stand.
    let parts = [
        (Note, "unpublished manuscript,"),
        (Container, "Harbour Studies,"),
    ];
    assert_eq!(
        mended_runs(&parts, |s| s.mend_meeting_papers()),
        owned(&parts)
    );
}

#[test]
fn a_series_number_before_the_imprint_is_a_run_of_its_own() {
    let got = mended_runs(
        &[
            (Title, "The Keepers’ Books."),
            (Container, "Studies in Maritime Writing 7."),
            (Location, "Saltmarsh:"),
            (Publisher, "Gull and Tern Press,"),
        ],
        |s| s.mend_series_numbers(),
    );
    assert_eq!(
        got[1],
        (Container, "Studies in Maritime Writing".to_string())
    );
    assert_eq!(got[2], (Volume, "7.".to_string()));
    // A year closing the book's name, a chapter's book after its editors: they stand.
    for parts in [
        [
            (Title, "Ian McEwan."),
            (Container, "British Fiction since 1970."),
            (Location, "Basingstoke:"),
        ],
        [
            (Editor, "In Tesauro, G. (Eds.),"),
            (
                Container,
                "Advances in Neural Information Processing Systems 7.",
            ),
            (Publisher, "MIT Press."),
        ],
    ] {
        assert_eq!(
            mended_runs(&parts, |s| s.mend_series_numbers()),
            owned(&parts)
        );
    }
}

#[test]
fn a_meetings_publisher_closing_its_name_is_the_publishers() {
    let got = mended_runs(
        &[
            (Title, "Rethinking the inception architecture."),
            (
                Container,
                "In Computer Vision and Pattern Recognition (CVPR). IEEE,",
            ),
            (Date, "2016."),
        ],
        |s| s.mend_publishers_closing_containers(),
    );
    assert_eq!(
        got[1],
        (
            Container,
            "In Computer Vision and Pattern Recognition (CVPR).".to_string()
        )
    );
    assert_eq!(got[2], (Publisher, "IEEE,".to_string()));
    // A journal's abbreviations, an abbreviation before the acronym, a publisher's run
    // elsewhere: the runs stand.
    for parts in [
        vec![(Container, "Rev. Esc. Enferm. USP."), (Date, "2007;")],
        vec![(Container, "In Proc. IJCAI,"), (Pages, "pages 741-747,")],
        vec![
            (Publisher, "Springer,"),
            (Container, "In Proceedings of Functional Languages. ACM,"),
            (Date, "1981."),
        ],
    ] {
        assert_eq!(
            mended_runs(&parts, |s| s.mend_publishers_closing_containers()),
            owned(&parts)
        );
    }
}

#[test]
fn a_meetings_year_before_the_date_closes_its_name() {
    let got = mended_runs(
        &[
            (Container, "in Unmanned Untethered Submersible Technology"),
            (Date, "2001, 2001."),
        ],
        |s| s.mend_years_closing_containers(),
    );
    assert_eq!(
        got,
        owned(&[
            (
                Container,
                "in Unmanned Untethered Submersible Technology 2001"
            ),
            (Date, "2001."),
        ])
    );
    // A date of one year, or a container closed by its comma: the runs stand.
    for parts in [
        [(Container, "in Harbour Studies"), (Date, "2001, pp. 3-4.")],
        [(Container, "in Harbour Studies,"), (Date, "2001, 2001.")],
    ] {
        assert_eq!(
            mended_runs(&parts, |s| s.mend_years_closing_containers()),
            owned(&parts)
        );
    }
}

#[test]
fn words_opened_by_an_elided_article_are_no_volumes() {
    let got = mended_runs(
        &[
            (Container, "in Storia"),
            (Volume, "d'Italia,"),
            (Location, "Torino,"),
        ],
        |s| s.mend_elided_words(),
    );
    assert_eq!(
        got,
        owned(&[(Container, "in Storia d'Italia,"), (Location, "Torino,")])
    );
    let got = mended_runs(
        &[
            (Title, "La mémoire,"),
            (Container, "l'histoire,"),
            (Volume, "l’oubli."),
            (Location, "Paris :"),
        ],
        |s| s.mend_elided_words(),
    );
    assert_eq!(
        got,
        owned(&[
            (Title, "La mémoire, l'histoire, l’oubli."),
            (Location, "Paris :")
        ])
    );
    // A number, a capital or a container after a title's stop stay as they are.
    for parts in [
        [
            (Container, "Annales,"),
            (Volume, "44,"),
            (Pages, "1505-1520."),
        ],
        [
            (Title, "Les lieux."),
            (Container, "l'Année sociologique,"),
            (Volume, "1,"),
        ],
        [
            (Title, "Fonctions,"),
            (Container, "l'Institut de Paris,"),
            (Volume, "8,"),
        ],
        [(Container, "Revue,"), (Volume, "L'Année"), (Pages, "12.")],
    ] {
        assert_eq!(
            mended_runs(&parts, |s| s.mend_elided_words()),
            owned(&parts)
        );
    }
}

#[test]
fn a_lower_case_word_read_as_a_volume_is_the_journals() {
    let got = mended_runs(
        &[
            (Container, "Voprosy"),
            (Volume, "istorii."),
            (Date, "2005."),
        ],
        |s| s.mend_elided_words(),
    );
    assert_eq!(
        got,
        owned(&[(Container, "Voprosy istorii."), (Date, "2005.")])
    );
    // A label of a number stays.
    let parts = [(Container, "Annales,"), (Volume, "suppl."), (Pages, "12.")];
    assert_eq!(
        mended_runs(&parts, |s| s.mend_elided_words()),
        owned(&parts)
    );
}
