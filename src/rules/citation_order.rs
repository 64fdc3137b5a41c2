//! `citation-order`: a numeric list not numbered in order of first citation.

use super::{Code, Context, Diagnostic, Style};
use crate::citation::{Citation, Target};
use std::collections::{HashMap, HashSet};

/// `citecheck explain citation-order`: why it matters and how to fix it.
pub(crate) const EXPLANATION: &str =
    "Why it matters: IEEE and Vancouver number sources in the order they are first cited.\n\
     How to fix: renumber the list (and the citations) in order of first citation.";

/// What the walk has seen so far. [`State::check`] walks citations in text order and flags the
/// first whose number is not the next new one. Example: the text cites [5] before it has cited
/// [2].
#[derive(Debug, Default)]
pub struct State {
    /// List number → entry; empty unless the paper is numeric.
    listed: HashMap<u32, usize>,
    seen: HashSet<u32>,
    next: u32,
    /// The one problem is reported; nothing more to do.
    done: bool,
}

impl State {
    pub fn new(cx: &Context) -> Self {
        let listed = if cx.style == Style::Numeric {
            cx.numbers
                .iter()
                .enumerate()
                .filter_map(|(i, n)| Some(((*n)?, i)))
                .collect()
        } else {
            HashMap::new()
        };
        State {
            listed,
            seen: HashSet::new(),
            next: 1,
            done: cx.style != Style::Numeric,
        }
    }

    /// Called for each citation in text order.
    pub fn check(&mut self, cx: &Context, citation: &Citation, out: &mut Vec<Diagnostic>) {
        if self.done {
            return;
        }
        let Target::Number(n) = citation.target else {
            return;
        };
        if !self.listed.contains_key(&n) || !self.seen.insert(n) {
            return;
        }
        if n != self.next {
            let message = format!(
                "[{n}] is the {} work cited, so it should be numbered {}; number the list in order of first citation",
                ordinal(self.seen.len()),
                self.next
            );
            let key = cx.references[self.listed[&n]].key.clone();
            out.push(Diagnostic::new(Code::CitationOrder, citation.span, message).with_keys([key]));
            self.done = true;
            return;
        }
        self.next += 1;
        while self.seen.contains(&self.next) {
            self.next += 1;
        }
    }
}

fn ordinal(n: usize) -> String {
    let suffix = match (n % 10, n % 100) {
        (1, 11) | (2, 12) | (3, 13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    };
    format!("{n}{suffix}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::testing::{codes, paper};

    const LIST: &str = "\n\nReferences\n\n\
        [1] A. Smith, \"One,\" J. Tests, vol. 1, 2020.\n\
        [2] B. Jones, \"Two,\" J. Tests, vol. 2, 2021.\n\
        [3] C. Brown, \"Three,\" J. Tests, vol. 3, 2022.\n";

    #[test]
    fn ordinals() {
        let got: Vec<String> = [1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 101, 111]
            .map(ordinal)
            .into();
        assert_eq!(
            got,
            [
                "1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd", "23rd",
                "101st", "111th"
            ]
        );
    }

    #[test]
    fn only_the_first_number_out_of_order_is_reported() {
        let found = paper(&format!("Cited [1], then [3], then [2].{LIST}"));
        assert_eq!(codes(&found), [("citation-order", 1)]);
        assert_eq!(found[0].1.keys, ["brown2022"]);
        assert!(found[0]
            .1
            .message
            .starts_with("[3] is the 2nd work cited, so it should be numbered 2"));
    }

    #[test]
    fn citing_a_number_again_is_in_order() {
        let found = paper(&format!("Cited [1], [2], [1], [3] and [2] again.{LIST}"));
        assert_eq!(codes(&found), []);
    }
}
