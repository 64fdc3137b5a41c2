//! `stale-bibliography`: a bibliography written by a reference manager that is out of date
//! with the document's citations.

use super::{Code, Diagnostic};
use crate::document::word::WordMap;
use crate::link::fields::FieldLinks;
use crate::reference::Reference;
use std::collections::HashSet;

/// `citecheck explain stale-bibliography`: why it matters and how to fix it.
pub(crate) const EXPLANATION: &str =
    "Why it matters: Zotero, Mendeley and EndNote write the bibliography from the citations, \
     but only when told to refresh. A citation added since (or the bibliography's text edited \
     by hand) leaves a cited work out of the list, and a citation deleted since leaves a work \
     listed that nothing cites.\n\
     How to fix: refresh the bibliography with the reference manager (Zotero: Refresh; \
     Mendeley: Refresh; EndNote: Update Citations and Bibliography); do not edit its text by \
     hand.";

/// Flags, in a list the manager wrote: each work a citation field cites that the list does
/// not hold (once per work), and each entry no citation field cites (unless the manager was
/// told to list works nobody cites).
pub fn check(
    map: &WordMap,
    fields: &FieldLinks,
    references: &[Reference],
    out: &mut Vec<Diagnostic>,
) {
    let mut seen = HashSet::new();
    let mut cited = vec![false; references.len()];
    for link in &fields.links {
        let manager = map.fields.get(link.field).map_or("", |f| f.manager.name());
        for (item, entry) in link.items.iter().zip(&link.entries) {
            match entry {
                Some(i) => cited[*i] = true,
                None if seen.insert(item.identity()) => {
                    let message = format!(
                        "{} is cited here through {manager} but is missing from the \
                         bibliography {manager} wrote; refresh the bibliography",
                        item.describe()
                    );
                    out.push(Diagnostic::new(Code::StaleBibliography, link.span, message));
                }
                None => {}
            }
        }
    }
    if fields.lists_uncited {
        return;
    }
    for (reference, _) in references.iter().zip(cited).filter(|(_, c)| !c) {
        let message = format!(
            "{} ({}) is in the managed bibliography but no citation field cites it; refresh \
             the bibliography",
            reference.key,
            reference.short_citation()
        );
        out.push(
            Diagnostic::new(Code::StaleBibliography, reference.span, message)
                .with_keys([reference.key.clone()]),
        );
    }
}
