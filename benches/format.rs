//! Formatting 10,000 generated entries in APA (the bundled style), as `citecheck format` does.

use citecheck::export::format::{format, load_style, Markup};
use citecheck::export::from_bib;
use criterion::{criterion_group, criterion_main, Criterion, Throughput};

fn bench(c: &mut Criterion) {
    let (refs, _) = from_bib(&citecheck::generate::bib(10_000));
    let style = load_style("apa").expect("bundled style");
    let mut group = c.benchmark_group("format");
    group.sample_size(10);
    group.throughput(Throughput::Elements(refs.len() as u64));
    group.bench_function("apa_10000", |b| {
        b.iter(|| format(&refs, &style, Markup::Text))
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
