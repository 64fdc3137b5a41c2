//! Unit tests of the entry's head as the model reads it (`head.rs`): titles and authors the
//! rules read past their end.

use super::*;

#[test]
fn a_model_title_opening_on_and_is_no_title() {
    let parse = |t: &str| crate::reference::parse::parse_with(t, super::super::MODEL_FIELDS);
    let r = parse(
        "Okafor, Grace. Rivers, Roads, and the Making of a Market Town. Lagos: Harbour Press, 2001.",
    );
    assert_eq!(
        r.title.as_deref(),
        Some("Rivers, Roads, and the Making of a Market Town")
    );
}

#[test]
fn names_read_on_into_the_title_and_publisher_are_no_authors() {
    let parse = |t: &str| crate::reference::parse::parse_with(t, super::super::MODEL_FIELDS);
    let r = parse("[3] K. Okafor, Tidal Dynamics, Harbour University Press (1999).");
    assert_eq!(r.authors, vec![Name::person("Okafor", Some("K."))]);
    assert_eq!(r.title.as_deref(), Some("Tidal Dynamics"));
    assert_eq!(r.publisher.as_deref(), Some("Harbour University Press"));
    // Organisations named as authors and again as the publisher stay the authors.
    let r = parse(
        "City of Harbourton; City of Kestrel; Metrorail. (2014, Aug. 29). Statement of \
         completion: transit projects. Retrieved from http://example.org/notice.pdf",
    );
    assert_eq!(r.authors.len(), 3);
}

#[test]
fn a_title_opening_like_a_name_is_the_title() {
    let parse = |t: &str| crate::reference::parse::parse_with(t, super::super::MODEL_FIELDS);
    let r = parse(
        "Amara Okafor, Peasant Nigeria, Civil War: The Delta Countryside in Revolution, \
         1917-1921 (Oxford: Clarendon Press, 1997).",
    );
    assert_eq!(r.authors, vec![Name::person("Okafor", Some("Amara"))]);
    assert_eq!(
        r.title.as_deref(),
        Some("Peasant Nigeria, Civil War: The Delta Countryside in Revolution, 1917-1921")
    );
    // A longer list's last name the model reads into the title stays a name.
    let r = parse(
        "Okafor, Amara, Jason Bell, Ruth Kline, Peter Marsh, Ichiro Sato. Tuning in Two-Part \
         Singing. In Program of the Music Perception Conference, 43. Toronto, ON, 2013.",
    );
    assert_eq!(r.authors.len(), 5);
}

#[test]
fn names_run_on_into_the_journal_are_the_authors() {
    let parse = |t: &str| crate::reference::parse::parse_with(t, super::super::MODEL_FIELDS);
    // Chemistry's entry with no title: the names, then the journal.
    let r = parse("(12) A. OKAFOR et P. LINDQVIST. Top. Curr. Chem. 98, 181 (1983);");
    let families: Vec<&str> = r.authors.iter().map(|n| n.family()).collect();
    assert_eq!(families, ["OKAFOR", "LINDQVIST"]);
    assert_eq!(r.title, None);
    assert_eq!(r.container.as_deref(), Some("Top. Curr. Chem"));
    // A quoted title stays the title.
    let r = parse("“Ada B. Okafor.” In Harbourpedia. Last modified May 9, 2013.");
    assert!(r.authors.is_empty());
}

#[test]
fn korean_and_chinese_names_written_whole_are_the_authors() {
    let parse = |t: &str| crate::reference::parse::parse_with(t, super::super::MODEL_FIELDS);
    let r = parse("김민수, 박지은, '도시 하천의 수질 변화에 관한 연구,' 환경과학연구, 제12권, 제3호, pp.45-60, 2015.");
    assert_eq!(
        r.authors,
        vec![Name::literal("김민수"), Name::literal("박지은")]
    );
    assert_eq!(
        r.title.as_deref(),
        Some("도시 하천의 수질 변화에 관한 연구")
    );
    let r = parse("王明, 李华, '城市河流水质变化研究', 环境科学学报, 第12卷, 2015.");
    assert_eq!(
        r.authors,
        vec![Name::literal("王明"), Name::literal("李华")]
    );
    assert_eq!(r.title.as_deref(), Some("城市河流水质变化研究"));
    // Latin names are no Hangul: the rules' reading stands.
    let r = parse("Okafor, A. and Lind, B., 2001, 'Tidal mixing in shallow estuaries', Journal of Coastal Research, Vol.3, pp.1-9.");
    assert_eq!(r.authors.len(), 2);
    assert_eq!(
        r.title.as_deref(),
        Some("Tidal mixing in shallow estuaries")
    );
}

