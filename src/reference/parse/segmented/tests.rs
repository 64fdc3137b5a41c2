//! Unit tests of the reconciliation of the field model's runs with the rules' reading.

use super::imprint_run::{place_opening_publisher, publisher_named_by_place};
use super::journal_run::*;
use super::*;

#[test]
fn a_year_before_the_volume_is_not_the_volume() {
    assert_eq!(without_year_before_volume("2016;6:"), "6:");
    assert_eq!(
        without_year_before_volume(" 2009;373(9657):82-93."),
        "373(9657):82-93."
    );
    assert_eq!(without_year_before_volume("12;3"), "12;3");
    assert_eq!(without_year_before_volume("2016; Suppl"), "2016; Suppl");
    let r = crate::reference::parse::parse_with(
        "Smith J, Jones K. Soil carbon under pasture. Sci Rep. 2016;6: 452–460.",
        super::super::MODEL_FIELDS,
    );
    assert_eq!(r.volume.as_deref(), Some("6"));
    assert_eq!(r.pages.as_deref(), Some("452–460"));
}

#[test]
fn an_organisations_initials_open_the_entry() {
    let parse = |t: &str| crate::reference::parse::parse_with(t, super::super::MODEL_FIELDS);
    let r = parse("WHO. Global report on diabetes. Geneva: World Health Organization; 2016.");
    assert_eq!(r.authors, vec![Name::literal("WHO")]);
    assert_eq!(r.title.as_deref(), Some("Global report on diabetes"));
    let r = parse(
        "NRC. Nutrient Requirements of Dairy Cattle. 7th ed. Washington, DC: National \
         Academies Press; 2001.",
    );
    assert_eq!(r.authors, vec![Name::literal("NRC")]);
    assert_eq!(
        r.title.as_deref(),
        Some("Nutrient Requirements of Dairy Cattle")
    );
    assert_eq!(r.container, None);
    // A person's name is the rules' to read.
    let r = parse("Smith J. Global report on diabetes. Geneva: WHO; 2016.");
    assert_eq!(r.authors[0].family(), "Smith");
}

#[test]
fn a_volume_inside_the_pages_run() {
    assert_eq!(volume_before_colon("261:1179–1181"), Some("261"));
    assert_eq!(volume_before_colon(" 2016;6: 452"), Some("6"));
    assert_eq!(volume_before_colon("pp. 12:30"), None);
    assert_eq!(volume_before_colon("12–30"), None);
    let r = crate::reference::parse::parse_with(
        "Zhu T, Mo H, Wang N, Ho DD. Science 261:1179–1181 (1993).",
        super::super::MODEL_FIELDS,
    );
    assert_eq!(r.container.as_deref(), Some("Science"));
    assert_eq!(r.volume.as_deref(), Some("261"));
    assert_eq!(r.pages.as_deref(), Some("1179–1181"));
}

#[test]
fn bare_values() {
    assert_eq!(
        bare("“A Spanish Romanticist Parodies Himself,”").as_deref(),
        Some("A Spanish Romanticist Parodies Himself")
    );
    assert_eq!(bare("*Nature*,").as_deref(), Some("Nature"));
    assert_eq!(bare("(London:").as_deref(), Some("London"));
    assert_eq!(bare(" . , "), None);
    assert_eq!(
        after_emphasis("Pakistan*. Edinburgh University Press."),
        "Edinburgh University Press."
    );
    assert_eq!(after_emphasis("*Gallimard*,"), "*Gallimard*,");
}

/// The rules alone and with the model on an imprint and a journal the rules once misread.
#[test]
fn model_mends_what_the_rules_misread() {
    use crate::reference::parse::parse_with;
    let summary = |r: &Reference| {
        format!(
            "title={:?} container={:?} volume={:?} pages={:?} publisher={:?} location={:?}",
            r.title, r.container, r.volume, r.pages, r.publisher, r.location
        )
    };
    let cases = [
        "Dupont, Marie. Histoire de la ville. Paris, Gallimard, 2000.",
        "L. Chen, R. Okafor, Tidal flats, J. Coast. Res. 12 (2007) 101–118.",
    ];
    let got: Vec<(String, String)> = cases
        .iter()
        .map(|text| {
            (
                summary(&parse_with(text, ModelFields::NONE)),
                summary(&parse_with(text, super::super::MODEL_FIELDS)),
            )
        })
        .collect();
    let row = |rules: &str, model: &str| (rules.to_string(), model.to_string());
    let expected = vec![
        row(
            r#"title=Some("Histoire de la ville") container=None volume=None pages=None publisher=Some("Gallimard") location=Some("Paris")"#,
            r#"title=Some("Histoire de la ville") container=None volume=None pages=None publisher=Some("Gallimard") location=Some("Paris")"#,
        ),
        row(
            r#"title=Some("Tidal flats") container=Some("J. Coast") volume=None pages=Some("101–118") publisher=Some("Res. 12") location=None"#,
            r#"title=Some("Tidal flats") container=Some("J. Coast. Res") volume=Some("12") pages=Some("101–118") publisher=None location=None"#,
        ),
    ];
    assert_eq!(got, expected);
}

