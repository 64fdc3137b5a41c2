//! `given-name-citation`: an author cited by a given name.

use super::{Code, Context, Diagnostic};
use crate::citation::Citation;
use crate::link::Link;

/// `citecheck explain given-name-citation`: why it matters and how to fix it.
pub(crate) const EXPLANATION: &str =
    "Why it matters: author-date styles cite by family name; \"(Asfandyar, 2024)\" for \
     \"Mir, Asfandyar\" sends the reader to the wrong place in the list.\n\
     How to fix: cite by the family name the message gives.";

/// Flags citations linked through the first author's given name and gives the right form.
/// Example: "(Asfandyar, 2024)" for "Mir, Asfandyar" should be "(Mir, 2024)".
pub fn check(cx: &Context, citation: &Citation, link: &Link, out: &mut Vec<Diagnostic>) {
    if !link.by_given_name {
        return;
    }
    let Some(&i) = link.entries.first() else {
        return;
    };
    let reference = &cx.references[i];
    let first = reference.creators().first();
    let given = first.and_then(|n| n.given()).unwrap_or_default();
    let family = first.map(|n| n.cite_name()).unwrap_or_default();
    let right = if link.entries.len() == 1 {
        reference.short_citation()
    } else {
        format!("{family}, {}", reference.year().unwrap_or_default())
    };
    let message = format!(
        "\"{}\" cites {family}, {given} by the given name; write ({right})",
        citation.text
    );
    let keys = link.entries.iter().map(|&i| cx.references[i].key.clone());
    out.push(Diagnostic::new(Code::GivenNameCitation, citation.span, message).with_keys(keys));
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{codes, paper};

    #[test]
    fn the_message_gives_the_family_name_form() {
        let found = paper(
            "Relations were calm (Asfandyar, 2024).\n\nReferences\n\n\
             Mir, Asfandyar. (2024, January 19). *Making sense of the strikes*. USIP.\n",
        );
        assert_eq!(codes(&found), [("given-name-citation", 1)]);
        assert_eq!(
            found[0].1.message,
            "\"Asfandyar, 2024\" cites Mir, Asfandyar by the given name; write (Mir, 2024)"
        );
    }
}
