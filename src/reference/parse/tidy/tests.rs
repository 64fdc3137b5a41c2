//! The last pass's checks and the entry types they touch, on whole references.

use super::{fields, meeting_paper_in_title, months_only, without_numbers_tail};
use crate::reference::parse::parse;
use crate::reference::{EntryType, Reference};

#[test]
fn a_piece_in_a_published_book_is_in_a_collection() {
    // No editor named, a translator instead: the "In" before the book and its publisher
    // still make the piece a chapter, not a journal article.
    let r = parse("Okafor, Ada. “The Long Shore.” In Essays on Tides, translated by Ben Lind, 68-90. London: Harbour Press, 1998.");
    assert_eq!(r.container.as_deref(), Some("Essays on Tides"));
    assert_eq!(r.entry_type, EntryType::InCollection);
    // A journal after "In:" with no publisher stays an article.
    let r = parse("Lind, Ben: Gezeiten. In: Jahrbuch f. Küstenkunde 8 (1988) 155-163");
    assert_eq!(r.entry_type, EntryType::Article);
}

#[test]
fn numbers_and_their_marks_are_no_publisher() {
    for text in [
        "A. Okafor, \"Tidal holography in curved flats,\" JHEP 9906, 028 (1999) doi:10.1088/1126-6708/1999/06/099[ hep-th/9906099].",
        "M. Lindqvist, \"Macroscopic tides in crystalline sand-flats:the geometric phase approach ,\"Rev .Mod .Phys .,vol .66, pp. 899- 915,Jul1994 .",
        "CMS Collaboration, JINST 3, S08004 (2008).",
        "Lind, B., “Tidal Flats,” Coastal Technical Journal, Vol. 74, No. 5, September / October 1995, pp. 54-67.",
        "Okafor, Ada. 2012. A Town by the Sea. Wall Street Journal 4 January.",
        "Lind, B. (2000). Tides and being. Gestalt!, 4(2), NP.",
    ] {
        let r = parse(text);
        assert_eq!(r.publisher, None, "{text}");
    }
    // A publisher's name beside a year stays.
    let r = parse("Z. Ou-Yang, Geometric Methods in the Elastic Theory of Membranes (World Scientific, Singapore, 1999).");
    assert_eq!(r.publisher.as_deref(), Some("World Scientific"));
}

#[test]
fn genre_words_are_no_container() {
    for (text, kind) in [
        ("Lind, B. and A. Okafor. Tidal control: a study. Tech. Rpt. CIS-91-2. Harbour State University, 1991.", EntryType::Report),
        ("Okafor, Ada. Tidal Flats of the North. Diss. University of California, Berkeley, 2004.", EntryType::Thesis),
        ("Lind, Ben. Tidal flats and their birds. Unpublished manuscript, 2014.", EntryType::Misc),
        ("B. Lind. Tidal methods for ordinary flats. Technical report, Harbour University, 1993. Submitted for publication.", EntryType::Report),
        ("Okafor, A., “Method for Detecting Tides,” Jan. 23 1973, US Patent 3,712,959.", EntryType::Patent),
        ("Okafor, Ada, director. Tides. DVD. New York: Harbour Films, 2008.", EntryType::Misc),
        ("Tides of the North. Dir. Ada Okafor. Harbour Films, 1989.", EntryType::Misc),
    ] {
        let r = parse(text);
        assert_eq!(r.container, None, "{text}");
        assert_eq!(r.entry_type, kind, "{text}");
    }
    // A journal abbreviated to initials is no genre.
    let r = parse("Antia, H. M., & Gough, D. O. 2008, A&A, 477, 657");
    assert_eq!(r.container.as_deref(), Some("A&A"));
}

#[test]
fn a_report_has_a_number() {
    for (text, number) in [
        ("Lind, B. Tidal control. Technical Report KSL-91-71, Harbour State University, 1991.", "KSL-91-71"),
        ("Lind, B. Tidal control. Tech. Rpt. CIS-91-2. Harbour State University, 1991.", "CIS-91-2"),
        ("Lind, B. Tidal control. Technical Report TR 95-50, Harbour State University, 1995.", "TR 95-50"),
        ("Lind, B. and A. Okafor (1994). Tidal control. Technical Report 11, Harbour, NJ: Tide Laboratories.", "11"),
        // A research centre's series of papers, their numbers no pages.
        ("Okafor, M. (2000), ‘The supply of new engineers’, WZB Discussion Paper FS I 00-209, Berlin: Wissenschaftszentrum Berlin.", "FS I 00-209"),
        ("Lind M. (2002), “Network Externalities in Markets”, Wissenschaftszentrum Berlin, Discussion Paper FS IV 02-32.", "FS IV 02-32"),
        // APA's number in brackets after the title, which it leaves.
        ("Lind, B. (2012). Why tides matter (Policy Brief 2012-01PBL). Washington, DC: Tide Council.", "2012-01PBL"),
        ("Lind, B. (2001). Tidal control (Tech. Rep. No. 42). Woods Hole, MA: Harbour Institution.", "42"),
        ("Lind, B. (2001). Tidal control (NBER Working Paper No. 8123). Cambridge, MA: Harbour Bureau.", "8123"),
    ] {
        let r = parse(text);
        assert_eq!(r.entry_type, EntryType::Report, "{text}");
        assert!(!r.title.as_deref().unwrap_or("").contains('('), "{text}");
        assert_eq!(r.number.as_deref(), Some(number), "{text}");
        assert_eq!(r.pages, None, "{text}");
        assert_eq!(r.volume, None, "{text}");
    }
}

