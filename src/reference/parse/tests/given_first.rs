//! Where one author's name ends when the words after it could be names too: written given
//! name first before the year, with nothing else to tell a person from an organisation (the
//! ACM's "Glenn Adamson. 2008."), a common given name first makes a person; written the
//! Vancouver way before a title that opens "Rivers and Empires", the name ends at its
//! initials.

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

#[test]
fn a_vancouver_name_before_a_title_joined_by_and() {
    let r =
        parse("Petrovic J. Rivers and Empires: A History of Irrigation. London: Routledge, 2011.");
    assert_eq!(r.authors.len(), 1);
    assert_eq!(r.authors[0].family(), "Petrovic");
    assert_eq!(
        r.title.as_deref(),
        Some("Rivers and Empires: A History of Irrigation")
    );
    // Given-first names with a middle initial stay a list.
    let r =
        parse("Mary J. Okafor and Tom Lindqvist. 2001. Songs of the river. Folk Music 3, 12–19.");
    assert_eq!(r.authors.len(), 2);
    assert_eq!(r.authors[1].family(), "Lindqvist");
}

#[test]
fn a_title_read_as_a_name_leaves_the_pages_no_title() {
    // A given-first author, a comma, the title and the year: the title read as a second
    // author left the pages as the title.
    for (t, title, pages) in [
        (
            "Marcus Hale, Quiet Harbours (1994), pages 12-40.",
            "Quiet Harbours",
            "12-40",
        ),
        (
            "Tom Okafor, Silent Rivers (1987), pp. 3-19.",
            "Silent Rivers",
            "3-19",
        ),
    ] {
        let r = parse(t);
        assert_eq!(r.authors.len(), 1, "{t}");
        assert_eq!(r.title.as_deref(), Some(title), "{t}");
        assert_eq!(r.pages.as_deref(), Some(pages), "{t}");
    }
    // Two authors with "and" and no title keep both.
    let r = parse("Marcus Hale and Quiet Harbours (1994), pages 12-40.");
    assert_eq!(r.authors.len(), 2);
}

#[test]
fn one_given_first_author_then_a_title_with_a_comma() {
    // Chicago's notes: the title's first words after the author's comma are no second author
    // when the sentence closes on the imprint in brackets.
    for (text, title) in [
        (
            "Marta Brandt, Harbour Lights, Evening Tides (London: Verso, 1983).",
            "Harbour Lights, Evening Tides",
        ),
        (
            "Tessa Okafor, Peasant Ports, Civil Tides: The Volga Harbours in Revolution, 1917-1921 (Oxford: Clarendon Press, 1989).",
            "Peasant Ports, Civil Tides: The Volga Harbours in Revolution, 1917-1921",
        ),
    ] {
        let r = parse(text);
        let families: Vec<&str> = r.authors.iter().map(Name::family).collect();
        assert_eq!(families, [text.split([' ', ',']).nth(1).unwrap_or("")], "{text}");
        assert_eq!(r.title.as_deref(), Some(title), "{text}");
    }
    // Two people with no "and" before a journal and a year alone in brackets stay two.
    let r = parse("[4] Ada Lind, Javed Okafor, Journal of Harbour Management 6(2) (2012) 01-08.");
    let families: Vec<&str> = r.authors.iter().map(Name::family).collect();
    assert_eq!(families, ["Lind", "Okafor"]);
}

#[test]
fn a_suffix_after_the_last_names_comma_closes_the_list() {
    for (text, suffix) in [
        (
            "David B. Okafor and Robert P. Marsh, Jr. Tidal Mixing in Estuaries. In Proceedings \
             of the Workshop on Tides, pages 1-5, 1990.",
            "Jr.",
        ),
        (
            "David B. Okafor, Ann Lee, and Robert P. Marsh, III. Tidal Mixing in Estuaries. In \
             Proceedings of the Workshop on Tides, pages 1-5, 1990.",
            "III",
        ),
    ] {
        let r = parse(text);
        assert_eq!(
            r.title.as_deref(),
            Some("Tidal Mixing in Estuaries"),
            "{text}"
        );
        let last = r.authors.last().expect("authors");
        assert_eq!(last.family(), "Marsh", "{text}");
        assert_eq!(last.suffix(), Some(suffix), "{text}");
    }
}

#[test]
fn a_vancouver_suffix_before_the_lists_colon() {
    let r = parse(
        "Currie RW, Tanguay RM, Kingma JG Jr: Tidal mixing in estuaries. J Hydrol 2001;12:1-5.",
    );
    assert_eq!(r.title.as_deref(), Some("Tidal mixing in estuaries"));
    let last = r.authors.last().expect("authors");
    assert_eq!((last.family(), last.suffix()), ("Kingma", Some("Jr")));
}
