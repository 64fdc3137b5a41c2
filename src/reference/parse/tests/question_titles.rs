//! A title whose first part is a question, its second sentence read on by the model ("At Your
//! Service? Comparative Perspectives on ..."), and a chapter's pages in a book its editors
//! name, the book cited elsewhere ("155-176 in: Okafor (Hg.), a.a.O."), and a subtitle in
//! brackets after the question, before the chapter's "in:", or its second sentence before
//! the chapter's "In".

use super::super::parse;
use crate::reference::EntryType;

#[test]
fn a_question_then_the_titles_second_sentence() {
    let r = parse("Okafor, J.E. (2001): At Your Service? Comparative Perspectives on Employment and Labour Relations in the European Private Sector Services. Brüssel.");
    assert_eq!(
        r.title.as_deref(),
        Some("At Your Service? Comparative Perspectives on Employment and Labour Relations in the European Private Sector Services")
    );
    assert_eq!(r.container, None);
    let r = parse("Lind, Markus, 1988. Was bleibt von der friedlichen Revolution? Plebiszitäre Orientierungen im vereinten Deutschland. 155-176 in: Okafor (Hg.), a.a.O.");
    assert_eq!(
        r.title.as_deref(),
        Some("Was bleibt von der friedlichen Revolution? Plebiszitäre Orientierungen im vereinten Deutschland")
    );
    // A comma after the question sets the series apart.
    let r = parse("G. Okafor, Warum ging die Sowjetunion unter?, Berichte des Bundesinstituts, Nr. 52/1995, S. 15.");
    assert_eq!(
        r.title.as_deref(),
        Some("Warum ging die Sowjetunion unter?")
    );
    assert_eq!(r.container.as_deref(), Some("Berichte des Bundesinstituts"));
}

#[test]
fn pages_in_a_book_its_editors_name() {
    let r = parse("Lind, Markus, 1988. Was bleibt von der friedlichen Revolution? Plebiszitäre Orientierungen im vereinten Deutschland. 155-176 in: Okafor (Hg.), a.a.O.");
    assert_eq!(r.entry_type, EntryType::InCollection);
    let r = parse("Lind, Cynthia. “The Postnatural Novel: Toxic Consciousness in Fiction.” In Okafor and Marsh, 196–203.");
    assert_eq!(r.entry_type, EntryType::InCollection);
}

#[test]
fn a_bracketed_subtitle_after_the_question_before_in() {
    let r = parse("Okafor, Michael; Lind, Rüdiger, 2000: Wie kommen Innovationen ins Tidensystem? (Die Steuerungsfunktion der Ausschüsse), in: Michael Okafor; Martin Marsh (Hg.): Küstenbericht. Stuttgart: Schattauer, 159-171.");
    assert_eq!(
        r.title.as_deref(),
        Some("Wie kommen Innovationen ins Tidensystem? (Die Steuerungsfunktion der Ausschüsse)")
    );
    assert_eq!(r.container.as_deref(), Some("Küstenbericht"));
    assert_eq!(r.editors.len(), 2, "{:?}", r.editors);
    assert_eq!(r.entry_type, EntryType::InCollection);
}

#[test]
fn the_titles_second_sentence_before_in_and_the_editors_from_in() {
    let r = parse("Lind, R. (2001): How and Why are Tidal Firms different? The Consequences of Coastal Coordination for Firm Characteristics and Behaviour. In G. Okafor, P. H. Marsh and R. Lind (eds.): The Multinational Harbour. Organizing across Institutional and National Divides. New York.");
    assert_eq!(
        r.title.as_deref(),
        Some("How and Why are Tidal Firms different? The Consequences of Coastal Coordination for Firm Characteristics and Behaviour")
    );
    let families: Vec<&str> = r.editors.iter().map(|n| n.family()).collect();
    assert_eq!(families, ["Okafor", "Marsh", "Lind"]);
    // The model's book stopped on "and": it goes on to the stop, and the words it took on are
    // no publisher.
    assert_eq!(
        r.container.as_deref(),
        Some("The Multinational Harbour. Organizing across Institutional and National Divides")
    );
    assert_eq!(r.publisher, None);
    assert_eq!(r.entry_type, EntryType::InCollection);
}
