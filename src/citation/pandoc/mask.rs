//! Blanking what Pandoc's Markdown reader never looks for citations in: code (fenced,
//! indented, spans), math, raw TeX and raw HTML, HTML comments, autolinks, reference-link
//! definitions, escapes and example-list labels. Every blanked byte becomes a space (line ends
//! stay), so offsets into the masked text are offsets into the original.

use super::header::front_matter;

/// The text with everything Pandoc does not read as inline Markdown blanked, and the YAML
/// header left for the header reader (see [`super::header`]).
pub fn mask_markdown(text: &str) -> String {
    let mut m = Masker {
        src: text.as_bytes(),
        out: text.as_bytes().to_vec(),
        failed_ends: Vec::new(),
    };
    let body_from = front_matter(text).map_or(0, |h| h.block.end);
    m.blocks(body_from);
    m.inlines(body_from, text.len());
    // Only ASCII bytes of whole characters were replaced, so the text is still UTF-8.
    String::from_utf8(m.out).unwrap_or_default()
}

/// Blank inline constructs of `text[from..to]` (used on header values too).
pub(super) fn mask_inlines(text: &str, from: usize, to: usize) -> String {
    let mut m = Masker {
        src: text.as_bytes(),
        out: text.as_bytes().to_vec(),
        failed_ends: Vec::new(),
    };
    m.inlines(from, to);
    String::from_utf8(m.out).unwrap_or_default()
}

struct Masker<'a> {
    src: &'a [u8],
    out: Vec<u8>,
    /// Closing strings searched for and not found after some offset: a later search fails
    /// too, so each is searched at most once per start (keeps the pass linear).
    failed_ends: Vec<(Vec<u8>, usize)>,
}

/// Raw HTML blocks whose content Pandoc keeps verbatim.
const VERBATIM_TAGS: [&str; 4] = ["pre", "script", "style", "textarea"];