#[test]
fn an_apa_dissertations_number_and_genre_leave_the_title() {
    let r = parse(
        "Lind, B. (2015). Tidal heat (Publication No. 3700123) [Doctoral dissertation, \
         Harbour State University]. ProQuest Dissertations and Theses Global.",
    );
    assert_eq!(r.entry_type, EntryType::Thesis);
    assert_eq!(r.title.as_deref(), Some("Tidal heat"));
    assert_eq!(r.institution.as_deref(), Some("Harbour State University"));
}

#[test]
fn a_count_of_pages_is_no_volume() {
    let r = parse("Lind, Ben and Ada Okafor, Tidal Flats of the North, Harbour University Press 1988, 272 pp.");
    assert_eq!(r.volume, None);
    assert_eq!(r.pagetotal.as_deref(), Some("272"));
}

#[test]
fn a_labelled_volume_is_no_edition() {
    let r = parse("Marx, K., Das Kapital, Bd. 1, Berlin: Dietz, 1962.");
    assert_eq!(r.authors.len(), 1);
    assert_eq!(r.title.as_deref(), Some("Das Kapital"));
    assert_eq!((r.volume.as_deref(), r.edition), (Some("1"), None));
}

#[test]
fn a_day_before_its_month_is_no_volume() {
    for text in [
        "Lind, Ben, ‘So, what is a tide?’, Observer, 3 December 2006.",
        "OKAFOR, Ada, « Les marées », Mercure de France, 15 novembre 1925, pp. 11-18",
        "Okafor, Ada. (2012). A town by the sea. Harbour Journal 4 January.",
        "LIND, B., 2016. “Mareas”, La Costa, 25 July2016. Available at http://example.org/m.html",
    ] {
        let r = parse(text);
        assert_eq!(r.volume, None, "{text}");
    }
    // German's ordinal day, and its date in numbers: no volume, no pages.
    for text in [
        "Lind, Ben (1992): Ebbe und Flut. In: Hafen-Rundschau, 9. Oktober 1992.",
        "Lind, Ben (2005): Ebbe. Pressemitteilung vom 22.03.2005.",
    ] {
        let r = parse(text);
        assert_eq!((r.volume, r.pages), (None, None), "{text}");
    }
    for text in [
        "Lind, B., “Tides,” Coastal Journal, Vol. 3, March 2001, pp. 4-9.",
        "Lind, B.: On Tides. Journal of the Harbour College, Vol. 3 March, 2017, 214-254",
        "Lind, B., Tides, The Harbour Journal, vol. 3, 3 gennaio 1960, pp. 121-26.",
        "Lind, Ben (1993): Ebbe. In: Hafenzeitschrift, Heft 2, Jg. 3. S. 238-253",
    ] {
        let r = parse(text);
        assert_eq!(r.volume.as_deref(), Some("3"), "{text}");
    }
}

#[test]
fn a_meetings_days_beside_their_month_are_no_volume_or_pages() {
    for text in [
        "Okafor, A. (2006, 25-26 March). Why tides turn. Paper presented at the Harbour Symposium on Coastal Interfaces.",
        "Ada Okafor, Ben Lind 2012 Coastal joint conference, Lagos, July 5-8. An outlook on tides and the first great storm",
        "Lind, B. (1992). Statistical aspects of tides. Invited lectures for SeaStat (Seminaire Europeen des Marees, Sandbjerg, Denmark, 25-30 April 1992).",
        "Ada Okafor, Ben Lind, \"Tide Classification for Coastal Messages\", International Conference on Coastal Computing, 26-27 April 2012",
        "Okafor, Ada and Lind, Ben. (2014). Evacuees caught in $30 billion harbour money trap. Reuters 30 October.",
    ] {
        let r = parse(text);
        assert_eq!((r.volume, r.pages), (None, None), "{text}");
    }
    // Pages labelled as pages, or set apart from the month by a mark, stay.
    for (text, pages) in [
        (
            "Lind, B. (2001). Tides. Harbour News, 12 May, pp. 25-30.",
            "25-30",
        ),
        (
            "Lind, B. (2001). Tides. Harbour Journal 5 (May), 25-30.",
            "25-30",
        ),
    ] {
        let r = parse(text);
        assert_eq!(r.pages.as_deref(), Some(pages), "{text}");
    }
}

