//! Which works of a bibliography need year suffixes (2007a, 2007b).
//!
//! CSL gives a suffix to works whose in-text citations would read alike once the style's other
//! means are spent: initials or given names for people who share a family name, then more names
//! before "et al.". The steps follow the CSL specification in the order `pandoc --citeproc`
//! (the reference this crate is measured against) takes them:
//!
//! 1. Given names, once for the whole list (every rule but `by-cite`): a person who shares a
//!    family name with someone else gets initials when no namesake has the same initials, and
//!    otherwise the full given name, or nothing under the `-with-initials` rules. The `primary-`
//!    rules look at first names only.
//! 2. Citations that still read alike form a set. With `disambiguate-add-names`, works whose
//!    name lists differ somewhere show as many names as it takes; the smallest such number is
//!    found for the set as a whole, so a set told apart by a first author's initials that the
//!    citation does not print stays alike.
//! 3. With the `by-cite` rule, given names are added where a set still reads alike.
//! 4. What still reads alike needs suffixes, a group at a time.
//!
//! Everything is decided on what a citation shows (its text and its people), so it is linear
//! in the number of works apart from each set's own size.

use crate::text::initials;
use std::collections::{HashMap, HashSet};

/// A person (or organisation) as a citation names them.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub(crate) struct CiteName {
    /// "van", "de": kept apart from the family name, as CSL-JSON does.
    pub particle: String,
    pub family: String,
    pub given: String,
}

/// What one work's citation shows: its text as rendered without any disambiguation, and every
/// name of the variable it cites by (not just those printed before "et al.").
#[derive(Clone, Debug, Default, PartialEq)]
pub(crate) struct Cite {
    pub text: String,
    pub names: Vec<CiteName>,
}

/// CSL's `givenname-disambiguation-rule`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum GivenRule {
    AllNames,
    AllNamesWithInitials,
    PrimaryName,
    PrimaryNameWithInitials,
    ByCite,
}

impl GivenRule {
    fn primary_only(self) -> bool {
        matches!(
            self,
            GivenRule::PrimaryName | GivenRule::PrimaryNameWithInitials
        )
    }

    fn initials_only(self) -> bool {
        matches!(
            self,
            GivenRule::AllNamesWithInitials | GivenRule::PrimaryNameWithInitials
        )
    }
}

/// The style's disambiguation settings for citations.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct Rules {
    pub add_names: bool,
    pub givenname: Option<GivenRule>,
    pub et_al_min: Option<usize>,
    pub et_al_use_first: Option<usize>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Hint {
    Initials,
    Given,
}

/// Works (indices into `cites`) that read alike whatever the style adds: each group needs
/// year suffixes. Groups have two or more members, in `cites` order.
pub(crate) fn suffix_groups(cites: &[Cite], rules: &Rules) -> Vec<Vec<usize>> {
    let hints = match rules.givenname {
        Some(rule) if rule != GivenRule::ByCite => global_hints(cites, rule),
        _ => HashMap::new(),
    };
    let shown: Vec<usize> = cites.iter().map(|c| rules.shown(c.names.len())).collect();
    let key = |i: usize, shown_now: usize, by_cite: bool| {
        rules.key(&cites[i], shown[i], shown_now, &hints, by_cite)
    };
    let mut result = Vec::new();
    for set in alike(0..cites.len(), |i| key(i, shown[i], false)) {
        let mut now: Vec<(usize, usize)> = set.iter().map(|&i| (i, shown[i])).collect();
        if rules.add_names {
            if let Some((n, told_apart)) = rules.names_needed(cites, &set) {
                for (i, s) in &mut now {
                    if told_apart.contains(i) {
                        *s = (*s).max(n);
                    }
                }
            }
        }
        let shown_now: HashMap<usize, usize> = now.iter().copied().collect();
        let by_cite = rules.givenname == Some(GivenRule::ByCite);
        for group in alike(set.iter().copied(), |i| key(i, shown_now[&i], by_cite)) {
            result.push(group);
        }
    }
    result
}