#[test]
fn a_title_between_straight_single_quotes_loses_them() {
    assert_eq!(
        bare("'Variables influencing the return on investment',").as_deref(),
        Some("Variables influencing the return on investment")
    );
    assert_eq!(bare("The Workers'").as_deref(), Some("The Workers'"));
}

#[test]
fn an_author_written_as_the_model_read_it() {
    let authors = crate::reference::parse_name_list("Okafor D., Lerch Ch., Loos-Lind J.").0;
    assert!(head::written_as_author(&authors, "Loos-Lind J."));
    assert!(head::written_as_author(&authors, "Lerch Ch"));
    // A journal whose words are no author's, or a family name alone.
    assert!(!head::written_as_author(&authors, "Research Policy"));
    assert!(!head::written_as_author(&authors, "Okafor"));
}

#[test]
fn a_title_read_as_the_author_is_no_author() {
    let parse = |t: &str| crate::reference::parse::parse_with(t, super::super::MODEL_FIELDS);
    for (text, title) in [
        (
            "Harbour World Factbook. Washington, DC: Central Harbour Agency, 2009.",
            "Harbour World Factbook",
        ),
        (
            "Okafor's Collegiate Dictionary. Springfield, MA: Lind-Webster, 2003.",
            "Okafor's Collegiate Dictionary",
        ),
    ] {
        let r = parse(text);
        assert_eq!(r.title.as_deref(), Some(title), "{text}");
        assert!(r.authors.is_empty(), "{text}");
    }
    // An author who is not the title stays.
    let mut r = crate::reference::Reference {
        authors: vec![Name::literal("Harbour Agency")],
        title: Some("Harbour World Factbook".into()),
        ..Default::default()
    };
    head::title_read_as_author(&mut r);
    assert_eq!(r.authors.len(), 1);
}

#[test]
fn a_rules_title_opening_in_the_models_edition_gives_way() {
    let r = crate::reference::parse::parse_with(
        "The Harbour Manual of Style. 3rd ed. Lagos: Harbour University Press, 2010.",
        super::super::MODEL_FIELDS,
    );
    assert_eq!(r.title.as_deref(), Some("The Harbour Manual of Style"));
    assert!(r.authors.is_empty());
    assert_eq!(r.edition.as_deref(), Some("3"));
    assert_eq!(r.publisher.as_deref(), Some("Harbour University Press"));
}

#[test]
fn a_titles_and_between_small_words_is_no_list_of_names() {
    let parse = |t: &str| crate::reference::parse::parse_with(t, super::super::MODEL_FIELDS);
    let r =
        parse("Okafor, M., Surveiller et punir. Naissance de la prison, Paris, Gallimard, 1975.");
    assert_eq!(
        r.title.as_deref(),
        Some("Surveiller et punir. Naissance de la prison")
    );
}

#[test]
fn a_name_and_year_opening_the_title_are_the_titles() {
    use Label::{Author, Container, Date, Title};
    let mended = |parts: &[(Label, &str)]| {
        super::run_tests::mended_runs(parts, |s| s.mend_dates_opening_titles())
    };
    let got = mended(&[
        (Author, "A. Okafor."),
        (Date, "Icdar 2013"),
        (Title, "table competition."),
        (Container, "In Proc. Harbour Conference,"),
        (Date, "2013."),
    ]);
    assert_eq!(got[1], (Title, "Icdar 2013 table competition.".to_string()));
    // The only date, a month, or a stop after the word: the date stands.
    for date in ["Icdar 2013", "May 2013", "Review. 2013."] {
        let only = date == "Icdar 2013";
        let mut parts = vec![(Date, date), (Title, "Tides."), (Container, "J. Harb.")];
        if !only {
            parts.push((Date, "2014."));
        }
        assert_eq!(mended(&parts)[0].0, Date, "{date}");
    }
}

#[test]
fn a_title_read_as_the_last_name_after_initials() {
    use super::run_tests::mended_runs;
    use Label::*;
    let got = mended_runs(
        &[
            (Author, "K. Okafor, Tidal Dynamics,"),
            (Publisher, "Harbour University Press"),
            (Date, "(1999)."),
        ],
        |s| s.mend_titles_read_as_names(),
    );
    assert_eq!(got[0], (Author, "K. Okafor,".to_string()));
    assert_eq!(got[1], (Title, "Tidal Dynamics,".to_string()));
    // Names written family first, a name's suffix, a title run elsewhere: the run stands.
    for parts in [
        vec![(Author, "Okafor, K., Berg,"), (Publisher, "Harbour Press")],
        vec![(Author, "K. Okafor, III,"), (Publisher, "Harbour Press")],
        vec![
            (Author, "K. Okafor, Lena Berg,"),
            (Title, "Tides."),
            (Publisher, "Harbour Press"),
        ],
    ] {
        assert_eq!(
            mended_runs(&parts, |s| s.mend_titles_read_as_names()).len(),
            parts.len()
        );
    }
}