impl Masker<'_> {
    fn blank(&mut self, from: usize, to: usize) {
        let to = to.min(self.src.len());
        for b in &mut self.out[from.min(to)..to] {
            if *b != b'\n' && *b != b'\r' {
                *b = b' ';
            }
        }
    }

    /// Line-level constructs: fenced and indented code, verbatim HTML blocks, reference-link
    /// definitions and example-list labels.
    fn blocks(&mut self, from: usize) {
        let src = self.src;
        let mut i = from;
        let mut prev_blank = true;
        let mut in_list = false;
        let mut prev_example = false;
        while i < src.len() {
            let end = line_end(src, i);
            let next = (end + 1).min(src.len());
            let line = &src[i..end];
            let indent = line.iter().take_while(|&&b| b == b' ').count();
            let tab = line.first() == Some(&b'\t');
            let blank_line = line.iter().all(|b| b.is_ascii_whitespace());
            if blank_line {
                prev_blank = true;
                prev_example = false;
                i = next;
                continue;
            }
            // Fenced code: ``` or ~~~ (three or more), closed by a run at least as long.
            let fence = line
                .get(indent)
                .copied()
                .filter(|&c| c == b'`' || c == b'~');
            if let Some(c) = fence.filter(|_| indent < 4) {
                let run = line[indent..].iter().take_while(|&&b| b == c).count();
                if run >= 3 {
                    let close = closing_fence(src, next, c, run);
                    self.blank(i, close);
                    i = close;
                    prev_blank = true;
                    continue;
                }
            }
            // Indented code: four spaces (or a tab) after a blank line, outside a list.
            if (indent >= 4 || tab) && prev_blank && !in_list {
                let mut j = next;
                let mut last = end;
                while j < src.len() {
                    let e = line_end(src, j);
                    let l = &src[j..e];
                    if l.iter().all(|b| b.is_ascii_whitespace()) {
                        j = (e + 1).min(src.len());
                        continue;
                    }
                    if !(l.starts_with(b"    ") || l.first() == Some(&b'\t')) {
                        break;
                    }
                    last = e;
                    j = (e + 1).min(src.len());
                }
                self.blank(i, last);
                i = (last + 1).min(src.len());
                prev_blank = true;
                continue;
            }
            // Verbatim HTML blocks: <pre>, <script>, <style>, <textarea>.
            if indent < 4 && line.get(indent) == Some(&b'<') {
                let name: Vec<u8> = line[indent + 1..]
                    .iter()
                    .take_while(|b| b.is_ascii_alphabetic())
                    .map(u8::to_ascii_lowercase)
                    .collect();
                if VERBATIM_TAGS
                    .iter()
                    .any(|t| t.as_bytes() == name.as_slice())
                {
                    let closing = [b"</".as_slice(), &name].concat();
                    let stop = find_ci(src, i, &closing).map_or(src.len(), |p| line_end(src, p));
                    self.blank(i, stop);
                    i = (stop + 1).min(src.len());
                    prev_blank = false;
                    continue;
                }
            }
            let (body, listed) = after_markers(line);
            let rest = &line[body..];
            // Reference-link definitions `[label]: url "title"` (Pandoc reads a label with an
            // `@` as a citation instead).
            if prev_blank && indent < 4 && rest.first() == Some(&b'[') && !listed {
                if let Some(close) = rest.iter().position(|&b| b == b']') {
                    let label = &rest[1..close];
                    if rest.get(close + 1) == Some(&b':')
                        && !label.contains(&b'@')
                        && label.first() != Some(&b'^')
                    {
                        self.blank(i, end);
                        i = next;
                        // Definitions may follow one another without a blank line.
                        prev_blank = true;
                        continue;
                    }
                }
            }
            // Example lists: `(@label)` or `@label.` opening a list item.
            if prev_blank || listed || prev_example {
                if let Some(len) = example_label(rest) {
                    self.blank(i + body, i + body + len);
                    prev_example = true;
                } else {
                    prev_example = false;
                }
            } else {
                prev_example = false;
            }
            if listed {
                in_list = true;
            } else if indent == 0 && !tab && prev_blank {
                in_list = false;
            }
            prev_blank = false;
            i = next;
        }
    }

    /// Inline constructs of `from..to`: escapes, code spans, math, raw TeX, HTML comments,
    /// tags and autolinks.
    fn inlines(&mut self, from: usize, to: usize) {
        let src = self.src;
        let mut i = from;
        let mut math_fails_from = usize::MAX;
        while i < to {
            match src[i] {
                b'\\' => match src.get(i + 1) {
                    Some(c) if c.is_ascii_punctuation() => {
                        self.blank(i, i + 2);
                        i += 2;
                    }
                    Some(c) if c.is_ascii_alphabetic() => i = self.raw_tex(i, to),
                    _ => i += 1,
                },
                b'`' => {
                    let run = src[i..to].iter().take_while(|&&b| b == b'`').count();
                    match code_span_end(src, i + run, run, to) {
                        Some(end) => {
                            self.blank(i, end);
                            i = end;
                        }
                        None => i += run,
                    }
                }
                b'$' => {
                    let display = src.get(i + 1) == Some(&b'$');
                    let found = if i >= math_fails_from {
                        None
                    } else if display {
                        math_display_end(src, i + 2, to)
                    } else {
                        math_inline_end(src, i, to)
                    };
                    match found {
                        Some(end) => {
                            self.blank(i, end);
                            i = end;
                        }
                        None => {
                            if !display {
                                math_fails_from = math_fails_from.min(i);
                            }
                            i += if display { 2 } else { 1 };
                        }
                    }
                }
                b'\n' => {
                    if src.get(i + 1) == Some(&b'\n') {
                        // A new paragraph: a `$` may close again.
                        math_fails_from = usize::MAX;
                    }
                    i += 1;
                }
                b'<' => i = self.angle(i, to),
                _ => i += 1,
            }
        }
    }

    /// `\name` with its `{...}` and `[...]` arguments, or a whole `\begin{env}...\end{env}`.
    fn raw_tex(&mut self, at: usize, to: usize) -> usize {
        let src = self.src;
        let name_end = at
            + 1
            + src[at + 1..to]
                .iter()
                .take_while(|b| b.is_ascii_alphabetic())
                .count();
        let mut end = name_end;
        if &src[at + 1..name_end] == b"begin" && src.get(end) == Some(&b'{') {
            if let Some(close) = group_end(src, end, b'{', b'}', to) {
                let env = &src[end + 1..close];
                let closing = [b"\\end{".as_slice(), env, b"}"].concat();
                if let Some(p) = self.find_once(&closing, close, to) {
                    let stop = p + closing.len();
                    self.blank(at, stop);
                    return stop;
                }
            }
        }
        while let Some(&open @ (b'{' | b'[')) = src.get(end) {
            let close = if open == b'{' { b'}' } else { b']' };
            match group_end(src, end, open, close, to) {
                Some(c) => end = c + 1,
                None => break,
            }
        }
        self.blank(at, end);
        end
    }

    /// `<!-- comments -->`, `<autolinks>`, and the tags of inline raw HTML.
    fn angle(&mut self, at: usize, to: usize) -> usize {
        let src = self.src;
        if src[at..to].starts_with(b"<!--") {
            return match self.find_once(b"-->", at + 4, to) {
                Some(p) => {
                    self.blank(at, p + 3);
                    p + 3
                }
                None => at + 1,
            };
        }
        // A tag or autolink ends on its own line, at the first `>`.
        let stop = line_end(src, at).min(to);
        let Some(close) = src[at..stop]
            .iter()
            .position(|&b| b == b'>')
            .map(|p| at + p)
        else {
            return at + 1;
        };
        let inner = &src[at + 1..close];
        let tag = inner.strip_prefix(b"/").unwrap_or(inner);
        let name = tag
            .iter()
            .take_while(|b| b.is_ascii_alphanumeric() || **b == b'-')
            .count();
        let tag = name > 0
            && tag[0].is_ascii_alphabetic()
            && tag
                .get(name)
                .is_none_or(|b| b.is_ascii_whitespace() || *b == b'/');
        if tag || is_autolink(inner) {
            self.blank(at, close + 1);
            return close + 1;
        }
        at + 1
    }

    /// The first `needle` at or after `from` (before `to`), searching each needle's tail once.
    fn find_once(&mut self, needle: &[u8], from: usize, to: usize) -> Option<usize> {
        if self
            .failed_ends
            .iter()
            .any(|(n, after)| n == needle && from >= *after)
        {
            return None;
        }
        let found = find(&self.src[..to], from, needle);
        if found.is_none() {
            self.failed_ends.push((needle.to_vec(), from));
        }
        found
    }
}

