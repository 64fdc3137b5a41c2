//! Time the streamed check's parts on a generated paper (a quick profile; benches/ holds the
//! real benchmarks): `cargo run --release --example time_walk`.
use citecheck::check::{check_streamed, read_references, Plan};
use citecheck::config::Config;
use citecheck::document::Document;
use citecheck::generate::{paper, GenStyle};
use std::path::Path;
use std::time::Instant;

fn main() {
    let text = paper(42, GenStyle::Apa, 10_000, 100_000);
    let doc = Document::from_text(Path::new("g.md"), text, Vec::new()).unwrap();
    let config = Config::default();
    let list = read_references(&doc, None).unwrap();
    let t = Instant::now();
    let plan = Plan::new(&doc, &list, &config);
    println!("plan (index + aliases): {:?}", t.elapsed());
    let t = Instant::now();
    let mut n = 0;
    plan.walk(&doc, &list, |_, _, _| n += 1);
    println!("walk ({n}): {:?}", t.elapsed());
    let t = Instant::now();
    let streamed = check_streamed(doc, &config, None).unwrap();
    println!("check_streamed: {:?}", t.elapsed());
    let t = Instant::now();
    let view = citecheck::report::view_streamed(&streamed);
    serde_json::to_writer_pretty(std::io::sink(), &view).unwrap();
    println!("json written: {:?}", t.elapsed());
}