#[test]
fn a_newspapers_section_is_no_volume() {
    for text in [
        "Okafor, Ada. “How to Fix a Crowded Harbour.” Harbour Times, November 2, 1997, sec. 4, 1+.",
        "Lind, Ben. \"Tides Celebrated.\" Lagos Times, 15 March 1985, sec. 1A, p. 3.",
        "Okafor & Lind, Coastal Communications, 2nd ed., (Harbour Press 1994), Section 6.4.3, pp. 203-208",
    ] {
        let r = parse(text);
        assert_eq!(r.volume, None, "{text}");
    }
    // A journal's lettered section is its volume's.
    let r = parse("A. Okafor, B. Lind, Nucl. Instrum. Methods Phys. Res., Sect. A829, 383 (2016).");
    assert!(r.volume.is_some_and(|v| v.contains("829")));
}

#[test]
fn a_translator_ends_the_container() {
    let r = parse("Lind, Ben 1988 [1964]. “The Long Shore.” The Tidal Challenge. Trans. Ada Okafor. New York: Harbour and Sea. 157-159.");
    assert_eq!(r.container.as_deref(), Some("The Tidal Challenge"));
    for text in [
        "Lind, B. (1995). Johann Gutenberg (translated by Ada Okafor). New York: Harbour Press.",
        "Lind, Ben, Abhandlungen von der Ungewissheit der Gezeiten. Ubersetzt von Johann Gotfried Jancke. Leipzig, 1754.",
    ] {
        let r = parse(text);
        assert_eq!(r.container, None, "{text}");
    }
    // Transactions are no translators.
    for journal in [
        "IEEE trans. Software Eng",
        "Phil. Trans. R. Soc. B",
        "Trans. Amer. Math. Soc",
        "IEEE Trans. Pattern Analysis and Machine Intelligence",
    ] {
        assert_eq!(super::without_translator(journal), Some(journal));
    }
}

#[test]
fn pages_that_look_like_years_after_a_volume() {
    // After a volume's colon or a label, a range of year-like numbers is pages.
    for text in [
        "Lind B, Okafor A. Tidal debridement of flats. Harbour Med 1994; 101:1935-1940.",
        "Lind B. Tidal debridement. Harbour Med. 1994;101(3):1935-1940.",
    ] {
        let r = parse(text);
        assert_eq!(r.volume.as_deref(), Some("101"), "{text}");
        assert_eq!(r.pages.as_deref(), Some("1935-1940"), "{text}");
    }
    // Elsewhere it is a span of years.
    let r = parse("Lind B. Tides of the North, 1935-1940. Harbour Press, 1990.");
    assert_eq!(r.pages, None);
}

#[test]
fn one_number_is_not_both_volume_and_pages() {
    let r = parse("M. Lind, R. J. Okafor, and B. Berg, Phys. Tide. 175,2195 ( 1968).");
    assert_eq!(r.volume.as_deref(), Some("175"));
    assert_eq!(r.pages.as_deref(), Some("2195"));
    let r = parse("[11] J. Lind, C.-M. Okafor, Tide Lett. 2010, 10, 1979.");
    assert_eq!(r.volume.as_deref(), Some("10"));
    assert_ne!(r.pages.as_deref(), Some("10"));
}

#[test]
fn a_title_of_the_journals_numbers_is_none() {
    for text in [
        "Harbour J Med 2005;352:174-83.",
        "Tidal Research Letters (2005) 21, 140-148",
    ] {
        let r = parse(text);
        assert_eq!(r.title, None, "{text}");
    }
    // A book named by a number keeps it.
    let r = parse("Lind, Ben M. 334. New York: Harbour, 1974.");
    assert_eq!(r.title.as_deref(), Some("334"));
}

#[test]
fn the_title_is_not_the_container_again() {
    // The model read "The Planning Organization." as the title and the container both, and the
    // report's number as its volume too.
    let r = parse("Lind, R. Hal and John C. Okafor. The Planning Organization. Harbour Research Institute Long-Range Planning Report No. 133. Menlo Park, California: Harbour Research Institute, 1962.");
    assert_eq!(r.title.as_deref(), Some("The Planning Organization"));
    assert_ne!(r.container, r.title);
    assert_eq!(r.number.as_deref(), Some("133"));
    assert_eq!(r.volume, None);
}

#[test]
fn a_bracket_left_open_at_a_values_end_goes() {
    let mut r = Reference {
        location: Some("Berlin(".into()),
        publisher: Some("Harbour Press,(".into()),
        container: Some("(".into()),
        ..Reference::default()
    };
    fields(&mut r);
    assert_eq!(r.location.as_deref(), Some("Berlin"));
    assert_eq!(r.publisher.as_deref(), Some("Harbour Press"));
    assert_eq!(r.container, None);
}

