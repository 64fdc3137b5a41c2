//! Finding citation keys in Pandoc Markdown: `[@key]`, `[see @a, p. 3; @b]`, `[-@key]`,
//! `@key` in running text (with an optional `[locator]` after it), and the YAML header's
//! `bibliography:` and `nocite:`. Code spans, fenced code and HTML comments are ignored;
//! e-mail addresses are not citations.

use super::{Citation, KeyFound, Target};
use crate::span::Span;
use regex::Regex;
use std::sync::LazyLock;

/// A citation key by Pandoc's rules: it starts with a letter, digit or `_` and goes on with
/// alphanumerics, `_` and internal punctuation (`:.#$%&-+?<>~/` followed by more key).
static PANDOC_KEY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^[\p{L}\p{N}_](?:[\p{L}\p{N}_]|[:.#$%&\-+?<>~/]+[\p{L}\p{N}_])*")
        .expect("PANDOC_KEY is a valid regex")
});

/// A bracketed citation as Pandoc writes it: `[@key`, `[see @key`, `[-@key`, `[a; @key`.
static PANDOC_BRACKET: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\[(?:[^\]\n]*?[\s;])?-?@[\p{L}\p{N}_{]").expect("PANDOC_BRACKET is a valid regex")
});

/// Does this Markdown text cite by key (a `[@key]` or a YAML `bibliography:`)?
pub fn looks_like_pandoc(text: &str) -> bool {
    if front_matter(text).is_some_and(|(_, body)| {
        text[body.start..body.end]
            .lines()
            .any(|l| l.starts_with("bibliography:"))
    }) {
        return true;
    }
    PANDOC_BRACKET.is_match(&mask_markdown(text))
}

/// The YAML header: the whole block (fences included) and its body.
fn front_matter(text: &str) -> Option<(Span, Span)> {
    let first = text.lines().next()?;
    if first.trim_end() != "---" {
        return None;
    }
    let body_start = first.len() + 1;
    let mut offset = body_start;
    for line in text.get(body_start..)?.split_inclusive('\n') {
        let bare = line.trim_end();
        if bare == "---" || bare == "..." {
            return Some((
                Span::new(0, offset + line.len()),
                Span::new(body_start.min(offset), offset),
            ));
        }
        offset += line.len();
    }
    None
}

