//! Time each pipeline stage on a generated paper (a quick profile; benches/ holds the real benchmarks).
use citecheck::check::{check, read_references};
use citecheck::config::Config;
use citecheck::document::Document;
use citecheck::generate::{paper, GenStyle};
use std::path::Path;
use std::time::Instant;

fn main() {
    let text = paper(42, GenStyle::Apa, 10_000, 100_000);
    let t = Instant::now();
    let doc = Document::from_text(Path::new("g.md"), text, Vec::new()).unwrap();
    println!("read: {:?}", t.elapsed());
    let t = Instant::now();
    let list = read_references(&doc, None).unwrap();
    println!("references ({}): {:?}", list.references.len(), t.elapsed());
    let t = Instant::now();
    let body = citecheck::check::body_text(&doc, &list);
    println!("body: {:?}", t.elapsed());
    let t = Instant::now();
    let index = citecheck::link::Index::new(&list.references, &list.numbers, &[]);
    println!("index: {:?}", t.elapsed());
    let t = Instant::now();
    let found = citecheck::citation::find_author_date(&body, &index.lexicon);
    println!("find ({}): {:?}", found.citations.len(), t.elapsed());
    let t = Instant::now();
    let links = citecheck::link::link_all(&found.citations, &list.references, &index, &body);
    println!("link ({}): {:?}", links.len(), t.elapsed());
    let t = Instant::now();
    let checked = check(doc, &Config::default(), None).unwrap();
    println!(
        "whole check ({} citations): {:?}",
        checked.citations.len(),
        t.elapsed()
    );
    let t = Instant::now();
    let report = citecheck::report::build(&checked, &[]);
    println!("report: {:?}", t.elapsed());
    let t = Instant::now();
    let json = serde_json::to_string(&report).unwrap();
    println!("json ({} bytes): {:?}", json.len(), t.elapsed());
}

#[allow(dead_code)]
fn stages() {}
