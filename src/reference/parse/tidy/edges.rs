//! The edges of a value: marks and words a reading left at its start or end ("Berlin(",
//! "Boston -", "..., online unter", "Titel«"), and [`keep`], which trims a field with one.

use super::super::ids::FOREIGN_LINK_LEAD;
use super::super::re;
use crate::text::is_month_word;
use regex::Regex;
use std::sync::LazyLock;

/// `v` without a bracket left open at its end ("Berlin(", "Addison-Wesley Publishing
/// Company(", "Press,(").
pub(super) fn without_open_bracket(v: &str) -> &str {
    if !v.ends_with(['(', '[']) {
        return v;
    }
    v.trim_end_matches(['(', '['])
        .trim_end_matches(|c: char| c.is_whitespace() || matches!(c, ',' | ';' | ':'))
}

/// The words that introduce a link, closing a value ("online unter", "abrufbar unter",
/// "available at", "disponible sur"); the link itself is the entry's URL.
static LINK_LEAD_TAIL: LazyLock<Regex> = LazyLock::new(|| {
    re(
        &format!(
            r"(?i)(?:[,.;:]\s*|\s+)(?:{FOREIGN_LINK_LEAD}|unter|available\s+(?:at|from|online)|retrieved\s+from)\s*:?$"
        ),
        "LINK_LEAD_TAIL",
    )
});

/// `v` without a quote mark at its start or end whose partner it does not hold ("Titel«",
/// "»Titel", "Title”", "\"Title"); a quoted word inside ("»Sinn« und Form") stays.
pub(super) fn without_lone_quotes(v: &str) -> &str {
    let partners = |mark: char| -> &'static [char] {
        match mark {
            '«' => &['»'],
            '»' => &['«'],
            '”' => &['“', '„'],
            '“' | '„' => &['”', '“'],
            _ => &['"'],
        }
    };
    let lone = |body: &str, mark: char| {
        if mark == '"' {
            body.matches('"').count().is_multiple_of(2)
        } else {
            !body.contains(partners(mark))
        }
    };
    let mut v = v;
    if let Some(last) = v.chars().next_back().filter(|c| "«»”\"".contains(*c)) {
        let body = &v[..v.len() - last.len_utf8()];
        if lone(body, last) {
            v = body.trim_end().trim_end_matches([',', ' ']);
        }
    }
    if let Some(first) = v.chars().next().filter(|c| "«»“„\"".contains(*c)) {
        let body = &v[first.len_utf8()..];
        if lone(body, first) {
            v = body.trim_start();
        }
    }
    v
}

/// `v` without the words that introduce a link closing it ([`LINK_LEAD_TAIL`]).
pub(super) fn without_link_lead(v: &str) -> &str {
    if !v.ends_with(|c: char| c.is_alphabetic() || c == ':') {
        return v;
    }
    LINK_LEAD_TAIL
        .find(v)
        .map_or(v, |m| v[..m.start()].trim_end())
}

/// `v` without a dash set off by a space at either end ("Boston -", "– Berlin").
pub(super) fn without_spaced_dash(v: &str) -> &str {
    let dash = ['-', '–', '—'];
    let end = v.trim_end_matches(dash);
    let end = if end.len() < v.len() && end.ends_with(' ') {
        end.trim_end()
    } else {
        v
    };
    let kept = end.trim_start_matches(dash);
    if kept.len() < end.len() && kept.starts_with(' ') {
        kept.trim_start()
    } else {
        end
    }
}

/// An edition's word the place's reading began with, and the marks after it ("A.. Opladen",
/// "Aufl.) Bielefeld", "Auflage, Bern u.a": "14. A.", "(1. Aufl.)", "2. Auflage" before the
/// place, their number read apart).
static EDITION_HEAD: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^(?:[0-9]{1,2}\.\s?)?(?:A\.|(?:Aufl|Auflage|ed|edn|éd)(?:\b|\.))[.)\s,;:–-]*",
        "EDITION_HEAD",
    )
});

/// A place without an edition's word before it ([`EDITION_HEAD`]), when a capital follows.
pub(super) fn without_edition_head(v: &str) -> &str {
    if !v.starts_with(|c: char| c.is_ascii_digit() || matches!(c, 'A' | 'e' | 'é')) {
        return v;
    }
    match EDITION_HEAD.find(v) {
        Some(m) if v[m.end()..].starts_with(char::is_uppercase) => &v[m.end()..],
        _ => v,
    }
}

