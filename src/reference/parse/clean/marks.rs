//! One pass over an entry's bytes that tells [`super::clean`] which of its repairs may apply:
//! each repair looked for its own trigger in a scan of its own (a substring search, a window
//! of bytes), twenty scans of every entry where most entries need none of them.

use super::glued_at;

/// Which of [`super::clean`]'s repairs may apply to a text. Each bit holds wherever the
/// repair's own test does, so a repair whose bit is clear is skipped and one whose bit is set
/// runs its own test as before: the same text comes out either way.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Marks(u32);

/// '<': a tag or an angle-bracketed URL.
pub(super) const ANGLE: u32 = 1;
/// "](": a Markdown link.
pub(super) const LINK: u32 = 1 << 1;
/// A stop glued to a capitalised word, as [`super::unglue_stops`] tests.
pub(super) const GLUED_STOP: u32 = 1 << 2;
/// " ,".
pub(super) const SPACE_COMMA: u32 = 1 << 3;
/// " *".
pub(super) const SPACE_STAR: u32 = 1 << 4;
/// '"', or a byte 0xE2 ('“', '”'), right after a comma, stop, question or exclamation mark.
pub(super) const QUOTE_AFTER_MARK: u32 = 1 << 5;
/// A capital, a stop, then a letter or a non-ASCII byte ("U.Wolff").
pub(super) const GLUED_INITIALS: u32 = 1 << 6;
/// A comma, then a letter or a non-ASCII byte.
pub(super) const GLUED_COMMA: u32 = 1 << 7;
/// A colon between a letter (or a non-ASCII byte) and a capital (or a non-ASCII byte).
pub(super) const GLUED_COLON: u32 = 1 << 8;
/// " :".
pub(super) const SPACE_COLON: u32 = 1 << 9;
/// " .".
pub(super) const SPACE_STOP: u32 = 1 << 10;
/// A comma between a letter or ')' and a digit.
pub(super) const GLUED_NUMBER: u32 = 1 << 11;
/// "( " or " )".
pub(super) const SPACED_BRACKET: u32 = 1 << 12;
/// '\\'.
pub(super) const BACKSLASH: u32 = 1 << 13;
/// '*'.
pub(super) const STAR: u32 = 1 << 14;
/// '_'.
pub(super) const UNDERSCORE: u32 = 1 << 15;
/// A letter's byte, '(' and a digit ("Okafor(2001a)").
pub(super) const GLUED_YEAR: u32 = 1 << 16;
/// Whitespace other than single spaces between words, as [`super::needs_collapse`] tests.
pub(super) const BLANKS: u32 = 1 << 17;
/// A ligature glyph, U+FB00 to U+FB06 (bytes 0xEF 0xAC 0x80 to 0x86): "ﬁ", "ﬂ".
pub(super) const LIGATURE: u32 = 1 << 18;
/// A stop, a space, two capitals and a colon: "Belmont. CA:", a state's code after its city.
pub(super) const STOP_STATE: u32 = 1 << 19;
/// ')' glued to a digit: "(2003)589", a page after its year's bracket in PDF text.
pub(super) const YEAR_THEN_PAGE: u32 = 1 << 20;

/// What a byte is to [`Marks::of`]: nothing of its own (letters, digits and most other
/// bytes, 0), a space (1), or one to look at with its neighbours (2).
const KIND: [u8; 256] = {
    let mut kind = [0u8; 256];
    let looked_at = b".,:()\"\t\n\r\x0b\x0c<]\\*_";
    let mut i = 0;
    while i < looked_at.len() {
        kind[looked_at[i] as usize] = 2;
        i += 1;
    }
    kind[0xC2] = 2;
    kind[0xE1] = 2;
    kind[0xE2] = 2;
    kind[0xE3] = 2;
    kind[0xEF] = 2;
    kind[b' ' as usize] = 1;
    kind
};

/// The marks of a space followed by each byte.
const AFTER_SPACE: [u32; 256] = {
    let mut bits = [0u32; 256];
    bits[b',' as usize] = SPACE_COMMA;
    bits[b'*' as usize] = SPACE_STAR;
    bits[b':' as usize] = SPACE_COLON;
    bits[b'.' as usize] = SPACE_STOP;
    bits[b')' as usize] = SPACED_BRACKET;
    bits[b' ' as usize] = BLANKS;
    bits
};

