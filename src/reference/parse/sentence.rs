//! Where a sentence of an entry ends (not after initials or abbreviations), and a quoted
//! stretch at the start of a text.

use crate::reference::words::is_abbreviation;

/// Split at the first sentence end: ". ", "? ", "! " (not after initials or abbreviations).
/// The question or exclamation mark stays with the first part.
pub(super) fn split_sentence(s: &str) -> (&str, &str) {
    let bytes = s.as_bytes();
    for (i, c) in s.char_indices() {
        if !matches!(c, '.' | '?' | '!') {
            continue;
        }
        // What follows: optional closing quotes/emphasis, then space or end.
        let mut j = i + 1;
        while j < bytes.len() && matches!(bytes[j], b'"' | b'*' | b'\'' | b')') {
            j += 1;
        }
        let rest = &s[j..];
        let rest = rest
            .strip_prefix('”')
            .or_else(|| rest.strip_prefix('’'))
            .unwrap_or(rest);
        let next_is_space = rest.is_empty() || rest.starts_with(char::is_whitespace);
        if !next_is_space {
            continue;
        }
        // Inside a short group: "(5. Ed.)", "(Vol. 3)".
        if let Some(open) = s[..i].rfind('(') {
            if !s[open..i].contains(')') && rest.find(')').is_some_and(|p| p < 30) {
                continue;
            }
        }
        if c == '.' {
            let word_start = s[..i]
                .rfind(|ch: char| ch.is_whitespace() || ch == '(')
                .map_or(0, |p| p + 1);
            let word = s[word_start..i].trim_matches(|ch: char| ch == '*' || ch == '"');
            let lw = word.to_ascii_lowercase();
            let after_group = s[..i].ends_with([')', ']']);
            let single_letter = word.chars().count() == 1 && word.chars().all(char::is_uppercase);
            let dotted = word.contains('.')
                && word.len() <= 6
                && word.chars().filter(|c| c.is_alphabetic()).count() <= 4;
            let next_word = rest.split_whitespace().next().unwrap_or("");
            // "arXiv", "netLibrary" (a capital inside) and "in Kahneman" start a new sentence.
            let mixed_case = next_word.chars().skip(1).any(char::is_uppercase);
            let in_names = matches!(next_word, "in" | "in:")
                && rest
                    .split_whitespace()
                    .nth(1)
                    .is_some_and(|w| w.chars().next().is_some_and(char::is_uppercase));
            // "Title. ser. Springer Series", "Title. vol. 2": a labelled field follows.
            let label_follows = next_word.ends_with('.')
                && matches!(
                    next_word.trim_end_matches('.'),
                    "ser" | "vol" | "vols" | "pp" | "no" | "trans" | "tr" | "repr"
                );
            let next_lower = next_word.chars().next().is_some_and(char::is_lowercase)
                && !next_word.trim_end_matches('.').contains('.')
                && !mixed_case
                && !in_names
                && !label_follows;
            if !after_group
                && (single_letter
                    || dotted
                    || is_abbreviation(&lw)
                    || next_lower
                    || german_ordinal(&s[..word_start], word))
            {
                continue;
            }
        }
        let end = if c == '.' { i } else { i + c.len_utf8() };
        let after_start = (s.len() - rest.len()).min(s.len());
        let (first, mut second) = (&s[..end], &s[after_start..]);
        // Keep the closing emphasis marker/quote with the first part (cleaned by `field`).
        if second.is_empty() && end < s.len() {
            second = "";
        }
        return (first, second);
    }
    (s, "")
}

/// Is `number` (the word before a full stop) a German ordinal, after a preposition or article
/// ("im 21. Jahrhundert", "am 10. Juli 1991", "zum 60. Geburtstag", "des 19. Jahrhunderts")?
/// `before` is the text up to it.
fn german_ordinal(before: &str, number: &str) -> bool {
    const BEFORE_ORDINALS: &[&str] = &[
        "am", "beim", "bis", "das", "dem", "den", "der", "des", "die", "im", "seit", "vom", "zum",
        "zur",
    ];
    (1..=3).contains(&number.len())
        && number.bytes().all(|b| b.is_ascii_digit())
        && before
            .trim_end()
            .rsplit(' ')
            .next()
            .is_some_and(|w| BEFORE_ORDINALS.contains(&w))
}

