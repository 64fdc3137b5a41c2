//! Parsing one reference string.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let _ = citecheck::reference::parse(text);
});
