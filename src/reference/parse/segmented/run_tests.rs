//! Unit tests of the mends made to the model's runs before they are read (where a run the
//! model began or ended inside a name starts or ends), of joined places, and of what of a
//! container run is the container.

use super::journal_run::*;
use super::*;

/// The runs `parts` (label, words) as the model might cut them, joined by spaces, after
/// `mend`.
pub(super) fn mended_runs(
    parts: &[(Label, &str)],
    mend: fn(&mut Segments<'_>),
) -> Vec<(Label, String)> {
    let (text, runs) = super::tests::labelled(parts);
    let mut segs = Segments { text: &text, runs };
    mend(&mut segs);
    segs.runs
        .iter()
        .map(|(l, r)| (*l, text[r.clone()].to_string()))
        .collect()
}

#[test]
fn a_journal_begun_after_a_possessive() {
    use Label::*;
    let got = mended_runs(
        &[
            (Title, "The idea of Architecture, The Builders’"),
            (Container, "Journal,"),
            (Volume, "vol. 21,"),
        ],
        |s| s.mend_containers(),
    );
    assert_eq!(got[0], (Title, "The idea of Architecture,".to_string()));
    assert_eq!(got[1], (Container, "The Builders’ Journal,".to_string()));
}

#[test]
fn a_word_opening_the_container_is_the_containers() {
    use Label::*;
    let got = mended_runs(
        &[
            (Title, "Scheduling for Tidal Machines, Proc."),
            (Container, "Fourth Harbour Conf. on Tides,"),
            (Date, "1991."),
        ],
        |s| s.mend_containers(),
    );
    assert_eq!(
        got[0],
        (Title, "Scheduling for Tidal Machines,".to_string())
    );
    assert_eq!(
        got[1],
        (
            Container,
            "Proc. Fourth Harbour Conf. on Tides,".to_string()
        )
    );
    // A title of one word is left whole.
    let got = mended_runs(
        &[(Title, "Proceedings"), (Container, "Harbour Conf.")],
        |s| s.mend_containers(),
    );
    assert_eq!(got[0], (Title, "Proceedings".to_string()));
}

#[test]
fn a_place_that_names_a_publisher_is_the_publishers() {
    use Label::*;
    let got = mended_runs(
        &[
            (Title, "Tidal Signals"),
            (Location, "(Pearson,"),
            (Date, "2006)."),
        ],
        |s| s.mend_publishers_read_as_places(),
    );
    assert_eq!(got[1].0, Publisher);
    // A city stays a place, even a publisher's ("Cambridge", "Oxford").
    let got = mended_runs(
        &[
            (Publisher, "Harbour Press,"),
            (Location, "Oxford,"),
            (Date, "2006."),
        ],
        |s| s.mend_publishers_read_as_places(),
    );
    assert_eq!(got[1].0, Location);
}

#[test]
fn a_journal_ended_early_takes_the_publishers_first_words() {
    use Label::*;
    let mend = |parts: &[(Label, &str)]| mended_runs(parts, |s| s.mend_container_ends());
    let got = mend(&[
        (Container, "Logic and Data"),
        (Publisher, "Bases, Plenum Press,"),
        (Date, "1978."),
    ]);
    assert_eq!(got[0], (Container, "Logic and Data Bases".to_string()));
    assert_eq!(got[1], (Publisher, "Plenum Press,".to_string()));
    // A publisher's name or a city stays.
    let parts = [
        (Container, "Annals of Botany"),
        (Publisher, "Oxford, Clarendon,"),
    ];
    assert_eq!(mend(&parts)[1], (Publisher, parts[1].1.to_string()));
    let parts = [
        (Container, "Notes"),
        (Publisher, "Springer Verlag, Berlin,"),
    ];
    assert_eq!(mend(&parts)[1], (Publisher, parts[1].1.to_string()));
}

#[test]
fn a_publisher_begun_late_takes_the_capitalised_words_before_it() {
    use Label::*;
    let mended = |parts: &[(Label, &str)]| mended_runs(parts, |s| s.mend_publisher_heads());
    // After a sentence end inside the model's container: the words after it.
    let got = mended(&[
        (Container, "Studies in Stemmatology. John"),
        (Publisher, "Benjamins Publishing Co."),
        (Date, "1996"),
    ]);
    assert_eq!(got[0], (Container, "Studies in Stemmatology.".to_string()));
    assert_eq!(
        got[1],
        (Publisher, "John Benjamins Publishing Co.".to_string())
    );
    // A company's abbreviation and "and" inside the name; no "and" opens it.
    let got = mended(&[
        (Title, "An Introduction to Modal Logic. Methuen and Co."),
        (Publisher, "Ltd;"),
        (Date, "1968."),
    ]);
    assert_eq!(
        got[0],
        (Title, "An Introduction to Modal Logic.".to_string())
    );
    assert_eq!(got[1], (Publisher, "Methuen and Co. Ltd;".to_string()));
    let parts = [(Title, "The Wind and the Rain and"), (Publisher, "Co.")];
    assert_eq!(mended(&parts)[0], (Title, parts[0].1.to_string()));
    // Initials the model read as a genre.
    let got = mended(&[
        (Genre, "P.A."),
        (Publisher, "Gross,"),
        (Location, "Toronto."),
    ]);
    assert_eq!(got[1], (Publisher, "P.A. Gross,".to_string()));
    assert_eq!(got[0].0, Other);
    // A title with no stop before the capitalised words keeps them.
    let parts = [
        (Title, "The Theory of Games"),
        (Publisher, "Princeton University Press,"),
    ];
    assert_eq!(mended(&parts)[1], (Publisher, parts[1].1.to_string()));
    // Nor is a container taken whole before a longer publisher's run, or a run that opens
    // with a bracket extended.
    let parts = [
        (Container, "Computer Aided Geometric"),
        (Publisher, "Design, Academic Press,"),
    ];
    assert_eq!(mended(&parts)[0], (Container, parts[0].1.to_string()));
    let parts = [
        (Title, "Claudio Monteverdi: Orfeo"),
        (Publisher, "(Cambridge University Press,"),
    ];
    assert_eq!(mended(&parts)[0], (Title, parts[0].1.to_string()));
}

#[test]
fn places_joined_by_a_mark_or_and() {
    let place = |loc: &str, text: &str| {
        let mut l = Some(CompactString::from(loc));
        let _ = super::imprint_run::join_places(&mut l, text);
        l.map(|l| l.to_string())
    };
    let text = "Byrne, Ann, Tides, New York ; Oxford, Oxford University Press, 2014.";
    assert_eq!(
        place("New York", text).as_deref(),
        Some("New York ; Oxford")
    );
    let text = "In Sea and Shore. Cambridge and New York: Cambridge University Press.";
    assert_eq!(
        place("New York", text).as_deref(),
        Some("Cambridge and New York")
    );
    // The model's "York" is first read whole, then joined.
    let text = "Lenz, K. Die attische Flotte, Berlin and New York 1990, p. 228.";
    assert_eq!(place("York", text).as_deref(), Some("Berlin and New York"));
    let text = "Kunz, H. (Hg.), Kein Hafen, Reinbek bei Hamburg 1986.";
    assert_eq!(
        place("Hamburg", text).as_deref(),
        Some("Reinbek bei Hamburg")
    );
    // Not a word that names no publishers' city.
    let text = "Holm, K. Tides. Oxford and Beyond: Harbour Press, 2001.";
    assert_eq!(place("Oxford", text).as_deref(), Some("Oxford"));
}

#[test]
fn a_journal_unpunctuated_before_its_year_and_semicolon_ends_the_title() {
    let parse = |t: &str| crate::reference::parse::parse_with(t, super::super::MODEL_FIELDS);
    let r =
        parse("Okafor A, Lind B. Nitric oxide and tidal inflammation Am J Med 2000; 109:150-158.");
    assert_eq!(
        r.title.as_deref(),
        Some("Nitric oxide and tidal inflammation")
    );
    assert_eq!(r.container.as_deref(), Some("Am J Med"));
    assert_eq!(r.volume.as_deref(), Some("109"));
}

#[test]
fn a_journal_read_as_a_publisher_before_an_articles_numbers() {
    use Label::*;
    let journal = [
        (Title, "Screening for anaemia in older adults."),
        (Publisher, "Geriatr Rev,"),
        (Date, "2011."),
        (Volume, "42(3):"),
        (Pages, "p. 101-109."),
    ];
    let got = mended_runs(&journal, |s| s.mend_journals_read_as_publishers());
    assert_eq!(got[1], (Container, "Geriatr Rev,".to_string()));
    // A place's run, or a journal's before the publisher's, leaves the publisher as it is.
    let mut placed = journal.to_vec();
    placed.insert(2, (Location, "Leeds,"));
    let got = mended_runs(&placed, |s| s.mend_journals_read_as_publishers());
    assert_eq!(got[1], (Publisher, "Geriatr Rev,".to_string()));
    let mut named = journal.to_vec();
    named.insert(1, (Container, "Ann. Ger. Med.,"));
    let got = mended_runs(&named, |s| s.mend_journals_read_as_publishers());
    assert_eq!(got[2], (Publisher, "Geriatr Rev,".to_string()));
    // A book's volume is no article's: "Macmillan, 1890, vol. 2, pp. 3-9".
    let book = [
        (Title, "A History of the Parish."),
        (Publisher, "Macmillan,"),
        (Date, "1890,"),
        (Volume, "vol. 2,"),
        (Pages, "pp. 3-9."),
    ];
    let got = mended_runs(&book, |s| s.mend_journals_read_as_publishers());
    assert_eq!(got[1], (Publisher, "Macmillan,".to_string()));
}

#[test]
fn a_place_before_a_publisher_with_another_place_after_is_the_publishers_head() {
    use Label::*;
    let got = mended_runs(
        &[
            (Container, "In: A Handbook of Mites."),
            (Location, "Texas"),
            (Publisher, "Tech University Press,"),
            (Location, "Lubbock,"),
            (Pages, "pp. 12-40."),
        ],
        |s| s.mend_publisher_heads(),
    );
    assert_eq!(
        got[2],
        (Publisher, "Texas Tech University Press,".to_string())
    );
    // With no place after it, the place stays.
    let got = mended_runs(
        &[
            (Location, "Boston"),
            (Publisher, "Harbour Press,"),
            (Date, "1990."),
        ],
        |s| s.mend_publisher_heads(),
    );
    assert_eq!(got[0], (Location, "Boston".to_string()));
}

#[test]
fn two_places_joined_by_a_word_read_as_a_publisher_are_one() {
    use Label::*;
    let got = mended_runs(
        &[
            (Title, "Novalis."),
            (Location, "Hamburg"),
            (Publisher, "und"),
            (Location, "Leipzig,"),
            (Date, "1893."),
        ],
        |s| s.mend_publishers_read_as_places(),
    );
    assert_eq!(got[1], (Location, "Hamburg und Leipzig,".to_string()));
    assert_eq!(got.len(), 3);
}

#[test]
fn editors_the_rules_read_from_a_title_give_way_to_the_models() {
    use crate::reference::{Name, Reference};
    let text = "Ada Okafor and Ben Lind, eds. Tides in Context: Literature, Culture & Sea.";
    let cut = text.find(" Tides").unwrap();
    let segs = Segments {
        text,
        runs: vec![
            (Label::Editor, 0..cut),
            (Label::Container, cut + 1..text.len()),
        ],
    };
    // The rules took "eds." for a mark before the names, and read the book's title as them.
    let mut r = Reference {
        editors: vec![
            Name::person("Literature", Some("Tides in Context:")),
            Name::person("Culture", None),
            Name::person("Sea", None),
        ],
        ..Reference::default()
    };
    editors::within_model(&mut r, &segs);
    let families: Vec<&str> = r.editors.iter().map(|n| n.family()).collect();
    assert_eq!(families, ["Okafor", "Lind"]);
    // Names with no title's colon in them stay the rules'.
    let mut r = Reference {
        editors: vec![
            Name::person("Holm", Some("Cara")),
            Name::person("Berg", None),
        ],
        ..Reference::default()
    };
    editors::within_model(&mut r, &segs);
    assert_eq!(r.editors.len(), 2);
    assert_eq!(r.editors[0].family(), "Holm");
}

#[test]
fn a_place_run_opening_before_its_bracket_begins_at_it() {
    use Label::*;
    let got = mended_runs(
        &[
            (Title, "Harbour Songs: History,"),
            (Location, "Work, Echo (Bremen:"),
            (Publisher, "Hafen-Verlag,"),
            (Date, "1982)."),
        ],
        |s| s.mend_publishers_read_as_places(),
    );
    assert_eq!(
        got[0],
        (Title, "Harbour Songs: History, Work, Echo".to_string())
    );
    assert_eq!(got[1], (Location, "(Bremen:".to_string()));
}

#[test]
fn a_journals_head_the_model_gave_the_names() {
    let model = |c: &str| Some(c.to_string());
    assert!(journal_head_before(
        "Mod. Phys. Lett. A",
        &model("Phys. Lett. A")
    ));
    assert!(journal_head_before("Aust. J. Chem", &model("J. Chem")));
    // Not an initial, not more than one word, not another container.
    assert!(journal_head_before(
        "J. Am. Chem. Soc",
        &model("Am. Chem. Soc")
    ));
    assert!(!journal_head_before("A. Chem", &model("Chem")));
    assert!(!journal_head_before(
        "Mod. Phys. Lett. A",
        &model("Phys. Lett")
    ));
    assert!(!journal_head_before("Mod. Phys. Lett. A", &None));
}

#[test]
fn a_link_the_model_ran_into_the_container() {
    assert_eq!(
        container_value("Harbour Letters. doi:10.1234/5678 Retrieved").as_deref(),
        Some("Harbour Letters")
    );
    assert_eq!(
        container_value("In Tidal Notes, https://example.org/x").as_deref(),
        Some("Tidal Notes")
    );
    assert_eq!(
        container_value("Retrieval Studies,").as_deref(),
        Some("Retrieval Studies")
    );
    // A special issue's name, after the journal's or its mark before.
    assert_eq!(
        container_value("Harbour Letters, Special Issue on Tides,").as_deref(),
        Some("Harbour Letters")
    );
    assert_eq!(
        container_value("Special Issue, Harbour Letters").as_deref(),
        Some("Harbour Letters")
    );
    assert_eq!(
        container_value("Special Issues in Harbour Law").as_deref(),
        Some("Special Issues in Harbour Law")
    );
    // German lists' dash before "In:".
    assert_eq!(
        container_value("– In: Die Hafenbank - Zeitschrift für Hafenpolitik,").as_deref(),
        Some("Die Hafenbank - Zeitschrift für Hafenpolitik")
    );
}

#[test]
fn an_editors_role_opening_the_container_is_not_the_containers() {
    for (run, container) in [
        ("(Eds.), Tidal Ledgers,", "Tidal Ledgers"),
        (
            "(Hg.), Häfen im Wandel. Eine Bilanz,",
            "Häfen im Wandel. Eine Bilanz",
        ),
        ("(Hrsg.): Hafenforschung heute.", "Hafenforschung heute"),
        ("(a cura di), Porti e approdi,", "Porti e approdi"),
        // A role's word unbracketed opens a journal's name.
        ("Comp. Harbour Rev.,", "Comp. Harbour Rev"),
        ("Dir. Notes on Tides,", "Dir. Notes on Tides"),
    ] {
        assert_eq!(container_value(run).as_deref(), Some(container), "{run}");
    }
}

#[test]
fn a_model_editor_run_the_rules_did_not_read_needs_a_mark() {
    // The run and the text around it; is it marked as editors?
    let cases: &[(&str, &str, bool)] = &[
        ("Afterword. In: Pharr, Susan J.; Putnam, Robert D.: Disaffected Democracies.", "Pharr, Susan J.; Putnam, Robert D.", true),
        ("Dans, DONNAT, O., OCTOBRE, S., (2000) Les publics.", "DONNAT, O., OCTOBRE, S.,", true),
        ("Il teatro, Ugo Piovano (ed.), Torino: Einaudi.", "Ugo Piovano", true),
        ("Clinical aphorisms, compiled by J. Sturge, V. Walworth and A. Shepp, Chapter 9.", "J. Sturge, V. Walworth and A. Shepp,", true),
        ("Handbuch (Hg. Karl Hax und Theodor Wessels), Köln.", "Karl Hax und Theodor Wessels", true),
        ("A Civil Action. Dir. Steven Zaillian. Perf. John Travolta, Robert Duvall, Stephen Fry. Touchstone Pictures, 1999.", "John Travolta, Robert Duvall, Stephen Fry.", false),
        ("Swimming Performance of Harbor Seals, by Williams and Kooyman,", "Williams and Kooyman,", false),
        ("Cahiers, 15, 2012, études réunies et présentées par Serge Stolf", "Serge Stolf", true),
        ("Health and a day: Addresses by Lord Horder (pp.19-41).", "Lord Horder", false),
    ];
    for (text, run, marked) in cases {
        let start = text.find(run).expect("the run is in the text");
        assert_eq!(
            editors::marked(text, start..start + run.len()),
            *marked,
            "{run} in {text}"
        );
    }
}

#[test]
fn the_rules_book_after_an_editors_role() {
    let text = "In S. Lind (eds.): Organization Theory and the Firm. New York.";
    let book = "Organization Theory and the Firm";
    assert_eq!(
        editors::book_after_role(book, Some("Organization Theory and the"), text),
        text.find(book)
    );
    // The model's part must lie inside, and the rules may not run on over an imprint,
    // pages or a publisher.
    assert_eq!(editors::book_after_role(book, Some("New York"), text), None);
    let text = "In S. Lind (Hrsg.), Handbuch (S. 37-60). London: Sage.";
    assert_eq!(
        editors::book_after_role("Handbuch (S", Some("Handbuch"), text),
        None
    );
    let text = "in: R. Lind (ed.) Understanding Poverty Oxford University Press, 337-356.";
    let rules = "Understanding Poverty Oxford University Press";
    assert_eq!(
        editors::book_after_role(rules, Some("Understanding Poverty"), text),
        None
    );
    // Not after a role: "(Eds.)" settles where the book starts, a plain comma does not.
    let text = "In S. Lind, Organization Theory and the Firm. New York.";
    assert_eq!(
        editors::book_after_role(book, Some("Organization Theory and the"), text),
        None
    );
}

#[test]
fn a_container_of_the_editors_names_alone() {
    let editors = crate::reference::parse_name_list("Perloff, Marjorie and Lind, Charles").0;
    for value in [
        "Perloff and Lind",
        "Perloff and Charles Lind",
        "Charles Lind",
    ] {
        assert!(editors_only(&editors, Some(value)), "{value}");
    }
    // ABNT's list, parted by semicolons.
    let abnt = crate::reference::parse_name_list("LIND, Eva; OKAFOR, Hana").0;
    assert!(editors_only(&abnt, Some("LIND, Eva; OKAFOR, Hana")));
    // A given name alone, a word no editor has, or a lower-case word is no such value.
    for value in ["Charles", "Perloff Studies", "Perloff and the Poets"] {
        assert!(!editors_only(&editors, Some(value)), "{value}");
    }
    // Words the rules took for an editor's given names are not given names outside a list.
    let misread = crate::reference::parse_name_list("Bioassays, Aquatic Invertebrate").0;
    assert!(!editors_only(
        &misread,
        Some("Aquatic Invertebrate Bioassays")
    ));
}

/// The rules' title and the model's container run `parts` (the runs' labels as the model
/// cut them): the container the run keeps and the title after [`Spans::give`].
fn given_journal(parts: &[(Label, &str)], title: &str, rules_journal: &str) -> (String, String) {
    given(parts, Field::Container, title, rules_journal)
}

/// The rules' title and `field`'s value (`rules`), and the model's first run for `field` in
/// `parts`: what the run keeps and the title after [`Spans::give`].
fn given(parts: &[(Label, &str)], field: Field, title: &str, rules: &str) -> (String, String) {
    let (text, runs) = super::tests::labelled(parts);
    let segs = Segments { text: &text, runs };
    let mut r = Reference {
        title: Some(title.into()),
        ..Reference::default()
    };
    let label = match field {
        Field::Container => {
            r.container = Some(rules.into());
            Label::Container
        }
        Field::Publisher => {
            r.publisher = Some(rules.into());
            Label::Publisher
        }
        _ => {
            r.location = Some(rules.into());
            Label::Location
        }
    };
    let mut spans = Spans::of(&r, &text);
    let run = segs.first_range(label).unwrap();
    let run = spans.give(&mut r, &segs, field, run).unwrap();
    let kept = text[run].trim_matches([',', '.', ' ']).to_string();
    (kept, r.title.unwrap_or_default())
}

#[test]
fn a_publisher_run_leaves_no_title_on_a_dangling_word() {
    use Label::{Author, Date, Publisher, Title};
    // The model's title stops on "of", its publisher run takes the title's last words.
    let title = "The Lanterns: The Remaking of British Society";
    let got = given(
        &[
            (Author, "Vogel, Hanna"),
            (Date, "(1975):"),
            (Title, "The Lanterns: The Remaking of"),
            (Publisher, "British Society, Oxford University Press."),
        ],
        Field::Publisher,
        title,
        "Oxford University Press",
    );
    assert_eq!(
        got,
        ("Oxford University Press".to_string(), title.to_string())
    );
    // A title the model ends on a word of its own gives the run the rest.
    let got = given(
        &[
            (Author, "Vogel, Hanna"),
            (Date, "(1975):"),
            (Title, "Digital Lantern Design"),
            (Publisher, "Prentice Hall."),
        ],
        Field::Publisher,
        "Digital Lantern Design Prentice Hall",
        "Hall",
    );
    assert_eq!(
        got,
        (
            "Prentice Hall".to_string(),
            "Digital Lantern Design".to_string()
        )
    );
}

#[test]
fn a_journal_run_from_inside_the_rules_title() {
    use Label::{Author, Container, Date, Pages, Title, Volume};
    // After the title's own question mark.
    let title = "Why do sailors hesitate to vaccinate against measles, mumps and rubella?";
    let got = given_journal(
        &[
            (Author, "Okafor R (2004)"),
            (
                Title,
                "Why do sailors hesitate to vaccinate against measles,",
            ),
            (Container, "mumps and rubella? Acta Paediatr"),
            (Volume, "93:"),
            (Pages, "1232–1237"),
        ],
        title,
        "Acta Paediatr",
    );
    assert_eq!(got, ("Acta Paediatr".to_string(), title.to_string()));
    // A title and a journal that commas set side by side.
    let got = given_journal(
        &[
            (Author, "Okafor, D. and M. Lind,"),
            (Date, "1986,"),
            (Container, "Common tides, Econometrica,"),
            (Volume, "54 (4),"),
            (Pages, "923-942."),
        ],
        "Common tides",
        "Econometrica",
    );
    assert_eq!(
        got,
        ("Econometrica".to_string(), "Common tides".to_string())
    );
    // Not where the title's words in the run are a journal's head.
    let got = given_journal(
        &[
            (Author, "Okafor, K. 1901."),
            (Title, "On lines of closest fit to tides,"),
            (
                Container,
                "The London, Edinburgh, and Dublin Philosophical Magazine,",
            ),
            (Volume, "2(11),"),
            (Pages, "559-572."),
        ],
        "On lines of closest fit to tides, The London",
        "Edinburgh, and Dublin Philosophical Magazine",
    );
    assert_eq!(
        got.0,
        "The London, Edinburgh, and Dublin Philosophical Magazine"
    );
}

#[test]
fn a_title_cut_before_its_editors() {
    use super::editors::{opens, title_before};
    assert_eq!(
        title_before("The Fall of Hyperion, "),
        Some("The Fall of Hyperion")
    );
    assert_eq!(
        title_before("Schools and Civic Life edited by "),
        Some("Schools and Civic Life")
    );
    assert_eq!(
        title_before("Practice of Oncology By "),
        Some("Practice of Oncology")
    );
    assert_eq!(
        title_before("A History of Nearby "),
        Some("A History of Nearby")
    );
    assert_eq!(
        title_before("Tide Tables – Edited by "),
        Some("Tide Tables")
    );
    // Editors of the work the title names are the title's.
    assert_eq!(
        title_before("On the Tide Tables of Ibn Said, as edited by "),
        None
    );
    assert_eq!(title_before(", "), None);
    let names = |s: &str| crate::reference::names::parse_name_list(s).0;
    let editors = names("Jonathan Marsh and R. T. Okafor");
    assert!(opens("Jonathan Marsh, R. T. Okafor, (eds.)", &editors));
    assert!(opens("In: Jonathan Marsh, R. T. Okafor, (eds.)", &editors));
    assert!(!opens("Tidal Polymers Editors R. T. Okafor", &editors));
    // A given name that is no name.
    assert!(!opens(
        "Universalgeschichtliche Analysen",
        &names("Universalgeschichtliche Analysen")
    ));
}

#[test]
fn a_model_editor_run_of_translators_or_a_title_is_no_editors() {
    // The model's editor run (where the rules found no editors): is it something else?
    let cases: &[(&str, bool)] = &[
        ("Translated by Margaret Olin Hale.", true),
        ("trans. Peter Lindqvist", true),
        ("Übersetzt von Anna Brehm", true),
        ("Edited and translated by Carla Mott.", false),
        ("In Stories: Old and New, translated by", true),
        ("In Harbours: A Survey,", true),
        ("In: Hale, Margaret / Lindqvist, Peter", false),
        ("in : Brehm, A. (Hrsg.)", false),
        ("Peter Tal (auch: Pinchas Tal) (ed.)", false),
        ("Ugo Mott (ed.)", false),
    ];
    for (run, elsewhere) in cases {
        let names = names_of(run, false).0;
        assert_eq!(
            editors::read_elsewhere(run, &names),
            *elsewhere,
            "{run}: {names:?}"
        );
    }
}

#[test]
fn a_model_title_of_the_editors_names_takes_no_title_from_the_rules() {
    use Label::{Author, Container, Date, Location, Other, Publisher, Title};
    // The model read the book as a container and its editor as a title; the rules read the
    // book as the title and the edition as the container.
    let give = |editor_run: &str| {
        let (text, runs) = super::tests::labelled(&[
            (Author, "———."),
            (Container, "Das Gartenhaus."),
            (Other, "Edited by"),
            (Title, editor_run),
            (Other, "Sonderausgabe 21."),
            (Location, "Stuttgart:"),
            (Publisher, "Brenner,"),
            (Date, "1911."),
        ]);
        let segs = Segments { text: &text, runs };
        let mut r = Reference {
            title: Some("Das Gartenhaus".into()),
            container: Some("Sonderausgabe".into()),
            editors: crate::reference::names::parse_name_list("Karl Brenner").0,
            ..Reference::default()
        };
        let mut spans = Spans::of(&r, &text);
        let run = segs.first_range(Container).unwrap();
        let given = spans.give(&mut r, &segs, Field::Container, run);
        (given.is_some(), r.title.unwrap_or_default())
    };
    assert_eq!(give("Karl Brenner."), (false, "Das Gartenhaus".to_string()));
    // A title of other words is the model's title.
    assert_eq!(
        give("Garden Houses of Swabia."),
        (true, "Garden Houses of Swabia".to_string())
    );
}

#[test]
fn a_page_range_cut_at_its_spaced_dash() {
    use Label::{Date, Edition, Pages, Title};
    let mend = |parts: &[(Label, &str)]| mended_runs(parts, |s| s.mend_open_page_ranges());
    let own = |parts: &[(Label, &str)]| {
        parts
            .iter()
            .map(|(l, w)| (*l, w.to_string()))
            .collect::<Vec<_>>()
    };
    assert_eq!(
        mend(&[(Pages, "pp. 1581 –"), (Date, "1592, 2009.")]),
        own(&[(Pages, "pp. 1581 – 1592,"), (Date, "2009.")])
    );
    // The run left with no word goes.
    assert_eq!(
        mend(&[(Title, "Harbours (S."), (Pages, "81–"), (Edition, "87).")]),
        own(&[(Title, "Harbours (S."), (Pages, "81– 87")])
    );
    // A span of years, or a number inside another, is no page.
    for parts in [
        [(Pages, "2003 -"), (Date, "2004.")],
        [(Pages, "4 –"), (Date, "26/2002,")],
        [(Pages, "-"), (Date, "2004.")],
    ] {
        assert_eq!(mend(&parts), own(&parts));
    }
}

/// An imprint closing the entry, with a paper's pages after its place, starts at its publisher;
/// not with a second publisher or a journal after it.
#[test]
fn an_imprint_closing_the_entry_before_its_pages() {
    use Label::*;
    let imprint = |parts: &[(Label, &str)]| {
        let (text, runs) = super::tests::labelled(parts);
        let segs = Segments { text: &text, runs };
        let publisher = segs.runs[1].1.clone();
        segs.imprint_from(&publisher)
    };
    let mut parts = vec![
        (Title, "12th Symp. on Tides,"),
        (Publisher, "The Tidal Institute,"),
        (Location, "Harbourton, PA."),
        (Date, "1971."),
        (Pages, "p. 239."),
    ];
    assert!(imprint(&parts));
    // Pages before the place are a journal's or a book's, not after its imprint.
    parts.swap(2, 4);
    assert!(!imprint(&parts));
    assert!(!imprint(&[
        (Title, "12th Symp. on Tides,"),
        (Publisher, "The Tidal Institute,"),
        (Location, "Harbourton, PA."),
        (Container, "Tidal Review"),
        (Pages, "p. 239."),
    ]));
}

/// The pages are the longest pages run, one in brackets (an issue the model read as pages too)
/// only when no other is.
#[test]
fn pages_in_brackets_give_way_to_pages_outside_them() {
    use Label::*;
    let pages = |parts: &[(Label, &str)]| {
        let (text, runs) = super::tests::labelled(parts);
        let segs = Segments { text: &text, runs };
        segs.pages_run().map(String::from)
    };
    let mut parts = vec![
        (Container, "Revue des Marées,"),
        (Volume, "26"),
        (Pages, "(308-309)"),
        (Date, "(1987)"),
        (Pages, "445-50."),
    ];
    assert_eq!(pages(&parts).as_deref(), Some("445-50."));
    parts.pop();
    assert_eq!(pages(&parts).as_deref(), Some("(308-309)"));
}

/// A pages label left at the end of the run before the pages is the pages'.
#[test]
fn a_pages_label_closing_the_publisher_is_the_pages() {
    use Label::*;
    let got = mended_runs(
        &[
            (Location, "Frankfurt am Main:"),
            (Publisher, "Harbour. S."),
            (Pages, "111-139"),
        ],
        |s| s.mend_page_labels(),
    );
    assert_eq!(got[1], (Publisher, "Harbour.".to_string()));
    assert_eq!(got[2], (Pages, "S. 111-139".to_string()));
    // A publisher's own last word stays ("Harbour Press" + "12-19").
    let got = mended_runs(&[(Publisher, "Harbour Press,"), (Pages, "12-19")], |s| {
        s.mend_page_labels()
    });
    assert_eq!(got[0], (Publisher, "Harbour Press,".to_string()));
}

#[test]
fn numbers_the_model_ran_into_the_container() {
    // A volume and page, or a page range, after the name's comma: not the name's.
    for (run, name) in [
        ("Harbour Econometrics, 31:307", "Harbour Econometrics"),
        ("Gleichheit durch Tiden, 137-150.", "Gleichheit durch Tiden"),
        ("Tidal Letters, 12: 33–41", "Tidal Letters"),
    ] {
        assert_eq!(container_value(run).as_deref(), Some(name), "{run}");
    }
    // A span of years, one number, or numbers inside the name stay.
    for run in [
        "Novels, 1871–1880",
        "Tidal Letters, 12",
        "Harbour 2001, Vol",
    ] {
        assert_eq!(container_value(run).as_deref(), Some(run), "{run}");
    }
}

#[test]
fn a_span_of_years_is_no_pages_run() {
    let date = Reference {
        date: Some(crate::reference::Date::year(1926)),
        ..Reference::default()
    };
    let (text, runs) = super::tests::labelled(&[
        (Label::Title, "Tides."),
        (Label::Location, "London:"),
        (Label::Publisher, "Lind,"),
        (Label::Pages, "1926-1928."),
    ]);
    let segs = Segments { text: &text, runs };
    assert!(years_of_date("1926-1928.", &date, &segs));
    // Not pages that are no years, nor a span that does not open with the date's year.
    assert!(!years_of_date("226-228.", &date, &segs));
    assert!(!years_of_date("1930-1935.", &date, &segs));
    // Not where the model found a date of its own.
    let (text, runs) =
        super::tests::labelled(&[(Label::Date, "1926,"), (Label::Pages, "1926-1928.")]);
    let segs = Segments { text: &text, runs };
    assert!(!years_of_date("1926-1928.", &date, &segs));
    // Read whole, the reference has its date and no pages.
    let r = crate::reference::parse("Okafor, Ada. Tides. London: Lind, 1926-1928.");
    assert_eq!((r.year(), r.pages), (Some(1926), None));
}

#[test]
fn a_places_cities_without_and_others() {
    fn cities(place: &str) -> Vec<&str> {
        imprint_run::cities(place).collect()
    }
    assert_eq!(cities("Hildesheim u.a."), ["Hildesheim"]);
    assert_eq!(cities("Weinheim / München u. a."), ["Weinheim", "München"]);
    assert_eq!(cities("Berlin, New York"), ["Berlin", "New York"]);
    // Read whole, the place the model read apart as a container stays the place.
    let r = crate::reference::parse(
        "Okafor, Ada, Epistulae et chartae de maribus, Hildesheim u.a. 1973.",
    );
    assert_eq!(r.container, None);
    assert!(r.location.is_some_and(|l| l.starts_with("Hildesheim")));
}

#[test]
fn numbers_the_model_reads_apart_are_read_together() {
    let numbers = |volume: &str, pages: &str| {
        let (text, runs) =
            super::tests::labelled(&[(Label::Volume, volume), (Label::Pages, pages)]);
        let segs = Segments { text: &text, runs };
        let mut r = Reference::default();
        journal_run::numbers_from_model(
            &mut r,
            &segs,
            ModelFields::VOLUME.with(ModelFields::PAGES),
        );
        (r.volume, r.number, r.pages)
    };
    assert_eq!(
        numbers("39", "(3):281–308."),
        (Some("39".into()), Some("3".into()), Some("281–308".into()))
    );
    // The range's first page read with the volume; a range that looks like years.
    assert_eq!(numbers("419:456", "-459.").2, Some("456-459".into()));
    assert_eq!(numbers("42:", "2085-2093.").2, Some("2085-2093".into()));
    // A range that the volume run before it hid ("1920-1950, (pp.94-111)." read as years and
    // a page), read from the run alone.
    assert_eq!(
        numbers("1920-1950", "(pp.94-111).").2,
        Some("94-111".into())
    );
    assert_eq!(
        numbers("Volume 1 1913-1926.", "62-74.").2,
        Some("62-74".into())
    );
    // Not a page range in brackets, nor a year.
    assert_eq!(numbers("vol. 3", "(pp. 131-179).").1, None);
    assert_eq!(numbers("B143", "(2005)335.").1, None);
    // Read whole (a title of two capitalised words, so the model is run).
    let r = crate::reference::parse(
        "Okafor, Ada. 1996. “Tidal Mechanisms.” Acta Estuarica 39 (3):281–308.",
    );
    assert_eq!(r.number.as_deref(), Some("3"));
}

#[test]
fn the_rules_imprint_closing_a_container_run() {
    let reference = |publisher: &str, place: &str| Reference {
        publisher: Some(publisher.into()),
        location: Some(place.into()),
        ..Reference::default()
    };
    let at = |text: &str, r: &Reference| rules_imprint_at(text, &(0..text.len()), r);
    let text = "Handbuch der Sozialarbeit. Luchterhand, Neuwied";
    assert_eq!(at(text, &reference("Luchterhand", "Neuwied")), Some(27));
    assert_eq!(
        at("Leningrad, Nedra,", &reference("Nedra", "Leningrad")),
        Some(0)
    );
    assert_eq!(
        at(
            "Soziologie. Opladen: Leske und Budrich,",
            &reference("Leske und Budrich", "Opladen")
        ),
        Some(12)
    );
    // Not inside a name ("Journal of Opladen: Leske"), not a place the lists do not know,
    // not where the imprint does not close the run.
    assert_eq!(
        at("Studies of Opladen: Leske", &reference("Leske", "Opladen")),
        None
    );
    assert_eq!(
        at("Studies. Nowhere: Leske", &reference("Leske", "Nowhere")),
        None
    );
    assert_eq!(
        at(
            "Studies. Opladen: Leske, Vol. 2",
            &reference("Leske", "Opladen")
        ),
        None
    );
}
