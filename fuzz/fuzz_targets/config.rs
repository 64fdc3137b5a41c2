//! Loading `citecheck.toml`.
#![no_main]
use libfuzzer_sys::fuzz_target;
use std::path::Path;

fuzz_target!(|text: &str| {
    let _ = citecheck::config::Config::parse(text, Path::new("citecheck.toml"));
});
