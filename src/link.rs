//! Matching citations to reference-list entries through an index: name → entries, then
//! narrowed by year, suffix, month and day. Cost is linear in citations plus entries.

pub mod fields;

use crate::citation::{Citation, Target};
use crate::lexicon::{fold_name, NameIndex};
use crate::reference::{Date, Name, Reference};
use std::collections::{HashMap, HashSet};

/// How a citation ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    Matched,
    Ambiguous,
    Unmatched,
}

/// The outcome of linking one citation.
#[derive(Debug, Clone, PartialEq)]
pub struct Link {
    pub status: Status,
    /// The matched entry, or every candidate of an ambiguous citation (indices into the list).
    pub entries: Vec<usize>,
    /// For an ambiguous citation: the candidate whose title best fits the citing sentence.
    pub best_guess: Option<usize>,
    /// For an unmatched citation: the nearest entries, with a sentence saying why (boxed: most
    /// citations have none, and a paper may hold a hundred thousand links).
    pub suggestion: Option<Box<Suggestion>>,
    /// The citation named the first author by a given name ("Asfandyar" for "Mir, Asfandyar").
    pub by_given_name: bool,
}

/// What an unmatched citation most likely meant.
#[derive(Debug, Clone, PartialEq)]
pub struct Suggestion {
    pub entries: Vec<usize>,
    pub message: String,
}

impl Link {
    pub fn matched(entries: Vec<usize>, by_given_name: bool) -> Self {
        let status = if entries.len() == 1 {
            Status::Matched
        } else {
            Status::Ambiguous
        };
        Link {
            status,
            entries,
            best_guess: None,
            suggestion: None,
            by_given_name,
        }
    }

    /// A citation matched to one entry by a rule outside the linker (BibTeX's case-blind keys).
    pub fn matched_to(entry: usize) -> Self {
        Link::matched(vec![entry], false)
    }

    pub fn unmatched(suggestion: Option<Suggestion>) -> Self {
        Link {
            status: Status::Unmatched,
            entries: Vec::new(),
            best_guess: None,
            suggestion: suggestion.map(Box::new),
            by_given_name: false,
        }
    }
}

/// Look-up tables over one reference list.
#[derive(Debug, Default)]
pub struct Index {
    /// First author's cite name (family name or organisation) → entries.
    by_name: NameIndex<usize>,
    /// (first author's name, year) → entries: the common case, looked up in constant time even
    /// when one name has hundreds of entries.
    by_name_year: HashMap<(String, i32), Vec<usize>>,
    /// First author's first given name → entries.
    by_given: HashMap<String, Vec<usize>>,
    /// Container (newspaper, journal, site) → entries.
    by_container: HashMap<String, Vec<usize>>,
    by_number: HashMap<u32, usize>,
    /// Alphabetic labels ("BJP12") → entry.
    by_label: HashMap<String, usize>,
    /// Keys, for papers that cite by key: made at the first key citation.
    keys: std::sync::OnceLock<KeyIndex>,
    /// Abbreviation or alias (folded) → full name (folded).
    aliases: HashMap<String, String>,
    /// Every name the list knows, for the citation finder.
    pub lexicon: NameIndex<usize>,
    /// For each entry, the first entry of the same work (itself unless it is a duplicate).
    first_copy: Vec<usize>,
}

/// Entries by key, exactly and lower-cased.
#[derive(Debug, Default)]
struct KeyIndex {
    exact: HashMap<String, usize>,
    folded: NameIndex<usize>,
}

impl KeyIndex {
    fn new(references: &[Reference]) -> Self {
        let mut keys = KeyIndex::default();
        for (i, reference) in references.iter().enumerate() {
            keys.exact.insert(reference.key.to_string(), i);
            keys.folded.insert(reference.key.as_str().to_lowercase(), i);
        }
        keys
    }
}

fn first_given(name: &Name) -> Option<String> {
    let given = name.given()?;
    let word = given.split([' ', '.']).find(|w| w.chars().count() > 2)?;
    Some(fold_name(word))
}

