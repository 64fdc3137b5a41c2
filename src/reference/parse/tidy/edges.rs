//! The edges of a value: marks and words a reading left at its start or end ("Berlin(",
//! "Boston -", "..., online unter", "Titel«"), and [`keep`], which trims a field with one.

use super::super::ids::FOREIGN_LINK_LEAD;
use super::super::re;
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
