//! Does the model read a reference as the rules did? Then there is nothing to reconcile: the
//! rules' title, container, publisher and place stand as they are, and the passes that weigh
//! the model's runs against them (the costliest part of [`super::apply_model`]) are skipped.
//!
//! The test is strict, so that a reference it passes reads exactly as the full reconciliation
//! reads it (checked on every labelled, EXCITE and ParsCit reference we measure on, and on
//! generated lists, with the shipped model and with the four cross-validation models): each of
//! those four fields is one run of the model's whose bare text is the rules' value, or is
//! absent from both; the model marks no editor, edition, note, genre or series; the rules
//! found authors and no editors; and no value is one the reconciliation would cut or split:
//! none holds a comma (a place or a date split off: "Tuberculosis and Respiratory Diseases,
//! Seoul", "Colchester, ECPR Press"), a publisher or place no colon, sentence end or spaced
//! dash, none ends on a tail the reconciliation splits off ("Springer-Verlag Berlin"), and no
//! publisher is a word that names none alone ("Press").

use super::imprint_run::names_no_publisher;
use super::journal_run::container_value;
use super::{bare, Segments};
use crate::reference::fields::Label;
use crate::reference::parse::imprint::{
    container_then_tail, publisher_then_place, publisher_then_tail,
};
use crate::reference::Reference;

/// May the weighing of the model's runs against `r` be skipped? Where they agree ([`agrees`]).
pub(super) fn skip_weighing(r: &Reference, segs: &Segments) -> bool {
    #[cfg(test)]
    if tests::WEIGH_ALWAYS.get() {
        return false;
    }
    let skip = agrees(r, segs);
    #[cfg(test)]
    tests::SKIPPED.set(tests::SKIPPED.get() + usize::from(skip));
    skip
}

/// Does `split` leave `value` whole, as the reconciliation's `place_off` would?
fn kept(value: &str, split: fn(&str) -> (&str, Option<&str>)) -> bool {
    let (head, tail) = split(value);
    tail.is_none() && bare(head).as_deref() == Some(value)
}

/// Does every run of `segs` that the reconciliation weighs say what `r` already holds? The
/// cheap tests first: which fields the model marks, then the rules' values, then the runs'.
fn agrees(r: &Reference, segs: &Segments) -> bool {
    // How many runs of each field the model marks.
    let mut seen = [0u8; Label::COUNT];
    for (label, _) in &segs.runs {
        if matches!(
            label,
            Label::Editor | Label::Edition | Label::Note | Label::Genre | Label::Series
        ) {
            return false;
        }
        seen[*label as usize] = seen[*label as usize].saturating_add(1);
    }
    let once = |label: Label, value: Option<&str>| match seen[label as usize] {
        0 => value.is_none(),
        1 => value.is_some(),
        _ => false,
    };
    let plain =
        |v: Option<&str>, marks: &[&str]| v.is_none_or(|v| !marks.iter().any(|m| v.contains(m)));
    let imprint = [",", ":", ". ", " - "];
    if r.authors.is_empty()
        || !r.editors.is_empty()
        || r.edition.is_some()
        || !once(Label::Title, r.title.as_deref())
        || !once(Label::Container, r.container.as_deref())
        || !once(Label::Publisher, r.publisher.as_deref())
        || !once(Label::Location, r.location.as_deref())
        || !plain(r.container.as_deref(), &[","])
        || !plain(r.publisher.as_deref(), &imprint)
        || !plain(r.location.as_deref(), &imprint)
    {
        return false;
    }
    // Each run of the four fields: its bare text is the rules' value.
    let same = |run: &std::ops::Range<usize>, value: &str, read: fn(&str) -> Option<String>| {
        let text = &segs.text[run.clone()];
        text.len() >= value.len() && read(text).as_deref() == Some(value)
    };
    let runs_agree = segs.runs.iter().all(|(label, run)| match label {
        Label::Title => r.title.as_deref().is_some_and(|v| same(run, v, bare)),
        Label::Container => r
            .container
            .as_deref()
            .is_some_and(|v| same(run, v, container_value)),
        Label::Publisher => r.publisher.as_deref().is_some_and(|v| same(run, v, bare)),
        Label::Location => r.location.as_deref().is_some_and(|v| same(run, v, bare)),
        _ => true,
    });
    runs_agree
        && r.container
            .as_deref()
            .is_none_or(|c| kept(c, container_then_tail))
        && r.publisher.as_deref().is_none_or(|p| {
            kept(p, publisher_then_place) && kept(p, publisher_then_tail) && !names_no_publisher(p)
        })
}

