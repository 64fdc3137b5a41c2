//! citecheck: check that a paper's in-text citations and its reference list agree.
//!
//! The pipeline runs one way: [`document`] reads and cleans the input, [`reflist`] finds and
//! splits the reference list, [`reference`] parses each entry, [`citation`] finds the in-text
//! citations, [`link`] matches them to entries, [`rules`] turns what it found into diagnostics,
//! and [`report`] renders the result. The library never prints.
#![warn(clippy::print_stdout, clippy::print_stderr)]

pub mod batch;
pub mod bibfile;
pub mod check;
pub mod citation;
pub mod config;
pub mod document;
pub mod export;
pub mod fix;
pub mod generate;
pub mod lexicon;
pub mod link;
pub mod paper;
pub mod reference;
pub mod reflist;
pub mod report;
pub mod rules;
pub mod span;
