//! Parsing throughput on a fixed list: 100,000 generated references in mixed styles
//! (APA, Chicago, Harvard, IEEE, Vancouver), parsed one by one; prints entries per second.
//!
//! Run: `cargo bench --bench parse`.

use citecheck::generate::reference_list;
use citecheck::reference::{parse, parse_with, ModelFields};
use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use std::hint::black_box;
use std::time::Instant;

/// Entries in the fixed list.
const ENTRIES: usize = 100_000;
/// Seed of the fixed list.
const SEED: u64 = 2024;

fn parse_all(lines: &[&str]) -> usize {
    lines
        .iter()
        .map(|l| parse(black_box(l)).authors.len())
        .sum()
}

/// [`parse_all`] with the rules alone (the field model off), for comparison.
fn parse_all_rules(lines: &[&str]) -> usize {
    lines
        .iter()
        .map(|l| parse_with(black_box(l), ModelFields::NONE).authors.len())
        .sum()
}

/// Time this thread has run on a CPU, from `/proc/thread-self/schedstat` (Linux only).
fn thread_cpu_seconds() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    let nanos: f64 = stat.split_whitespace().next()?.parse().ok()?;
    Some(nanos / 1e9)
}

fn bench_parse(c: &mut Criterion) {
    let list = reference_list(SEED, ENTRIES);
    let lines: Vec<&str> = list.lines().collect();
    assert_eq!(lines.len(), ENTRIES);

    // Compile the lazily built regexes and warm their caches first: the figure is the
    // steady-state rate, as criterion's own warm-up measures it.
    parse_all(&lines[..2_000]);
    // One timed pass over the whole list, printed as entries per second (single thread):
    // by the wall clock, and by the time this thread was on a CPU (Linux), which stays
    // meaningful when other processes share the cores.
    let cpu_before = thread_cpu_seconds();
    let start = Instant::now();
    let checksum = parse_all(&lines);
    let secs = start.elapsed().as_secs_f64();
    println!(
        "parse: {ENTRIES} entries in {secs:.3} s = {:.0} entries/s (one core; checksum {checksum})",
        ENTRIES as f64 / secs
    );
    if let (Some(a), Some(b)) = (cpu_before, thread_cpu_seconds()) {
        println!(
            "parse: {:.3} s on a CPU = {:.0} entries per CPU-second",
            b - a,
            ENTRIES as f64 / (b - a)
        );
    }
    // The same pass with the rules alone: what the field model costs.
    let cpu_before = thread_cpu_seconds();
    let checksum = parse_all_rules(&lines);
    if let (Some(a), Some(b)) = (cpu_before, thread_cpu_seconds()) {
        println!(
            "parse, rules alone: {:.3} s on a CPU = {:.0} entries per CPU-second (checksum {checksum})",
            b - a,
            ENTRIES as f64 / (b - a)
        );
    }

    let mut group = c.benchmark_group("parse");
    group.throughput(Throughput::Elements(ENTRIES as u64));
    group.sample_size(10);
    group.bench_function("reference_list_100k", |b| {
        b.iter(|| parse_all(black_box(&lines)))
    });
    group.finish();
}

criterion_group!(benches, bench_parse);
criterion_main!(benches);
