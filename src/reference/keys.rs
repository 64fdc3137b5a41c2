//! Readable citation keys: ASCII-folded family name plus year, made unique with a/b/c in order.

use super::Reference;
use crate::text::ascii_fold;
use std::collections::HashMap;

fn base_key(reference: &Reference) -> String {
    let who = reference
        .creators()
        .first()
        .map(|n| match n {
            super::Name::Literal { literal } => {
                // Organisations: first significant word keeps keys short ("worldhealth" is noise).
                literal
                    .split_whitespace()
                    .map(ascii_fold)
                    .find(|w| !w.is_empty() && w != "the")
                    .unwrap_or_default()
            }
            person => ascii_fold(&person.cite_name()),
        })
        .filter(|w| !w.is_empty())
        .or_else(|| {
            reference
                .title
                .as_deref()
                .and_then(|t| t.split_whitespace().map(ascii_fold).find(|w| w.len() > 3))
        })
        .unwrap_or_else(|| "anon".to_string());
    let year = reference
        .year()
        .map_or_else(|| "nd".to_string(), |y| y.to_string());
    format!("{who}{year}")
}

/// Give every reference a unique key, adding a, b, c ... in list order where keys collide.
pub fn assign_keys(references: &mut [Reference]) {
    let mut counts = KeyCounts::default();
    references.iter().for_each(|r| counts.count(r));
    let mut keys = counts.assigner();
    for reference in references {
        reference.key = keys.key(reference).into();
    }
}

/// How many references share each key before suffixes: the first of two passes over a list
/// that is not held whole ([`assign_keys`] makes both over one that is).
#[derive(Debug, Default, Clone)]
pub struct KeyCounts {
    counts: HashMap<String, usize>,
}

impl KeyCounts {
    pub fn count(&mut self, reference: &Reference) {
        *self.counts.entry(base_key(reference)).or_default() += 1;
    }

    /// The second pass: keys in list order, from the first reference again.
    pub fn assigner(&self) -> KeyAssigner<'_> {
        KeyAssigner {
            counts: &self.counts,
            seen: HashMap::new(),
        }
    }
}

/// Hands out keys in list order (see [`KeyCounts::assigner`]).
#[derive(Debug)]
pub struct KeyAssigner<'a> {
    counts: &'a HashMap<String, usize>,
    seen: HashMap<String, usize>,
}

impl KeyAssigner<'_> {
    /// The key of the next reference in the list.
    pub fn key(&mut self, reference: &Reference) -> String {
        let base = base_key(reference);
        if self.counts.get(&base).copied().unwrap_or(1) == 1 {
            return base;
        }
        let n = self.seen.entry(base.clone()).or_default();
        let key = format!("{base}{}", suffix(*n));
        *n += 1;
        key
    }
}

/// The year suffix each entry would need: a, b, c ... among entries with the same first author
/// and year, in list order; `None` where the author-year pair is unique or there is no year.
/// (`ambiguous-citation` proposes these; `fix` writes them.)
pub fn year_labels(references: &[Reference]) -> Vec<Option<char>> {
    let group = |r: &Reference| {
        let who = r
            .creators()
            .first()
            .map(|n| crate::lexicon::fold_name(&n.cite_name()))
            .unwrap_or_default();
        (who, r.year())
    };
    let mut sizes: HashMap<(String, Option<i32>), usize> = HashMap::new();
    for r in references {
        *sizes.entry(group(r)).or_default() += 1;
    }
    let mut seen: HashMap<(String, Option<i32>), usize> = HashMap::new();
    references
        .iter()
        .map(|r| {
            let g = group(r);
            if sizes[&g] < 2 || r.year().is_none() {
                return None;
            }
            let n = seen.entry(g).or_default();
            *n += 1;
            Some((b'a' + ((*n - 1) % 26) as u8) as char)
        })
        .collect()
}

/// a, b, ..., z, aa, ab, ...
fn suffix(mut n: usize) -> String {
    let mut out = Vec::new();
    loop {
        out.push(b'a' + (n % 26) as u8);
        if n < 26 {
            break;
        }
        n = n / 26 - 1;
    }
    out.reverse();
    String::from_utf8(out).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::reference::{Date, Name};

    fn reference(family: &str, year: i32) -> Reference {
        Reference {
            authors: vec![Name::person(family, Some("T."))],
            date: Some(Date::year(year)),
            ..Default::default()
        }
    }

    #[test]
    fn folded_and_unique() {
        let mut refs = vec![
            reference("Ødegaard", 2020),
            reference("Dawn", 2024),
            reference("Dawn", 2024),
            reference("Smith", 2020),
        ];
        assign_keys(&mut refs);
        let keys: Vec<&str> = refs.iter().map(|r| r.key.as_str()).collect();
        assert_eq!(
            keys,
            ["odegaard2020", "dawn2024a", "dawn2024b", "smith2020"]
        );
        assert_eq!(suffix(26), "aa");
    }
}
