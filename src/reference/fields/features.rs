//! The words of a reference and what the model sees of each: hashed features of the word, its
//! shape, its punctuation, where it stands, and its neighbours.
//!
//! A feature is a template number and one or two values (a word's letters hashed once by
//! FNV-1a, a shape packed into an integer), mixed into one of `2^bits` buckets the same way on
//! every platform. At 2^14 buckets collisions cost no measurable accuracy (0.917 of held-out
//! words right at 2^14, 2^15 and 2^16 alike) and spare the model a feature dictionary.

use super::lexicon;
use crate::reference::words;
use std::collections::HashMap;
use std::ops::Range;
use std::sync::LazyLock;

/// The words of `text`: its whitespace-separated runs, as byte ranges.
pub fn tokens(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::with_capacity(text.len() / 6 + 1);
    if text.is_ascii() {
        // Byte by byte: ASCII whitespace is all the whitespace an ASCII text has. A word's
        // bytes are skipped with one comparison each (a blank is at most a space).
        let bytes = text.as_bytes();
        let blank = |b: u8| b <= b' ' && (b == b' ' || (b'\t'..=b'\r').contains(&b));
        let mut i = 0;
        while i < bytes.len() {
            if blank(bytes[i]) {
                i += 1;
                continue;
            }
            let start = i;
            while i < bytes.len() && !blank(bytes[i]) {
                i += 1;
            }
            out.push(start..i);
        }
    } else {
        let blanks = text.char_indices().map(|(i, c)| (i, c.is_whitespace()));
        runs_between(blanks, text.len(), &mut out);
    }
    out
}

/// The runs between blanks, given each position and whether it is blank.
fn runs_between(
    positions: impl Iterator<Item = (usize, bool)>,
    len: usize,
    out: &mut Vec<Range<usize>>,
) {
    let mut start = None;
    for (i, blank) in positions {
        match (blank, start) {
            (true, Some(s)) => {
                out.push(s..i);
                start = None;
            }
            (false, None) => start = Some(i),
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push(s..len);
    }
}

const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;

/// An FNV-1a hasher over a template number and the lower-cased letters of a word.
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
    fn lower(mut self, s: &str) -> Self {
        if s.is_ascii() {
            for b in s.bytes() {
                self.byte(b.to_ascii_lowercase());
            }
            return self;
        }
        for c in s.chars().flat_map(char::to_lowercase) {
            let mut buf = [0u8; 4];
            for &b in c.encode_utf8(&mut buf).as_bytes() {
                self.byte(b);
            }
        }
        self
    }
}

