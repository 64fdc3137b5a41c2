use super::piece_end::imprint_opens;
use super::*;
use crate::reference::parse::{assert_matches, captured};

#[test]
fn editors_after_titles() {
    assert!(EDITED_BY_ANY.is_match("Edited by Roy Harvey Pearce. New York"));
    assert!(EDITED_BY_ANY.is_match("Dom Casmurro, ed. by Giaccaria, Paolo"));
    assert!(!EDITED_BY_ANY.is_match("2nd ed. London"));
    // The byte test lets through every text the pattern matches.
    for t in [
        "Edited by Roy Harvey Pearce. New York",
        "Dom Casmurro, ed. by Giaccaria, Paolo",
        "Book. Eds. A. Name",
        "Book. (Eds D Armitage, F Berkes)",
        "Book, ( ed J.H. Neyrey;",
        "Book, (\u{a0}Ed A. Name)",
        "Edited and translated by Donald Nicholson-Smith.",
        "Kritik der reinen Vernunft. Hg. von Jens Timmermann. Hamburg",
        "Geschichte der Lesekultur. Hrsg. v. Mireille Serrano.",
        "Salutogenese, hg. v. Alexa Franke, Tübingen.",
        "Sämtliche Werke. Herausgegeben von Peter Meinhold.",
        "in Le forme del racconto, a cura di Robert Di Marco, Roma",
        "Les Essais, édité par Pierre Villey, Paris",
        "Les Essais, éd. par Pierre Villey, Paris",
        "Historia wybrzeża, red. A. Nowak, Warszawa",
    ] {
        assert!(EDITED_BY_ANY.is_match(t) && may_mark_editors(t), "{t}");
    }
    assert!(!may_mark_editors("Based on the used data (2019), 12–20."));
}

/// The editors' family names of a parsed reference.
fn editor_families(raw: &str) -> Vec<String> {
    crate::reference::parse(raw)
        .editors
        .iter()
        .map(|n| match n {
            crate::reference::Name::Person { family, .. } => family.to_string(),
            other => other.cite_name(),
        })
        .collect()
}

#[test]
fn editors_after_another_languages_mark_in_a_sentence_of_their_own() {
    for (raw, family) in [
        (
            "Okafor, G. (1990). Opere. A cura di Andrea Lind. Milano: Mondadori.",
            "Lind",
        ),
        (
            "Okafor, G. Kritik. Herausgegeben von Jens Lind. Hamburg: Meiner, 1998.",
            "Lind",
        ),
        (
            "Okafor, G. Intégrer. Sous la direction de Ada Lind. Paris: Belin, 2014.",
            "Lind",
        ),
    ] {
        let r = crate::reference::parse(raw);
        assert_eq!(editor_families(raw), vec![family.to_string()], "{raw}");
        assert!(!r.title.as_deref().unwrap_or("").contains(family), "{raw}");
    }
}

