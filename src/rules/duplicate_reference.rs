//! `duplicate-reference`: one work listed twice.
//!
//! What it does: flags an entry with the same first author, year and title as an earlier one.
//! Why: duplicates make citations ambiguous. Example: the same article listed twice.

use super::{Code, Context, Diagnostic};
use std::collections::HashMap;

pub fn check(cx: &Context, out: &mut Vec<Diagnostic>) {
    let mut seen: HashMap<(String, Option<i32>, String), usize> = HashMap::new();
    for (i, reference) in cx.references.iter().enumerate() {
        let Some(key) = reference.identity() else {
            continue;
        };
        if let Some(&first) = seen.get(&key) {
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
        } else {
            seen.insert(key, i);
        }
    }
}