/// How the rules' and the model's readings are reconciled, one case for each way: the
/// fields a reader would give each reference.
#[test]
fn readings_are_reconciled() {
    let summary = |text: &str| {
        let r = super::super::parse(text);
        format!(
            "title={:?} container={:?} publisher={:?} location={:?}",
            r.title, r.container, r.publisher, r.location
        )
    };
    let cases = [
        // The rules' publisher that is the model's journal with its volume goes.
        (
            "Okafor A, Lenz T. Tidal drift in harbour sediments: a survey in Port Authority, Kuala Lumpur. J Harb Stud 1996; 51:210-214.",
            r#"title=Some("Tidal drift in harbour sediments: a survey in Port Authority, Kuala Lumpur") container=Some("J Harb Stud") publisher=None location=None"#,
        ),
        // A publisher, then its city: Harvard order.
        (
            "Lenz, T. (1993) Tidal Ledgers, Harrowgate, London.",
            r#"title=Some("Tidal Ledgers") container=None publisher=Some("Harrowgate") location=Some("London")"#,
        ),
        // A person named Press among the authors: the publisher stands.
        (
            "Hall, Stuart, and Press, Edward. 1999. Tidal Power. Cambridge: Cambridge University Press.",
            r#"title=Some("Tidal Power") container=None publisher=Some("Cambridge University Press") location=Some("Cambridge")"#,
        ),
        // The model's title ends at the comma before a publisher's word.
        (
            "Mensah, Kofi. Les Marchés du Fleuve, Editions Karthala, 2004",
            r#"title=Some("Les Marchés du Fleuve") container=None publisher=Some("Editions Karthala") location=None"#,
        ),
        // No comma and no publisher's word: the title is not cut.
        (
            "Adeyemi A, Bello K. The Drift of River Sediments: A Survey of 40 Sampled Estuaries; 2019. Available from: https://example.org/sediments.",
            r#"title=Some("The Drift of River Sediments: A Survey of 40 Sampled Estuaries") container=None publisher=None location=None"#,
        ),
        // A phrase quoted inside a title does not end it.
        (
            "Lee, H.; and Park, J. 2021. TIDE: ’Small and Steady Wins’ Is Enough for Flood Forecasting. In Proceedings of the Conference on Hydrology, 101–109.",
            r#"title=Some("TIDE: ’Small and Steady Wins’ Is Enough for Flood Forecasting") container=Some("Proceedings of the Conference on Hydrology") publisher=None location=None"#,
        ),
        // A journal followed by its numbers is the container, not a publisher.
        (
            "Wang XL Chen Y. Survey of river sediment in the delta [in Chinese]. Chin J Hydrol . 2015; 12: 33–40.",
            r#"title=Some("Survey of river sediment in the delta [in Chinese]") container=Some("Chin J Hydrol") publisher=None location=None"#,
        ),
        // A city and its state in an online report are its place, not a site.
        (
            "Mills, J., & Ortega, P. (2016). Reading time in rural schools: A state report. Boston, MA. Retrieved from http://www.example.org/reading",
            r#"title=Some("Reading time in rural schools: A state report") container=None publisher=None location=Some("Boston, MA")"#,
        ),
        // A publisher and its city before a link: an imprint, not a site.
        (
            "Okafor, N. (2019). Housing for new arrivals: a regional review. Riverside Family Trust, Melbourne. Available at http://www.example.org/housing",
            r#"title=Some("Housing for new arrivals: a regional review") container=None publisher=Some("Riverside Family Trust") location=Some("Melbourne")"#,
        ),
    ];
    for (text, expected) in cases {
        assert_eq!(summary(text), expected, "{text}");
    }
}

#[test]
fn a_volume_left_in_the_container_moves_out() {
    let text = "Karimi, Reza. 2015. “Oil Windfalls and Labour Migration to the Gulf, 1973–2013.” Middle East Development Journal 7 (2): 160–83.";
    let r = super::super::parse(text);
    assert_eq!(
        (
            r.container.as_deref(),
            r.volume.as_deref(),
            r.number.as_deref()
        ),
        (
            Some("Middle East Development Journal"),
            Some("7"),
            Some("2")
        )
    );
    // In emphasis the rules' container stands without the number the model's run ends with.
    let text = "Okafor, Ada. 2019. “Ferry Routes and River Trade.” *West African Transport Review* 12 (3): 44–61.";
    let r = super::super::parse(text);
    assert_eq!(
        (
            r.container.as_deref(),
            r.volume.as_deref(),
            r.number.as_deref()
        ),
        (Some("West African Transport Review"), Some("12"), Some("3"))
    );
    // The volume in emphasis of its own, spaced from the issue.
    let text = "Okafor, Ada. 2019. “Ferry Routes and River Trade.” *West African Transport Review*, *12* (3), 44–61.";
    let r = super::super::parse(text);
    assert_eq!(
        (r.volume.as_deref(), r.number.as_deref()),
        (Some("12"), Some("3"))
    );
}