impl Index {
    /// Build the index. `aliases` maps a name as cited to a name in the list (from the config).
    pub fn new(
        references: &[Reference],
        numbers: &[Option<u32>],
        aliases: &[(String, String)],
    ) -> Self {
        let mut index = Index::default();
        for (i, reference) in references.iter().enumerate() {
            if let Some(first) = reference.creators().first() {
                let (cite, family) = (fold_name(&first.cite_name()), fold_name(first.family()));
                // "Noam Shazeer. 2019." kept whole is cited "(Shazeer, 2019)".
                let last = first.literal_family().map(fold_name);
                let mut keys = vec![cite, family];
                keys.extend(last.clone());
                keys.dedup();
                for key in keys {
                    if let Some(year) = reference.year() {
                        index
                            .by_name_year
                            .entry((key.clone(), year))
                            .or_default()
                            .push(i);
                    }
                    index.by_name.insert(key, i);
                }
                if let Some(last) = last {
                    index.lexicon.insert(last, i);
                }
                if let Some(given) = first_given(first) {
                    index.by_given.entry(given.clone()).or_default().push(i);
                    index.lexicon.insert(given, i);
                }
            }
            for name in reference.creators() {
                index.lexicon.insert(fold_name(&name.cite_name()), i);
                index.lexicon.insert(fold_name(name.family()), i);
            }
            if let Some(container) = &reference.container {
                index
                    .by_container
                    .entry(fold_name(container))
                    .or_default()
                    .push(i);
            }
        }
        index.first_copy = crate::reference::first_copies(references);
        for (i, n) in numbers.iter().enumerate() {
            if let Some(n) = n {
                index.by_number.entry(*n).or_insert(i);
            }
        }
        index.add_aliases(aliases);
        index
    }

    /// Add the list's alphabetic labels (parallel to its entries): a label citation links to
    /// the entry labelled exactly so, the first if two share it.
    pub fn add_labels(&mut self, labels: &[Option<String>]) {
        for (i, label) in labels.iter().enumerate() {
            if let Some(label) = label {
                self.by_label.entry(label.clone()).or_insert(i);
            }
        }
    }

    /// Add aliases (abbreviation → full name), as the config gives them or the text defines them.
    pub fn add_aliases(&mut self, aliases: &[(String, String)]) {
        for (alias, full) in aliases {
            let full = fold_name(full);
            if let Some(&i) = self.by_name.get(&full).first() {
                self.lexicon.insert(fold_name(alias), i);
            }
            self.aliases.insert(fold_name(alias), full);
        }
    }

    /// The key index over `references` (the list this index was built from).
    fn keys(&self, references: &[Reference]) -> &KeyIndex {
        self.keys.get_or_init(|| KeyIndex::new(references))
    }

    fn name_year_candidates(&self, folded: &str, year: i32) -> Vec<usize> {
        let mut out: Vec<usize> = self
            .by_name_year
            .get(&(folded.to_string(), year))
            .cloned()
            .unwrap_or_default();
        if let Some(full) = self.aliases.get(folded) {
            if let Some(more) = self.by_name_year.get(&(full.clone(), year)) {
                out.extend(
                    more.iter()
                        .filter(|i| !out.contains(i))
                        .copied()
                        .collect::<Vec<_>>(),
                );
            }
        }
        out.sort_unstable();
        out.dedup();
        out
    }

    fn name_candidates(&self, folded: &str) -> Vec<usize> {
        let mut out: Vec<usize> = self.by_name.get(folded).to_vec();
        if let Some(full) = self.aliases.get(folded) {
            out.extend(
                self.by_name
                    .get(full)
                    .iter()
                    .filter(|i| !out.contains(i))
                    .copied()
                    .collect::<Vec<_>>(),
            );
        }
        out.sort_unstable();
        out
    }
}

/// Link every citation. `body` is the text the citations were found in: the words of each
/// one's sentence pick the best guess among ambiguous candidates.
pub fn link_all(
    citations: &[Citation],
    references: &[Reference],
    index: &Index,
    body: &str,
) -> Vec<Link> {
    let mut linker = Linker::new(references, index);
    citations.iter().map(|c| linker.link(c, body)).collect()
}

