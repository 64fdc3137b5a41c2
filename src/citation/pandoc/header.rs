//! The YAML metadata block of a Pandoc paper: where it is (Pandoc's rules: `---` at the very
//! start of a line, after only blank lines, closed by `---` or `...`), the `bibliography:`
//! files and `nocite:` keys it names, and a header Pandoc does not read (an indented `---`,
//! no opening `---`) that still names a bibliography.

use super::grammar::key_at;
use crate::citation::{Citation, KeyFound, Target};
use crate::span::Span;

/// A YAML header: the whole block (fences included) and its body.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Header {
    pub block: Span,
    pub body: Span,
}

/// The YAML header Pandoc reads, if the text opens with one.
pub fn front_matter(text: &str) -> Option<Header> {
    let mut offset = 0;
    let mut lines = text.split_inclusive('\n');
    // Only blank lines may come before the opening `---`.
    let open = loop {
        let line = lines.next()?;
        let start = offset;
        offset += line.len();
        let bare = line.trim_end().trim_start_matches('\u{feff}');
        if bare == "---" {
            break start;
        }
        if !bare.is_empty() {
            return None;
        }
    };
    let body_start = offset;
    // The line after `---` must not be blank (that would be a horizontal rule).
    let mut first = true;
    for line in lines {
        let bare = line.trim_end();
        if first && bare.is_empty() {
            return None;
        }
        first = false;
        if bare == "---" || bare == "..." {
            return Some(Header {
                block: Span::new(open, offset + line.len()),
                body: Span::new(body_start, offset),
            });
        }
        offset += line.len();
    }
    None
}

/// A header Pandoc does not read as metadata (an indented `---`, or `key: value` lines with
/// no opening `---`) but whose author meant one: its body, if it names a bibliography.
pub fn misplaced_header(text: &str) -> Option<Span> {
    let mut offset = 0;
    let mut body_start = None;
    for line in text.split_inclusive('\n') {
        let bare = line.trim();
        let start = offset;
        offset += line.len();
        match body_start {
            None if bare.is_empty() => continue,
            None if bare == "---" => body_start = Some(offset),
            None => body_start = Some(start),
            Some(_) if bare == "---" || bare == "..." || bare.is_empty() => {
                offset = start;
                break;
            }
            Some(_) => {}
        }
    }
    let body = Span::new(body_start?, offset);
    let names_bib = text[body.start..body.end]
        .lines()
        .any(|l| l.trim_start().starts_with("bibliography:"));
    names_bib.then_some(body)
}

/// `bibliography:` items (string, flow list or block list) and `nocite:` keys of a header
/// body. Fields are the lines at the body's own indent (Pandoc accepts an indented block).
pub fn read_header(text: &str, body: Span, found: &mut KeyFound) {
    let lines = &text[body.start..body.end];
    let indent = lines
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| l.len() - l.trim_start().len())
        .min()
        .unwrap_or(0);
    let mut offset = body.start;
    let mut field: Option<&str> = None;
    for line in lines.split_inclusive('\n') {
        let start = offset;
        offset += line.len();
        let content = line.trim_end();
        let own = content.len() - content.trim_start().len();
        if own <= indent && !content.trim().is_empty() {
            field = None;
            let content = content.trim_start();
            for name in FIELDS {
                if let Some(rest) = content.strip_prefix(name).and_then(|r| r.strip_prefix(':')) {
                    field = Some(name);
                    let value_start = start + own + name.len() + 1;
                    header_value(name, rest, value_start, found);
                }
            }
            continue;
        }
        if let Some(name) = field {
            let item = content.trim_start();
            let item = if name == "bibliography" {
                item.strip_prefix('-').unwrap_or(item)
            } else {
                item
            };
            let at = start + (content.len() - item.len());
            header_value(name, item, at, found);
        }
    }
}

/// Header fields whose values are not Markdown text.
const FIELDS: [&str; 2] = ["bibliography", "nocite"];