#[test]
fn editor_marks_before_and_after_names() {
    // "eds." closing a chapter's editors, not opening the book's title.
    assert_eq!(
        editor_families(
            "Okafor, N. & Lindqvist, P., 1972. Leaf spots of the bean. In: R. T. Mensah & \
             J. K. Osei, eds. Plant pathology now. Leeds: Harrow."
        ),
        ["Mensah", "Osei"]
    );
    // Given-first editors marked after them with other roles and languages.
    assert_eq!(
        editor_families(
            "Duval, Anne, « Les maires et l’État », Claire DUMONT (dir.), La France locale, \
             Lyon, Presses du Rhône, 1991, p. 12-40."
        ),
        ["DUMONT"]
    );
    // MLA's publisher after the editors, a comma between them: not a name of the list.
    assert_eq!(
        editor_families(
            "Lund, Eva. “Harbour Songs.” Tides and Towns, edited by Hana Okafor, Leeds \
             University Press, 2010, pp. 33–40."
        ),
        ["Okafor"]
    );
    assert_eq!(
        split_at_piece_end("Hana Okafor, Leeds University Press, 2010, pp. 33–40.").0,
        "Hana Okafor"
    );
    assert_eq!(
        split_at_piece_end("Okafor, Hana, and Marsh, Jo. Leeds: Harrow").0,
        "Okafor, Hana, and Marsh, Jo"
    );
    assert_eq!(
        editor_families(
            "Lund, Eva. “Harbour Songs.” Tides and Towns, edited by Hana Okafor and Jo Marsh, \
             W. W. Norton, 2010, pp. 33–40."
        ),
        ["Okafor", "Marsh"]
    );
    // Spanish "en" before a chapter's editors; French "(sous la dir. de)"; French "éd. par"
    // after a comma-separated title.
    assert_eq!(
        editor_families(
            "LIND, Eva (2001): «La ciudad y sus puertos», en Okafor, W. (coord.), Puertos \
             del sur, Madrid, Cátedra, pp. 357-376."
        ),
        ["Okafor"]
    );
    let r = crate::reference::parse::parse_with(
        "LIND, Eva (2001): «La ciudad y sus puertos», en Okafor, W. (coord.), Puertos del sur, \
         Madrid, Cátedra, pp. 357-376.",
        crate::reference::parse::ModelFields::NONE,
    );
    assert_eq!(r.editors.len(), 1);
    assert!(r
        .container
        .as_deref()
        .unwrap_or("")
        .starts_with("Puertos del sur"));
    assert_eq!(
        editor_families(
            "Lind E., « Les ports », in Okafor M. (sous la dir. de), Villes et ports, Paris, \
             Fayard, 1984, p. 461-494."
        ),
        ["Okafor"]
    );
    for mark in ["éd. par", "édité par", "a cura di", "hg. von"] {
        let raw = format!("Lind, Eva, Les ports du Nord, {mark} Hana Okafor, Lyon, Droz, 1956.");
        assert_eq!(editor_families(&raw), ["Okafor"], "{raw}");
        assert_eq!(
            crate::reference::parse::parse_with(&raw, crate::reference::parse::ModelFields::NONE)
                .title
                .as_deref(),
            Some("Les ports du Nord"),
            "{raw}"
        );
    }
    // Scandinavian "I:" and "(red.)"; Dutch "(red.)".
    for raw in [
        "Lind, E. (2004). Staden och hamnen. I: H. Okafor (red.), Kustens historia (s. 45–67). \
         Stockholm: Norstedts.",
        "Lind, E. (2004). De stad en de haven. In: H. Okafor (red.), Geschiedenis van de kust \
         (pp. 45–67). Amsterdam: Boom.",
    ] {
        assert_eq!(editor_families(raw), ["Okafor"], "{raw}");
    }
    // Polish "red." before the names.
    assert_eq!(
        editor_families(
            "Lind E., Miasto i port, [w:] Historia wybrzeża, red. A. Okafor, Warszawa: PWN, \
             2001, s. 12–30."
        ),
        ["Okafor"]
    );
    // A one-word publisher after a whole name written given first.
    assert_eq!(
        split_at_piece_end("Hana Okafor, Routledge, 2001, pp. 12–30.").0,
        "Hana Okafor"
    );
    // An organisation edits, read whole; names joined by "u." stay names.
    let literal = |names: &str| match editors_before_role(names).as_slice() {
        [crate::reference::Name::Literal { literal }] => Some(literal.to_string()),
        _ => None,
    };
    assert_eq!(
        literal("Bundeszentrale für politische Bildung").as_deref(),
        Some("Bundeszentrale für politische Bildung")
    );
    assert_eq!(
        literal("Harbour Research Institute").as_deref(),
        Some("Harbour Research Institute")
    );
    for names in [
        "Hana Okafor u. Jo Marsh",
        "Hana Okafor u.a.",
        "Okafor, Hana",
    ] {
        assert_eq!(literal(names), None, "{names}");
    }
    // "dies." ("the same") as the name reader has it.
    assert_eq!(literal("dies.").as_deref(), Some("dies"));
    // French "(éd.)" with its accent, not a family name of its own.
    assert_eq!(
        editor_families(
            "Morin, A., « Le pain et la ville », in M. Lefort (éd.), Les villes du Nord, \
             Paris 1994, pp. 25-44."
        ),
        ["Lefort"]
    );
    assert_eq!(
        editor_families(
            "Hegel, G. W. F., Lectures on Art, Mary R. Clarke (ed. and trans.) (Boston, MA: \
             Harbor Press, 1977)."
        ),
        ["Clarke"]
    );
    // ", Ed." after a name with initials closes it; the publisher follows.
    assert_eq!(
        editor_families(
            "Ibarra, L. and Holm, K. 1981. Partial evaluation of loops. In Proceedings of the \
             Working Conference on Program Schemes, T. Wendt, Ed. North-Holland Pub. Co., \
             Amsterdam, 41-60."
        ),
        ["Wendt"]
    );
    assert!(initialled_name(" E. Neuhold"));
    assert!(!initialled_name("Confessions"));
    assert!(!initialled_name("Neuhold E."));
    assert_eq!(
        editor_families("Brandt, Eva. Stille Jahre. Inka Vollmer (Hg.). Leipzig: Sander, 2004."),
        ["Vollmer"]
    );
    // "(Eds" without its stop, the bracket closing the list.
    assert_eq!(
        editor_families(
            "Mbeki T (2011) Rivers and fishing rights. In Water Law in Practice. (Eds K \
             Naidoo, J Smit) pp. 10–30. Cape Press, Durban."
        ),
        ["Naidoo", "Smit"]
    );
    // The role said again after the names.
    assert_eq!(
        editor_families(
            "Ito, Ken, \"Trade Routes,\" in Maritime Worlds, ed. by Hale, Robert and Ortiz, \
             Maria, eds. (Boston: Harbor Press, 2011), pp. 5-20."
        ),
        ["Hale", "Ortiz"]
    );
}

