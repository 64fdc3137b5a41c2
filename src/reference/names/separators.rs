//! How a list sets its names apart where a comma or "and" does not: slashes (German lists),
//! spaced dashes (Italian lists), and initials glued to the family name (as converters of
//! JATS XML leave them: "HerreroM, De VlasSJ"), each rewritten so the list reads as a comma
//! list.

use super::*;

/// `text` with each slash between two names ("S./Vianu", "Claude/BACHER", "B./ Stephan", "W. /
/// Hewstone": a letter or a stop before it, a capital after it) written "; ", when there is
/// one.
pub(super) fn slashes_between_names(text: &str) -> Option<String> {
    let b = text.as_bytes();
    let between = |i: usize| {
        let before = text[..i].trim_end_matches(' ').as_bytes();
        before
            .last()
            .is_some_and(|&c| c.is_ascii_alphabetic() || c == b'.' || c >= 0x80)
            && text[i + 1..]
                .trim_start_matches(' ')
                .chars()
                .next()
                .is_some_and(char::is_uppercase)
    };
    let at: Vec<usize> = memchr::memchr_iter(b'/', b)
        .filter(|&i| between(i))
        .collect();
    if at.is_empty() {
        return None;
    }
    let mut out = String::with_capacity(text.len() + at.len());
    let mut from = 0;
    for i in at {
        out.push_str(&text[from..i]);
        out.push_str("; ");
        from = i + 1;
    }
    out.push_str(&text[from..]);
    Some(out)
}

/// "J.M. Bremer – I.J.F. de Jong – J. Kalff" as "J.M. Bremer; I.J.F. de Jong; J. Kalff": spaced
/// dashes (en, em or a hyphen) between names, each part of one to five words opening with a
/// capital, with an initial ("F.", "I.J.F.", "F.Ahl") and no comma or semicolon of its own (a
/// part with them is a list whose dash is something else; "ACNUR - Unión Interparlamentaria"
/// is one body).
pub(super) fn dashes_between_names(text: &str) -> Option<String> {
    let is_dash = |w: &str| matches!(w, "–" | "—" | "-");
    // Most lists have no such dash: they are spared the list of words.
    if !text.split(' ').any(is_dash) {
        return None;
    }
    let parts: Vec<&str> = text.split(' ').collect();
    let names: Vec<String> = parts
        .split(|w| is_dash(w))
        .map(|words| {
            words
                .iter()
                .filter(|w| !w.is_empty())
                .copied()
                .collect::<Vec<_>>()
                .join(" ")
        })
        .collect();
    let name_like = |n: &String| {
        let words = n.split_whitespace().count();
        (1..=5).contains(&words)
            && n.starts_with(char::is_uppercase)
            && !n.trim_end_matches([',', ';']).contains([',', ';'])
            && n.split([' ', '.'])
                .any(|w| w.chars().count() == 1 && w.starts_with(char::is_uppercase))
    };
    names.iter().all(name_like).then(|| names.join("; "))
}

/// `text` with each Italian or Portuguese "e" ("and") between two names written "and", when
/// the word after it opens a name given first, an initial or a common given name ("H.
/// Fensterheim e H.G. Birch", "Johannes Feiner e Magnus Löhrer"): not inside a compound
/// family name ("JOBIM e SOUZA, S.", "de Souza e Silva, Adriana").
pub(super) fn e_between_names(text: &str) -> Option<String> {
    static SPACED_E: LazyLock<memchr::memmem::Finder<'static>> =
        LazyLock::new(|| memchr::memmem::Finder::new(" e "));
    SPACED_E.find(text.as_bytes())?;
    let words: Vec<&str> = text.split(' ').collect();
    let opens_name = |w: &str| {
        is_initials(w) || crate::reference::given_names::is_given_name(w.trim_end_matches(','))
    };
    let mut changed = false;
    let out: Vec<&str> = words
        .iter()
        .enumerate()
        .map(|(i, &w)| {
            if w == "e" && i > 0 && words.get(i + 1).is_some_and(|&next| opens_name(next)) {
                changed = true;
                "and"
            } else {
                w
            }
        })
        .collect();
    changed.then(|| out.join(" "))
}

