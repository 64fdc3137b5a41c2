//! Brazil's ABNT (NBR 6023): family names in capitals, a particle written after the given
//! names' initials ("SILVA, A. C. da.") or between them ("OLIVEIRA, R. de C."), and the
//! editors' "(Org.)", "(Orgs.)" (organizador).

use super::super::parse;

/// Family and given names of each author.
fn authors(text: &str) -> Vec<(String, Option<String>)> {
    parse(text)
        .authors
        .iter()
        .map(|n| (n.family().to_string(), n.given().map(String::from)))
        .collect()
}

#[test]
fn a_particle_after_or_between_the_initials_is_the_names() {
    let some = |s: &str| Some(s.to_string());
    for (text, names, title) in [
        (
            "SILVA, A. C. da. A maré no estuário. São Paulo: Cortez, 2001.",
            vec![("SILVA".to_string(), some("A. C. da"))],
            "A maré no estuário",
        ),
        (
            "SOUZA, J. A. de; OLIVEIRA, M. R. Gestão das marés. São Paulo: Cortez, 2010.",
            vec![
                ("SOUZA".to_string(), some("J. A. de")),
                ("OLIVEIRA".to_string(), some("M. R.")),
            ],
            "Gestão das marés",
        ),
        (
            "OLIVEIRA, R. de C. Identidade e estuário. São Paulo: Pioneira, 1976.",
            vec![("OLIVEIRA".to_string(), some("R. de C."))],
            "Identidade e estuário",
        ),
    ] {
        assert_eq!(authors(text), names, "{text}");
        assert_eq!(parse(text).title.as_deref(), Some(title), "{text}");
    }
}

#[test]
fn org_in_brackets_names_editors() {
    let r = parse("LIMA, M. C.; SANTOS, R. (Orgs.). Marés e sociedade. Campinas: Papirus, 2005.");
    assert!(r.authors.is_empty(), "{:?}", r.authors);
    let editors: Vec<&str> = r.editors.iter().map(|n| n.family()).collect();
    assert_eq!(editors, ["LIMA", "SANTOS"]);
    assert_eq!(r.title.as_deref(), Some("Marés e sociedade"));
    // A chapter: the book after its organiser, not the organiser's name.
    let r = parse(
        "SILVA, A. C. da. A maré no estuário. In: MUNANGA, K. (Org.). Superando as marés. \
         Brasília: MEC, 2001. p. 21-37.",
    );
    assert_eq!(r.container.as_deref(), Some("Superando as marés"));
    assert_eq!(r.editors.first().map(|n| n.family()), Some("MUNANGA"));
}

#[test]
fn a_governments_agency_after_its_country_is_the_author() {
    for (text, author, title) in [
        (
            "BRASIL. Ministério das Marés. Diretrizes para os estuários. Brasília: MM, 2013.",
            "BRASIL. Ministério das Marés",
            "Diretrizes para os estuários",
        ),
        (
            "BRASIL. Ministério das Marés. Secretaria de Portos. Plano dos portos. Brasília: \
             MM, 2004.",
            "BRASIL. Ministério das Marés. Secretaria de Portos",
            "Plano dos portos",
        ),
        (
            "UNITED STATES. Department of Tides. Annual report. Washington, DC: GPO, 2010.",
            "UNITED STATES. Department of Tides",
            "Annual report",
        ),
    ] {
        let r = parse(text);
        assert_eq!(r.authors.len(), 1, "{text}");
        assert_eq!(r.authors[0].cite_name(), author, "{text}");
        assert_eq!(r.title.as_deref(), Some(title), "{text}");
    }
    // A person's name in capitals, then a title: no agency.
    let r =
        parse("YA. LINDOV. The gas phase oxidation of hydrocarbons. Pergamon Press, Oxford. 1964.");
    assert_eq!(
        r.title.as_deref(),
        Some("The gas phase oxidation of hydrocarbons")
    );
}