#[test]
fn what_is_no_editor_list() {
    // A meeting's acronym, and a bracket left open after names it closed.
    let eds = editor_families(
        "Sato, K., Mori, T. Fast sparse codes for small robots Ueda, T., Park, J.S. (eds ICRA)",
    );
    assert!(!eds.iter().any(|e| e == "ICRA"), "{eds:?}");
    assert_eq!(
        editor_families(
            "Lind, A. Quick graphs for slow disks. In: Aalto, J.K., Brenner, R. (eds \
             Springer Heidelberg 2011"
        ),
        ["Aalto", "Brenner"]
    );
    // An organisation may edit.
    assert_eq!(
        editor_families(
            "\"Handbook of Glazes\", (edited by Society of Ceramic Arts (Toki Kyokai), 1981)"
        ),
        ["Society of Ceramic Arts"]
    );
}

#[test]
fn a_journal_ends_before_a_dated_issue() {
    let s = "Harbour life, 25/04/2013, n°1103, pp. 16-18.";
    assert_eq!(&s[..numbers_start(s)], "Harbour life");
    // A number before a slash that is no date stays in the name.
    let s = "Web 2/3 Studies, 12";
    assert_eq!(&s[..numbers_start(s)], "Web 2/3 Studies");
    // Pages labelled "s." (Polish, Czech, Scandinavian) or "S." (German), in brackets or not.
    for s in [
        "Historia żeglugi (s. 45–67)",
        "Historia żeglugi, s. 45–67",
        "Historia żeglugi, S. 45",
    ] {
        assert_eq!(&s[..numbers_start(s)], "Historia żeglugi", "{s}");
    }
}

#[test]
fn a_book_with_a_subtitle_after_in() {
    let r = crate::reference::parse_with(
        "Okoro, Ada. “Tides.” In Rivers: Their Life and Lore, ed. Tom Marsh. Oxford: Harrow, 1990. 3-9.",
        crate::reference::ModelFields::NONE,
    );
    assert_eq!(r.container.as_deref(), Some("Rivers: Their Life and Lore"));
    assert_eq!(r.publisher.as_deref(), Some("Harrow"));
    // A publishers' city before the colon is the imprint of a book with no container.
    let mut r = Reference::default();
    take_container(&mut r, "London: Harrow, 1990.", true);
    assert_eq!(r.container, None);
}

#[test]
fn a_city_and_its_publisher_before_a_page_count() {
    for count in ["231 p.", "231 pp.", "231 p"] {
        let mut r = Reference::default();
        take_container(&mut r, &format!("Leningrad, Nedra, {count}"), false);
        assert_eq!(r.container, None, "{count}");
        assert_eq!(r.location.as_deref(), Some("Leningrad"), "{count}");
        assert_eq!(r.publisher.as_deref(), Some("Nedra"), "{count}");
    }
}

#[test]
fn a_publisher_then_its_city() {
    let r = crate::reference::parse(
        "Okafor, T. 1988. Counting river birds. Harrow Lane, Edinburgh, United Kingdom.",
    );
    assert_eq!(r.publisher.as_deref(), Some("Harrow Lane"));
    assert_eq!(r.location.as_deref(), Some("Edinburgh, United Kingdom"));
    assert_eq!(r.container, None);
    assert_eq!(
        publisher_then_city("Harrow Lane, Boston, MA"),
        Some(("Harrow Lane", " Boston, MA"))
    );
    // A volume's numeral, a title's words, a place then its publisher: no imprint.
    assert_eq!(publisher_then_city("I, London"), None);
    assert_eq!(publisher_then_city("Trends in Tides, London"), None);
    assert_eq!(
        publisher_then_city("Carla Ruiz, Barcelona, Península"),
        None
    );
    assert_eq!(publisher_then_city("Journal of Tides, London"), None);
}

#[test]
fn an_institution_before_a_report_genre() {
    let r = crate::reference::parse(
        "[4] T. Okafor, “Lattice drift in tidal gauges,” NOAA, Tech. Rep., 1991.",
    );
    assert_eq!(r.institution.as_deref(), Some("NOAA"));
    assert_eq!(r.container, None);
    assert_eq!(r.entry_type, crate::reference::EntryType::Report);
    // A sentence before the genre is not an institution's name.
    let mut r = Reference::default();
    assert_eq!(
        institution_then_report(&mut r, "Ann. Rev. Tides, Tech. Rep. 3"),
        None
    );
}