/// The header body with field names and the `bibliography:`/`nocite:` fields blanked: what
/// is left are the Markdown values (title, abstract ...) Pandoc reads citations in.
pub fn markdown_values(text: &str, body: Span) -> String {
    let mut bytes = text.as_bytes().to_vec();
    let blank = |bytes: &mut [u8], from: usize, to: usize| {
        for b in &mut bytes[from..to] {
            if *b != b'\n' && *b != b'\r' {
                *b = b' ';
            }
        }
    };
    blank(&mut bytes, 0, body.start);
    blank(&mut bytes, body.end, text.len());
    let mut offset = body.start;
    let mut skipping = false;
    let mut field_indent = 0;
    for line in text[body.start..body.end].split_inclusive('\n') {
        let start = offset;
        offset += line.len();
        let trimmed = line.trim_start();
        let own = line.len() - trimmed.len();
        if trimmed.trim().is_empty() {
            continue;
        }
        if skipping && own > field_indent {
            blank(&mut bytes, start, offset);
            continue;
        }
        skipping = false;
        // `name:` or `- name:` opens a field; the name is not text.
        let item = trimmed.strip_prefix("- ").unwrap_or(trimmed);
        let name_len = item
            .find(':')
            .filter(|&p| {
                p > 0
                    && item[..p]
                        .chars()
                        .all(|c| c.is_alphanumeric() || matches!(c, '-' | '_' | ' '))
                    && item[p + 1..].chars().next().is_none_or(char::is_whitespace)
            })
            .map(|p| p + 1);
        if let Some(n) = name_len {
            let name_end = start + own + (trimmed.len() - item.len()) + n;
            let name = item[..n - 1].trim();
            if FIELDS.contains(&name) {
                skipping = true;
                field_indent = own;
                blank(&mut bytes, start, offset);
            } else {
                blank(&mut bytes, start, name_end);
            }
        }
    }
    String::from_utf8(bytes).unwrap_or_default()
}

/// One piece of a header value starting at `at`.
fn header_value(name: &str, value: &str, at: usize, found: &mut KeyFound) {
    if name == "nocite" {
        scan_nocite(value, at, found);
        return;
    }
    let trimmed = value.trim();
    let inner = trimmed
        .strip_prefix('[')
        .and_then(|v| v.strip_suffix(']'))
        .unwrap_or(trimmed);
    let base =
        at + (value.len() - value.trim_start().len()) + usize::from(trimmed.starts_with('['));
    let mut offset = base;
    for piece in inner.split(',') {
        let item = piece.trim().trim_matches(['"', '\'']);
        if !item.is_empty() && item != "|" && item != ">" {
            let lead = piece.find(item).unwrap_or(0);
            found.bibliographies.push((
                item.to_string(),
                Span::new(offset + lead, offset + lead + item.len()),
            ));
        }
        offset += piece.len() + 1;
    }
}

fn scan_nocite(value: &str, at: usize, found: &mut KeyFound) {
    for (i, _) in value.match_indices('@') {
        if value[i + 1..].starts_with('*') {
            found.cite_all = true;
        } else if let Some((key, span, _)) = key_at(value, i) {
            found.citations.push(Citation {
                span: Span::new(at + span.start, at + span.end),
                text: key.clone(),
                target: Target::Key(key),
                narrative: false,
                prefix: None,
                locator: None,
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn front_matter_follows_pandoc() {
        let h = front_matter("\n---\ntitle: x\n...\nbody").unwrap();
        assert_eq!(h.block, Span::new(1, 18));
        assert_eq!(h.body, Span::new(5, 14));
        assert!(front_matter(" ---\ntitle: x\n---\n").is_none());
        assert!(front_matter("title: x\n---\n").is_none());
        assert!(front_matter("---\n\ntitle: x\n---\n").is_none());
        assert!(front_matter("---\ntitle: x\n").is_none());
    }

    #[test]
    fn misplaced_headers_that_name_a_bibliography() {
        let text = " ---\ntitle: x\nbibliography: a.bib\n ---\n\nText";
        let body = misplaced_header(text).unwrap();
        assert_eq!(
            &text[body.start..body.end],
            "title: x\nbibliography: a.bib\n"
        );
        let text = "title: x\nbibliography: a.bib\n---\nText";
        let body = misplaced_header(text).unwrap();
        assert_eq!(
            &text[body.start..body.end],
            "title: x\nbibliography: a.bib\n"
        );
        assert!(misplaced_header("Just text.\n\nbibliography: x").is_none());
    }

    #[test]
    fn indented_header_fields() {
        let text = "---\n  title: x\n  bibliography:\n    - a.bib\n  nocite: '@k'\n---\n";
        let h = front_matter(text).unwrap();
        let mut found = KeyFound::default();
        read_header(text, h.body, &mut found);
        assert_eq!(found.bibliographies[0].0, "a.bib");
        assert_eq!(found.citations[0].text, "k");
    }

    #[test]
    fn markdown_values_keep_only_text() {
        let text = "---\ntitle: \"About @t\"\nbibliography:\n  - a@b.bib\nnocite: |\n  @n\n---\n";
        let h = front_matter(text).unwrap();
        let kept = markdown_values(text, h.body);
        assert_eq!(
            kept.split_whitespace().collect::<Vec<_>>(),
            ["\"About", "@t\""]
        );
    }
}
