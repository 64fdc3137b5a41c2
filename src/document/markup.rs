//! Converter markup blanked, offsets kept: what PDF converters (marker, docling, MinerU, olmOCR)
//! wrap around prose, so that the citation finders read the words a reader sees.
//!
//! Every change replaces markup bytes by spaces (line ends stay), so each offset into the
//! masked text is an offset into the original file. Two changes write other bytes, also in
//! place: superscripts (`<sup>4</sup>`, `\(^{4}\)`, `$^{4}$`, `\textsuperscript{4}`) keep
//! [`SUP_OPEN`] and [`SUP_CLOSE`] where their delimiters were, and a word a converter split over
//! two adjacent links (`[Lep](#p)[ikhin et al.](#p)`) is written whole from the first link's
//! text on, so a span starts where the user sees the citation start.

use regex::Regex;
use std::borrow::Cow;
use std::sync::LazyLock;

/// Written where a superscript opens (the first byte of its opening delimiter).
pub const SUP_OPEN: char = '\u{2}';
/// Written where a superscript closes (the last byte of its closing delimiter).
pub const SUP_CLOSE: char = '\u{3}';

/// HTML comments (`<!-- image -->`), over lines too.
static COMMENT: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?s)<!--.*?-->").expect("COMMENT is a valid regex"));

/// Markdown images `![alt](src)`: nothing of them is prose.
static IMAGE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"!\[[^\[\]\n]*\]\([^()\n]*\)").expect("IMAGE is a valid regex"));

/// Superscripts as converters write them (HTML, LaTeX, Pandoc's `^3-5^`); `b*` is what is
/// raised.
static SUPERSCRIPT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?x)
          (?P<o1><sup(?:\s[^<>\n]{0,100})?>) (?P<b1>[^<>\n]{1,80}) (?P<c1></sup>)
        | (?P<o5>\^) (?P<b5>\d[\d,–\-]{0,40}) (?P<c5>\^)
        | (?P<o2>\\\(\s*(?:\{\}\s*)?\^\s*\{?) (?P<b2>[^{}()$\\\n]{1,40}?) (?P<c2>\}?\s*\\\))
        | (?P<o3>\$\s*(?:\{\}\s*)?\^\s*\{?) (?P<b3>[^{}()$\\\n]{1,40}?) (?P<c3>\}?\s*\$)
        | (?P<o4>\\textsuperscript\{) (?P<b4>[^{}\n]{1,40}) (?P<c4>\})",
    )
    .expect("SUPERSCRIPT is a valid regex")
});

/// HTML tags (`<span id="page-3-1">`, `</span>`, `<a ...>`, `<sub>`, `<br/>`).
static TAG: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"</?[A-Za-z][A-Za-z0-9]{0,15}(?:\s[^<>\n]{0,300})?/?>")
        .expect("TAG is a valid regex")
});

/// A Markdown link `[text](target)`; the text may hold escapes and one level of brackets.
static LINK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\[(?P<text>(?:\\.|[^\[\]\\\n]|\[[^\[\]\n]*\])*)\]\((?P<target>[^()\s]*)\)")
        .expect("LINK is a valid regex")
});

/// Display math `$$ ... $$` (at most a few lines), LaTeX display math as OCR converters write
/// it (`\[` and `\]` each alone on its line; `\begin{align*} ... \end{align*}` and the like,
/// where "[1] & \quad" numbers the rows of a grammar; the `*` may already be blanked as
/// emphasis), and LaTeX spacing and tag commands. A
/// `\[` inside a line is marker's escaped bracket ("\[7\]"), no math.
static MATH: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?xs)
          \$\$.{0,2000}?\$\$
        | (?m:^)[\ \t]*\\\[[\ \t]*\n.{0,3000}?\n[\ \t]*\\\][\ \t]*(?m:$)
        | \\begin\{(?:align|equation|eqnarray|gather|multline|array|split|cases|aligned)[*\ ]?\}
          .{0,3000}?\\end\{(?:align|equation|eqnarray|gather|multline|array|split|cases|aligned)[*\ ]?\}
        | \\(?:qquad|quad|hspace\*?\{[^{}\n]{0,20}\}|tag\*?\{[^{}\n]{0,20}\}|[,;!])",
    )
    .expect("MATH is a valid regex")
});

