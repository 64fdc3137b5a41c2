//! Where a name list with no date after it ends (MLA, IEEE, Vancouver): a scanner that walks it
//! word by word.

use super::cap;
use crate::reference::names::{is_initials, is_particle_prefixed};
use crate::reference::words::{is_abbreviation, is_connector, is_particle, is_title_start};
use std::borrow::Cow;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum NameState {
    /// Between names: the next word starts one.
    Start,
    /// In a name that has a whole word (a family or given name).
    HasWord,
    /// In a name that so far has only initials ("J. A.").
    OnlyInitials,
    /// After "Family," in an inverted name: given names or initials follow.
    Given,
}

/// Walk a name list from the start of `text`; return the byte offset where it ends (0: none).
pub(super) fn scan_names(text: &str) -> usize {
    let words: Vec<(usize, usize)> = word_spans(text).take(80).collect();
    let word = |i: usize| words.get(i).map(|&(s, e)| &text[s..e]);
    let mut state = NameState::Start;
    let mut words_in_name = 0usize;
    // Leading particles of the current name ("van der" of "van der Mast,").
    let mut particles_in_name = 0usize;
    // A Vancouver list ("Slyker JA, Casper C,"): names end with undotted initials.
    let mut vancouver = false;
    // The first name was written family first; the current name follows "and".
    let mut first_inverted = false;
    let mut name_connected = false;
    let mut last_sep_end = 0usize; // end of the last complete name with its separator
    let mut names = 0usize;
    // The first name's form: after "J. Smith", a name not starting with initials ends the list.
    let mut first_name_has_initials = false;
    let mut name_has_initials = false;
    // The previous and the current word, lower-cased (two buffers, swapped each word).
    let mut prev_lower = String::new();
    let mut cur_lower = String::new();
    let mut after_connector = false;
    for (i, &(start, end)) in words.iter().enumerate() {
        let w = word(i).unwrap_or("");
        let next = word(i + 1);
        // "Kefi (N.),", "ALY (M.I.),": initials in brackets after a family name.
        let unbracketed;
        let w = match bracketed_initials(w) {
            Some(inner) if words_in_name > 0 => {
                unbracketed = inner;
                unbracketed.as_str()
            }
            _ => w,
        };
        if w.starts_with(['"', '“', '«', '„', '‘', '*', '(', '[', '\'', '`']) {
            // A quoted title: the name before it is complete ("P. Yang and J. H. Chern "Design").
            let in_whole_name =
                state == NameState::HasWord || (state == NameState::Given && words_in_name >= 2);
            if in_whole_name
                && complete_name(&mut names, &mut first_name_has_initials, name_has_initials)
            {
                return start;
            }
            return last_sep_end;
        }
        let core = w.trim_matches(|c: char| !c.is_alphanumeric());
        let lower: Cow<'_, str> = if core.chars().any(char::is_uppercase) {
            Cow::Owned(core.to_lowercase())
        } else {
            Cow::Borrowed(core)
        };
        std::mem::swap(&mut prev_lower, &mut cur_lower);
        cur_lower.clear();
        cur_lower.push_str(&lower);
        let prev: &str = &prev_lower;
        let trailing = w
            .trim_end_matches(['"', '”', '’', ')'])
            .chars()
            .last()
            .unwrap_or(' ');
        let first_char = core.chars().next().unwrap_or(' ');
        if core.is_empty() {
            if w == "&" {
                state = NameState::Start;
                words_in_name = 0;
                particles_in_name = 0;
            }
            continue;
        }
        // Connectors between names.
        if matches!(&*lower, "and" | "und" | "y" | "et") && core.len() == w.len() {
            if lower == "et" && next.is_some_and(|n| n.to_lowercase().starts_with("al")) {
                continue;
            }
            if names == 0 && words_in_name == 0 {
                return 0;
            }
            if words_in_name > 0 {
                if !complete_name(&mut names, &mut first_name_has_initials, name_has_initials) {
                    return last_sep_end;
                }
                name_has_initials = false;
            }
            after_connector = true;
            state = NameState::Start;
            words_in_name = 0;
            particles_in_name = 0;
            continue;
        }
        if lower == "al" && prev == "et" {
            // "et al." ends the list (or continues with a comma).
            last_sep_end = end;
            if trailing == ',' {
                continue;
            }
            return end;
        }
        let initials = is_initials(core) || is_initials(w.trim_end_matches([',', ';', ':']));
        let suffix = matches!(&*lower, "jr" | "sr" | "ii" | "iii" | "iv");
        let name_like = initials
            || suffix
            || (first_char.is_uppercase() && !core.chars().any(|c| c.is_ascii_digit()))
            || is_particle(&lower)
            || (is_particle_prefixed(core)
                && (words_in_name == 0 || state == NameState::OnlyInitials));
        let title_start = is_title_start(&lower) && !is_particle(&lower) && !initials;
        // "Minh N Do.": a capitalised word closing a name is the family name.
        let closes_name = words_in_name > 0
            && first_char.is_uppercase()
            && matches!(trailing, '.' | ',')
            && state != NameState::Given;
        let starts_title = title_start
            && !closes_name
            && (matches!(state, NameState::Start | NameState::Given) || lower != "the");
        if !name_like || (starts_title && !(i == 0 && lower == "the")) {
            return last_sep_end;
        }
        if words_in_name == particles_in_name && is_particle(&lower) && lower.chars().count() > 1 {
            particles_in_name += 1;
        }
        words_in_name += 1;
        if words_in_name == 1 {
            // A name after "and" is a name whatever its form.
            name_has_initials = initials || after_connector;
            name_connected = after_connector;
            after_connector = false;
        }
        if words_in_name > 5 {
            return last_sep_end;
        }
        state = match state {
            NameState::Start if initials && trailing != ',' => NameState::OnlyInitials,
            NameState::Start => NameState::HasWord,
            NameState::OnlyInitials if !initials => NameState::HasWord,
            s => s,
        };
        match trailing {
            ',' | ';' => {
                if state == NameState::HasWord
                    && words_in_name == particles_in_name + 1
                    && trailing == ','
                    && !initials
                    && !suffix
                    && (names == 0
                        || !first_name_has_initials
                        || next.is_some_and(|n| is_initials(n.trim_end_matches([',', ';']))))
                {
                    // "Family," of an inverted name: given names follow.
                    state = NameState::Given;
                    continue;
                }
                if suffix && names > 0 && words_in_name == 1 {
                    last_sep_end = end; // "Smith, J., Jr.,"
                } else {
                    if initials && words_in_name >= 2 && !w.contains('.') {
                        vancouver = true;
                    }
                    let inverted = state == NameState::Given || (initials && words_in_name >= 2);
                    // "Wagner, Richard, Mein Leben, ...": after an inverted first name, a name
                    // written given-first comes after "and" ("..., Manuel Hurtado and Kevin
                    // Pope"); without one ahead, these words are the title.
                    if names == 0 {
                        first_inverted = inverted;
                    } else if first_inverted && !inverted && !name_connected && !name_has_initials {
                        // Up to the sentence end: an imprint (year, group) and no "and".
                        let ahead = cap(&text[end..], 120);
                        let ahead = ahead.split(". ").next().unwrap_or(ahead);
                        let connector_ahead = ahead.split_whitespace().any(is_connector);
                        let imprint_ahead =
                            ahead.contains('(') || ahead.bytes().any(|b| b.is_ascii_digit());
                        if !connector_ahead && imprint_ahead {
                            return last_sep_end;
                        }
                    }
                    if !complete_name(&mut names, &mut first_name_has_initials, name_has_initials) {
                        return last_sep_end;
                    }
                    last_sep_end = end;
                }
                name_has_initials = false;
                state = NameState::Start;
                words_in_name = 0;
                particles_in_name = 0;
            }
            ':' => {
                // "Janik J.:" / "Lathan CE, Tracey M:" end a name list; "James Gleick, Chaos:" is a title.
                if names > 0 && !(name_has_initials || initials) {
                    return last_sep_end;
                }
                return if complete_name(&mut names, &mut first_name_has_initials, name_has_initials)
                {
                    end
                } else {
                    last_sep_end
                };
            }
            '.' => {
                if suffix {
                    last_sep_end = end;
                    if words_in_name > 1 {
                        complete_name(&mut names, &mut first_name_has_initials, true);
                    }
                    state = NameState::Start;
                    words_in_name = 0;
                    particles_in_name = 0;
                    if next.is_some_and(is_connector) {
                        continue;
                    }
                    return end;
                }
                if initials {
                    if state == NameState::OnlyInitials {
                        continue; // "J. A. Smith": the family follows
                    }
                    // "Smith, J. A." / "Smith J.": more initials, a suffix or a connector may follow.
                    let undotted = !core.contains('.') && core.chars().count() >= 2;
                    let more = !undotted
                        && next.is_some_and(|n| {
                            let t = n.trim_end_matches([',', ';']);
                            is_initials(t.trim_end_matches(':'))
                                || matches!(t.to_lowercase().as_str(), "jr." | "sr." | "jr" | "sr")
                        });
                    if more {
                        continue;
                    }
                    // "Larry D. Wittie," — a middle initial: the family name follows.
                    if state == NameState::HasWord && words_in_name == 2 && !vancouver {
                        let family_follows = next.is_some_and(|n| {
                            n.chars().next().is_some_and(char::is_uppercase)
                                && (n.ends_with([',', '.', ':'])
                                    || word(i + 2).is_none()
                                    || word(i + 2).is_some_and(is_connector))
                                && !is_initials(n.trim_end_matches([',', '.']))
                                && !is_abbreviation(&n.trim_end_matches([',', '.']).to_lowercase())
                        });
                        if family_follows {
                            continue;
                        }
                    }
                    if !complete_name(&mut names, &mut first_name_has_initials, name_has_initials) {
                        return last_sep_end;
                    }
                    name_has_initials = false;
                    last_sep_end = end;
                    // "Goss DL. Moore JH. Title": Vancouver names parted by full stops.
                    let vancouver_name_follows = undotted
                        && words_in_name == 2
                        && next.is_some_and(|n| {
                            n.chars().next().is_some_and(char::is_uppercase)
                                && !n.ends_with(['.', ',', ':'])
                        })
                        && word(i + 2).is_some_and(|n| {
                            let t = n.trim_end_matches(['.', ',']);
                            n.len() > t.len() && !t.contains('.') && is_initials(t)
                        });
                    if vancouver_name_follows {
                        state = NameState::Start;
                        words_in_name = 0;
                        particles_in_name = 0;
                        continue;
                    }
                    state = NameState::Start;
                    words_in_name = 0;
                    particles_in_name = 0;
                    if next.is_some_and(is_connector) {
                        continue;
                    }
                    return end;
                }
                // A whole word with a full stop ends the list ("Hearn, Lafcadio."), unless it is an
                // abbreviation ("No.") or breaks the list's form ("H. Fischer, Centre Pompidou.").
                if is_abbreviation(&lower)
                    || !complete_name(&mut names, &mut first_name_has_initials, name_has_initials)
                {
                    return last_sep_end;
                }
                return end;
            }
            _ => {}
        }
    }
    // Ran out of words: the whole text was names only if it ended cleanly.
    if words_in_name > 0
        && words.len() < 80
        && complete_name(&mut names, &mut first_name_has_initials, name_has_initials)
    {
        return text.len();
    }
    last_sep_end
}

