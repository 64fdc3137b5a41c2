//! `no-bibliography`: a paper that cites by key (LaTeX, Pandoc) names no bibliography file.
//!
//! Pandoc and LaTeX still build such a paper (every citation comes out as `?`), so citecheck
//! still reports on it rather than refusing it: this diagnostic, then every citation as
//! unmatched.

use super::{Code, Diagnostic};
use crate::span::Span;

/// `citecheck explain no-bibliography`: why it matters and how to fix it.
pub(crate) const EXPLANATION: &str =
    "Why it matters: with no bibliography, no citation can be resolved; the built paper shows \
     `?` or the bare keys where the citations should be, and has no reference list.\n\
     How to fix: name the .bib file: `bibliography: refs.bib` in a Pandoc paper's YAML header \
     (or `--bibliography` on pandoc's command line), `\\bibliography{refs}` (BibTeX) or \
     `\\addbibresource{refs.bib}` (biber) in a LaTeX paper; or pass `--bib FILE` to citecheck.";

/// The diagnostic for a paper with `citations` citations and no bibliography, at its start.
pub fn diagnostic(how: &str, citations: usize) -> Diagnostic {
    let message = if citations == 0 {
        format!("the paper has no citations and names no bibliography ({how}): nothing to check")
    } else {
        format!(
            "the paper names no bibliography ({how}), so none of its {citations} citations can \
             be resolved; name the .bib file or pass --bib FILE"
        )
    };
    Diagnostic::new(Code::NoBibliography, Span::new(0, 0), message)
}