/// Inline math `\( x \)`, in a text where some such pair holds `\`, `^`, `_`, `{` or `=`
/// (marker writes `\(2014\)` for an escaped "(2014)"). Dollar math is paired by
/// [`dollar_math`].
static INLINE_MATH: LazyLock<Regex> = LazyLock::new(|| {
    // No `\(` inside: an escaped "(" left open ("Wei et al. \(2014)") pairs with no later `\)`.
    Regex::new(r"\\\((?P<m>(?:[^\n\\]|\\[^(\n]){0,300}?)\\\)")
        .expect("INLINE_MATH is a valid regex")
});

/// A year in a parenthesised text, as a citation holds one.
static YEAR_INSIDE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:^|[\s,(])(?:1[5-9]|20)[0-9]{2}[a-z]?(?:$|[\s,;)])")
        .expect("YEAR_INSIDE is a valid regex")
});

/// A Markdown escape: the backslash goes, the character stays.
static ESCAPE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\\[\[\]()_*#&%.!+\-]").expect("ESCAPE is a valid regex"));

/// Blank converter markup in `text`, keeping every offset; borrowed when there is none.
pub fn mask_markup(text: &str) -> Cow<'_, str> {
    let may_have = text.contains(['<', '[', '\\', '$', '*']);
    if !may_have {
        return Cow::Borrowed(text);
    }
    let mut bytes = text.as_bytes().to_vec();
    blank_matches(&COMMENT, text, &mut bytes);
    blank_matches(&IMAGE, text, &mut bytes);
    emphasis(&mut bytes);
    superscripts(&mut bytes);
    let after = current(&bytes);
    blank_matches(&TAG, &after, &mut bytes);
    links(&mut bytes);
    let after = current(&bytes);
    blank_matches(&MATH, &after, &mut bytes);
    // `\(` opens math in a text where one pair holds math (olmOCR), an escaped "(" elsewhere
    // (marker writes `\(2014\)`).
    let holds_math = |m: Option<regex::Match<'_>>| {
        m.is_some_and(|m| m.as_str().contains(['\\', '^', '_', '{', '=']))
    };
    let parens_are_math = INLINE_MATH
        .captures_iter(&after)
        .any(|caps| holds_math(caps.name("m")));
    if parens_are_math {
        // Except a citation written with escaped parentheses: "\(Jia, 2013\)", "\(2014\)".
        for caps in INLINE_MATH.captures_iter(&after) {
            let (Some(m), Some(inner)) = (caps.get(0), caps.name("m")) else {
                continue;
            };
            if holds_math(Some(inner)) || !YEAR_INSIDE.is_match(inner.as_str()) {
                blank(&mut bytes, m.start(), m.end());
            }
        }
    }
    dollar_math(&mut bytes);
    let after = current(&bytes);
    for m in ESCAPE.find_iter(&after) {
        bytes[m.start()] = b' ';
    }
    if bytes == text.as_bytes() {
        return Cow::Borrowed(text);
    }
    Cow::Owned(current(&bytes))
}

