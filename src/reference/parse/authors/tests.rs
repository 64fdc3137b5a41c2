//! Unit tests of the names-and-date reading.

use super::*;
use crate::reference::parse::{assert_matches, captured};

#[test]
fn titles_and_notes_after_names() {
    assert!(TITLE_NOT_NAME_AFTER.is_match(" (Boulder: Westview Press, 1998), p. 20"));
    assert!(TITLE_NOT_NAME_AFTER.is_match(" trans. James Vincent Murphy"));
    assert!(!TITLE_NOT_NAME_AFTER.is_match(" ed. Rethinking Architecture"));
    assert!(ROLE_AFTER_TITLE.is_match(". Dir. David Twohy."));
    assert_eq!(name_note_len(" (Jed). Unseasonable Youth"), Some(6));
    assert_eq!(name_note_len(" (2019). Title"), None);
}

#[test]
fn roles_opening_an_editor_run() {
    let rest = |s: &'static str| LEADING_ROLE.find(s).map_or(s, |m| &s[m.end()..]);
    assert_eq!(rest("/ ed. A. Lind and D. Marsh."), "A. Lind and D. Marsh.");
    assert_eq!(rest("// edited by A. Lind"), "A. Lind");
    assert_eq!(rest("ed M. Okafor, J. Lind"), "M. Okafor, J. Lind");
    assert_eq!(rest("In: Okafor, A."), "Okafor, A.");
    // "Ed" with a capital and no stop may be a given name.
    assert_eq!(rest("Ed Lind and Ama Okafor"), "Ed Lind and Ama Okafor");
}

#[test]
fn marks_after_names() {
    assert_matches(
        &ROLE_AFTER_TITLE,
        &[". Ed. John Smith", ", Perf. Al Pacino"],
        &[". Edward Said"],
    );
    assert_matches(
        &ET_AL_AFTER_NOTE,
        &[", et al., Title", " et al"],
        &[" and others"],
    );
    let unbracketed = |s: &str| BRACKETED_INITIALS.replace_all(s, "$1, $2").into_owned();
    assert_eq!(unbracketed("Kefi (N.)"), "Kefi, N.");
    assert_eq!(unbracketed("ALY (M.I.)"), "ALY, M.I.");
    assert_matches(&BRACKETED_INITIALS, &[], &["Smith (2019)", "Smith (ed.)"]);
    assert_matches(
        &ROLE_MARK,
        &[" (Director)", "(Producers)", "(Executive Producer)"],
        &["(Eds.)", "(2019)"],
    );
}

#[test]
fn vancouver_initials_are_no_editor_mark() {
    for list in [
        "Xu W, Baribault H, Adamson ED.",
        "Latimer KS, Niagro FD, McGee ED",
    ] {
        assert!(editor_mark(list).is_none(), "{list}");
        assert!(names_before_date(list, false), "{list}");
    }
    for list in [
        "Smith J, Jones K, ED.",
        "Smith, J. (ED.)",
        "Smith J, Jones K, eds.",
    ] {
        assert!(editor_mark(list).is_some(), "{list}");
    }
}

#[test]
fn editor_marks() {
    assert_matches(
        &EDS_MARK,
        &[
            "Smith, J. (Eds.)",
            "Leach, Neil, ed.",
            "Rees, J., eds",
            "Müller (Hrsg.)",
        ],
        &["Edwards", "Smith (Eds.) Title"],
    );
    assert_eq!(
        captured(&EDS_AFTER_NAMES, ", editor. Title", "ed"),
        Some("editor")
    );
    assert_eq!(
        captured(&EDS_AFTER_NAMES, " (Eds.). Title", "ed"),
        Some("Eds")
    );
    assert!(EDS_AFTER_NAMES.is_match(" (Director). Title"));
    assert_eq!(captured(&EDS_AFTER_NAMES, " (Director). Title", "ed"), None);
    assert_matches(&EDS_AFTER_NAMES, &[], &[" Editorial board", " Title"]);
}

#[test]
fn name_lists_before_dates() {
    assert!(names_before_date("Smith, J., & Jones, K. ", true));
    assert!(names_before_date("Lee, L. L., and R. E. Marsh. ", false));
    assert!(!names_before_date("Smith, J. Title of the work ", false));
    assert!(!names_before_date("\"Quoted\" ", true));
    assert!(!names_before_date(
        "Qureshi N, ‘Remoteness Revisited’ ",
        true
    ));
    assert!(names_before_date("O’Brien, K. ", true));
    // A title of small words after a name written family name first.
    assert!(!names_before_date(
        "Lind, Ben, Notes on the Tides of the North Sea ",
        true
    ));
    assert!(names_before_date("Lind, Ben, and the Harbour Group ", true));
    // A colon after the first word closes a title or a place, not a name.
    assert!(!names_before_date(
        "Board of the Harbour. Annual Report. Leith: Harbour Board ",
        true
    ));
    assert!(!names_before_date("Lind, Ben: The Tides ", true));
    assert!(!names_before_date("Lind, B.: The Tides ", true));
    // A label before the names is no such colon.
    assert!(names_before_date("Source: Lind, B., and K. Marsh ", true));
    assert!(is_organisation_before_date("Natural England"));
    assert!(!is_organisation_before_date("Abernethy, J."));
    // One author with a block of Vancouver initials is a person.
    assert!(!is_organisation_before_date("Korrel BPHJ"));
    assert!(!is_organisation_before_date("Vantongeren MJT"));
}

#[test]
fn a_place_after_the_last_initials_is_no_name() {
    let families = |seg: &str| {
        names_of(seg, false)
            .0
            .iter()
            .map(|n| n.family().to_string())
            .collect::<Vec<_>>()
    };
    assert_eq!(
        families("edited by Okafor R. L. and Marsh W. U. Boulder:"),
        ["Okafor", "Marsh"]
    );
    assert_eq!(
        without_place_after_initials("Marsh, W. U. Boulder:"),
        "Marsh, W. U."
    );
    // A name before a colon with no initials before it stays.
    assert_eq!(without_place_after_initials("Ruth Marsh:"), "Ruth Marsh:");
    assert_eq!(without_place_after_initials("Marsh W. U.:"), "Marsh W. U.:");
}
