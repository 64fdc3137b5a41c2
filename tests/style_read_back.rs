//! The read-back test: the project's own references (`tests/fixtures/sweep/references.txt`,
//! written in the shapes of many fields' journals and books) are formatted in every bundled
//! CSL style and read back; each style's share of fields read back as they went in must stay
//! at its floor (`tests/fixtures/sweep/floors.txt`). It guards whole styles the parser once
//! read badly (GB/T 7714's marks, GOST's "//", the Institute of Physics' unpunctuated
//! entries, publishers written before their city). `CITECHECK_WRITE_FLOORS=1 cargo test
//! --test style_read_back` writes the floors anew, two points under today's shares.
//! `cargo run --release --example style_sweep -- tests/fixtures/sweep/references.txt
//! --misses STYLE FIELD` shows what a style loses.

#[path = "common/read_back.rs"]
mod read_back;

use citecheck::export::format::{bundled_styles, load_style};
use citecheck::reference::{assign_keys, parse, Reference};
use read_back::{read_back, whole};
use std::collections::HashMap;
use std::path::PathBuf;

fn fixture(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/sweep")
        .join(name)
}

fn sources() -> Vec<Reference> {
    let text = std::fs::read_to_string(fixture("references.txt")).expect("references.txt");
    let mut sources: Vec<Reference> = text
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(parse)
        .collect();
    let partial: Vec<&str> = sources
        .iter()
        .filter(|r| !whole(r))
        .map(|r| r.raw.as_str())
        .collect();
    assert!(partial.is_empty(), "sources not read whole: {partial:#?}");
    assign_keys(&mut sources);
    sources
}

#[test]
fn every_bundled_style_reads_back_at_its_floor() {
    let sources = sources();
    let mut shares: Vec<(String, f64, Vec<String>)> = Vec::new();
    for (names, _) in bundled_styles() {
        let name = names[0];
        let style = load_style(name).unwrap_or_else(|e| panic!("{name}: {e}"));
        let mut lost = Vec::new();
        let counts = read_back(&sources, &style, |miss| {
            if lost.len() < 3 {
                lost.push(format!(
                    "  {}: {}\n    want {}, got {:?}",
                    miss.field, miss.line, miss.want, miss.got
                ));
            }
        });
        shares.push((name.to_string(), counts.share(), lost));
    }
    let path = fixture("floors.txt");
    if std::env::var_os("CITECHECK_WRITE_FLOORS").is_some() {
        let mut out = String::from(
            "# Floors of the read-back test (tests/style_read_back.rs): each style's share of the\n\
             # fields of references.txt read back after formatting, two points under its share\n\
             # when the floor was set, rounded down to a hundredth.\n",
        );
        for (name, share, _) in &shares {
            out.push_str(&format!(
                "{name} {:.2}\n",
                (share * 100.0).floor() / 100.0 - 0.02
            ));
        }
        std::fs::write(&path, out).expect("floors.txt written");
        return;
    }
    let floors: HashMap<String, f64> = std::fs::read_to_string(&path)
        .expect("floors.txt")
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| {
            let (name, floor) = l.rsplit_once(' ').expect("a style and its floor");
            (
                name.to_string(),
                floor.parse().expect("a floor is a number"),
            )
        })
        .collect();
    let mut below = Vec::new();
    for (name, share, lost) in &shares {
        let floor = floors
            .get(name)
            .unwrap_or_else(|| panic!("{name}: no floor in floors.txt (write them anew)"));
        if share < floor {
            below.push(format!(
                "{name}: {share:.3} < {floor:.2}\n{}",
                lost.join("\n")
            ));
        }
    }
    assert!(
        below.is_empty(),
        "styles read back under their floor:\n{}",
        below.join("\n")
    );
    let all = shares.iter().map(|(_, s, _)| s).sum::<f64>() / shares.len() as f64;
    assert!(all >= 0.95, "mean share over the styles {all:.3} < 0.95");
}
