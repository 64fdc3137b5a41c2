//! Show where the streamed report of a paper differs from the kept one (a debugging aid for
//! fuzz findings): `cargo run --release --example streamed_diff -- FILE`.
use citecheck::check::check;
use citecheck::config::Config;
use citecheck::document::Document;
use std::path::Path;

fn main() {
    let path = std::env::args().nth(1).expect("a file");
    let bytes = std::fs::read(&path).expect("readable");
    let text = String::from_utf8_lossy(&bytes).into_owned();
    let doc = Document::from_text(Path::new("f.md"), text, Vec::new()).expect("text");
    let config = Config::default();
    let kept = check(doc.clone(), &config, None).expect("kept");
    let streamed = citecheck::check::run(
        citecheck::input::Input::paper(doc),
        &citecheck::check::Options::tallies(config.clone()),
    )
    .expect("streamed");
    let ra = citecheck::report::build(&kept);
    let rb = citecheck::report::view(&streamed).to_report();
    for (i, (x, y)) in ra.diagnostics.iter().zip(&rb.diagnostics).enumerate() {
        if x != y {
            println!("diagnostic {i} differs:\n  kept     {x:?}\n  streamed {y:?}");
        }
    }
    for (i, (x, y)) in ra.references.iter().zip(&rb.references).enumerate() {
        if x != y {
            println!("reference {i} differs:\n  kept     {x:?}\n  streamed {y:?}");
        }
    }
    println!("summaries equal: {}", ra.summary == rb.summary);
    let a = serde_json::to_string_pretty(&ra).unwrap();
    let b = serde_json::to_string_pretty(&citecheck::report::view(&streamed)).unwrap();
    let (a, b): (Vec<&str>, Vec<&str>) = (a.lines().collect(), b.lines().collect());
    println!("kept {} lines, streamed {} lines", a.len(), b.len());
    if let Some(i) = (0..a.len().min(b.len())).find(|&i| a[i] != b[i]) {
        let from = i.saturating_sub(8);
        for (k, line) in a.iter().enumerate().skip(from).take(16) {
            println!("kept     {k}: {line}");
        }
        for (k, line) in b.iter().enumerate().skip(from).take(16) {
            println!("streamed {k}: {line}");
        }
    }
}