/// "(M.I.)," → "M.I.,": initials written in brackets, with what follows the bracket.
fn bracketed_initials(w: &str) -> Option<String> {
    let rest = w.strip_prefix('(')?;
    let close = rest.find(')')?;
    let (inner, after) = (&rest[..close], &rest[close + 1..]);
    let initials = inner.ends_with('.') && is_initials(inner);
    (initials && after.len() <= 1).then(|| format!("{inner}{after}"))
}

/// Count a finished name; false when it breaks the list's form (the first name had initials,
/// this one has none: "S. E. Han, G. Chen, Nano Lett.").
fn complete_name(names: &mut usize, first_has_initials: &mut bool, has_initials: bool) -> bool {
    if *names > 0 && *first_has_initials && !has_initials {
        return false;
    }
    if *names == 0 {
        *first_has_initials = has_initials;
    }
    *names += 1;
    true
}

/// Byte spans of whitespace-separated words.
fn word_spans(text: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    let mut pos = 0usize;
    std::iter::from_fn(move || {
        let rest = text.get(pos..)?;
        let skip = rest.len() - rest.trim_start().len();
        let start = pos + skip;
        let word_len = text[start..]
            .find(char::is_whitespace)
            .unwrap_or(text.len() - start);
        if word_len == 0 {
            return None;
        }
        pos = start + word_len;
        Some((start, start + word_len))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn initials_in_brackets() {
        assert_eq!(bracketed_initials("(M.I.),").as_deref(), Some("M.I.,"));
    }
}