#[test]
fn a_chapter_in_a_volume_cited_by_its_editors() {
    let text = "Okoro, Ada. “Rivers in the Novel.” In Lindqvist and Barre, 88–104.";
    assert_eq!(editor_families(text), ["Lindqvist", "Barre"]);
    let r = crate::reference::parse(text);
    assert_eq!(r.container, None);
    assert_eq!(r.pages.as_deref(), Some("88–104"));
    assert_eq!(
        editor_families("Marsh, Tom. 1982. “On Tides,” in Holm, Roux and Faber (1982), pp. 3–9."),
        ["Holm", "Roux", "Faber"]
    );
    // A journal, or a title not in quotes: no editors.
    assert!(editor_families("Okoro, Ada. “Rivers.” In Science and Society, 88–104.").is_empty());
    assert!(editor_families("Okoro, Ada. Rivers. In Lindqvist and Barre, 88–104.").is_empty());
}

#[test]
fn in_names_before_needs_initials() {
    assert!(in_names_before("In: C. D. Darlington & K. R. Lewis"));
    assert!(!in_names_before(
        "In Tidal, Coastal, and Statistical Pattern Recognition"
    ));
    assert!(!in_names_before(
        "In: Boethius: His Life, Thought and Influence."
    ));
    assert!(!in_names_before("Darlington & K. R. Lewis"));
    assert_eq!(
        ROLE_AGAIN
            .find("Hale, Robert and Ortiz, Maria, eds.")
            .map(|m| m.start()),
        Some(29)
    );
}

#[test]
fn editor_list_ends() {
    let eds = |s| split_at_piece_end(s).0;
    assert_eq!(
        eds("Mark O'Connor and Piotr Wilczek, Boston and Warsaw: Artes"),
        "Mark O'Connor and Piotr Wilczek"
    );
    assert_eq!(
        eds("Andreas D. Baxevanis and B. F. Ouellette, Wiley, 2001"),
        "Andreas D. Baxevanis and B. F. Ouellette"
    );
    assert_eq!(
        eds("Giaccaria, Paolo and Minca, Claudio (Chicago"),
        "Giaccaria, Paolo and Minca, Claudio"
    );
    assert_eq!(eds("A. Jones, B. Smith, 12-20"), "A. Jones, B. Smith");
    // A semicolon between names written family first ends no list; a comma after the last
    // one's initials does.
    assert_eq!(
        eds("Okafor, P. J.; Brandt W. G., Leiden, 2013."),
        "Okafor, P. J.; Brandt W. G."
    );
    assert_eq!(
        eds("Okafor, P. J.; Brandt, W. G. (http://example.org)"),
        "Okafor, P. J.; Brandt, W. G."
    );
    assert_eq!(eds("J.H. Okafor; Peabody, Ma., 2013"), "J.H. Okafor");
    // A known city alone after a whole name closes the list; a given name that is also a
    // city's, after a family name alone, does not.
    assert_eq!(eds("Mary Louise Okafor, Ithaca."), "Mary Louise Okafor");
    assert_eq!(
        eds("H. Wylde Okafor, Atlanta, pp. 1-16."),
        "H. Wylde Okafor"
    );
    assert_eq!(eds("Okafor, Sydney. Harbours"), "Okafor, Sydney");
    // MLA's university presses abbreviated and a publisher's acronym after a whole name; a
    // suffix and a name in capitals go on with the list.
    assert_eq!(eds("Maren Lund, Oxford UP, 2018, pp. 2-9."), "Maren Lund");
    assert_eq!(eds("Maren Lund, U of Toronto P, 2009."), "Maren Lund");
    assert_eq!(eds("R. Okafor, ASCE, 2011, pp. 55-70."), "R. Okafor");
    assert_eq!(eds("R. Okafor, III, 2011"), "R. Okafor, III");
    assert_eq!(eds("OKAFOR, RB, 2011"), "OKAFOR, RB");
}

