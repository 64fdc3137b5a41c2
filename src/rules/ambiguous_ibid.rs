//! `ambiguous-ibid`: "Ibid." after a note that cites several works, or none.

use super::{Code, Diagnostic};
use crate::notes::{Fact, Linked, Note, NoteCite};

/// `citecheck explain ambiguous-ibid`: why it matters and how to fix it.
pub(crate) const EXPLANATION: &str =
    "Why it matters: \"Ibid.\" (\"Id.\", OSCOLA's \"ibid\") means \"the work cited just \
     before\". When the note before cites two works, the reader cannot tell which is meant; when \
     it cites none (a note of comment only), or there is no note before, \"Ibid.\" points at \
     nothing.\n\
     How to fix: replace \"Ibid.\" with the short form of the work meant (author, short title, \
     page).";

/// Flags "Ibid." whose note before cites zero or several works. Example: note 4 "Ibid., 72."
/// after note 3 "White, *Organic Machine*, 60; Worster, *Rivers*, 12."
pub fn check(note: &Note, cite: &NoteCite, linked: &Linked, out: &mut Vec<Diagnostic>) {
    let Some(Fact::IbidUnclear { previous, works }) = &linked.fact else {
        return;
    };
    let message = match (previous, works) {
        (None, _) => format!(
            "\"{}\" (note {}) has no earlier citation to point to; give the citation in full",
            cite.text, note.number
        ),
        (Some(p), 0) => format!(
            "\"{}\" (note {}) follows note {p}, which cites no work; give the short form of the \
             work meant",
            cite.text, note.number
        ),
        (Some(p), n) => format!(
            "\"{}\" (note {}) follows note {p}, which cites {n} works; give the short form of the \
             one meant",
            cite.text, note.number
        ),
    };
    out.push(Diagnostic::new(Code::AmbiguousIbid, cite.span, message));
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{codes, notes_paper};

    #[test]
    fn ibid_after_two_works_or_after_a_comment_is_flagged() {
        let found = notes_paper(
            "A.[^1] B.[^2] C.[^3] D.[^4] E.[^5]\n\n\
             [^1]: Richard White, *The Organic Machine* (New York: Hill and Wang, 1995), 45; \
             Donald Worster, *Rivers of Empire* (New York: Pantheon, 1985), 12.\n\
             [^2]: Ibid., 46.\n\
             [^3]: White, *Organic Machine*, 50.\n\
             [^4]: Ibid., 51.\n\
             [^5]: The counts were lost in 1950.\n\n\
             Text.[^6]\n\n[^6]: Ibid.\n",
        );
        assert_eq!(
            codes(&found),
            [("ambiguous-ibid", 4), ("ambiguous-ibid", 11)]
        );
        assert_eq!(
            found[0].1.message,
            "\"Ibid., 46\" (note 2) follows note 1, which cites 2 works; give the short form of \
             the one meant"
        );
        assert_eq!(
            found[1].1.message,
            "\"Ibid\" (note 6) follows note 5, which cites no work; give the short form of the \
             work meant"
        );
    }
}