/// What is known of one word before features are drawn from it and its neighbours; `core` is
/// the word without punctuation at either end ("Soc" of "Soc.,").
#[derive(Debug, PartialEq)]
struct Word {
    /// Hash of `core` lower-cased, computed once: features of this word and of its
    /// neighbours all use it.
    lower: u64,
    /// Letters as `A`/`a`, digits as `9`, other characters as themselves, runs collapsed, at
    /// most 8 bytes ("Aa." for "Soc.", "9-9" for "12-18"), packed into an integer.
    shape: u64,
    /// Hashes of the first and last three characters, lower-cased, of a core of four or more.
    prefix: Option<u64>,
    suffix: Option<u64>,
    first: u8,
    last: u8,
    /// Flags: year-like, all digits, digit range, initial(s), all capitals, month, city or
    /// region, title-start word, organisation word, name glue, abbreviation, capital initial,
    /// publisher's word, journal word, role word, closing quote.
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
const PUBLISHER: u16 = 1 << 12;
const JOURNAL: u16 = 1 << 13;
const ROLE: u16 = 1 << 14;
/// The word closes a quotation ("Risk.”", "Grasp,\"", "Cases’"): a quoted title ends here.
const CLOSES_QUOTE: u16 = 1 << 15;
/// The flags of [`lexicon`]'s lists and the closing quote, which the neighbours' flag
/// features carry apart from the first eight.
const LATE_FLAGS: u16 = PUBLISHER | JOURNAL | ROLE | CLOSES_QUOTE;
const FLAG_COUNT: u8 = 16;

/// Month abbreviations and seasons; the full month names are [`crate::text::MONTHS`].
const MONTH_SHORT_AND_SEASONS: &[&str] = &[
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "spring", "summer", "autumn", "fall", "winter",
];

/// The flags each listed word sets, by the hash of the word lower-cased: one lookup a word
/// where scanning the lists cost more than the rest of the features together.
static DICTIONARY: LazyLock<HashMap<u64, u16, PassThrough>> = LazyLock::new(|| {
    let mut map: HashMap<u64, u16, PassThrough> = HashMap::default();
    let lists: [(&[&str], u16); 11] = [
        (&crate::text::MONTHS, MONTH),
        (MONTH_SHORT_AND_SEASONS, MONTH),
        (words::CITIES, CITY),
        (lexicon::REGIONS, CITY),
        (lexicon::PUBLISHER_WORDS, PUBLISHER),
        (lexicon::JOURNAL_WORDS, JOURNAL),
        (lexicon::ROLE_WORDS, ROLE),
        (words::TITLE_STARTS, TITLE_START),
        (words::ABBREVIATIONS, ABBREV),
        (words::ORG_WORDS, ORG),
        (words::NAME_GLUE, GLUE),
    ];
    for (list, flag) in lists {
        for word in list {
            *map.entry(Hash::new(0).lower(word).0).or_default() |= flag;
        }
    }
    map
});

/// The dictionary's keys are FNV hashes already: hashing them again (SipHash, the standard
/// map's default) cost more than the lookup.
#[derive(Default, Clone, Copy)]
struct PassThrough;

impl std::hash::BuildHasher for PassThrough {
    type Hasher = PassThroughHasher;
    fn build_hasher(&self) -> PassThroughHasher {
        PassThroughHasher(0)
    }
}

struct PassThroughHasher(u64);

impl std::hash::Hasher for PassThroughHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 ^ u64::from(b)).wrapping_mul(FNV_PRIME);
        }
    }
    fn write_u64(&mut self, v: u64) {
        self.0 = v;
    }
}

/// Does `token` close a quotation: a closing quote at its end, before any full stop, comma,
/// colon, semicolon or bracket ("Risk.”", "(Arieti)\",", "Cases’")?
fn closes_quote(token: &str) -> bool {
    let t = token.trim_end_matches(['.', ',', ';', ':', ')', ']']);
    t.len() > 1 && t.ends_with(['"', '”', '»', '’'])
}

/// Is `s` a year from 1500 to 2099 ("1987", "2021")?
fn year_like(s: &str) -> bool {
    s.len() == 4
        && s.bytes().all(|b| b.is_ascii_digit())
        && (s.starts_with("1") && s >= "1500" || s.starts_with("20"))
}

impl Word {
    fn new(token: &str) -> Self {
        if token.is_ascii() {
            Word::new_ascii(token)
        } else {
            Word::new_unicode(token)
        }
    }

    /// [`Word::new`] for an ASCII word (most words of most references): one pass over its
    /// bytes where the general path walks its characters several times. The same [`Word`].
    fn new_ascii(token: &str) -> Self {
        let bytes = token.as_bytes();
        let start = bytes.iter().position(u8::is_ascii_alphanumeric);
        let end = bytes.iter().rposition(u8::is_ascii_alphanumeric);
        let core = match (start, end) {
            (Some(s), Some(e)) => &token[s..=e],
            _ => "",
        };
        let mut shape = Shape::default();
        for &b in bytes {
            let s = if b.is_ascii_uppercase() {
                b'A'
            } else if b.is_ascii_lowercase() {
                b'a'
            } else if b.is_ascii_digit() {
                b'9'
            } else {
                b
            };
            if !shape.push(s) {
                break;
            }
        }
        let (mut digits, mut letters, mut upper) = (0usize, 0usize, 0usize);
        for b in core.bytes() {
            digits += usize::from(b.is_ascii_digit());
            letters += usize::from(b.is_ascii_alphabetic());
            upper += usize::from(b.is_ascii_uppercase());
        }
        let mut flags = 0;
        if digits >= 4 && core.split(|c: char| !c.is_ascii_digit()).any(year_like) {
            flags |= YEAR;
        }
        if !core.is_empty() && digits == core.len() {
            flags |= DIGITS;
        }
        if digits > 0 && core.contains('-') {
            flags |= RANGE;
        }
        if letters > 0 && letters <= 3 && upper == letters && digits == 0 {
            flags |= INITIAL;
        }
        if letters >= 4 && upper == letters {
            flags |= CAPS;
        }
        if core.bytes().next().is_some_and(|b| b.is_ascii_uppercase()) {
            flags |= CAPITAL;
        }
        // [`closes_quote`] on bytes: an ASCII word's only closing quote is '"'.
        let unpunctuated = bytes
            .iter()
            .rposition(|b| !matches!(b, b'.' | b',' | b';' | b':' | b')' | b']'));
        if unpunctuated.is_some_and(|i| i >= 1 && bytes[i] == b'"') {
            flags |= CLOSES_QUOTE;
        }
        let lower = Hash::new(0).lower(core).0;
        flags |= DICTIONARY.get(&lower).copied().unwrap_or(0);
        let long = core.len() >= 4;
        let first = bytes.first().filter(|b| !b.is_ascii_alphanumeric());
        let last = bytes.last().filter(|b| !b.is_ascii_alphanumeric());
        Word {
            lower,
            shape: shape.packed(),
            prefix: long.then(|| Hash::new(1).lower(&core[..3]).0),
            suffix: long.then(|| Hash::new(2).lower(&core[core.len() - 3..]).0),
            first: first.copied().unwrap_or(0),
            last: last.copied().unwrap_or(0),
            flags,
        }
    }

