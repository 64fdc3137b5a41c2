//! citecheck: check that a paper's in-text citations and its reference list agree.
//!
//! The pipeline runs one way: [`document`] reads and cleans the input, [`reflist`] finds and
//! splits the reference list, [`reference`] parses each entry, [`citation`] finds the in-text
//! citations, [`link`] matches them to entries, [`rules`] turns what it found into diagnostics,
//! and [`report`] renders the result. The library never prints.
//!
//! ```
//! use citecheck::{check::check, config::Config, document::Document, link::Status, report};
//! use std::path::Path;
//!
//! let text = "As Chen and Okafor (2020) show, homework helps (Alvarez, 2018; Brandt, 2021).\n\n\
//!             References\n\n\
//!             Alvarez, M. (2018). *The homework wars*. Routledge.\n\n\
//!             Chen, L., & Okafor, N. (2020). Homework time. *Journal of Tests*, 4(2), 5-6.\n";
//! let doc = Document::from_text(Path::new("paper.md"), text.to_string(), Vec::new()).unwrap();
//! let checked = check(doc, &Config::default(), None).unwrap();
//! let statuses: Vec<Status> = checked.links().iter().map(|l| l.status).collect();
//! assert_eq!(statuses, [Status::Matched, Status::Matched, Status::Unmatched]);
//!
//! let report = report::build(&checked);
//! assert_eq!(report.summary.entries_cited, 2);
//! assert_eq!(report.diagnostics[0].code.as_str(), "unmatched-citation");
//! ```
#![warn(clippy::print_stdout, clippy::print_stderr)]

pub mod batch;
pub mod bibfile;
pub mod check;
pub mod citation;
pub mod config;
pub mod diagnostic;
pub mod document;
pub mod export;
pub mod fix;
pub mod generate;
pub mod input;
pub mod lexicon;
pub mod link;
pub mod notes;
pub mod paper;
pub mod reference;
pub mod reflist;
pub mod report;
pub mod rules;
pub mod span;
pub mod text;
