//! `ambiguous-citation`: a citation that fits several entries.

use super::{Code, Context, Diagnostic};
use crate::citation::Citation;
use crate::link::{join_and, Link, Status};
use std::cell::OnceCell;

/// `citecheck explain ambiguous-citation`: why it matters and how to fix it.
pub(crate) const EXPLANATION: &str =
    "Why it matters: the reader cannot tell which of several works by the same author in the \
     same year is meant.\n\
     How to fix: give the entries year suffixes (2024a, 2024b) in the reference list and use \
     them in the citation, or cite the full date. The message lists the candidates and the \
     best guess from the citing sentence.";

/// A citation the linker found several entries for: lists the candidates, the best guess from the
/// citing sentence, and the year suffixes (2024a, 2024b) that would tell them apart. Example:
/// "(Dawn, 2024)" when the list holds four pieces by Dawn from 2024.
///
/// `labels` holds the year suffixes the list would need ([`crate::reference::year_labels`]),
/// worked out at the first ambiguous citation.
pub fn check(
    cx: &Context,
    labels: &OnceCell<Vec<Option<char>>>,
    citation: &Citation,
    link: &Link,
    out: &mut Vec<Diagnostic>,
) {
    if link.status != Status::Ambiguous {
        return;
    }
    let labels = labels.get_or_init(|| crate::reference::year_labels(cx.references));
    let label = |i: usize| {
        let r = &cx.references[i];
        format!(
            "{}{}",
            r.year().map_or("n.d.".to_string(), |y| y.to_string()),
            labels[i].map(String::from).unwrap_or_default()
        )
    };
    let items: Vec<String> = link
        .entries
        .iter()
        .map(|&i| {
            let r = &cx.references[i];
            let what = r.title.as_deref().map_or_else(
                || {
                    format!(
                        "untitled, dated {}",
                        r.date.map_or("n.d.".into(), |d| d.to_string())
                    )
                },
                |t| format!("\"{}\"", shorten(t)),
            );
            format!("{} {what}", label(i))
        })
        .collect();
    let mut message = format!(
        "\"{}\" fits {} entries: {}",
        citation.text,
        link.entries.len(),
        join_and(&items)
    );
    match link.best_guess {
        Some(i) => message.push_str(&format!(
            "; best guess from the sentence: {} ({})",
            label(i),
            cx.references[i].key
        )),
        None => message.push_str("; the sentence does not say which"),
    }
    let who = cx.references[link.entries[0]]
        .creators()
        .first()
        .map(|n| n.cite_name())
        .unwrap_or_default();
    let example = link.best_guess.unwrap_or(link.entries[0]);
    message.push_str(&format!(
            ". Give the entries these year suffixes in the list and cite the one meant, e.g. ({who}, {})",
            label(example)
        ));
    let keys = link.entries.iter().map(|&i| cx.references[i].key.clone());
    out.push(Diagnostic::new(Code::AmbiguousCitation, citation.span, message).with_keys(keys));
}

fn shorten(title: &str) -> String {
    let words: Vec<&str> = title.split_whitespace().collect();
    if words.len() <= 8 {
        title.to_string()
    } else {
        format!("{} …", words[..8].join(" "))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::testing::{codes, paper};

    #[test]
    fn long_titles_are_cut_after_eight_words() {
        assert_eq!(
            shorten("Evening light and sleep"),
            "Evening light and sleep"
        );
        assert_eq!(
            shorten("One two three four five six seven eight nine ten"),
            "One two three four five six seven eight …"
        );
    }

    #[test]
    fn a_citation_two_entries_fit_names_both_and_the_suffixes() {
        let found = paper(
            "Bedtimes moved later (Brandt, 2021).\n\nReferences\n\n\
             Brandt, K. (2021). Evening light. *Sleep*, 1, 1-2.\n\n\
             Brandt, K. (2021). Homework and phones. *Adolescence*, 2, 3-4.\n",
        );
        assert_eq!(codes(&found), [("ambiguous-citation", 1)]);
        let d = &found[0].1;
        assert_eq!(d.keys, ["brandt2021a", "brandt2021b"]);
        assert!(
            d.message
                .contains("2021a \"Evening light\" and 2021b \"Homework and phones\""),
            "{}",
            d.message
        );
    }
}