#[cfg(test)]
mod tests {
    use super::{agrees, Label, Reference, Segments};
    use crate::reference::{parse, Name};
    use std::cell::Cell;

    thread_local! {
        /// Weigh every reference in full, to compare the two paths.
        pub(super) static WEIGH_ALWAYS: Cell<bool> = const { Cell::new(false) };
        /// How many references skipped the weighing.
        pub(super) static SKIPPED: Cell<usize> = const { Cell::new(0) };
    }

    /// Did parsing `raw` skip the weighing?
    fn skips(raw: &str) -> bool {
        let before = SKIPPED.get();
        parse(raw);
        SKIPPED.get() > before
    }

    #[test]
    fn a_reading_both_share_is_not_weighed() {
        // (A title of three capitalised words or fewer: no article the model is not run on.)
        assert!(skips(
            "Okafor, A. B., & Lindqvist, M. (2010). Northern Rivers. Journal of Hydrology, 12(3), 45-67."
        ));
        // (A date in the title: no book the model is not run on.)
        assert!(skips(
            "Marsh, Robert. 2004. The Valley Towns, 1850-2004. Chicago: University of Chicago Press."
        ));
    }

    #[test]
    fn what_the_reconciliation_splits_is_weighed() {
        // A place with a comma, an editor, no author.
        assert!(!skips(
            "Okafor, A. 2012. Is Democracy a Lost Cause? Colchester, UK: ECPR Press."
        ));
        assert!(!skips(
            "Lindqvist, M. (2001). Tides. In R. Marsh (Ed.), Coastal Studies (pp. 1-20). London: Routledge."
        ));
        assert!(!skips(
            "Rivers of the north. Journal of Hydrology, 12(3), 45-67."
        ));
    }

    /// The rules' reading of "Okafor, S. 1974. Cortex cytology. `publisher`." against a model
    /// that reads the same words as the author, date, title and publisher.
    fn agrees_on_publisher(publisher: &str) -> bool {
        let text = format!("Okafor, S. 1974. Cortex cytology. {publisher}.");
        let runs = [
            (Label::Author, "Okafor, S."),
            (Label::Date, "1974."),
            (Label::Title, "Cortex cytology."),
            (Label::Publisher, &*format!("{publisher}.")),
        ]
        .map(|(label, words)| {
            let at = text.find(words).unwrap_or(0);
            (label, at..at + words.len())
        });
        let segs = Segments {
            text: &text,
            runs: runs.to_vec(),
        };
        let r = Reference {
            authors: vec![Name::person("Okafor", Some("S."))],
            title: Some("Cortex cytology".into()),
            publisher: Some(publisher.into()),
            ..Reference::default()
        };
        agrees(&r, &segs)
    }

    #[test]
    fn a_publisher_the_weighing_would_cut_is_weighed() {
        assert!(agrees_on_publisher("Springer-Verlag"));
        // The city closing it goes to the place, a lone "Press" takes the place's name.
        assert!(!agrees_on_publisher("Springer-Verlag Berlin"));
        assert!(!agrees_on_publisher("Press"));
        assert!(!agrees_on_publisher("Colchester, ECPR Press"));
    }

    /// Skipping the weighing changes no reading: each reference that skips it reads as the
    /// full reconciliation reads it.
    #[test]
    fn skipping_the_weighing_changes_no_reading() {
        let list = crate::generate::reference_list(7, 600);
        let mut skipped = 0;
        for raw in list.lines().filter(|l| !l.trim().is_empty()) {
            let before = SKIPPED.get();
            let fast = parse(raw);
            skipped += SKIPPED.get() - before;
            WEIGH_ALWAYS.set(true);
            let full = parse(raw);
            WEIGH_ALWAYS.set(false);
            assert_eq!(format!("{fast:?}"), format!("{full:?}"), "{raw}");
        }
        // 167 when written; most of the others are journal articles the model is not run on
        // at all (`parse::settled`).
        assert!(skipped > 120, "{skipped} of 600 skip the weighing");
    }
}
