//! Splitting a `.bib` text into entries, `@string`s and the rest, one pass, brace-balanced.
//!
//! The scanner finds each `@type{ ... }` itself rather than trusting the whole file to a parser,
//! so that an entry whose braces never close is reported once and the next entry (the next line
//! starting with `@type{`) is read as usual. Every item keeps its byte span.

use super::{BibEntry, Field, StringUse, Strings, SyntaxError, SyntaxErrorKind};
use crate::span::Span;

/// What one pass over a `.bib` text found.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Parsed {
    pub entries: Vec<BibEntry>,
    /// `@string` definitions, as fields (name, value, spans), in file order.
    pub string_defs: Vec<Field>,
    /// Every macro defined so far: inherited ones, the month names, then this file's.
    pub strings: Strings,
    pub errors: Vec<SyntaxError>,
}

/// Parse a `.bib` text. `inherited` holds `@string`s of files read before this one (BibTeX
/// reads `\bibliography{abbrevs,refs}` as one stream, so abbreviations carry over).
pub fn parse(text: &str, inherited: &Strings) -> Parsed {
    let mut entries = Vec::new();
    let mut out = scan(text, inherited, |e, _| entries.push(e));
    out.entries = entries;
    out
}

/// [`parse`], handing each entry to `on_entry` as it is read rather than keeping it
/// (`entries` of the result stays empty): a long file's entries need never be held together.
/// `on_entry` also sees the `@string`s defined so far.
pub fn scan(
    text: &str,
    inherited: &Strings,
    mut on_entry: impl FnMut(BibEntry, &Strings),
) -> Parsed {
    let mut out = Parsed {
        strings: inherited.clone(),
        ..Parsed::default()
    };
    let bytes = text.as_bytes();
    let mut pos = 0;
    // The entry that ended last, to name it if stray field text follows it.
    let mut last_entry: Option<(String, usize)> = None;
    while let Some(at) = memchr(b'@', bytes, pos) {
        if let Some((key, end)) = last_entry.take() {
            check_junk(text, end, at, &key, &mut out.errors);
        }
        let Some(head) = item_head(bytes, at) else {
            if let Some(item) = bodiless_item(text, at) {
                out.errors.push(SyntaxError {
                    span: Span::new(at, at + 1 + item.len()),
                    kind: SyntaxErrorKind::NoBody { item },
                });
            }
            pos = at + 1;
            continue;
        };
        let kind = text[head.type_start..head.type_end].to_ascii_lowercase();
        let close = if head.open_paren { b')' } else { b'}' };
        let stop_at_entry = kind != "comment";
        match find_close(bytes, head.open + 1, close, stop_at_entry) {
            Close::At(end) => {
                let body = Span::new(head.open + 1, end);
                match kind.as_str() {
                    "comment" | "preamble" => {}
                    "string" => read_string(text, body, &mut out),
                    _ => {
                        let entry = read_entry(
                            text,
                            at,
                            end + 1,
                            kind,
                            body,
                            &out.strings,
                            &mut out.errors,
                        );
                        last_entry = Some((entry.key.clone(), end + 1));
                        on_entry(entry, &out.strings);
                    }
                }
                pos = end + 1;
            }
            Close::Unclosed { resume, depth } => {
                let name = entry_name(text, &kind, Span::new(head.open + 1, resume));
                out.errors.push(SyntaxError {
                    span: Span::new(at, head.open + 1),
                    kind: SyntaxErrorKind::Unclosed {
                        entry: name,
                        depth,
                        next: (resume < text.len()).then_some(resume),
                    },
                });
                pos = resume;
            }
        }
    }
    if let Some((key, end)) = last_entry {
        check_junk(text, end, text.len(), &key, &mut out.errors);
    }
    out
}

fn memchr(needle: u8, bytes: &[u8], from: usize) -> Option<usize> {
    bytes
        .get(from..)?
        .iter()
        .position(|&b| b == needle)
        .map(|i| i + from)
}