/// `bibliography:` items (string, flow list or block list) and `nocite:` keys of the header.
fn read_header(text: &str, body: Span, found: &mut KeyFound) {
    let mut offset = body.start;
    let mut field: Option<&str> = None;
    for line in text[body.start..body.end].split_inclusive('\n') {
        let start = offset;
        offset += line.len();
        let content = line.trim_end();
        let indented = content.starts_with([' ', '\t']);
        if !indented && !content.is_empty() {
            field = None;
            for name in ["bibliography", "nocite"] {
                if let Some(rest) = content.strip_prefix(name).and_then(|r| r.strip_prefix(':')) {
                    field = Some(name);
                    let value_start = start + name.len() + 1;
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
    let bytes = value.as_bytes();
    for (i, _) in value.match_indices('@') {
        if bytes.get(i + 1) == Some(&b'*') {
            found.cite_all = true;
        } else if let Some(m) = PANDOC_KEY.find(&value[i + 1..]) {
            let key = m.as_str().to_string();
            let span = Span::new(at + i + 1, at + i + 1 + key.len());
            found.citations.push(Citation {
                span,
                text: key.clone(),
                target: Target::Key(key),
                narrative: false,
                prefix: None,
                locator: None,
            });
        }
    }
}

/// The text with the YAML header, fenced code, code spans and HTML comments blanked.
pub fn mask_markdown(text: &str) -> String {
    let src = text.as_bytes();
    let mut bytes = src.to_vec();
    let blank = |bytes: &mut [u8], from: usize, to: usize| {
        for b in &mut bytes[from..to.min(src.len())] {
            if *b != b'\n' {
                *b = b' ';
            }
        }
    };
    let mut i = 0;
    if let Some((header, _)) = front_matter(text) {
        blank(&mut bytes, 0, header.end);
        i = header.end;
    }
    let mut line_start = true;
    while i < src.len() {
        if line_start {
            let indent = src[i..].iter().take_while(|&&b| b == b' ').count();
            let fence_char = src
                .get(i + indent)
                .copied()
                .filter(|&b| b == b'`' || b == b'~');
            if let Some(c) = fence_char.filter(|_| indent < 4) {
                let run = src[i + indent..].iter().take_while(|&&b| b == c).count();
                if run >= 3 {
                    let end = closing_fence(src, i + indent + run, c, run);
                    blank(&mut bytes, i, end);
                    i = end;
                    continue;
                }
            }
        }
        line_start = false;
        match src[i] {
            b'\n' => {
                line_start = true;
                i += 1;
            }
            b'\\' => i += 2,
            b'`' => {
                let run = src[i..].iter().take_while(|&&b| b == b'`').count();
                match find_run(src, i + run, run) {
                    Some(end) => {
                        blank(&mut bytes, i, end);
                        i = end;
                    }
                    None => i += run,
                }
            }
            b'<' if src[i..].starts_with(b"<!--") => {
                let end = text[i..].find("-->").map_or(src.len(), |p| i + p + 3);
                blank(&mut bytes, i, end);
                i = end;
            }
            _ => i += 1,
        }
    }
    // Only ASCII bytes of whole characters were replaced, so the text is still UTF-8.
    String::from_utf8(bytes).unwrap_or_default()
}

/// End of the line that closes a fenced block (or the end of the text).
fn closing_fence(src: &[u8], from: usize, c: u8, run: usize) -> usize {
    let mut i = src[from..]
        .iter()
        .position(|&b| b == b'\n')
        .map_or(src.len(), |p| from + p + 1);
    while i < src.len() {
        let line_end = src[i..]
            .iter()
            .position(|&b| b == b'\n')
            .map_or(src.len(), |p| i + p);
        let line = &src[i..line_end];
        let trimmed: Vec<u8> = line.iter().copied().skip_while(|&b| b == b' ').collect();
        let n = trimmed.iter().take_while(|&&b| b == c).count();
        if n >= run && trimmed[n..].iter().all(|b| b.is_ascii_whitespace()) {
            return (line_end + 1).min(src.len());
        }
        i = line_end + 1;
    }
    src.len()
}

/// The end of the next run of exactly `run` backticks before a blank line.
fn find_run(src: &[u8], mut i: usize, run: usize) -> Option<usize> {
    while i < src.len() {
        match src[i] {
            b'`' => {
                let n = src[i..].iter().take_while(|&&b| b == b'`').count();
                if n == run {
                    return Some(i + n);
                }
                i += n;
            }
            b'\n' if src.get(i + 1) == Some(&b'\n') => return None,
            _ => i += 1,
        }
    }
    None
}

/// A key after the `@` at `at`: `@key` or `@{key}`; its text, span and where it ends.
fn key_at(text: &str, at: usize) -> Option<(String, Span, usize)> {
    let rest = text.get(at + 1..)?;
    if let Some(braced) = rest.strip_prefix('{') {
        let close = braced.find(['}', '\n'])?;
        let key = braced[..close].trim();
        if key.is_empty() || braced.as_bytes()[close] != b'}' {
            return None;
        }
        let start = at + 2 + (braced[..close].len() - braced[..close].trim_start().len());
        return Some((
            key.to_string(),
            Span::new(start, start + key.len()),
            at + 2 + close + 1,
        ));
    }
    let m = PANDOC_KEY.find(rest)?;
    Some((
        m.as_str().to_string(),
        Span::new(at + 1, at + 1 + m.len()),
        at + 1 + m.len(),
    ))
}

/// Could an `@` here start a citation? Not inside a word, an e-mail address or a URL.
fn citation_start(src: &[u8], at: usize) -> bool {
    match at.checked_sub(1).map(|p| src[p]) {
        None => true,
        Some(b'-') => at < 2 || matches!(src[at - 2], b' ' | b'\t' | b'\n' | b'[' | b';'),
        Some(b) => {
            !(b.is_ascii_alphanumeric()
                || b >= 0x80
                || matches!(b, b'.' | b'_' | b'+' | b'%' | b'/' | b'=' | b':' | b'@'))
        }
    }
}

/// `]` closing the `[` at `open`, before a blank line.
fn bracket_end(src: &[u8], open: usize) -> Option<usize> {
    let mut depth = 0usize;
    let mut i = open;
    while i < src.len() {
        match src[i] {
            b'\\' => i += 1,
            b'[' => depth += 1,
            b']' => {
                depth -= 1;
                if depth == 0 {
                    return Some(i);
                }
            }
            b'\n' if src.get(i + 1) == Some(&b'\n') => return None,
            _ => {}
        }
        i += 1;
    }
    None
}

/// The citations of a bracket `[...]`, if every `;`-separated item holds a key.
fn bracket_citations(text: &str, inner: Span) -> Option<Vec<Citation>> {
    let src = text.as_bytes();
    let mut out = Vec::new();
    let mut offset = inner.start;
    for piece in text[inner.start..inner.end].split(';') {
        let start = offset;
        offset += piece.len() + 1;
        let (at, (key, span, after)) = piece.match_indices('@').find_map(|(i, _)| {
            let at = start + i;
            citation_start(src, at)
                .then(|| key_at(text, at))
                .flatten()
                .map(|k| (at, k))
        })?;
        // A key that runs past its item (`@{...}` with a `;` or `]` inside) is no citation.
        if after > start + piece.len() {
            return None;
        }
        let suppress = at > start && src[at - 1] == b'-';
        let prefix_end = if suppress { at - 1 } else { at };
        let prefix = text[start..prefix_end].trim();
        let locator = text[after..start + piece.len()]
            .trim()
            .trim_start_matches(',')
            .trim();
        out.push(Citation {
            span,
            text: key.clone(),
            target: Target::Key(key),
            narrative: false,
            prefix: (!prefix.is_empty()).then(|| prefix.to_string()),
            locator: (!locator.is_empty()).then(|| locator.to_string()),
        });
    }
    Some(out)
}

/// Every citation of a Pandoc Markdown text, and the bibliographies its header names.
pub fn find_pandoc(text: &str) -> KeyFound {
    let mut found = KeyFound::default();
    if let Some((_, body)) = front_matter(text) {
        read_header(text, body, &mut found);
    }
    let masked = mask_markdown(text);
    let src = masked.as_bytes();
    let mut i = 0;
    while i < src.len() {
        match src[i] {
            b'\\' => i += 2,
            b'[' => {
                let Some(end) = bracket_end(src, i) else {
                    i += 1;
                    continue;
                };
                if matches!(src.get(end + 1), Some(b'(') | Some(b'[')) {
                    // Link text, not a citation.
                    i = end + 1;
                    continue;
                }
                match bracket_citations(&masked, Span::new(i + 1, end)).filter(|c| !c.is_empty()) {
                    Some(cites) => {
                        found.citations.extend(cites);
                        i = end + 1;
                    }
                    None => i += 1,
                }
            }
            b'@' if citation_start(src, i) => match key_at(&masked, i) {
                Some((key, span, after)) => {
                    let mut citation = Citation {
                        span,
                        text: key.clone(),
                        target: Target::Key(key),
                        narrative: true,
                        prefix: None,
                        locator: None,
                    };
                    i = after;
                    // "@smith04 [p. 33]": a bracket right after, without a key, is the locator.
                    let open = if src.get(after) == Some(&b' ') {
                        after + 1
                    } else {
                        after
                    };
                    if src.get(open) == Some(&b'[') {
                        if let Some(end) = bracket_end(src, open) {
                            let inner = masked[open + 1..end].trim();
                            if !inner.contains('@')
                                && !matches!(src.get(end + 1), Some(b'(') | Some(b'['))
                            {
                                citation.locator = (!inner.is_empty()).then(|| inner.to_string());
                                i = end + 1;
                            }
                        }
                    }
                    found.citations.push(citation);
                }
                None => i += 1,
            },
            _ => i += 1,
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cites(text: &str) -> Vec<(String, bool, Option<String>, Option<String>)> {
        find_pandoc(text)
            .citations
            .into_iter()
            .map(|c| (c.text, c.narrative, c.prefix, c.locator))
            .collect()
    }

    fn s(x: &str) -> Option<String> {
        Some(x.to_string())
    }

    #[test]
    fn braced_key_running_past_its_item_is_no_citation() {
        // Found by the `citations` fuzz target: the braced key ends after the item's `;`.
        for text in ["[@{a;b}]", "[see @{x; @y}]", "[@{k]}"] {
            let _ = cites(text);
        }
        assert_eq!(
            cites("[see @{x; @y}] and [@ok]")
                .last()
                .map(|c| c.0.as_str()),
            Some("ok")
        );
    }

    #[test]
    fn key_regex_follows_pandoc_rules() {
        let key = |t: &str| PANDOC_KEY.find(t).map(|m| m.as_str().to_string());
        assert_eq!(key("doe99, p. 3").as_deref(), Some("doe99"));
        assert_eq!(
            key("Smith:2020.a-b/c]").as_deref(),
            Some("Smith:2020.a-b/c")
        );
        assert_eq!(key("_x.").as_deref(), Some("_x"));
        assert_eq!(key("müller2020;").as_deref(), Some("müller2020"));
        assert_eq!(key("-x"), None);
        assert_eq!(key(".x"), None);
    }

    #[test]
    fn bracketed_forms() {
        assert_eq!(
            cites("Blah [@doe99]."),
            [("doe99".into(), false, None, None)]
        );
        assert_eq!(
            cites("Blah [see @a, p. 3; also @b, ch. 1]."),
            [
                ("a".into(), false, s("see"), s("p. 3")),
                ("b".into(), false, s("also"), s("ch. 1"))
            ]
        );
        assert_eq!(
            cites("Smith says blah [-@smith04]."),
            [("smith04".into(), false, None, None)]
        );
        assert_eq!(
            cites("[@{weird key}]"),
            [("weird key".into(), false, None, None)]
        );
    }

    #[test]
    fn in_text_forms_and_locators() {
        assert_eq!(
            cites("@smith04 says blah."),
            [("smith04".into(), true, None, None)]
        );
        assert_eq!(
            cites("@smith04 [p. 33] says."),
            [("smith04".into(), true, None, s("p. 33"))]
        );
        assert_eq!(
            cites("As (@smith04) shows."),
            [("smith04".into(), true, None, None)]
        );
    }

    #[test]
    fn emails_code_links_and_escapes_are_not_citations() {
        assert!(
            cites("Write to jane.doe@example.org or <me@x.io>; see https://x.com/@user.")
                .is_empty()
        );
        assert!(
            cites("Use `@decorator` and\n\n```\n[@inside]\n```\n\n~~~~\n@fenced\n~~~~\n")
                .is_empty()
        );
        assert!(
            cites("<!-- [@hidden] --> \\@escaped and [a link](http://x) [@linked](http://y)")
                .is_empty()
        );
        assert_eq!(cites("[not a citation; @a]").len(), 1);
    }

    #[test]
    fn yaml_bibliography_string_and_lists() {
        let f = find_pandoc("---\ntitle: \"X\"\nbibliography: refs.bib\n---\n[@a]");
        assert_eq!(
            f.bibliographies
                .iter()
                .map(|b| b.0.as_str())
                .collect::<Vec<_>>(),
            ["refs.bib"]
        );
        let text = "---\nbibliography:\n  - 'a.bib'\n  - b/c.bib\nnocite: |\n  @extra, @*\nauthor: me@example.org\n---\ntext";
        let f = find_pandoc(text);
        assert_eq!(
            f.bibliographies
                .iter()
                .map(|b| b.0.as_str())
                .collect::<Vec<_>>(),
            ["a.bib", "b/c.bib"]
        );
        let span = f.bibliographies[1].1;
        assert_eq!(&text[span.start..span.end], "b/c.bib");
        assert!(f.cite_all);
        assert_eq!(
            f.citations
                .iter()
                .map(|c| c.text.as_str())
                .collect::<Vec<_>>(),
            ["extra"]
        );
        let f = find_pandoc("---\nbibliography: [one.bib, \"two.bib\"]\n---\n");
        assert_eq!(
            f.bibliographies
                .iter()
                .map(|b| b.0.as_str())
                .collect::<Vec<_>>(),
            ["one.bib", "two.bib"]
        );
    }

    #[test]
    fn detection() {
        assert!(looks_like_pandoc("Text [@a]."));
        assert!(looks_like_pandoc("Text [see @a, p. 4]."));
        assert!(looks_like_pandoc("---\nbibliography: x.bib\n---\nno cites"));
        assert!(!looks_like_pandoc("Mail [me@example.org] (Smith, 2020)."));
        assert!(!looks_like_pandoc("Code `[@x]` only."));
    }

    #[test]
    fn odd_input_does_not_panic() {
        for t in [
            "@",
            "[@",
            "[@]",
            "@{",
            "@{}",
            "---",
            "---\n",
            "---\nbibliography:\n---",
            "`",
            "```",
            "[-@",
            "é@é",
            "-@x",
            "[;]",
        ] {
            let _ = find_pandoc(t);
            let _ = looks_like_pandoc(t);
        }
    }
}
