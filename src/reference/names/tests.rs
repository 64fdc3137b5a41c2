use super::*;

fn families(text: &str) -> Vec<String> {
    parse_name_list(text)
        .0
        .iter()
        .map(Name::cite_name)
        .collect()
}

#[test]
fn group_authors_and_compact_initials() {
    assert!(is_group_name("Turner Syndrome Study Group"));
    assert!(is_group_name("STAR*D Investigators"));
    assert!(!is_group_name("Network J"));
    assert!(!is_group_name("Investigators"));
    assert_eq!(compact_initials("Thomma", "BPHJ"), Some("BPHJ"));
    assert_eq!(compact_initials("BARRÓN", "CRUZ"), None);
    assert_eq!(compact_initials("SMITH", "JA"), Some("JA"));
    assert_eq!(compact_initials("Geddes", "JR."), Some("JR"));
    assert_eq!(compact_initials("Smith", "J."), None);
    assert_eq!(compact_initials("Smith", "Jones"), None);
    assert_eq!(compact_initials("Smith", "ABCDE"), None);
    assert!(is_initials("L.-w."));
    assert!(!is_initials("Lw."));
    // A particle after the given name stays with it, as BibTeX reads it.
    assert_eq!(families("Okoro, Ana de"), ["Okoro"]);
    assert_eq!(before_particles("Ana de"), "Ana");
    assert_eq!(before_particles("Ana De"), "Ana De");
    // The last stop left out: "Krantz G.W and D.E. Walter".
    assert!(is_initials("G.W") && is_initials("D.E.W"));
    assert!(!is_initials("G.Wu"));
    assert_eq!(families("Krantz G.W and D.E. Walter"), ["Krantz", "Walter"]);
    assert_eq!(
        families("Fava M, Rush AJ; for the STAR*D Study Team"),
        ["Fava", "Rush", "STAR*D Study Team"]
    );
    // A body and its part, both named with an organisation's word: one author.
    assert_eq!(
        families("National Research Council, Committee on Coastal Erosion"),
        ["National Research Council, Committee on Coastal Erosion"]
    );
    assert_eq!(parse_name_list("Smith John, Jones Mary").0.len(), 2);
}

#[test]
fn inverted_lists() {
    assert_eq!(
        families("Romero, C., Paunesku, D., & Dweck, C."),
        ["Romero", "Paunesku", "Dweck"]
    );
    assert_eq!(families("Chen, L. and Okafor, N."), ["Chen", "Okafor"]);
    assert_eq!(
        families("Sæther, B.-E., & Ødegaard, T."),
        ["Sæther", "Ødegaard"]
    );
    assert_eq!(families("van der Berg, P."), ["van der Berg"]);
}

#[test]
fn initials_glued_to_family_names() {
    assert_eq!(
        families("KimballB, SmithJA, van der MeerJW, O'BrienPJ"),
        ["Kimball", "Smith", "van der Meer", "O'Brien"]
    );
    let (names, _) = parse_name_list("KimballB, SmithJA");
    assert_eq!(names[1].given(), Some("JA"));
    // Hyphenated initials, a lone initial after the glued ones, family names of more
    // than one word.
    assert_eq!(
        families("ElvidgeCD, HsuF-C, De VlasSJ, FuentesM V., Chounna NdongmoPW, Van den BergH"),
        [
            "Elvidge",
            "Hsu",
            "De Vlas",
            "Fuentes",
            "Chounna Ndongmo",
            "Van den Berg"
        ]
    );
    let (names, _) = parse_name_list("HsuF-C, FuentesM V.");
    assert_eq!(
        (names[0].given(), names[1].given()),
        (Some("F-C"), Some("M V."))
    );
    // A lone camel-cased name, or whole names, are left alone.
    assert_eq!(families("McDonaldJ"), ["McDonaldJ"]);
    assert_eq!(families("Smith JA, McKay R"), ["Smith", "McKay"]);
}

