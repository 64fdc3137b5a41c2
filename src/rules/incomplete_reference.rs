//! `incomplete-reference`: an entry without author, date or title.
//!
//! What it does: flags entries missing any of the three. Why: a reader cannot find the work.
//! Example: "Dawn. (January 21, 2024)." has no title.

use super::{Code, Context, Diagnostic};

pub fn check(cx: &Context, out: &mut Vec<Diagnostic>) {
    if cx.style == super::Style::Keys {
        // A .bib entry's missing fields are `missing-field`'s to report, by name.
        return;
    }
    for reference in cx.references {
        let mut missing = Vec::new();
        if reference.creators().is_empty() {
            missing.push("author");
        }
        if reference.date.is_none() && reference.pubstate.is_none() {
            missing.push("date");
        }
        if reference.title.is_none() {
            missing.push("title");
        }
        if missing.is_empty() {
            continue;
        }
        let message = format!(
            "{} has no {}; complete the entry from the source",
            reference.key,
            crate::link::join_and(&missing.iter().map(|s| s.to_string()).collect::<Vec<_>>())
        );
        out.push(
            Diagnostic::new(Code::IncompleteReference, reference.span, message)
                .with_keys([reference.key.clone()]),
        );
    }
}
