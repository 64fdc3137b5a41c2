//! The words of a reference and what the model sees of each: hashed features of the word, its
//! shape, its punctuation, where it stands, and its neighbours.
//!
//! A feature is a template number and a value, hashed (FNV-1a, the same on every platform) into
//! one of `2^bits` buckets; collisions are rare enough at 2^18 buckets not to cost accuracy and
//! spare the model a feature dictionary.

use crate::reference::words;
use std::ops::Range;

/// The words of `text`: its whitespace-separated runs, as byte ranges.
pub fn tokens(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        match (c.is_whitespace(), start) {
            (true, Some(s)) => {
                out.push(s..i);
                start = None;
            }
            (false, None) => start = Some(i),
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push(s..text.len());
    }
    out
}

const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;

/// An FNV-1a hasher over a template number and the bytes of a value.
struct Hash(u64);

impl Hash {
    fn new(template: u8) -> Self {
        let mut h = Hash(FNV_OFFSET);
        h.byte(template);
        h
    }
    fn byte(&mut self, b: u8) {
        self.0 = (self.0 ^ u64::from(b)).wrapping_mul(FNV_PRIME);
    }
    fn bytes(mut self, bs: &[u8]) -> Self {
        for &b in bs {
            self.byte(b);
        }
        self
    }
    fn lower(mut self, s: &str) -> Self {
        for c in s.chars().flat_map(char::to_lowercase) {
            let mut buf = [0u8; 4];
            for &b in c.encode_utf8(&mut buf).as_bytes() {
                self.byte(b);
            }
        }
        self
    }
    fn bucket(self, bits: u8) -> u32 {
        // Fold the high bits in: FNV's low bits alone mix poorly for short inputs.
        let folded = self.0 ^ (self.0 >> 29) ^ (self.0 >> 47);
        (folded & ((1u64 << bits) - 1)) as u32
    }
}

/// What is known of one word before features are drawn from it and its neighbours.
struct Word<'t> {
    /// The word without punctuation at either end ("Soc" of "Soc.,").
    core: &'t str,
    /// Letters as `A`/`a`, digits as `9`, other characters as themselves, runs collapsed, at
    /// most 8 bytes ("Xx." for "Soc.", "9-9" for "12-18").
    shape: [u8; 8],
    shape_len: usize,
    first: u8,
    last: u8,
    /// Flags: year-like, all digits, digit range, initial(s), all capitals, month, city,
    /// title-start word, organisation word, name glue, abbreviation.
    flags: u16,
}

const YEAR: u16 = 1;
const DIGITS: u16 = 1 << 1;
const RANGE: u16 = 1 << 2;
const INITIAL: u16 = 1 << 3;
const CAPS: u16 = 1 << 4;
const MONTH: u16 = 1 << 5;
const CITY: u16 = 1 << 6;
const TITLE_START: u16 = 1 << 7;
const ORG: u16 = 1 << 8;
const GLUE: u16 = 1 << 9;
const ABBREV: u16 = 1 << 10;
const CAPITAL: u16 = 1 << 11;
const FLAG_COUNT: u8 = 12;

const MONTHS: &[&str] = &[
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "january", "february", "march", "april", "june", "july", "august", "september", "october",
    "november", "december", "spring", "summer", "autumn", "fall", "winter",
];

fn is_month(core: &str) -> bool {
    core.len() <= 9 && MONTHS.iter().any(|m| m.eq_ignore_ascii_case(core))
}