/// What a paper's links add up to: per entry, how often it is cited and where; per status,
/// how many citations. Built one link at a time.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Tally {
    /// Per entry: matched citations.
    pub cited: Vec<usize>,
    /// Per entry: ambiguous citations that name it as a candidate.
    pub maybe: Vec<usize>,
    /// Per entry: lines of its matched citations, in order (`u32`: a paper may hold a hundred
    /// thousand of them).
    pub cited_on: Vec<Vec<u32>>,
    pub citations: usize,
    pub matched: usize,
    pub ambiguous: usize,
    pub unmatched: usize,
}

impl Tally {
    pub fn new(entries: usize) -> Self {
        Tally {
            cited: vec![0; entries],
            maybe: vec![0; entries],
            cited_on: vec![Vec::new(); entries],
            ..Tally::default()
        }
    }

    /// One more citation, on `line` of its file.
    pub fn add(&mut self, link: &Link, line: usize) {
        self.citations += 1;
        match link.status {
            Status::Matched => {
                self.matched += 1;
                for &i in &link.entries {
                    self.cited[i] += 1;
                    self.cited_on[i].push(u32::try_from(line).unwrap_or(u32::MAX));
                }
            }
            Status::Ambiguous => {
                self.ambiguous += 1;
                link.entries.iter().for_each(|&i| self.maybe[i] += 1);
            }
            Status::Unmatched => self.unmatched += 1,
        }
    }

    /// Lines in order, when citations were added out of text order.
    pub fn sort_lines(&mut self) {
        self.cited_on.iter_mut().for_each(|l| l.sort_unstable());
    }

    /// Entries cited at least once.
    pub fn entries_cited(&self) -> usize {
        self.cited.iter().filter(|&&n| n > 0).count()
    }
}

/// Links citations one at a time (the title words of entries it has needed are kept).
pub struct Linker<'a> {
    references: &'a [Reference],
    index: &'a Index,
    titles: TitleWords<'a>,
}

impl<'a> Linker<'a> {
    pub fn new(references: &'a [Reference], index: &'a Index) -> Self {
        Linker {
            references,
            index,
            titles: TitleWords::new(references),
        }
    }

    /// Link one citation found in `body`.
    pub fn link(&mut self, citation: &Citation, body: &str) -> Link {
        let mut link = link_one(citation, self.references, self.index);
        if link.status == Status::Ambiguous {
            link.best_guess = best_guess(
                &link.entries,
                &mut self.titles,
                sentence_around(body, citation.span.start),
            );
        }
        link
    }
}

fn link_one(citation: &Citation, references: &[Reference], index: &Index) -> Link {
    match &citation.target {
        Target::Number(n) => match index.by_number.get(n) {
            Some(&i) => Link::matched(vec![i], false),
            None => Link::unmatched(Some(Suggestion {
                entries: Vec::new(),
                message: format!(
                    "the reference list has no entry numbered {n} (it numbers {} entries)",
                    index.by_number.len()
                ),
            })),
        },
        Target::Label(label) => match index.by_label.get(label) {
            Some(&i) => Link::matched(vec![i], false),
            None => {
                let near: Vec<usize> = index
                    .by_label
                    .iter()
                    .filter(|(l, _)| l.eq_ignore_ascii_case(label))
                    .map(|(_, &i)| i)
                    .collect();
                let message = match near.first() {
                    Some(&i) => format!(
                        "the reference list has no entry labelled [{label}]; did you mean [{}]?",
                        index
                            .by_label
                            .iter()
                            .find(|&(_, &j)| j == i)
                            .map_or(label.as_str(), |(l, _)| l.as_str())
                    ),
                    None => format!("the reference list has no entry labelled [{label}]"),
                };
                Link::unmatched(Some(Suggestion {
                    entries: near,
                    message,
                }))
            }
        },
        // Notes are linked by `crate::notes::link_notes`, which knows the notes before.
        Target::Note { .. } => Link::unmatched(None),
        Target::Key(key) => match index.keys(references).exact.get(key) {
            Some(&i) => Link::matched(vec![i], false),
            None => {
                let folded = &index.keys(references).folded;
                let lower = key.to_lowercase();
                let mut near: Vec<usize> = folded.get(&lower).to_vec();
                if near.is_empty() {
                    near = folded
                        .near(&lower)
                        .iter()
                        .flat_map(|k| folded.get(k).to_vec())
                        .collect();
                }
                let message = match near.first() {
                    Some(&i) => format!(
                        "no entry has the key `{key}`; did you mean `{}`?",
                        references[i].key
                    ),
                    None => format!("no entry has the key `{key}`"),
                };
                Link::unmatched(Some(Suggestion {
                    entries: near,
                    message,
                }))
            }
        },
        Target::AuthorDate {
            names,
            et_al,
            date,
            suffix,
            pubstate,
        } => link_author_date(
            (names, *et_al),
            *date,
            suffix.as_deref(),
            pubstate.as_deref(),
            references,
            index,
        ),
    }
}

