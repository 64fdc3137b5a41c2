//! Chapters and proceedings papers in the styles the style sweep found read wrong: chemistry's
//! (Angewandte Chemie, Wiley-VCH's journals: no title of their own, the book after "in" right
//! after the names), Elsevier's Harvard (", in:" after the title) and Springer's series after
//! the book ("ICALP 2005. LNCS, vol. 3580").

use super::super::parse;

#[test]
fn book_after_in_with_no_title() {
    let r = parse(
        "[4] L. L. Okafor, W. E. Lindqvist, R. E. Marsh in Proceedings of the Pest Conference, 1990, pp. 87–90.",
    );
    let families: Vec<&str> = r.authors.iter().map(|n| n.family()).collect();
    assert_eq!(families, ["Okafor", "Lindqvist", "Marsh"]);
    assert_eq!(r.title, None);
    assert_eq!(
        r.container.as_deref(),
        Some("Proceedings of the Pest Conference")
    );
    let r = parse("[7] A. Bookstein, S. T. Klein in Proceedings of the Annual SIGIR Conference, 1995, p. 319.");
    assert_eq!(r.authors.len(), 2);
    assert_eq!(r.title, None);
}

#[test]
fn in_colon_after_the_title_opens_the_book() {
    let r = parse(
        "Okafor, B., Lindqvist, M., 1985. The acquisition of Yoruba, in: Marsh, R. (Ed.), The Study of Language Acquisition. Erlbaum, Hillsdale, NJ, pp. 839–878.",
    );
    assert_eq!(r.title.as_deref(), Some("The acquisition of Yoruba"));
    let r = parse(
        "Okafor, B., Lindqvist, M., 1994. Garbage collection for typed languages, in: Proceedings of the 1994 ACM Conference on Lisp. Orlando, FL, pp. 12–23.",
    );
    assert_eq!(
        r.title.as_deref(),
        Some("Garbage collection for typed languages")
    );
    assert_eq!(
        r.container.as_deref(),
        Some("Proceedings of the 1994 ACM Conference on Lisp")
    );
}

#[test]
fn natures_book_before_its_editors_in_brackets() {
    // "in Book (eds Names) pages (Publisher, City, Year)."
    let r = parse("12. Okafor, A. Rivers and their towns. in Essays on the Valley (eds Marsh, T. & Lindqvist, M.) 14–38 (University of Chicago Press, Chicago, 1994).");
    assert_eq!(r.title.as_deref(), Some("Rivers and their towns"));
    assert_eq!(r.container.as_deref(), Some("Essays on the Valley"));
    let editors: Vec<&str> = r.editors.iter().map(|n| n.family()).collect();
    assert_eq!(editors, ["Marsh", "Lindqvist"]);
    assert_eq!(r.pages.as_deref(), Some("14–38"));
    assert_eq!(r.volume, None);
    assert_eq!(r.publisher.as_deref(), Some("University of Chicago Press"));
    assert_eq!(r.location.as_deref(), Some("Chicago"));
    let r = parse("3. Okafor, A. Negation in the valley. in Logic and Towns (eds Marsh, T. & Lindqvist, M.) (Plenum Press, New York, 1978).");
    assert_eq!(r.container.as_deref(), Some("Logic and Towns"));
    assert_eq!(r.publisher.as_deref(), Some("Plenum Press"));
    assert_eq!(r.location.as_deref(), Some("New York"));
}

