//! BibTeX name lists: "Last, First and {World Health Organization} and First von Last".

use super::tex::detex;
use crate::reference::Name;

/// Split a name list on `and` outside braces and read each name in BibTeX's three forms
/// ("First von Last", "von Last, First", "von Last, Jr, First"). A name wholly in braces is an
/// organisation. "and others" is dropped (it is how BibTeX writes "et al.").
pub fn parse_bib_names(value: &str) -> Vec<Name> {
    split_top(value, Split::And)
        .into_iter()
        .filter(|n| !n.trim().is_empty() && n.trim() != "others")
        .filter_map(|n| one_name(n.trim()))
        .collect()
}

#[derive(Clone, Copy, PartialEq)]
enum Split {
    And,
    Comma,
    Space,
}

/// Split at depth 0: on the word "and", on commas, or on white space (and `~`).
fn split_top(s: &str, how: Split) -> Vec<&str> {
    let bytes = s.as_bytes();
    let mut parts = Vec::new();
    let mut depth = 0usize;
    let mut start = 0;
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'{' => depth += 1,
            b'}' => depth = depth.saturating_sub(1),
            b if depth == 0 => match how {
                Split::Comma if b == b',' => {
                    parts.push(&s[start..i]);
                    start = i + 1;
                }
                Split::Space if b.is_ascii_whitespace() || b == b'~' => {
                    parts.push(&s[start..i]);
                    start = i + 1;
                }
                Split::And if b.is_ascii_whitespace() => {
                    let rest = &bytes[i + 1..];
                    let is_and = rest.len() > 4
                        && rest[..3].eq_ignore_ascii_case(b"and")
                        && rest[3].is_ascii_whitespace();
                    if is_and {
                        parts.push(&s[start..i]);
                        i += 4;
                        start = i + 1;
                    }
                }
                _ => {}
            },
            _ => {}
        }
        i += 1;
    }
    parts.push(&s[start.min(s.len())..]);
    if how == Split::Space {
        parts.retain(|p| !p.is_empty());
    }
    parts
}

/// A word starting with a lower-case letter outside braces is a particle ("von", "de la").
fn is_lower(word: &str) -> bool {
    let mut chars = word.chars();
    match chars.next() {
        Some('\\') => {
            // {\'e}mile starts upper or lower by its letter; skip the command.
            word.chars()
                .find(|c| c.is_alphabetic() && !matches!(c, 'c' | 'v' | 'u' | 'H' | 'k' | 'r'))
                .is_some_and(char::is_lowercase)
        }
        Some(c) => c.is_lowercase(),
        None => false,
    }
}

fn joined(words: &[&str]) -> Option<String> {
    let text = detex(&words.join(" "));
    (!text.is_empty()).then_some(text)
}

fn one_name(name: &str) -> Option<Name> {
    let inner = name.strip_prefix('{').and_then(|n| n.strip_suffix('}'));
    if let Some(inner) = inner.filter(|i| !i.contains(['{', '}']) || balanced(i)) {
        return Some(Name::literal(&detex(inner)));
    }
    let commas: Vec<&str> = split_top(name, Split::Comma)
        .into_iter()
        .map(str::trim)
        .collect();
    let mut suffix = None;
    let (von_last, given): (Vec<&str>, Option<String>) = match commas.as_slice() {
        [one] => {
            let words = split_top(one, Split::Space);
            // First von Last: the particle is the first lower-case word that is not the last.
            let last_index = words.len().checked_sub(1)?;
            let von = words[..last_index].iter().position(|w| is_lower(w));
            let split = von.unwrap_or(last_index);
            (words[split..].to_vec(), joined(&words[..split]))
        }
        [last, first] => (
            split_top(last, Split::Space),
            joined(&split_top(first, Split::Space)),
        ),
        // "von Last, Jr, First".
        [last, jr, first] => {
            suffix = joined(&split_top(jr, Split::Space));
            (
                split_top(last, Split::Space),
                joined(&split_top(first, Split::Space)),
            )
        }
        [last, rest @ ..] => (split_top(last, Split::Space), joined(rest)),
        [] => return None,
    };
    // von Last: the particle is the run of lower-case words before the last word.
    let mut particle_end = 0;
    while particle_end + 1 < von_last.len() && is_lower(von_last[particle_end]) {
        particle_end += 1;
    }
    let family = joined(&von_last[particle_end..])?;
    Some(Name::Person {
        family: family.into(),
        given: given.map(Into::into),
        particle: joined(&von_last[..particle_end]).map(Into::into),
        suffix: suffix.map(Into::into),
    })
}

fn balanced(s: &str) -> bool {
    let mut depth = 0i32;
    for b in s.bytes() {
        match b {
            b'{' => depth += 1,
            b'}' => depth -= 1,
            _ => {}
        }
        if depth < 0 {
            return false;
        }
    }
    depth == 0
}

#[cfg(test)]
mod tests {
    use super::*;

    fn person(family: &str, given: Option<&str>, particle: Option<&str>) -> Name {
        Name::Person {
            family: family.into(),
            given: given.map(Into::into),
            particle: particle.map(Into::into),
            suffix: None,
        }
    }

    #[test]
    fn three_forms_and_organisations() {
        let names = parse_bib_names("Ashmore, Malcolm and Jane {van Dyke} and Ludwig van Beethoven and {World Health Organization} and de la Cruz, Juan and others");
        assert_eq!(
            names,
            [
                person("Ashmore", Some("Malcolm"), None),
                person("van Dyke", Some("Jane"), None),
                person("Beethoven", Some("Ludwig"), Some("van")),
                Name::literal("World Health Organization"),
                person("Cruz", Some("Juan"), Some("de la")),
            ]
        );
    }

    #[test]
    fn accents_jr_and_single_names() {
        assert_eq!(
            parse_bib_names(r#"M{\"u}ller, J{\"o}rg"#),
            [person("Müller", Some("Jörg"), None)]
        );
        assert_eq!(
            parse_bib_names("King, Jr., Martin Luther"),
            [Name::Person {
                family: "King".into(),
                given: Some("Martin Luther".into()),
                particle: None,
                suffix: Some("Jr.".into()),
            }]
        );
        assert_eq!(
            parse_bib_names("Aristotle"),
            [person("Aristotle", None, None)]
        );
        assert_eq!(
            parse_bib_names("Sand AND Stone,  A."),
            [
                person("Sand", None, None),
                person("Stone", Some("A."), None)
            ]
        );
        assert!(parse_bib_names("  ").is_empty());
    }

    #[test]
    fn and_inside_braces_stays() {
        assert_eq!(
            parse_bib_names("{Smith and Sons}"),
            [Name::literal("Smith and Sons")]
        );
    }
}