fn link_author_date(
    (names, et_al): (&[String], bool),
    date: Option<Date>,
    suffix: Option<&str>,
    pubstate: Option<&str>,
    references: &[Reference],
    index: &Index,
) -> Link {
    let Some(first) = names.first() else {
        return Link::unmatched(None);
    };
    let folded = fold_name(first);
    let mut by_given_name = false;
    let fast = date
        .map(|d| index.name_year_candidates(&folded, d.year))
        .unwrap_or_default();
    if !fast.is_empty() {
        return narrow((names, et_al), date, suffix, fast, references, index, false);
    }
    let mut candidates = index.name_candidates(&folded);
    if candidates.is_empty() {
        if let Some(entries) = index.by_given.get(&folded) {
            candidates = entries.clone();
            by_given_name = true;
        }
    }
    let in_year = |candidates: &[usize]| -> Vec<usize> {
        candidates
            .iter()
            .copied()
            .filter(|&i| match (date, &references[i].date) {
                (Some(d), Some(e)) => d.year == e.year,
                (Some(_), None) => false,
                // Author-page citations (MLA) give no year at all.
                (None, _) if pubstate.is_none() => true,
                (None, _) => references[i].pubstate.as_deref() == pubstate,
            })
            .collect()
    };
    let mut same_year = in_year(&candidates);
    // Organisation names spelt a little differently ("Centre"/"Center") are one source; person
    // names one letter apart may be two people, so those stay unmatched with a suggestion.
    if same_year.is_empty() && folded.len() >= 10 {
        let mut near: Vec<usize> = index
            .by_name
            .near(&folded)
            .iter()
            .flat_map(|n| index.by_name.get(n).to_vec())
            .filter(|&i| {
                references[i]
                    .creators()
                    .first()
                    .is_some_and(Name::is_literal)
            })
            .collect();
        near.sort_unstable();
        near.dedup();
        if !in_year(&near).is_empty() {
            same_year = in_year(&near);
            candidates = near;
        }
    }
    if candidates.is_empty() {
        return Link::unmatched(suggest_other_name(first, &folded, date, references, index));
    }
    if same_year.is_empty() {
        return Link::unmatched(Some(other_years(first, &candidates, references)));
    }
    narrow(
        (names, et_al),
        date,
        suffix,
        same_year,
        references,
        index,
        by_given_name,
    )
}

