//! `et-al-mismatch`: "et al." for fewer than three authors, or missing for three or more.

use super::{Code, Context, Diagnostic};
use crate::citation::{Citation, Target};
use crate::link::{Link, Status};

/// `citecheck explain et-al-mismatch`: why it matters and how to fix it.
pub(crate) const EXPLANATION: &str =
    "Why it matters: APA 7 and most author-date styles shorten three or more authors to \
     \"First et al.\" and name one or two authors in full; a mismatch suggests the wrong \
     entry or a copying error.\n\
     How to fix: write the form the message gives.";

/// Compares a matched citation's author names with its entry's authors ("et al." from the first
/// citation on, as APA 7 has it). Example: "(Mao, 2024)" for an entry by Mao, Davies and Adams
/// should be "(Mao et al., 2024)".
pub fn check(cx: &Context, citation: &Citation, link: &Link, out: &mut Vec<Diagnostic>) {
    let Target::AuthorDate { names, et_al, .. } = &citation.target else {
        return;
    };
    if link.status != Status::Matched || link.by_given_name {
        return;
    }
    let reference = &cx.references[link.entries[0]];
    let authors = reference.creators();
    if authors.iter().any(|a| a.is_literal()) || lists_others(reference) {
        return;
    }
    let problem = if *et_al && authors.len() < 3 {
        Some(format!(
            "uses \"et al.\" but the entry has {} author{}",
            authors.len(),
            if authors.len() == 1 { "" } else { "s" }
        ))
    } else if !*et_al && authors.len() >= 3 {
        Some(format!(
            "names {} of the entry's {} authors without \"et al.\"",
            names.len(),
            authors.len()
        ))
    } else {
        None
    };
    if let Some(problem) = problem {
        let message = format!(
            "\"{}\" {problem}; write ({})",
            citation.text,
            reference.short_citation()
        );
        out.push(
            Diagnostic::new(Code::EtAlMismatch, citation.span, message)
                .with_keys([reference.key.clone()]),
        );
    }
}

/// Does the entry shorten its own author list ("Guyton, A.C.*, et al.* Arterial pressure ...",
/// "Smith J, Lee K, et al. Title")? Then how many authors the work has is not in the list,
/// and no citation form can be called wrong. Sought in the text before the title (or in the
/// entry's opening when no title was read), so an "et al." inside a title does not count.
fn lists_others(reference: &crate::reference::Reference) -> bool {
    let raw = reference.raw.as_str();
    let head = reference
        .title
        .as_deref()
        .and_then(|t| raw.find(t))
        .map_or_else(
            || &raw[..crate::span::floor_char_boundary(raw, raw.len().min(120))],
            |at| &raw[..at],
        );
    head.to_lowercase().contains("et al")
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{codes, paper};

    const LIST: &str = "\n\nReferences\n\n\
        Chen, L., & Okafor, N. (2020). Homework time. *Journal of Tests*, 4(2), 5-6.\n\n\
        World Health Organization. (2022). *Adolescent sleep report*. WHO.\n";

    #[test]
    fn et_al_for_two_authors_gives_both_names() {
        let found = paper(&format!(
            "Homework grew (Chen et al., 2020; World Health Organization, 2022).{LIST}"
        ));
        assert_eq!(codes(&found), [("et-al-mismatch", 1)]);
        assert!(
            found[0].1.message.ends_with("write (Chen & Okafor, 2020)"),
            "{}",
            found[0].1.message
        );
    }

    #[test]
    fn an_organisation_is_never_counted() {
        let found = paper(&format!(
            "Homework grew (Chen & Okafor, 2020; World Health Organization et al., 2022).{LIST}"
        ));
        assert_eq!(codes(&found), []);
    }

    #[test]
    fn an_entry_that_shortens_its_authors_is_never_counted() {
        let found = paper(
            "Pressure is set by the kidneys (Guyton et al., 1972), as nets were (Roe, 2001).\n\n\
             References\n\n\
             Guyton, A.C.*, et al.* Arterial pressure regulation. *The American Journal of Medicine* 1972;52(5):584-594.\n\n\
             Roe, A. (2001). Nets et al. in the deep. *Journal of Tests*, 4(2), 5-6.\n",
        );
        assert_eq!(codes(&found), []);
        // An "et al." inside a title is no shortened list.
        let found = paper(
            "Nets matter (Roe et al., 2001).\n\nReferences\n\n\
             Roe, A. (2001). Nets et al. in the deep. *Journal of Tests*, 4(2), 5-6.\n",
        );
        assert_eq!(codes(&found), [("et-al-mismatch", 1)]);
    }
}