#[test]
fn direct_lists() {
    assert_eq!(families("S. E. Han, G. Chen"), ["Han", "Chen"]);
    assert_eq!(
        families("Pérez-Higueras JJ, Arias A, de la Macorra JC, Peters OA"),
        ["Pérez-Higueras", "Arias", "de la Macorra", "Peters"]
    );
    assert_eq!(
        families("Caroline Davies and Paul Adams"),
        ["Davies", "Adams"]
    );
    // Whole names given first, not read in (family, given) pairs.
    assert_eq!(
        families("Ida Moreno, Walter E. Quill, and Aron Tesh"),
        ["Moreno", "Quill", "Tesh"]
    );
    assert_eq!(
        families("Lars Berg, Hana Ito, Tomas Q. Vale, and Rut Lind"),
        ["Berg", "Ito", "Vale", "Lind"]
    );
    assert_eq!(
        families("Tam Orr, Daniel Y. Fu, Stella Ormond"),
        ["Orr", "Fu", "Ormond"]
    );
    assert_eq!(
        families("Ida Moreno, Oren Noah Press, and Mike Vale"),
        ["Moreno", "Press", "Vale"]
    );
    // A capitalised particle before the last word is the family's.
    assert_eq!(
        families("A. Berg, M. Di Renzo, and Rona Le Brun"),
        ["Berg", "Di Renzo", "Le Brun"]
    );
    assert_eq!(families("Quoc Le and Ana Del"), ["Le", "Del"]);
    // Russian two-letter initials; "Yu." and "Ye." close Chinese names as often.
    assert_eq!(
        families("Y. Okafor and E. Kh. Lindqvist"),
        ["Okafor", "Lindqvist"]
    );
    assert!(is_initials("Kh.") && !is_initials("Yu.") && !is_initials("Zh."));
    // "Th." before more initials; not before a word.
    assert!(is_initials("Th. W.") && is_initials("Ch. A. B."));
    assert!(!is_initials("Th. Wu.") && !is_initials("Th. Mann"));
    assert_eq!(families("A. Yu. Okafor and B. Lind"), ["Okafor", "Lind"]);
    assert_eq!(families("Long Phan and Yanfang Ye."), ["Phan", "Ye"]);
    // Short family names in capitals are no initials before initials with stops.
    assert_eq!(
        families("LI, Y., OKAFOR, A., WU, J. X."),
        ["LI", "OKAFOR", "WU"]
    );
    // In capitals before a family name that is not, it is initials ("Adam DI Kramer").
    assert_eq!(
        families("Ada DI Okafor, Ben E Lind, and Cara T Holm"),
        ["Okafor", "Lind", "Holm"]
    );
    // Chicago (first name inverted) and inverted lists keep their reading.
    assert_eq!(
        families("Moreno, Ida, Walter E. Quill, and Aron Tesh"),
        ["Moreno", "Quill", "Tesh"]
    );
    assert_eq!(
        families("Moreno, Ida, and Quill, Walter"),
        ["Moreno", "Quill"]
    );
    assert_eq!(families("Berg JA, Ito H, Vale TQ"), ["Berg", "Ito", "Vale"]);
}

#[test]
fn organisations_and_et_al() {
    assert_eq!(
        families("World Health Organization"),
        ["World Health Organization"]
    );
    assert_eq!(
        families("Ministry of Foreign Affairs"),
        ["Ministry of Foreign Affairs"]
    );
    // A body named by "for" or "of" between capitalised words, alone or among others.
    for (text, bodies) in [
        (
            "Centers for Harbour Control and Prevention (CHCP)",
            vec!["Centers for Harbour Control and Prevention (CHCP)"],
        ),
        (
            "U.S. Army Corps of Engineers",
            vec!["U.S. Army Corps of Engineers"],
        ),
        (
            "City of Lagos; City of Accra; Metrolinx",
            vec!["City of Lagos", "City of Accra", "Metrolinx"],
        ),
    ] {
        assert_eq!(families(text), bodies, "{text}");
        assert!(parse_name_list(text).0[0].is_literal(), "{text}");
    }
    // A given name before "of" is a person's ("Gregory of Nyssa").
    assert!(!parse_name_list("Gregory of Nyssa").0[0].is_literal());
    let (names, et_al) = parse_name_list("Novak, J., et al.");
    assert!(et_al);
    assert_eq!(names.len(), 1);
    // "et al" opens a word: "Metall", "Vetallo" hold none. Set apart from "al", it may be
    // glued to the name before (a PDF's lost space: "Verteset al.").
    for text in [
        "IG Metall",
        "Novak, J., Vetallo, K.",
        "Novak, J.,etal.",
        "Novak, J., Verteset al.",
    ] {
        let (names, et_al) = parse_name_list(text);
        assert_eq!(et_al, text.ends_with("al."), "{text}");
        assert!(
            names.iter().all(|n| n.family().len() > 2),
            "{text}: {names:?}"
        );
    }
    // The byte tests let through what the patterns match.
    for text in [
        "Novak, J., ET AL.",
        "Novak, J. and Others",
        "Novak, J., … Botros, N.",
        "Smith, J.; for the STAR*D Study Team",
        "Smith, J.,\u{a0}On behalf of the ALPHA Trial Investigators",
    ] {
        assert_eq!(
            ET_AL.is_match(text),
            ET_AL.is_match(text) && may_have_et_al(text)
        );
        assert_eq!(
            GROUP_TAIL.is_match(text),
            GROUP_TAIL.is_match(text) && may_have_group_tail(text)
        );
    }
    assert!(!may_have_et_al("Smith, J., & Jones, K.") && !may_have_group_tail("Smith, J."));
}