/// Narrow entries of the right name and year by co-authors, year suffix, month and day.
fn narrow(
    (names, et_al): (&[String], bool),
    date: Option<Date>,
    suffix: Option<&str>,
    same_year: Vec<usize>,
    references: &[Reference],
    index: &Index,
    by_given_name: bool,
) -> Link {
    let first = names.first().map_or("", String::as_str);
    // Co-authors named in the citation narrow further when they can.
    let mut pool = same_year;
    if let Some(second) = names.get(1) {
        let second = fold_name(second);
        let narrowed: Vec<usize> = pool
            .iter()
            .copied()
            .filter(|&i| {
                references[i].creators().get(1).is_some_and(|n| {
                    fold_name(&n.cite_name()) == second || fold_name(n.family()) == second
                })
            })
            .collect();
        if !narrowed.is_empty() {
            pool = narrowed;
        }
    }
    if let Some(suffix) = suffix {
        let labelled: Vec<usize> = pool
            .iter()
            .copied()
            .filter(|&i| references[i].label.as_deref() == Some(suffix))
            .collect();
        let pick = if !labelled.is_empty() {
            labelled
        } else if pool.iter().all(|&i| references[i].label.is_none()) {
            // "b" is the second; a suffix that is no letter is no position at all.
            let pos = suffix.bytes().next().map_or(0, |b| {
                b.to_ascii_lowercase()
                    .checked_sub(b'a')
                    .map_or(usize::MAX, usize::from)
            });
            pool.get(pos).map(|&i| vec![i]).unwrap_or_default()
        } else {
            Vec::new()
        };
        if pick.is_empty() {
            let labels = labels_of(&pool, references);
            return Link::unmatched(Some(Suggestion {
                message: format!(
                    "{first} has no {}{suffix}; the list has {labels}",
                    date.map_or(0, |d| d.year)
                ),
                entries: pool,
            }));
        }
        pool = pick;
    }
    // "Hawkey et al." is not "Hawkey and Langman", nor "Graves" "Graves et al.": the number of
    // authors tells apart entries of one name and year.
    if pool.len() > 1 {
        let fits = |i: &usize| {
            let count = references[*i].creators().len();
            if et_al {
                count >= 3
            } else {
                count == names.len()
            }
        };
        let counted: Vec<usize> = pool.iter().copied().filter(fits).collect();
        if !counted.is_empty() {
            pool = counted;
        }
    }
    if let Some(d) = date.filter(|d| d.month.is_some()) {
        let on_date: Vec<usize> = pool
            .iter()
            .copied()
            .filter(|&i| {
                references[i].date.is_some_and(|e| {
                    e.month.is_none()
                        || (e.month == d.month
                            && (d.day.is_none() || e.day.is_none() || e.day == d.day))
                })
            })
            .collect();
        if on_date.is_empty() {
            return Link::unmatched(Some(no_piece_on_date(first, d, &pool, references, index)));
        }
        pool = on_date;
    }
    Link::matched(first_of_each_work(pool, index), by_given_name)
}

/// Keep one entry per work: a work listed twice is cited through its first entry (the second
/// is reported as a duplicate).
fn first_of_each_work(pool: Vec<usize>, index: &Index) -> Vec<usize> {
    if pool.len() < 2 {
        return pool;
    }
    let members: HashSet<usize> = pool.iter().copied().collect();
    pool.iter()
        .copied()
        .filter(|&i| {
            let first = index.first_copy.get(i).copied().unwrap_or(i);
            first == i || !members.contains(&first)
        })
        .collect()
}

/// "Brandtt" → did you mean Brandt (2021a)? Also given names one letter off.
fn suggest_other_name(
    first: &str,
    folded: &str,
    date: Option<Date>,
    references: &[Reference],
    index: &Index,
) -> Option<Suggestion> {
    let near: Vec<usize> = index
        .by_name
        .near(folded)
        .iter()
        .flat_map(|n| index.by_name.get(n).to_vec())
        .collect();
    let mut near: Vec<usize> = {
        let same_year: Vec<usize> = near
            .iter()
            .copied()
            .filter(|&i| date.is_some_and(|d| references[i].year() == Some(d.year)))
            .collect();
        if same_year.is_empty() {
            near
        } else {
            same_year
        }
    };
    near.dedup();
    if near.is_empty() {
        // An outlet cited as if it were the author, on a date when it carried a listed piece.
        if let Some(d) = date {
            let pieces: Vec<usize> = index
                .by_container
                .get(folded)
                .into_iter()
                .flatten()
                .copied()
                .filter(|&i| same_day(references[i].date, d))
                .collect();
            if !pieces.is_empty() {
                return Some(Suggestion {
                    message: format!(
                        "no entry by {first} matches; {} appeared in {first} {}",
                        list_short(&pieces, references),
                        when(d)
                    ),
                    entries: pieces,
                });
            }
        }
        return None;
    }
    Some(Suggestion {
        message: format!(
            "no entry by {first}; did you mean {}?",
            list_short(&near, references)
        ),
        entries: near,
    })
}

