//! Translators, BibLaTeX's `translator`: "Translated by Robert Hurley, Helen R. Lane, and Mark
//! Seem.", "trans. Gerald M. Browne", "tr. W. Rehg", "Traduction de Chantal Thérond",
//! "übersetzt von ...", after the names "(H. J. Silverman, Trans.)" and "Peter Collier
//! (trans.)". A translator is neither an author nor an editor: names the other passes or the
//! field model read as editors go when the text names them translators only.

use super::authors::names_before_date;
use super::re;
use super::segmented::fold;
use super::tail::{split_at_piece_end, GIVEN_FIRST_NAME};
use crate::reference::names::parse_name_list;
use crate::reference::words::is_name_suffix;
use crate::reference::{Name, Reference};
use regex::Regex;
use std::sync::LazyLock;

#[cfg(test)]
mod tests;

/// A translator's mark before the names, up to the first letter of the first name (group
/// `names`): "translated by", "translated from the French by", "übersetzt von", "traduit
/// par", "traducción de", "traduction de" in any case; "trans.", "transl.", "tr." and "trad."
/// in lower case after a stop, comma or bracket ("IEEE trans. Software Eng" is a journal);
/// "Trans." only after a sentence and before a given name and a family name or two initials
/// ("... Challenge. Trans. Richard Howard"), since "IEEE Trans. Pattern Analysis" and "Phil.
/// Trans. R. Soc." are journals.
pub(super) static TRANSLATOR: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?:^|[\s(.,;])(?i:translated(?:\s+from\s+(?:the\s+)?\p{L}+)?(?:\s+and\s+(?:edited|annotated))?\s+by|[üu]bersetzt\s+von|traduit\s+par|traducci[óo]n\s+de|traduction\s+de)\s+(?P<names>\p{Lu})|(?:^|[(.,;]\s*)(?:transl?|tr|trad)\.\s+(?P<lower>\p{Lu})|\.\s+Transl?\.\s+(?P<upper>\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}|\p{Lu}\.\s*\p{Lu}\.)",
        "TRANSLATOR",
    )
});

/// Given-first names marked as translators after them, opening a piece: "Peter Collier
/// (trans.)", "Caryl Emerson and Michael Holquist (trans.)", "(H. J. Silverman, Trans.)"
/// (the mark closing a bracket: ", Trans. Am. Math. Soc." after a name is a journal),
/// "Douglas W. Stott (ed. and trans.)" (group `ed`: editor too).
static NAMES_THEN_TRANS: LazyLock<Regex> = LazyLock::new(|| {
    let name = GIVEN_FIRST_NAME;
    re(
        &format!(
            r"(?:^|[.,;?(][”\x22’]?\s*)(?P<names>{name}(?:,?\s+(?:and|&)\s+{name})?)(?:\s*\((?P<ed>[Ee]ds?\.\s+(?:and|&)\s+)?(?:trans|transl|tr|translators?|trad)\.?\)|,\s*(?i:transl?\.?|translators?)\))"
        ),
        "NAMES_THEN_TRANS",
    )
});

/// Could a translator be named: a byte search for the marks' letters before the patterns
/// ("trans.", "Transl.", "translated", "translator", "tr.", "trad.", "traduit", "traducción",
/// "traduction", "übersetzt"), which words like "transport" and "radiation" do not pass.
pub(super) fn may_name_translators(text: &str) -> bool {
    let b = text.as_bytes();
    memchr::memchr_iter(b'r', b).any(|i| {
        let after = &b[i + 1..];
        let before = &b[..i];
        match before.last() {
            Some(b't' | b'T') => {
                after.starts_with(b".")
                    || after.starts_with(b"ans.")
                    || after.starts_with(b"ansl")
                    || after.starts_with(b"ad.")
                    || after.starts_with(b"adu")
            }
            Some(b'e') => before.ends_with(b"be") && after.starts_with(b"setzt"),
            _ => false,
        }
    })
}

