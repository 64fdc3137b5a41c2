//! Print the text citecheck reads from a Word file, one paragraph a line, with each line's
//! number (what `line` in reports and `--references-at` count) and its paragraph or note:
//! `cargo run --example word_text -- paper.docx`.

use citecheck::document::word;
use std::path::PathBuf;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let path: PathBuf = std::env::args_os()
        .nth(1)
        .ok_or("usage: word_text FILE.docx")?
        .into();
    let bytes = std::fs::read(&path)?;
    let word = word::read(&path, &bytes, u64::MAX)?;
    let lines = citecheck::span::LineIndex::new(&word.text);
    for place in &word.map.places {
        let at = match place.note {
            Some(note) => format!("note {note}"),
            None => format!("paragraph {}", place.paragraph),
        };
        let line = lines.line(place.start);
        println!(
            "{line:>6} {at:>14} | {}",
            &word.text[place.start..place.end]
        );
    }
    for field in &word.map.fields {
        let shown = &word.text[field.result.start..field.result.end];
        println!("{} field {:?}: {shown:?}", field.manager.name(), field.kind);
    }
    Ok(())
}