#[test]
fn date_tails_leave_containers() {
    assert_eq!(
        without_date_tail("Federal Reserve Bulletin (August-September"),
        Some(("Federal Reserve Bulletin", None))
    );
    assert_eq!(
        without_date_tail("Proceedings of HCI 90 (Seattle, Washington, April 1-5, 1990)"),
        Some(("Proceedings of HCI 90", Some("Seattle, Washington, ")))
    );
    assert_eq!(
        without_date_tail("Journal of Climate, June"),
        Some(("Journal of Climate", None))
    );
    for kept in [
        "Proceedings of the May Conference",
        "Annals of Mayo Clinic",
        "Marine Policy",
    ] {
        assert_eq!(without_date_tail(kept), None, "{kept}");
    }
}

#[test]
fn folds_keep_letters_and_digits_lower_cased() {
    // The general definition, character by character, that the ASCII shortcut must match.
    let slow = |s: &str| -> String {
        s.chars()
            .filter(|c| c.is_alphanumeric())
            .flat_map(char::to_lowercase)
            .collect()
    };
    for s in [
        "Journal of the A.C.M., 12(3)",
        "Ødegaard, Ÿves-Ĳssel; İstanbul ΣΟΦΙΑ",
        "",
        " .,; ",
        "Société d'Édition (Paris)",
    ] {
        assert_eq!(fold(s), slow(s), "{s:?}");
        let head: Vec<&str> = s.split_whitespace().take(3).collect();
        assert_eq!(fold_words(s, 3), slow(&head.join(" ")), "{s:?}");
    }
    assert_eq!(
        fold_words("World Health Organization, Geneva", 3),
        "worldhealthorganization"
    );
}

#[test]
fn field_sets() {
    let set = ModelFields::TITLE.with(ModelFields::PAGES);
    assert!(set.contains(ModelFields::TITLE));
    assert!(!set.contains(ModelFields::AUTHOR));
    assert!(!set.contains(ModelFields::NONE));
    assert_eq!(ModelFields::named("pages"), Some(ModelFields::PAGES));
    assert_eq!(ModelFields::named("nonsense"), None);
    assert_eq!(first_number("Vol. 12, Part A"), Some("12"));
    assert!(starts_with_city("Boston, MA."));
    assert!(starts_with_city("(New York: Norton,"));
    assert!(!starts_with_city("Say MEA"));
}

#[test]
fn an_imprint_after_a_comma_ends_the_title() {
    let parse = |t: &str| crate::reference::parse::parse_with(t, super::super::MODEL_FIELDS);
    let r = parse(
        "B. Okafor and L. Meyer, The Shape of Small Harbours, Kestrel-Wiley, Reading, MA, 1981.",
    );
    assert_eq!(r.title.as_deref(), Some("The Shape of Small Harbours"));
    assert_eq!(r.publisher.as_deref(), Some("Kestrel-Wiley"));
    assert_eq!(r.location.as_deref(), Some("Reading, MA"));
}

#[test]
fn an_organisation_author_repeated_as_publisher() {
    let parse = |t: &str| crate::reference::parse::parse_with(t, super::super::MODEL_FIELDS);
    let r = parse("INSEE, 2011, Les marchés du logement, Paris, INSEE.");
    assert_eq!(r.authors, vec![Name::literal("INSEE")]);
    assert_eq!(r.publisher.as_deref(), Some("INSEE"));
    assert_eq!(r.location.as_deref(), Some("Paris"));
}

#[test]
fn the_first_of_two_places() {
    let parse = |t: &str| crate::reference::parse::parse_with(t, super::super::MODEL_FIELDS);
    let r = parse(
        "R. Tamm, Queues in practice, Pitman Publishing, London, MIT Press, Cambridge, MA, 1990.",
    );
    assert_eq!(r.publisher.as_deref(), Some("Pitman Publishing"));
    assert_eq!(r.location.as_deref(), Some("London"));
}

#[test]
fn a_title_runs_on_over_no_pages() {
    let parse = |t: &str| crate::reference::parse::parse_with(t, super::super::MODEL_FIELDS);
    // A space before the comma (as converters leave it after italics) is dropped in cleaning;
    // the model may then read the pages into the title, which must not follow it there.
    for text in [
        "Anna Berg and Carl Dunn. Understanding of Documents , pages 647-677. Springer \
         London, London, 2014. 2",
        "Anna Berg and Carl Dunn. Understanding of Documents, pages 647-677. Springer \
         London, London, 2014. 2",
    ] {
        let r = parse(text);
        assert_eq!(
            r.title.as_deref(),
            Some("Understanding of Documents"),
            "{text}"
        );
    }
}