struct Head {
    type_start: usize,
    type_end: usize,
    /// Offset of the opening `{` or `(`.
    open: usize,
    open_paren: bool,
}

/// The word of an `@word` that opens its line but has no `{` or `(` after it (`@Comment
/// [@key]`), which biber's parser rejects; an `@` inside a line (an e-mail address) is text.
fn bodiless_item(text: &str, at: usize) -> Option<String> {
    let line_start = text[..at].rfind('\n').map_or(0, |p| p + 1);
    if !text[line_start..at].trim().is_empty() {
        return None;
    }
    let word: String = text[at + 1..]
        .chars()
        .take_while(|c| c.is_ascii_alphabetic())
        .collect();
    (!word.is_empty()).then_some(word)
}

/// `@type {` or `@type(` at `at`; `None` for a stray `@` (an e-mail address in a comment).
fn item_head(bytes: &[u8], at: usize) -> Option<Head> {
    let mut i = skip_ws(bytes, at + 1);
    let type_start = i;
    while i < bytes.len()
        && (bytes[i].is_ascii_alphanumeric() || bytes[i] == b'_' || bytes[i] == b'-')
    {
        i += 1;
    }
    if i == type_start || !bytes[type_start].is_ascii_alphabetic() {
        return None;
    }
    let type_end = i;
    let i = skip_ws(bytes, i);
    match bytes.get(i) {
        Some(b'{') => Some(Head {
            type_start,
            type_end,
            open: i,
            open_paren: false,
        }),
        Some(b'(') => Some(Head {
            type_start,
            type_end,
            open: i,
            open_paren: true,
        }),
        _ => None,
    }
}

fn skip_ws(bytes: &[u8], mut i: usize) -> usize {
    while i < bytes.len() && bytes[i].is_ascii_whitespace() {
        i += 1;
    }
    i
}

enum Close {
    /// Offset of the closing delimiter.
    At(usize),
    /// Never closed: go on reading at `resume` (the next entry, or the end); `depth` braces open.
    Unclosed { resume: usize, depth: usize },
}

/// Find the delimiter that closes an item whose body starts at `from`. Braces nest; for a
/// `(`-delimited item, a `)` inside a quoted value does not close it. When `stop_at_entry`, a
/// line that starts a new entry (`@type{`) while the item is open means the item never closed.
fn find_close(bytes: &[u8], from: usize, close: u8, stop_at_entry: bool) -> Close {
    let mut depth = 0usize;
    let mut quoted = false;
    let mut i = from;
    while i < bytes.len() {
        match bytes[i] {
            b'{' => depth += 1,
            b'}' if depth > 0 => depth -= 1,
            b'}' if close == b'}' => return Close::At(i),
            b'"' if depth == 0 && close == b')' => quoted = !quoted,
            b')' if depth == 0 && !quoted && close == b')' => return Close::At(i),
            b'\n' if stop_at_entry => {
                let next = skip_blank(bytes, i + 1);
                if bytes.get(next) == Some(&b'@') && item_head(bytes, next).is_some() {
                    return Close::Unclosed {
                        resume: next,
                        depth: depth + 1,
                    };
                }
            }
            _ => {}
        }
        i += 1;
    }
    Close::Unclosed {
        resume: bytes.len(),
        depth: depth + 1,
    }
}

fn skip_blank(bytes: &[u8], mut i: usize) -> usize {
    while i < bytes.len() && (bytes[i] == b' ' || bytes[i] == b'\t') {
        i += 1;
    }
    i
}

/// The key of a broken entry if it has one, else its type: what the message calls it.
fn entry_name(text: &str, kind: &str, body: Span) -> String {
    let body = &text[body.start..body.end];
    let key = body.split([',', '\n']).next().unwrap_or("").trim();
    if key.is_empty() || key.contains(['=', ' ', '{', '}']) {
        format!("@{kind}")
    } else {
        key.to_string()
    }
}

