//! Finding citations of every kind in arbitrary text.
#![no_main]
use citecheck::citation::{find_author_date, find_latex, find_numeric, find_pandoc};
use citecheck::lexicon::{fold_name, NameIndex};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let mut names = NameIndex::default();
    for (i, n) in ["Smith", "Chen", "Ødegaard", "World Health Organization"].iter().enumerate() {
        names.insert(fold_name(n), i);
    }
    let _ = find_author_date(text, &names);
    let _ = find_numeric(text, 20);
    let _ = find_latex(text);
    let _ = find_pandoc(text);
});