#[test]
fn a_model_title_over_the_authors_is_no_title() {
    let parse = |t: &str| crate::reference::parse::parse_with(t, super::super::MODEL_FIELDS);
    for (text, name) in [
        (
            "Tomas Berg, Karl Dunn, Erik Massa, Lin-Yu Lo, and Ross Nord. Segmenter, 2018.",
            "Segmenter",
        ),
        (
            "Anna Berg, Carl Dunn, Eva Holm, Jan-Erik Lund, and Ola Nord. Leafnet2, 2020.",
            "Leafnet2",
        ),
    ] {
        let r = parse(text);
        assert_eq!(r.authors.len(), 5, "{text}");
        assert!(
            r.title.iter().chain(r.container.iter()).any(|t| t == name),
            "{text}: {r:?}"
        );
        assert!(
            !r.title.as_deref().is_some_and(|t| t.contains("Nord")),
            "{text}"
        );
    }
}

#[test]
fn a_journal_right_after_the_models_title() {
    let parse = |t: &str| crate::reference::parse::parse_with(t, super::super::MODEL_FIELDS);
    // No punctuation after the title: the model's journal, with its numbers, ends it.
    let r = parse(
        "A. Okafor, B. Lind, C. Moreau, et al. Walking groups for adults with type 2 diabetes: \
         a cluster randomized trial J. Clin. Nurs., 41 (2015), pp. 211-219",
    );
    assert_eq!(r.container.as_deref(), Some("J. Clin. Nurs"));
    assert_eq!(
        r.title.as_deref(),
        Some("Walking groups for adults with type 2 diabetes: a cluster randomized trial")
    );
    // A country between a journal and its numbers is the journal's.
    let r = parse(
        "(12) Ruiz, P.; Mbeki, T. \"Hydrogen bonds in enzyme active sites.\" Proc. Natl. \
         Acad. Sci. USA 2012, 109, 1201–1206.",
    );
    assert_eq!(r.container.as_deref(), Some("Proc. Natl. Acad. Sci. USA"));
    assert_eq!(r.location, None);
}

#[test]
fn a_place_begun_inside_the_models_title_does_not_panic() {
    // The place "PA:" moved back over "West Conshohocken," into the model's title run: the
    // title's end then lies past the place's start (a slice out of order panicked).
    let r = crate::reference::parse::parse_with(
        "ASTM D1234-19 Standard Test Method for Tensile Strength of Laminated Sheets Using a \
         Ring Fixture West Conshohocken, PA: ASTM International, 2019.",
        super::super::MODEL_FIELDS,
    );
    assert_eq!(r.year(), Some(2019));
    assert_eq!(r.publisher.as_deref(), Some("ASTM International"));
}

#[test]
fn the_models_title_where_the_rules_read_names_or_none() {
    let parse = |t: &str| crate::reference::parse::parse_with(t, super::super::MODEL_FIELDS);
    let r = parse(
        "Brandt, K. L.; Oyelaran, T.; Mbeki, S.; & Lindqvist. A., 2014. Tidal sediments under \
         the old harbour walls. Marine Geology Letters 12(3): 40-58.",
    );
    assert_eq!(
        r.title.as_deref(),
        Some("Tidal sediments under the old harbour walls")
    );
    let r = parse(
        "Halvorsen T. Ingrid, Reading Harbour Ledgers, Lakeside Publishing Company, Bergen, \
         Norway 1987.",
    );
    assert_eq!(r.title.as_deref(), Some("Reading Harbour Ledgers"));
    // The title's first word the model ran into the names is the rules' to keep.
    let r = parse("Stein, Stanley J. Vassouras, a Coffee County. Cambridge: Harvard UP, 1957.");
    assert_eq!(r.title.as_deref(), Some("Vassouras, a Coffee County"));
}

/// A text of `parts` joined by spaces, with each part's label and range.
pub(super) fn labelled(parts: &[(Label, &str)]) -> (String, Vec<(Label, Range<usize>)>) {
    let (mut text, mut runs) = (String::new(), Vec::new());
    for (label, part) in parts {
        if !text.is_empty() {
            text.push(' ');
        }
        runs.push((*label, text.len()..text.len() + part.len()));
        text.push_str(part);
    }
    (text, runs)
}

#[test]
fn the_container_named_first() {
    use Label::{Author, Container, Date, Editor, Pages, Publisher, Title, Volume};
    // One word, volume and pages after it: a note after them is not the journal.
    let (text, runs) = labelled(&[
        (Author, "N. Okafor and M. Lenz"),
        (Date, "(1999)"),
        (Title, "\"Tidal ledgers,\""),
        (Container, "Coastal,"),
        (Volume, "vol. 12,"),
        (Pages, "pages 40–58."),
        (Container, "See also: Lenz tidal tables"),
    ]);
    let segs = Segments { text: &text, runs };
    let run = segs.main_range(Container).unwrap();
    assert_eq!(&text[run], "Coastal,");
    // The book named before its editors: their role word after them is not the book.
    let (text, runs) = labelled(&[
        (Author, "Mbeki, S."),
        (Title, "Tidal rolls of the Cape."),
        (Container, "In Handbook of Harbour Studies,"),
        (Editor, "R. Okafor, T. Lenz, and K. Brandt,"),
        (Container, "Eds.,"),
        (Volume, "vol. 2."),
        (Publisher, "Elsevier,"),
    ]);
    let segs = Segments { text: &text, runs };
    assert_eq!(segs.book_after_editors(), None);
    let run = segs.main_range(Container).unwrap();
    assert_eq!(&text[run], "In Handbook of Harbour Studies,");
}