/// The bytes as text. Only ASCII bytes are ever replaced, and link texts are moved whole, so
/// this is always valid UTF-8.
fn current(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// Blank every byte of every match except line ends.
fn blank_matches(re: &Regex, text: &str, bytes: &mut [u8]) {
    for m in re.find_iter(text) {
        blank(bytes, m.start(), m.end());
    }
}

fn blank(bytes: &mut [u8], start: usize, end: usize) {
    for b in &mut bytes[start..end] {
        if *b != b'\n' && *b != b'\r' {
            *b = b' ';
        }
    }
}

/// Superscript delimiters become [`SUP_OPEN`] and [`SUP_CLOSE`] padded with spaces.
fn superscripts(bytes: &mut [u8]) {
    let text = current(bytes);
    for caps in SUPERSCRIPT.captures_iter(&text) {
        for (open, close) in [
            ("o1", "c1"),
            ("o2", "c2"),
            ("o3", "c3"),
            ("o4", "c4"),
            ("o5", "c5"),
        ] {
            if let (Some(o), Some(c)) = (caps.name(open), caps.name(close)) {
                blank(bytes, o.start(), o.end());
                blank(bytes, c.start(), c.end());
                bytes[o.start()] = SUP_OPEN as u8;
                bytes[c.end() - 1] = SUP_CLOSE as u8;
            }
        }
    }
}

/// Link syntax blanked, link text kept. A link that follows another with nothing between,
/// letter against letter, continues its word: its text is moved left to join it.
fn links(bytes: &mut [u8]) {
    let text = current(bytes);
    // Where the previous link ended, where its (possibly moved) text ended, and its last
    // character.
    let mut previous: Option<(usize, usize, Option<char>)> = None;
    for caps in LINK.captures_iter(&text) {
        let (Some(whole), Some(inner)) = (caps.get(0), caps.name("text")) else {
            continue;
        };
        blank(bytes, whole.start(), whole.end());
        let joined = previous.filter(|&(end, _, last)| {
            end == whole.start()
                && last.is_some_and(char::is_alphabetic)
                && inner
                    .as_str()
                    .chars()
                    .next()
                    .is_some_and(char::is_lowercase)
        });
        let to = joined.map_or(inner.start(), |(_, text_end, _)| text_end);
        bytes[to..to + inner.len()].copy_from_slice(inner.as_str().as_bytes());
        previous = Some((
            whole.end(),
            to + inner.len(),
            inner.as_str().chars().next_back(),
        ));
    }
}

/// Inline `$...$` math blanked: the single dollars of each line paired in order, as TeX pairs
/// them. A pair is two prices instead ("$5 and $10") when the first opens on a digit and the
/// second is followed by one; then the second may open math.
fn dollar_math(bytes: &mut [u8]) {
    let mut open: Option<usize> = None;
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'\n' => open = None,
            b'\\' => i += 1, // an escaped character
            b'$' if bytes.get(i + 1) == Some(&b'$') => {
                open = None;
                i += 1;
            }
            b'$' => match open {
                None => open = Some(i),
                Some(start) => {
                    let prices = bytes[start + 1].is_ascii_digit()
                        && bytes.get(i + 1).is_some_and(u8::is_ascii_digit);
                    if prices {
                        open = Some(i);
                    } else {
                        blank(bytes, start, i + 1);
                        open = None;
                    }
                }
            },
            _ => {}
        }
        i += 1;
    }
}