fn other_years(first: &str, candidates: &[usize], references: &[Reference]) -> Suggestion {
    let mut years: Vec<String> = candidates
        .iter()
        .map(|&i| match (references[i].year(), &references[i].pubstate) {
            (Some(y), _) => format!("{y}{}", references[i].label.as_deref().unwrap_or("")),
            (None, Some(s)) => s.to_string(),
            (None, None) => "n.d.".into(),
        })
        .collect();
    years.sort();
    years.dedup();
    Suggestion {
        message: format!("{first} has {} in the reference list", join_and(&years)),
        entries: candidates.to_vec(),
    }
}

fn no_piece_on_date(
    first: &str,
    d: Date,
    pool: &[usize],
    references: &[Reference],
    index: &Index,
) -> Suggestion {
    let folded = fold_name(first);
    let in_outlet: Vec<usize> = index
        .by_container
        .get(&folded)
        .into_iter()
        .flatten()
        .copied()
        .filter(|&i| same_day(references[i].date, d))
        .collect();
    let mut dates: Vec<String> = pool
        .iter()
        .filter_map(|&i| references[i].date.map(|e| e.to_string()))
        .collect();
    dates.dedup();
    let mut message = format!(
        "no {first} piece dated {d} (the list has {first} on {})",
        join_and(&dates)
    );
    if !in_outlet.is_empty() {
        message.push_str(&format!(
            "; but {} appeared in {first} that day",
            list_short(&in_outlet, references)
        ));
    }
    let mut entries = in_outlet;
    entries.extend(
        pool.iter()
            .copied()
            .filter(|i| !entries.contains(i))
            .collect::<Vec<_>>(),
    );
    Suggestion { entries, message }
}

fn same_day(entry: Option<Date>, cited: Date) -> bool {
    entry.is_some_and(|e| {
        e.year == cited.year
            && (cited.month.is_none() || e.month == cited.month)
            && (cited.day.is_none() || e.day == cited.day)
    })
}

fn when(d: Date) -> String {
    if d.day.is_some() {
        "that day".into()
    } else {
        format!("in {d}")
    }
}

fn labels_of(pool: &[usize], references: &[Reference]) -> String {
    join_and(
        &pool
            .iter()
            .map(|&i| references[i].short_citation())
            .collect::<Vec<_>>(),
    )
}

/// "Brandt (2021a)", "Momand (2024) and Ali (2024)".
pub fn list_short(entries: &[usize], references: &[Reference]) -> String {
    let items: Vec<String> = entries
        .iter()
        .map(|&i| {
            let r = &references[i];
            let who = r
                .creators()
                .first()
                .map_or_else(|| "Anonymous".to_string(), Name::cite_name);
            let year = r.year().map_or_else(
                || "n.d.".to_string(),
                |y| format!("{y}{}", r.label.as_deref().unwrap_or("")),
            );
            format!("{who} ({year})")
        })
        .collect();
    join_and(&items)
}

pub fn join_and(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [a] => a.clone(),
        [a, b] => format!("{a} and {b}"),
        [rest @ .., last] => format!("{}, and {last}", rest.join(", ")),
    }
}

const STOPWORDS: &[&str] = &[
    "the", "and", "for", "with", "that", "this", "from", "were", "was", "are", "has", "have",
    "had", "their", "there", "which", "into", "over", "after", "about", "between", "both", "also",
    "said", "its", "not", "but", "all", "any", "his", "her", "they", "them", "than", "such",
    "states",
];