#[test]
fn suffixes_inside_inverted_names() {
    let names = parse_name_list("Accordino, M. P. & Guerney, Jr., B. G.").0;
    assert_eq!(names.len(), 2);
    assert_eq!(names[1], person_inverted("Guerney", "B. G., Jr."));
    assert_eq!(
        (names[1].given(), names[1].suffix()),
        (Some("B. G."), Some("Jr."))
    );
    let names = parse_name_list("Stewart III, Charles and Jonathan Woon").0;
    assert_eq!(names.len(), 2);
    assert_eq!(names[0], person_inverted("Stewart", "Charles, III"));
    assert_eq!(
        (names[0].given(), names[0].suffix()),
        (Some("Charles"), Some("III"))
    );
    assert_eq!(names[1].cite_name(), "Woon");
    // A suffix after the given names is the name's suffix, not a name or a given name.
    assert_eq!(
        families("King, Martin L., Jr., and Smith, John"),
        ["King", "Smith"]
    );
    let suffixes = |list: &str| -> Vec<(Option<String>, Option<String>)> {
        parse_name_list(list)
            .0
            .iter()
            .map(|n| (n.given().map(Into::into), n.suffix().map(Into::into)))
            .collect()
    };
    let some = |g: &str, s: Option<&str>| (Some(g.to_string()), s.map(String::from));
    assert_eq!(
        suffixes("King, M. L., Jr. and Smith, John"),
        [some("M. L.", Some("Jr.")), some("John", None)]
    );
    assert_eq!(
        suffixes("Davis, S., Sr., & Lee, K."),
        [some("S.", Some("Sr.")), some("K.", None)]
    );
    assert_eq!(
        suffixes("R. E. Smith Jr. and A. Jones III"),
        [some("R. E.", Some("Jr.")), some("A.", Some("III"))]
    );
    assert_eq!(
        suffixes("Reynolds CF 3rd, King ML Jr."),
        [some("CF", Some("3rd")), some("ML", Some("Jr."))]
    );
}

#[test]
fn family_in_capitals_before_given_names() {
    assert_eq!(families("DELISLE Léopold"), ["DELISLE"]);
    assert_eq!(families("ACKET Claude, BACHER Pierre"), ["ACKET", "BACHER"]);
    assert_eq!(families("GAÏTI Brigitte"), ["GAÏTI"]);
    assert_eq!(families("LE-GALL Jean P."), ["LE-GALL"]);
    // Given first, family in capitals; Vancouver initials; initials in capitals.
    assert_eq!(families("Maria GREENWALD"), ["GREENWALD"]);
    assert_eq!(families("USVSN Sai Prasanthan"), ["Prasanthan"]);
    assert_eq!(families("Smith JA"), ["Smith"]);
    assert_eq!(families("JA Smith"), ["Smith"]);
    // One vowel in consonants' short runs (GB/T 7714's transcribed Chinese names).
    assert_eq!(families("ZHANG Wei, CHEN Xiaoming"), ["ZHANG", "CHEN"]);
    // Two-letter ones before a given name in mixed case; not initials before a family name.
    assert_eq!(families("LI Ming, WU Jian"), ["LI", "WU"]);
    assert_eq!(families("JA Okafor"), ["Okafor"]);
}

