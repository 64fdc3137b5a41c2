//! A note closing the entry that names the year the work was first published ("First
//! published 1990.", "[Orig. pub. 1990.]", "Originally published in 1925."): no field's words.
//! Left in, the rules and the model read it into the publisher before it ("Wiley. [Orig. pub",
//! "First published").

use super::re;
use regex::Regex;
use std::sync::LazyLock;

/// `text` without a first-publication note closing it, or None when it closes with none.
pub(super) fn take(text: &str) -> Option<String> {
    // The note closes the text: only its last bytes are searched, first for the notes'
    // words (most entries hold none), by finders built once ("str::contains" sets its search
    // up at every call).
    let mut from = text.len().saturating_sub(64);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    static WORDS: LazyLock<[memchr::memmem::Finder<'static>; 2]> = LazyLock::new(|| {
        [
            memchr::memmem::Finder::new("ublished"),
            memchr::memmem::Finder::new("pub."),
        ]
    });
    let tail = &text.as_bytes()[from..];
    if !WORDS.iter().any(|w| w.find(tail).is_some()) {
        return None;
    }
    let m = FIRST_PUBLISHED.find(&text[from..])?;
    let kept = text[..from + m.start()].trim_end();
    (!kept.is_empty()).then(|| kept.to_string())
}

/// The note, in brackets or not, with its year, closing the text.
static FIRST_PUBLISHED: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)[\[(]?\s*(?:first\s+published|originally\s+published|orig\.\s*pub\.)\s+(?:in\s+)?[0-9]{4}\s*\.?\s*[\])]?\s*\.?\s*$",
        "FIRST_PUBLISHED",
    )
});

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_first_publication_note_closing_the_entry_goes() {
        for (text, kept) in [
            (
                "Lund, M. 2012. Harbours. New York: Tide Press. [Orig. pub. 1990.]",
                "Lund, M. 2012. Harbours. New York: Tide Press.",
            ),
            (
                "Lund, M. 2012. Harbours. New York: Tide Press. First published 1990.",
                "Lund, M. 2012. Harbours. New York: Tide Press.",
            ),
            (
                "Lund, M. Harbours. London: Tide, 1990. Originally published in 1925.",
                "Lund, M. Harbours. London: Tide, 1990.",
            ),
        ] {
            assert_eq!(take(text).as_deref(), Some(kept), "{text}");
        }
        // Not inside the entry, nor a title's words without the year.
        for text in [
            "Lund, M. 2012. First published 1990: a history. London: Tide.",
            "Lund, M. 2012. Harbours first published. London: Tide.",
        ] {
            assert_eq!(take(text), None, "{text}");
        }
        // The whole parser: the publisher is the publisher alone.
        let r = super::super::parse(
            "Lund, M. 2012. Harbour Engineering. New York: Tide Press. First published 1990.",
        );
        assert_eq!(r.publisher.as_deref(), Some("Tide Press"));
        assert_eq!(r.location.as_deref(), Some("New York"));
    }
}