impl Marks {
    /// The marks of `s`.
    pub(super) fn of(s: &str) -> Marks {
        let b = s.as_bytes();
        let mut marks = 0;
        if b.first() == Some(&b' ') || b.last() == Some(&b' ') {
            marks |= BLANKS;
        }
        for (i, &c) in b.iter().enumerate() {
            // Most bytes set nothing of their own: one load from a table passes them.
            let kind = KIND[usize::from(c)];
            if kind == 0 {
                continue;
            }
            // After the last byte: 0, which no test below takes.
            let q = b.get(i + 1).copied().unwrap_or(0);
            if kind == 1 {
                marks |= AFTER_SPACE[usize::from(q)];
                continue;
            }
            // Before the first byte: 0, as after the last.
            let p = if i > 0 { b[i - 1] } else { 0 };
            let letter_or_wide = |x: u8| x.is_ascii_alphabetic() || x >= 0x80;
            marks |= match c {
                b'.' => {
                    let initials = p.is_ascii_uppercase() && letter_or_wide(q);
                    let stop = i >= 2 && q.is_ascii_uppercase() && glued_at(b, i);
                    let state = q == b' '
                        && b.get(i + 2..i + 5).is_some_and(|w| {
                            w[0].is_ascii_uppercase() && w[1].is_ascii_uppercase() && w[2] == b':'
                        });
                    bit(initials, GLUED_INITIALS) | bit(stop, GLUED_STOP) | bit(state, STOP_STATE)
                }
                b',' => {
                    let number = q.is_ascii_digit() && (p.is_ascii_alphabetic() || p == b')');
                    bit(letter_or_wide(q), GLUED_COMMA) | bit(number, GLUED_NUMBER)
                }
                b':' => bit(
                    letter_or_wide(p) && (q.is_ascii_uppercase() || q >= 0x80),
                    GLUED_COLON,
                ),
                b'(' => {
                    let year = letter_or_wide(p) && q.is_ascii_digit();
                    bit(q == b' ', SPACED_BRACKET) | bit(year, GLUED_YEAR)
                }
                b')' => bit(q.is_ascii_digit(), YEAR_THEN_PAGE),
                b'"' => bit(matches!(p, b',' | b'.' | b'?' | b'!'), QUOTE_AFTER_MARK),
                b'\t' | b'\n' | b'\r' | 0x0b | 0x0c => BLANKS,
                // Lead bytes of the non-ASCII spaces (U+0085, U+00A0, U+1680, U+2000–U+205F,
                // U+3000); 0xE2 also of '“' and '”'.
                0xC2 | 0xE1 | 0xE2 | 0xE3 => {
                    let blank = s[i..].chars().next().is_some_and(char::is_whitespace);
                    let quote = c == 0xE2 && matches!(p, b',' | b'.' | b'?' | b'!');
                    bit(blank, BLANKS) | bit(quote, QUOTE_AFTER_MARK)
                }
                0xEF => bit(
                    q == 0xAC && b.get(i + 2).is_some_and(|&r| (0x80..=0x86).contains(&r)),
                    LIGATURE,
                ),
                b'<' => ANGLE,
                b']' => bit(q == b'(', LINK),
                b'\\' => BACKSLASH,
                b'*' => STAR,
                b'_' => UNDERSCORE,
                _ => 0,
            };
        }
        Marks(marks)
    }

    /// May a repair marked by any of `bits` apply?
    pub(super) fn may(self, bits: u32) -> bool {
        self.0 & bits != 0
    }
}

fn bit(on: bool, bit: u32) -> u32 {
    if on {
        bit
    } else {
        0
    }
}

#[cfg(test)]
mod tests {
    use super::super::{
        city_stop_state, glued_quote, has_glued_colon, has_glued_comma, has_glued_number,
        has_initials_glued_before, needs_collapse, unglue_stops, YEAR_THEN_NUMBER,
    };
    use super::*;

    /// A repair's own test of a text.
    type Test = fn(&str) -> bool;