#[test]
fn chapter_and_editor_patterns() {
    assert_matches(
        &IN_PREFIX,
        &["In: Book", "in Book", "In. Proceedings of the IEEE"],
        &["Introduction", "In"],
    );
    let ed = |pattern: &Regex, s| captured(pattern, s, "ed");
    assert_eq!(
        ed(&PAREN_EDITORS, "Book (G. Geymonat, ed.)"),
        Some("G. Geymonat")
    );
    assert_matches(&PAREN_EDITORS, &[], &["(Geymonat 2001)"]);
    assert_eq!(
        ed(&NAMES_THEN_ED, "Mein Leben, Eike Middell (ed.), 2 vols."),
        Some("Eike Middell")
    );
    assert_eq!(
        ed(&NAMES_THEN_ED, "Oeuvres, Y.-G. Le Dantec (ed.) (Paris"),
        Some("Y.-G. Le Dantec")
    );
    assert_eq!(
        ed(
            &NAMES_THEN_ED,
            "In New Perspectives. B.J. Parker and C.P. Foster, eds. Pp. 1–14."
        ),
        Some("B.J. Parker and C.P. Foster")
    );
    assert_matches(
        &NAMES_THEN_ED,
        &[],
        &[
            "Handbook of Labor Economics (ed.)",
            "2nd ed. London",
            "Oxford, 3rd edn.",
        ],
    );
    assert_eq!(
        ed(&IN_EDITORS, "A. Editor & B. Editor (Eds.), Book"),
        Some("A. Editor & B. Editor")
    );
    assert_eq!(ed(&IN_EDITORS, "X. Name (Hrsg.): Buch"), Some("X. Name"));
    assert_eq!(
        ed(&IN_EDITORS, "P. Nome (a cura di), Libro"),
        Some("P. Nome")
    );
    assert_matches(&IN_EDITORS, &[], &["Book (pp. 1-10)"]);
    assert_eq!(
        ed(&IN_EDITORS_WORD, "C. B. Jones and T. Denvir, editors, Book"),
        Some("C. B. Jones and T. Denvir")
    );
    assert_eq!(
        ed(
            &IN_EDITORS_WORD,
            "Dale, R.; Mellish, C.; and Zock, M., eds., Handbook"
        ),
        Some("Dale, R.; Mellish, C.; and Zock, M.")
    );
    assert_matches(&IN_EDITORS_WORD, &[], &["Book, 12"]);
    assert_matches(
        &EDITED_BY,
        &[
            "Book, edited by A. Editor",
            "Book, ed. A. Editor",
            "Book. Ed. A.",
            "Hrsg. v. X",
        ],
        &["2nd edition", "edited"],
    );
}

#[test]
fn edition_and_domain() {
    let edition = |s| captured(&EDITION, s, "1");
    assert_eq!(edition("2nd ed. London"), Some("2nd"));
    assert_eq!(edition("3rd edn"), Some("3rd"));
    assert_eq!(edition("Second edition"), Some("Second"));
    assert_eq!(edition("rev. ed."), Some("rev."));
    assert_eq!(edition("(5. Aufl.)"), Some("5."));
    assert_matches(&EDITION, &[], &["edited by X", "2nd edited"]);
    assert_matches(
        &DOMAIN,
        &["reuters.com", "Bbc.com", "news.bbc.co.uk"],
        &["Reuters", "www.reuters.com/x", "reuters.comx"],
    );
}

#[test]
fn number_patterns() {
    assert_matches(
        &NUMBER_LABEL_START,
        &["vol. 3", "no. 2", "pp. 12", "p 4", "S. 45", "S.211-221"],
        &["volume three", "Nature 3", "St. 3"],
    );
    assert_eq!(captured(&PAGES, "pp. 35-50", "1"), Some("35-50"));
    assert_eq!(captured(&PAGES, "1761–1800", "1"), Some("1761–1800"));
    assert_eq!(captured(&PAGES, "p. 12", "2"), Some("12"));
    assert_eq!(captured(&PAGES, "pages 165-180", "1"), Some("165-180"));
    assert_eq!(captured(&PAGES, "S. 45", "2"), Some("45"));
    assert_matches(&PAGES, &[], &["vol. 12", "no. 3"]);
    assert_eq!(captured(&VOL_ISSUE, "12(3), 1-2", "2"), Some("3"));
    assert_eq!(captured(&VOL_ISSUE, "vol. 6(1)", "1"), Some("6"));
    assert_eq!(captured(&VOL_ISSUE, "45 (Suppl 2)", "2"), Some("Suppl 2"));
    assert_matches(&VOL_ISSUE, &[], &["Smith (2019)"]);
    for (s, v) in [
        ("Vol. 3", "3"),
        (", vol 12", "12"),
        ("v. 32", "32"),
        ("Bd. 4", "4"),
    ] {
        assert_eq!(captured(&VOL_LABEL, s, "1"), Some(v), "{s}");
    }
    assert_matches(&VOL_LABEL, &[], &["volcano 3", "Envol 3"]);
    for (s, n) in [
        ("no. 9", "9"),
        ("No 134", "134"),
        ("issue 2", "2"),
        ("nr 29", "29"),
        ("n°95", "95"),
    ] {
        assert_eq!(captured(&NUM_LABEL, s, "1"), Some(n), "{s}");
    }
    assert_matches(&NUM_LABEL, &[], &["note 3"]);
    assert_eq!(captured(&BARE_NUMBERS, " 411, 1012", "2"), Some("1012"));
    assert_eq!(captured(&BARE_NUMBERS, ": 44: 58", "1"), Some("44"));
    assert_matches(&BARE_NUMBERS, &[], &["Vol. 3"]);
    assert_eq!(numbers_start("Nature 411, 1012"), 6);
    assert_eq!(numbers_start("Journal of Tests, 12(3)"), 16);
    assert_eq!(numbers_start("Speculum"), 8);
    // German lists' page label ("Seite"), in capitals only.
    assert_eq!(numbers_start("Kein Ende der Arbeit, Berlin, S. 89–109"), 28);
    // A lower-case "s." is no label (but after a comma or in brackets, as Polish, Czech and
    // Scandinavian lists write it): the numbers start at the number.
    assert_eq!(numbers_start("Physics s. 12"), 10);
    // A count of volumes after "in" is the title's.
    let s = "Gesammelte Werke in 13 Bänden, Bd. 11";
    assert_eq!(&s[..numbers_start(s)], "Gesammelte Werke in 13 Bänden");
    let s = "Collected Works in 2 vols., 45";
    assert_eq!(&s[..numbers_start(s)], "Collected Works in 2 vols.");
    assert_eq!(numbers_start("Studies in 13 Cases, 12"), 10);
    assert_eq!(numbers_start("Studie a texty k náboženským 12"), 31);
    assert_matches(
        &INSTITUTION_WORDS,
        &[
            "University of X",
            "Max Planck Institute",
            "Dept. of Physics",
        ],
        &["Universe", "Penguin"],
    );
}

