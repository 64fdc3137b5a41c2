//! [`INITIALS`](super::INITIALS) on ASCII text without the regex engine: initials are
//! tested a dozen times a reference, and most are ASCII.

/// Does the ASCII `t` match [`INITIALS`](super::INITIALS)? The same answer, one alternative
/// at a time: "A. B.", "J.-P." (stops, each with a blank, a hyphen and a blank after it);
/// "D.I.E" (the last stop trimmed); "JA"; "J-P", "H.-P"; "Th."; "L.-w.".
pub(super) fn ascii_initials(t: &[u8]) -> bool {
    let upper = |i: usize| t.get(i).is_some_and(u8::is_ascii_uppercase);
    let at = |i: usize, b: u8| t.get(i) == Some(&b);
    stops(t)
        || closing_capital(t)
        || (1..=3).contains(&t.len()) && t.iter().all(u8::is_ascii_uppercase)
        || hyphened(t)
        || matches!(
            t,
            b"Th." | b"Ch." | b"Ph." | b"Wm." | b"St." | b"Kh." | b"Sh." | b"Ts."
        )
        || t.len() == 5
            && upper(0)
            && at(1, b'.')
            && at(2, b'-')
            && t[3].is_ascii_lowercase()
            && at(4, b'.')
        || t.len() == 4 && upper(0) && at(1, b'.') && at(2, b'-') && upper(3)
}

/// One to five capitals each with its stop, then an optional blank, hyphen and blank.
fn stops(t: &[u8]) -> bool {
    let blank = |b: u8| b.is_ascii_whitespace() || b == 0x0b;
    let mut i = 0;
    for _ in 0..5 {
        if !(t.get(i).is_some_and(u8::is_ascii_uppercase) && t.get(i + 1) == Some(&b'.')) {
            return false;
        }
        i += 2;
        if t.get(i).is_some_and(|&b| blank(b)) {
            i += 1;
        }
        if t.get(i) == Some(&b'-') {
            i += 1;
        }
        if t.get(i).is_some_and(|&b| blank(b)) {
            i += 1;
        }
        if i == t.len() {
            return true;
        }
    }
    false
}

/// One to four capitals each with its stop, then a capital: "D.I.E".
fn closing_capital(t: &[u8]) -> bool {
    t.len() <= 9 && capitals_between(t, b'.')
}

/// A capital, one to three hyphened capitals, an optional stop: "J-P", "H-P-L.".
fn hyphened(t: &[u8]) -> bool {
    let body = t.strip_suffix(b".").unwrap_or(t);
    body.len() <= 7 && capitals_between(body, b'-')
}

/// Two capitals or more with `mark` between each two: "D.I.E", "J-P".
fn capitals_between(t: &[u8], mark: u8) -> bool {
    t.len() >= 3
        && t.len() % 2 == 1
        && t.iter().enumerate().all(|(i, &b)| {
            if i % 2 == 0 {
                b.is_ascii_uppercase()
            } else {
                b == mark
            }
        })
}

#[cfg(test)]
mod tests {
    use super::ascii_initials;

    /// Every string of up to six characters from a small alphabet (capitals, a lower-case
    /// letter, stop, hyphen, blanks): the same answer as the regex.
    #[test]
    fn ascii_initials_answer_as_the_regex_does() {
        let alphabet = [b'A', b'T', b'h', b'.', b'-', b' ', b'\t', b'\x0b', b'\x0c'];
        let mut word = Vec::new();
        let mut checked = 0;
        fn each(word: &mut Vec<u8>, alphabet: &[u8], left: usize, checked: &mut usize) {
            let text = std::str::from_utf8(word).expect("ASCII");
            assert_eq!(
                ascii_initials(word),
                super::super::INITIALS.is_match(text),
                "{text:?}"
            );
            *checked += 1;
            if left == 0 {
                return;
            }
            for &b in alphabet {
                word.push(b);
                each(word, alphabet, left - 1, checked);
                word.pop();
            }
        }
        each(&mut word, &alphabet, 6, &mut checked);
        assert!(checked > 500_000);
        for text in [
            "J.",
            "J.-P.",
            "A. B.",
            "D.I.E",
            "JA",
            "J-P",
            "H.-P",
            "Th.",
            "L.-w.",
            "Wm.",
            "A.B.C.D.E",
            "A. - B.",
            "ABCD",
            "Jo.",
        ] {
            assert_eq!(
                ascii_initials(text.as_bytes()),
                super::super::INITIALS.is_match(text),
                "{text:?}"
            );
        }
    }
}
