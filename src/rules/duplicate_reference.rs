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

#[cfg(test)]
mod tests {
    use crate::rules::testing::{codes, paper};

    #[test]
    fn the_second_copy_is_reported_naming_the_first_and_not_as_uncited() {
        let entry = "Smith, J. (2020). A title. *Journal*, 1, 2-3.\n";
        let found = paper(&format!(
            "Cited (Smith, 2020).\n\nReferences\n\n{entry}\n{entry}"
        ));
        assert_eq!(codes(&found), [("duplicate-reference", 7)]);
        assert_eq!(found[0].1.keys, ["smith2020a", "smith2020b"]);
        assert!(found[0]
            .1
            .message
            .starts_with("smith2020b repeats smith2020a (line 5)"));
    }
}
