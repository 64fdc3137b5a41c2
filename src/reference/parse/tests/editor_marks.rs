//! Editors' marks read the wrong way round in social-science lists: "ed." after the book with
//! no comma before it ("In Coastal Rituals ed. S. Okafor"), a role after given-first names
//! ("In Sally Okafor and Barbara Marsh, eds. Coastal Rituals"), a title after the role that
//! is no organisation ("eds. The Sage handbook of ..."), GOST's slash before "ed.", the
//! "edts." abbreviation, and an imprint closing an "edited by" list.

use super::super::{parse, parse_with};
use crate::reference::parse::MODEL_FIELDS;
use crate::reference::ModelFields;

fn families(names: &[crate::reference::Name]) -> Vec<&str> {
    names.iter().map(|n| n.family()).collect()
}

#[test]
fn book_then_editors_with_no_comma_before_the_role() {
    for fields in [ModelFields::NONE, MODEL_FIELDS] {
        let r = parse_with("Lindqvist, Anna. 1988. “Introduction.” In Coastal Rituals ed. S. Okafor and B. Marsh. Amsterdam: Van Gorcum.", fields);
        assert_eq!(families(&r.editors), ["Okafor", "Marsh"]);
        assert_eq!(r.container.as_deref(), Some("Coastal Rituals"));
        let r = parse_with("Lindqvist, Anna. 1985. “Equilibrium and Incentives.” In Social Choice and Social Welfare ed. Leonid Okafor, David Marsh and Hugo Lind. Cambridge: Cambridge University Press.", fields);
        assert_eq!(families(&r.editors), ["Okafor", "Marsh", "Lind"]);
        assert_eq!(
            r.container.as_deref(),
            Some("Social Choice and Social Welfare")
        );
    }
    // Names before the role still are the editors when they read as people.
    let r = parse("Lindqvist, Anna. 1990. Introduction. In Sally Okafor ed. Coastal Rituals. Amsterdam: Van Gorcum.");
    assert_eq!(families(&r.editors), ["Okafor"]);
}

#[test]
fn given_names_before_the_role_are_the_editors() {
    let r = parse("Lindqvist, Anna. 1977. “Introduction.” In Sally Okafor and Barbara Marsh, eds. Coastal Rituals. Amsterdam: Van Gorcum.");
    assert_eq!(families(&r.editors), ["Okafor", "Marsh"]);
    assert_eq!(r.container.as_deref(), Some("Coastal Rituals"));
}

#[test]
fn a_title_after_the_role_is_no_editor() {
    let titled = |names: &[crate::reference::Name]| {
        names
            .iter()
            .any(|n| n.cite_name().contains("Handbook") || n.cite_name().contains("handbook"))
    };
    let r = parse("Lindqvist, A. (2001): Introduction, in Lindqvist, ed. The Handbook of Policy Tools (New York: Oxford University Press).");
    assert!(!titled(&r.editors), "{:?}", r.editors);
    let r = parse("Okafor, D. Ama, and Judith Marsh, eds. 2006. The Sage handbook of coastal studies. Thousand Oaks, CA: Sage.");
    assert!(!titled(&r.editors), "{:?}", r.editors);
    assert_eq!(
        r.title.as_deref(),
        Some("The Sage handbook of coastal studies")
    );
    // The role of the names before the date, not a container's word.
    let r = parse_with("Okafor, Ama, Lind, Ben and Marsh, Paul ‘T, eds. (2008). Governing after Floods: The Politics of Inquiry, Accountability, and Learning. New York: Cambridge University Press.", MODEL_FIELDS);
    assert_eq!(r.container, None);
    assert_eq!(
        r.title.as_deref(),
        Some("Governing after Floods: The Politics of Inquiry, Accountability, and Learning")
    );
}

#[test]
fn slashes_and_abbreviations_before_editors() {
    for fields in [ModelFields::NONE, MODEL_FIELDS] {
        let r = parse_with("Okafor D. Trade with Eastern Nations // Coastal neighbours: the price of membership / ed. A. Lind and D. Marsh. Washington D. C.: Carnegie Endowment for International Peace, 2003.", fields);
        assert_eq!(families(&r.editors), ["Lind", "Marsh"]);
    }
    let r = parse("Okafor A. (1996), “Free Trade and Rising Standards”, in Lind J., Marsh R., edts., Fair Trade and Harmonization, vol.1, MIT Press, Cambridge, 119-156.");
    assert_eq!(families(&r.editors), ["Lind", "Marsh"]);
}

#[test]
fn an_imprint_closes_an_edited_by_list() {
    for fields in [ModelFields::NONE, MODEL_FIELDS] {
        let r = parse_with("Okafor, Ama, and Judith Marsh. 2008. Tradition in Flexibility. In Flexibility: Work and Family, edited by Marc Lind, Wiesbaden: VS.", fields);
        assert_eq!(families(&r.editors), ["Lind"]);
        assert_eq!(r.editors[0].given(), Some("Marc"));
        let r = parse_with("Okafor, Ama. 1995. Opfer. In Die Welt des Krieges. Studien zu Religion und Tod, ed. Regina Lind, Frankfurt, New York: Campus.", fields);
        assert_eq!(families(&r.editors), ["Lind"]);
    }
}

