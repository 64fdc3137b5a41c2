//! Read references back after formatting them in many citation styles: a measure of how far
//! the parser's reading holds across styles, with no labelled data needed.
//!
//! Run: `cargo run --release --example style_sweep -- REFS.txt [--styles a,b,...] [--limit N]
//! [--misses STYLE FIELD]`. Each line of `REFS.txt` is one reference. Those the parser reads as
//! a whole work (authors, year, title, and a journal with volume or pages, or a publisher) are
//! the sources; each is formatted in every style by hayagriva's CSL engine
//! (`citecheck::export::format`), its text (with a numeric style's label) parsed again, and
//! the second reading's fields compared with the source's: family names in order, year,
//! title, container, volume, first page, publisher, place (letters and digits only, lower
//! case; a field the style leaves out is not compared). The table gives each style's share of
//! fields read back; `--misses` prints the entries one style and field lose.
//!
//! The sources are the parser's own readings, so this measures consistency across styles, not
//! accuracy: a source read wrong is formatted wrong too. Use labelled references (a file of
//! `../shared/data` strings) where the readings are mostly right.

use citecheck::export::format::{bundled_styles, format, load_style, Markup};
use citecheck::reference::{assign_keys, parse, Name, Reference};
use std::collections::HashMap;

const FIELDS: [&str; 8] = [
    "authors",
    "year",
    "title",
    "container",
    "volume",
    "pages",
    "publisher",
    "location",
];

fn norm(s: &str) -> String {
    citecheck::reference::ascii_fold(s)
        .chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

fn families(names: &[Name]) -> String {
    names
        .iter()
        .map(|n| match n {
            Name::Person { family, .. } => norm(family),
            Name::Literal { literal } => norm(literal),
        })
        .collect::<Vec<_>>()
        .join(" ")
}

fn first_digits(s: &str) -> String {
    s.chars()
        .skip_while(|c| !c.is_ascii_digit())
        .take_while(char::is_ascii_digit)
        .collect()
}

/// A field's comparable value; `None` when the reference has none.
fn value(r: &Reference, field: &str) -> Option<String> {
    let v = match field {
        "authors" => Some(families(&r.authors)).filter(|s| !s.is_empty()),
        "year" => r.date.as_ref().map(|d| d.year.to_string()),
        "title" => r.title.as_deref().map(norm),
        "container" => r.container.as_deref().map(norm),
        "volume" => r.volume.as_deref().map(first_digits),
        "pages" => r.pages.as_deref().map(first_digits),
        "publisher" => r
            .publisher
            .as_deref()
            .or(r.institution.as_deref())
            .map(norm),
        "location" => r.location.as_deref().map(norm),
        _ => None,
    };
    v.filter(|s| !s.is_empty())
}

fn whole(r: &Reference) -> bool {
    !r.authors.is_empty()
        && r.date.is_some()
        && r.title.is_some()
        && ((r.container.is_some() && (r.volume.is_some() || r.pages.is_some()))
            || r.publisher.is_some())
}

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
    let mut sources: Vec<Reference> = text
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(parse)
        .filter(whole)
        .take(limit)
        .collect();
    assign_keys(&mut sources);
    let by_key: HashMap<&str, &Reference> = sources.iter().map(|r| (r.key.as_str(), r)).collect();
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
        let formatted = format(&sources, &style, Markup::Text);
        let mut right = [0usize; FIELDS.len()];
        let mut count = [0usize; FIELDS.len()];
        for entry in &formatted.entries {
            let Some(source) = by_key.get(entry.key.as_str()) else {
                continue;
            };
            let line = match &entry.label {
                Some(l) => format!("{l} {}", entry.text),
                None => entry.text.clone(),
            };
            let back = parse(&line);
            for (i, field) in FIELDS.iter().enumerate() {
                let Some(want) = value(source, field) else {
                    continue;
                };
                // A field the style does not print is not the parser's to find.
                // A place is looked for outside the publisher's name ("Cambridge University
                // Press" prints no place).
                let printed = match (*field, value(source, "publisher")) {
                    ("location", Some(p)) => norm(&line).replace(&p, " "),
                    _ => norm(&line),
                };
                if !printed.contains(&want) && *field != "authors" && *field != "year" {
                    continue;
                }
                count[i] += 1;
                let got = value(&back, field);
                // A style that shortens the list to its first names ("et al.") is read right
                // when those are.
                let shortened = *field == "authors"
                    && (line.contains("et al")
                        || line.contains("…")
                        || line.contains("and others")
                        || line.contains("u. a.")
                        || line.contains("и др."))
                    && got
                        .as_deref()
                        .is_some_and(|g| want.starts_with(g) && want[g.len()..].starts_with(' '));
                if shortened || got.as_deref() == Some(want.as_str()) {
                    right[i] += 1;
                } else if misses
                    .as_ref()
                    .is_some_and(|(s, f)| s == name && f == field)
                {
                    println!("MISS {field}: {line}\n  want: {want}\n  got:  {got:?}\n");
                }
            }
        }
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
            r as f64 / c.max(1) as f64
        );
    }
    println!(
        "all styles: {total_right} of {total} ({:.3})",
        total_right as f64 / total.max(1) as f64
    );
}