#[test]
fn a_volume_glued_to_the_journal_is_the_volume() {
    let glued = |c: &str, volume: Option<&str>| {
        let mut r = Reference {
            container: Some(c.into()),
            volume: volume.map(Into::into),
            date: Some(crate::reference::Date::year(2015)),
            ..Reference::default()
        };
        fields(&mut r);
        (
            r.container.unwrap_or_default(),
            r.volume.map(|v| v.to_string()),
        )
    };
    assert_eq!(
        glued("Invent. Math.102", None),
        ("Invent. Math.".into(), Some("102".into()))
    );
    assert_eq!(
        glued("Phys. Rev.D56", None),
        ("Phys. Rev.".into(), Some("D56".into()))
    );
    assert_eq!(
        glued("Tidal Studies,12", Some("12")),
        ("Tidal Studies".into(), Some("12".into()))
    );
    // An abbreviation's stop and the comma after it: "Astrophys.,49 ,409".
    assert_eq!(
        glued("Ann. Rev. Tidal Astrophys.,49", Some("49")),
        ("Ann. Rev. Tidal Astrophys.".into(), Some("49".into()))
    );
    // The stop set apart from its word by PDF text: "Space Sci .,7", "J .D42".
    assert_eq!(
        glued("Tidal Space Sci .,7", None),
        ("Tidal Space Sci".into(), Some("7".into()))
    );
    // Another volume given, a year, or a number that is part of the name: no change.
    assert_eq!(
        glued("Tidal Studies,12", Some("7")),
        ("Tidal Studies,12".into(), Some("7".into()))
    );
    assert_eq!(
        glued("Harbour University,2015", None),
        ("Harbour University".into(), None)
    );
    assert_eq!(glued("Web 2.0", None), ("Web 2.0".into(), None));
    // No mark between, a PDF's text without its space.
    assert_eq!(
        glued("Tidal instruments69", None),
        ("Tidal instruments".into(), Some("69".into()))
    );
    // Capitals or a year before the digits: an acronym's number, no volume.
    assert_eq!(glued("Tides B12", None), ("Tides B12".into(), None));
    assert_eq!(glued("Proc. TIDES99", None), ("Proc. TIDES99".into(), None));
    assert_eq!(
        glued("Proc. Tidecon2016", None),
        ("Proc. Tidecon2016".into(), None)
    );
}

/// "Lett. Nuovo Ci-mento.17 ,569": the page after a glued volume, read as both the volume and
/// the pages, is the pages.
#[test]
fn a_page_read_as_volume_and_pages_after_a_glued_volume() {
    let read = |pages: &str| {
        let mut r = Reference {
            raw: "Okafor, G. E., Tidal Lett. Rivers.17 ,569 ( 1976).".into(),
            container: Some("Tidal Lett. Rivers.17".into()),
            volume: Some("569".into()),
            pages: Some(pages.into()),
            ..Reference::default()
        };
        fields(&mut r);
        (
            r.container,
            r.volume.map(|v| v.to_string()),
            r.pages.map(|p| p.to_string()),
        )
    };
    assert_eq!(
        read("569"),
        (
            Some("Tidal Lett. Rivers.".into()),
            Some("17".into()),
            Some("569".into())
        )
    );
    // Other pages: the glued number stays.
    assert_eq!(
        read("12-19"),
        (
            Some("Tidal Lett. Rivers.17".into()),
            Some("569".into()),
            Some("12-19".into())
        )
    );
}

#[test]
fn a_journal_opening_the_entry_names_no_authors() {
    for text in [
        "Harbour Sci. Tides 1990, 38, 1205-1209",
        "Estuarine Medicine, 23, 348–359",
        "JOURNAL OF TIDES, June 1990, P. 2941-2947",
    ] {
        let r = parse(text);
        assert!(r.container.is_some(), "{text}");
        assert_eq!(r.authors, vec![], "{text}");
    }
    // Authors before the journal, or an outlet named as its own author, stay.
    let r = parse("Okafor, A. 1990. Tides and silt. Harbour Sci. Tides 38, 1205-1209.");
    assert_eq!(r.authors.len(), 1);
    let mut r = Reference {
        raw: "Harbour Post. 2016. Tides rise. Harbour Post, 3 May.".into(),
        authors: vec![crate::reference::Name::literal("Harbour Post")],
        container: Some("Harbour Post".into()),
        ..Reference::default()
    };
    fields(&mut r);
    assert_eq!(r.authors.len(), 1);
}

#[test]
fn the_imprint_again_is_no_container() {
    let mut r = Reference {
        container: Some("8 vols. (Paris: Harbour Leduc, )".into()),
        publisher: Some("Harbour Leduc".into()),
        location: Some("Paris".into()),
        ..Reference::default()
    };
    fields(&mut r);
    assert_eq!(r.container, None);
    // A container that names more than the imprint stays.
    let mut r = Reference {
        container: Some("Harbour Leduc Studies, 8".into()),
        publisher: Some("Harbour Leduc".into()),
        ..Reference::default()
    };
    fields(&mut r);
    assert!(r.container.is_some());
}

#[test]
fn a_paper_given_by_the_book_it_is_in() {
    // Astronomy's short style leaves the paper's title out: "in" opens the book's.
    for (text, book) in [
        ("Okafor N., Lind P., 2004, in ‘Dynamics of Young Star Clusters’, eds. Brandt K., Hale M., Kluwer, p. 211", "Dynamics of Young Star Clusters"),
        ("Lind B., 1999, in Proc. 12th Harbour Workshop on Tides, eds. Okafor A. et al., p. 33", "Proc. 12th Harbour Workshop on Tides"),
    ] {
        let r = parse(text);
        assert_eq!(r.container.as_deref(), Some(book), "{text}");
        assert_eq!(r.title, None, "{text}");
    }
    // A title in sentence case that opens with "in vitro" is the paper's own.
    let r = parse("Lind B., 2001. in vitro growth of tidal algae. Mar. Biol. 12, 33-40.");
    assert!(r
        .title
        .as_deref()
        .is_some_and(|t| t.starts_with("in vitro")));
}