#[test]
fn editors_keep_all_their_initials_and_not_the_in() {
    let given = |r: &crate::reference::Reference| -> Vec<String> {
        r.editors
            .iter()
            .map(|n| match n {
                crate::reference::Name::Person { given, .. } => {
                    given.as_deref().unwrap_or_default().to_string()
                }
                crate::reference::Name::Literal { literal } => literal.to_string(),
            })
            .collect()
    };
    for (text, want) in [
        (
            "Okafor, B. (2011). Time and memory. In K. M. Lindqvist (Ed.), Memory studies \
             (pp. 58–67). Leeds: Northgate.",
            vec!["K. M."],
        ),
        (
            "Okafor, B. (2011). Time and memory. In P. Brenner and K. M. Lindqvist (Eds.), \
             Memory studies (pp. 58–67). Leeds: Northgate.",
            vec!["P.", "K. M."],
        ),
        (
            "Okafor, B. (2011) ‘Time and memory’, in P. Brenner and K. M. Lindqvist (eds) \
             Memory Studies, pp. 58–67. Leeds: Northgate.",
            vec!["P.", "K. M."],
        ),
        (
            "Okafor, B. (2011). Time and memory. In H. J. M. Brenner & G. Dimitri (Eds.), \
             Memory studies. Leeds: Northgate.",
            vec!["H. J. M.", "G."],
        ),
    ] {
        let r = parse(text);
        assert_eq!(given(&r), want, "{text}");
    }
}

/// A chapter's or article's title that ran on into the "in:" of its book or journal, with no
/// mark before it, ends before the "in".
#[test]
fn in_mark_after_a_title_with_no_stop() {
    let r = parse("Okafor, Nora, 1999: Rivers am Arbeitsmarkt: dänische Reformkonzepte in: WIP Occasional Paper 4: 5-16.");
    assert_eq!(
        r.title.as_deref(),
        Some("Rivers am Arbeitsmarkt: dänische Reformkonzepte")
    );
}

#[test]
fn a_german_book_keeps_its_subtitle_up_to_the_city() {
    // "in: Editor (Hg.), Book. Subtitle, City[, S. pages]": the subtitle is the book's, not a
    // publisher before its city.
    for (text, book, place) in [
        (
            "Albers, Karin (2001), »Städte im Umbruch«, in: Ostmann, Petra (Hg.), \
             Stadtforschung heute. Beiträge zur Soziologie des Raumes, Berlin, S. 45–67.",
            "Stadtforschung heute. Beiträge zur Soziologie des Raumes",
            "Berlin",
        ),
        (
            "Lenz, Tobias (1999): Arbeit und Freizeit, in: Vogt, R. (Hg.): Alltag im Wandel. \
             Eine Einführung in die Kultursoziologie, München.",
            "Alltag im Wandel. Eine Einführung in die Kultursoziologie",
            "München",
        ),
    ] {
        let r = parse(text);
        assert_eq!(r.container.as_deref(), Some(book), "{text}");
        assert_eq!(r.location.as_deref(), Some(place), "{text}");
        assert_eq!(r.publisher, None, "{text}");
    }
}

#[test]
fn a_book_after_in_is_no_subtitle_of_the_chapter() {
    // The model reads the chapter's title on over "in:" and the book; the book is still the
    // container, not a subtitle of the chapter's title.
    let r = parse(
        "Vogel, Anna (1998), »Schule und Nation. Lehrerbildung in der deutschen Provinz des \
         späten Kaiserreichs«, in: Winter, Paul (Hg.), Bildungswelten. Zur Kulturgeschichte \
         des deutschen Schulwesens, Berlin.",
    );
    assert_eq!(
        r.title.as_deref(),
        Some("Schule und Nation. Lehrerbildung in der deutschen Provinz des späten Kaiserreichs")
    );
    assert_eq!(
        r.container.as_deref(),
        Some("Bildungswelten. Zur Kulturgeschichte des deutschen Schulwesens")
    );
}

#[test]
fn springers_series_after_the_book_is_no_part_of_it() {
    for (text, book) in [
        (
            "Okafor, B.: Tidal mixing. In: Lindqvist, M. (ed.) ICALP 2005. LNCS, vol. 3580, pp. \
             1–15. Springer, Heidelberg (2005)",
            "ICALP 2005",
        ),
        (
            "Okafor, B.: Tidal mixing. In: Lindqvist, M. (ed.) Proceedings of the Workshop on \
             Tides. Lecture Notes in Computer Science, vol. 1234, pp. 1–15. Springer, \
             Heidelberg (2005)",
            "Proceedings of the Workshop on Tides",
        ),
    ] {
        assert_eq!(parse(text).container.as_deref(), Some(book), "{text}");
    }
}