#[test]
fn names_set_apart_by_slashes() {
    assert_eq!(
        families("Okafor, B./Lindqvist, M."),
        ["Okafor", "Lindqvist"]
    );
    assert_eq!(
        families("OKAFOR, Bisi/LINDQVIST, Maja"),
        ["OKAFOR", "LINDQVIST"]
    );
    assert_eq!(slashes_between_names("Okafor, B."), None);
    // Spaces around the slash.
    assert_eq!(
        families("Okafor, B./ Lindqvist, M. / Haupt, J."),
        ["Okafor", "Lindqvist", "Haupt"]
    );
}

#[test]
fn names_set_apart_by_spaced_dashes() {
    assert_eq!(
        families("L.M. Ferrante – G. Bassi – P. van Loon"),
        ["Ferrante", "Bassi", "van Loon"]
    );
    assert_eq!(families("R. Ferri - A. Galli"), ["Ferri", "Galli"]);
    // A body's name and a double family name keep their dash.
    assert_eq!(dashes_between_names("OCSE - Banca Mondiale"), None);
    assert_eq!(dashes_between_names("Ferrante – Bassi, L."), None);
}

#[test]
fn names_joined_by_italian_or_portuguese_e() {
    assert_eq!(families("R. Ferri e A.M. Galli"), ["Ferri", "Galli"]);
    assert_eq!(families("Paolo Ferri e Marco Galli"), ["Ferri", "Galli"]);
    // A compound family name keeps its "e".
    assert_eq!(families("FERRI e GALLI, P."), ["FERRI e GALLI"]);
    assert_eq!(e_between_names("de Sousa e Lima, Ana"), None);
    assert_eq!(e_between_names("Ferri e Galli, P."), None);
}

#[test]
fn family_in_capitals_with_initials_is_a_person() {
    let person = |text: &str| {
        let (names, _) = parse_name_list(text);
        names
            .iter()
            .map(|n| format!("{}|{}", n.family(), n.given().unwrap_or("")))
            .collect::<Vec<_>>()
    };
    assert_eq!(person("WANG W."), ["WANG|W."]);
    assert_eq!(person("DUCLERT V."), ["DUCLERT|V."]);
    assert_eq!(person("S. W. BENSON"), ["BENSON|S. W."]);
    // An initialism stays one: a country's initials before a body's, a word alone.
    assert!(parse_name_list("U.S. EPA").0[0].is_literal());
    assert!(parse_name_list("NASA").0[0].is_literal());
}

#[test]
fn initials_set_apart_without_stops_after_the_family_name() {
    // The Institute of Physics' style.
    assert_eq!(families("Okafor A B and Lind C D E"), ["Okafor", "Lind"]);
    assert_eq!(families("Okafor A B, Lind C"), ["Okafor", "Lind"]);
    let (names, _) = parse_name_list("van der Berg J A");
    assert_eq!(names[0].given(), Some("J A"));
    // A second capitals block is no single initial: "IBM UK" stays as it was read.
    assert_eq!(families("Okafor AB"), ["Okafor"]);
}

#[test]
fn literal_family_of_a_given_first_name() {
    assert_eq!(
        Name::literal("Noam Shazeer").literal_family(),
        Some("Shazeer")
    );
    assert_eq!(
        Name::literal("Hyung Won Chung").literal_family(),
        Some("Chung")
    );
    for other in [
        "World Bank",
        "The Guardian",
        "WHO",
        "Google",
        "NASA Ames Center",
    ] {
        assert_eq!(Name::literal(other).literal_family(), None, "{other}");
    }
    assert_eq!(Name::person("Shazeer", Some("Noam")).literal_family(), None);
}

