//! Reading a `.bib` text entry by entry, converting entries, running the `.bib` rules; the
//! report `citecheck lint` writes (entries read again as it is written) is the one the
//! library's `lint` gives with every entry kept.
#![no_main]
use citecheck::bibfile::{month_strings, BibFile};
use citecheck::check::{lint, lint_streamed};
use citecheck::config::Config;
use citecheck::document::Document;
use citecheck::report::{build, view_linted};
use libfuzzer_sys::fuzz_target;
use std::path::Path;

fuzz_target!(|text: &str| {
    if let Ok(doc) = Document::from_text(Path::new("f.bib"), text.to_string(), Vec::new()) {
        let config = Config::default();
        let kept = lint(BibFile::from_document(doc.clone(), &month_strings()), &config);
        let linted = citecheck::check::run(citecheck::input::Input::bib(doc), &citecheck::check::Options::tallies(config.clone())).expect("a .bib file always lints");
        let sources = [linted.bib.source()];
        assert!(view(&linted).to_report() == build(&kept));
    }
});
