//! `note-entry-mismatch`: a note's full citation and the work's bibliography entry disagree
//! on the year, the title or the publisher.

use super::{Code, Context, Diagnostic};
use crate::notes::{Fact, Linked, Note, NoteCite};

/// `citecheck explain note-entry-mismatch`: why it matters and how to fix it.
pub(crate) const EXPLANATION: &str =
    "Why it matters: the note and the bibliography describe one work; when the year, the title \
     or the publisher differ, one of them is wrong and a reader may look for the wrong edition.\n\
     How to fix: check the work and correct the note or the bibliography entry so they agree.";

/// Flags a full citation in a note that names its entry's author and title but gives another
/// year, title or publisher. Example: note 1 gives White's *Organic Machine* as 1996, the
/// bibliography as 1995.
pub fn check(
    cx: &Context,
    note: &Note,
    cite: &NoteCite,
    linked: &Linked,
    out: &mut Vec<Diagnostic>,
) {
    let (Some(Fact::Mismatch(differences)), Some(i)) = (&linked.fact, linked.entry) else {
        return;
    };
    let Some(entry) = cx.references.get(i) else {
        return;
    };
    let ours: Vec<String> = differences
        .iter()
        .map(|(field, ours, _)| format!("the {field} \"{ours}\""))
        .collect();
    let theirs: Vec<String> = differences
        .iter()
        .map(|(_, _, theirs)| format!("\"{theirs}\""))
        .collect();
    let message = format!(
        "note {} gives {}, but bibliography entry {} ({}; line {}) gives {}; make the note and \
         the entry agree",
        note.number,
        ours.join(" and "),
        entry.key,
        entry.short_citation(),
        entry.line,
        theirs.join(" and ")
    );
    out.push(
        Diagnostic::new(Code::NoteEntryMismatch, cite.span, message).with_keys([entry.key.clone()]),
    );
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{codes, notes_paper};

    #[test]
    fn a_note_with_another_year_is_flagged() {
        let found = notes_paper(
            "Text.[^1]\n\n\
             [^1]: Richard White, *The Organic Machine* (New York: Hill and Wang, 1996), 45.\n\n\
             Bibliography\n\n\
             White, Richard. *The Organic Machine*. New York: Hill and Wang, 1995.\n",
        );
        assert_eq!(codes(&found), [("note-entry-mismatch", 3)]);
        assert_eq!(
            found[0].1.message,
            "note 1 gives the year \"1996\", but bibliography entry white1995 (White, 1995; line 7) \
             gives \"1995\"; make the note and the entry agree"
        );
    }
}
