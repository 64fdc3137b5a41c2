//! Linting a generated 50,000-entry `.bib` file (the bar: under a second).
//!
//! The file is the same on every run: a seeded linear congruential generator picks entry types,
//! names, titles, @string journals, dates, pages, DOIs and crossrefs. Run with
//! `cargo bench --bench bib`; it prints entries per second, then criterion's statistics.
//! `BIB_PHASES=1` prints the time of each stage instead; `BIB_WRITE=FILE` saves the file.

use citecheck::bibfile::{month_strings, BibFile};
use citecheck::check::{run, Options};
use citecheck::config::Config;
use citecheck::document::Document;
use citecheck::generate::Lcg;
use citecheck::input::Input;
use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use std::fmt::Write;
use std::path::Path;
use std::time::Instant;

const ENTRIES: usize = 50_000;

const FAMILIES: &[&str] = &[
    "Smith",
    "M{\\\"u}ller",
    "Okafor",
    "Nguyen",
    "Garc{\\'\\i}a",
    "van der Berg",
    "Kowalski",
    "Tanaka",
    "Ibrahim",
    "O'Brien",
    "Rossi",
    "Chen",
];
const GIVEN: &[&str] = &[
    "Ann",
    "Bo",
    "Chidi",
    "Dana",
    "Eve",
    "Fatima",
    "J{\\\"o}rg",
    "Kenji",
    "Lea",
    "Mateo",
];
const WORDS: &[&str] = &[
    "carbon", "soil", "{RNA}", "networks", "urban", "climate", "learning", "policy", "markets",
    "evidence", "of", "and", "the", "in", "theory",
];

fn generate(seed: u64) -> String {
    let mut rng = Lcg::from_state(seed);
    let mut text = String::with_capacity(ENTRIES * 330);
    for j in 0..20 {
        let _ = writeln!(
            text,
            "@string{{j{j} = {{Journal of {} Studies}}}}",
            rng.pick(WORDS)
        );
    }
    for i in 0..ENTRIES {
        let authors: Vec<String> = (0..1 + rng.next_u64() % 4)
            .map(|_| format!("{}, {}", rng.pick(FAMILIES), rng.pick(GIVEN)))
            .collect();
        let title: Vec<&str> = (0..4 + rng.next_u64() % 8)
            .map(|_| rng.pick(WORDS))
            .collect();
        let year = 1950 + rng.next_u64() % 75;
        let first = 1 + rng.next_u64() % 900;
        match rng.next_u64() % 4 {
            0 | 1 => {
                let _ = write!(
                    text,
                    "@article{{key{i},\n  author = {{{}}},\n  title = {{{}}},\n  journal = j{},\n  year = {year},\n  month = {},\n  volume = {{{}}},\n  pages = {{{first}--{}}},\n  doi = {{10.{}/x{i}}},\n}}\n\n",
                    authors.join(" and "),
                    title.join(" "),
                    rng.next_u64() % 20,
                    rng.pick(&["jan", "mar", "sep", "{11}"]),
                    rng.next_u64() % 60,
                    first + rng.next_u64() % 30,
                    1000 + rng.next_u64() % 9000
                );
            }
            2 => {
                let _ = write!(text, "@book{{key{i},\n  author = {{{}}},\n  title = {{{}}},\n  publisher = {{Press}},\n  location = {{London}},\n  date = {{{year}-0{}}},\n}}\n\n", authors.join(" and "), title.join(" "), 1 + rng.next_u64() % 9);
            }
            _ => {
                let parent = if i > 0 {
                    format!("key{}", rng.next_u64() as usize % i)
                } else {
                    "key0".into()
                };
                let _ = write!(text, "@inproceedings{{key{i},\n  author = {{{}}},\n  title = \"{}\",\n  booktitle = {{Proceedings}},\n  crossref = {{{parent}}},\n  year = {year},\n  url = {{https://example.org/{i}}},\n}}\n\n", authors.join(" and "), title.join(" "));
            }
        }
    }
    text
}

fn lint_text(text: &str) -> usize {
    let doc = Document::from_text(Path::new("generated.bib"), text.to_string(), Vec::new())
        .expect("generated text is not empty");
    let options = Options::with_config(Config::default());
    run(Input::bib(doc), &options).map_or(0, |c| c.entry_count())
}

fn bench(c: &mut Criterion) {
    let text = generate(42);
    let start = Instant::now();
    let n = lint_text(&text);
    let seconds = start.elapsed().as_secs_f64();
    assert_eq!(n, ENTRIES);
    println!(
        "lint {ENTRIES} entries ({:.1} MB): {:.3} s, {:.0} entries/second",
        text.len() as f64 / 1e6,
        seconds,
        ENTRIES as f64 / seconds
    );
    if let Some(path) = std::env::var_os("BIB_WRITE") {
        std::fs::write(path, &text).expect("the generated file is written");
    }
    if std::env::var_os("BIB_PHASES").is_some() {
        phases(&text);
        return;
    }
    let mut group = c.benchmark_group("bib");
    group.sample_size(10);
    group.throughput(Throughput::Elements(ENTRIES as u64));
    group.bench_function("lint_50k_entries", |b| b.iter(|| lint_text(&text)));
    // What `citecheck lint --format json` runs: one entry at a time, then the report written
    // (to nowhere) while the entries are read again.
    group.bench_function("lint_and_report_50k_entries", |b| {
        b.iter(|| {
            let doc =
                Document::from_text(Path::new("generated.bib"), text.clone(), Vec::new()).ok()?;
            let linted = run(Input::bib(doc), &Options::tallies(Config::default())).ok()?;
            let view = citecheck::report::view(&linted);
            serde_json::to_writer_pretty(std::io::sink(), &view).ok()?;
            Some(view.summary().entries)
        })
    });
    group.bench_function("scan_50k_entries", |b| {
        b.iter(|| {
            citecheck::bibfile::parse(&text, &month_strings())
                .entries
                .len()
        })
    });
    group.finish();
}

fn phases(text: &str) {
    let t = Instant::now();
    let doc =
        Document::from_text(Path::new("generated.bib"), text.to_string(), Vec::new()).unwrap();
    let bib = BibFile::from_document(doc, &month_strings());
    println!("scan {:?}", t.elapsed());
    let t = Instant::now();
    let refs: Vec<_> = bib
        .entries
        .iter()
        .map(|e| citecheck::bibfile::to_reference(e, &bib.doc.text))
        .collect();
    println!("convert {:?}", t.elapsed());
    let t = Instant::now();
    let d = citecheck::rules::run_bib(std::slice::from_ref(&bib));
    println!("bib rules {:?} ({})", t.elapsed(), d.len());
    let t = Instant::now();
    let numbers = vec![None; refs.len()];
    let _index = citecheck::link::Index::new(&refs, &numbers, &[]);
    println!("index {:?}", t.elapsed());
    let t = Instant::now();
    let origins = citecheck::rules::Origins::default();
    let cx = citecheck::rules::Context {
        references: &refs,
        style: citecheck::rules::Style::Keys,
        numbers: &numbers,
        origins: &origins,
    };
    let d = citecheck::rules::run(&cx, &[], &[]);
    println!("list rules {:?} ({})", t.elapsed(), d.len());
}

criterion_group!(benches, bench);
criterion_main!(benches);