impl<'t> Word<'t> {
    fn new(token: &'t str) -> Self {
        let core = token.trim_matches(|c: char| !c.is_alphanumeric());
        let mut shape = [0u8; 8];
        let mut shape_len = 0;
        for c in token.chars() {
            let s = if c.is_uppercase() {
                b'A'
            } else if c.is_alphabetic() {
                b'a'
            } else if c.is_ascii_digit() {
                b'9'
            } else if c.is_ascii() {
                c as u8
            } else {
                b'~'
            };
            if shape_len > 0 && shape[shape_len - 1] == s {
                continue;
            }
            if shape_len == shape.len() {
                break;
            }
            shape[shape_len] = s;
            shape_len += 1;
        }
        let first = token.bytes().next().filter(|b| !b.is_ascii_alphanumeric());
        let last = token.bytes().last().filter(|b| !b.is_ascii_alphanumeric());
        let digits = core.bytes().filter(u8::is_ascii_digit).count();
        let letters = core.chars().filter(|c| c.is_alphabetic()).count();
        let mut flags = 0;
        let year_like = |s: &str| {
            s.len() == 4
                && s.bytes().all(|b| b.is_ascii_digit())
                && (s.starts_with("1") && s >= "1500" || s.starts_with("20"))
        };
        if core
            .split(|c: char| !c.is_ascii_digit())
            .any(|run| year_like(run))
        {
            flags |= YEAR;
        }
        if !core.is_empty() && digits == core.len() {
            flags |= DIGITS;
        }
        if digits > 0
            && core.contains(['-', '–', '—'])
            && core.chars().next().is_some_and(|c| c.is_alphanumeric())
        {
            flags |= RANGE;
        }
        let upper = core.chars().filter(|c| c.is_uppercase()).count();
        if letters > 0 && letters <= 3 && upper == letters && digits == 0 {
            flags |= INITIAL;
        }
        if letters >= 4 && upper == letters {
            flags |= CAPS;
        }
        if core.chars().next().is_some_and(char::is_uppercase) {
            flags |= CAPITAL;
        }
        if is_month(core) {
            flags |= MONTH;
        }
        if words::is_city(core) {
            flags |= CITY;
        }
        if core.len() <= 8 && core.is_ascii() {
            let mut buf = [0u8; 8];
            for (slot, b) in buf.iter_mut().zip(core.bytes()) {
                *slot = b.to_ascii_lowercase();
            }
            if let Ok(lower) = std::str::from_utf8(&buf[..core.len()]) {
                if words::is_title_start(lower) {
                    flags |= TITLE_START;
                }
                if words::is_abbreviation(lower) {
                    flags |= ABBREV;
                }
            }
        }
        if words::is_organisation_word(core) {
            flags |= ORG;
        }
        if words::is_name_glue(core) {
            flags |= GLUE;
        }
        Word {
            core,
            shape,
            shape_len,
            first: first.unwrap_or(0),
            last: last.unwrap_or(0),
            flags,
        }
    }

    fn shape(&self) -> &[u8] {
        &self.shape[..self.shape_len]
    }
}

/// Template numbers; each feature's hash starts with one.
mod t {
    pub const BIAS: u8 = 0;
    pub const WORD: u8 = 1;
    pub const SHAPE: u8 = 2;
    pub const PREFIX: u8 = 3;
    pub const SUFFIX: u8 = 4;
    pub const PUNCT: u8 = 5;
    pub const FLAG: u8 = 6;
    pub const POSITION: u8 = 7;
    pub const STATE: u8 = 8;
    pub const PREV_WORD: u8 = 9;
    pub const NEXT_WORD: u8 = 10;
    pub const PREV_SHAPE: u8 = 11;
    pub const NEXT_SHAPE: u8 = 12;
    pub const PREV_PUNCT: u8 = 13;
    pub const PREV2_WORD: u8 = 14;
    pub const NEXT2_WORD: u8 = 15;
    pub const AFTER_YEAR: u8 = 16;
    pub const WORD_PUNCT: u8 = 17;
    pub const SHAPE_POSITION: u8 = 18;
    pub const NEXT_PUNCT: u8 = 19;
    pub const PREV_FLAG: u8 = 20;
    pub const NEXT_FLAG: u8 = 21;
}