#[test]
fn json_shape() {
    let json = serde_json::to_string(&Name::literal("Dawn")).unwrap();
    assert_eq!(json, r#"{"literal":"Dawn"}"#);
    let json = serde_json::to_string(&person_inverted("van der Berg", "P.")).unwrap();
    assert_eq!(
        json,
        r#"{"family":"Berg","given":"P.","particle":"van der"}"#
    );
}

#[test]
fn family_names_opened_by_capitalised_particles() {
    let names = parse_name_list("Van Dijk, Jan").0;
    assert_eq!(names.len(), 1);
    assert_eq!(names[0].given(), Some("Jan"));
    assert_eq!(families("Van Dijk, Jan"), ["Van Dijk"]);
    assert_eq!(
        families("Della Okoro, Ada and Tessa Marsh"),
        ["Della Okoro", "Marsh"]
    );
    assert_eq!(
        families("Van de Kamp, Noor; Okafor, Ada"),
        ["Van de Kamp", "Okafor"]
    );
    assert_eq!(families("VAN DE KAMP, Noor"), ["VAN DE KAMP"]);
    // A Spanish family name of two words joined by "y".
    assert_eq!(
        families("Ortega y Gasset, José; Marsh, Tessa"),
        ["Ortega y Gasset", "Marsh"]
    );
    assert_eq!(families("Okafor, Ada y Marsh, Tessa"), ["Okafor", "Marsh"]);
    assert_eq!(families("Ramón y Cajal, Santiago"), ["Ramón y Cajal"]);
    // Two words after the particles, then a common given name.
    assert_eq!(families("Le Roy Ladurie, Emmanuel"), ["Le Roy Ladurie"]);
    assert_eq!(
        families("Lindqvist, Maja, Ada Okafor, and Le Marsh, Tessa"),
        ["Lindqvist", "Okafor", "Le Marsh"]
    );
    // "Van" and "Le" are given names as well: given-first names after them stay apart.
    assert_eq!(
        families("Van Okafor, Sally Marsh, and Ada Lindqvist"),
        ["Okafor", "Marsh", "Lindqvist"]
    );
    // A particle alone is the family name ("Ten, Have-Opbroek").
    assert_eq!(families("Ten, Have-Opbroek"), ["Ten"]);
}

#[test]
fn an_initial_before_the_given_name() {
    // "Mason, R. Hal": the family name, then an initial and the given name it stands before.
    let names = parse_name_list("Lind, R. Hal and John C. Okafor").0;
    assert_eq!(
        families("Lind, R. Hal and John C. Okafor"),
        ["Lind", "Okafor"]
    );
    assert_eq!(names[0].given(), Some("R. Hal"));
    assert_eq!(
        families("Lind, R. Hal, and John C. Okafor"),
        ["Lind", "Okafor"]
    );
    assert_eq!(
        families("Okafor, F. Javier; Lind, Carolin Y."),
        ["Okafor", "Lind"]
    );
    // Not a journal's word after the initial ("Eur. J. Phys."), nor with parts after it.
    assert_eq!(families("Lind, J. Phys").len(), 2);
    assert_eq!(families("Lind, J. Hal, Okafor, K.").len(), 3);
}

#[test]
fn given_first_names_with_a_suffix() {
    assert_eq!(
        families(
            "Cheng Lind, Shiliang Hu, Ho-Seop Kim, Sreekumar R. Nair, Mauricio Okafor Jr., and Youfeng Wu"
        ),
        ["Lind", "Hu", "Kim", "Nair", "Okafor", "Wu"]
    );
}

#[test]
fn given_names_then_a_family_in_capitals_are_one_person() {
    // The first name inverted, the others given name first with the family in capitals.
    assert_eq!(
        families("LIND, Mark C., Maria OKAFOR, Alberto BRANDT, Gregory S. MARSH"),
        ["LIND", "OKAFOR", "BRANDT", "MARSH"]
    );
}

#[test]
fn vancouver_initials_with_a_hyphen() {
    let names = parse_name_list("Lind SS-H & Okafor PM").0;
    assert_eq!(families("Lind SS-H & Okafor PM"), ["Lind", "Okafor"]);
    assert_eq!(names[0].given(), Some("SS-H"));
    assert_eq!(
        families("Brandt J-CJ, Lind C, Okafor D"),
        ["Brandt", "Lind", "Okafor"]
    );
}

#[test]
fn family_names_of_two_words_before_one_given_name() {
    assert_eq!(families("García Márquez, Gabriel"), ["García Márquez"]);
    assert_eq!(
        families("Ferri Lindqvist, Marco and Okafor, Ada"),
        ["Ferri Lindqvist", "Okafor"]
    );
    // A name written given name first stays two people.
    assert_eq!(families("John Smith, Mary"), ["Smith", "Mary"]);
}
