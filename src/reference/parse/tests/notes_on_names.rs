//! A note in brackets between the names and the date in brackets: an organisation's name
//! written out after its acronym, or its acronym after its name ("ETAN (European Technology
//! Assessment Network) (2000)", "Centers for Disease Control (CDC) (2003)"), and a person's
//! collaborator ("Nuttin, J. (with the collaboration of W. Lens) (1985)").

use super::super::parse;
use crate::reference::Name;

fn authors(r: &crate::reference::Reference) -> Vec<String> {
    r.authors.iter().map(Name::cite_name).collect()
}

#[test]
fn acronym_then_name_written_out() {
    let r = parse(
        "ICRB (International Council of River Boards) (2004) Rivers and their valleys. Oslo: ICRB.",
    );
    assert_eq!(authors(&r), ["ICRB"]);
    assert_eq!(r.date.map(|d| d.to_string()).as_deref(), Some("2004"));
    assert_eq!(r.title.as_deref(), Some("Rivers and their valleys"));
}

#[test]
fn name_then_acronym() {
    let r =
        parse("Northern Council for River Studies (NCRS) (2011): Valleys: a handbook. Oslo: NCRS.");
    assert_eq!(authors(&r), ["Northern Council for River Studies (NCRS)"]);
    assert_eq!(r.title.as_deref(), Some("Valleys: a handbook"));
}

#[test]
fn person_with_a_collaborator() {
    let r = parse("Okafor, J. (with the collaboration of T. Marsh) (1985) Deep rivers and their valleys. Hillsdale, NJ: Erlbaum.");
    assert_eq!(authors(&r), ["Okafor"]);
    assert_eq!(r.date.map(|d| d.to_string()).as_deref(), Some("1985"));
    assert_eq!(r.title.as_deref(), Some("Deep rivers and their valleys"));
}

#[test]
fn a_long_run_before_a_bracket_is_no_name() {
    // The run before "(Vertex)" holds the title: the names do not take it.
    let r = parse("O. Okafor et al., River Detectors for the Valley, Proceedings of Rivers (Vertex) (2014) 029.");
    assert_eq!(r.title.as_deref(), Some("River Detectors for the Valley"));
}