/// `<scheme:rest>` or `<local@domain.tld>`: an autolink, no spaces inside.
fn is_autolink(inner: &[u8]) -> bool {
    if inner.is_empty() || inner.iter().any(u8::is_ascii_whitespace) {
        return false;
    }
    let scheme = inner
        .iter()
        .take_while(|b| b.is_ascii_alphanumeric() || matches!(b, b'+' | b'.' | b'-'))
        .count();
    if scheme >= 2 && inner[0].is_ascii_alphabetic() && inner.get(scheme) == Some(&b':') {
        return true;
    }
    let local = inner
        .iter()
        .take_while(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'+' | b'-'))
        .count();
    let domain = &inner[(local + 1).min(inner.len())..];
    local > 0
        && inner.get(local) == Some(&b'@')
        && domain.contains(&b'.')
        && domain
            .iter()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-'))
}

/// Where the line holding `i` ends (its `\n`, or the end of the text).
fn line_end(src: &[u8], i: usize) -> usize {
    src[i..]
        .iter()
        .position(|&b| b == b'\n')
        .map_or(src.len(), |p| i + p)
}

fn find(src: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    if from >= src.len() {
        return None;
    }
    src[from..]
        .windows(needle.len())
        .position(|w| w == needle)
        .map(|p| from + p)
}

fn find_ci(src: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    src.get(from..)?
        .windows(needle.len())
        .position(|w| w.eq_ignore_ascii_case(needle))
        .map(|p| from + p)
}

/// The end of the line that closes a fenced block opened by `run` times `c` (or the text's end).
fn closing_fence(src: &[u8], from: usize, c: u8, run: usize) -> usize {
    let mut i = from;
    while i < src.len() {
        let end = line_end(src, i);
        let line = &src[i..end];
        let indent = line.iter().take_while(|&&b| b == b' ').count();
        let n = line[indent..].iter().take_while(|&&b| b == c).count();
        if n >= run && line[indent + n..].iter().all(|b| b.is_ascii_whitespace()) {
            return (end + 1).min(src.len());
        }
        i = end + 1;
    }
    src.len()
}

