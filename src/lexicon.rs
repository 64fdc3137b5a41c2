//! Names folded for comparison (case, accents, spacing and punctuation ignored), and a
//! typo-tolerant index over them that answers in time linear in the query, not in the list.

use crate::text::ascii_fold;
use smallvec::SmallVec;
use std::collections::HashMap;
use std::hash::Hasher;
use std::sync::OnceLock;

/// Fold a name for comparison: "AlJazeera" = "Aljazeera", "Ødegaard" = "odegaard".
/// A leading "The" is dropped so that "The Indian Express" = "Indian Express".
pub fn fold_name(name: &str) -> String {
    let trimmed = name.trim();
    let without_the = trimmed
        .strip_prefix("The ")
        .or_else(|| trimmed.strip_prefix("the "))
        .unwrap_or(trimmed);
    ascii_fold(without_the)
}

/// Maps a folded name to values, with a deletion-neighbourhood index for names one edit away
/// ("Brandtt" → "Brandt", "Bradnt" → "Brandt"). The neighbourhood is built on the first
/// `near` query, from hashes, so a paper whose citations all match never pays for it.
#[derive(Debug)]
pub struct NameIndex<T> {
    /// Most names belong to one entry: its value is kept inline, not in an allocation of its own.
    exact: HashMap<String, SmallVec<[T; 1]>>,
    /// Hash of a name with one character deleted → the names it came from.
    deletions: OnceLock<HashMap<u64, Vec<String>>>,
}

impl<T: Clone> Clone for NameIndex<T> {
    fn clone(&self) -> Self {
        Self {
            exact: self.exact.clone(),
            deletions: OnceLock::new(),
        }
    }
}

impl<T> Default for NameIndex<T> {
    fn default() -> Self {
        Self {
            exact: HashMap::new(),
            deletions: OnceLock::new(),
        }
    }
}

/// Hashes of `word` with each one character deleted, computed without allocating.
fn deletion_hashes(word: &str) -> impl Iterator<Item = u64> + '_ {
    word.char_indices().map(move |(i, c)| {
        let mut h = std::collections::hash_map::DefaultHasher::new();
        h.write(&word.as_bytes()[..i]);
        h.write(&word.as_bytes()[i + c.len_utf8()..]);
        h.finish()
    })
}

fn hash_of(word: &str) -> u64 {
    let mut h = std::collections::hash_map::DefaultHasher::new();
    h.write(word.as_bytes());
    h.write(&[]);
    h.finish()
}

/// Are `a` and `b` within `max` edits (optimal string alignment distance)?
fn within(a: &str, b: &str, max: usize) -> bool {
    strsim::osa_distance(a, b) <= max
}

impl<T: Clone + PartialEq> NameIndex<T> {
    /// Add a value under an already-folded name.
    pub fn insert(&mut self, folded: String, value: T) {
        if folded.is_empty() {
            return;
        }
        let values = self.exact.entry(folded).or_default();
        if !values.contains(&value) {
            values.push(value);
        }
        self.deletions = OnceLock::new();
    }

    pub fn get(&self, folded: &str) -> &[T] {
        self.exact.get(folded).map_or(&[], |v| v.as_slice())
    }

    pub fn contains(&self, folded: &str) -> bool {
        self.exact.contains_key(folded)
    }

    fn deletions(&self) -> &HashMap<u64, Vec<String>> {
        self.deletions.get_or_init(|| {
            let mut map: HashMap<u64, Vec<String>> = HashMap::new();
            for name in self.exact.keys().filter(|n| n.len() >= 4) {
                for h in deletion_hashes(name) {
                    map.entry(h).or_default().push(name.clone());
                }
            }
            map
        })
    }

    /// Known names one edit from `folded` (an insertion, deletion, substitution or an adjacent
    /// transposition), never `folded` itself. Only for names of four letters or more. Nearest
    /// first, then in alphabetical order: the same names in the same order on every run
    /// (the tables behind them are hash maps, whose order is not).
    pub fn near(&self, folded: &str) -> Vec<&str> {
        if folded.len() < 4 {
            return Vec::new();
        }
        let deletions = self.deletions();
        let mut found: Vec<&str> = Vec::new();
        let mut consider = |name: &str| {
            if let Some((k, _)) = self.exact.get_key_value(name) {
                if k != folded && !found.contains(&k.as_str()) && within(k, folded, 2) {
                    found.push(k.as_str());
                }
            }
        };
        let mut buf = String::with_capacity(folded.len());
        // An extra character in the query: deleting one gives a known name.
        for (i, c) in folded.char_indices() {
            buf.clear();
            buf.push_str(&folded[..i]);
            buf.push_str(&folded[i + c.len_utf8()..]);
            consider(&buf);
        }
        // A missing character: the query is a known name with one deleted.
        for name in deletions.get(&hash_of(folded)).into_iter().flatten() {
            consider(name);
        }
        // A wrong or swapped character: the same deletion of both.
        for h in deletion_hashes(folded) {
            for name in deletions.get(&h).into_iter().flatten() {
                consider(name);
            }
        }
        found.sort_by_cached_key(|name| (strsim::osa_distance(name, folded), name.to_string()));
        found
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding() {
        assert_eq!(fold_name("AlJazeera"), fold_name("Aljazeera"));
        assert_eq!(fold_name("The Indian Express"), "indianexpress");
        assert_eq!(fold_name("Ødegaard"), "odegaard");
        assert_eq!(fold_name("Fazl-e-Haider"), "fazlehaider");
    }

    #[test]
    fn near_names() {
        let mut idx = NameIndex::default();
        for (i, n) in ["brandt", "ibrahim", "chen"].into_iter().enumerate() {
            idx.insert(n.to_string(), i);
        }
        assert_eq!(idx.near("brandtt"), ["brandt"]);
        assert_eq!(idx.near("brant"), ["brandt"]);
        assert_eq!(idx.near("brendt"), ["brandt"]);
        assert_eq!(idx.near("ibrahin"), ["ibrahim"]);
        assert!(idx.near("brandt").is_empty());
        // Several at one edit: nearest first, then alphabetical, whatever the hash order.
        let mut idx = NameIndex::default();
        for (i, n) in ["dawn", "dawi", "dawe", "dann"].into_iter().enumerate() {
            idx.insert(n.to_string(), i);
        }
        assert_eq!(idx.near("danw"), ["dann", "dawn", "dawe", "dawi"]);
        assert!(idx.near("smith").is_empty());
    }
}
