//! A corrected copy of a checked paper: given-name citations rewritten with the family name,
//! ambiguous author-date citations given the year suffix (2024a, 2024b) that settles them, and
//! optionally the reference list re-rendered in a CSL style. Every change is an edit of a byte
//! range; nothing outside the edited ranges moves. What cannot be decided is left alone and
//! listed.

use crate::check::Checked;
use crate::export::format::{self, Markup, Style};
use crate::lexicon::fold_name;
use crate::link::Status;
use crate::reference::{Name, Reference};
use regex::Regex;
use std::collections::HashMap;
use std::fmt::Write;
use std::sync::LazyLock;

/// The reader's choice for an ambiguous citation: the citation as written, and an entry key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pick {
    pub citation: String,
    pub key: String,
}

impl Pick {
    /// "Dawn, 2024=dawn2024c" (split at the last `=`).
    pub fn parse(s: &str) -> Result<Self, String> {
        match s.rsplit_once('=') {
            Some((c, k)) if !c.trim().is_empty() && !k.trim().is_empty() => Ok(Pick {
                citation: c.trim().trim_matches(['(', ')']).to_string(),
                key: k.trim().to_string(),
            }),
            _ => Err(format!(
                "--pick `{s}`: expected CITATION=KEY, e.g. \"Dawn, 2024=dawn2024c\""
            )),
        }
    }
}

/// One change made, by line of the original.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    pub line: usize,
    pub before: String,
    pub after: String,
    pub why: String,
}

/// A citation left as it was, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LeftAlone {
    pub line: usize,
    pub citation: String,
    pub why: String,
}

/// The corrected text and what was done.
#[derive(Debug, Clone, Default)]
pub struct Fixed {
    pub text: String,
    pub changes: Vec<Change>,
    pub left_alone: Vec<LeftAlone>,
}

impl Fixed {
    /// What changed and what was left alone, a line each.
    pub fn summary(&self) -> String {
        let mut out = String::new();
        for c in &self.changes {
            let _ = writeln!(
                out,
                "changed  line {}: {} → {} ({})",
                c.line, c.before, c.after, c.why
            );
        }
        for l in &self.left_alone {
            let _ = writeln!(
                out,
                "left     line {}: \"{}\": {}",
                l.line, l.citation, l.why
            );
        }
        let _ = writeln!(
            out,
            "{} changed, {} left alone",
            self.changes.len(),
            self.left_alone.len()
        );
        out
    }
}

/// A byte range and what replaces it.
struct Edit {
    start: usize,
    end: usize,
    with: String,
}

/// The year suffix a rendered entry carries ("(2024b, January 18)" → "b").
fn rendered_label(text: &str, year: i32) -> Option<String> {
    let re = Regex::new(&format!(r"\b{year}([a-z]{{1,2}})\b")).ok()?;
    re.captures(text).map(|c| c[1].to_string())
}

/// How a citation names the creators: "Mir", "Adams & Davies", "Mao et al.".
fn cite_names(names: &[Name], narrative: bool) -> Option<String> {
    let and = if narrative { "and" } else { "&" };
    Some(match names {
        [] => return None,
        [a] => a.cite_name(),
        [a, b] => format!("{} {and} {}", a.cite_name(), b.cite_name()),
        [a, ..] => format!("{} et al.", a.cite_name()),
    })
}

/// The first given name as a word of a citation could use it ("Asfandyar").
fn given_word(name: &Name) -> Option<&str> {
    name.given()?
        .split([' ', '.'])
        .find(|w| w.chars().count() > 2)
}

/// Where `word` stands as a whole word in `text` (case-insensitive).
fn find_word(text: &str, word: &str) -> Option<usize> {
    let re = Regex::new(&format!(r"(?i)\b{}\b", regex::escape(word))).ok()?;
    re.find(text).map(|m| m.start())
}

/// "Dawn, Jan 18, 2024" / "Dawn 18 January 2024" / "Dawn, 2024": names, then a date ending
/// in the year.
static AUTHOR_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?P<names>.*?\S)[,\s]+(?:(?:[A-Z][a-z]+\.?\s+\d{1,2},?|\d{1,2}\s+[A-Z][a-z]+\.?,?)\s+)?(?P<year>\d{4})$")
        .expect("valid regex")
});

