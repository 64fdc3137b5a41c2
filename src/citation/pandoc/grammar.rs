//! Pandoc's citation grammar over masked Markdown (see [`super::mask`]): bracketed citations
//! `[see @a, p. 3; -@b]`, in-text `@a` with an optional `[locator]`, and the rules that decide
//! between them: a bracket followed by `(`, `[` or `{` is link text or a span, whose contents
//! are ordinary text (so `[@a][@b]` is in-text `a` then bracketed `b`); a bracket whose items
//! do not each hold a key is ordinary text too; a suffix may hold further in-text citations
//! (`[@a, @b]`); an `@` right after a word (`me@example.org`) starts nothing.

use crate::citation::{Citation, Target};
use crate::span::Span;

/// Deeper nesting than this is read as plain text (a guard against hostile input).
const MAX_DEPTH: usize = 16;

/// Every citation of `masked[from..to]`, in text order.
pub fn scan(masked: &str, from: usize, to: usize) -> Vec<Citation> {
    let mut s = Scanner {
        text: masked,
        src: masked.as_bytes(),
        closes: matching_brackets(masked.as_bytes()),
        out: Vec::new(),
        key_ends: std::collections::HashSet::new(),
    };
    s.inlines(from, to, 0);
    s.out
}

struct Scanner<'a> {
    text: &'a str,
    src: &'a [u8],
    /// For each `[`, `(` and `{`, the offset of its partner in the same paragraph.
    closes: Vec<u32>,
    out: Vec<Citation>,
    /// Where keys end (Pandoc's "last string" is not moved by a citation).
    key_ends: std::collections::HashSet<usize>,
}

/// No partner.
const NONE: u32 = u32::MAX;

/// Partners of `[]`, `()` and `{}` (each kind nested on its own), found in one pass; a blank
/// line closes nothing across it.
fn matching_brackets(src: &[u8]) -> Vec<u32> {
    let mut closes = vec![NONE; src.len()];
    let mut stacks: [Vec<usize>; 3] = Default::default();
    for (i, &b) in src.iter().enumerate() {
        let kind = match b {
            b'[' | b']' => 0,
            b'(' | b')' => 1,
            b'{' | b'}' => 2,
            b'\n'
                if src.get(i + 1..).is_some_and(|r| {
                    r.iter()
                        .take_while(|&&c| c != b'\n')
                        .all(u8::is_ascii_whitespace)
                }) =>
            {
                stacks.iter_mut().for_each(Vec::clear);
                continue;
            }
            _ => continue,
        };
        if matches!(b, b'[' | b'(' | b'{') {
            stacks[kind].push(i);
        } else if let Some(open) = stacks[kind].pop() {
            closes[open] = u32::try_from(i).unwrap_or(NONE);
        }
    }
    closes
}

/// One `;`-separated item of a bracketed citation.
struct Item {
    key: (String, Span),
    prefix: Span,
    suffix: Span,
}

