//! German lists' name marks: "u. a." and "u.a." ("und andere") close a list as "et al." does,
//! "u." joins names as "und" does, and "H.-P" with its last stop trimmed is initials.

use super::super::parse;
use crate::reference::Name;

#[test]
fn german_und_andere_closes_the_list() {
    // "u. a.", "u.a." ("und andere") is "et al.", before a date or a colon.
    for text in [
        "Okafor, Dieter u. a. (1993): Wir und die Häfen. In: KZfSS, Heft 2, S. 238-253",
        "Okafor, Dieter u.a. (1993): Wir und die Häfen. In: KZfSS, Heft 2, S. 238-253",
        "Okafor, Dieter u. a.: Wir und die Häfen. In: KZfSS, Heft 2, 1993, S. 238-253",
    ] {
        let r = parse(text);
        let families: Vec<&str> = r.authors.iter().map(Name::family).collect();
        assert_eq!(families, ["Okafor"], "{text}");
        assert_eq!(r.title.as_deref(), Some("Wir und die Häfen"), "{text}");
    }
    let (names, et_al) = crate::reference::parse_name_list("Lind, B. u.a.");
    assert!(et_al);
    assert_eq!(names.len(), 1);
    // German "u." is "und" between names, before a date, in the scanner, before editors'
    // role; initials "U. A." are no "und andere".
    let r = parse("LIND, A. u. F. OKAFOR (1996): Städte und Häfen. Wien.");
    let families: Vec<&str> = r.authors.iter().map(Name::family).collect();
    assert_eq!(families, ["LIND", "OKAFOR"]);
    let r = parse("Lind, Anna u. Franz Okafor: Städte und Häfen. Wien 1996.");
    let families: Vec<&str> = r.authors.iter().map(Name::family).collect();
    assert_eq!(families, ["Lind", "Okafor"]);
    let r = parse("BRANDT, N. (1996): Häfen im Wandel. In: LIND, H. u. R. OKAFOR (Hrsg.): Häfen in Europa. Frankfurt a. M., S. 119 - 138.");
    let families: Vec<&str> = r.editors.iter().map(Name::family).collect();
    assert_eq!(families, ["LIND", "OKAFOR"]);
    let (names, _) = crate::reference::parse_name_list("Lind, L. A./Okafor, H.-P");
    assert_eq!(names[1].given(), Some("H.-P"));
    let (names, et_al) = crate::reference::parse_name_list("Lind, U. A.");
    assert!(!et_al);
    assert_eq!(names[0].given(), Some("U. A."));
}

#[test]
fn a_spaced_slash_after_initials_and_the_editors_role() {
    let r = parse("Okafor, G. / Lind, R. (Hrsg.) 1998: Tidal Flats of the North, Opladen.");
    assert!(r.authors.is_empty(), "{:?}", r.authors);
    // The initial's stop before the role is the initial's.
    assert_eq!(
        r.editors,
        [
            Name::person("Okafor", Some("G.")),
            Name::person("Lind", Some("R."))
        ]
    );
    let r = parse("Okafor, James M. / Lind, Gordon, 1965: The Calculus of Tides. Ann Arbor: University of Michigan Press.");
    assert_eq!(r.authors.len(), 2, "{:?}", r.authors);
}

#[test]
fn the_colon_after_the_names_is_no_part_of_them() {
    // Two words read as a body before the year keep no colon.
    let r = parse(
        "Harbour Board: 2014 Dank an die Häfen. Zeitschrift für Häfen. 22. Jg. Heft 3, 143 f.",
    );
    let families: Vec<&str> = r.authors.iter().map(Name::family).collect();
    assert_eq!(families, ["Harbour Board"]);
    assert_eq!(r.title.as_deref(), Some("Dank an die Häfen"));
}
