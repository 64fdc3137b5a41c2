//! Reference lists in the shapes PDF converters leave (tests/fixtures/converted/*): each paper
//! split into exactly the entries its `.entries` file lists (line, number, first words, and
//! where given, last words).

use citecheck::document::{find_residue, Document, DEFAULT_MAX_BYTES};
use citecheck::reflist::{find_section, split_entries};
use std::path::{Path, PathBuf};

fn fixtures() -> Vec<(PathBuf, PathBuf)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/converted");
    let mut out: Vec<(PathBuf, PathBuf)> = std::fs::read_dir(&dir)
        .expect("tests/fixtures/converted exists")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "entries"))
        .map(|entries| {
            let paper = ["md", "txt"]
                .iter()
                .map(|x| entries.with_extension(x))
                .find(|p| p.exists())
                .unwrap_or_else(|| panic!("no paper for {}", entries.display()));
            (paper, entries)
        })
        .collect();
    out.sort();
    out
}

/// (line, number, first words, last words) as the `.entries` file gives them.
fn expected(path: &Path) -> Vec<(usize, Option<u32>, String, String)> {
    std::fs::read_to_string(path)
        .unwrap()
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            let mut f = l.splitn(4, '\t');
            let line = f.next().unwrap().parse().expect("a line number");
            let number = f.next().unwrap();
            let number = (number != "-").then(|| number.parse().expect("a list number"));
            let first = f.next().unwrap_or("").to_string();
            (line, number, first, f.next().unwrap_or("").to_string())
        })
        .collect()
}

/// Differences between the split of `paper` and the expected entries.
fn differences(paper: &Path, entries: &Path) -> Vec<String> {
    let doc = Document::read(paper, DEFAULT_MAX_BYTES).unwrap();
    let residue = find_residue(&doc.text, &doc.lines);
    let name = paper.file_name().unwrap().to_string_lossy().into_owned();
    let section = match find_section(&doc, &residue, None) {
        Ok(s) => s,
        Err(e) => return vec![format!("{name}: {e}")],
    };
    let got = split_entries(&doc, &residue, &section);
    let want = expected(entries);
    let mut out = Vec::new();
    if got.len() != want.len() {
        out.push(format!(
            "{name}: {} entries, expected {}",
            got.len(),
            want.len()
        ));
    }
    for (i, (g, w)) in got.iter().zip(&want).enumerate() {
        let ok =
            g.line == w.0 && g.number == w.1 && g.text.starts_with(&w.2) && g.text.ends_with(&w.3);
        // The span starts on the entry's line, so that file:line:column is where it is.
        let span_line = doc.line_col(g.span.start).0;
        if !ok || span_line != g.line {
            out.push(format!(
                "{name} entry {}: got line {} (span line {span_line}) number {:?} {:?}; expected line {} number {:?} {:?} ... {:?}",
                i + 1,
                g.line,
                g.number,
                g.text,
                w.0,
                w.1,
                w.2,
                w.3
            ));
        }
    }
    out
}

#[test]
fn converter_lists_split_into_their_entries() {
    let all = fixtures();
    assert!(all.len() >= 10, "only {} fixtures", all.len());
    let failures: Vec<String> = all
        .iter()
        .flat_map(|(paper, entries)| differences(paper, entries))
        .collect();
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}
