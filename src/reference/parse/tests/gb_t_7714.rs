//! China's GB/T 7714: names in capitals, the document's kind marked after its title ("[J]",
//! "[M]", "[C]//", "[D]"), which is no part of it.

use super::super::parse;
use super::check;
use crate::reference::EntryType;

#[test]
fn gb_t_7714_entries() {
    check(
        "[6] OKAFOR B, LINDQVIST M K. Tidal flats of the north[J]. Coastal Geography, 2004, 18(2): 20-29.",
        &["OKAFOR, B", "LINDQVIST, M K."],
        "2004",
        Some("Tidal flats of the north"),
        Some("Coastal Geography"),
    );
    let r = parse("[3] CHEN X, WANG Y. A river model for estuaries[C]//Proceedings of the Conference on Coastal Water. Nanjing: Hohai Press, 2018: 100-110.");
    assert_eq!(r.entry_type, EntryType::InProceedings);
    assert_eq!(r.title.as_deref(), Some("A river model for estuaries"));
    assert_eq!(
        r.container.as_deref(),
        Some("Proceedings of the Conference on Coastal Water")
    );
    let r =
        parse("[4] ZHAO Y. Salt marshes of the Yellow Sea[D]. Nanjing: Hohai University, 2015.");
    assert_eq!(r.entry_type, EntryType::Thesis);
    assert_eq!(r.title.as_deref(), Some("Salt marshes of the Yellow Sea"));
    assert_eq!(r.institution.as_deref(), Some("Hohai University"));
}

#[test]
fn two_letter_family_names_open_the_list() {
    let r = parse("[7] LI Ming, WANG Xiaoping, XU Jian. Rivers of the north[J]. Journal of Hydrology, 2010, 3(2): 1-5.");
    let families: Vec<&str> = r.authors.iter().map(|n| n.family()).collect();
    assert_eq!(families, ["LI", "WANG", "XU"]);
    assert_eq!(r.authors[0].given(), Some("Ming"));
    assert_eq!(r.title.as_deref(), Some("Rivers of the north"));
    // Vancouver initials after a family name still close it.
    let r = parse("Okafor LJ, Lindqvist MA: Rivers and fatigue. J Hydrol 21:148-52, 1994.");
    let families: Vec<&str> = r.authors.iter().map(|n| n.family()).collect();
    assert_eq!(families, ["Okafor", "Lindqvist"]);
}