/// The features of every token of `text` (`tokens` from [`tokens`]), as bucket numbers in
/// `0..2^bits`: `out[i]` for token `i`.
pub fn features(text: &str, tokens: &[Range<usize>], bits: u8) -> Vec<Vec<u32>> {
    let words: Vec<Word<'_>> = tokens.iter().map(|r| Word::new(&text[r.clone()])).collect();
    let n = words.len();
    let mut out = Vec::with_capacity(n);
    let mut paren = 0u8;
    let mut quote = false;
    let mut seen_year = false;
    let mut commas_since_year = 0u8;
    for (i, w) in words.iter().enumerate() {
        let token = &text[tokens[i].clone()];
        let mut f = Vec::with_capacity(40);
        let mut push = |h: Hash| f.push(h.bucket(bits));
        push(Hash::new(t::BIAS));
        push(Hash::new(t::WORD).lower(w.core));
        push(Hash::new(t::SHAPE).bytes(w.shape()));
        let mut chars = w.core.char_indices();
        if let Some((end, _)) = chars.nth(3) {
            push(Hash::new(t::PREFIX).lower(&w.core[..end]));
        }
        let lead = w.core.char_indices().rev().nth(2).map(|(s, _)| s);
        if let Some(start) = lead {
            push(Hash::new(t::SUFFIX).lower(&w.core[start..]));
        }
        push(Hash::new(t::PUNCT).bytes(&[w.first, w.last]));
        push(Hash::new(t::WORD_PUNCT).lower(w.core).bytes(&[w.last]));
        for flag in 0..FLAG_COUNT {
            if w.flags & (1 << flag) != 0 {
                push(Hash::new(t::FLAG).bytes(&[flag]));
            }
        }
        let position = (i * 8 / n.max(1)) as u8;
        push(Hash::new(t::POSITION).bytes(&[position, u8::from(i == 0), u8::from(i + 1 == n)]));
        push(
            Hash::new(t::SHAPE_POSITION)
                .bytes(w.shape())
                .bytes(&[position]),
        );
        // Inside parentheses or quotes, as the text before this word left them.
        let opens_quote = token.starts_with(['"', '“', '«', '‘']);
        push(Hash::new(t::STATE).bytes(&[paren.min(2), u8::from(quote || opens_quote)]));
        push(Hash::new(t::AFTER_YEAR).bytes(&[u8::from(seen_year), commas_since_year.min(4)]));
        match i.checked_sub(1).map(|p| &words[p]) {
            Some(p) => {
                push(Hash::new(t::PREV_WORD).lower(p.core));
                push(Hash::new(t::PREV_SHAPE).bytes(p.shape()));
                push(Hash::new(t::PREV_PUNCT).bytes(&[p.last, w.first]));
                push(Hash::new(t::PREV_FLAG).bytes(&(p.flags & 0xff).to_le_bytes()));
            }
            None => push(Hash::new(t::PREV_WORD).bytes(b"^")),
        }
        match words.get(i + 1) {
            Some(nx) => {
                push(Hash::new(t::NEXT_WORD).lower(nx.core));
                push(Hash::new(t::NEXT_SHAPE).bytes(nx.shape()));
                push(Hash::new(t::NEXT_PUNCT).bytes(&[w.last, nx.first]));
                push(Hash::new(t::NEXT_FLAG).bytes(&(nx.flags & 0xff).to_le_bytes()));
            }
            None => push(Hash::new(t::NEXT_WORD).bytes(b"$")),
        }
        if i >= 2 {
            push(Hash::new(t::PREV2_WORD).lower(words[i - 2].core));
        }
        if let Some(nx) = words.get(i + 2) {
            push(Hash::new(t::NEXT2_WORD).lower(nx.core));
        }
        out.push(f);
        for c in token.chars() {
            match c {
                '(' | '[' => paren = paren.saturating_add(1),
                ')' | ']' => paren = paren.saturating_sub(1),
                '"' => quote = !quote,
                '“' | '«' => quote = true,
                '”' | '»' => quote = false,
                _ => {}
            }
        }
        if w.flags & YEAR != 0 {
            seen_year = true;
            commas_since_year = 0;
        } else if seen_year && w.last == b',' {
            commas_since_year = commas_since_year.saturating_add(1);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_whitespace_runs() {
        let text = " Smith, J.  (2020).\tTitle ";
        let words: Vec<&str> = tokens(text).into_iter().map(|r| &text[r]).collect();
        assert_eq!(words, ["Smith,", "J.", "(2020).", "Title"]);
        assert!(tokens("   ").is_empty());
    }

    #[test]
    fn words_are_classed() {
        let w = Word::new("(2007),");
        assert_eq!(w.core, "2007");
        assert_eq!(w.shape(), b"(9),");
        assert_eq!(w.flags & (YEAR | DIGITS), YEAR | DIGITS);
        let w = Word::new("J.-P.");
        assert_eq!(w.flags & INITIAL, INITIAL);
        let w = Word::new("1761–1800).");
        assert_eq!(w.flags & (RANGE | YEAR), RANGE | YEAR);
        let w = Word::new("Paris:");
        assert_eq!(w.flags & CITY, CITY);
        assert_eq!(w.last, b':');
    }

    #[test]
    fn features_are_deterministic_and_in_range() {
        let text = "Smith, J. (2020). A title. Nature, 5, 1–2.";
        let toks = tokens(text);
        let a = features(text, &toks, 12);
        let b = features(text, &toks, 12);
        assert_eq!(a, b);
        assert_eq!(a.len(), toks.len());
        assert!(a.iter().flatten().all(|&f| f < 1 << 12));
        // The same word in another place shares its word feature, not its context.
        let word = Hash::new(t::WORD).lower("title").bucket(12);
        assert!(a[4].contains(&word));
    }
}
