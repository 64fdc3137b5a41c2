//! `key-case-mismatch`: a LaTeX citation key that matches a `.bib` key only when case is
//! ignored (`\citep{evans2017}` for `Evans2017`), in a paper whose bibliography BibTeX reads
//! (`\bibliography{...}`).
//!
//! BibTeX compares keys without regard to case, so the paper builds and the citation is
//! linked; biber (`\addbibresource`) and Pandoc compare exactly, so there the same key is
//! unmatched. The citation is linked, and this warning says so.

use super::{Code, Diagnostic, SourceId};
use crate::citation::{Citation, Target};
use crate::link::{Link, Status};
use crate::reference::Reference;
use std::collections::HashMap;

/// `citecheck explain key-case-mismatch`: why it matters and how to fix it.
pub(crate) const EXPLANATION: &str =
    "Why it matters: BibTeX ignores case in keys, so `\\cite{evans2017}` finds `Evans2017` and \
     the paper builds; biber, biblatex and Pandoc do not, so the citation breaks as soon as the \
     paper moves to them, and tools that read the keys see two different works.\n\
     How to fix: write the key exactly as the .bib file has it.";

/// Link each unmatched key citation whose key equals exactly one entry's key when case is
/// ignored to that entry; a warning for each. `sources[n]` is the file citation `n` is in.
pub fn relink(
    citations: &[Citation],
    links: &mut [Link],
    references: &[Reference],
    sources: &[SourceId],
) -> Vec<Diagnostic> {
    let mut folded: HashMap<String, Vec<usize>> = HashMap::new();
    for (i, r) in references.iter().enumerate() {
        folded
            .entry(r.key.to_lowercase().to_string())
            .or_default()
            .push(i);
    }
    let mut out = Vec::new();
    for (n, (c, link)) in citations.iter().zip(links.iter_mut()).enumerate() {
        let Target::Key(key) = &c.target else {
            continue;
        };
        if link.status != Status::Unmatched {
            continue;
        }
        let Some(&[entry]) = folded.get(&key.to_lowercase()).map(Vec::as_slice) else {
            continue;
        };
        *link = Link::matched_to(entry);
        let wanted = &references[entry].key;
        out.push(
            Diagnostic::new(
                Code::KeyCaseMismatch,
                c.span,
                format!(
                    "`{key}` matches the entry `{wanted}` only because BibTeX ignores case; \
                     biber and Pandoc would not find it: write `{wanted}`"
                ),
            )
            .with_keys([wanted.clone()])
            .in_source(sources.get(n).copied().unwrap_or(SourceId::Document)),
        );
    }
    out
}
