//! The whole pipeline, linking included: any text either checks or fails cleanly, the report
//! serialises, and the report `citecheck check` writes (citations found again as it is
//! written) is the one the library's `check` gives with every citation kept.
#![no_main]
use citecheck::check::{check, check_streamed};
use citecheck::config::Config;
use citecheck::document::Document;
use citecheck::report::{build, view_streamed, write_text, Colors};
use libfuzzer_sys::fuzz_target;
use std::path::Path;

fuzz_target!(|text: &str| {
    if let Ok(doc) = Document::from_text(Path::new("f.md"), text.to_string(), Vec::new()) {
        let config = Config::default();
        let kept = check(doc.clone(), &config, None);
        let streamed = citecheck::check::run(citecheck::input::Input::paper(doc), &citecheck::check::Options::tallies(config.clone()));
        assert_eq!(kept.is_ok(), streamed.is_ok());
        if let (Ok(kept), Ok(streamed)) = (kept, streamed) {
            let view = view(&streamed);
            assert!(view.to_report() == build(&kept));
            let summary = view.to_summary_report();
            let _ = write_text(&mut std::io::sink(), &summary, Colors(false), Some(&view.coverage()));
        }
    }
});