#[test]
fn a_publisher_the_model_reads_as_the_container() {
    use Label::{Author, Container, Date, Location, Title, Volume};
    let (text, runs) = labelled(&[
        (Author, "Taylor, J., & Stanovic, D."),
        (Date, "(2005)."),
        (Title, "Refugees and regional settlement."),
        (Container, "Brotherhood of St Laurence,"),
        (Location, "Melbourne."),
    ]);
    let segs = Segments { text: &text, runs };
    let run = segs.publisher_read_as_container(None).unwrap();
    assert_eq!(&text[run], "Brotherhood of St Laurence,");
    let (text, runs) = labelled(&[
        (Author, "Grinblatt, A., ed."),
        (Title, "Práctica del counseling."),
        (Container, "Buenos Aires: Georges Zanun,"),
        (Date, "2008."),
    ]);
    let segs = Segments { text: &text, runs };
    assert!(segs.publisher_read_as_container(None).is_some());
    // A place no list knows, which the rules read as the place; not a title's head they
    // read as one ("The rivers of nations: Anthropological and historical approaches").
    for (container, place, publisher) in [
        ("Пловдив: Христо Г. Данов,", "Пловдив", true),
        ("Kempten: Kösel,", "Kempten", true),
        (
            "The rivers of nations: Anthropological and historical approaches",
            "The rivers of nations",
            false,
        ),
    ] {
        let (text, runs) = labelled(&[
            (Author, "Маринов, Димитър."),
            (Title, "История на българската литература."),
            (Container, container),
            (Date, "1887"),
        ]);
        let segs = Segments { text: &text, runs };
        assert_eq!(segs.publisher_read_as_container(None), None, "{text}");
        let run = segs.publisher_read_as_container(Some(place));
        assert_eq!(run.is_some(), publisher, "{text}");
    }
    // A meeting before its place, a journal with its volume: containers.
    for parts in [
        [
            (Title, "Boosting interest."),
            (
                Container,
                "Paper presented at the meeting of the Research Association,",
            ),
            (Location, "Chicago, IL."),
        ],
        [
            (Title, "Tidal ledgers."),
            (Container, "Harbour Studies,"),
            (Volume, "12, 40-58."),
        ],
    ] {
        let (text, runs) = labelled(&parts);
        let segs = Segments { text: &text, runs };
        assert_eq!(segs.publisher_read_as_container(None), None, "{text}");
    }
}

#[test]
fn a_reports_institution_without_its_place() {
    let r = crate::reference::parse::parse_with(
        "Okafor, N. Tidal ledgers of the delta. Technical Report TR-12, University of \
         Lagos, Akoka, Lagos, May 1999.",
        super::super::MODEL_FIELDS,
    );
    assert_eq!(r.institution.as_deref(), Some("University of Lagos"));
}

#[test]
fn editors_read_on_into_an_organisation() {
    use Label::{Container, Editor, Location, Publisher, Title};
    let (text, runs) = labelled(&[
        (Title, "\"Harbour Report.\""),
        (Container, "Tidal Videos,"),
        (Editor, "edited by Sarah Okafor,"),
        (Container, "National Harbour Administration,"),
    ]);
    let segs = Segments { text: &text, runs };
    let mut r = Reference {
        editors: vec![
            Name::person("Okafor", Some("Sarah")),
            Name::person("Harbour", Some("National")),
            Name::person("Administration", None),
        ],
        ..Reference::default()
    };
    editors::within_model(&mut r, &segs);
    assert_eq!(r.editors.len(), 1);
    // People the model's run left out stay.
    let (text, runs) = labelled(&[
        (Editor, "edited by Regina Okafor and"),
        (Container, "Philip Lenz."),
    ]);
    let segs = Segments { text: &text, runs };
    let mut r = Reference {
        editors: vec![
            Name::person("Okafor", Some("Regina")),
            Name::person("Lenz", Some("Philip")),
        ],
        ..Reference::default()
    };
    editors::within_model(&mut r, &segs);
    assert_eq!(r.editors.len(), 2);
    // A list the rules ran together past its second name is the model's run read again.
    let (text, runs) = labelled(&[
        (Editor, "edited by Okafor R. L. and Lenz W. U."),
        (Location, "Boulder:"),
        (Publisher, "Harbour Society of Kenya,"),
    ]);
    let segs = Segments { text: &text, runs };
    let mut r = Reference {
        editors: vec![
            Name::person("Okafor", Some("R. L.")),
            Name::person("Kenya", Some("Lenz W. U. Boulder: Harbour Society of")),
        ],
        ..Reference::default()
    };
    editors::within_model(&mut r, &segs);
    assert_eq!(
        r.editors,
        vec![
            Name::person("Okafor", Some("R. L.")),
            Name::person("Lenz", Some("W. U.")),
        ]
    );
}

