//! `unlisted-field-item`: a work cited through a reference-manager field that the typed
//! reference list does not hold.

use super::{Code, Diagnostic};
use crate::document::word::WordMap;
use crate::link::fields::FieldLinks;
use std::collections::HashSet;

/// `citecheck explain unlisted-field-item`: why it matters and how to fix it.
pub(crate) const EXPLANATION: &str =
    "Why it matters: the field names the exact work cited (its authors, year, title, DOI), and \
     no entry of the reference list is that work, so a reader cannot find what the citation \
     points to. This happens when a list is typed (or pasted) instead of inserted by the \
     reference manager, and a citation is added later.\n\
     How to fix: add the entry to the list, or better let the reference manager write the \
     bibliography (Zotero: Add/Edit Bibliography; Mendeley and EndNote: Insert Bibliography).";

/// Flags each work cited in a field that matches no entry of a list the manager did not
/// write (matched by DOI, else first author, year and title), once per work.
pub fn check(map: &WordMap, fields: &FieldLinks, out: &mut Vec<Diagnostic>) {
    let mut seen = HashSet::new();
    for link in &fields.links {
        let manager = map.fields.get(link.field).map_or("", |f| f.manager.name());
        for (item, entry) in link.items.iter().zip(&link.entries) {
            if entry.is_some() || !seen.insert(item.identity()) {
                continue;
            }
            let message = format!(
                "{} is cited here through {manager} but is not in the reference list; \
                 add its entry (or let {manager} write the bibliography)",
                item.describe()
            );
            out.push(Diagnostic::new(Code::UnlistedFieldItem, link.span, message));
        }
    }
}
