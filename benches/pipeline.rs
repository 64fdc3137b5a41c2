//! Benchmarks of each stage of `check` on generated papers at 1×, 10× and 100× sizes
//! (100, 1,000 and 10,000 entries with ten citations per entry), so the slope is visible.
//! Throughput is reported in bytes of paper per second and, for the whole check, citations.
//! `check-and-report` is what `citecheck check --format json` runs: the paper checked with
//! its citations kept only as tallies, then the report written while they are found again.
//!
//! `cargo bench --bench pipeline`

use citecheck::check::{body_text, check, read_references};
use citecheck::citation::find_author_date;
use citecheck::config::Config;
use citecheck::document::Document;
use citecheck::generate::{paper, GenStyle};
use citecheck::link::{link_all, Index};
use criterion::{black_box, criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use std::path::Path;
use std::time::Duration;

const SIZES: [usize; 3] = [100, 1_000, 10_000];

fn document(entries: usize) -> Document {
    let text = paper(7, GenStyle::Apa, entries, entries * 10);
    Document::from_text(Path::new("bench.md"), text, Vec::new()).expect("generated text is valid")
}

fn stages(c: &mut Criterion) {
    let mut group = c.benchmark_group("stage");
    group
        .sample_size(10)
        .measurement_time(Duration::from_secs(4))
        .warm_up_time(Duration::from_millis(500));
    for entries in SIZES {
        let doc = document(entries);
        let list = read_references(&doc, None).expect("list found");
        let body = body_text(&doc, &list);
        let index = Index::new(&list.references, &list.numbers, &[]);
        let found = find_author_date(&body, &index.lexicon);
        group.throughput(Throughput::Bytes(doc.text.len() as u64));
        group.bench_with_input(
            BenchmarkId::new("find-and-parse-references", entries),
            &doc,
            |b, doc| b.iter(|| read_references(black_box(doc), None).map(|l| l.references.len())),
        );
        group.bench_with_input(
            BenchmarkId::new("find-citations", entries),
            &body,
            |b, body| {
                b.iter(|| {
                    find_author_date(black_box(body), &index.lexicon)
                        .citations
                        .len()
                })
            },
        );
        group.throughput(Throughput::Elements(found.citations.len() as u64));
        group.bench_with_input(BenchmarkId::new("link", entries), &found, |b, found| {
            b.iter(|| link_all(black_box(&found.citations), &list.references, &index, &body).len())
        });
    }
    group.finish();
}

fn whole_check(c: &mut Criterion) {
    let mut group = c.benchmark_group("check");
    group
        .sample_size(10)
        .measurement_time(Duration::from_secs(6))
        .warm_up_time(Duration::from_millis(500));
    for entries in SIZES {
        let doc = document(entries);
        group.throughput(Throughput::Elements((entries * 10) as u64));
        group.bench_with_input(
            BenchmarkId::new("citations", entries * 10),
            &doc,
            |b, doc| {
                b.iter(|| {
                    check(black_box(doc.clone()), &Config::default(), None).map(|c| c.links().len())
                })
            },
        );
    }
    group.finish();
}

/// What `citecheck check --format json` does: check keeping only tallies, then the report
/// written (to nowhere) while the citations are found again.
fn streamed_check(c: &mut Criterion) {
    let mut group = c.benchmark_group("check-and-report");
    group
        .sample_size(10)
        .measurement_time(Duration::from_secs(8))
        .warm_up_time(Duration::from_millis(500));
    for entries in SIZES {
        let doc = document(entries);
        group.throughput(Throughput::Elements((entries * 10) as u64));
        group.bench_with_input(
            BenchmarkId::new("citations", entries * 10),
            &doc,
            |b, doc| {
                b.iter(|| {
                    let streamed = citecheck::check::run(
                        citecheck::input::Input::paper(black_box(doc.clone())),
                        &citecheck::check::Options::tallies(Config::default()),
                    )
                    .ok()?;
                    let view = citecheck::report::view(&streamed);
                    serde_json::to_writer_pretty(std::io::sink(), &view).ok()?;
                    Some(view.summary().citations)
                })
            },
        );
    }
    group.finish();
}

criterion_group!(benches, stages, whole_check, streamed_check);
criterion_main!(benches);