/// Where the first of `chars` (three lead bytes at most between them) stands in `s`: the
/// bytes that open them found by `memchr`, where the search over a list of chars steps through
/// every character of the text.
fn find_any(s: &str, chars: &[char]) -> Option<usize> {
    let mut leads = [0u8; 3];
    let mut n = 0;
    for c in chars {
        let lead = c.encode_utf8(&mut [0u8; 4]).as_bytes()[0];
        if !leads[..n].contains(&lead) {
            if n == leads.len() {
                return s.find(chars);
            }
            leads[n] = lead;
            n += 1;
        }
    }
    let hay = s.as_bytes();
    // A lead byte never stands inside a character: each hit is a character's start.
    let hit = |&i: &usize| chars.iter().any(|&c| s[i..].starts_with(c));
    match n {
        0 => None,
        1 => memchr::memchr_iter(leads[0], hay).find(hit),
        2 => memchr::memchr2_iter(leads[0], leads[1], hay).find(hit),
        _ => memchr::memchr3_iter(leads[0], leads[1], leads[2], hay).find(hit),
    }
}

/// A title in quotes at the start of `s`: (inner text, text after the closing quote).
pub(super) fn quoted_prefix(s: &str) -> Option<(&str, &str)> {
    if let Some(body) = s.strip_prefix("``") {
        let at = body.find("''").or_else(|| body.find('"'))?;
        let close = if body[at..].starts_with("''") { 2 } else { 1 };
        return Some((&body[..at], &body[at + close..]));
    }
    let open = s.chars().next()?;
    let closers: &[char] = match open {
        '“' => &['”', '“', '"'],
        '"' => &['"', '”'],
        '«' => &['»'],
        // German and Swiss-German print's outward guillemets: »Titel«, ›Titel‹.
        '»' => &['«'],
        '„' => &['“', '”', '"'],
        '‘' => &['’'],
        '‹' => &['›'],
        '›' => &['‹'],
        '\'' => &['\''],
        _ => return None,
    };
    let body = &s[open.len_utf8()..];
    // Quotes inside the title ("‘... the ‘Arab Spring’: ...’", "« La « société civile » ... »").
    let nests = matches!(open, '‘' | '«' | '»');
    let mut search_from = 0;
    while let Some(pos) = find_any(&body[search_from..], closers) {
        let at = search_from + pos;
        let close_len = body[at..].chars().next().map_or(1, char::len_utf8);
        let after = &body[at + close_len..];
        if nests {
            let opened = body[..at].matches(open).count();
            let closed = body[..at].matches(closers).count();
            if opened > closed {
                search_from = at + close_len;
                continue;
            }
        }
        // A single-quote apostrophe inside a word does not close.
        if matches!(open, '\'' | '‘') && after.chars().next().is_some_and(char::is_alphanumeric) {
            search_from = at + close_len;
            continue;
        }
        // Nor one before a quote or a lower-case word ("‘Achilles’ keuze: over l 488-9’,",
        // "‘L’«Alexandre» d’Albéric ...’,") where a later one closes before a mark.
        if open == '‘' && apostrophe_before(after) && closes_later(after) {
            search_from = at + close_len;
            continue;
        }
        // German guillemets quote words inside a title as well as the title ("»Du bist
        // Kapitalismus« oder die Widersprüche ..."): the quote is the title's only where a
        // mark or the end follows it.
        if matches!(open, '»' | '›') {
            let next = after.trim_start();
            if !(next.is_empty() || next.starts_with([',', '.', ':', ';', ')', '('])) {
                return None;
            }
        }
        return Some((&body[..at], after));
    }
    None
}

/// Does `after`, the text after a single quote inside a quoted title, go on as the title's
/// words would after an apostrophe: a quote mark, or a lower-case word that is not a book's
/// "in"?
fn apostrophe_before(after: &str) -> bool {
    if after.starts_with(['«', '"', '“', '‘']) {
        return true;
    }
    let Some(rest) = after.strip_prefix(' ') else {
        return false;
    };
    let word = rest.split(' ').next().unwrap_or_default();
    word.starts_with(char::is_lowercase) && !matches!(word, "in" | "in:" | "en" | "dans" | "im")
}