/// A family name with its Vancouver initials glued on, as converters of JATS XML leave them:
/// "HerreroM", "van der MeerJW", "O'BrienPJ", "HsuF-C".
static GLUED_INITIALS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(\p{Lu}[\p{L}'’\-]*\p{Ll})(\p{Lu}{1,3}|\p{Lu}-\p{Lu})\.?$")
        .expect("GLUED_INITIALS is a valid regex")
});

/// Could `word` be a glued name ([`GLUED_INITIALS`])? The pattern's test, after a byte test of
/// ASCII words (most of a list's): a lower-case letter right before a capital, where the
/// family name ends and the initials begin.
fn is_glued_word(word: &str) -> bool {
    let may = !word.is_ascii()
        || word
            .as_bytes()
            .windows(2)
            .any(|w| w[0].is_ascii_lowercase() && w[1].is_ascii_uppercase());
    may && GLUED_INITIALS.is_match(word)
}

/// A lone initial after a glued name: the "V." of "FuentesM V.".
fn is_lone_initial(word: &str) -> bool {
    let bare = word.trim_end_matches('.');
    bare.chars().count() == 1 && bare.chars().all(char::is_uppercase)
}

/// Where the glued word of one name of a list is, and how its initials read: "De VlasSJ" →
/// ("De Vlas", "SJ"); "FuentesM V." → ("Fuentes", "M V."). The words before the glued one
/// are the rest of the family name ("Van den BergH", "Chounna NdongmoPW").
fn unglue_one(part: &str) -> Option<String> {
    if !has_glued_initials(part) {
        return None;
    }
    let words: Vec<&str> = part.split_whitespace().collect();
    let (glued_at, lone) = match words.as_slice() {
        [.., last] if GLUED_INITIALS.is_match(last) => (words.len() - 1, None),
        [.., before, last] if is_lone_initial(last) && GLUED_INITIALS.is_match(before) => {
            (words.len() - 2, Some(*last))
        }
        _ => return None,
    };
    let c = GLUED_INITIALS.captures(words[glued_at])?;
    let mut out = words[..glued_at].join(" ");
    if !out.is_empty() {
        out.push(' ');
    }
    out.push_str(&c[1]);
    out.push(' ');
    out.push_str(&c[2]);
    if let Some(lone) = lone {
        out.push(' ');
        out.push_str(lone);
    }
    Some(out)
}

/// Does [`unglue_one`] find a glued word in `part` (without building its reading)?
fn has_glued_initials(part: &str) -> bool {
    let mut words = part.split_whitespace().rev();
    match (words.next(), words.next()) {
        (Some(last), before) => {
            is_glued_word(last) || before.is_some_and(|b| is_lone_initial(last) && is_glued_word(b))
        }
        (None, _) => false,
    }
}

/// "HerreroM, HendersonB, SmithJA" → "Herrero M, Henderson B, Smith JA", when every name of
/// the list is written so (at least two of them), so that a lone camel-cased name or a list of
/// whole names is left alone.
pub(super) fn unglue_initials(text: &str) -> Option<String> {
    // Most lists fail on their first name: each is tested as it comes, nothing kept.
    let mut parts = 0;
    let every_glued = text
        .split([',', ';'])
        .map(|p| {
            p.trim()
                .trim_start_matches(['&', ' '])
                .trim_start_matches("and ")
        })
        .filter(|p| !p.is_empty())
        .all(|p| {
            parts += 1;
            has_glued_initials(p)
        });
    if parts < 2 || !every_glued {
        return None;
    }
    Some(
        text.split_inclusive([',', ';'])
            .map(|piece| {
                let bare = piece.trim_end_matches([',', ';']);
                let end = &piece[bare.len()..];
                let lead = bare.len() - bare.trim_start().len();
                let (lead_text, name) = bare.split_at(lead);
                let (joiner, name) = match name.strip_prefix("and ").or(name.strip_prefix("& ")) {
                    Some(rest) => (&name[..name.len() - rest.len()], rest),
                    None => ("", name),
                };
                match unglue_one(name) {
                    Some(unglued) => format!("{lead_text}{joiner}{unglued}{end}"),
                    None => piece.to_string(),
                }
            })
            .collect(),
    )
}
