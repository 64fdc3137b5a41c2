//! Time each pipeline stage on a generated paper (a quick profile; benches/ holds the real
//! benchmarks): `cargo run --release --example time_stages`. With `-- --rss FILE` it prints
//! resident memory after each stage of checking FILE instead.
use citecheck::check::{check, read_references, Plan};
use citecheck::config::Config;
use citecheck::document::Document;
use citecheck::generate::{paper, GenStyle};
use std::path::Path;
use std::time::Instant;

/// Resident memory now and at its peak (Linux), for `--rss FILE`.
fn rss(stage: &str) {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    let get = |k: &str| {
        status
            .lines()
            .find(|l| l.starts_with(k))
            .map(|l| l[k.len()..].trim().to_string())
            .unwrap_or_default()
    };
    println!(
        "{stage:<24} rss {:>10}  peak {:>10}",
        get("VmRSS:"),
        get("VmHWM:")
    );
}

fn rss_stages(path: &str) {
    rss("start");
    let doc = Document::read(Path::new(path), u64::MAX).unwrap();
    rss("read");
    let list = read_references(&doc, None).unwrap();
    rss("reference list");
    let plan = Plan::new(&doc, &list, &Config::default());
    rss("plan (index)");
    drop((plan, list));
    let streamed = citecheck::check::run(
        citecheck::input::Input::paper(doc),
        &citecheck::check::Options::tallies(Config::default()),
    )
    .unwrap();
    rss("check_streamed");
    let view = citecheck::report::view(&streamed);
    serde_json::to_writer_pretty(std::io::sink(), &view).unwrap();
    rss("json written");
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if args.get(1).map(String::as_str) == Some("--rss") {
        return rss_stages(&args[2]);
    }
    let config = Config::default();
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
    let plan = Plan::new(&doc, &list, &config);
    println!("plan (index + aliases): {:?}", t.elapsed());
    let t = Instant::now();
    let mut n = 0;
    plan.walk(&doc, &list, |_, _, _| n += 1);
    println!("walk: find and link ({n}): {:?}", t.elapsed());
    let t = Instant::now();
    let checked = check(doc.clone(), &config, None).unwrap();
    println!(
        "whole check, citations kept ({}): {:?}",
        checked.citations().len(),
        t.elapsed()
    );
    let t = Instant::now();
    let report = citecheck::report::build(&checked);
    println!("owned report: {:?}", t.elapsed());
    let t = Instant::now();
    let json = serde_json::to_string(&report).unwrap();
    println!("json ({} bytes): {:?}", json.len(), t.elapsed());
    let t = Instant::now();
    let streamed = citecheck::check::run(
        citecheck::input::Input::paper(doc),
        &citecheck::check::Options::tallies(config.clone()),
    )
    .unwrap();
    println!("whole check, streamed: {:?}", t.elapsed());
    let t = Instant::now();
    let view = citecheck::report::view(&streamed);
    serde_json::to_writer_pretty(std::io::sink(), &view).unwrap();
    println!("streamed report written: {:?}", t.elapsed());
}