#[test]
fn months_are_no_place() {
    for text in [
        "Okafor, A., “Tidal Heating of a Moored Body,” Journal of Harbours, vol. 49, no. 2, March-April 2012.",
        "Lind, Ben. \"The Harbour Board.\" Harbour Review, XLIII (January-February, 1965), pp. 49-62.",
    ] {
        assert_eq!(parse(text).location, None, "{text}");
    }
    assert!(months_only("July/August") && !months_only("Mayfield"));
}

#[test]
fn a_container_without_the_numbers_it_ran_into() {
    for (container, pages, kept) in [
        (
            "Handbook of aging and the social sciences (Seventh Edition, pp",
            None,
            "Handbook of aging and the social sciences",
        ),
        (
            "Person-Centered and Experiential Psychotherapies, 1(1 &",
            None,
            "Person-Centered and Experiential Psychotherapies, 1",
        ),
        (
            "Contact and perception (25-50)",
            Some("25-50"),
            "Contact and perception",
        ),
        ("NERC News, v. Autumn", None, "NERC News"),
        ("Vox September(17)", None, "Vox"),
        // A meeting's name and year in a bracket left open, the journal's own bracket, a
        // bracket holding other numbers than the pages: kept.
        (
            "Proceedings of Harbour Interface Software and Technology (HIST 94",
            None,
            "Proceedings of Harbour Interface Software and Technology (HIST 94",
        ),
        (
            "Contact and perception (25-50)",
            Some("91-103"),
            "Contact and perception (25-50)",
        ),
        ("Annals of Physics (N.Y.)", None, "Annals of Physics (N.Y.)"),
        ("Studies in Volume (3)", None, "Studies in Volume (3)"),
        // An issue's or volume's label without its number, after a comma or a space (and the
        // stop before it); after a space only the labels no name ends with.
        ("Hafenkunde, H", None, "Hafenkunde"),
        ("Revue des ports, t", None, "Revue des ports"),
        ("Rivista dei porti, a", None, "Rivista dei porti"),
        ("Revista de puertos, año", None, "Revista de puertos"),
        ("Der Hafen Nr", None, "Der Hafen"),
        ("Hafenblätter. Heft", None, "Hafenblätter"),
        ("Hafen-Anzeiger vom", None, "Hafen-Anzeiger"),
        ("Harbour Working Paper No", None, "Harbour Working Paper"),
        ("Anniversary Issue", None, "Anniversary Issue"),
        ("Tidal Studies Band", None, "Tidal Studies Band"),
        ("Nr", None, "Nr"),
    ] {
        assert_eq!(without_numbers_tail(container, pages), kept, "{container}");
    }
    // Then read as the journal's name and volume.
    let r = parse("Barrett-Lennard, G. T. (2002). The helping conditions. Person-Centered and Experiential Psychotherapies, 1(1 & 2), 144-155.");
    assert_eq!(
        r.container.as_deref(),
        Some("Person-Centered and Experiential Psychotherapies")
    );
    assert_eq!(r.volume.as_deref(), Some("1"));
}

#[test]
fn a_volume_glued_to_the_journal_before_its_page() {
    // PDF text without the space: the number after the glued volume is the page.
    for (text, journal, volume, pages) in [
        (
            "Okafor, C.: Tidal vectors. Eur. Phys. J. Plus132 ,62 ( 2017)",
            "Eur. Phys. J. Plus",
            "132",
            "62",
        ),
        (
            "Okafor, C., Lind, B., Tidal black holes ,Classical Quantum Gravity24 , 361(2007 ).",
            "Classical Quantum Gravity",
            "24",
            "361",
        ),
    ] {
        let r = parse(text);
        assert_eq!(r.container.as_deref(), Some(journal), "{text}");
        assert_eq!(r.volume.as_deref(), Some(volume), "{text}");
        assert_eq!(r.pages.as_deref(), Some(pages), "{text}");
    }
}

#[test]
fn a_numbered_document_before_its_quoted_title() {
    let r = parse("3GPP TS 23.161: \"Network-Based IP Flow Mobility (NBIFOM); Stage 2\".");
    assert_eq!(
        r.title.as_deref(),
        Some("Network-Based IP Flow Mobility (NBIFOM); Stage 2")
    );
    assert_eq!(r.number.as_deref(), Some("3GPP TS 23.161"));
    let r = parse("ISO/IEC 23090-6: “Immersive media metrics”.");
    assert_eq!(r.title.as_deref(), Some("Immersive media metrics"));
    // No number before the colon: a title's own head, kept.
    let r = parse("Harbour Studies: \"Tides and flats\".");
    assert_eq!(r.number, None);
}

