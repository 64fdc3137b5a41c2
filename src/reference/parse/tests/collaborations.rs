//! Collaborations as authors, as particle physics and astronomy cite them: "CMS collaboration,
//! ..." in lower case, as INSPIRE and JHEP's style write it, is the author as "CMS
//! Collaboration" is.

use super::super::parse;
use crate::reference::Name;

fn the_group(text: &str, group: &str) {
    let r = parse(text);
    assert!(
        matches!(&r.authors[..], [Name::Literal { literal }] if literal == group),
        "{text}: {:?}",
        r.authors
    );
}

#[test]
fn a_collaboration_in_lower_case_is_the_author() {
    let text = "TIDES collaboration, Modification of river shapes in tidal flows, Phys. Lett. B 730 (2014) 243.";
    the_group(text, "TIDES collaboration");
    let r = parse(text);
    assert_eq!(
        r.title.as_deref(),
        Some("Modification of river shapes in tidal flows")
    );
    assert_eq!(r.container.as_deref(), Some("Phys. Lett. B"));
    // Before a date in brackets, and with two words before it.
    let text =
        "Tidal Wave collaboration (2014). Modification of river shapes. Phys. Lett. B 730, 243.";
    the_group(text, "Tidal Wave collaboration");
    assert_eq!(
        parse(text).title.as_deref(),
        Some("Modification of river shapes")
    );
    // In capitals, as before.
    the_group(
        "TIDES Collaboration, Modification of river shapes, Phys. Lett. B 730 (2014) 243.",
        "TIDES Collaboration",
    );
}

#[test]
fn a_collaboration_alone_beside_its_identifier_is_the_author() {
    // Nothing but the name and an arXiv id (with or without its subject class): the name is
    // the author, no title nor publisher.
    for text in [
        "HARBOUR Collaboration, arXiv:1702.07546.",
        "TideLab Collaboration, arXiv:1704.06142 [hep-ex].",
    ] {
        the_group(text, text.split(',').next().unwrap_or_default());
        let r = parse(text);
        assert_eq!((r.title, r.publisher), (None, None), "{text}");
    }
}