/// Text between an entry and the next `@` is a comment to BibTeX, unless it looks like the rest
/// of the entry: a `}` too many closed it early and these fields are lost.
fn check_junk(text: &str, end: usize, next: usize, key: &str, errors: &mut Vec<SyntaxError>) {
    let junk = &text[end..next];
    let trimmed = junk.trim_start();
    let start = end + (junk.len() - trimmed.len());
    let looks_like_fields = trimmed.starts_with([',', '}']) || {
        let name_len = trimmed
            .bytes()
            .take_while(|b| b.is_ascii_alphanumeric() || *b == b'_' || *b == b'-')
            .count();
        name_len > 0 && trimmed[name_len..].trim_start().starts_with('=')
    };
    if looks_like_fields {
        let line_end = trimmed.find('\n').unwrap_or(trimmed.len());
        errors.push(SyntaxError {
            span: Span::new(start, start + line_end),
            kind: SyntaxErrorKind::ClosedEarly {
                entry: key.to_string(),
                closed_at: end.saturating_sub(1),
            },
        });
    }
}

/// A cursor over an item's body.
struct Cursor<'a> {
    text: &'a str,
    bytes: &'a [u8],
    pos: usize,
    end: usize,
}

impl<'a> Cursor<'a> {
    fn new(text: &'a str, body: Span) -> Self {
        Cursor {
            text,
            bytes: text.as_bytes(),
            pos: body.start,
            end: body.end,
        }
    }

    fn skip_ws(&mut self) {
        while self.pos < self.end && self.bytes[self.pos].is_ascii_whitespace() {
            self.pos += 1;
        }
    }

    fn peek(&self) -> Option<u8> {
        (self.pos < self.end).then(|| self.bytes[self.pos])
    }

    /// A field or macro name: anything up to white space or BibTeX's special characters.
    fn name(&mut self) -> Span {
        let start = self.pos;
        while self.pos < self.end
            && !matches!(
                self.bytes[self.pos],
                b' ' | b'\t'
                    | b'\n'
                    | b'\r'
                    | b'='
                    | b','
                    | b'{'
                    | b'}'
                    | b'"'
                    | b'#'
                    | b'('
                    | b')'
                    | b'%'
                    | b'\''
            )
        {
            self.pos += 1;
        }
        Span::new(start, self.pos)
    }

    /// Skip to just after the next comma outside braces (or to the end), to resynchronise.
    fn skip_past_comma(&mut self) {
        let mut depth = 0usize;
        while self.pos < self.end {
            match self.bytes[self.pos] {
                b'{' => depth += 1,
                b'}' => depth = depth.saturating_sub(1),
                b',' if depth == 0 => {
                    self.pos += 1;
                    return;
                }
                _ => {}
            }
            self.pos += 1;
        }
    }

    /// One value: parts joined by `#`. Errors say what was expected.
    fn value(
        &mut self,
        strings: &Strings,
    ) -> Result<(Vec<StringUse>, String, Span), (SyntaxErrorKind, Span)> {
        let start = self.pos;
        let mut macros = Vec::new();
        let mut value = String::new();
        loop {
            self.skip_ws();
            let part_start = self.pos;
            match self.peek() {
                Some(b'{') => {
                    let close = self.matching_brace(self.pos).ok_or((
                        SyntaxErrorKind::Expected("a closing `}`"),
                        Span::new(part_start, self.end),
                    ))?;
                    let inner = &self.text[self.pos + 1..close];
                    value.push_str(inner);
                    self.pos = close + 1;
                }
                Some(b'"') => {
                    let close = self.closing_quote(self.pos + 1).ok_or((
                        SyntaxErrorKind::UnclosedQuote,
                        Span::new(part_start, part_start + 1),
                    ))?;
                    let inner = &self.text[self.pos + 1..close];
                    value.push_str(inner);
                    self.pos = close + 1;
                }
                Some(b) if b.is_ascii_digit() => {
                    while self.peek().is_some_and(|b| b.is_ascii_digit()) {
                        self.pos += 1;
                    }
                    let digits = &self.text[part_start..self.pos];
                    value.push_str(digits);
                }
                Some(_) => {
                    let span = self.name();
                    if span.is_empty() {
                        return Err((
                            SyntaxErrorKind::Expected(
                                "a value in braces, quotes, a number or an @string name",
                            ),
                            Span::new(part_start, part_start + 1),
                        ));
                    }
                    let name = self.text[span.start..span.end].to_string();
                    if let Some(v) = strings.get(&name.to_ascii_lowercase()) {
                        value.push_str(v);
                    }
                    macros.push(StringUse { name, span });
                }
                None => {
                    return Err((
                        SyntaxErrorKind::Expected("a value"),
                        Span::new(part_start, part_start),
                    ))
                }
            }
            let after = self.pos;
            self.skip_ws();
            if self.peek() == Some(b'#') {
                self.pos += 1;
            } else {
                return Ok((
                    macros,
                    value,
                    Span::new(start_of_value(self.bytes, start), after),
                ));
            }
        }
    }