fn line_of(text: &str, offset: usize) -> usize {
    text[..offset.min(text.len())]
        .bytes()
        .filter(|&b| b == b'\n')
        .count()
        + 1
}

/// Correct a checked paper. `style` re-renders the reference list (sorted as the style
/// requires); without it the list stays and only the year suffixes citations now use are added
/// to its entries.
pub fn fix(checked: &Checked, picks: &[Pick], style: Option<&Style>) -> Fixed {
    let text = &checked.doc.text;
    let refs = &checked.list.references;
    let markup = match checked.doc.path.extension().and_then(|e| e.to_str()) {
        Some("md") | Some("markdown") => Markup::Markdown,
        _ => Markup::Text,
    };
    let rendered = style.map(|s| format::format(refs, s, markup));
    // Suffixes: the style's own when the list is re-rendered, else those of the list order.
    let labels: Vec<Option<String>> = match &rendered {
        Some(f) => {
            let by_key: HashMap<&str, &str> = f
                .entries
                .iter()
                .map(|e| (e.key.as_str(), e.text.as_str()))
                .collect();
            refs.iter()
                .map(|r| {
                    by_key
                        .get(r.key.as_str())
                        .and_then(|t| rendered_label(t, r.year()?))
                })
                .collect()
        }
        None => crate::reference::year_labels(refs)
            .into_iter()
            .map(|l| l.map(String::from))
            .collect(),
    };
    let by_key: HashMap<&str, usize> = refs
        .iter()
        .enumerate()
        .map(|(i, r)| (r.key.as_str(), i))
        .collect();

    let mut edits = Vec::new();
    let mut fixed = Fixed::default();
    let mut labelled = vec![false; refs.len()];
    // `fix` checks with everything kept (`Keep::Everything`), so the citations are at hand.
    for (citation, link) in checked.citations().iter().zip(checked.links()) {
        let line = line_of(text, citation.span.start);
        let written = &text[citation.span.start..citation.span.end];
        let mut new = written.to_string();
        let mut why = Vec::new();
        if link.by_given_name {
            let first = link
                .entries
                .first()
                .and_then(|&i| refs[i].creators().first());
            let given = first.and_then(given_word);
            let family = link
                .entries
                .first()
                .and_then(|&i| cite_names(refs[i].creators(), citation.narrative));
            match (given, family, given.and_then(|g| find_word(&new, g))) {
                (Some(g), Some(family), Some(at)) => {
                    new.replace_range(at..at + g.len(), &family);
                    why.push("given name rewritten with the family name");
                }
                _ => fixed.left_alone.push(LeftAlone {
                    line,
                    citation: citation.text.clone(),
                    why: "cites a given name, but it could not be found in the citation".into(),
                }),
            }
        }
        match link.status {
            Status::Ambiguous => {
                let picked = picks.iter().find(|p| {
                    p.citation == citation.text || p.citation == written.trim_matches(['(', ')'])
                });
                let chosen = match picked {
                    Some(p) => match by_key.get(p.key.as_str()) {
                        Some(&i) if link.entries.contains(&i) => Ok((i, "year suffix from --pick")),
                        _ => Err(format!(
                            "--pick names {}, which is not one of its candidates",
                            p.key
                        )),
                    },
                    None => link
                        .best_guess
                        .map(|i| (i, "year suffix from the best guess of the citing sentence"))
                        .ok_or_else(|| {
                            let keys: Vec<&str> =
                                link.entries.iter().map(|&i| refs[i].key.as_str()).collect();
                            format!(
                                "fits {}; the sentence does not say which: use --pick \"{}=KEY\"",
                                keys.join(", "),
                                citation.text
                            )
                        }),
                };
                match chosen.and_then(|(i, how)| {
                    let label = labels[i]
                        .clone()
                        .ok_or_else(|| format!("{} needs no suffix", refs[i].key))?;
                    Ok((i, label, how))
                }) {
                    Ok((i, label, how)) => match AUTHOR_DATE.captures(&new) {
                        Some(c) => {
                            new = format!("{}, {}{label}", &c["names"], &c["year"]);
                            labelled[i] = true;
                            why.push(how);
                        }
                        None => fixed.left_alone.push(LeftAlone {
                            line,
                            citation: citation.text.clone(),
                            why: format!(
                                "would be {}{label}, but its date could not be found",
                                refs[i].key
                            ),
                        }),
                    },
                    Err(reason) => fixed.left_alone.push(LeftAlone {
                        line,
                        citation: citation.text.clone(),
                        why: reason,
                    }),
                }
            }
            Status::Unmatched => fixed.left_alone.push(LeftAlone {
                line,
                citation: citation.text.clone(),
                why: "matches no entry of the list".into(),
            }),
            Status::Matched => {}
        }
        if new != written {
            fixed.changes.push(Change {
                line,
                before: format!("({written})"),
                after: format!("({new})"),
                why: why.join("; "),
            });
            edits.push(Edit {
                start: citation.span.start,
                end: citation.span.end,
                with: new,
            });
        }
    }
    // The list: re-rendered whole, or the suffixes now cited added after each entry's year.
    let first = refs.iter().map(|r| r.span.start).min();
    let last = refs.iter().map(|r| r.span.end).max();
    match (&rendered, first, last) {
        (Some(f), Some(start), Some(end)) => {
            let mut list = f.render(markup);
            if text[..end].ends_with('\n') {
                list.push('\n');
            } else if list.ends_with('\n') {
                list.pop();
            }
            fixed.changes.push(Change {
                line: line_of(text, start),
                before: format!("{} entries", refs.len()),
                after: format!(
                    "{} entries in {}",
                    f.entries.len(),
                    style.map_or("", |s| s.name.as_str())
                ),
                why: "reference list re-rendered".into(),
            });
            for p in &f.problems {
                fixed.left_alone.push(LeftAlone {
                    line: line_of(text, start),
                    citation: p.entry.clone(),
                    why: p.message.clone(),
                });
            }
            edits.push(Edit {
                start,
                end,
                with: list,
            });
        }
        _ => {
            for (i, r) in refs.iter().enumerate() {
                let (Some(label), Some(year), true) = (
                    &labels[i],
                    r.year(),
                    labelled[i] || has_labelled_sibling(refs, &labelled, i),
                ) else {
                    continue;
                };
                let entry = &text[r.span.start..r.span.end];
                if let Some(at) = find_word(entry, &year.to_string()) {
                    let pos = r.span.start + at + 4;
                    fixed.changes.push(Change {
                        line: line_of(text, pos),
                        before: format!("{year}"),
                        after: format!("{year}{label}"),
                        why: format!("year suffix for {} in the list", r.key),
                    });
                    edits.push(Edit {
                        start: pos,
                        end: pos,
                        with: label.clone(),
                    });
                }
            }
        }
    }
    edits.sort_by_key(|e| std::cmp::Reverse(e.start));
    let mut out = text.clone();
    let mut limit = usize::MAX;
    for e in edits {
        // Overlapping edits cannot both apply; the later one in the text wins.
        if e.end <= limit && out.is_char_boundary(e.start) && out.is_char_boundary(e.end) {
            out.replace_range(e.start..e.end, &e.with);
            limit = e.start;
        }
    }
    fixed.changes.sort_by_key(|c| c.line);
    fixed.text = out;
    fixed
}

