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

/// Flags a citation outside every citation field, once the document has any citation field.
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