    fn new_unicode(token: &str) -> Self {
        let core = token.trim_matches(|c: char| !c.is_alphanumeric());
        let mut shape = Shape::default();
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
            if !shape.push(s) {
                break;
            }
        }
        let first = token.bytes().next().filter(|b| !b.is_ascii_alphanumeric());
        let last = token.bytes().last().filter(|b| !b.is_ascii_alphanumeric());
        let digits = core.bytes().filter(u8::is_ascii_digit).count();
        let letters = core.chars().filter(|c| c.is_alphabetic()).count();
        let mut flags = 0;
        if core.split(|c: char| !c.is_ascii_digit()).any(year_like) {
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
        if closes_quote(token) {
            flags |= CLOSES_QUOTE;
        }
        let lower = Hash::new(0).lower(core).0;
        flags |= DICTIONARY.get(&lower).copied().unwrap_or(0);
        let prefix = core
            .char_indices()
            .nth(3)
            .map(|(end, _)| Hash::new(1).lower(&core[..end]).0);
        let suffix = core
            .char_indices()
            .rev()
            .nth(2)
            .filter(|_| core.chars().nth(3).is_some())
            .map(|(start, _)| Hash::new(2).lower(&core[start..]).0);
        Word {
            lower,
            shape: shape.packed(),
            prefix,
            suffix,
            first: first.unwrap_or(0),
            last: last.unwrap_or(0),
            flags,
        }
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
    pub const SENTENCE: u8 = 22;
    pub const BIGRAM: u8 = 23;
    pub const SENTENCE_SHAPE: u8 = 24;
    pub const AFTER_QUOTE: u8 = 25;
    pub const ROLE_AHEAD: u8 = 26;
    pub const PREV_LATE_FLAG: u8 = 27;
    pub const NEXT_LATE_FLAG: u8 = 28;
}

/// The bucket of feature `template` with values `a` and `b`: two rounds of multiply and
/// xor-shift (a few cycles, where hashing bytes one at a time cost the parser a tenth of its
/// time).
fn key(template: u8, a: u64, b: u64, bits: u8) -> u32 {
    let mut h = (a ^ u64::from(template).wrapping_mul(0x9E37_79B9_7F4A_7C15))
        .wrapping_mul(0xBF58_476D_1CE4_E5B9);
    h ^= b.rotate_left(31) ^ (h >> 31);
    h = h.wrapping_mul(0x94D0_49BB_1331_11EB);
    h ^= h >> 29;
    (h & ((1u64 << bits) - 1)) as u32
}

/// The features of every token of `text` (`tokens` from [`tokens`]), as bucket numbers in
/// `0..2^bits`: `out[i]` for token `i`.
pub fn features(text: &str, tokens: &[Range<usize>], bits: u8) -> Vec<Vec<u32>> {
    let mut out = Vec::with_capacity(tokens.len());
    each_token(text, tokens, bits, |_, buckets| out.push(buckets.to_vec()));
    out
}

/// Most features a word has: 29 templates, the flag template once per flag.
pub const MAX_FEATURES: usize = 29 + FLAG_COUNT as usize;

/// How far ahead a role word is looked for ("J. H. Flavell & E. M. Markman (eds.)").
const ROLE_REACH: usize = 8;

/// Call `emit(i, buckets)` with the features of each token `i` of `text`, in token order: the
/// parser adds up one word's weights from a list on the stack, with no lists kept.
pub fn each_token(
    text: &str,
    tokens: &[Range<usize>],
    bits: u8,
    mut emit: impl FnMut(usize, &[u32]),
) {
    let words: Vec<Word> = tokens.iter().map(|r| Word::new(&text[r.clone()])).collect();
    let n = words.len();
    // For each word, how many words ahead the next role word stands (0: none within reach).
    let mut role_ahead = vec![0u8; n];
    let mut next_role: Option<usize> = None;
    for i in (0..n).rev() {
        if let Some(j) = next_role.filter(|&j| j - i <= ROLE_REACH) {
            role_ahead[i] = (j - i) as u8;
        }
        if words[i].flags & ROLE != 0 {
            next_role = Some(i);
        }
    }
    let mut paren = 0u8;
    let mut quote = false;
    let mut quote_closed = false;
    let mut seen_year = false;
    let mut commas_since_year = 0u8;
    // Sentences ended before this word: a full stop after a word that is no initial or
    // abbreviation.
    let mut sentences = 0u8;
    for (i, w) in words.iter().enumerate() {
        let token = &text[tokens[i].clone()];
        let mut buckets = [0u32; MAX_FEATURES];
        let mut count = 0;
        let mut push = |template: u8, a: u64, b: u64| {
            if let Some(slot) = buckets.get_mut(count) {
                *slot = key(template, a, b, bits);
                count += 1;
            }
        };
        let small = |bytes: &[u8]| bytes.iter().fold(0u64, |acc, &x| acc << 8 | u64::from(x));
        push(t::BIAS, 0, 0);
        push(t::WORD, w.lower, 0);
        push(t::SHAPE, w.shape, 0);
        if let Some(prefix) = w.prefix {
            push(t::PREFIX, prefix, 0);
        }
        if let Some(suffix) = w.suffix {
            push(t::SUFFIX, suffix, 0);
        }
        push(t::PUNCT, small(&[w.first, w.last]), 0);
        push(t::WORD_PUNCT, w.lower, u64::from(w.last));
        for flag in 0..FLAG_COUNT {
            if w.flags & (1 << flag) != 0 {
                push(t::FLAG, u64::from(flag), 0);
            }
        }
        let position = (i * 8 / n.max(1)) as u8;
        push(
            t::POSITION,
            small(&[position, u8::from(i == 0), u8::from(i + 1 == n)]),
            0,
        );
        push(t::SHAPE_POSITION, w.shape, u64::from(position));
        // Inside parentheses or quotes, as the text before this word left them.
        let opens_quote = token.starts_with(['"', '“', '«', '‘']);
        push(
            t::STATE,
            small(&[
                paren.min(2),
                u8::from(quote || opens_quote),
                u8::from(quote_closed),
            ]),
            0,
        );
        if role_ahead[i] > 0 {
            push(t::ROLE_AHEAD, u64::from(role_ahead[i].min(5)), 0);
        }
        let new_sentence = i > 0 && {
            let p = &words[i - 1];
            p.last == b'.' && p.flags & (INITIAL | ABBREV) == 0
        };
        push(
            t::SENTENCE,
            small(&[sentences.min(5), u8::from(new_sentence)]),
            0,
        );
        push(
            t::SENTENCE_SHAPE,
            small(&[sentences.min(5), u8::from(seen_year)]),
            w.shape,
        );
        push(
            t::AFTER_YEAR,
            small(&[u8::from(seen_year), commas_since_year.min(4)]),
            0,
        );
        match i.checked_sub(1).map(|p| &words[p]) {
            Some(p) => {
                push(t::PREV_WORD, p.lower, 0);
                push(t::BIGRAM, p.lower, w.lower);
                push(t::PREV_SHAPE, p.shape, 0);
                push(t::PREV_PUNCT, small(&[p.last, w.first]), 0);
                push(t::PREV_FLAG, u64::from(p.flags & 0xff), 0);
                if p.flags & LATE_FLAGS != 0 {
                    push(t::PREV_LATE_FLAG, u64::from(p.flags & LATE_FLAGS), 0);
                }
                if p.flags & CLOSES_QUOTE != 0 {
                    push(t::AFTER_QUOTE, w.lower, 0);
                }
            }
            None => push(t::PREV_WORD, 1, 1),
        }
        match words.get(i + 1) {
            Some(nx) => {
                push(t::NEXT_WORD, nx.lower, 0);
                push(t::NEXT_SHAPE, nx.shape, 0);
                push(t::NEXT_PUNCT, small(&[w.last, nx.first]), 0);
                push(t::NEXT_FLAG, u64::from(nx.flags & 0xff), 0);
                if nx.flags & LATE_FLAGS != 0 {
                    push(t::NEXT_LATE_FLAG, u64::from(nx.flags & LATE_FLAGS), 0);
                }
            }
            None => push(t::NEXT_WORD, 1, 1),
        }
        if i >= 2 {
            push(t::PREV2_WORD, words[i - 2].lower, 0);
        }
        if let Some(nx) = words.get(i + 2) {
            push(t::NEXT2_WORD, nx.lower, 0);
        }
        emit(i, &buckets[..count]);
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
        if w.flags & CLOSES_QUOTE != 0 {
            quote_closed = true;
        }
        if w.last == b'.' && w.flags & (INITIAL | ABBREV) == 0 {
            sentences = sentences.saturating_add(1);
        }
        if w.flags & YEAR != 0 {
            seen_year = true;
            commas_since_year = 0;
        } else if seen_year && w.last == b',' {
            commas_since_year = commas_since_year.saturating_add(1);
        }
    }
}

/// A word's shape, up to 8 classes long ("Aa9,"): a class repeating the one before it is not
/// written again.
#[derive(Default)]
struct Shape {
    classes: [u8; 8],
    len: usize,
}

impl Shape {
    /// Add class `c`; false once the shape is full.
    #[inline]
    fn push(&mut self, c: u8) -> bool {
        if self.len > 0 && self.classes[self.len - 1] == c {
            return true;
        }
        if self.len == self.classes.len() {
            return false;
        }
        self.classes[self.len] = c;
        self.len += 1;
        true
    }