/// Groups of two or more indices with equal keys, each in the order given.
fn alike(indices: impl Iterator<Item = usize>, key: impl Fn(usize) -> String) -> Vec<Vec<usize>> {
    let mut order = Vec::new();
    let mut groups: HashMap<String, Vec<usize>> = HashMap::new();
    for i in indices {
        let k = key(i);
        let members = groups.entry(k.clone()).or_default();
        if members.is_empty() {
            order.push(k);
        }
        members.push(i);
    }
    order
        .into_iter()
        .filter_map(|k| groups.remove(&k))
        .filter(|g| g.len() > 1)
        .collect()
}

/// Step 1: the initials or given names that set namesakes apart, decided over every
/// citation at once.
fn global_hints(cites: &[Cite], rule: GivenRule) -> HashMap<&CiteName, Hint> {
    let relevant = |c: &'_ Cite| -> usize {
        if rule.primary_only() {
            c.names.len().min(1)
        } else {
            c.names.len()
        }
    };
    let mut distinct: Vec<&CiteName> = Vec::new();
    let mut seen: HashSet<&CiteName> = HashSet::new();
    for c in cites {
        for n in &c.names[..relevant(c)] {
            if seen.insert(n) {
                distinct.push(n);
            }
        }
    }
    let mut per_family: HashMap<&str, usize> = HashMap::new();
    let mut per_initials: HashMap<(&str, String), usize> = HashMap::new();
    for n in &distinct {
        *per_family.entry(&n.family).or_default() += 1;
        if !n.given.is_empty() {
            *per_initials
                .entry((&n.family, initials(&n.given)))
                .or_default() += 1;
        }
    }
    let mut hints = HashMap::new();
    for n in distinct {
        if per_family[n.family.as_str()] < 2 {
            continue;
        }
        let namesake_initials =
            !n.given.is_empty() && per_initials[&(n.family.as_str(), initials(&n.given))] > 1;
        let hint = match (namesake_initials, rule.initials_only()) {
            (false, _) => Some(Hint::Initials),
            (true, false) => Some(Hint::Given),
            (true, true) => None,
        };
        if let Some(h) = hint {
            hints.insert(n, h);
        }
    }
    hints
}

impl Rules {
    /// How many names a citation prints before "et al.".
    fn shown(&self, count: usize) -> usize {
        match (self.et_al_min, self.et_al_use_first) {
            (Some(min), Some(first)) if count >= min => first.min(count),
            _ => count,
        }
    }

    /// What a citation reads as: its text, plus the names shown beyond those it printed, plus
    /// the initials or given names the hints add.
    fn key(
        &self,
        cite: &Cite,
        printed: usize,
        shown: usize,
        hints: &HashMap<&CiteName, Hint>,
        by_cite: bool,
    ) -> String {
        let mut key = cite.text.clone();
        for (pos, n) in cite.names.iter().enumerate().take(shown) {
            if pos >= printed {
                key.push('\u{1f}');
                key.push_str(&n.particle);
                key.push(' ');
                key.push_str(&n.family);
            }
            let applies = !self.givenname.is_some_and(GivenRule::primary_only) || pos == 0;
            let hint = if by_cite {
                Some(Hint::Given)
            } else if applies {
                hints.get(n).copied()
            } else {
                None
            };
            match hint {
                Some(Hint::Initials) => {
                    key.push('\u{1e}');
                    key.push_str(&initials(&n.given));
                }
                Some(Hint::Given) => {
                    key.push('\u{1e}');
                    key.push_str(&n.given);
                }
                None => {}
            }
        }
        key
    }

    /// A name as adding names compares it: the given name counts as far as the rule lets it.
    fn compared(&self, n: &CiteName, pos: usize) -> (String, String, String) {
        let given = match self.givenname {
            None => String::new(),
            Some(GivenRule::AllNames | GivenRule::ByCite) => n.given.clone(),
            Some(GivenRule::AllNamesWithInitials) => initials(&n.given),
            Some(GivenRule::PrimaryName) if pos == 0 => n.given.clone(),
            Some(GivenRule::PrimaryNameWithInitials) if pos == 0 => initials(&n.given),
            Some(_) => String::new(),
        };
        (n.particle.clone(), n.family.clone(), given)
    }

