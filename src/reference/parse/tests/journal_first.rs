//! No title, the journal first: physics' and chemistry's short references.

use super::super::{parse, parse_with, JOURNAL_TAIL};
use crate::reference::ModelFields;

/// Container, volume, pages and title of one reading.
type Fields = (
    Option<String>,
    Option<String>,
    Option<String>,
    Option<String>,
);

/// [`Fields`] of `text`, with the model and with the rules alone.
fn read(text: &str) -> [Fields; 2] {
    [parse(text), parse_with(text, ModelFields::NONE)].map(|r| {
        (
            r.container,
            r.volume.map(String::from),
            r.pages.map(String::from),
            r.title,
        )
    })
}

#[test]
fn the_journals_first_abbreviation_is_no_title() {
    let some = |s: &str| Some(s.to_string());
    for (text, journal, volume, pages) in [
        (
            "C. Okafor, Mod. Phys. Lett. A 16, 2363 (2001).",
            "Mod. Phys. Lett. A",
            "16",
            "2363",
        ),
        (
            "J. Lindqvist, Lect. Notes Phys. 629, 1 (2004), hep-ph/0312367",
            "Lect. Notes Phys",
            "629",
            "1",
        ),
        (
            "B. D. Okafor and I. D. Lind, Aust. J. Chem. 24, 413 (1971).",
            "Aust. J. Chem",
            "24",
            "413",
        ),
        // The American Chemical Society's style: "J." is no initial of the last name.
        (
            "Okafor, J. A.; Lind, B. J. Am. Chem. Soc. 2007, 129, 1234-1240.",
            "J. Am. Chem. Soc",
            "129",
            "1234-1240",
        ),
        (
            "Okafor J. and Lind M., Eur. J. Phys., 35, 015013 (2014).",
            "Eur. J. Phys",
            "35",
            "015013",
        ),
        (
            "C. Okafor et al. (Particle Data Group), Chin. Phys. C 40, 100001 (2016)",
            "Chin. Phys. C",
            "40",
            "100001",
        ),
        // The Royal Society of Chemistry's: journal, year, volume, pages, no title.
        (
            "H. Okafor, Deutsche Bauzeitung, 2000, 134, 20–21.",
            "Deutsche Bauzeitung",
            "134",
            "20–21",
        ),
        (
            "P. T. Lind and J.-S. Okafor, Mathematical Programming, 1990, 48, 161–220.",
            "Mathematical Programming",
            "48",
            "161–220",
        ),
        (
            "CMS Collaboration, Eur. Phys. J. C 77, 354 (2017)",
            "Eur. Phys. J. C",
            "77",
            "354",
        ),
    ] {
        for read in read(text) {
            assert_eq!(
                read,
                (some(journal), some(volume), some(pages), None),
                "{text}"
            );
        }
    }
}

#[test]
fn journal_tail_shapes() {
    let journal = |t: &str| {
        JOURNAL_TAIL
            .captures(t)
            .and_then(|c| c.get(1))
            .map(|m| m.as_str().to_string())
    };
    assert_eq!(
        journal("Phys. Lett. A 16, 2363").as_deref(),
        Some("Phys. Lett. A")
    );
    assert_eq!(
        journal("Notes Phys. 629, 1").as_deref(),
        Some("Notes Phys.")
    );
    // A series letter glued to the volume stays with it ("Phys. Rev. D60", AnyStyle's way).
    assert_eq!(journal("Rev. D60 (1999)").as_deref(), Some("Rev."));
    // No stop, no abbreviated journal; no volume, no journal.
    assert_eq!(journal("Physics Letters 16, 2"), None);
    assert_eq!(journal("Phys. Lett. (2001)"), None);
}

#[test]
fn the_journal_read_as_the_last_authors_is_no_author() {
    // The rules read the names up to the date, journal and all; the model's container says
    // where the list ended.
    for (text, families) in [
        (
            "M. Okoro, T. Lindgren, L. Tavares, Phys. Lett. B (2017), in press.",
            &["Okoro", "Lindgren", "Tavares"][..],
        ),
        ("W. Hartmann, Z. Phys. A 300 (1981) 227.", &["Hartmann"][..]),
        ("S. Varga, J. Instrum. 7 (2012) C03011.", &["Varga"][..]),
        (
            "Kovač S. and Novak J., Nuovo Cimento B, 20 (1974) 105.",
            &["Kovač", "Novak"][..],
        ),
    ] {
        let r = parse(text);
        let read: Vec<&str> = r.authors.iter().map(|n| n.family()).collect();
        assert_eq!(read, families, "{text}");
    }
}

#[test]
fn an_unpunctuated_journal_after_the_title_is_whole() {
    // The Institute of Physics' style: no mark between the title and the journal, whose
    // abbreviations the rules' title runs over; a section letter or a stop closes it.
    for (text, title, journal) in [
        (
            "Okafor C and Lind B 1996 Indecomposable fusion products Nucl. Phys. B 477 293-318",
            "Indecomposable fusion products",
            "Nucl. Phys. B",
        ),
        (
            "Lind B 1993 Logarithmic operators in tidal flows Phys. Lett. B 410 535-49",
            "Logarithmic operators in tidal flows",
            "Phys. Lett. B",
        ),
        (
            "Okafor C 2011 Tidal knots and their braids Phys. Rev. Lett. 106 101101",
            "Tidal knots and their braids",
            "Phys. Rev. Lett",
        ),
    ] {
        let r = parse(text);
        assert_eq!(r.title.as_deref(), Some(title), "{text}");
        assert_eq!(r.container.as_deref(), Some(journal), "{text}");
    }
}

