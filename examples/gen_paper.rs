//! Write a generated paper to stdout: `cargo run --example gen_paper -- STYLE ENTRIES CITATIONS [SEED]`.
use citecheck::generate::{paper, GenStyle};

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let style = match args.get(1).map(String::as_str) {
        Some("chicago") => GenStyle::Chicago,
        Some("harvard") => GenStyle::Harvard,
        Some("ieee") => GenStyle::Ieee,
        Some("vancouver") => GenStyle::Vancouver,
        _ => GenStyle::Apa,
    };
    let entries = args.get(2).and_then(|s| s.parse().ok()).unwrap_or(60);
    let citations = args.get(3).and_then(|s| s.parse().ok()).unwrap_or(150);
    let seed = args.get(4).and_then(|s| s.parse().ok()).unwrap_or(42);
    print!("{}", paper(seed, style, entries, citations));
}
