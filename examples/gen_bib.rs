//! Write the generated `.bib` library to stdout: `cargo run --example gen_bib -- N`.
fn main() {
    let n = std::env::args()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(10_000);
    print!("{}", citecheck::generate::bib(n));
}
