//! Reading labelled references into training examples for the field model: AnyStyle's XML
//! (`<sequence>` of `<author>`, `<title>` ... segments) and GROBID's citation TEI (`<bibl>`
//! with `<author>`, `<title level="a|j|m|s">`, `<biblScope unit=...>` ...).
//!
//! The held-out split of an AnyStyle file is every fifth sequence (index % 5 == 0): it is never
//! trained on, and `score_anystyle --held-out` scores the parser on it.

use citecheck::reference::fields::{tokens, Example, Label};
use std::path::Path;

/// Is the `index`th sequence of an AnyStyle file in the held-out split?
pub fn held_out(index: usize) -> bool {
    index.is_multiple_of(5)
}

fn anystyle_label(tag: &str) -> Label {
    match tag {
        "author" => Label::Author,
        "editor" => Label::Editor,
        "date" => Label::Date,
        "title" => Label::Title,
        "journal" | "container-title" => Label::Container,
        "volume" => Label::Volume,
        "pages" => Label::Pages,
        "publisher" => Label::Publisher,
        "location" => Label::Location,
        "edition" => Label::Edition,
        "note" | "source" | "medium" => Label::Note,
        "doi" | "url" | "isbn" => Label::Identifier,
        "citation-number" => Label::Number,
        "genre" => Label::Genre,
        "collection-title" => Label::Series,
        _ => Label::Other,
    }
}

fn squash(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The sequences of an AnyStyle XML file, each with its index in the file.
pub fn anystyle(path: &Path) -> Result<Vec<(usize, Example)>, String> {
    let xml = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let doc = roxmltree::Document::parse(&xml).map_err(|e| format!("{}: {e}", path.display()))?;
    let mut out = Vec::new();
    for (index, seq) in doc
        .descendants()
        .filter(|n| n.has_tag_name("sequence"))
        .enumerate()
    {
        let mut text = String::new();
        let mut labels = Vec::new();
        for seg in seq.children().filter(|n| n.is_element()) {
            let seg_text: String = seg
                .descendants()
                .filter(|n| n.is_text())
                .filter_map(|n| n.text())
                .collect();
            let seg_text = squash(&seg_text);
            if seg_text.is_empty() {
                continue;
            }
            let label = anystyle_label(seg.tag_name().name());
            labels.extend(tokens(&seg_text).iter().map(|_| label));
            if !text.is_empty() {
                text.push(' ');
            }
            text.push_str(&seg_text);
        }
        if !labels.is_empty() {
            out.push((index, Example { text, labels }));
        }
    }
    Ok(out)
}

fn grobid_label(node: roxmltree::Node<'_, '_>, has_article_title: bool) -> Label {
    let attr = |name: &str| node.attribute(name).unwrap_or("");
    match node.tag_name().name() {
        "author" => Label::Author,
        "editor" => Label::Editor,
        "date" => Label::Date,
        "title" => match attr("level") {
            "a" => Label::Title,
            "j" => Label::Container,
            "m" if has_article_title => Label::Container,
            "m" => Label::Title,
            "s" => Label::Series,
            _ => Label::Title,
        },
        "biblScope" => match (attr("unit"), attr("type")) {
            ("page", _) | (_, "pp") | (_, "page") => Label::Pages,
            _ => Label::Volume,
        },
        "pubPlace" | "pubplace" => Label::Location,
        "publisher" | "orgName" => Label::Publisher,
        "idno" | "ptr" => Label::Identifier,
        "note" if attr("type") == "report" => Label::Genre,
        "note" => Label::Note,
        _ => Label::Other,
    }
}

/// The `<bibl>`s of every GROBID TEI file under `dir` (files in name order).
pub fn grobid(dir: &Path) -> Result<Vec<Example>, String> {
    let mut files = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        let entries = std::fs::read_dir(&d).map_err(|e| format!("{}: {e}", d.display()))?;
        for entry in entries {
            let path = entry.map_err(|e| format!("{}: {e}", d.display()))?.path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "xml") {
                files.push(path);
            }
        }
    }
    files.sort();
    let mut out = Vec::new();
    for path in files {
        let xml = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        let doc =
            roxmltree::Document::parse(&xml).map_err(|e| format!("{}: {e}", path.display()))?;
        for bibl in doc.descendants().filter(|n| n.has_tag_name("bibl")) {
            if let Some(example) = grobid_bibl(bibl) {
                out.push(example);
            }
        }
    }
    Ok(out)
}

fn grobid_bibl(bibl: roxmltree::Node<'_, '_>) -> Option<Example> {
    let has_article_title = bibl
        .children()
        .any(|n| n.has_tag_name("title") && n.attribute("level") == Some("a"));
    // The text, with each character's label.
    let mut chars: Vec<(char, Label)> = Vec::new();
    for child in bibl.children() {
        let (text, label) = if child.is_text() {
            (child.text().unwrap_or("").to_string(), Label::Other)
        } else if child.is_element() {
            let text: String = child
                .descendants()
                .filter(|n| n.is_text())
                .filter_map(|n| n.text())
                .collect();
            (text, grobid_label(child, has_article_title))
        } else {
            continue;
        };
        chars.extend(text.chars().map(|c| (c, label)));
    }
    let raw: String = chars.iter().map(|c| c.0).collect();
    let text = squash(&raw);
    if text.is_empty() {
        return None;
    }
    // Each whitespace run of the raw text is one token of the squashed text.
    let mut labels = Vec::new();
    let mut counts = [0usize; Label::COUNT];
    let mut in_word = false;
    for &(c, label) in chars.iter().chain(std::iter::once(&(' ', Label::Other))) {
        if c.is_whitespace() {
            if in_word {
                labels.push(majority(&counts));
                counts = [0; Label::COUNT];
            }
            in_word = false;
        } else {
            in_word = true;
            counts[label as usize] += 1;
        }
    }
    // AnyStyle counts "pp.", "Vol.", "In" as part of the field they mark; GROBID leaves them
    // out. Follow AnyStyle, whose labels the parser is scored on.
    let words: Vec<&str> = text.split(' ').collect();
    for i in (0..labels.len().saturating_sub(1)).rev() {
        if labels[i] == Label::Other && labels[i + 1] != Label::Other && is_marker(words[i]) {
            labels[i] = labels[i + 1];
        }
    }
    (labels.len() == tokens(&text).len()).then_some(Example { text, labels })
}

/// A word that opens a field: "pp.", "Vol.", "no.", "In", "p."
fn is_marker(word: &str) -> bool {
    let core = word
        .trim_matches(|c: char| !c.is_alphanumeric())
        .to_lowercase();
    matches!(
        core.as_str(),
        "p" | "pp"
            | "page"
            | "pages"
            | "vol"
            | "vols"
            | "volume"
            | "no"
            | "nos"
            | "n"
            | "in"
            | "issue"
            | "iss"
            | "s"
            | "ss"
            | "bd"
            | "hft"
            | "heft"
            | "t"
            | "tome"
            | "ed"
            | "eds"
    )
}

/// The label most of a word's characters have, fields before `Other`.
fn majority(counts: &[usize; Label::COUNT]) -> Label {
    let best = (1..Label::COUNT).max_by_key(|&l| (counts[l], std::cmp::Reverse(l)));
    match best {
        Some(l) if counts[l] > 0 => Label::from_index(l),
        _ => Label::Other,
    }
}
