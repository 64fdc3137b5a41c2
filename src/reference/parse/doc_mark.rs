//! China's GB/T 7714 marks the kind of document after its title: "Rivers of sand[J]. Nature,
//! 2001", "Book title[M]. Beijing: Science Press, 2010", "A paper[C]//Proceedings of ...",
//! "Thesis title[D]", "Report[R/OL]". The mark is no part of the title; it names the entry's
//! type, and "//" after it opens the work the piece is in.

use super::re;
use crate::reference::EntryType;
use regex::Regex;
use std::sync::LazyLock;

/// A mark after a word, then "//", a punctuation mark or the end ("The [C] ring" is a title's).
static MARK: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?:\s?)\[(?P<k>J|N|M|C|A|D|R|EB|S|P|Z|DB|CP|G|DS|CM)(?:/(?:OL|CD|MT|DK))?\]\s*(?:(?P<in>//)|(?P<after>[.,:;]|$))",
        "MARK",
    )
});

/// The text without its document mark (the "//" after it written ". In: "), and the type the
/// mark names; `None` where there is no mark.
pub(super) fn take(text: &str) -> Option<(String, EntryType)> {
    // Most references hold no "[" followed by a capital and a "]" within four bytes.
    let b = text.as_bytes();
    let near = memchr::memchr_iter(b'[', b).any(|i| {
        b.get(i + 1).is_some_and(u8::is_ascii_uppercase)
            && b[i + 2..(i + 6).min(b.len())].contains(&b']')
    });
    if !near {
        return None;
    }
    let caps = MARK.captures(text)?;
    let all = caps.get(0)?;
    // After a word: a title's last letter, digit or closing bracket or quote.
    if !text[..all.start()]
        .chars()
        .next_back()
        .is_some_and(|c| c.is_alphanumeric() || matches!(c, ')' | '"' | '”' | '’' | '?' | '!'))
    {
        return None;
    }
    let within = caps.name("in").is_some();
    let kind = match &caps["k"] {
        "J" | "N" => EntryType::Article,
        "M" if within => EntryType::InCollection,
        "M" => EntryType::Book,
        "C" => EntryType::InProceedings,
        "A" => EntryType::InCollection,
        "D" => EntryType::Thesis,
        "R" => EntryType::Report,
        "EB" => EntryType::Online,
        _ => EntryType::Misc,
    };
    let after = caps.name("after").map_or("", |m| m.as_str());
    let rest = &text[all.end()..];
    // "[D].University of South Carolina": the stop is a sentence's end, set off.
    let glued = !after.is_empty() && rest.starts_with(|c: char| !c.is_whitespace());
    let joint = if within {
        ". In: ".to_string()
    } else if glued {
        format!("{after} ")
    } else {
        after.to_string()
    };
    let mut out = String::with_capacity(text.len() + 4);
    out.push_str(&text[..all.start()]);
    out.push_str(&joint);
    out.push_str(rest);
    Some((out, kind))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn marks_go_and_name_the_type() {
        let cases = [
            (
                "SMITH J A. Rivers of sand[J]. Nature, 2001, 410: 12-18.",
                "SMITH J A. Rivers of sand. Nature, 2001, 410: 12-18.",
                EntryType::Article,
            ),
            (
                "WANG W. Tidal flats[M]. 2nd ed. Beijing: Science Press, 2010.",
                "WANG W. Tidal flats. 2nd ed. Beijing: Science Press, 2010.",
                EntryType::Book,
            ),
            (
                "LIU X. A river model[C]//Proceedings of the Conference on Water. 2018: 1-9.",
                "LIU X. A river model. In: Proceedings of the Conference on Water. 2018: 1-9.",
                EntryType::InProceedings,
            ),
            (
                "CHEN Y. Salt marshes[D]. Nanjing: Hohai University, 2015.",
                "CHEN Y. Salt marshes. Nanjing: Hohai University, 2015.",
                EntryType::Thesis,
            ),
            (
                "Sun Y. Motivation to play[D].University of South Carolina. 2017.",
                "Sun Y. Motivation to play. University of South Carolina. 2017.",
                EntryType::Thesis,
            ),
            (
                "WHO. Global report on water [R/OL]. Geneva: WHO, 2016.",
                "WHO. Global report on water. Geneva: WHO, 2016.",
                EntryType::Report,
            ),
        ];
        for (text, without, kind) in cases {
            assert_eq!(take(text), Some((without.to_string(), kind)), "{text}");
        }
    }

    #[test]
    fn other_brackets_stay() {
        for text in [
            "Smith, J. (2001). Rivers [Film]. Studio.",
            "[12] Smith J. Rivers. Nature, 2001.",
            "Smith, J. The [C] ring. Journal, 2001.",
            "Smith J. Rivers. Nature 2001;[A]:12.",
        ] {
            assert_eq!(take(text), None, "{text}");
        }
    }
}