#[test]
fn pages_like_years_after_a_volume_are_pages() {
    let r = crate::reference::parse::parse(
        "Okafor, A., 1999: Tides in the United States. Bull. Harbour Soc., 80, 2027-2033.",
    );
    assert_eq!(r.pages.as_deref(), Some("2027-2033"));
    assert_eq!(r.year(), Some(1999));
    let r = crate::reference::parse::parse("Lind, B. Tides. Harbour Studies 24 (2011) 1975–1986.");
    assert_eq!(r.pages.as_deref(), Some("1975–1986"));
    // A minus sign between the pages, as some PDFs give the dash.
    let mut r = Reference::default();
    numbers_of(&mut r, "65 (3), 7−10");
    assert_eq!(r.pages.as_deref(), Some("7−10"));
    // After a volume and its issue in brackets, as the model's runs give them joined.
    let mut r = Reference::default();
    numbers_of(&mut r, "10(12), 1952-1962,");
    assert_eq!(r.pages.as_deref(), Some("1952-1962"));
    let r = crate::reference::parse::parse(
        "Lind, B. Tides in Fibres. Journal of Harbour Technology, 10(12) 1952-1962, December 1992.",
    );
    assert_eq!(r.pages.as_deref(), Some("1952-1962"));
}

#[test]
fn a_range_of_volumes_is_no_page_range() {
    let mut r = Reference::default();
    let rest = take_container(&mut r, "Studia Patristica, vols. 12–15. Rome", false);
    assert_eq!(r.container.as_deref(), Some("Studia Patristica"));
    let mut numbers = Reference::default();
    take_numbers(&mut numbers, &rest);
    assert_eq!(numbers.pages, None, "{rest}");
    assert!(volumes_before("Studia, vols.") && volumes_before("in 3 Volumes"));
    assert!(!volumes_before("Studia, vol.") && !volumes_before("Revols"));
}

#[test]
fn editing_bodies_and_titles_after_a_role() {
    assert!(editing_body(
        "National Aeronautics and Space Administration"
    ));
    assert!(editing_body("The Royal Society"));
    // A title: a lower-case word no name holds, or no organisation's word but "The".
    assert!(!editing_body("The Sage handbook of performance studies"));
    assert!(!editing_body("The Handbook of Policy Instruments"));
    assert!(given_names_first("Sally Okafor and Barbara Marsh"));
    assert!(given_names_first("Anna Okafor, David Marsh & Peter Lind"));
    assert!(!given_names_first(
        "Structural, Syntactic, and Statistical Pattern Recognition"
    ));
    assert!(!given_names_first("Secular Ritual"));
    assert!(!given_names_first(""));
}

#[test]
fn an_imprint_after_a_comma_ends_a_name_list() {
    assert!(imprint_opens("Wiesbaden: VS"));
    assert!(imprint_opens("Frankfurt, New York: Campus"));
    assert!(!imprint_opens("Wiesbaden"));
    assert!(!imprint_opens("Marc Lind: VS"));
    assert_eq!(before_imprint("Marc Lind, Wiesbaden: VS"), "Marc Lind");
    assert_eq!(
        before_imprint("Marc Lind and Ama Okafor"),
        "Marc Lind and Ama Okafor"
    );
    assert_eq!(
        split_at_piece_end("Regina Lind, Frankfurt, New York: Campus.").0,
        "Regina Lind"
    );
}

