//! Reading bytes as a document, finding PDF residue and the reference section, splitting it.
#![no_main]
use citecheck::document::{find_residue, Document};
use libfuzzer_sys::fuzz_target;
use std::path::Path;

fuzz_target!(|data: &[u8]| {
    if let Ok(doc) = Document::from_bytes(Path::new("f.md"), data) {
        let residue = find_residue(&doc.text, &doc.lines);
        if let Ok(section) = citecheck::reflist::find_section(&doc, &residue, None) {
            let _ = citecheck::reflist::split_entries(&doc, &residue, &section);
        }
    }
});