#[test]
fn the_models_names_stand_back_for_a_dash_and_for_words() {
    let parse = |t: &str| crate::reference::parse::parse_with(t, super::super::MODEL_FIELDS);
    // A repeated-author dash before names of the entry's own: the own names alone are read
    // here, the first author before them is filled in from the list.
    let r = parse(
        "--, and N. D. Okafor, 1991: Generalized tidal models in harbour ecology. J. Harb. \
         Sci., 2, 587-602.",
    );
    assert!(r.same_authors && r.same_authors_before == 1);
    assert_eq!(r.authors, vec![Name::person("Okafor", Some("N. D."))]);
    // An OCR's lower-case family name with initials is a name.
    let r = parse(
        "lino M, Tarui Y, Okafor C. Tidal ledgers of the delta. Harbour Studies. 1996; \
         19(10):1160–1168.",
    );
    assert_eq!(r.authors.first().map(Name::family), Some("lino"));
    assert_eq!(r.title.as_deref(), Some("Tidal ledgers of the delta"));
}

#[test]
fn a_journals_colon_is_no_place() {
    use Label::{Author, Container, Date, Title};
    let (text, runs) = labelled(&[
        (Author, "Okafor N, Lenz M."),
        (Title, "Guidelines for harbour triage."),
        (Container, "Weekly Report: Recommendations and Reports"),
        (Date, "2012."),
    ]);
    let segs = Segments { text: &text, runs };
    assert_eq!(segs.publisher_read_as_container(None), None);
}

#[test]
fn a_book_after_its_editors_role_is_no_publisher() {
    use Label::{Author, Container, Editor, Location, Other, Title};
    // The model read the editors' role apart from their names: the run after it is the book.
    let (text, runs) = labelled(&[
        (Author, "Okafor, N. (1997):"),
        (Title, "Tidal ledgers."),
        (Editor, "In H. Lenz"),
        (Other, "(ed.):"),
        (
            Container,
            "Die Rückkehr der Häfen. Beiträge zur Geschichte.",
        ),
        (Location, "Wien."),
    ]);
    let segs = Segments { text: &text, runs };
    assert_eq!(segs.publisher_read_as_container(None), None);
}

#[test]
fn the_publisher_a_place_opens() {
    use Label::{Author, Editor, Location, Other, Pages, Publisher, Title};
    // Names the model took for a longer publisher: the run after "Berlin:" is the imprint's.
    let (text, runs) = labelled(&[
        (Author, "Okafor, Ngozi."),
        (Title, "Tidal ledgers."),
        (Editor, "In Harbour Studies, eds."),
        (Other, "Tomas Lenz, Amara Diallo,"),
        (Publisher, "Karl Brandt, and Pieter de"),
        (Location, "Vries, 378–86. Berlin:"),
        (Publisher, "Springer,"),
        (Pages, "2002."),
    ]);
    let segs = Segments { text: &text, runs };
    assert_eq!(&text[segs.publisher_range().unwrap()], "Springer,");
    // With no place before a colon, the longest run.
    let (text, runs) = labelled(&[
        (Author, "W. Landi."),
        (Title, "Aliasing."),
        (
            Publisher,
            "Center for Computer Aids for Industrial Productivity",
        ),
        (Location, "Rutgers,"),
        (Publisher, "Rutgers University,"),
    ]);
    let segs = Segments { text: &text, runs };
    assert_eq!(
        &text[segs.publisher_range().unwrap()],
        "Center for Computer Aids for Industrial Productivity"
    );
}

#[test]
fn a_publisher_broken_between_runs_is_mended() {
    use Label::{Author, Container, Date, Location, Publisher, Title};
    let mended = |parts: &[(Label, &str)]| {
        let (text, runs) = labelled(parts);
        let mut segs = Segments { text: &text, runs };
        segs.mend_publishers();
        segs.runs
            .iter()
            .map(|(l, r)| (*l, text[r.clone()].to_string()))
            .collect::<Vec<_>>()
    };
    let own = |v: &[(Label, &str)]| {
        v.iter()
            .map(|(l, s)| (*l, s.to_string()))
            .collect::<Vec<_>>()
    };
    // Into a container's run, all of it; into a place's, up to its comma.
    let parts = [
        (Author, "Okafor, N."),
        (Title, "Tidal ledgers,"),
        (Location, "Washington:"),
        (Publisher, "Board of"),
        (Container, "Harbour Commissioners."),
    ];
    assert_eq!(
        mended(&parts),
        own(&[
            (Author, "Okafor, N."),
            (Title, "Tidal ledgers,"),
            (Location, "Washington:"),
            (Publisher, "Board of Harbour Commissioners."),
        ])
    );
    let parts = [
        (Title, "Tidal ledgers."),
        (Location, "Munich:"),
        (Publisher, "Carl"),
        (Location, "Hanser, n.d."),
    ];
    assert_eq!(
        mended(&parts),
        own(&[
            (Title, "Tidal ledgers."),
            (Location, "Munich:"),
            (Publisher, "Carl Hanser,"),
            (Location, "n.d."),
        ])
    );
    // A place stays the place's.
    for place in ["Boulder, CO.", "New Jersey,", "Lisbon,", "a Velha:"] {
        let parts = [
            (Title, "Tidal ledgers."),
            (Publisher, "Westview Press"),
            (Location, place),
            (Date, "1994."),
        ];
        assert_eq!(mended(&parts), own(&parts), "{place}");
    }
    // Before the title (an organisation's name), nothing is mended.
    let parts = [(Publisher, "Commission on"), (Title, "Harbour ledgers.")];
    assert_eq!(mended(&parts), own(&parts));
}