impl Scanner<'_> {
    fn close(&self, open: usize) -> Option<usize> {
        match self.closes.get(open) {
            Some(&c) if c != NONE => Some(c as usize),
            _ => None,
        }
    }

    /// Ordinary inline text: in-text citations, brackets, links.
    fn inlines(&mut self, from: usize, to: usize, depth: usize) {
        let src = self.src;
        let mut i = from;
        while i < to {
            match src[i] {
                b'[' => i = self.bracket(i, to, depth),
                b'@' => i = self.in_text(i, to, depth),
                _ => i += 1,
            }
        }
    }

    /// A `[` at `open`: a bracketed citation, link text, a span, a note, or plain text.
    fn bracket(&mut self, open: usize, to: usize, depth: usize) -> usize {
        let src = self.src;
        let Some(close) = self.close(open).filter(|&c| c < to) else {
            return open + 1;
        };
        if depth >= MAX_DEPTH {
            return close + 1;
        }
        if src.get(open + 1) == Some(&b'^') {
            // A footnote reference `[^n]`: its note is read where it is defined.
            return close + 1;
        }
        let after = src.get(close + 1).copied();
        let destination = match after {
            Some(b'(' | b'{') => self.close(close + 1).filter(|&c| c < to),
            _ => None,
        };
        // Followed by `(`, `[` or `{` (closed or not), the bracket is never a citation.
        let linkish = matches!(after, Some(b'(' | b'[' | b'{'));
        // An image `![...]` or an inline note `^[...]` holds text, never a bracketed citation.
        let text_only = open > 0 && matches!(src[open - 1], b'!' | b'^');
        if !linkish && !text_only {
            if let Some(items) = self.cite_list(open + 1, close) {
                self.emit(items, depth);
                return close + 1;
            }
        }
        self.inlines(open + 1, close, depth + 1);
        // A link's destination or a span's attributes hold no citations.
        destination.map_or(close + 1, |d| d + 1)
    }

    /// An in-text citation at `at` (`@key`; in running text Pandoc reads a `-` before it as
    /// a dash, not as "leave the author out"), with its `[locator]` or a bracketed citation
    /// right after; where scanning goes on.
    fn in_text(&mut self, at: usize, to: usize, depth: usize) -> usize {
        let src = self.src;
        if self.after_word(at) {
            return at + 1;
        }
        let Some((key, span, after)) = self.key_at(at).filter(|k| k.2 <= to) else {
            return at + 1;
        };
        let mut citation = key_citation(key, span, true, None);
        // `@a [p. 3]`, `@a [@b]`: a bracket after a space or one line end.
        let mut j = after;
        j += src[j..to]
            .iter()
            .take_while(|&&b| b == b' ' || b == b'\t')
            .count();
        if j < to && src[j] == b'\n' {
            j += 1;
            j += src[j..to].iter().take_while(|&&b| b == b' ').count();
        }
        let close = (src.get(j) == Some(&b'[') && src.get(j + 1) != Some(&b'^'))
            .then(|| self.close(j))
            .flatten()
            .filter(|&c| c < to && depth < MAX_DEPTH);
        let Some(close) = close else {
            self.out.push(citation);
            return after;
        };
        if let Some(items) = self.cite_list(j + 1, close) {
            self.out.push(citation);
            self.emit(items, depth);
            return close + 1;
        }
        if matches!(src.get(close + 1), Some(b'[' | b'(')) {
            self.out.push(citation);
            return after;
        }
        // A locator, then perhaps `; @more`.
        let semi = self.top_level(j + 1, close, b';');
        let rest = match semi {
            Some(s) => match self.cite_list(s + 1, close) {
                Some(items) => Some(items),
                None => {
                    self.out.push(citation);
                    return after;
                }
            },
            None => None,
        };
        let suffix = Span::new(j + 1, semi.unwrap_or(close));
        citation.locator = locator(self.text, suffix);
        self.out.push(citation);
        self.inlines(suffix.start, suffix.end, depth + 1);
        if let Some(items) = rest {
            self.emit(items, depth);
        }
        close + 1
    }

    /// The first `byte` in `from..to` outside nested brackets.
    fn top_level(&self, from: usize, to: usize, byte: u8) -> Option<usize> {
        let mut i = from;
        while i < to {
            match self.src[i] {
                b if b == byte => return Some(i),
                b'[' => i = self.close(i).filter(|&c| c < to).map_or(i + 1, |c| c + 1),
                _ => i += 1,
            }
        }
        None
    }

    /// The items of a bracketed citation `[...]` (contents `from..to`), if every item holds a
    /// key; nothing is emitted here.
    fn cite_list(&mut self, from: usize, to: usize) -> Option<Vec<Item>> {
        let mut items = Vec::new();
        let mut start = from;
        loop {
            let end = self.top_level(start, to, b';').unwrap_or(to);
            items.push(self.item(start, end)?);
            if end == to {
                return Some(items);
            }
            start = end + 1;
        }
    }

    /// One item: a prefix up to the first key, the key, and the suffix.
    fn item(&mut self, from: usize, to: usize) -> Option<Item> {
        let src = self.src;
        let mut i = from;
        while i < to {
            match src[i] {
                b'[' => i = self.close(i).filter(|&c| c < to).map_or(i + 1, |c| c + 1),
                b'@' | b'-' => {
                    let suppress = src[i] == b'-' && src.get(i + 1) == Some(&b'@');
                    let at = if suppress { i + 1 } else { i };
                    let key = (src[at] == b'@' && !self.after_word(i))
                        .then(|| self.key_at(at))
                        .flatten();
                    if let Some((key, span, after)) = key {
                        // A key that runs past its item (`@{a;b}`) is no citation; nor is one
                        // inside emphasis (`[see *@a*]`: the emphasis swallows it).
                        let emphasised = i > from && matches!(src[i - 1], b'*' | b'_' | b'~');
                        if after > to || emphasised {
                            return None;
                        }
                        return Some(Item {
                            key: (key, span),
                            prefix: Span::new(from, i),
                            suffix: Span::new(after, to),
                        });
                    }
                    i += 1;
                }
                _ => i += 1,
            }
        }
        None
    }

    /// [`key_at`], remembering where the key ends.
    fn key_at(&mut self, at: usize) -> Option<(String, Span, usize)> {
        let k = key_at(self.text, at)?;
        self.key_ends.insert(k.2);
        Some(k)
    }

    /// [`after_word`], except that a key is no word: `@a@b` and `@a**@b` cite twice.
    fn after_word(&self, at: usize) -> bool {
        let run_start = self.text[..at].trim_end_matches(['*', '_']).len();
        !self.key_ends.contains(&run_start) && after_word(self.text, at)
    }

    fn emit(&mut self, items: Vec<Item>, depth: usize) {
        for item in items {
            self.inlines(item.prefix.start, item.prefix.end, depth + 1);
            let prefix = self.text[item.prefix.start..item.prefix.end].trim();
            let mut c = key_citation(
                item.key.0,
                item.key.1,
                false,
                (!prefix.is_empty()).then(|| prefix.to_string()),
            );
            c.locator = locator(self.text, item.suffix);
            self.out.push(c);
            self.inlines(item.suffix.start, item.suffix.end, depth + 1);
        }
    }
}