/// Whether another entry of the same author and year got a suffix in a citation: then every
/// entry of the group needs its suffix in the list, or the unlabelled one reads as ambiguous.
fn has_labelled_sibling(refs: &[Reference], labelled: &[bool], i: usize) -> bool {
    let group = |r: &Reference| {
        (
            r.creators().first().map(|n| fold_name(&n.cite_name())),
            r.year(),
        )
    };
    refs.iter()
        .enumerate()
        .any(|(j, r)| j != i && labelled[j] && group(r) == group(&refs[i]))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn picks_parse() {
        assert_eq!(
            Pick::parse("(Dawn, 2024)=dawn2024c").unwrap(),
            Pick {
                citation: "Dawn, 2024".into(),
                key: "dawn2024c".into()
            }
        );
        assert!(Pick::parse("dawn2024c").is_err());
    }

    #[test]
    fn author_date_forms() {
        for (text, names) in [
            ("Dawn, Jan 18, 2024", "Dawn"),
            ("Dawn 18 January 2024", "Dawn"),
            ("Dawn, 2024", "Dawn"),
            ("Adams & Davies, 2024", "Adams & Davies"),
        ] {
            let c = AUTHOR_DATE
                .captures(text)
                .unwrap_or_else(|| panic!("{text}"));
            assert_eq!(&c["names"], names);
            assert_eq!(&c["year"], "2024");
        }
    }
}