/// Content words of a text, crudely stemmed so that "strikes" meets "strike" and "urged"
/// meets "urges": common endings dropped, then cut to six letters. Calls `f` with each stem.
fn for_each_word(text: &str, mut f: impl FnMut(&str)) {
    let mut lower = String::new();
    for w in text.split(|c: char| !c.is_alphanumeric()) {
        if w.len() < 3 {
            continue;
        }
        lower.clear();
        lower.extend(w.chars().flat_map(char::to_lowercase));
        if STOPWORDS.contains(&lower.as_str()) {
            continue;
        }
        let mut stem = lower.as_str();
        for ending in ["ing", "ed", "es", "s", "e"] {
            if stem.len() > ending.len() + 3 {
                if let Some(s) = stem.strip_suffix(ending) {
                    stem = s;
                    break;
                }
            }
        }
        let cut = stem.char_indices().nth(6).map_or(stem.len(), |(i, _)| i);
        f(&stem[..cut]);
    }
}

fn words(text: &str) -> HashSet<String> {
    let mut set = HashSet::new();
    for_each_word(text, |w| {
        set.insert(w.to_string());
    });
    set
}

/// The paragraph before a citation (up to a blank line), at most 800 bytes back.
fn sentence_around(body: &str, at: usize) -> &str {
    let from = crate::span::floor_char_boundary(body, at.saturating_sub(800));
    let before = &body[from..at.min(body.len())];
    let start = before.rfind("\n\n").map_or(0, |i| i + 2);
    &before[start..]
}

/// The candidate whose title shares most words with the text before the citation, counting
/// only words that tell the candidates apart. `None` on a tie or when nothing is shared.
fn best_guess(candidates: &[usize], titles: &mut TitleWords, context: &str) -> Option<usize> {
    let sets: Vec<&HashSet<String>> = {
        for &i in candidates {
            titles.ensure(i);
        }
        candidates.iter().map(|&i| titles.get(i)).collect()
    };
    // Only words that tell the candidates apart count.
    let mut scores = vec![0usize; candidates.len()];
    let distinctive = |w: &str| sets.iter().any(|t| !t.contains(w));
    // Words of the citing sentence count twice: they are nearest to what is cited.
    let split = context.rfind(". ").map_or(0, |i| i + 2);
    let mut seen: HashSet<String> = HashSet::new();
    let tally = |w: &str, weight: usize, scores: &mut Vec<usize>| {
        if !distinctive(w) {
            return;
        }
        for (k, t) in sets.iter().enumerate() {
            if t.contains(w) {
                scores[k] += weight;
            }
        }
    };
    for_each_word(context, |w| {
        if seen.insert(w.to_string()) {
            tally(w, 1, &mut scores);
        }
    });
    let mut near_seen: HashSet<String> = HashSet::new();
    for_each_word(&context[split..], |w| {
        if near_seen.insert(w.to_string()) {
            tally(w, 1, &mut scores);
        }
    });
    let mut scored: Vec<(usize, usize)> =
        scores.into_iter().zip(candidates.iter().copied()).collect();
    scored.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    match scored.as_slice() {
        [(best, i), (second, _), ..] if *best > 0 && best > second => Some(*i),
        [(best, i)] if *best > 0 => Some(*i),
        _ => None,
    }
}

/// Title words of each entry, computed once, when an ambiguous citation first needs them.
struct TitleWords<'a> {
    references: &'a [Reference],
    cache: Vec<Option<HashSet<String>>>,
}

impl<'a> TitleWords<'a> {
    fn new(references: &'a [Reference]) -> Self {
        Self {
            references,
            cache: vec![None; references.len()],
        }
    }

    fn ensure(&mut self, i: usize) {
        if self.cache[i].is_none() {
            self.cache[i] = Some(
                self.references[i]
                    .title
                    .as_deref()
                    .map(words)
                    .unwrap_or_default(),
            );
        }
    }

    fn get(&self, i: usize) -> &HashSet<String> {
        static EMPTY: std::sync::LazyLock<HashSet<String>> = std::sync::LazyLock::new(HashSet::new);
        self.cache[i].as_ref().unwrap_or(&EMPTY)
    }
}

#[cfg(test)]
mod tests;