#[test]
fn an_entry_opening_with_its_journal_has_no_author() {
    // A list's entry whose names the line before gave: the journal's first abbreviation is
    // no organisation.
    for (text, journal) in [
        (
            "Atmos. Chem. Phys., 9, 3303–3316, 2009",
            "Atmos. Chem. Phys",
        ),
        (
            "Supercond. Sci. Technol. 24 (2011) 075001 (7pp)",
            "Supercond. Sci. Technol",
        ),
        (
            "Nucl. Phys. B 543 (1999) 533[ hep-lat/9811014].",
            "Nucl. Phys. B",
        ),
        // The journal whole, its numbers after it and no title.
        ("Biochemistry 2009, 48, 7746–7755", "Biochemistry"),
        (
            "British Journal of Cancer (2004) 90, 515 – 521.",
            "British Journal of Cancer",
        ),
    ] {
        let r = parse(text);
        assert!(r.authors.is_empty(), "{text}: {:?}", r.authors);
        assert_eq!(r.container.as_deref(), Some(journal), "{text}");
    }
    // A classical author before the work stays, and an organisation before its report.
    for text in [
        "World Health Organization (2010). Global tidal report 2010. Geneva: WHO.",
        "Ovid. Metamorphoseon. Stuttgart: Reclam, 1994.",
        "Homer. The Iliad, Books XXIII–XXIV. Edited by D. B. Monro. Oxford: Clarendon Press, 1903.",
    ] {
        assert_eq!(parse(text).authors.len(), 1, "{text}");
    }
}

#[test]
fn a_journal_opening_with_a_word_that_ends_no_name() {
    // The model reads "Communications of" as a title and "the ACM," as the journal.
    for (text, journal) in [
        (
            "122 G. Miller, Communications of the Society, 1995, 38, 39–41.",
            "Communications of the Society",
        ),
        (
            "M. Lindqvist, Lecture Notes in Physics 5, 650 (1999).",
            "Lecture Notes in Physics",
        ),
    ] {
        let r = parse(text);
        assert_eq!(r.container.as_deref(), Some(journal), "{text}");
        assert_eq!(r.title, None, "{text}");
    }
    // "in" after one name opens the book the paper is in.
    let r = parse(
        "[3] N. B. Okafor in Proceedings of the Valley Language Association, 1930, pp. 573–577.",
    );
    assert_eq!(
        r.container.as_deref(),
        Some("Proceedings of the Valley Language Association")
    );
}

#[test]
fn a_title_with_a_comma_before_a_journal_after_its_stop() {
    // The model starts the journal at the title's start or at its comma and runs it over
    // the title's stop.
    let r = parse(
        "Lindqvist, M. (2003): Betriebliche Interessenvertretung, Arbeitszeit und Entgelt. \
         WSI-Mitteilungen, 7: 124 - 32.",
    );
    assert_eq!(
        r.title.as_deref(),
        Some("Betriebliche Interessenvertretung, Arbeitszeit und Entgelt")
    );
    assert_eq!(r.container.as_deref(), Some("WSI-Mitteilungen"));
    let r = parse(
        "Lindqvist, M. (2003): Tarifpolitik, Arbeitszeit und Entgelt. Zeitschrift für \
         Arbeitsforschung, 7: 124-32.",
    );
    assert_eq!(
        r.title.as_deref(),
        Some("Tarifpolitik, Arbeitszeit und Entgelt")
    );
    assert_eq!(
        r.container.as_deref(),
        Some("Zeitschrift für Arbeitsforschung")
    );
}

#[test]
fn a_year_closing_a_title_is_no_volume() {
    // "The Economics of 1992" has the shape of "Nature 466", but a year in the volume's
    // place with no number after it (no pages) ends a book's title.
    for text in [
        "Okafor, M., et al., 1988, The Economics of 1992, Oxford: Oxford University Press.",
        "Lindqvist, A. (2008). Employment Outlook 2008. Paris: Okafor Press.",
    ] {
        for (container, _, _, title) in read(text) {
            assert_eq!(container, None, "{text}");
            let title = title.unwrap_or_default();
            assert!(
                title.ends_with(" 1992") || title.ends_with(" 2008"),
                "{text}: {title}"
            );
        }
    }
    // With its pages after it, a year-like number after a journal's name stays its volume's
    // place: the title is the journal.
    let text = "Lindqvist, A. (2015). Journal of Tests 1850. 1234-1240.";
    let [_, (container, _, pages, title)] = read(text);
    assert_eq!(container.as_deref(), Some("Journal of Tests"));
    assert_eq!(pages.as_deref(), Some("1234-1240"));
    assert_eq!(title, None);
}

#[test]
fn a_quoted_title_is_no_journal() {
    // A title between quotation marks with the shape of "Nature 466" is the title, with the
    // model and with the rules alone.
    let text = "Okafor, Ada et al. (1974). \"Harbour 106.\" Physical Review 33: 1490-1493.";
    for (container, volume, _, title) in read(text) {
        assert_eq!(title.as_deref(), Some("Harbour 106"), "{text}");
        assert_ne!(container.as_deref(), Some("Harbour"), "{text}");
        assert_ne!(volume.as_deref(), Some("106"), "{text}");
    }
}
