//! A work not yet published, as the entry says it after its title: "..., to appear in ACM
//! Transactions on Database Systems.", "Applied Optics, to appear.", "Voice Annotation in
//! Virtual Environments, paper submitted to ESS '93.", "Special Issue on ... (to appear)".
//! The mark is no part of the title or the container it was read into; the journal it names
//! is the container; with no date it is the entry's status (`pubstate`).

use super::re;
use crate::reference::Reference;
use regex::Regex;
use std::sync::LazyLock;

#[cfg(test)]
mod tests;

/// The status's mark (group `mark`), opening the value or after a comma, stop, semicolon or
/// colon, or in a bracket (group `open`), with the preposition naming where (group `prep`).
/// "submitted" alone is a word of titles ("dominated, submitted, resisting"): only "submitted
/// to" or "for publication" is the mark.
static MARK: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)(?:^|[,.;:]\s+|\s(?P<open>[(\[]))(?P<mark>to\s+appear|forthcoming|in\s+press|accepted\s+for\s+publication|(?:paper\s+)?submitted(?:\s+for\s+publication|\s+to\b))(?P<prep>\s+(?:in|on|at|by)\b)?",
        "MARK",
    )
});

/// A value split at the status's mark.
struct Split<'t> {
    /// The value before the mark, without the punctuation that leads to it.
    head: &'t str,
    /// The status the mark gives, as `pubstate` holds it.
    state: &'static str,
    /// What the mark names after it: the journal or meeting ("ACM Transactions on ...").
    after: &'t str,
}

/// `value` split at its first status mark, or `None`. A mark with no preposition after it
/// ends the value or a piece of it ("Applied Optics, to appear."): "in press and on screen"
/// is a title's.
fn split(value: &str) -> Option<Split<'_>> {
    // The cheap test first: a pair of letters of one of the marks' words ("appear", "press",
    // "forthcoming", "submitted", "accepted"), in any case, as the pattern reads them ("TO
    // APPEAR").
    let pair = |w: &[u8]| {
        matches!(
            [w[0] | 0x20, w[1] | 0x20],
            [b'p', b'p'] | [b's', b's'] | [b'h', b'c'] | [b'b', b'm'] | [b'c', b'c']
        )
    };
    if !value.as_bytes().windows(2).any(pair) {
        return None;
    }
    let c = MARK.captures_iter(value).find(|c| {
        let end = c.get(0).map_or(0, |m| m.end());
        let next = value[end..].trim_start().chars().next();
        // "submitted to" and "accepted for publication" end in their preposition.
        let mark = c["mark"].to_ascii_lowercase();
        let named_next =
            c.name("prep").is_some() || mark.ends_with(" to") || mark.ends_with("publication");
        named_next || next.is_none_or(|ch| ".,;:)]".contains(ch))
    })?;
    let whole = c.get(0)?;
    let mark = c.name("mark")?.as_str().to_ascii_lowercase();
    let state = if mark.starts_with("to") || mark.starts_with("forth") {
        "forthcoming"
    } else if mark.starts_with("in") {
        "in press"
    } else if mark.starts_with("accepted") {
        "accepted"
    } else {
        "submitted"
    };
    let mut after = value[whole.end()..].trim();
    if let Some(open) = c.name("open") {
        let close = if open.as_str() == "(" { ')' } else { ']' };
        after = after.split(close).next().unwrap_or("").trim();
    }
    let head = value[..whole.start()].trim_end_matches([' ', ',', '.', ';', ':']);
    Some(Split { head, state, after })
}

/// What the mark names, if it is a name: "ACM Transactions on Database Systems" (not "the
/// special issue on Lazy Learning in ...", which stays in the entry's text only).
fn named(after: &str) -> Option<String> {
    let name = after.trim_end_matches(['.', ',', ';', ' ']);
    name.starts_with(char::is_uppercase)
        .then(|| name.to_string())
}

/// Take the status's mark out of the title and the container.
pub(super) fn take_state(r: &mut Reference) {
    let mut state = None;
    if let Some(s) = r.title.as_deref().and_then(split) {
        // A mark opening the title is its whole reading ("To appear in"), not a title's end.
        if !s.head.is_empty() {
            state = Some(s.state);
            let journal = named(s.after);
            r.title = Some(s.head.to_string());
            if r.container.is_none() {
                r.container = journal;
            }
        }
    }
    if let Some(s) = r.container.as_deref().and_then(split) {
        state = Some(s.state);
        r.container = if s.head.is_empty() {
            named(s.after)
        } else {
            Some(s.head.to_string())
        };
    }
    if let Some(state) = state {
        if r.date.is_none() && r.pubstate.is_none() {
            r.pubstate = Some(state.into());
        }
    }
}
