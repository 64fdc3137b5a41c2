//! Linking the works cited in notes: a full citation or a short form to its bibliography entry
//! by family name, title words and year (entries indexed by family name, so each look-up
//! costs only the entries of one name); "Ibid." to the work of the note before; a
//! cross-reference to the work of the note it names. With no bibliography, the full citations
//! are the works, and short forms link to the earlier full note. Each citation comes out
//! with the [`Fact`] the rules report, if any.

use super::{Form, NoteCite, Notes};
use crate::lexicon::fold_name;
use crate::reference::Reference;
use std::collections::{HashMap, HashSet};

/// What a rule may say about one cited work.
#[derive(Debug, Clone, PartialEq)]
pub enum Fact {
    /// A short form (or cross-reference) before any full note of its work; `full_note` is a
    /// later note that gives it in full, if one does.
    ShortBeforeFull { full_note: Option<u32> },
    /// "Ibid." after a note that cites `works` works (0 or several); `previous` is that note.
    IbidUnclear { previous: Option<u32>, works: usize },
    /// A full citation that disagrees with its entry: (field, in the note, in the entry).
    Mismatch(Vec<(&'static str, String, String)>),
    /// A work cited in notes that the bibliography lacks.
    Missing,
}

/// One cited work linked.
#[derive(Debug, Clone, PartialEq)]
pub struct Linked {
    /// The entry (bibliography entry, or work from the notes), if any.
    pub entry: Option<usize>,
    pub fact: Option<Fact>,
}

/// The outcome of linking a paper's notes.
#[derive(Debug, Clone, Default)]
pub struct Linking {
    /// Parallel to [`Notes::cites`].
    pub links: Vec<Linked>,
    /// With no bibliography: the works the full citations name, in order of first citation.
    pub works: Vec<Reference>,
}

/// Entries by first creator's family name, with each entry's title words.
struct WorkIndex {
    by_family: HashMap<String, Vec<usize>>,
    by_title: HashMap<String, Vec<usize>>,
    words: Vec<HashSet<String>>,
    /// The words of each title before its subtitle.
    mains: Vec<HashSet<String>>,
    years: Vec<Option<i32>>,
}

/// A title before its subtitle: "Rhetorical Style: The Uses of Language" → "Rhetorical Style".
fn main_title(title: &str) -> &str {
    title.split([':', '?', '.']).next().unwrap_or(title)
}

const STOP: &[&str] = &[
    "the", "a", "an", "of", "and", "in", "on", "to", "for", "at", "by", "with", "from", "its",
    "le", "la", "les", "de", "der", "die", "das",
];

fn title_words(title: &str) -> HashSet<String> {
    title
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(fold_name)
        .filter(|w| !STOP.contains(&w.as_str()))
        .collect()
}

fn first_word(title: &str) -> Option<String> {
    title
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(fold_name)
        .find(|w| !STOP.contains(&w.as_str()))
}

impl WorkIndex {
    fn new() -> Self {
        WorkIndex {
            by_family: HashMap::new(),
            by_title: HashMap::new(),
            words: Vec::new(),
            mains: Vec::new(),
            years: Vec::new(),
        }
    }

    fn add(&mut self, i: usize, r: &Reference) {
        for name in r.creators().iter().take(1) {
            self.add_family(i, name.family());
        }
        let title = r.title.as_deref().unwrap_or_default();
        if let Some(w) = first_word(title) {
            self.by_title.entry(w).or_default().push(i);
        }
        if self.words.len() <= i {
            self.words.resize(i + 1, HashSet::new());
            self.years.resize(i + 1, None);
        }
        self.words[i] = title_words(title);
        self.years[i] = r.year();
        if self.mains.len() <= i {
            self.mains.resize(i + 1, HashSet::new());
        }
        self.mains[i] = title_words(main_title(title));
    }

    /// Index entry `i` under a family name, and under its last word too: a short form names
    /// "Tocqueville" for "de Tocqueville", "Board" for "Harbour Board".
    fn add_family(&mut self, i: usize, family: &str) {
        let last = family.split_whitespace().last().unwrap_or(family);
        for name in [family, last] {
            let list = self.by_family.entry(fold_name(name)).or_default();
            if !list.contains(&i) {
                list.push(i);
            }
        }
    }

    /// Is a full citation the same work as entry `i`, made from an earlier full citation? The
    /// same year when both have one, and the same title words, or the one title the other's
    /// main title (a subtitle left out). A paper with no bibliography gives each work in full
    /// once, and two full notes that differ name two works.
    fn same_work(&self, i: usize, title: Option<&str>, year: Option<i32>) -> bool {
        if year.is_some() && self.years[i].is_some() && self.years[i] != year {
            return false;
        }
        let (Some(cited), Some(main)) = (title, self.mains.get(i)) else {
            return true;
        };
        let words = title_words(cited);
        words == self.words[i] || words == *main || title_words(main_title(cited)) == self.words[i]
    }

    /// The entry a cited work names, if one fits: candidates by family name (or by the
    /// title's first word for a work with no names), then the most title words in common,
    /// then the year. `strict`: a full citation must share half its title words.
    fn find(&self, names: &[String], title: Option<&str>, year: Option<i32>) -> Option<usize> {
        let candidates: &[usize] = match names.first() {
            Some(name) => self
                .by_family
                .get(&fold_name(name))
                .map_or(&[], Vec::as_slice),
            None => {
                let word = first_word(title?)?;
                self.by_title.get(&word).map_or(&[], Vec::as_slice)
            }
        };
        if candidates.is_empty() {
            return None;
        }
        let Some(title) = title else {
            // "Holcomb, 2005, 191": the year tells a name's works apart.
            let mut dated = candidates
                .iter()
                .filter(|&&i| year.is_some() && self.years[i] == year);
            return match (dated.next(), dated.next()) {
                (Some(&i), None) => Some(i),
                _ => (candidates.len() == 1).then(|| candidates[0]),
            };
        };
        let cited = title_words(title);
        if cited.is_empty() {
            return (candidates.len() == 1).then(|| candidates[0]);
        }
        let mut best: Option<(usize, usize, bool)> = None;
        for &i in candidates {
            let shared = cited.intersection(&self.words[i]).count();
            let same_year = year.is_some() && self.years[i] == year;
            let better = match best {
                None => true,
                Some((_, s, y)) => shared > s || (shared == s && same_year && !y),
            };
            if better {
                best = Some((i, shared, same_year));
            }
        }
        let (i, shared, same_year) = best?;
        // Half the cited title's words, or some and the same year, or (a full citation whose
        // title is off) the only work of that name in that year.
        let fits = shared * 2 >= cited.len()
            || (shared > 0 && same_year)
            || (same_year && candidates.len() == 1);
        fits.then_some(i)
    }
}

/// Link every cited work of `notes` to `references` (the bibliography, possibly empty).
/// `has_bibliography` false: the full citations become the works.
pub fn link_notes(notes: &Notes, references: &[Reference], has_bibliography: bool) -> Linking {
    let mut index = WorkIndex::new();
    let mut works: Vec<Reference> = Vec::new();
    if has_bibliography {
        for (i, r) in references.iter().enumerate() {
            index.add(i, r);
        }
    }
    // First pass: full citations, and the first note giving each entry in full.
    let cites: Vec<(u32, &NoteCite)> = notes.cites().map(|(n, c)| (n.number, c)).collect();
    let mut entry_of: Vec<Option<usize>> = vec![None; cites.len()];
    let mut first_full: HashMap<usize, u32> = HashMap::new();
    let mut facts: Vec<Option<Fact>> = vec![None; cites.len()];
    for (k, (number, cite)) in cites.iter().enumerate() {
        if cite.form != Form::Full {
            continue;
        }
        let found = index
            .find(&cite.names, cite.title.as_deref(), cite.year)
            .filter(|&i| has_bibliography || index.same_work(i, cite.title.as_deref(), cite.year));
        let entry = match (found, has_bibliography) {
            (Some(i), _) => Some(i),
            (None, true) => {
                if !cite.legal {
                    facts[k] = Some(Fact::Missing);
                }
                None
            }
            (None, false) => cite.work.as_deref().map(|w| {
                let i = works.len();
                let mut w = w.clone();
                w.span = cite.span;
                index.add(i, &w);
                // Names the parser could not read still find the work ("Ed Finn").
                if let Some(name) = cite.names.first() {
                    index.add_family(i, name);
                }
                works.push(w);
                i
            }),
        };
        if let (Some(i), true) = (entry, has_bibliography) {
            let differences = differences(cite, &references[i]);
            if !differences.is_empty() {
                facts[k] = Some(Fact::Mismatch(differences));
            }
        }
        entry_of[k] = entry;
        if let Some(i) = entry {
            first_full.entry(i).or_insert(*number);
        }
    }
    // Second pass, in reading order: short forms, cross-references and ibid.
    let mut note_works: HashMap<u32, Vec<Option<usize>>> = HashMap::new();
    let mut last_by_name: HashMap<String, usize> = HashMap::new();
    let mut previous: Option<(u32, Vec<Option<usize>>)> = None;
    let mut current: (u32, Vec<Option<usize>>) = (0, Vec::new());
    for (k, (number, cite)) in cites.iter().enumerate() {
        if *number != current.0 {
            if current.0 != 0 {
                note_works.insert(current.0, current.1.clone());
                previous = Some(std::mem::take(&mut current));
            }
            // Notes between that cite nothing leave "Ibid." nothing to point at.
            if previous.as_ref().is_some_and(|(p, _)| *p + 1 != *number) {
                previous = Some((number - 1, Vec::new()));
            }
            current = (*number, Vec::new());
        }
        let before = |i: usize| first_full.get(&i).is_some_and(|&f| f < *number);
        match cite.form {
            Form::Full => {}
            Form::Short => {
                let title = cite.title.as_deref();
                let found = match title {
                    None if cite.year.is_some() => index.find(&cite.names, None, cite.year),
                    None => cite
                        .names
                        .first()
                        .and_then(|n| last_by_name.get(&fold_name(n)).copied())
                        .or_else(|| index.find(&cite.names, None, None)),
                    Some(_) => index.find(&cite.names, title, None),
                };
                entry_of[k] = found;
                facts[k] = match found {
                    Some(i) if before(i) => None,
                    Some(i) => match first_full.get(&i) {
                        Some(&later) => Some(Fact::ShortBeforeFull {
                            full_note: Some(later),
                        }),
                        // A bibliography gives the work in full: Chicago allows short
                        // notes only.
                        None if !has_bibliography => {
                            Some(Fact::ShortBeforeFull { full_note: None })
                        }
                        None => None,
                    },
                    None if has_bibliography => Some(Fact::Missing),
                    None => Some(Fact::ShortBeforeFull { full_note: None }),
                };
            }
            Form::CrossRef(n) => {
                let there = if n < *number {
                    note_works
                        .get(&n)
                        .or((current.0 == n).then_some(&current.1))
                } else {
                    None
                };
                let linked: Vec<usize> = there.into_iter().flatten().flatten().copied().collect();
                let found = match linked.as_slice() {
                    [one] => Some(*one),
                    _ => index
                        .find(&cite.names, cite.title.as_deref(), None)
                        .filter(|i| linked.contains(i)),
                };
                // Linked by name all the same, so that the work counts as cited.
                entry_of[k] =
                    found.or_else(|| index.find(&cite.names, cite.title.as_deref(), None));
                // A note before that cites something unlinked (a case, a work the
                // bibliography lacks) was dealt with there.
                let cited_there = there.is_some_and(|w| !w.is_empty());
                if found.is_none() && !cited_there {
                    facts[k] = Some(Fact::ShortBeforeFull {
                        full_note: (n >= *number).then_some(n),
                    });
                }
            }
            Form::Ibid => {
                // "Ibid." later in a note points at the citation just before it.
                let (from, works): (Option<u32>, Vec<Option<usize>>) = if !current.1.is_empty() {
                    (
                        Some(*number),
                        current.1.last().cloned().into_iter().collect(),
                    )
                } else {
                    match &previous {
                        Some((p, w)) => (Some(*p), w.clone()),
                        None => (None, Vec::new()),
                    }
                };
                match works.as_slice() {
                    [one] => entry_of[k] = *one,
                    _ => {
                        facts[k] = Some(Fact::IbidUnclear {
                            previous: from,
                            works: works.len(),
                        })
                    }
                }
            }
        }
        if let Some(i) = entry_of[k] {
            for name in &cite.names {
                last_by_name.insert(fold_name(name), i);
            }
            if let Some(r) = works.get(i).or_else(|| references.get(i)) {
                if let Some(first) = r.creators().first() {
                    last_by_name.insert(fold_name(first.family()), i);
                }
            }
        }
        current.1.push(entry_of[k]);
    }
    let links = entry_of
        .into_iter()
        .zip(facts)
        .map(|(entry, fact)| Linked { entry, fact })
        .collect();
    Linking { links, works }
}

/// Where a full citation disagrees with its entry: year, title, publisher.
fn differences(cite: &NoteCite, entry: &Reference) -> Vec<(&'static str, String, String)> {
    let mut out = Vec::new();
    if let (Some(y), Some(e)) = (cite.year, entry.year()) {
        if y != e {
            out.push(("year", y.to_string(), e.to_string()));
        }
    }
    if let (Some(t), Some(e)) = (&cite.title, &entry.title) {
        let (a, b) = (title_words(t), title_words(e));
        // A subtitle left out is fine; other words are not.
        if !a.is_subset(&b) && !b.is_subset(&a) {
            out.push(("title", t.clone(), e.clone()));
        }
    }
    let publisher = cite.work.as_ref().and_then(|w| w.publisher.as_ref());
    if let (Some(p), Some(e)) = (publisher, &entry.publisher) {
        let (a, b) = (title_words(p), title_words(e));
        if !a.is_empty() && !b.is_empty() && a.is_disjoint(&b) {
            out.push(("publisher", p.clone(), e.clone()));
        }
    }
    out
}