/// Markdown emphasis (`*word*`, `**word**`) blanked; a `*` inside a word (`STAR*D`) stays.
fn emphasis(bytes: &mut [u8]) {
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] != b'*' || i > 0 && bytes[i - 1] == b'\\' {
            i += 1;
            continue;
        }
        let start = i;
        while i < bytes.len() && bytes[i] == b'*' {
            i += 1;
        }
        let word = |b: Option<&u8>| b.is_some_and(|&b| !b.is_ascii_whitespace() && b != b'*');
        let before = start.checked_sub(1).and_then(|k| bytes.get(k));
        let after = bytes.get(i);
        let letter = |b: Option<&u8>| b.is_some_and(|&b| b.is_ascii_alphanumeric() || b >= 0x80);
        let inside_word = letter(before) && letter(after);
        if (word(before) || word(after)) && !inside_word {
            blank(bytes, start, i);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn masked(text: &str) -> String {
        let out = mask_markup(text).into_owned();
        assert_eq!(out.len(), text.len(), "offsets kept");
        out.replace(SUP_OPEN, "^").replace(SUP_CLOSE, "$")
    }

    fn squashed(text: &str) -> String {
        masked(text)
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    }

    #[test]
    fn plain_text_is_borrowed() {
        assert!(matches!(
            mask_markup("as shown (Chen, 2020) [4]"),
            Cow::Borrowed(_)
        ));
    }

    #[test]
    fn links_keep_their_text() {
        assert_eq!(
            squashed("[(Radford et al.,](#page-37-1) [2018;](#page-37-1)"),
            "(Radford et al., 2018;"
        );
        assert_eq!(squashed("see [\\[20\\]](#page-8-0)."), "see [20 ] .");
        assert_eq!(squashed("Figure [1](#page-1-0) shows"), "Figure 1 shows");
        assert_eq!(
            squashed("[x](https://a.org/b_(c))"),
            "[x](https://a.org/b_(c))"
        );
    }

    #[test]
    fn split_word_is_joined_where_it_starts() {
        let text = "as [Lep](#page-37-2)[ikhin et al.,](#page-37-2) 2020";
        let out = masked(text);
        assert_eq!(out.find("Lepikhin et al.,"), Some(4));
        assert_eq!(squashed(text), "as Lepikhin et al., 2020");
        // Digits and a space between links are not a split word.
        assert_eq!(
            squashed("[\\[1,](#p-1)[12–](#p-2)[15\\]](#p-3)"),
            "[1, 12– 15 ]"
        );
    }

    #[test]
    fn superscripts_are_marked() {
        assert_eq!(
            squashed("trials.\\(^{10,11}\\) Next"),
            "trials.^ 10,11 $ Next"
        );
        assert_eq!(squashed("trials.\\(^2,3\\) Next"), "trials.^ 2,3 $ Next");
        assert_eq!(squashed("risk$^{3-5}$ and"), "risk^ 3-5 $ and");
        assert_eq!(
            squashed("risk\\({}^{1,2}\\) and $ ^ { 4 , 5 } $ x"),
            "risk^ 1,2 $ and ^ 4 , 5 $ x"
        );
        assert_eq!(
            squashed("risk\\textsuperscript{25–27} and"),
            "risk^ 25–27$ and"
        );
        assert_eq!(squashed("risk<sup>4</sup> and"), "risk^ 4 $ and");
        assert_eq!(
            squashed("risk<sup class=\"c\">4</sup> and^2,3^ x^y^"),
            "risk^ 4 $ and^2,3$ x^y^"
        );
    }

    #[test]
    fn tags_escapes_math_and_emphasis() {
        assert_eq!(
            squashed("- <span id=\"page-9-4\"></span>Abadi, M. <!-- image -->"),
            "- Abadi, M."
        );
        assert_eq!(
            squashed("Henkel et al. \\[18\\] apply"),
            "Henkel et al. [18 ] apply"
        );
        assert_eq!(
            squashed("Cho *et al.* (2014b) and **STAR*D**"),
            "Cho et al. (2014b) and STAR*D"
        );
        assert_eq!(squashed("$$ B = x $$ \\hspace{1cm} (1)"), "(1)");
        assert_eq!(squashed("x \\qquad (4)"), "x (4)");
        // LaTeX display math from OCR converters: grammar rows "[1] &" and "[0], [1]" in it
        // are no citations; marker's escaped "\\[7\\]" inside a line is no math.
        assert_eq!(
            squashed("A grammar:\n\\begin{align*}\n[1] & \\quad T ::= S \\\\\n[2] & \\quad S\n\\end{align*}\nas in [3]."),
            "A grammar: as in [3]."
        );
        assert_eq!(
            squashed("Types:\n\\[\n\\{[-1], [0], [1]\\}\n\\]\nSee \\[7\\] and \\[8\\]."),
            "Types: See [7 ] and [8 ]."
        );
        assert_eq!(
            squashed("with $k \\in [1, 10]$ and \\(x_{[2]}\\) for $5"),
            "with and for $5"
        );
        assert_eq!(
            squashed("at $20 \\mathrm{rpm}$. As (Chen, 2002). In $50 \\mu l$ for $5 and $10"),
            "at . As (Chen, 2002). In for $5 and $10"
        );
        assert_eq!(squashed("Cho \\(2014\\)"), "Cho (2014 )");
        assert_eq!(squashed("in \\([1, 12]\\) as \\(x^2\\) [3]"), "in as [3]");
        assert_eq!(squashed("![Figure 2](img.png) text"), "text");
        // An escaped "(" closed by a plain ")" pairs with no later `\)`, so a math-like
        // stretch is not made of it and escaped citations stay.
        assert_eq!(
            squashed("[Wei \\(2014)](#p) and [He \\(2014\\)](#q) as \\(x_1\\)"),
            "Wei (2014) and He (2014 ) as"
        );
    }
}
