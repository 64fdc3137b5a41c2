//! `uncited-reference`: an entry no citation points to.
//!
//! What it does: flags entries that are neither matched by a citation nor a candidate of an
//! ambiguous one. Why: most styles list only works cited. Example: a book in the list that the
//! text never mentions.

use super::{Code, Context, Diagnostic};
use crate::link::Status;

pub fn check(cx: &Context, out: &mut Vec<Diagnostic>) {
    let mut touched = vec![false; cx.references.len()];
    for link in cx.links.iter().filter(|l| l.status != Status::Unmatched) {
        for &i in &link.entries {
            touched[i] = true;
        }
    }
    for (reference, _) in cx.references.iter().zip(touched).filter(|(_, t)| !t) {
        let message = format!(
            "{} ({}) is never cited; cite it where it is used or remove it from the list",
            reference.key,
            reference.short_citation()
        );
        out.push(Diagnostic::new(Code::UncitedReference, reference.span, message).with_keys([reference.key.clone()]));
    }
}