#[test]
fn a_label_alone_is_no_book() {
    // CSE: the pages before "in" and the editors; German: the label after the journal.
    for (text, book) in [
        (
            "Okafor, B. 2011. Wave loads on piers. Pages 55-70 in R. Lind and S. Marsh, editors. \
             Coastal structures. Harbour Press, Reston, Virginia, USA.",
            "Coastal structures",
        ),
        (
            "LINDNER, M. (1996): Bauen am Hafen. In: Die alte Werft, Heft 4, S. 332- 341.",
            "Die alte Werft",
        ),
    ] {
        let r = parse(text);
        assert_eq!(r.container.as_deref(), Some(book), "{text}");
    }
    // A series' issue label after the title: no container, and the title ends before it.
    let r = parse(
        "Lindner, A./Marsh, J. (1999):Soziale Fähigkeiten im Hafen, Schriften aus dem Institut \
         für Hafenforschung, Heft 8, Lüneburg.",
    );
    assert_eq!(r.container, None);
    assert_eq!(
        r.title.as_deref(),
        Some("Soziale Fähigkeiten im Hafen, Schriften aus dem Institut für Hafenforschung")
    );
}

#[test]
fn in_another_language_after_the_title_opens_the_book() {
    // Polish "W:" and Swedish "I:" before the book's editors (the model, trained on none,
    // reads the title on over them), pages labelled "s." in brackets.
    for (text, title, book, pages) in [
        (
            "Nowak, J. (2015). Porty Bałtyku. W: A. Kowalski (red.), Historia żeglugi (s. 45–67). \
             Gdańsk: Wydawnictwo Morskie.",
            "Porty Bałtyku",
            "Historia żeglugi",
            "45–67",
        ),
        (
            "Berg, L. (2009). Hamnar och städer. I: K. Lund (red.), Kustens historia (s. 45–67). \
             Stockholm: Atlantis.",
            "Hamnar och städer",
            "Kustens historia",
            "45–67",
        ),
    ] {
        let r = parse(text);
        assert_eq!(r.title.as_deref(), Some(title), "{text}");
        assert_eq!(r.container.as_deref(), Some(book), "{text}");
        assert_eq!(r.pages.as_deref(), Some(pages), "{text}");
        assert_eq!(r.editors.len(), 1, "{text}");
    }
    // A part's number is no "In": "I: Development" stays in the title.
    let r = parse(
        "Okafor, B. (1986). Meander flow model. I: Development. Journal of Harbour Engineering, \
         112(12), 1117-1135.",
    );
    assert_eq!(
        r.title.as_deref(),
        Some("Meander flow model. I: Development")
    );
}

#[test]
fn mla_chapter_with_a_university_press_abbreviated() {
    // The model, having seen few "U of ... P", reads it as a second book: the rules'
    // publisher stands.
    for text in [
        "Okafor, Bisi. \"Tides and Towns.\" Coastal Histories, edited by Rhea Kim, U of Chicago P, 2014, pp. 112-38.",
        "Okafor, Bisi. \"Tides and Towns.\" Coastal Histories, edited by Rhea Kim and Lena Haas, U of Chicago P, 2014, pp. 112-38.",
    ] {
        let r = parse(text);
        assert_eq!(r.container.as_deref(), Some("Coastal Histories"), "{text}");
        assert_eq!(r.publisher.as_deref(), Some("U of Chicago P"), "{text}");
        assert_eq!(r.editors[0].family(), "Kim", "{text}");
    }
}

