//! `missing-input`: a file a LaTeX paper pulls in (`\input`, `\include`) is missing or empty.
//!
//! No rule runs for it: [`crate::paper::read_paper`] reports it while following the paper's
//! files (`paper` comes before `rules`). The check goes on without the file, as LaTeX does
//! for `\include` (an `\input` of a missing file stops LaTeX).

/// `citecheck explain missing-input`: why it matters and how to fix it.
pub(crate) const EXPLANATION: &str =
    "Why it matters: a missing `\\input` file stops LaTeX, a missing `\\include` file is left \
     out of the paper with only a warning; either way its citations are neither built nor \
     checked. An empty file adds nothing.\n\
     How to fix: correct the name or add the file. citecheck looks where TeX does: the main \
     file's folder, the working folder, then the folders in TEXINPUTS; `name.tex` first, then \
     `name`.";