#[test]
fn a_title_opened_as_an_imprint_after_the_date() {
    use super::run_tests::mended_runs;
    use Label::*;
    let got = mended_runs(
        &[
            (Author, "Dawi, Akmal."),
            (Date, "(January 18, 2024)."),
            (Publisher, "US, China"),
            (Title, "Call on Pakistan, Iran to Avoid Escalation."),
        ],
        |s| s.mend_titles_opened_as_imprints(),
    );
    assert_eq!(got.len(), 3);
    assert_eq!(
        got[2],
        (
            Title,
            "US, China Call on Pakistan, Iran to Avoid Escalation.".to_string()
        )
    );
    // An imprint ended by its mark, or opening the entry (an organisation's): it stands.
    for parts in [
        vec![
            (Author, "Dawi, A."),
            (Date, "2024."),
            (Publisher, "Verso."),
            (Title, "Tides."),
        ],
        vec![
            (Publisher, "Verlag für Literatur"),
            (Title, "Resolution über einige Fragen."),
        ],
    ] {
        assert_eq!(
            mended_runs(&parts, |s| s.mend_titles_opened_as_imprints()).len(),
            parts.len()
        );
    }
}

#[test]
fn a_title_before_its_authors() {
    use Label::*;
    let read = |parts: &[(Label, &str)], rules_title: &str| {
        let (text, runs) = super::tests::labelled(parts);
        let segs = Segments { text: &text, runs };
        let mut r = Reference {
            title: Some(rules_title.to_string()),
            ..Reference::default()
        };
        super::head::title_first_authors(&mut r, &segs);
        (r.authors, r.title)
    };
    let parts = [
        (Title, "Nutrient gradients in the western North Atlantic"),
        (Author, "Cavender-Bares, K.K., D.M. Karl and S.W. Chisholm"),
        (Date, "2001"),
        (Container, "Deep Sea Research Part I,"),
    ];
    let whole = "Nutrient gradients in the western North Atlantic Cavender-Bares, K.K., D.M. \
                 Karl and S.W. Chisholm 2001 Deep Sea Research Part I";
    let (authors, title) = read(&parts, whole);
    assert_eq!(authors.len(), 3);
    assert_eq!(authors[0], Name::person("Cavender-Bares", Some("K.K.")));
    assert_eq!(
        title.as_deref(),
        Some("Nutrient gradients in the western North Atlantic")
    );
    // Words the model took for names without initials, or names the rules' title does not
    // hold, or no date after them: no authors.
    let (authors, _) = read(
        &[
            (Title, "Tides of the"),
            (Author, "Point Counter Point"),
            (Date, "2001"),
        ],
        "Tides of the Point Counter Point",
    );
    assert!(authors.is_empty());
    let (authors, _) = read(&parts, "Nutrient gradients in the western North Atlantic");
    assert!(authors.is_empty());
    let (authors, _) = read(&parts[..2], whole);
    assert!(authors.is_empty());
}

#[test]
fn a_one_word_title_is_no_family_name() {
    // Vancouver: the family name, its initials, then a title of one word.
    let parse = |t: &str| crate::reference::parse::parse_with(t, super::super::MODEL_FIELDS);
    let r = parse("Smith A. Harbours. Berlin: Springer; 2010.");
    assert_eq!(r.authors.len(), 1);
    assert_eq!(r.authors[0].family(), "Smith");
    assert_eq!(r.authors[0].given(), Some("A."));
    assert_eq!(r.title.as_deref(), Some("Harbours"));
    // The rules, having taken the word, read the next sentence as the title: the model's
    // title stands.
    let r = parse(
        "Okafor B. Tides. In: Coastal Histories (eds Kim R and Haas L). London: Routledge, 2015, pp.45-67.",
    );
    assert_eq!(r.authors[0].family(), "Okafor");
    assert_eq!(r.title.as_deref(), Some("Tides"));
    // A name written given name first stays as it is.
    let r = parse("John A. Smith. Harbours. Berlin: Springer, 2010.");
    assert_eq!(r.authors[0].family(), "Smith");
    assert_eq!(r.authors[0].given(), Some("John A."));
}
