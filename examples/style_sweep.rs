//! Read references back after formatting them in many citation styles: a measure of how far
//! the parser's reading holds across styles, with no labelled data needed.
//!
//! Run: `cargo run --release --example style_sweep -- REFS.txt [--styles a,b,...] [--limit N]
//! [--misses STYLE FIELD] [--save-sources OUT.bib]`. Each line of `REFS.txt` is one reference;
//! a `.bib` file instead gives the sources as they are (one saved with `--save-sources` by an
//! earlier build compares two builds on the same sources). Those the parser reads as
//! a whole work (authors, year, title, and a journal with volume or pages, or a publisher) are
//! the sources; each is formatted in every style and read back as `tests/common/read_back.rs`
//! describes (the read-back test holds the same comparison to a floor on the project's own
//! references). The table gives each style's share of fields read back; `--misses` prints
//! the entries one style and field lose.
//!
//! The sources are the parser's own readings, so this measures consistency across styles, not
//! accuracy: a source read wrong is formatted wrong too. Use labelled references (a file of
//! `../shared/data` strings) where the readings are mostly right.

use citecheck::export::format::{bundled_styles, load_style};
use citecheck::reference::{assign_keys, parse, Reference};

#[path = "../tests/common/read_back.rs"]
mod read_back;

use read_back::{read_back, whole, FIELDS};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(path) = args.first() else {
        eprintln!("usage: style_sweep REFS.txt [--styles a,b] [--limit N] [--misses STYLE FIELD]");
        std::process::exit(2);
    };
    let option = |name: &str| {
        args.iter()
            .position(|a| a == name)
            .and_then(|i| args.get(i + 1))
    };
    let limit: usize = option("--limit")
        .and_then(|s| s.parse().ok())
        .unwrap_or(999);
    let misses = args
        .iter()
        .position(|a| a == "--misses")
        .and_then(|i| Some((args.get(i + 1)?.clone(), args.get(i + 2)?.clone())));
    let styles: Vec<String> = match option("--styles") {
        Some(list) => list.split(',').map(str::to_string).collect(),
        None => bundled_styles()
            .iter()
            .map(|(names, _)| names[0].to_string())
            .collect(),
    };
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| {
        eprintln!("style_sweep: {path}: {e}");
        std::process::exit(2);
    });
    let mut sources: Vec<Reference> = if path.ends_with(".bib") {
        citecheck::export::from_bib(&text).0
    } else {
        text.lines()
            .filter(|l| !l.trim().is_empty())
            .map(parse)
            .filter(whole)
            .take(limit)
            .collect()
    };
    assign_keys(&mut sources);
    if let Some(out) = option("--save-sources") {
        let bib = citecheck::export::to_biblatex(&sources);
        if let Err(e) = std::fs::write(out, bib) {
            eprintln!("style_sweep: {out}: {e}");
            std::process::exit(2);
        }
    }
    println!("{} sources from {path}", sources.len());
    println!(
        "{:<46} {}  all",
        "style",
        FIELDS
            .map(|f| format!("{:>9}", &f[..f.len().min(9)]))
            .join("")
    );
    let (mut total_right, mut total) = (0usize, 0usize);
    for name in &styles {
        let style = match load_style(name) {
            Ok(s) => s,
            Err(e) => {
                eprintln!("style_sweep: {name}: {e}");
                continue;
            }
        };
        let counts = read_back(&sources, &style, |miss| {
            if misses
                .as_ref()
                .is_some_and(|(s, f)| s == name && f == miss.field)
            {
                println!(
                    "MISS {}: {}\n  want: {}\n  got:  {:?}\n",
                    miss.field, miss.line, miss.want, miss.got
                );
            }
        });
        let (right, count) = (counts.right, counts.compared);
        let (r, c): (usize, usize) = (right.iter().sum(), count.iter().sum());
        total_right += r;
        total += c;
        let cells: String = (0..FIELDS.len())
            .map(|i| {
                if count[i] == 0 {
                    format!("{:>9}", "-")
                } else {
                    format!("{:>9.3}", right[i] as f64 / count[i] as f64)
                }
            })
            .collect();
        println!(
            "{:<46} {cells}  {:.3}",
            &name[..name.len().min(46)],
            counts.share()
        );
    }
    println!(
        "all styles: {total_right} of {total} ({:.3})",
        total_right as f64 / total.max(1) as f64
    );
}