/// Sets `r.translators` from `text` (the cleaned entry), and takes out of `r.editors` the
/// names the text gives as translators only.
pub(super) fn take_translators(r: &mut Reference, text: &str) {
    if !may_name_translators(text) {
        return;
    }
    let found = marked_before(text)
        .map(|(names, editors)| (names, editors, None))
        .or_else(|| marked_after(text).map(|(n, e, written)| (n, e, Some(written))));
    let Some((names, also_editors, written)) = found else {
        return;
    };
    // "Encounters with Verdi, Richard Stokes (trans.)": the names the mark closes are no part
    // of the title before them, nor of the journal after them ("“The Scandal,” Daphne Ellis
    // (trans.), Wagner, 24").
    if let (Some(written), Some(title)) = (written, r.title.as_deref()) {
        if let Some(head) = title.strip_suffix(written) {
            let head = head.trim_end_matches([',', ';', ' ']);
            if !head.is_empty() {
                r.title = Some(head.to_string());
            }
        }
    }
    if let (Some(written), Some(container)) = (written, r.container.as_deref()) {
        let rest = container
            .strip_prefix(written)
            .and_then(|rest| rest.trim_start().strip_prefix('('))
            .and_then(|rest| rest.split_once(')'))
            .map(|(_, rest)| rest.trim_start_matches([',', ';', '.', ' ']));
        if let Some(rest) = rest.filter(|rest| !rest.is_empty()) {
            r.container = Some(rest.to_string());
        }
    }
    if !also_editors && !r.editors.is_empty() {
        // An editor named twice ("edited by Michael Holquist, translated by Caryl Emerson and
        // Michael Holquist") is both.
        let translated: Vec<String> = names.iter().map(|n| fold(n.family())).collect();
        r.editors.retain(|e| {
            let family = fold(e.family());
            family.is_empty()
                || !translated.contains(&family)
                || text.matches(e.family()).nth(1).is_some()
        });
    }
    r.translators = names;
}

/// Where the first translator's mark of `text` starts (with the mark or bracket before it)
/// and where the names after it start.
pub(super) fn mark_before_names(text: &str) -> Option<(usize, usize)> {
    let caps = TRANSLATOR.captures(text)?;
    let first = caps
        .name("names")
        .or_else(|| caps.name("lower"))
        .or_else(|| caps.name("upper"))?;
    Some((caps.get(0)?.start(), first.start()))
}

/// The names after a translator's mark ("Translated by A and B.", "(tr. David Smith and G.A.
/// Kon)"), and whether the same mark makes them editors ("Edited and translated by").
fn marked_before(text: &str) -> Option<(Vec<Name>, bool)> {
    let (mark, first) = mark_before_names(text)?;
    let mark = &text[mark..first];
    let after = &text[first..];
    // A bracket opened with the mark closes the list.
    let piece = match after.find(')') {
        Some(close) if mark.contains('(') => &after[..close],
        _ => split_at_piece_end(after).0,
    };
    // "trans. D. W. Robertson, Jr. Indianapolis, 1958": a suffix with its stop, words after
    // it, ends the name it closes.
    let piece = piece
        .split_whitespace()
        .skip(1)
        .find(|w| w.ends_with('.') && is_name_suffix(w))
        .map_or(piece, |w| {
            let end = w.as_ptr() as usize - piece.as_ptr() as usize + w.len();
            &piece[..end]
        });
    let piece = piece.trim_end_matches(['.', ',', ';', ' ']);
    // "Edited and translated by": the mark's own words, before the names.
    let mark = text[..first].to_lowercase();
    let also_editors = mark
        .rfind("translated")
        .is_some_and(|i| mark[..i].trim_end().ends_with("edited and"));
    translators_of(piece).map(|names| (names, also_editors))
}

/// The names before a translator's mark ("Peter Collier (trans.)"), whether they are editors
/// too ("(ed. and trans.)"), and the names as written.
fn marked_after(text: &str) -> Option<(Vec<Name>, bool, &str)> {
    let caps = NAMES_THEN_TRANS.captures(text)?;
    let written = caps.name("names")?.as_str();
    let names = translators_of(written)?;
    Some((names, caps.name("ed").is_some(), written))
}

/// `piece` read as a list of people's names: none when it holds a number, runs long, or
/// does not read as names.
fn translators_of(piece: &str) -> Option<Vec<Name>> {
    if piece.is_empty()
        || piece.len() > 200
        || piece.bytes().any(|b| b.is_ascii_digit())
        || !names_before_date(piece, true)
    {
        return None;
    }
    let names = parse_name_list(piece).0;
    (!names.is_empty()).then_some(names)
}
