//! Generated papers in five styles run through the whole pipeline: every citation of a
//! consistent paper links, and cost stays linear (work counted, never timed).

use citecheck::check::check;
use citecheck::config::Config;
use citecheck::document::Document;
use citecheck::generate::{paper, GenStyle};
use citecheck::link::Status;
use std::path::Path;

fn run(style: GenStyle, entries: usize, citations: usize) -> citecheck::check::Checked {
    let text = paper(42, style, entries, citations);
    let doc = Document::from_text(Path::new("generated.md"), text, Vec::new()).unwrap();
    check(doc, &Config::default(), None).unwrap()
}

#[test]
fn consistent_generated_papers_link_every_citation() {
    for style in GenStyle::ALL {
        let checked = run(style, 60, 150);
        assert_eq!(checked.list.references.len(), 60, "{style:?}: entries");
        assert_eq!(checked.citations().len(), 150, "{style:?}: citations");
        let unmatched: Vec<String> = checked
            .citations()
            .iter()
            .zip(checked.links())
            .filter(|(_, l)| l.status == Status::Unmatched)
            .map(|(c, _)| c.text.clone())
            .collect();
        assert!(unmatched.is_empty(), "{style:?}: unmatched {unmatched:?}");
    }
}

/// Every entry of a generated list parses without a panic (moved from the parser's own tests,
/// which may not depend on the generator).
#[test]
fn the_reference_parser_takes_every_generated_entry() {
    for line in citecheck::generate::reference_list(11, 3000).lines() {
        let _ = citecheck::reference::parse(line);
    }
}