#[test]
fn a_chapters_number_is_no_volume() {
    for text in [
        "B. Okafor, \"Tides and towns,\" in Coastal Histories, R. Kim and L. Haas, Eds. Chicago, IL, USA: Univ. Chicago Press, 2014, ch. 4, pp. 112-138.",
        "Kim R, Haas L, editors. Coastal engineering. 2nd ed. New York: Springer; 2015. Chapter 4, Harbours; p. 45-67.",
    ] {
        let r = parse(text);
        assert_eq!(r.volume, None, "{text}");
        assert!(r.pages.is_some(), "{text}");
    }
}

#[test]
fn harvard_eds_after_the_book() {
    // Cite Them Right: the book, "eds" with no stop, the editors, then publisher and city.
    let text = "Okafor, B. (2015) 'Tides', in Coastal Histories, eds R. Kim and L. Haas, Routledge, London, pp. 45-67.";
    for fields in [
        crate::reference::ModelFields::NONE,
        crate::reference::MODEL_FIELDS,
    ] {
        let r = crate::reference::parse_with(text, fields);
        let editors: Vec<&str> = r.editors.iter().map(|n| n.family()).collect();
        assert_eq!(editors, ["Kim", "Haas"], "{fields:?}");
        assert_eq!(
            r.container.as_deref(),
            Some("Coastal Histories"),
            "{fields:?}"
        );
    }
    let r = parse(text);
    assert_eq!(r.publisher.as_deref(), Some("Routledge"));
    assert_eq!(r.location.as_deref(), Some("London"));
}

#[test]
fn emerald_series_in_brackets_after_the_book() {
    let r = parse(
        "Okafor, B. (2015), \"Tides\", Kim, R. and Haas, L. (Ed.) Coastal Histories (Advances in Coastal Studies, Vol. 5), Emerald, Bingley, pp. 45-67.",
    );
    assert_eq!(r.container.as_deref(), Some("Coastal Histories"));
    assert_eq!(r.series.as_deref(), Some("Advances in Coastal Studies"));
    assert_eq!(r.volume.as_deref(), Some("5"));
}

/// SAGE's Vancouver names the book, then its editors in brackets ("In: Coastal Histories (eds
/// Kim R and Haas L)."); NLM names them first ("In: Kim R, Haas L, editors."). A title of one
/// word after one author reads as the title, not as the author's family name.
#[test]
fn vancouver_chapters_with_the_book_before_or_after_its_editors() {
    for (text, authors, title, book) in [
        (
            "Okafor B, Lind C. Tides. In: Coastal Histories (eds Kim R and Haas L). London: Routledge, 2015, pp.10-20.",
            &["Okafor", "Lind"][..],
            "Tides",
            "Coastal Histories",
        ),
        (
            "Marsh T, Okafor B. Harbour cranes and their keepers. In: The Port Book (eds Kim R, Haas L and Lind C). Oxford: Blackwell, 2009, pp.101-120.",
            &["Marsh", "Okafor"],
            "Harbour cranes and their keepers",
            "The Port Book",
        ),
        (
            "Okafor B. Tides. In: Kim R, Haas L, editors. Coastal Histories. London: Routledge; 2015. p. 10-20.",
            &["Okafor"],
            "Tides",
            "Coastal Histories",
        ),
        (
            "Lind C. Estuaries. In: Rivers in Time (eds Kim RA and Haas LM). 2nd ed. Cambridge: Polity, 2011, pp.5-19.",
            &["Lind"],
            "Estuaries",
            "Rivers in Time",
        ),
    ] {
        let r = parse(text);
        let families: Vec<&str> = r.authors.iter().map(|n| n.family()).collect();
        assert_eq!(families, authors, "{text}");
        assert_eq!(r.title.as_deref(), Some(title), "{text}");
        assert_eq!(r.container.as_deref(), Some(book), "{text}");
        let editors: Vec<&str> = r.editors.iter().map(|n| n.family()).collect();
        assert_eq!(editors[..2], ["Kim", "Haas"][..], "{text}");
    }
}
