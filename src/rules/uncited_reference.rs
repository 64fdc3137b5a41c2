//! `uncited-reference`: an entry no citation points to.

use super::{Code, Context, Diagnostic};
use crate::link::{Link, Status};

/// `citecheck explain uncited-reference`: why it matters and how to fix it.
pub(crate) const EXPLANATION: &str =
    "Why it matters: most styles (APA, Chicago, Harvard, IEEE) list only works cited in the \
     text.\n\
     How to fix: cite the work where it is used, or remove the entry.";

/// Marks the entries a citation points to (matched, or a candidate of an ambiguous one).
pub fn touch(touched: &mut [bool], link: &Link) {
    if link.status != Status::Unmatched {
        for &i in &link.entries {
            touched[i] = true;
        }
    }
}

/// Flags entries that are neither matched by a citation nor a candidate of an ambiguous one.
/// Example: a book in the list that the text never mentions.
///
/// Reports the entries never touched, once every citation has been seen.
pub fn check(cx: &Context, touched: Vec<bool>, out: &mut Vec<Diagnostic>) {
    // A second copy of a listed work is reported as a duplicate, not as uncited.
    let repeats: Vec<bool> = crate::reference::first_copies(cx.references)
        .into_iter()
        .enumerate()
        .map(|(i, first)| first != i)
        .collect();
    for (i, ((reference, _), _)) in cx
        .references
        .iter()
        .zip(touched)
        .zip(repeats)
        .enumerate()
        .filter(|(_, ((_, t), dup))| !t && !dup)
    {
        let message = format!(
            "{} ({}) is never cited; cite it where it is used or remove it from the list",
            reference.key,
            reference.short_citation()
        );
        out.push(
            Diagnostic::new(Code::UncitedReference, reference.span, message)
                .with_keys([reference.key.clone()])
                .in_source(cx.origins.reference(i)),
        );
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{codes, paper};

    #[test]
    fn candidates_of_an_ambiguous_citation_count_as_cited() {
        let found = paper(
            "Bedtimes moved later (Brandt, 2021).\n\nReferences\n\n\
             Brandt, K. (2021). Evening light. *Sleep*, 1, 1-2.\n\n\
             Brandt, K. (2021). Homework and phones. *Adolescence*, 2, 3-4.\n\n\
             Carskadon, M. A. (2011). Sleep in adolescents. *Pediatric Clinics*, 58, 637-647.\n",
        );
        assert_eq!(
            codes(&found),
            [("ambiguous-citation", 1), ("uncited-reference", 9)]
        );
        assert_eq!(found[1].1.keys, ["carskadon2011"]);
    }
}