#[test]
fn editions_with_their_qualifiers() {
    for (text, edition) in [
        (
            "Okafor, A. (2001). Tides (3rd revised edition). London: Harbour Press.",
            "3",
        ),
        (
            "Okafor, A. 2001. Tides. 4th rev. ed. London: Harbour Press.",
            "4",
        ),
        (
            "Okafor, A. 2001. Tides. 3rd expanded ed. London: Harbour Press.",
            "3",
        ),
        (
            "Okafor, A. (2001). Tides (2nd edition ed.). London: Harbour Press.",
            "2",
        ),
        (
            "Okafor, Ada. Tides. 4th. Edited by B. Lind. London: Harbour Press, 1903.",
            "4",
        ),
        (
            "Okafor, A. 2001. Tides. Revised edition. London: Harbour Press.",
            "Revised",
        ),
    ] {
        let r = crate::reference::parse::parse(text);
        assert_eq!(r.edition.as_deref(), Some(edition), "{text}");
        assert_eq!(r.container, None, "{text}");
        assert_eq!(r.title.as_deref(), Some("Tides"), "{text}");
    }
    assert_eq!(
        crate::reference::parse::parse_with(
            "Okafor, A. 2001. Tides. 2nd rev. and enl. ed. London: Harbour Press.",
            crate::reference::ModelFields::NONE
        )
        .edition
        .as_deref(),
        Some("2")
    );
    assert_eq!(ordinal_sentence("4th. Edited by B. Lind"), Some(1));
    assert_eq!(ordinal_sentence("12th. Leipzig"), Some(2));
    assert_eq!(ordinal_sentence("4. Leipzig"), None);
    assert_eq!(ordinal_sentence("Fourth. Leipzig"), None);
}

#[test]
fn an_issues_range_is_no_pages() {
    // (text after the container, volume, number, pages)
    let cases: &[(&str, &str, &str, Option<&str>)] = &[
        ("9(1-2), 31-47.", "9", "1-2", Some("31-47")),
        ("151 (1–2): 103–129", "151", "1–2", Some("103–129")),
        (
            "Vol. 3, Nos. 1-4, pages 117-131, March 1994.",
            "3",
            "1-4",
            Some("117-131"),
        ),
        ("vol 81-2, 2007, pp.211-239", "81", "", Some("211-239")),
        ("206, Nr. 4–5: 487–509.", "206", "4–5", Some("487–509")),
        // An issue's range with no pages after it.
        ("12(3-4).", "12", "3-4", None),
        // A page range in brackets after a volume's label stays the pages.
        ("Band. 22 (pp. 57-84).", "22", "", Some("57-84")),
        // Portuguese (ABNT) and Italian "n.", Spanish "núm." and "nº".
        ("v. 12, n. 3, p. 45-67, 2010.", "12", "3", Some("45-67")),
        ("vol. 8, núm. 2, pp. 11-30.", "8", "2", Some("11-30")),
        ("v. 5, nº 4, p. 9-19.", "5", "4", Some("9-19")),
        // French "t.", Italian "a." and "anno", "fasc.", Spanish "año".
        ("t. 12, n° 3, 1990, p. 45-67.", "12", "3", Some("45-67")),
        ("a. 5, n. 2, 2011, pp. 3-20.", "5", "2", Some("3-20")),
        ("anno 5, fasc. 2, 2011, pp. 3-20.", "5", "2", Some("3-20")),
        ("año 5, núm. 2, 1990, pp. 45-67.", "5", "2", Some("45-67")),
        // A page's note is no issue.
        ("vol. 2, p. 228 n. 138.", "2", "", Some("228")),
    ];
    for (text, volume, number, pages) in cases {
        let mut r = Reference {
            container: Some("The Harbour Quarterly".into()),
            ..Reference::default()
        };
        numbers_of(&mut r, text);
        assert_eq!(r.volume.as_deref(), Some(*volume), "{text}");
        assert_eq!(r.number.as_deref().unwrap_or(""), *number, "{text}");
        assert_eq!(r.pages.as_deref(), *pages, "{text}");
    }
    // "Discussion Paper no. 18-2002": the whole labelled number.
    let mut r = Reference::default();
    numbers_of(&mut r, "Discussion Papers, no. 18-2002, Bonn.");
    assert_eq!(r.number.as_deref(), Some("18-2002"));
    assert_eq!(r.pages, None);
}

