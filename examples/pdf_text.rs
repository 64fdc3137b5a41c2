//! The text citecheck reads from PDFs, and how long extraction takes:
//! `cargo run --release --example pdf_text -- [--places] FILE.pdf...` (text to stdout, one
//! line per file with pages, lines and milliseconds to stderr).
use citecheck::document::pdf;
use std::time::Instant;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let places = args.iter().any(|a| a == "--places");
    for path in args.iter().filter(|a| *a != "--places") {
        let bytes = match std::fs::read(path) {
            Ok(b) => b,
            Err(e) => {
                eprintln!("{path}: {e}");
                continue;
            }
        };
        let start = Instant::now();
        match pdf::extract(&bytes) {
            Ok(out) => {
                let ms = start.elapsed().as_secs_f64() * 1e3;
                let lines = out.text.lines().count();
                let pages = out.map.place(lines).map_or(0, |p| p.page);
                for (i, line) in out.text.lines().enumerate() {
                    match out.map.place(i + 1).filter(|_| places) {
                        Some(p) => println!("{:>3}:{:<3} {line}", p.page, p.line),
                        None => println!("{line}"),
                    }
                }
                eprintln!("{path}\t{pages} pages\t{lines} lines\t{ms:.1} ms");
            }
            Err(e) => eprintln!("{path}\terror: {e}"),
        }
    }
}
