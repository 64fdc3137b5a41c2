//! The language a work is written in, as the entry notes it in brackets ("[in Russian]",
//! "(in Japanese with English abstract)", "[ inRussian ]" in PDF text): BibLaTeX's `language`.
//! Closing the entry, the note is no part of the imprint or pages before it; inside the entry
//! it stays in the text, as AnyStyle's references keep it in the title it follows.

use crate::reference::Reference;

/// Languages an entry names, as English writes them, and BibLaTeX's key for each.
const LANGUAGES: &[(&str, &str)] = &[
    ("Arabic", "arabic"),
    ("Bulgarian", "bulgarian"),
    ("Catalan", "catalan"),
    ("Chinese", "chinese"),
    ("Croatian", "croatian"),
    ("Czech", "czech"),
    ("Danish", "danish"),
    ("Dutch", "dutch"),
    ("English", "english"),
    ("Finnish", "finnish"),
    ("French", "french"),
    ("German", "german"),
    ("Greek", "greek"),
    ("Hebrew", "hebrew"),
    ("Hungarian", "hungarian"),
    ("Italian", "italian"),
    ("Japanese", "japanese"),
    ("Korean", "korean"),
    ("Latin", "latin"),
    ("Norwegian", "norwegian"),
    ("Persian", "persian"),
    ("Polish", "polish"),
    ("Portuguese", "portuguese"),
    ("Romanian", "romanian"),
    ("Russian", "russian"),
    ("Serbian", "serbian"),
    ("Slovak", "slovak"),
    ("Slovenian", "slovene"),
    ("Spanish", "spanish"),
    ("Swedish", "swedish"),
    ("Turkish", "turkish"),
    ("Ukrainian", "ukrainian"),
];

/// The longest note taken, brackets included ("(in Russian with English summary)").
const MAX_NOTE: usize = 64;

/// Read the first language note in brackets of `text` into `r.language`; the text without it
/// when it closes the entry, or None.
pub(super) fn take_language(r: &mut Reference, text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let (start, end, key) = memchr::memchr2_iter(b'[', b'(', bytes).find_map(|open| {
        let close = if bytes[open] == b'[' { b']' } else { b')' };
        let inside = text[open + 1..].trim_start();
        let rest = inside
            .strip_prefix("in")
            .or_else(|| inside.strip_prefix("In"))?
            .trim_start();
        // The language alone, or with a note on the abstract after "with", a comma or a
        // semicolon ("in Korean with English abstract"; not "In English and French version").
        let (_, key) = LANGUAGES.iter().find(|(name, _)| {
            rest.strip_prefix(name).is_some_and(|after| {
                let after = after.trim_start();
                after.starts_with([')', ']', ',', ';']) || after.starts_with("with ")
            })
        })?;
        // Bytes, not characters: the limit may fall inside a letter ("(in Russian, é...").
        let note = &bytes[open..(open + MAX_NOTE).min(bytes.len())];
        let end = open + memchr::memchr(close, note)? + 1;
        // No bracket of the other kind inside ("(in Russian [1976])").
        let body = &text[open + 1..end - 1];
        (!body.contains(['(', ')', '[', ']'])).then_some((open, end, *key))
    })?;
    r.language = Some(key.into());
    // A note inside the entry stays where it is (AnyStyle's references keep "(in Russian)"
    // in the title it follows); one closing the entry goes.
    let after = &text[end..];
    if after.contains(|c: char| c.is_alphanumeric()) {
        return None;
    }
    Some(format!("{}{after}", text[..start].trim_end()))
}

#[cfg(test)]
mod tests {
    use super::take_language;
    use crate::reference::{parse, Reference};

    #[test]
    fn a_language_note_in_brackets() {
        for (text, kept, key) in [
            (
                "Okafor, Tides (Nauka, Moscow, 2005) [in Russian].",
                "Okafor, Tides (Nauka, Moscow, 2005).",
                "russian",
            ),
            (
                "Okafor, Tides, Nauka, Moscow, 1976 [ inRussian ].",
                "Okafor, Tides, Nauka, Moscow, 1976.",
                "russian",
            ),
            (
                "Okafor, A. (1999). Tides. Harbour 3, 1-9 (in Japanese with English abstract).",
                "Okafor, A. (1999). Tides. Harbour 3, 1-9.",
                "japanese",
            ),
        ] {
            let mut r = Reference::default();
            assert_eq!(take_language(&mut r, text).as_deref(), Some(kept), "{text}");
            assert_eq!(r.language.as_deref(), Some(key), "{text}");
        }
        // A note longer than the limit, letters of two bytes at it: none, and no panic.
        let mut r = Reference::default();
        let text = format!("Okafor, Tides (in Russian, {}) 1999.", "é".repeat(40));
        assert_eq!(take_language(&mut r, &text), None);
        assert_eq!(r.language, None);
        // Inside the entry: the language read, the text kept.
        let mut r = Reference::default();
        let text = "Okafor, A. (1999). Tides (in German). Harbour 3, 1-9.";
        assert_eq!(take_language(&mut r, text), None);
        assert_eq!(r.language.as_deref(), Some("german"));
        // A title about a language, or words after "in" that name none: no note.
        for text in [
            "Okafor, Essays in Russian History (Harbour, 1999).",
            "Okafor, Tides (in Rivers and Seas), Harbour, 1999.",
            "Okafor, Tides (Russian edition), Harbour, 1999.",
            "Okafor, Tides, Harbour 9, 1987, 5-9. [In English and French version. h.]",
        ] {
            let mut r = Reference::default();
            assert_eq!(take_language(&mut r, text), None, "{text}");
            assert_eq!(r.language, None);
        }
    }

    #[test]
    fn the_note_leaves_the_imprint_whole() {
        let r =
            parse("D. K. Okafor, Computer Simulation of Tides (Nauka, Moscow, 2005) [in Russian].");
        assert_eq!(r.language.as_deref(), Some("russian"));
        assert_eq!(r.title.as_deref(), Some("Computer Simulation of Tides"));
        assert_eq!(r.publisher.as_deref(), Some("Nauka"));
        assert_eq!(r.location.as_deref(), Some("Moscow"));
    }
}
