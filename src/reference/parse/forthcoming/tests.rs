use super::split;
use crate::reference::parse::parse;

/// (title, container, pubstate) of `raw` as the whole parser reads it.
fn read(raw: &str) -> (Option<String>, Option<String>, Option<String>) {
    let r = parse(raw);
    (r.title, r.container, r.pubstate.map(|s| s.to_string()))
}

#[test]
fn to_appear_in_a_journal_after_the_title() {
    let (title, container, state) = read(
        "F. Rabiti, E. Brtino, W. Kim, D. Woelk, A Model of Authorization for Next-Generation \
         Database Systems, to appear in ACM Transactions on Database Systems.",
    );
    assert_eq!(
        title.as_deref(),
        Some("A Model of Authorization for Next-Generation Database Systems")
    );
    assert_eq!(
        container.as_deref(),
        Some("ACM Transactions on Database Systems")
    );
    assert_eq!(state.as_deref(), Some("forthcoming"));
}

#[test]
fn to_appear_after_the_journal_with_a_date() {
    let (title, container, state) = read(
        "M. V. Solodov. Some optimization reformulations of the extended linear \
         complementarity problems, 1997. Computational Optimization and Applications, to \
         appear.",
    );
    assert_eq!(
        title.as_deref(),
        Some("Some optimization reformulations of the extended linear complementarity problems")
    );
    assert_eq!(
        container.as_deref(),
        Some("Computational Optimization and Applications")
    );
    // The entry has its year: the status is no date of it.
    assert_eq!(state, None);
}

#[test]
fn a_sentence_saying_where_it_will_appear_ends_the_title() {
    let (title, container, _) = read(
        "Ting, Kai Ming, (1996). Discretisation in Lazy Learning. To appear in the special \
         issue on Lazy Learning in Artificial Intelligence Review.",
    );
    assert_eq!(title.as_deref(), Some("Discretisation in Lazy Learning"));
    // "the special issue on ..." names no journal by itself.
    assert_ne!(
        container.as_deref(),
        Some("the special issue on Lazy Learning in Artificial Intelligence Review")
    );
    let (title, _, state) = read(
        "Verlinden, J., Bolter, J. D., & van der Mast, C. Voice Annotation in Virtual \
         Environments, paper submitted to ESS '93.",
    );
    assert_eq!(
        title.as_deref(),
        Some("Voice Annotation in Virtual Environments")
    );
    assert_eq!(state.as_deref(), Some("submitted"));
}

#[test]
fn a_bracketed_mark_leaves_the_container() {
    let (_, container, _) = read(
        "Alon Y. Levy, Divesh Srivastava, and Thomas Kirk. Data model and query evaluation in \
         global information systems. Journal of Intelligent Information Systems, 1995. Special \
         Issue on Networked Information Discovery and Retrieval (to appear).",
    );
    assert!(container.is_some_and(|c| !c.contains("appear")));
}

#[test]
fn the_words_inside_a_title_are_no_mark() {
    // No comma or stop before them, or more of the title after them.
    for title in [
        "Women in press and on screen",
        "Dominated, submitted, resisting: Three lives",
        "Freedom, in press and in law",
        "Forthcoming books",
        "What is yet to appear",
    ] {
        assert!(split(title).is_none(), "{title}");
    }
    let s = split("Applied Optics, to appear.").map(|s| (s.head, s.state, s.after));
    assert_eq!(s, Some(("Applied Optics", "forthcoming", ".")));
}

#[test]
fn a_mark_in_capitals_is_a_mark() {
    // No small-letter pair of a mark's word anywhere else in the entry.
    let s = split("Rivers of the North, TO APPEAR IN Journal of Tests").expect("a mark");
    assert_eq!(s.head, "Rivers of the North");
    assert_eq!(s.state, "forthcoming");
    assert!(split("Rivers of the North, IN PRESS.").is_some());
}
