//! The whole pipeline, linking included: any text either checks or fails cleanly, and the
//! report serialises.
#![no_main]
use citecheck::check::check;
use citecheck::config::Config;
use citecheck::document::Document;
use libfuzzer_sys::fuzz_target;
use std::path::Path;

fuzz_target!(|text: &str| {
    if let Ok(doc) = Document::from_text(Path::new("f.md"), text.to_string(), Vec::new()) {
        if let Ok(checked) = check(doc, &Config::default(), None) {
            let report = citecheck::report::build(&checked, &[]);
            let _ = serde_json_len(&report);
        }
    }
});

fn serde_json_len(report: &citecheck::report::Report) -> usize {
    citecheck::report::render_text(report, citecheck::report::Colors(false), true).len()
}
