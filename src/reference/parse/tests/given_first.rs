//! One author written given name first before the year, with nothing else to tell a person
//! from an organisation (the ACM's "Glenn Adamson. 2008."): a common given name first makes a
//! person.

use super::super::parse;
use crate::reference::Name;

#[test]
fn a_single_given_first_author_before_the_year() {
    let r = parse(
        "[18] Glenn Okafor. 2008. When Rivers Get Sloppy. Crafts 211, 4 (April 2008), 36–40.",
    );
    assert_eq!(r.authors.len(), 1);
    assert_eq!(r.authors[0].family(), "Okafor");
    assert_eq!(r.authors[0].given(), Some("Glenn"));
    let r =
        parse("Véronique Lindqvist. 2000. Formes du songe. Cahiers de Poétique 22, (2000), 47–61.");
    assert_eq!(r.authors[0].family(), "Lindqvist");
    // Organisations stay whole: no given name first, or an organisation's word.
    let r = parse("Planck Collaboration. 2014. Cosmological parameters. Astronomy 571, A16.");
    assert!(
        matches!(&r.authors[..], [Name::Literal { literal }] if literal == "Planck Collaboration")
    );
    let r = parse("Victor Research Foundation. 2011. Annual report on rivers. Lyon: VRF.");
    assert!(r.authors[0].is_literal());
}