/// The end of the next run of exactly `run` backticks before a blank line.
fn code_span_end(src: &[u8], mut i: usize, run: usize, to: usize) -> Option<usize> {
    while i < to {
        match src[i] {
            b'`' => {
                let n = src[i..to].iter().take_while(|&&b| b == b'`').count();
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

/// Pandoc's `$...$`: the opening `$` is followed by a non-space, the closing one follows a
/// non-space and is not followed by a digit; within one paragraph.
fn math_inline_end(src: &[u8], at: usize, to: usize) -> Option<usize> {
    if src.get(at + 1).is_none_or(|b| b.is_ascii_whitespace()) {
        return None;
    }
    let mut i = at + 2;
    while i < to {
        match src[i] {
            b'\\' => i += 2,
            b'$' if !src[i - 1].is_ascii_whitespace()
                && !src.get(i + 1).is_some_and(u8::is_ascii_digit) =>
            {
                return Some(i + 1);
            }
            b'\n' if src.get(i + 1) == Some(&b'\n') => return None,
            _ => i += 1,
        }
    }
    None
}

/// The end of `$$...$$` opened before `from`, within one paragraph.
fn math_display_end(src: &[u8], from: usize, to: usize) -> Option<usize> {
    let mut i = from;
    while i + 1 < to {
        match src[i] {
            b'$' if src[i + 1] == b'$' => return Some(i + 2),
            b'\n' if src[i + 1] == b'\n' => return None,
            _ => i += 1,
        }
    }
    None
}

/// The closing `close` of the group opened at `open_at`, nesting, within a paragraph and at
/// most a few thousand bytes on (raw TeX arguments are short).
fn group_end(src: &[u8], open_at: usize, open: u8, close: u8, to: usize) -> Option<usize> {
    let limit = to.min(open_at + 4096);
    let mut depth = 0usize;
    let mut i = open_at;
    while i < limit {
        match src[i] {
            b'\\' => i += 1,
            b if b == open => depth += 1,
            b if b == close => {
                depth = depth.saturating_sub(1);
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

/// Where a line's content starts after its indent, block quote markers and list markers, and
/// whether it had a list marker.
fn after_markers(line: &[u8]) -> (usize, bool) {
    let mut i = line.iter().take_while(|&&b| b == b' ').count();
    let mut listed = false;
    loop {
        let rest = &line[i..];
        let marker = match rest.first() {
            Some(b'>') => 1,
            Some(b'-' | b'*' | b'+') if rest.get(1) == Some(&b' ') => {
                listed = true;
                1
            }
            Some(b) if b.is_ascii_digit() || *b == b'#' => {
                let n = rest
                    .iter()
                    .take_while(|b| b.is_ascii_digit())
                    .count()
                    .max(1);
                if matches!(rest.get(n), Some(b'.' | b')')) && rest.get(n + 1) == Some(&b' ') {
                    listed = true;
                    n + 1
                } else {
                    0
                }
            }
            _ => 0,
        };
        if marker == 0 {
            return (i, listed);
        }
        i += marker;
        i += line[i..].iter().take_while(|&&b| b == b' ').count();
    }
}

/// The length of an example-list label opening `rest`: `(@label)` or `@label.`, followed by
/// a space or the line's end.
fn example_label(rest: &[u8]) -> Option<usize> {
    let label_len = |from: usize| {
        rest[from..]
            .iter()
            .take_while(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'-'))
            .count()
    };
    let (len, ok) = if rest.starts_with(b"(@") {
        let n = label_len(2);
        (n + 3, rest.get(n + 2) == Some(&b')'))
    } else if rest.first() == Some(&b'@') {
        let n = label_len(1);
        (n + 2, n > 0 && rest.get(n + 1) == Some(&b'.'))
    } else {
        return None;
    };
    (ok && rest.get(len).is_none_or(|b| b.is_ascii_whitespace())).then_some(len)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kept(text: &str) -> String {
        mask_markdown(text)
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    }

    #[test]
    fn code_math_tex_and_html_are_blanked() {
        assert_eq!(kept("a `[@x]` b ``c`d`` e"), "a b e");
        assert_eq!(kept("a $x@y$ b $$[@z]$$ c $5 and $6"), "a b c $5 and $6");
        assert_eq!(
            kept("a \\cite{k} \\ref{@x}[y] \\foo b \\begin{eq}@c\\end{eq} d"),
            "a b d"
        );
        assert_eq!(
            kept("a <!-- [@x]\n--> b <span id=\"@x\">c</span> <http://x/@y> <me@x.io>"),
            "a b c"
        );
        assert_eq!(kept("\\@a \\[b\\]"), "a b");
    }

    #[test]
    fn code_blocks_and_verbatim_html() {
        assert_eq!(kept("a\n\n```\n@x\n```\nb\n~~~~\n@y\n"), "a b");
        assert_eq!(kept("a\n\n    @x code\n\nb"), "a b");
        // In a list, an indented line continues the item.
        assert_eq!(kept("- a\n\n    @x more\n"), "- a @x more");
        assert_eq!(kept("<pre>\n@x\n</pre>\nb"), "b");
    }

    #[test]
    fn definitions_and_example_labels() {
        assert_eq!(kept("a\n\n[r]: http://x/@y \"T @z\"\n[s]: u\n"), "a");
        assert_eq!(kept("[@r]: x"), "[@r]: x");
        assert_eq!(kept("(@ex) one\n@two. more\n\n1. @x. y"), "one more 1. y");
        assert_eq!(kept("text\n@two. more"), "text @two. more");
    }

    #[test]
    fn example_label_shapes() {
        assert_eq!(example_label(b"(@a) x"), Some(4));
        assert_eq!(example_label(b"@ab. x"), Some(4));
        assert_eq!(example_label(b"@ab.x"), None);
        assert_eq!(example_label(b"@ab x"), None);
    }
}