    /// Step 2 for one set of alike citations: the works whose first `n` names differ from
    /// every other's, and the smallest `n` that tells the same works apart as all names do.
    /// `None` when no number of names helps.
    fn names_needed(&self, cites: &[Cite], set: &[usize]) -> Option<(usize, Vec<usize>)> {
        let most = set.iter().map(|&i| cites[i].names.len()).max()?;
        let told_apart = |n: usize| -> Vec<usize> {
            let parts: Vec<Vec<(String, String, String)>> = set
                .iter()
                .map(|&i| {
                    cites[i]
                        .names
                        .iter()
                        .take(n)
                        .enumerate()
                        .map(|(pos, name)| self.compared(name, pos))
                        .collect()
                })
                .collect();
            let mut counts: HashMap<&Vec<(String, String, String)>, usize> = HashMap::new();
            for p in &parts {
                *counts.entry(p).or_default() += 1;
            }
            set.iter()
                .zip(&parts)
                .filter(|(_, p)| counts[p] == 1)
                .map(|(&i, _)| i)
                .collect()
        };
        let all = told_apart(most);
        if all.is_empty() {
            return None;
        }
        let n = (1..=most).find(|&n| told_apart(n) == all).unwrap_or(most);
        Some((n, all))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn name(family: &str, given: &str) -> CiteName {
        CiteName {
            particle: String::new(),
            family: family.into(),
            given: given.into(),
        }
    }

    fn with_particle(particle: &str, family: &str, given: &str) -> CiteName {
        CiteName {
            particle: particle.into(),
            ..name(family, given)
        }
    }

    /// A citation as APA prints it: family names, "et al." from three authors.
    fn apa_cite(names: Vec<CiteName>, year: u32) -> Cite {
        let text = match names.len() {
            1 => format!("({}, {year})", names[0].family),
            2 => format!("({} & {}, {year})", names[0].family, names[1].family),
            _ => format!("({} et al., {year})", names[0].family),
        };
        Cite { text, names }
    }

    const APA: Rules = Rules {
        add_names: true,
        givenname: Some(GivenRule::PrimaryNameWithInitials),
        et_al_min: Some(3),
        et_al_use_first: Some(1),
    };

    #[test]
    fn initials_tell_namesakes_apart() {
        let cites = [
            apa_cite(vec![name("Berg", "Sara")], 2007),
            apa_cite(vec![name("Berg", "John")], 2007),
            apa_cite(vec![name("Berg", "Sara")], 2007),
            apa_cite(vec![name("Berg", "John")], 2007),
        ];
        assert_eq!(suffix_groups(&cites, &APA), vec![vec![0, 2], vec![1, 3]]);
    }

    #[test]
    fn namesakes_with_the_same_initials_share_suffixes_under_initials_rules() {
        // Kenji and Lucia Berg each have a namesake with their initials (Kenji and Luis de
        // Berg), so APA prints no initials, and a first author's initials that are not
        // printed do not count as showing more names: both 2010 works need suffixes.
        let cites = [
            apa_cite(vec![name("Berg", "Kenji")], 2010),
            apa_cite(vec![name("Berg", "Lucia")], 2010),
            apa_cite(vec![with_particle("de", "Berg", "Luis")], 2008),
            apa_cite(vec![with_particle("de", "Berg", "Kenji")], 1996),
        ];
        assert_eq!(suffix_groups(&cites, &APA), vec![vec![0, 1]]);
        // Without the namesakes, initials settle it.
        assert!(suffix_groups(&cites[..2], &APA).is_empty());
    }

    #[test]
    fn more_names_tell_et_al_citations_apart() {
        let cites = [
            apa_cite(
                vec![
                    name("Smith", "Anna"),
                    name("Jones", "Bo"),
                    name("Brown", "Cy"),
                ],
                2010,
            ),
            apa_cite(
                vec![
                    name("Smith", "Anna"),
                    name("Green", "Di"),
                    name("White", "Ed"),
                ],
                2010,
            ),
        ];
        assert!(suffix_groups(&cites, &APA).is_empty());
        let without_names = Rules {
            add_names: false,
            ..APA
        };
        assert_eq!(suffix_groups(&cites, &without_names), vec![vec![0, 1]]);
    }

    #[test]
    fn identical_citations_need_suffixes_and_others_do_not() {
        let cites = [
            apa_cite(vec![name("Khan", "Ali")], 2020),
            apa_cite(vec![name("Khan", "Ali")], 2020),
            apa_cite(vec![name("Khan", "Ali")], 2021),
            Cite {
                text: "(Dawn, 2024)".into(),
                names: vec![name("Dawn", "")],
            },
            Cite {
                text: "(Dawn, 2024)".into(),
                names: vec![name("Dawn", "")],
            },
        ];
        assert_eq!(suffix_groups(&cites, &APA), vec![vec![0, 1], vec![3, 4]]);
    }

    #[test]
    fn full_given_names_under_primary_name() {
        let chicago = Rules {
            givenname: Some(GivenRule::PrimaryName),
            ..APA
        };
        // Same initials: Chicago prints the full given names, APA cannot.
        let cites = [
            apa_cite(vec![name("Smith", "Luis")], 2013),
            apa_cite(vec![name("Smith", "Lucia")], 2013),
        ];
        assert!(suffix_groups(&cites, &chicago).is_empty());
        assert_eq!(suffix_groups(&cites, &APA), vec![vec![0, 1]]);
    }

    #[test]
    fn by_cite_adds_given_names_where_still_alike() {
        let by_cite = Rules {
            givenname: Some(GivenRule::ByCite),
            ..APA
        };
        let cites = [
            apa_cite(vec![name("Smith", "Luis")], 2013),
            apa_cite(vec![name("Smith", "Lucia")], 2013),
            apa_cite(vec![name("Smith", "Lucia")], 2013),
        ];
        assert_eq!(suffix_groups(&cites, &by_cite), vec![vec![1, 2]]);
    }

    mod properties {
        use super::*;
        use proptest::prelude::*;

        /// Citations drawn from a few families, given names, years and name counts, so that
        /// namesakes, shared co-authors and identical citations are common.
        fn cites() -> impl Strategy<Value = Vec<Cite>> {
            let family = prop::sample::select(vec!["Berg", "Khan", "Okafor"]);
            let given = prop::sample::select(vec!["Ali", "Anna", "Luis", "Lucia", "Mei", ""]);
            let particle = prop::sample::select(vec!["", "", "", "de"]);
            let person = (particle, family, given).prop_map(|(p, f, g)| CiteName {
                particle: p.to_string(),
                family: f.to_string(),
                given: g.to_string(),
            });
            let cite = (prop::collection::vec(person, 1..5), 2000u32..2003)
                .prop_map(|(names, year)| apa_cite(names, year));
            prop::collection::vec(cite, 0..40)
        }

        fn rules() -> impl Strategy<Value = Rules> {
            let rule = prop::sample::select(vec![
                None,
                Some(GivenRule::AllNames),
                Some(GivenRule::AllNamesWithInitials),
                Some(GivenRule::PrimaryName),
                Some(GivenRule::PrimaryNameWithInitials),
                Some(GivenRule::ByCite),
            ]);
            (any::<bool>(), rule).prop_map(|(add_names, givenname)| Rules {
                add_names,
                givenname,
                ..APA
            })
        }

        proptest! {
            #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

            /// Groups are disjoint sets of two or more works, in order, whose citations read
            /// alike; and works whose citations are identical in every respect always share
            /// a group, since nothing the style can add tells them apart.
            #[test]
            fn groups_are_sound(cites in cites(), rules in rules()) {
                let groups = suffix_groups(&cites, &rules);
                let mut seen = vec![false; cites.len()];
                let mut group_of = vec![None; cites.len()];
                for (g, group) in groups.iter().enumerate() {
                    prop_assert!(group.len() >= 2);
                    prop_assert!(group.windows(2).all(|w| w[0] < w[1]));
                    for &i in group {
                        prop_assert!(!seen[i], "{i} in two groups");
                        seen[i] = true;
                        group_of[i] = Some(g);
                        prop_assert_eq!(&cites[i].text, &cites[group[0]].text);
                    }
                }
                for i in 0..cites.len() {
                    for j in i + 1..cites.len() {
                        if cites[i].text == cites[j].text && cites[i].names == cites[j].names {
                            prop_assert!(group_of[i].is_some() && group_of[i] == group_of[j]);
                        }
                    }
                }
            }
        }
    }
}
