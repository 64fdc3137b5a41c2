//! Writing parsed references out: BibLaTeX through the `biblatex` crate, and files written
//! whole (temporary file, then rename) and never over an input.

mod bib;
mod write;

pub use bib::{to_biblatex, to_entry};
pub use write::{write_output, OutputError};
