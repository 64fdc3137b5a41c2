//! TeX in field values to plain text: accents (`{\"o}` → ö), special letters (`\ss`), escaped
//! characters, dashes and ties; braces and unknown commands dropped, their arguments kept.

use unicode_normalization::UnicodeNormalization;

/// The combining mark an accent command puts on the next letter.
fn accent(c: char) -> Option<char> {
    Some(match c {
        '\'' => '\u{301}',
        '`' => '\u{300}',
        '^' => '\u{302}',
        '"' => '\u{308}',
        '~' => '\u{303}',
        '=' => '\u{304}',
        '.' => '\u{307}',
        'u' => '\u{306}',
        'v' => '\u{30C}',
        'H' => '\u{30B}',
        'c' => '\u{327}',
        'k' => '\u{328}',
        'r' => '\u{30A}',
        'd' => '\u{323}',
        'b' => '\u{331}',
        _ => return None,
    })
}

/// Letters written as a command (`\ss`, `\o`).
fn letter(name: &str) -> Option<&'static str> {
    Some(match name {
        "ss" => "ß",
        "o" => "ø",
        "O" => "Ø",
        "ae" => "æ",
        "AE" => "Æ",
        "oe" => "œ",
        "OE" => "Œ",
        "aa" => "å",
        "AA" => "Å",
        "l" => "ł",
        "L" => "Ł",
        "i" => "ı",
        "j" => "ȷ",
        "dh" => "ð",
        "DH" => "Ð",
        "th" => "þ",
        "TH" => "Þ",
        "textendash" => "–",
        "textemdash" => "—",
        "S" => "§",
        "P" => "¶",
        "LaTeX" => "LaTeX",
        "TeX" => "TeX",
        _ => return None,
    })
}

/// White space runs as one space, ends trimmed.
pub fn collapse_whitespace(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for word in text.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// Plain text of a TeX value, white space collapsed.
pub fn detex(value: &str) -> String {
    // Most values are plain text: no TeX to undo.
    if !value.contains(['\\', '{', '}', '~', '$', '-']) {
        return collapse_whitespace(value);
    }
    let chars: Vec<char> = value.chars().collect();
    let mut marked = false;
    let mut out = String::with_capacity(value.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        match c {
            '\\' => {
                let Some(&next) = chars.get(i + 1) else { break };
                if next.is_ascii_alphabetic() {
                    let start = i + 1;
                    let mut end = start;
                    while end < chars.len() && chars[end].is_ascii_alphabetic() {
                        end += 1;
                    }
                    let name: String = chars[start..end].iter().collect();
                    // A one-letter accent command (\c{c}, \v s) takes the next letter.
                    if name.len() == 1
                        && accent(next).is_some()
                        && !matches!(chars.get(end), Some(c) if c.is_ascii_alphabetic())
                    {
                        marked = true;
                        i = apply_accent(&chars, end, next, &mut out);
                        continue;
                    }
                    if let Some(l) = letter(&name) {
                        out.push_str(l);
                    }
                    i = end;
                    // The space after a command word only ends it.
                    while chars.get(i) == Some(&' ') && letter(&name).is_some() {
                        i += 1;
                    }
                } else if accent(next).is_some() && !next.is_ascii_alphabetic() {
                    marked = true;
                    i = apply_accent(&chars, i + 2, next, &mut out);
                } else {
                    // \& \% \$ \# \_ \{ \} and "\ " (a control space).
                    out.push(next);
                    i += 2;
                }
            }
            '{' | '}' | '$' => i += 1,
            '~' => {
                out.push(' ');
                i += 1;
            }
            '-' if chars.get(i + 1) == Some(&'-') => {
                if chars.get(i + 2) == Some(&'-') {
                    out.push('—');
                    i += 3;
                } else {
                    out.push('–');
                    i += 2;
                }
            }
            _ => {
                out.push(c);
                i += 1;
            }
        }
    }
    let collapsed = collapse_whitespace(&out);
    // Accents were added as combining marks: compose them ("o" + U+0308 → "ö").
    if marked {
        collapsed.nfc().collect()
    } else {
        collapsed
    }
}

/// Put the accent on the letter at `i` (bare, `{x}`, or `\i`); return where reading goes on.
fn apply_accent(chars: &[char], mut i: usize, command: char, out: &mut String) -> usize {
    while chars.get(i) == Some(&' ') {
        i += 1;
    }
    let braced = chars.get(i) == Some(&'{');
    if braced {
        i += 1;
    }
    let base = match chars.get(i) {
        Some('\\') if matches!(chars.get(i + 1), Some('i')) => {
            i += 2;
            Some('i')
        }
        Some('\\') if matches!(chars.get(i + 1), Some('j')) => {
            i += 2;
            Some('j')
        }
        Some(&c) if c != '}' => {
            i += 1;
            Some(c)
        }
        _ => None,
    };
    if let (Some(base), Some(mark)) = (base, accent(command)) {
        out.push(base);
        out.push(mark);
    }
    if braced && chars.get(i) == Some(&'}') {
        i += 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accents_letters_and_escapes() {
        assert_eq!(detex(r#"M{\"u}ller and G\"odel"#), "Müller and Gödel");
        assert_eq!(
            detex(r"Fran\c{c}ois \v{S}koda {\'E}cole \'{\i}"),
            "François Škoda École í"
        );
        assert_eq!(
            detex(r#"Stra{\ss}e \o{} \AA ngstr\"om"#),
            "Straße ø Ångström"
        );
        assert_eq!(detex(r"R\&D 50\% \$5 snake\_case"), "R&D 50% $5 snake_case");
    }

    #[test]
    fn braces_commands_dashes_ties() {
        assert_eq!(
            detex(r"The {RNA} World: \emph{in vitro}"),
            "The RNA World: in vitro"
        );
        assert_eq!(detex("pp.~10--12 and a---b"), "pp. 10–12 and a—b");
        assert_eq!(detex("  spread\n  over   lines "), "spread over lines");
        assert_eq!(detex(r"$\alpha$-helix"), "-helix");
    }

    #[test]
    fn odd_input_does_not_panic() {
        for s in ["\\", "\\'", "{\\\"", "\\c{", "\\v{}", "é\\é"] {
            let _ = detex(s);
        }
    }
}