#[test]
fn a_meeting_paper_set_off_by_a_comma_is_no_part_of_the_title() {
    let r = parse("Okafor, A. (2007): Shore Agencies and Coastal Governance, Paper presented at Joint Workshops of the Tidal Research Network, May 7-12.");
    assert_eq!(
        r.title.as_deref(),
        Some("Shore Agencies and Coastal Governance")
    );
    assert_eq!(
        r.container.as_deref(),
        Some("Paper presented at Joint Workshops of the Tidal Research Network")
    );
    assert_eq!(r.entry_type, EntryType::InProceedings);
    // The meeting's name goes on into what was read apart from it.
    let r = parse("Lind B. (2008) Rivers and Ports: Memory and Trade after 1850, unpublished paper presented at the 10th Anniversary Conference of the Journal of Harbour Studies, University of Leeds, Leeds.");
    assert_eq!(
        r.title.as_deref(),
        Some("Rivers and Ports: Memory and Trade after 1850")
    );
    assert_eq!(
        r.container.as_deref(),
        Some("unpublished paper presented at the 10th Anniversary Conference of the Journal of Harbour Studies")
    );
    // A title with no such comma is left as it is.
    let r = parse("Marsh, R. (2001). Tides. Paper presented at the Annual Meeting of the Coastal Society, Leeds, UK.");
    assert_eq!(r.title.as_deref(), Some("Tides"));
}

#[test]
fn a_meeting_paper_beside_another_container_is_left_as_it_is() {
    let text = "Okafor, A. (2001). Tides, Paper presented at the Meeting of the Coastal Society. Harbour Letters 3.";
    let mut r = Reference {
        title: Some("Tides, Paper presented at the Meeting of the Coastal".into()),
        container: Some("Harbour Letters".into()),
        publisher: Some("Society".into()),
        ..Reference::default()
    };
    let before = r.clone();
    meeting_paper_in_title(&mut r, text);
    assert_eq!(format!("{r:?}"), format!("{before:?}"));
    // With no other container the meeting takes the publisher read apart from it.
    r.container = None;
    meeting_paper_in_title(&mut r, text);
    assert_eq!(r.title.as_deref(), Some("Tides"));
    assert_eq!(
        r.container.as_deref(),
        Some("Paper presented at the Meeting of the Coastal Society")
    );
    assert_eq!(r.publisher, None);
}

#[test]
fn a_dash_between_place_and_publisher_is_neither_s() {
    let r =
        parse("JAMES, W., « Rivers and Valleys. », Boston - Little, Brown & Co., 1980, p. 649.");
    assert_eq!(r.location.as_deref(), Some("Boston"));
    assert_eq!(r.publisher.as_deref(), Some("Little, Brown & Co"));
    // German lists' ". - Place.": the title ends before the dash.
    let r = parse(
        "Okafor, T. (2007): Flüsse und Täler. Eine Einführung in Arbeit. - Weinheim und München.",
    );
    assert_eq!(
        r.title.as_deref(),
        Some("Flüsse und Täler. Eine Einführung in Arbeit")
    );
    let mut value = Some(String::from("– Berlin –"));
    super::keep(&mut value, super::without_spaced_dash);
    assert_eq!(value.as_deref(), Some("Berlin"));
    let mut value = Some(String::from("Berlin - New York"));
    super::keep(&mut value, super::without_spaced_dash);
    assert_eq!(value.as_deref(), Some("Berlin - New York"));
}

#[test]
fn a_place_written_as_german_lists_write_it_ends_the_title() {
    for (text, place) in [
        (
            "Okafor, Niklas (1984), Häfen und Systeme, Frankfurt a.M.",
            "Frankfurt a.M",
        ),
        (
            "Okafor, Niklas (1984), Häfen und Systeme, Frankfurt am Main.",
            "Frankfurt am Main",
        ),
        (
            "Okafor, Niklas (1984), Häfen und Systeme, Frankfurt a.M./New York.",
            "Frankfurt a.M./New York",
        ),
    ] {
        let r = parse(text);
        assert_eq!(r.title.as_deref(), Some("Häfen und Systeme"), "{text}");
        assert_eq!(r.location.as_deref(), Some(place), "{text}");
    }
    // A known city read as the publisher after another is the second place; one read as the
    // title's publisher before its city is the title.
    let mut r = Reference {
        title: Some("Tides".into()),
        publisher: Some("Basel".into()),
        location: Some("Frankfurt a.M".into()),
        ..Reference::default()
    };
    super::city_read_as_publisher(&mut r);
    assert_eq!(r.publisher, None);
    assert_eq!(r.location.as_deref(), Some("Frankfurt a.M, Basel"));
    let mut r = Reference {
        raw: "Lind, G. (1995), Hafenkunde, Frankfurt a.M.".into(),
        publisher: Some("Hafenkunde".into()),
        location: Some("Frankfurt a.M".into()),
        ..Reference::default()
    };
    super::title_read_as_place(&mut r);
    assert_eq!(r.title.as_deref(), Some("Hafenkunde"));
    assert_eq!(r.publisher, None);
    // "Sheffield: Sheffield": the publisher named by its city stays.
    let mut r = Reference {
        title: Some("Tides".into()),
        publisher: Some("Sheffield".into()),
        location: Some("Sheffield".into()),
        ..Reference::default()
    };
    super::city_read_as_publisher(&mut r);
    assert_eq!(r.publisher.as_deref(), Some("Sheffield"));
}

