//! `missing-bibliography-entry`: a work cited in a note that the bibliography does not list.

use super::{Code, Diagnostic};
use crate::notes::{Fact, Linked, Note, NoteCite};

/// `citecheck explain missing-bibliography-entry`: why it matters and how to fix it.
pub(crate) const EXPLANATION: &str =
    "Why it matters: in a notes-bibliography paper the bibliography lists every work the notes \
     cite; a work cited only in a note is missing from it (cases and statutes, which OSCOLA lists \
     in tables of their own, are not flagged).\n\
     How to fix: add the work to the bibliography, or correct the note's author or title if it \
     means a work that is listed.";

/// Flags a full citation or short form in a note that fits no bibliography entry. Example:
/// note 2 cites Worster's *Rivers of Empire*; the bibliography lists only White.
pub fn check(note: &Note, cite: &NoteCite, linked: &Linked, out: &mut Vec<Diagnostic>) {
    if linked.fact != Some(Fact::Missing) {
        return;
    }
    let message = format!(
        "\"{}\" (note {}) has no entry in the bibliography; add the work to the bibliography or \
         correct the note",
        cite.text, note.number
    );
    out.push(Diagnostic::new(
        Code::MissingBibliographyEntry,
        cite.span,
        message,
    ));
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{codes, notes_paper};

    #[test]
    fn a_work_the_bibliography_lacks_is_flagged_and_a_case_is_not() {
        let found = notes_paper(
            "Text.[^1] More.[^2]\n\n\
             [^1]: Donald Worster, *Rivers of Empire* (New York: Pantheon, 1985), 12.\n\
             [^2]: *Donoghue v Stevenson* [1932] AC 562 (HL) 580; White, *Organic Machine*, 3.\n\n\
             Bibliography\n\n\
             White, Richard. *The Organic Machine*. New York: Hill and Wang, 1995.\n",
        );
        // White's short form is not a fault: the bibliography gives the work in full, and
        // Chicago allows a short note for it.
        assert_eq!(codes(&found), [("missing-bibliography-entry", 3)]);
    }
}