fn key_citation(key: String, span: Span, narrative: bool, prefix: Option<String>) -> Citation {
    Citation {
        span,
        text: key.clone(),
        target: Target::Key(key),
        narrative,
        prefix,
        locator: None,
    }
}

/// A suffix as a locator: trimmed, without its leading comma.
fn locator(text: &str, suffix: Span) -> Option<String> {
    let s = text[suffix.start..suffix.end]
        .trim()
        .trim_start_matches(',')
        .trim();
    (!s.is_empty()).then(|| s.to_string())
}

/// Does offset `at` directly follow a word (Pandoc's "string"), so that no citation starts
/// there? Letters and digits, a single `.`, and emphasis closing after a word (`*x*@a`) do;
/// spaces, most punctuation, `...` and emphasis after anything else do not.
fn after_word(text: &str, at: usize) -> bool {
    let before = &text[..at];
    let Some(c) = before.chars().next_back() else {
        return false;
    };
    match c {
        c if c.is_alphanumeric() => true,
        '.' => !before.ends_with("..."),
        '*' | '_' => {
            let run = before.trim_end_matches(['*', '_']);
            run.chars().next_back().is_some_and(char::is_alphanumeric)
        }
        _ => false,
    }
}

fn key_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// A key after the `@` at `at`: `@key` or `@{key}` (braces nest, no spaces); its text, span
/// and where it ends. A plain key starts with a letter, digit, `_` (or `*`) and goes on with
/// letters, digits and `_`, single inner punctuation `:.#$%&-+?<>~/` before more of them, and
/// `:` or `/` before a `/` (`@http://x.org/y`). (Pandoc 2.17 sometimes keeps a key's final
/// `/` too, by no rule we could pin down; such keys are rare.)
pub(super) fn key_at(text: &str, at: usize) -> Option<(String, Span, usize)> {
    let rest = text.get(at + 1..)?;
    if rest.starts_with('{') {
        let mut depth = 0usize;
        for (i, c) in rest.char_indices() {
            match c {
                '{' => depth += 1,
                '}' => {
                    depth -= 1;
                    if depth == 0 {
                        let key = &rest[1..i];
                        return (!key.is_empty()).then(|| {
                            (
                                key.to_string(),
                                Span::new(at + 2, at + 2 + key.len()),
                                at + 2 + i,
                            )
                        });
                    }
                }
                c if c.is_whitespace() => return None,
                _ => {}
            }
        }
        return None;
    }
    let mut chars = rest.char_indices().peekable();
    let (_, first) = chars.next()?;
    if !(key_char(first) || first == '*') {
        return None;
    }
    let mut end = first.len_utf8();
    while let Some((i, c)) = chars.next() {
        let next = chars.peek().map(|&(_, n)| n);
        let take = key_char(c)
            || (":.#$%&-+?<>~/".contains(c) && next.is_some_and(key_char))
            || (matches!(c, ':' | '/') && next == Some('/'));
        if !take {
            break;
        }
        end = i + c.len_utf8();
    }
    Some((
        rest[..end].to_string(),
        Span::new(at + 1, at + 1 + end),
        at + 1 + end,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(t: &str) -> Option<String> {
        key_at(t, 0).map(|k| k.0)
    }

    #[test]
    fn keys_follow_pandoc() {
        assert_eq!(key("@doe99, p. 3").as_deref(), Some("doe99"));
        assert_eq!(
            key("@Smith:2020.a-b/c]").as_deref(),
            Some("Smith:2020.a-b/c")
        );
        assert_eq!(key("@_x.").as_deref(), Some("_x"));
        assert_eq!(key("@müller2020;").as_deref(), Some("müller2020"));
        assert_eq!(key("@a--b").as_deref(), Some("a"));
        assert_eq!(key("@http://x.org/y").as_deref(), Some("http://x.org/y"));
        assert_eq!(key("@g//x").as_deref(), Some("g//x"));
        assert_eq!(key("@a/:b").as_deref(), Some("a"));
        assert_eq!(key("@a-/x").as_deref(), Some("a"));
        assert_eq!(key("@g::h").as_deref(), Some("g"));
        assert_eq!(key("@{{a}}").as_deref(), Some("{a}"));
        assert_eq!(key("@{x{y}z}").as_deref(), Some("x{y}z"));
        assert_eq!(key("@{a b}"), None);
        assert_eq!(key("@-x"), None);
        assert_eq!(key("@.x"), None);
    }

    #[test]
    fn what_a_word_blocks() {
        for (t, blocked) in [
            ("me@", true),
            ("2.@", true),
            ("...@", false),
            ("**x**@", true),
            (" *@", false),
            ("a_@", true),
            (" _@", false),
            ("x/@", false),
            ("x-@", false),
            ("é@", true),
            ("\"@", false),
        ] {
            assert_eq!(after_word(t, t.len() - 1), blocked, "{t:?}");
        }
        assert!(!after_word("@", 0));
    }

    #[test]
    fn brackets_match_within_a_paragraph() {
        let m = matching_brackets(b"[a [b] (c)]\n\n[d");
        assert_eq!(m[0], 10);
        assert_eq!(m[3], 5);
        assert_eq!(m[7], 9);
        assert_eq!(m[13], NONE);
    }
}
