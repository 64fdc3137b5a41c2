//! Score citecheck on a folder of paper fixtures, each a folder with `paper.*` and
//! `expected.toml` (the format of tests/fixtures/papers/README.md): a held-out set is scored
//! exactly as our own fixtures are.
//!
//! `cargo run --release --example score_papers -- DIR [--diff]`

#[path = "../tests/common/expected.rs"]
mod expected;

use citecheck::batch::{check_one, Options};
use citecheck::document::DEFAULT_MAX_BYTES;
use citecheck::report;
use std::path::PathBuf;

fn ratio(right: usize, total: usize) -> String {
    if total == 0 {
        "-".into()
    } else {
        format!("{:.3}", right as f64 / total as f64)
    }
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let root = PathBuf::from(args.first().map_or("tests/fixtures/papers", String::as_str));
    let show_diff = args.iter().any(|a| a == "--diff");
    let options = Options {
        max_bytes: DEFAULT_MAX_BYTES,
        ..Options::default()
    };
    let mut total = expected::Score::default();
    println!(
        "{:<28} {:>10} {:>10} {:>10} {:>10} {:>10}",
        "fixture", "refs", "found", "linked", "diag P", "diag R"
    );
    for dir in expected::fixtures(&root) {
        let name = dir
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let (Some(paper), Ok(exp)) = (expected::paper_of(&dir), expected::load(&dir)) else {
            println!("{name:<28} unreadable fixture");
            continue;
        };
        let report = match check_one(&paper, &options) {
            Ok(checked) => report::view(&checked).to_report(),
            Err(e) => {
                println!("{name:<28} error: {e}");
                continue;
            }
        };
        let s = expected::score(&exp, &report);
        println!(
            "{name:<28} {:>10} {:>10} {:>10} {:>10} {:>10}",
            ratio(s.references.0, s.references.1),
            ratio(s.citations_found, s.citations.1),
            ratio(s.citations.0, s.citations.1),
            ratio(s.diagnostics_right, s.diagnostics_reported),
            ratio(s.diagnostics_right, s.diagnostics_expected),
        );
        if show_diff {
            for d in expected::compare(&dir, &report) {
                println!("    {}", d.replace('\n', " "));
            }
        }
        total.references.0 += s.references.0;
        total.references.1 += s.references.1;
        total.citations.0 += s.citations.0;
        total.citations.1 += s.citations.1;
        total.citations_found += s.citations_found;
        total.diagnostics_expected += s.diagnostics_expected;
        total.diagnostics_reported += s.diagnostics_reported;
        total.diagnostics_right += s.diagnostics_right;
    }
    println!(
        "{:<28} {:>10} {:>10} {:>10} {:>10} {:>10}",
        "all",
        ratio(total.references.0, total.references.1),
        ratio(total.citations_found, total.citations.1),
        ratio(total.citations.0, total.citations.1),
        ratio(total.diagnostics_right, total.diagnostics_reported),
        ratio(total.diagnostics_right, total.diagnostics_expected),
    );
    println!("refs: entries parsed right (key, line, names, year, title); found: expected citations found;");
    println!(
        "linked: found with the right status and keys; diag P/R: diagnostics precision and recall."
    );
}