    /// Each repair's own test, with the bit that must be set wherever it holds.
    fn tests() -> Vec<(u32, Test)> {
        vec![
            (ANGLE, |s| s.contains('<')),
            (LINK, |s| s.contains("](")),
            (GLUED_STOP, |s| unglue_stops(s).is_some()),
            (SPACE_COMMA, |s| s.contains(" ,")),
            (SPACE_STAR, |s| s.contains(" *,") || s.contains(" *;")),
            (QUOTE_AFTER_MARK, |s| {
                s.contains(",\"") || s.contains(",“") || glued_quote(s)
            }),
            (GLUED_INITIALS, has_initials_glued_before),
            (GLUED_COMMA, has_glued_comma),
            (GLUED_COLON, has_glued_colon),
            (SPACE_COLON, |s| s.contains(" :")),
            (SPACE_STOP, |s| s.contains(" .")),
            (GLUED_NUMBER, has_glued_number),
            (SPACED_BRACKET, |s| s.contains("( ") || s.contains(" )")),
            (BACKSLASH, |s| s.contains("\\text") || s.contains("\\emph")),
            (STAR, |s| s.contains("**")),
            (UNDERSCORE, |s| s.contains('_')),
            (GLUED_YEAR, |s| {
                s.as_bytes().windows(3).any(|w| {
                    w[1] == b'('
                        && (w[0].is_ascii_alphabetic() || w[0] >= 0x80)
                        && w[2].is_ascii_digit()
                })
            }),
            (BLANKS, needs_collapse),
            (STOP_STATE, |s| city_stop_state(s).is_some()),
            (YEAR_THEN_PAGE, |s| YEAR_THEN_NUMBER.is_match(s)),
            (LIGATURE, |s| {
                s.contains(|c: char| ('\u{FB00}'..='\u{FB06}').contains(&c))
            }),
        ]
    }

    #[test]
    fn a_repair_whose_test_holds_is_marked() {
        let texts = [
            "Smith, J. (2020). A title. Nature, 5, 1–2.",
            "<a href=\"https://x.org\">x</a> Smith, J.",
            "[Title](https://doi.org/10.1/x) Smith",
            "scattering.Cambridge University Press, pp. 33-45.Springer",
            "Indares, A. , Dunning, G. Lett .113 ,247203",
            "Bao Q *, Zhao Y*; Li X *; ",
            "J. M. Maldacena,\"The large N limit\", elements 117.\"Pure",
            "Smith,“The title” and “Tides?”Nature",
            "U.Wolff, H.Vairinhos,P.de Forcrand, É.Égal",
            "Smith,J., Müller,Ä.",
            "Berlin:Springer, Paris:Éditions, Oxford :Oxford",
            "Phys .Rev, Chicago,1984, (Smith),12",
            "Merida( Mexico )2007",
            "\\textit{Title} and \\emph{x}",
            "**Bold** and *it*",
            "_Title_ snake_case",
            "Okafor(2001a), 정태연(2008), Éa(1999)",
            "  Smith,\tJ.\u{a0}and\u{2003}Lee  ",
            "Smith J\u{3000}Lee\u{85}x\u{1680}y",
            "Smith, J.  Title",
            "",
            " ",
            ".",
            ",",
            "(",
            "A.B",
            "ab.Cde",
            "Klassiﬁkation, 2. Auﬂ., \u{FB00}\u{FB06}",
            "\u{FAFF}\u{FB07}\u{FB1D}",
            "Group dynamics. Belmont. CA: Wadsworth. Research. NY: Harrow. X. CA:",
            "Nucl. Phys. A 714 (2003)589, Phys. Rev.C 61 ( 2000)024318, (12)3",
        ];
        let tests = tests();
        let mut seen = 0;
        for text in texts {
            let marks = Marks::of(text);
            for (bit, test) in &tests {
                if test(text) {
                    assert!(marks.may(*bit), "{text:?}: bit {bit:#x}");
                    seen |= bit;
                }
            }
            assert_eq!(marks.may(BLANKS), needs_collapse(text), "{text:?}");
        }
        // Every repair's test held somewhere above: none of these checks is empty.
        for (bit, _) in &tests {
            assert!(seen & bit != 0, "no text tests bit {bit:#x}");
        }
    }

    #[test]
    fn a_plain_entry_is_marked_for_nothing() {
        let marks =
            Marks::of("Smith, J. (2020). A title. Nature, 5(2), 1–2. https://doi.org/10.1/x");
        assert_eq!(marks, Marks(0));
    }
}