/// A title or book without an edition's number the model read as its last word, its label
/// left apart ("Coastal structures. 2nd" of "Coastal structures. 2nd edn."): only where the
/// entry's edition was read.
pub(super) fn without_edition_number(v: &str) -> &str {
    let Some((head, last)) = v.rsplit_once(' ') else {
        return v;
    };
    let digits = last.trim_end_matches(|c: char| c.is_ascii_alphabetic() || c == '.');
    let suffix = &last[digits.len()..];
    let ordinal = (1..=2).contains(&digits.len())
        && digits.bytes().all(|b| b.is_ascii_digit())
        && ["st", "nd", "rd", "th", "."].contains(&suffix);
    match head.strip_suffix(['.', ',']) {
        Some(kept) if ordinal && kept.contains(' ') => kept,
        _ => v,
    }
}

/// A place without a note in brackets closing it that the entry is a manuscript ("München
/// (Ms.)", "Frankfurt a. M. (mimeo)").
pub(super) fn without_manuscript_note(v: &str) -> &str {
    let Some(head) = v.strip_suffix(')') else {
        return v;
    };
    match head.rsplit_once('(') {
        Some((place, note))
            if ["Ms.", "Ms", "mimeo", "Mimeo", "Manuskript", "MS"].contains(&note.trim()) =>
        {
            place.trim_end()
        }
        _ => v,
    }
}

/// Is `value` months alone ("March-April", "Mai", "July/August")?
pub(super) fn months_only(value: &str) -> bool {
    let mut words = value
        .split(['-', '–', '/', ' ', ',', '(', ')'])
        .filter(|w| !w.is_empty())
        .peekable();
    words.peek().is_some() && words.all(is_month_word)
}

/// What follows the word that opens a chapter's book, when `value` opens with it ("In",
/// "in:", "Dans", "Im" alone: ""; "in: Washington Post": "Washington Post"; not "in Würzburg").
pub(super) fn after_book_mark(value: &str) -> Option<&str> {
    let v = value.trim_start_matches(|c: char| !c.is_alphabetic());
    let rest = ["in", "dans", "im"].iter().find_map(|w| {
        let head = v.get(..w.len())?;
        head.eq_ignore_ascii_case(w).then(|| &v[w.len()..])
    })?;
    match rest.trim_start().strip_prefix(':') {
        Some(book) => Some(book.trim()),
        None => (!rest.contains(char::is_alphanumeric)).then_some(""),
    }
}

/// `value` as far as `kept` keeps it (none when nothing is left).
pub(super) fn keep<S>(value: &mut Option<S>, kept: fn(&str) -> &str)
where
    S: AsRef<str> + for<'a> From<&'a str>,
{
    let Some(v) = value.as_ref().map(AsRef::as_ref) else {
        return;
    };
    let k = kept(v);
    if k.len() < v.len() {
        *value = (!k.is_empty()).then(|| S::from(k));
    }
}

/// A journal's name and the volume glued to it after a full stop or comma ("Invent. Math.102"
/// gives "Invent. Math." and "102"; "Phys. Rev.D56" gives "Phys. Rev." and "D56";
/// "Astrophys.,49" gives "Astrophys." and "49"), or with no mark between ("Optica1").
pub(super) fn glued_volume(container: &str) -> Option<(&str, &str)> {
    if !container.ends_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let c = CONTAINER_VOLUME
        .captures(container)
        .or_else(|| CONTAINER_VOLUME_UNMARKED.captures(container))?;
    let name = c.get(1)?.as_str().trim_end_matches(',');
    // "Eur. Phys. J .D42": the stop PDF text set apart from its word is the word's.
    let name = match name.strip_suffix(" .") {
        Some(word) if !word.ends_with(' ') => word,
        _ => name,
    };
    Some((name, c.get(2)?.as_str()))
}

/// The same with no mark between, a PDF's text without its space ("Optica1", "Review of
/// scientific instruments69"): after three small letters, up to three digits (not a
/// conference's acronym and year, "ICSE99", "CSCL2015", nor a journal's, "JHEP01").
static CONTAINER_VOLUME_UNMARKED: LazyLock<Regex> =
    LazyLock::new(|| re(r"^(.*\p{Ll}{3})([0-9]{1,3})$", "CONTAINER_VOLUME_UNMARKED"));

/// A name ending in a letter and a full stop, a comma or both ("Astrophys.,49"; a space may
/// stand before them, "J .D42"), then a volume of one to four digits, a capital before them
/// allowed, and nothing after.
static CONTAINER_VOLUME: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^(.*\p{L} ?(?:[.,]|\.,))\s*([A-Z]?[0-9]{1,4})$",
        "CONTAINER_VOLUME",
    )
});