    fn matching_brace(&self, open: usize) -> Option<usize> {
        let mut depth = 0usize;
        for i in open..self.end {
            match self.bytes[i] {
                b'{' => depth += 1,
                b'}' => {
                    depth -= 1;
                    if depth == 0 {
                        return Some(i);
                    }
                }
                _ => {}
            }
        }
        None
    }

    fn closing_quote(&self, from: usize) -> Option<usize> {
        let mut depth = 0usize;
        for i in from..self.end {
            match self.bytes[i] {
                b'{' => depth += 1,
                b'}' => depth = depth.saturating_sub(1),
                b'"' if depth == 0 => return Some(i),
                _ => {}
            }
        }
        None
    }
}

fn start_of_value(bytes: &[u8], mut i: usize) -> usize {
    while i < bytes.len() && bytes[i].is_ascii_whitespace() {
        i += 1;
    }
    i
}

/// `name = value, name = value, ...` from the cursor to the end of the body.
fn read_fields(
    cur: &mut Cursor,
    strings: &Strings,
    entry: &str,
    errors: &mut Vec<SyntaxError>,
) -> Vec<Field> {
    let mut fields = Vec::new();
    loop {
        cur.skip_ws();
        while cur.peek() == Some(b',') {
            cur.pos += 1;
            cur.skip_ws();
        }
        if cur.peek().is_none() {
            return fields;
        }
        let name_span = cur.name();
        if name_span.is_empty() {
            errors.push(SyntaxError {
                span: Span::new(cur.pos, cur.pos + 1),
                kind: SyntaxErrorKind::Field {
                    entry: entry.to_string(),
                    expected: "a field name",
                },
            });
            cur.pos += 1;
            cur.skip_past_comma();
            continue;
        }
        cur.skip_ws();
        if cur.peek() != Some(b'=') {
            errors.push(SyntaxError {
                span: name_span,
                kind: SyntaxErrorKind::Field {
                    entry: entry.to_string(),
                    expected: "`=` after the field name",
                },
            });
            cur.skip_past_comma();
            continue;
        }
        cur.pos += 1;
        match cur.value(strings) {
            Ok((macros, value, value_span)) => {
                let name = cur.text[name_span.start..name_span.end].to_ascii_lowercase();
                fields.push(Field {
                    name,
                    name_span,
                    value_span,
                    macros,
                    value,
                });
                cur.skip_ws();
                match cur.peek() {
                    None | Some(b',') => {}
                    Some(_) => {
                        // A missing comma: say so, and read on from here.
                        errors.push(SyntaxError {
                            span: Span::new(cur.pos, cur.pos + 1),
                            kind: SyntaxErrorKind::MissingComma {
                                entry: entry.to_string(),
                            },
                        });
                    }
                }
            }
            Err((kind, span)) => {
                let kind = match kind {
                    SyntaxErrorKind::Expected(what) => SyntaxErrorKind::Field {
                        entry: entry.to_string(),
                        expected: what,
                    },
                    other => other,
                };
                errors.push(SyntaxError { span, kind });
                cur.skip_past_comma();
            }
        }
    }
}

