//! `unmatched-citation`: a citation that matches no entry.

use super::{Code, Context, Diagnostic};
use crate::citation::Citation;
use crate::link::{Link, Status};

/// `citecheck explain unmatched-citation`: why it matters and how to fix it.
pub(crate) const EXPLANATION: &str =
    "Why it matters: a reader cannot find the source behind the claim.\n\
     How to fix: correct the name or year in the citation, or add the missing entry to the \
     reference list. The message names the nearest entries (a misspelt name, another year by \
     the same author, a piece of the same outlet on that date).";

/// Flags each citation the linker could not match to any entry, naming the nearest thing it
/// found (a name one letter off, other years of the same author, a piece of the same outlet that
/// day). Example: "(Brandtt, 2021a)" → did you mean Brandt (2021a)?
///
/// `n` is the citation's place in text order.
pub fn check(cx: &Context, n: usize, citation: &Citation, link: &Link, out: &mut Vec<Diagnostic>) {
    if link.status != Status::Unmatched {
        return;
    }
    let list = if cx.style == super::Style::Keys {
        "the .bib files"
    } else {
        "the reference list"
    };
    let mut message = format!("\"{}\" matches no entry of {list}", citation.text);
    let mut keys = Vec::new();
    if let Some(s) = &link.suggestion {
        message.push_str(": ");
        message.push_str(&s.message);
        keys = s
            .entries
            .iter()
            .map(|&i| cx.references[i].key.clone())
            .collect();
    } else {
        message.push_str("; add the entry or correct the citation");
    }
    out.push(
        Diagnostic::new(Code::UnmatchedCitation, citation.span, message)
            .with_keys(keys)
            .in_source(cx.origins.citation(n)),
    );
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{codes, paper};

    #[test]
    fn a_misspelt_name_gets_the_nearest_entry_as_a_suggestion() {
        let found = paper(
            "Homework is old (Alvarz, 2018).\n\nReferences\n\n\
             Alvarez, M. (2018). *The homework wars*. Routledge.\n",
        );
        assert_eq!(
            codes(&found),
            [("unmatched-citation", 1), ("uncited-reference", 5)]
        );
        let d = &found[0].1;
        assert_eq!(d.keys, ["alvarez2018"]);
        assert!(
            d.message.ends_with("did you mean Alvarez (2018)?"),
            "{}",
            d.message
        );
    }
}
