//! Write a paper whose list holds N generated references in mixed styles:
//! `cargo run --example gen_list -- N`.
fn main() {
    let n = std::env::args()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(1000);
    let refs = citecheck::generate::reference_list(3, n);
    print!(
        "A paper (Alvarez, 2018).\n\nReferences\n\n{}",
        refs.replace('\n', "\n\n")
    );
}