#[test]
fn a_journal_begun_inside_the_title_is_mended() {
    use Label::{Author, Container, Title, Volume};
    let mended = |parts: &[(Label, &str)]| {
        let (text, runs) = labelled(parts);
        let mut segs = Segments { text: &text, runs };
        segs.mend_containers();
        segs.runs
            .iter()
            .map(|(_, r)| text[r.clone()].to_string())
            .collect::<Vec<_>>()
    };
    let got = mended(&[
        (Author, "Okafor, N."),
        (Title, "Tidal ledgers revisited. The Harbour-Centered"),
        (Container, "Journal,"),
        (Volume, "9(1),"),
    ]);
    assert_eq!(
        got,
        [
            "Okafor, N.",
            "Tidal ledgers revisited.",
            "The Harbour-Centered Journal,",
            "9(1),"
        ]
    );
    // A title in sentence case keeps its words; so does a title of the name alone.
    for title in [
        "Tidal ledgers: a cluster randomized trial",
        "The Harbour-Centered",
    ] {
        let parts = [(Title, title), (Container, "Coastal Care,"), (Volume, "41")];
        assert_eq!(mended(&parts), [title, "Coastal Care,", "41"]);
    }
}

#[test]
fn a_place_run_on_over_its_publisher() {
    use imprint_run::place_before_mark;
    assert_eq!(
        place_before_mark("(Florence: Olschki"),
        Some(("Florence", "Olschki"))
    );
    assert_eq!(
        place_before_mark("Boston - Little, Brown"),
        Some(("Boston", "Little, Brown"))
    );
    assert_eq!(place_before_mark("Lagos"), None);
    // No place before the mark, or no name after it.
    assert_eq!(place_before_mark("the harbour records: Lagos"), None);
    assert_eq!(place_before_mark("Lagos: 1999"), None);
    // Two cities joined by a dash are one place.
    assert_eq!(place_before_mark("New York - London"), None);
}

#[test]
fn what_may_be_a_subtitle() {
    use journal_run::may_be_subtitle;
    assert!(may_be_subtitle("On Fairy Tale and Their Tellers"));
    assert!(may_be_subtitle("With a new afterword"));
    for not in [
        "Zehnte, unveränderte Auflage",
        "8e édition",
        "Dir. Hal Ashby",
        "Marcus Milwright",
        "Secretaría de Salud",
    ] {
        assert!(!may_be_subtitle(not), "{not}");
    }
}

#[test]
fn a_place_read_from_inside_the_title_starts_at_the_city() {
    use Label::{Author, Date, Location, Publisher, Title};
    let (text, runs) = labelled(&[
        (Author, "Okafor, Ada."),
        (Title, "Ledgers of the Delta: Tides,"),
        (Location, "Mangroves, Lagos. Chicago:"),
        (Publisher, "Harbour Press,"),
        (Date, "1995."),
    ]);
    let segs = Segments { text: &text, runs };
    let title = "Ledgers of the Delta: Tides, Mangroves, Lagos";
    let mut r = Reference {
        title: Some(title.into()),
        ..Reference::default()
    };
    let mut spans = Spans::of(&r, &text);
    let run = segs.first_range(Location).unwrap();
    let run = spans.give(&mut r, &segs, Field::Location, run).unwrap();
    assert_eq!(&text[run], "Chicago:");
    assert_eq!(r.title.as_deref(), Some(title));
}

#[test]
fn a_place_inside_the_title_names_a_place() {
    use Label::{Author, Date, Location, Publisher, Title};
    let (text, runs) = labelled(&[
        (Author, "Okafor, Ada,"),
        (Title, "Tides: Ports,"),
        (Location, "Weirs, Locks, and"),
        (Publisher, "Dams (Harbour University Press,"),
        (Date, "2007)."),
    ]);
    let segs = Segments { text: &text, runs };
    let title = "Tides: Ports, Weirs, Locks, and Dams";
    let mut r = Reference {
        title: Some(title.into()),
        ..Reference::default()
    };
    let mut spans = Spans::of(&r, &text);
    let run = segs.first_range(Location).unwrap();
    assert_eq!(spans.give(&mut r, &segs, Field::Location, run), None);
    assert_eq!(r.title.as_deref(), Some(title));
    assert!(spans::names_a_place("Perth, Western Australia:"));
    assert!(!spans::names_a_place("Weirs, Locks, and"));
}

