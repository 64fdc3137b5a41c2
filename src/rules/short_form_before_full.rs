//! `short-form-before-full`: a note cites a work in short form ("White, *Organic Machine*,
//! 60", "White (n 3) 60") before any note has cited it in full.

use super::{Code, Context, Diagnostic};
use crate::notes::{Fact, Form, Linked, Note, NoteCite};

/// `citecheck explain short-form-before-full`: why it matters and how to fix it.
pub(crate) const EXPLANATION: &str =
    "Why it matters: in notes styles (Chicago notes-bibliography, MHRA, OSCOLA) the first note \
     that cites a work gives it in full, and later notes shorten it; a reader meeting the short \
     form first has nothing to expand it from. A cross-reference (\"n 3\") must point back to an \
     earlier note that cites the work. (Chicago allows short forms throughout beside a full \
     bibliography: a short note for a work the bibliography lists is flagged only when a later \
     note gives that work in full.)\n\
     How to fix: give the full citation (names, title, place, publisher, year) in the first note \
     that cites the work, and the short form after; or point the cross-reference at the right note.";

/// Flags a short form or cross-reference whose work no earlier note cites in full. Example:
/// note 3 "White, *Organic Machine*, 60." when note 5 gives White's book in full.
pub fn check(
    cx: &Context,
    note: &Note,
    cite: &NoteCite,
    linked: &Linked,
    out: &mut Vec<Diagnostic>,
) {
    let Some(Fact::ShortBeforeFull { full_note }) = &linked.fact else {
        return;
    };
    let message = match (cite.form, full_note) {
        (Form::CrossRef(n), Some(_)) => format!(
            "\"{}\" (note {}) points to note {n}, which comes later; point at an earlier note \
             that cites the work in full, or cite it in full here",
            cite.text, note.number
        ),
        (Form::CrossRef(n), None) => format!(
            "\"{}\" (note {}) points to note {n}, which cites no work; point at the note that \
             cites the work in full",
            cite.text, note.number
        ),
        (_, Some(later)) => format!(
            "\"{}\" (note {}) is a short form, but no earlier note cites this work in full; \
             note {later} gives it in full; give the full citation in the first note that cites it",
            cite.text, note.number
        ),
        (_, None) => format!(
            "\"{}\" (note {}) is a short form, but no note before it cites this work in full; \
             give the full citation in the first note that cites it",
            cite.text, note.number
        ),
    };
    let keys: Vec<String> = linked
        .entry
        .and_then(|i| cx.references.get(i))
        .map(|r| r.key.to_string())
        .into_iter()
        .collect();
    out.push(Diagnostic::new(Code::ShortFormBeforeFull, cite.span, message).with_keys(keys));
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{codes, notes_paper};

    #[test]
    fn a_short_form_before_the_full_note_is_flagged_and_after_it_is_not() {
        let found = notes_paper(
            "Text.[^1] More.[^2] Again.[^3]\n\n\
             [^1]: White, *Organic Machine*, 60.\n\
             [^2]: Richard White, *The Organic Machine* (New York: Hill and Wang, 1995), 45.\n\
             [^3]: White, *Organic Machine*, 61.\n",
        );
        assert_eq!(codes(&found), [("short-form-before-full", 3)]);
        assert_eq!(
            found[0].1.message,
            "\"White, *Organic Machine*, 60\" (note 1) is a short form, but no earlier note cites \
             this work in full; note 2 gives it in full; give the full citation in the first note \
             that cites it"
        );
    }
}
