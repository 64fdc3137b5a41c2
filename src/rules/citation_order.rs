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