#[test]
fn a_books_title_read_into_its_place_is_its_title() {
    let r = parse("Brandt, Ilse (2003), Hafenstädte, Frankfurt a.M.");
    assert_eq!(r.title.as_deref(), Some("Hafenstädte"));
    assert_eq!(r.location.as_deref(), Some("Frankfurt a.M"));
    assert_eq!(r.entry_type, EntryType::Book);
    // The pass alone: a publisher before its city, a title found, a place of places: kept.
    for (title, location) in [
        (None, "Westview Press, Boulder"),
        (Some("Tides"), "Harbour Notes, Berlin"),
        (None, "London, New York"),
    ] {
        let mut r = Reference {
            title: title.map(String::from),
            location: Some(location.into()),
            ..Reference::default()
        };
        super::title_read_as_place(&mut r);
        assert_eq!(r.title.as_deref(), title, "{location}");
        assert_eq!(r.location.as_deref(), Some(location));
    }
    let mut r = Reference {
        location: Some("Hafenkunde, Berlin".into()),
        ..Reference::default()
    };
    super::title_read_as_place(&mut r);
    assert_eq!(r.title.as_deref(), Some("Hafenkunde"));
    assert_eq!(r.location.as_deref(), Some("Berlin"));
}

#[test]
fn the_words_before_a_link_close_no_value() {
    for (value, kept) in [
        (
            "BASF Bericht 2009: Leistung, online unter",
            "BASF Bericht 2009: Leistung",
        ),
        (
            "Die Mitwirkungspflicht, abrufbar unter:",
            "Die Mitwirkungspflicht",
        ),
        ("Währungsrechner unter", "Währungsrechner"),
        ("Harbour Atlas. Available at", "Harbour Atlas"),
        ("Revue des ports, disponible sur", "Revue des ports"),
        // Not a word ending in "unter", nor "unter" inside a title.
        ("Gunter", "Gunter"),
        ("Leben unter Palmen", "Leben unter Palmen"),
    ] {
        assert_eq!(super::without_link_lead(value), kept, "{value}");
    }
}

#[test]
fn a_chapters_title_ends_before_its_pages_and_book() {
    let r = parse("Okafor, D. A., 1979: Evaluating Harbour Policies. S. 179-200 in: Lind, R./Meyer, F. (Hrsg.), Evaluating Harbour Law. Lexington, Mass.: Lexington.");
    assert_eq!(r.title.as_deref(), Some("Evaluating Harbour Policies"));
    assert_eq!(r.pages.as_deref(), Some("179-200"));
    // The pass alone: "in:" with no stop before it, once the book or its editors are read.
    let mut r = Reference {
        title: Some(
            "Harbours and tides – the gendered use of docks in: Lind, Peter (Hrsg.)".into(),
        ),
        container: Some("Review of Harbour Policies".into()),
        ..Reference::default()
    };
    super::title_run_into_chapter(&mut r);
    assert_eq!(
        r.title.as_deref(),
        Some("Harbours and tides – the gendered use of docks")
    );
    let mut r = Reference {
        title: Some("Reading in: a study".into()),
        ..Reference::default()
    };
    super::title_run_into_chapter(&mut r);
    assert_eq!(r.title.as_deref(), Some("Reading in: a study"));
}

#[test]
fn a_date_after_vom_closes_no_title() {
    let r = parse("Gesetz über Häfen und Deiche (lov om havne) vom 13.08.2003.");
    assert_eq!(
        r.title.as_deref(),
        Some("Gesetz über Häfen und Deiche (lov om havne)")
    );
    // Not a date of another year, nor words after "vom".
    for title in [
        "Briefe vom 3.3.1887",
        "Vom Winde verweht",
        "Das Lied vom Hafen",
    ] {
        let mut r = Reference {
            title: Some(title.into()),
            date: Some(crate::reference::Date::year(2003)),
            ..Reference::default()
        };
        super::date_closing_title(&mut r);
        assert_eq!(r.title.as_deref(), Some(title));
    }
}

#[test]
fn lone_quote_marks_leave_a_value() {
    for (value, kept) in [
        (
            "Die Hafengemeinschaft 1935–1945«",
            "Die Hafengemeinschaft 1935–1945",
        ),
        ("»Hafen und Raum", "Hafen und Raum"),
        ("Tides and Harbours”", "Tides and Harbours"),
        ("\"Tides and Harbours", "Tides and Harbours"),
        // Partners inside stay, and so does a value quoted whole.
        ("»Sinn« und Form", "»Sinn« und Form"),
        ("Die »Neue Welt«", "Die »Neue Welt«"),
        ("„Tides“", "„Tides“"),
        ("Plain title", "Plain title"),
    ] {
        assert_eq!(super::without_lone_quotes(value), kept, "{value}");
    }
}

