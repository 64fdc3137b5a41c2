//! `citation-order`: a numeric list not numbered in order of first citation.
//!
//! What it does: walks citations in text order and flags the first whose number is not the next
//! new one. Why: IEEE and Vancouver number sources by first citation. Example: the text cites [5]
//! before it has cited [2].

use super::{Code, Context, Diagnostic, Style};
use crate::citation::Target;
use std::collections::{HashMap, HashSet};

pub fn check(cx: &Context, out: &mut Vec<Diagnostic>) {
    if cx.style != Style::Numeric {
        return;
    }
    let listed: HashMap<u32, usize> = cx
        .numbers
        .iter()
        .enumerate()
        .filter_map(|(i, n)| Some(((*n)?, i)))
        .collect();
    let mut seen = HashSet::new();
    let mut next = 1;
    for citation in cx.citations {
        let Target::Number(n) = citation.target else {
            continue;
        };
        if !listed.contains_key(&n) || !seen.insert(n) {
            continue;
        }
        if n != next {
            let message = format!(
                "[{n}] is the {} work cited, so it should be numbered {next}; number the list in order of first citation",
                ordinal(seen.len())
            );
            let key = cx.references[listed[&n]].key.clone();
            out.push(Diagnostic::new(Code::CitationOrder, citation.span, message).with_keys([key]));
            return;
        }
        next += 1;
        while seen.contains(&next) {
            next += 1;
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
