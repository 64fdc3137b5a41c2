//! `incomplete-reference`: an entry without author, date or title.

use super::{Code, Context, Diagnostic};

/// `citecheck explain incomplete-reference`: why it matters and how to fix it.
pub(crate) const EXPLANATION: &str =
    "Why it matters: an entry without a title (or author, or date) cannot be found by a \
     reader.\n\
     How to fix: complete the entry from the source.";

/// Flags list entries without an author, a date or a title. Example: "Dawn. (January 21,
/// 2024)." has no title.
pub fn check(cx: &Context, out: &mut Vec<Diagnostic>) {
    if cx.style == super::Style::Keys {
        // A .bib entry's missing fields are `missing-field`'s to report, by name.
        return;
    }
    for reference in cx.references {
        let mut missing = Vec::new();
        // A notes-style bibliography lists an anonymous work by its title (Chicago, MHRA).
        if reference.creators().is_empty() && cx.style != super::Style::Notes {
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

#[cfg(test)]
mod tests {
    use crate::rules::testing::{codes, paper};

    #[test]
    fn an_entry_without_a_title_is_named() {
        let found = paper(
            "The strike was condemned (Dawn, 2024).\n\nReferences\n\nDawn. (2024, January 18).\n",
        );
        assert_eq!(codes(&found), [("incomplete-reference", 5)]);
        assert_eq!(
            found[0].1.message,
            "dawn2024 has no title; complete the entry from the source"
        );
    }
}