#[test]
fn a_place_closing_the_title_is_not_the_journals() {
    use Label::{Author, Container, Pages, Title, Volume};
    let (text, runs) = labelled(&[
        (Author, "Okafor, A."),
        (Title, "Tidal flora of the delta,"),
        (Container, "New Jersey. Harbour Studies"),
        (Volume, "44:"),
        (Pages, "58-67."),
    ]);
    let segs = Segments { text: &text, runs };
    let title = "Tidal flora of the delta, New Jersey";
    let mut r = Reference {
        title: Some(title.into()),
        container: Some("Harbour Studies".into()),
        ..Reference::default()
    };
    let mut spans = Spans::of(&r, &text);
    let run = segs.first_range(Container).unwrap();
    let run = spans.give(&mut r, &segs, Field::Container, run).unwrap();
    assert_eq!(text[run].trim_start_matches(['.', ' ']), "Harbour Studies");
    assert_eq!(r.title.as_deref(), Some(title));
}

#[test]
fn a_container_run_goes_on_over_a_dangling_word() {
    let text = "In A. Okafor (Ed.), Tides in harbour life. Retrieved from http://example.org";
    let start = text.find("Tides").unwrap();
    let run = start..start + "Tides in".len();
    assert_eq!(
        &text[over_dangling_word(text, run)],
        "Tides in harbour life"
    );
    // A run closing on a name's word stays.
    let run = start..start + "Tides".len();
    assert_eq!(&text[over_dangling_word(text, run)], "Tides");
    // Nor over the second of two places.
    let text = "In: A. Okafor (Hrsg.): Gezeiten. - Weinheim und München, S. 62-75.";
    let start = text.find("Gezeiten").unwrap();
    let run = start..text.find(" München").unwrap();
    assert_eq!(
        &text[over_dangling_word(text, run)],
        "Gezeiten. - Weinheim und"
    );
}

#[test]
fn a_publisher_named_after_its_place() {
    let text = "Tides. Harbour Review. Stanford University, 2011.";
    let mut r = Reference {
        publisher: Some("University".into()),
        location: Some("Stanford".into()),
        ..Reference::default()
    };
    publisher_named_by_place(&mut r, text, text.find("University").unwrap());
    assert_eq!(r.publisher.as_deref(), Some("Stanford University"));
    assert_eq!(r.location, None);
    // A publisher with a name of its own keeps its place.
    let text = "Tides. Stanford Harrow Press, 2011.";
    let mut r = Reference {
        publisher: Some("Harrow Press".into()),
        location: Some("Stanford".into()),
        ..Reference::default()
    };
    publisher_named_by_place(&mut r, text, text.find("Harrow").unwrap());
    assert_eq!(r.location.as_deref(), Some("Stanford"));
}

#[test]
fn a_place_opening_the_publishers_name() {
    let text = "Okafor, A. Tides. Texas Tech University Press, Lubbock.";
    let mut r = Reference {
        location: Some("Texas".into()),
        publisher: Some("Tech University Press".into()),
        ..Reference::default()
    };
    place_opening_publisher(&mut r, text);
    assert_eq!(r.publisher.as_deref(), Some("Texas Tech University Press"));
    assert_eq!(r.location, None);
    // A publishers' city before its publisher stays the place.
    let text = "Okafor, A. Tides. London Harrow Press, 1990.";
    let mut r = Reference {
        location: Some("London".into()),
        publisher: Some("Harrow Press".into()),
        ..Reference::default()
    };
    place_opening_publisher(&mut r, text);
    assert_eq!(r.location.as_deref(), Some("London"));
}

#[test]
fn a_publisher_the_model_does_not_see_stands_only_where_it_reads_as_one() {
    use imprint_run::rules_publisher_stands;
    let text = "Noor, A. 2019. Salt Marshes of the Gulf. Karachi: Indus Books.";
    assert!(rules_publisher_stands("Indus Books", text));
    let text = "Hale, R. 1988. Tidal Flats. Ravi Lane, Lahore, Pakistan.";
    assert!(rules_publisher_stands("Ravi Lane", text));
    let text = "Mora, T. 2001. Ports and Trade. Chicago: Irwin.";
    assert!(rules_publisher_stands("Irwin", text));
    let text = "Kay, B. 2012. Field notes. The London School of Economics.";
    assert!(rules_publisher_stands(
        "The London School of Economics",
        text
    ));
    // A journal's section, a note, a database, an archive's class: none.
    for (publisher, text) in [
        (
            "Special Issue on River Deltas",
            "Ali, S. 1995. Silt. Journal of Deltas, 1995. Special Issue on River Deltas.",
        ),
        (
            "[hep-th",
            "X. Lin, JHEP 0912, 031 (2009) [arXiv:0903.0619 [hep-th]].",
        ),
        (
            "Factiva",
            "Ray, D. (2006, June 2). Ban. The Post, p.14. Retrieved from Factiva.",
        ),
        (
            "sec A: 1",
            "Day, E. \"Quake.\" The Times 21 July 1986: sec. A: 1.",
        ),
    ] {
        assert!(!rules_publisher_stands(publisher, text), "{publisher}");
    }
}