#[test]
fn the_book_right_after_a_chapters_editors() {
    // "Book, City.": the book and its place, no publisher.
    for fields in [ModelFields::NONE, MODEL_FIELDS] {
        let r = parse_with("Okafor J. and Dewe, P. (1994) Human resource management in coastal towns. In A. W. Lind and J. van Marsh (eds.): International Human Resource Management, London.", fields);
        assert_eq!(
            r.container.as_deref(),
            Some("International Human Resource Management")
        );
        assert_eq!(r.publisher, None);
        assert_eq!(r.location.as_deref(), Some("London"));
    }
    // The book the rules read whole after the role, where the model reads only part of it.
    let r = parse("Okafor, Ö. and Lind, I. (1998): International Diffusion of Knowledge: Isolating Mechanisms and the Role of the MNE. In A. D. Marsh et al. (eds.): The Dynamic Firm. Oxford.");
    assert_eq!(r.container.as_deref(), Some("The Dynamic Firm"));
    assert_eq!(r.publisher, None);
    let r = parse("Okafor, D. E. (1993): Institutionalization Theory and the Multinational Corporation. In S. Lind and D. E. Marsh (eds.): Organization Theory and the Multinational Corporation. New York.");
    assert_eq!(
        r.container.as_deref(),
        Some("Organization Theory and the Multinational Corporation")
    );
    assert_eq!(r.publisher, None);
    let r = parse("Okafor, H. (2000): Foreign Companies and the Transformation Processes in Poland: The Role of Western Financial and Human Capital. In R. Lind and B. Marsh (eds.): Embeddedness & Corporate Change in a Global Economy. New York.");
    assert_eq!(
        r.container.as_deref(),
        Some("Embeddedness & Corporate Change in a Global Economy")
    );
}

#[test]
fn a_german_chapter_its_book_place_and_pages() {
    let r = parse("Okafor, Ursula (2003), »Lebenslaufforschung«, in: Lind, Barbara/Marsh, Thomas (Hg.), Soziologische Hafenforschung: Stand und Perspektiven, Opladen, S. 95–110.");
    assert_eq!(r.title.as_deref(), Some("Lebenslaufforschung"));
    assert_eq!(families(&r.editors), ["Lind", "Marsh"]);
    assert_eq!(
        r.container.as_deref(),
        Some("Soziologische Hafenforschung: Stand und Perspektiven")
    );
    assert_eq!(r.location.as_deref(), Some("Opladen"));
    assert_eq!(r.pages.as_deref(), Some("95–110"));
    // Guillemets around words inside a title are the title's.
    let r = parse("Okafor, Dieter (2007), »Du bist Hafen« oder die Widersprüche der Ökonomisierung. Beitrag zum Plenum 8.");
    assert!(
        r.title
            .as_deref()
            .is_some_and(|t| t.contains("oder die Widersprüche")),
        "{:?}",
        r.title
    );
}

#[test]
fn given_first_names_opening_a_sentence_before_the_role() {
    // MLA's "Names, eds. Book.": the role closes the names before it, the book follows.
    for fields in [ModelFields::NONE, MODEL_FIELDS] {
        let r = parse_with("Lindqvist, Anna (2010). “Images of the Coast.” Marcus Okafor and Barbara Marsh, eds. Tides in the Context of Language. Bielefeld: Aisthesis.", fields);
        assert_eq!(families(&r.editors), ["Okafor", "Marsh"]);
        assert_eq!(
            r.container.as_deref(),
            Some("Tides in the Context of Language")
        );
    }
}

#[test]
fn a_title_the_rules_ran_on_over_the_editors_after_it() {
    let r = parse("Keats, John, The Fall of Hyperion, Jonathan Marsh, R. T. Okafor, and Helen Lindqvist (eds.) (London: Norton, 1988).");
    assert_eq!(r.title.as_deref(), Some("The Fall of Hyperion"));
    assert_eq!(r.editors.len(), 3);
    assert_eq!(r.editors[0].family(), "Marsh");
    let r = parse("Okafor, A. (1994): Migration and the City In: Lindqvist, Maria L. & Brandt, Peter (Ed.) (1994): Urban Change. London: Sage Publications");
    assert_eq!(r.title.as_deref(), Some("Migration and the City"));
    assert_eq!(r.editors[0].family(), "Lindqvist");
    // The role word before the names is no part of the title.
    let r = parse("Marsh, R. (2001) In Teaching Young Citizens: Schools and Civic Life edited by Brandt, D. and Okafor, J. P. Boston: Beacon.");
    assert_eq!(
        r.title.as_deref(),
        Some("In Teaching Young Citizens: Schools and Civic Life")
    );
    assert_eq!(r.editors.len(), 2);
}

#[test]
fn editors_opening_the_entry_that_the_rules_read_as_its_title() {
    for (text, family, title, place) in [
        (
            "T. v. Marsh, Editor. Okafors Gesprache. Leipzig, 1889-96.",
            "Marsh",
            "Okafors Gesprache",
            "Leipzig",
        ),
        (
            "H. Lindqvist, Editor. Briefe an Okafor. Berlin, 1901.",
            "Lindqvist",
            "Briefe an Okafor",
            "Berlin",
        ),
    ] {
        let r = parse(text);
        assert_eq!(families(&r.editors), [family], "{text}");
        assert_eq!(r.title.as_deref(), Some(title), "{text}");
        assert_eq!(r.container, None, "{text}");
        assert_eq!(r.location.as_deref(), Some(place), "{text}");
        assert_eq!(r.entry_type, crate::reference::EntryType::Book, "{text}");
    }
}

#[test]
fn the_role_with_by_in_brackets() {
    // "(ed. by)" after the names, as Italian lists write it.
    for fields in [ModelFields::NONE, MODEL_FIELDS] {
        let r = parse_with(
            "R.S. Okafor (ed. by), Oral Harbours and the Formula, Ann Arbor 1976.",
            fields,
        );
        assert_eq!(families(&r.editors), ["Okafor"]);
        assert_eq!(r.title.as_deref(), Some("Oral Harbours and the Formula"));
    }
}