/// Is there a closing single quote in `s` before a mark or the end ("’,", "’.", "’")?
fn closes_later(s: &str) -> bool {
    s.match_indices('’').any(|(i, q)| {
        let next = s[i + q.len()..].chars().next();
        next.is_none_or(|c| matches!(c, ',' | '.' | ';' | ':' | ')' | ' '))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn any_of_several_quotes_is_found_where_the_list_search_finds_it() {
        let texts = [
            "Tides”, 2001",
            "Tides\", 2001”",
            "na\u{ef}ve “x” end",
            "none here",
            "»a« ‹b›",
        ];
        let lists: [&[char]; 5] = [
            &['”', '“', '"'],
            &['"', '”'],
            &['’'],
            &['«', '‹', '»', '›'],
            // Four lead bytes: the list search itself.
            &['a', 'x', '"', '”'],
        ];
        for text in texts {
            for chars in lists {
                assert_eq!(
                    super::find_any(text, chars),
                    text.find(chars),
                    "{text} {chars:?}"
                );
            }
        }
    }

    #[test]
    fn sentence_ends() {
        let cases = [
            (
                "Title of work. Journal, 3.",
                ("Title of work", " Journal, 3."),
            ),
            (
                "Why now? New York: Norton.",
                ("Why now?", " New York: Norton."),
            ),
            // Not inside a short group, after an abbreviation or before a lower-case word.
            (
                "Title (5. Ed.). São Paulo.",
                ("Title (5. Ed.)", " São Paulo."),
            ),
            (
                "Bias in U.S. courts. Law Review.",
                ("Bias in U.S. courts", " Law Review."),
            ),
            ("Title. in the wild.", ("Title. in the wild", "")),
            // German ordinals after a preposition or article; a volume's number ends one.
            (
                "Häfen im 19. Jahrhundert. Eine Studie.",
                ("Häfen im 19. Jahrhundert", " Eine Studie."),
            ),
            (
                "Anhörung am 17. Oktober 2011. Berlin.",
                ("Anhörung am 17. Oktober 2011", " Berlin."),
            ),
            (
                "Gezeiten, Band 3. Stuttgart.",
                ("Gezeiten, Band 3", " Stuttgart."),
            ),
            // A labelled field, a capital inside a word, or "in" before a name: a new sentence.
            ("Title. vol. 2.", ("Title", " vol. 2.")),
            ("Title. arXiv preprint.", ("Title", " arXiv preprint.")),
            (
                "Title. in Kahneman (ed.).",
                ("Title", " in Kahneman (ed.)."),
            ),
            ("A. B. Smith", ("A. B. Smith", "")),
        ];
        for (text, parts) in cases {
            assert_eq!(split_sentence(text), parts, "{text}");
        }
    }

    #[test]
    fn quoted_starts() {
        let cases = [
            ("“Title,” Journal", Some(("Title,", " Journal"))),
            ("\"Title\" rest", Some(("Title", " rest"))),
            ("``Title'' rest", Some(("Title", " rest"))),
            (
                "‘The ‘Arab Spring’: x’ rest",
                Some(("The ‘Arab Spring’: x", " rest")),
            ),
            ("« La « société » x » y", Some((" La « société » x ", " y"))),
            ("'Tis here' x", Some(("Tis here", " x"))),
            ("»Arbeit und »Sinn««, x", Some(("Arbeit und »Sinn«", ", x"))),
            ("›Titel‹, in", Some(("Titel", ", in"))),
            ("»Du bist Kapitalismus« oder die Widersprüche", None),
            // An apostrophe before a lower-case word or a quote, a later quote closing.
            (
                "‘Achilles’ keuze: over l 488-9’, in",
                Some(("Achilles’ keuze: over l 488-9", ", in")),
            ),
            (
                "‘L’«Alexandre» d’Albéric’, in",
                Some(("L’«Alexandre» d’Albéric", ", in")),
            ),
            // Not before a book's "in", nor with no later close.
            (
                "‘Tides’ in Harbours’, x",
                Some(("Tides", " in Harbours’, x")),
            ),
            ("‘Tides’ of the sea", Some(("Tides", " of the sea"))),
            ("Plain", None),
        ];
        for (text, parts) in cases {
            assert_eq!(quoted_prefix(text), parts, "{text}");
        }
    }
}
