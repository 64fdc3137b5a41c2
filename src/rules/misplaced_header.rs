//! `misplaced-header`: a Pandoc paper's YAML header that Pandoc does not read, because its
//! `---` is indented or missing, while it names a bibliography.
//!
//! citecheck uses the bibliography the header names (the paper's author meant it), and says
//! that Pandoc will not.

use super::{Code, Diagnostic};
use crate::span::Span;

/// `citecheck explain misplaced-header`: why it matters and how to fix it.
pub(crate) const EXPLANATION: &str =
    "Why it matters: Pandoc reads a YAML metadata block only when `---` stands at the very \
     start of a line, with only blank lines before it, and the block is closed by `---` or \
     `...`. Otherwise the header is ordinary text: it is printed in the paper, and its \
     `bibliography:` is ignored, so citations are not resolved unless the bibliography is \
     given on the command line.\n\
     How to fix: start the file with `---` at the beginning of the first line, end the header \
     with `---`, and remove any spaces before them.";

/// The diagnostic for a header body at `span`.
pub fn diagnostic(span: Span) -> Diagnostic {
    Diagnostic::new(
        Code::MisplacedHeader,
        span,
        "Pandoc does not read this as a YAML header (`---` must open the file at the start of \
         a line), so it ignores the `bibliography:` named here; the named files are checked \
         anyway. Put `---` at the start of the first line and after the header",
    )
}
