//! `unfielded-citation`: a citation typed as plain text in a Word file whose other citations
//! are reference-manager fields.

use super::{Code, Diagnostic};
use crate::citation::Citation;
use crate::link::fields::FieldLinks;

/// `citecheck explain unfielded-citation`: why it matters and how to fix it.
pub(crate) const EXPLANATION: &str =
    "Why it matters: the reference manager knows only the citations it inserted. A citation \
     typed by hand is not renumbered, restyled or added to the bibliography the manager writes, \
     so it silently drifts out of step when the style changes or the list is refreshed.\n\
     How to fix: delete the typed citation and insert it again with the reference manager's \
     \"Add citation\" button.";

/// Does a document with `fields` citation fields and `typed` citations outside them cite
/// mostly through fields? Only then is a typed citation out of place.
pub fn mostly_fields(fields: usize, typed: usize) -> bool {
    typed <= fields
}

/// Flags a citation outside every citation field, once the document has any citation field
/// ([`super::settle_unfielded`] keeps the findings only where fields are most citations).
/// Example: "(Smith, 2013)" typed next to Zotero citations.
pub fn check(fields: &FieldLinks, citation: &Citation, out: &mut Vec<Diagnostic>) {
    if fields.links.is_empty() || fields.around(citation.span).is_some() {
        return;
    }
    let message = format!(
        "\"{}\" is typed as plain text, but this document's other citations are \
         reference-manager fields; insert it with the reference manager so it is kept in step",
        citation.text
    );
    out.push(Diagnostic::new(
        Code::UnfieldedCitation,
        citation.span,
        message,
    ));
}

#[cfg(test)]
mod tests {
    use super::mostly_fields;

    #[test]
    fn typed_citations_stand_out_only_among_more_fields() {
        assert!(mostly_fields(12, 1));
        assert!(mostly_fields(3, 3));
        assert!(!mostly_fields(3, 44));
        assert!(!mostly_fields(0, 1));
    }
}
