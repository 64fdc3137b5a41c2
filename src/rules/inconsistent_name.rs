//! `inconsistent-name`: one author or organisation spelt two ways.

use super::{Code, Context, Diagnostic};
use crate::lexicon::{fold_name, NameIndex};
use crate::reference::Name;
use std::collections::{HashMap, HashSet};

/// `citecheck explain inconsistent-name`: why it matters and how to fix it.
pub(crate) const EXPLANATION: &str =
    "Why it matters: \"Aljazeera News\" and \"AlJazeera\" sort apart and look like two \
     sources.\n\
     How to fix: use one spelling throughout the list and the text.";

/// Trailing words that do not change which organisation is meant.
const GENERIC: &[&str] = &[
    "news",
    "online",
    "media",
    "newspaper",
    "inc",
    "ltd",
    "co",
    "network",
    "tv",
    "com",
];

fn canonical(name: &Name) -> String {
    let text = name.cite_name();
    let mut words: Vec<&str> = text.split_whitespace().collect();
    while words.len() > 1
        && words
            .last()
            .is_some_and(|w| GENERIC.contains(&w.to_lowercase().trim_matches('.')))
    {
        words.pop();
    }
    fold_name(&words.join(" "))
}

fn spelling(name: &Name) -> String {
    match name {
        Name::Literal { literal } => literal.to_string(),
        person => person.cite_name(),
    }
}

/// Folds names (case, accents, spacing, punctuation, a leading "The", generic trailing words
/// such as "News") and flags a second spelling of the same folded name; for organisations, also a
/// spelling one edit away ("Research Centre" / "Research Center"). Example: "Aljazeera News" and
/// "AlJazeera".
pub fn check(cx: &Context, out: &mut Vec<Diagnostic>) {
    // Folded name → where it was first seen (entry, place among its creators).
    let mut first_seen: HashMap<String, (usize, usize)> = HashMap::new();
    // Organisations one edit apart ("Centre"/"Center") are one organisation spelt two ways.
    let mut organisations: NameIndex<()> = NameIndex::default();
    let mut reported: HashSet<(String, String)> = HashSet::new();
    for (i, reference) in cx.references.iter().enumerate() {
        for (k, name) in reference.creators().iter().enumerate() {
            let mut canon = canonical(name);
            if canon.is_empty() {
                continue;
            }
            if name.is_literal() && canon.len() >= 8 && !first_seen.contains_key(&canon) {
                if let Some(near) = organisations.near(&canon).first() {
                    canon = near.to_string();
                } else {
                    organisations.insert(canon.clone(), ());
                }
            }
            let Some(&(j, k0)) = first_seen.get(&canon) else {
                first_seen.insert(canon, (i, k));
                continue;
            };
            let earlier = spelling(&cx.references[j].creators()[k0]);
            let written = spelling(name);
            if earlier == written || !reported.insert((earlier.clone(), written.clone())) {
                continue;
            }
            let other = &cx.references[j];
            let message = format!(
                "\"{written}\" here and \"{earlier}\" in {} (line {}) look like one source spelt two ways; use one spelling",
                other.key, other.line
            );
            out.push(
                Diagnostic::new(Code::InconsistentName, reference.span, message)
                    .with_keys([other.key.clone(), reference.key.clone()])
                    .in_source(cx.origins.reference(i)),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::testing::{codes, paper};

    #[test]
    fn generic_trailing_words_do_not_make_another_name() {
        let news = canonical(&Name::literal("Aljazeera News"));
        assert_eq!(news, canonical(&Name::literal("AlJazeera")));
        assert_eq!(news, canonical(&Name::literal("Aljazeera Online Inc.")));
        // A name that is nothing but a generic word keeps it.
        assert_eq!(canonical(&Name::literal("News")), fold_name("News"));
    }

    #[test]
    fn organisations_one_letter_apart_are_one_spelt_two_ways() {
        let found = paper(
            "Two reports (Policy Research Center, 2020; Policy Research Centre, 2021).\n\n\
             References\n\n\
             Policy Research Center. (2020). *Annual report 2019*. PRC.\n\n\
             Policy Research Centre. (2021). *Annual report 2020*. PRC.\n",
        );
        assert_eq!(codes(&found), [("inconsistent-name", 7)]);
        assert!(found[0]
            .1
            .message
            .starts_with("\"Policy Research Centre\" here and \"Policy Research Center\""));
    }
}
