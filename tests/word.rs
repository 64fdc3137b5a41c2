//! Word files read directly: the text the reader makes of every construct it handles, the
//! real Zotero and Mendeley files in ../shared, and files that are not Word files at all.

mod common;

use citecheck::document::word;
use common::*;
use std::path::Path;

fn text_of(path: &Path) -> String {
    let bytes = std::fs::read(path).unwrap();
    word::read(path, &bytes, u64::MAX).unwrap().text
}

#[test]
fn features_read_in_order() {
    let path = root().join("tests/fixtures/docx/features.docx");
    print!("{}", text_of(&path));
}