fn read_string(text: &str, body: Span, out: &mut Parsed) {
    let mut cur = Cursor::new(text, body);
    let fields = read_fields(&mut cur, &out.strings, "@string", &mut out.errors);
    for field in fields {
        out.strings.insert(field.name.clone(), field.value.clone());
        out.string_defs.push(field);
    }
}

fn read_entry(
    text: &str,
    at: usize,
    end: usize,
    entry_type: String,
    body: Span,
    strings: &Strings,
    errors: &mut Vec<SyntaxError>,
) -> BibEntry {
    let mut cur = Cursor::new(text, body);
    cur.skip_ws();
    let key_start = cur.pos;
    while cur.pos < cur.end && cur.bytes[cur.pos] != b',' {
        cur.pos += 1;
    }
    let raw_key = text[key_start..cur.pos].trim_end();
    let key_span = Span::new(key_start, key_start + raw_key.len());
    let (key, key_span) =
        if raw_key.is_empty() || raw_key.contains(['=', ' ', '\t', '\n', '{', '}', '"']) {
            errors.push(SyntaxError {
                span: Span::new(at, key_start),
                kind: SyntaxErrorKind::MissingKey {
                    entry_type: entry_type.clone(),
                },
            });
            cur.pos = key_start;
            (String::new(), Span::new(at, at))
        } else {
            (raw_key.to_string(), key_span)
        };
    let name = if key.is_empty() {
        format!("@{entry_type}")
    } else {
        key.clone()
    };
    let fields = read_fields(&mut cur, strings, &name, errors);
    BibEntry {
        entry_type,
        key,
        key_span,
        span: Span::new(at, end),
        line: 0,
        fields,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bibfile::month_strings;

    fn parse_text(text: &str) -> Parsed {
        parse(text, &month_strings())
    }

    fn value<'a>(p: &'a Parsed, key: &str, field: &str) -> &'a str {
        let e = p.entries.iter().find(|e| e.key == key).unwrap();
        &e.fields.iter().find(|f| f.name == field).unwrap().value
    }

    #[test]
    fn braces_inside_values_and_quotes() {
        let p = parse_text("@Article{k1,\n  title = {The {RNA} world: {\\\"o}},\n  note = \"a {\"quoted\"} word\",\n  year = 2020\n}\n");
        assert!(p.errors.is_empty(), "{:?}", p.errors);
        assert_eq!(p.entries[0].entry_type, "article");
        assert_eq!(value(&p, "k1", "title"), "The {RNA} world: {\\\"o}");
        assert_eq!(value(&p, "k1", "note"), "a {\"quoted\"} word");
        assert_eq!(value(&p, "k1", "year"), "2020");
    }

    #[test]
    fn string_concatenation_with_hash() {
        let p = parse_text("@string{jgr = \"J. Geophys.\"}\n@STRING(res = {Res.})\n@article{a, journal = jgr # \" \" # res, month = mar}\n");
        assert!(p.errors.is_empty(), "{:?}", p.errors);
        assert_eq!(value(&p, "a", "journal"), "J. Geophys. Res.");
        assert_eq!(value(&p, "a", "month"), "3");
        assert_eq!(p.string_defs.len(), 2);
    }

    #[test]
    fn an_item_without_a_body_at_a_line_start_is_an_error() {
        let p = parse_text("@Comment [@taylor2023]\nMail me@example.org\n@misc{a, title = {T}}\n");
        assert_eq!(p.errors.len(), 1);
        assert_eq!(p.errors[0].span, Span::new(0, 8));
        assert!(matches!(&p.errors[0].kind, SyntaxErrorKind::NoBody { item } if item == "Comment"));
    }

    #[test]
    fn comments_and_preamble_are_skipped() {
        let p = parse_text("% a line comment with an e-mail me@example.org\n@comment{ @article{gone, title={x}} }\n@preamble{ \"\\newcommand{\\noop}[1]{}\" }\n@misc(b, title = \"A (paren) title\")\n");
        assert!(p.errors.is_empty(), "{:?}", p.errors);
        assert_eq!(
            p.entries.iter().map(|e| e.key.as_str()).collect::<Vec<_>>(),
            ["b"]
        );
        assert_eq!(value(&p, "b", "title"), "A (paren) title");
    }

    #[test]
    fn unbalanced_entry_in_the_middle_costs_only_itself() {
        let text = "@book{a, title={One}}\n@article{b,\n  title = {Two {unclosed},\n  year = 2001,\n}\n@book{c, title={Three}}\n";
        let p = parse_text(text);
        assert_eq!(
            p.entries.iter().map(|e| e.key.as_str()).collect::<Vec<_>>(),
            ["a", "c"]
        );
        assert_eq!(p.errors.len(), 1);
        match &p.errors[0].kind {
            SyntaxErrorKind::Unclosed { entry, depth, next } => {
                assert_eq!(entry, "b");
                assert_eq!(*depth, 1);
                assert_eq!(*next, text.find("@book{c"));
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn a_closing_brace_too_many_is_reported_once() {
        let p = parse_text(
            "@article{a,\n  title = {One}},\n  year = 2001,\n}\n@book{c, title={Three}}\n",
        );
        assert_eq!(p.entries.len(), 2);
        assert_eq!(p.errors.len(), 1);
        assert!(
            matches!(&p.errors[0].kind, SyntaxErrorKind::ClosedEarly { entry, .. } if entry == "a")
        );
    }

    #[test]
    fn field_errors_resynchronise_at_the_next_comma() {
        let p = parse_text("@article{a,\n  title {One},\n  year = 2001\n  volume = 3\n}\n");
        let e = &p.entries[0];
        assert_eq!(
            e.fields.iter().map(|f| f.name.as_str()).collect::<Vec<_>>(),
            ["year", "volume"]
        );
        assert_eq!(p.errors.len(), 2, "{:?}", p.errors);
        let p = parse_text("@article{title = {x}, year = 2000}\n");
        assert!(matches!(
            p.errors[0].kind,
            SyntaxErrorKind::MissingKey { .. }
        ));
        assert_eq!(p.entries[0].fields.len(), 2);
    }

    #[test]
    fn unclosed_quote_and_undefined_macro() {
        let p = parse_text("@misc{a, title = \"open, year = 2000}\n@misc{b, journal = nosuch}\n");
        assert!(matches!(p.errors[0].kind, SyntaxErrorKind::UnclosedQuote));
        let b = &p.entries[1];
        assert_eq!(b.fields[0].value, "");
        assert_eq!(b.fields[0].macros[0].name, "nosuch");
    }

    #[test]
    fn spans_point_into_the_text() {
        let text = "\n\n@book{key1,\n  title = {T}\n}";
        let p = parse_text(text);
        let e = &p.entries[0];
        assert_eq!(
            &text[e.span.start..e.span.end],
            "@book{key1,\n  title = {T}\n}"
        );
        assert_eq!(&text[e.key_span.start..e.key_span.end], "key1");
        assert_eq!(
            &text[e.fields[0].value_span.start..e.fields[0].value_span.end],
            "{T}"
        );
    }

    #[test]
    fn never_panics_on_odd_input() {
        for text in [
            "@",
            "@{",
            "@article",
            "@article{",
            "@article{a",
            "@article{a,",
            "@article{a, t=",
            "@article{a, t={",
            "@string{",
            "}}}{{{",
            "@article(a, t=\")\")",
            "@x{a,=}",
            "é@é{é,é=é}",
        ] {
            let _ = parse_text(text);
        }
    }
}
