//! Parse N references of the bench's generated list (`benches/parse.rs`: mixed styles, seed
//! 2024) and nothing else, a fixed workload for counting instructions, which the bench's
//! timings (spread by about 10% run to run on a shared machine) cannot show change by change:
//! `valgrind --tool=callgrind target/release/examples/parse_generated -- 3000 [rules]`
//! (`rules`: the field model off). Prints the number of authors read, as the bench does.
use citecheck::generate::reference_list;
use citecheck::reference::{parse_with, ModelFields, MODEL_FIELDS};
use std::hint::black_box;

fn main() {
    let mut args = std::env::args().skip(1);
    let n: usize = args.next().and_then(|s| s.parse().ok()).unwrap_or(3_000);
    let fields = match args.next().as_deref() {
        Some("rules") => ModelFields::NONE,
        _ => MODEL_FIELDS,
    };
    // The bench's list is 100,000 long; its first `n` are the same whatever the length.
    let list = reference_list(2024, n);
    let authors: usize = list
        .lines()
        .map(|l| parse_with(black_box(l), fields).authors.len())
        .sum();
    println!("{n} references, {authors} authors");
}
