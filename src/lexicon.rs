//! Names folded for comparison (case, accents, spacing and punctuation ignored), and a
//! typo-tolerant index over them that answers in time linear in the query, not in the list.

use crate::reference::ascii_fold;
use std::collections::HashMap;

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
/// ("Brandtt" → "Brandt", "Bradnt" → "Brandt").
#[derive(Debug, Clone)]
pub struct NameIndex<T> {
    exact: HashMap<String, Vec<T>>,
    /// Each name with one character deleted → the names it came from.
    deletions: HashMap<String, Vec<String>>,
}

impl<T> Default for NameIndex<T> {
    fn default() -> Self {
        Self {
            exact: HashMap::new(),
            deletions: HashMap::new(),
        }
    }
}

fn one_deletions(word: &str) -> impl Iterator<Item = String> + '_ {
    word.char_indices().map(move |(i, c)| {
        let mut s = String::with_capacity(word.len());
        s.push_str(&word[..i]);
        s.push_str(&word[i + c.len_utf8()..]);
        s
    })
}

impl<T: Clone + PartialEq> NameIndex<T> {
    /// Add a value under an already-folded name.
    pub fn insert(&mut self, folded: String, value: T) {
        if folded.is_empty() {
            return;
        }
        let values = self.exact.entry(folded.clone()).or_default();
        if values.contains(&value) {
            return;
        }
        values.push(value);
        if values.len() == 1 && folded.len() >= 4 {
            for d in one_deletions(&folded) {
                self.deletions.entry(d).or_default().push(folded.clone());
            }
        }
    }

    pub fn get(&self, folded: &str) -> &[T] {
        self.exact.get(folded).map_or(&[], Vec::as_slice)
    }

    pub fn contains(&self, folded: &str) -> bool {
        self.exact.contains_key(folded)
    }

    /// Names within one insertion, deletion, substitution or transposition-as-two-edits of
    /// `folded`, nearest first; never `folded` itself. Only for names of four letters or more.
    pub fn near(&self, folded: &str) -> Vec<&str> {
        if folded.len() < 4 {
            return Vec::new();
        }
        let mut found: Vec<&str> = Vec::new();
        let mut add = |name: &str| {
            if let Some((k, _)) = self.exact.get_key_value(name) {
                if k != folded && !found.contains(&k.as_str()) {
                    found.push(k.as_str());
                }
            }
        };
        // An extra character in the query: deleting one gives a known name.
        for d in one_deletions(folded) {
            add(&d);
        }
        // A missing or wrong character: the query (or one deletion of it) is a known name's deletion.
        if let Some(names) = self.deletions.get(folded) {
            names.iter().for_each(|n| add(n));
        }
        for d in one_deletions(folded) {
            if let Some(names) = self.deletions.get(&d) {
                names.iter().for_each(|n| add(n));
            }
        }
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
        assert!(idx.near("smith").is_empty());
    }
}