#[test]
fn the_mark_of_a_chapters_book_is_no_place() {
    // The "In:" before a journal or a book had been read as a place before a colon.
    for t in [
        "Brandt, Ulrich (1984): Organisational Routines and Industrial Paths. A Proposed Reading \
         of the Sources and Courses of Technical Change. In: Research Policy, 13 S. 201-219.",
        "Brandt, Ulrich: Armut als Stadtrisiko? Das „Nomaden-Syndrom“ der entwickelten \
         Dienstleistungsgesellschaften. In: Soziale Welt 4/1988, S. 397-412",
        "Hale, Tom/Mott, Carla 2006: We Need To Be Patient with Russia, in: International \
         Herald Tribune, 13.7.2006, 6.",
        "Weber, Anna 2004: People Power Cooks Up a Storm in Kiev, in: The New York Times, \
         9.12.2004.",
    ] {
        let r = parse(t);
        assert_eq!(r.location, None, "{t}");
    }
}

#[test]
fn a_city_alone_read_as_the_publisher_is_the_place() {
    for (t, place) in [
        (
            "Brandt, U. (2005): Kleine Städte im Wandel. Forschungs- und Sitzungsberichte der \
             Akademie, Band 231. Hannover.",
            "Hannover",
        ),
        (
            "[7] Hale, T. 1994. Understanding Harbours A Primer. Academic Publishers. Dhaka.",
            "Dhaka",
        ),
        (
            "Weber, Anna (1998), Grundfragen der Stadtplanung, Berlin/New York.",
            "Berlin/New York",
        ),
    ] {
        let r = parse(t);
        assert_eq!(r.location.as_deref(), Some(place), "{t}");
        assert_eq!(r.publisher, None, "{t}");
    }
    // A book that names its place and year only stays a book.
    let r = parse("Weber, Anna (1998), Grundfragen der Stadtplanung, Berlin/New York.");
    assert_eq!(r.entry_type, EntryType::Book);
}

#[test]
fn counts_of_pages_with_their_label_joined_or_in_lower_case() {
    // "702p." joined to its label, Czech and Slovak "634 s.": counts, not pages.
    for (text, count) in [
        ("Lind, Anna. Les ports. Paris : Seuil, 1998, 702p.", "702"),
        (
            "Lind, Anna. Prístavy. Bratislava: Iura, 2007. 634 s.",
            "634",
        ),
    ] {
        let r = parse(text);
        assert_eq!(r.pagetotal.as_deref(), Some(count), "{text}");
        assert_eq!(r.pages, None, "{text}");
    }
    assert!(!super::PAGE_COUNT.is_match("Harbours of the 1990s."));
}

#[test]
fn a_place_without_the_edition_or_note_read_into_it() {
    use super::edges::{after_book_mark, without_edition_head, without_manuscript_note};
    for (value, place) in [
        ("A.. Opladen", "Opladen"),
        ("A. München", "München"),
        ("Aufl.) Bielefeld", "Bielefeld"),
        ("Aufl.). – Schwalbach/Ts", "Schwalbach/Ts"),
        ("Auflage, Bern u.a", "Bern u.a"),
        ("ed. London", "London"),
        // A place's own first letters stay.
        ("Aachen", "Aachen"),
        ("Amsterdam", "Amsterdam"),
        ("Edinburgh", "Edinburgh"),
        ("A Coruña", "A Coruña"),
    ] {
        assert_eq!(without_edition_head(value), place, "{value}");
    }
    assert_eq!(without_manuscript_note("München (Ms.)"), "München");
    assert_eq!(
        without_manuscript_note("Frankfurt a. M. (mimeo)"),
        "Frankfurt a. M."
    );
    assert_eq!(without_manuscript_note("Cambridge (MA)"), "Cambridge (MA)");
    assert_eq!(
        after_book_mark("in: Washington Post"),
        Some("Washington Post")
    );
    assert_eq!(after_book_mark("In"), Some(""));
    assert_eq!(after_book_mark("in Würzburg"), None);
    assert_eq!(after_book_mark("Indianapolis"), None);
}

#[test]
fn an_edition_or_a_newspaper_read_as_the_place() {
    let r = parse("Okafor, A., 1999: Methoden der Hafenforschung, 6.A. Bremen: Oldenbourg.");
    assert_eq!(r.location.as_deref(), Some("Bremen"));
    let r = parse("Lindqvist, B. (2004): Gezeiten. (2. Aufl.) Bielefeld: Transcript.");
    assert_eq!(r.location.as_deref(), Some("Bielefeld"));
    let r = parse("Lind, Jim 2006: Don’t Give Up On the Harbour, in: Washington Post, 17.11.2006.");
    assert_eq!(r.location, None);
    assert_eq!(r.container.as_deref(), Some("Washington Post"));
}

#[test]
fn a_citys_abbreviated_first_word_is_the_places() {
    for (text, title, place) in [
        (
            "Okafor, B. (2010). Harbours and the state. St. Louis, MO: Tide Press.",
            "Harbours and the state",
            "St. Louis, MO",
        ),
        (
            "Okafor, B. (2010). Harbours. Ft. Collins, CO: Tide Press.",
            "Harbours",
            "Ft. Collins, CO",
        ),
    ] {
        let r = parse(text);
        assert_eq!(r.title.as_deref(), Some(title), "{text}");
        assert_eq!(r.location.as_deref(), Some(place), "{text}");
        assert_eq!(r.container, None, "{text}");
    }
}
