//! Run `check` once on a generated paper, for profilers: `profile_check ENTRIES CITATIONS`.
use citecheck::generate::{paper, GenStyle};
fn main() {
    let a: Vec<usize> = std::env::args()
        .skip(1)
        .filter_map(|s| s.parse().ok())
        .collect();
    let text = paper(
        42,
        GenStyle::Apa,
        a.first().copied().unwrap_or(1000),
        a.get(1).copied().unwrap_or(10_000),
    );
    let doc =
        citecheck::document::Document::from_text(std::path::Path::new("g.md"), text, Vec::new())
            .unwrap();
    let checked =
        citecheck::check::check(doc, &citecheck::config::Config::default(), None).unwrap();
    println!("{}", checked.citations().len());
}