#[test]
fn a_subtitle_runs_to_the_city_closing_the_entry() {
    let sub = "Theoretische Perspektiven";
    for after in [
        " Theoretische Perspektiven, Berlin.",
        " Theoretische Perspektiven, Berlin, S. 45–67.",
        " Theoretische Perspektiven, Berlin 1998.",
    ] {
        let len = subtitle_before_city(after);
        assert_eq!(len.map(|l| after[..l].trim()), Some(sub), "{after}");
    }
    for after in [
        " Berlin: Akademie Verlag.",
        " Theoretische Perspektiven. Eine Einführung, Berlin.",
        " Theoretische Perspektiven, Berlin, im Erscheinen.",
        " Theoretische Perspektiven, Hartmann, Berlin.",
        " theoretische Perspektiven, Berlin.",
    ] {
        assert_eq!(subtitle_before_city(after), None, "{after}");
    }
}

#[test]
fn a_short_book_before_its_editors_initials_in_ieee_order() {
    let r = crate::reference::parse(
        "A. Lenz, \"Tidal work,\" in Harbour Studies, B. Okafor and C. Marsh, Eds. London: Lind, 2001, pp. 1-20.",
    );
    assert_eq!(editor_families(&r.raw), ["Okafor", "Marsh"]);
    assert_eq!(r.container.as_deref(), Some("Harbour Studies"));
    assert_eq!(
        book_before_editors("Tidal Ledgers, A. L. Lind, Jr. and J. Okafor, Jr."),
        (Some("Tidal Ledgers"), "A. L. Lind, Jr. and J. Okafor, Jr.")
    );
    // A given-first list opening with full given names: no book before it.
    let list = "Victoria Lind, Jane F. Okafor, and Tom Marsh";
    assert_eq!(book_before_editors(list), (None, list));
}

#[test]
fn a_chapters_pages_before_its_in() {
    let r = crate::reference::parse::parse_with(
        "Lenz, A. 2001. Tidal work. Pages 45-67 in B. Okafor and C. Marsh, editors. Harbour studies. Lind Press, London, UK.",
        crate::reference::ModelFields::NONE,
    );
    assert_eq!(r.pages.as_deref(), Some("45-67"));
    assert_eq!(r.container.as_deref(), Some("Harbour studies"));
    assert_eq!(editor_families(&r.raw), ["Okafor", "Marsh"]);
    assert!(PAGES_THEN_IN.is_match("Pp. 250–64 in Rhetoric"));
    assert!(!PAGES_THEN_IN.is_match("Pages 45-67, in Rhetoric"));
}

#[test]
fn a_chapters_book_with_a_subtitle_after_bracketed_editors() {
    for text in [
        "Lenz, A. (2001). Tidal work. In B. Okafor & C. Marsh (Eds.), Harbour studies: A handbook (pp. 45-67). London, England: Lind.",
        "Lenz, A. (2001). Tidal work. In B. Okafor (Ed.), Harbour studies: A handbook (2nd ed., pp. 45-67). London: Lind.",
    ] {
        let r = crate::reference::parse::parse_with(text, crate::reference::ModelFields::NONE);
        assert_eq!(r.container.as_deref(), Some("Harbour studies: A handbook"), "{text}");
        assert_eq!(r.publisher.as_deref(), Some("Lind"), "{text}");
    }
}

#[test]
fn names_joined_by_and_before_eds_are_the_editors() {
    // IEEE: the editors' names, then "Eds." and the imprint ("Berlin" is no editor).
    let mut r = Reference::default();
    parse_tail(
        &mut r,
        ", in Handbook of Coastal Engineering, J. Stein and R. Lee, Eds. Berlin, Germany: Springer, 2008, pp. 101–130.",
    );
    assert_eq!(
        r.container.as_deref(),
        Some("Handbook of Coastal Engineering")
    );
    let families: Vec<String> = r.editors.iter().map(|n| n.cite_name()).collect();
    assert_eq!(families, ["Stein", "Lee"]);
    assert_eq!(r.publisher.as_deref(), Some("Springer"));
}

#[test]
fn a_book_and_its_editors_with_no_in() {
    // The American Meteorological Society's chapters.
    let mut r = Reference::default();
    parse_tail(
        &mut r,
        "Coastal Engineering Handbook, J. Stein and M. Hale, Eds., McGraw-Hill, 45–67.",
    );
    assert_eq!(r.container.as_deref(), Some("Coastal Engineering Handbook"));
    let families: Vec<String> = r.editors.iter().map(|n| n.cite_name()).collect();
    assert_eq!(families, ["Stein", "Hale"]);
    assert_eq!(r.publisher.as_deref(), Some("McGraw-Hill"));
    // A second sentence with its "In" is the chapter's own reading.
    assert!(!book_then_editors(
        "A Computerized Tool for Research. In Lang, A., Ed., Measuring responses. Hillsdale, NJ: Erlbaum, 15-64."
    ));
}
