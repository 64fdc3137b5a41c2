//! Reading a `.bib` text entry by entry, converting entries, running the `.bib` rules.
#![no_main]
use citecheck::bibfile::{month_strings, BibFile};
use citecheck::config::Config;
use citecheck::document::Document;
use libfuzzer_sys::fuzz_target;
use std::path::Path;

fuzz_target!(|text: &str| {
    if let Ok(doc) = Document::from_text(Path::new("f.bib"), text.to_string(), Vec::new()) {
        let file = BibFile::from_document(doc, &month_strings());
        let _ = citecheck::check::lint(file, &Config::default());
    }
});