    fn packed(&self) -> u64 {
        u64::from_le_bytes(self.classes)
    }
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
        assert_eq!(w.shape, u64::from_le_bytes(*b"(9),\0\0\0\0"));
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
    fn ascii_words_are_read_as_the_general_path_reads_them() {
        let words = [
            "(2007),",
            "J.-P.",
            "1761-1800).",
            "Paris:",
            "Soc.,",
            "ApJ,",
            "\"Winds",
            "change.\"",
            "pp.",
            "101-118.",
            "[13]",
            "NASA",
            "IEEE/ACM",
            "a",
            "",
            "...",
            "12(3):45-67",
            "https://doi.org/10.1000/x",
            "McGraw-Hill,",
            "O'Brien,",
            "Vol.",
            "2nd",
            "1499",
            "2099",
            "19th-century",
            "ABCD1",
            "x-",
            "-9",
            "Spring",
            "Gallimard,",
            "\"",
            "\".",
            "Grasp,\"",
            "(Arieti)\",",
            "x\"),",
            "a\"b",
            ".,;:)]",
        ];
        for w in words {
            assert_eq!(Word::new_ascii(w), Word::new_unicode(w), "{w:?}");
        }
    }

    #[test]
    fn ascii_tokens_are_read_as_the_general_path_reads_them() {
        let text = "Smith,\tJ.\x0b(2020).\r\n A  title.\x0c";
        let general: Vec<Range<usize>> = {
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
            out.extend(start.map(|s| s..text.len()));
            out
        };
        assert_eq!(tokens(text), general);
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
        let word = key(t::WORD, Word::new("title.").lower, 0, 12);
        assert!(a[4].contains(&word));
    }
}
