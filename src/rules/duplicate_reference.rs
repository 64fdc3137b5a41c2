//! `duplicate-reference`: one work listed twice.

use super::{Code, Context, Diagnostic};

/// `citecheck explain duplicate-reference`: why it matters and how to fix it.
pub(crate) const EXPLANATION: &str =
    "Why it matters: duplicates make citations ambiguous and lengthen the list.\n\
     How to fix: delete one of the two entries.";

/// Flags an entry with the same first author, year and title as an earlier one. Example: the
/// same article listed twice.
pub fn check(cx: &Context, out: &mut Vec<Diagnostic>) {
    let firsts = crate::reference::first_copies(cx.references);
    for (i, (reference, &first)) in cx.references.iter().zip(&firsts).enumerate() {
        if first != i {
            let earlier = &cx.references[first];
            if earlier.key == reference.key {
                // One key twice in a .bib file is `duplicate-key`'s to report.
                continue;
            }
            let message = format!(
                "{} repeats {} (line {}): the same work is listed twice; delete one",
                reference.key, earlier.key, earlier.line
            );
            out.push(
                Diagnostic::new(Code::DuplicateReference, reference.span, message)
                    .with_keys([earlier.key.clone(), reference.key.clone()])
                    .in_source(cx.origins.reference(i)),
            );
        }
    }
}
