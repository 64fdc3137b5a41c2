//! `unsorted-references`: an author-date list out of alphabetical order.

use super::{Code, Context, Diagnostic, Style};
use crate::lexicon::fold_name;
use crate::reference::Reference;

/// `citecheck explain unsorted-references`: why it matters and how to fix it.
pub(crate) const EXPLANATION: &str =
    "Why it matters: author-date styles (and the bibliographies of notes styles) order the list \
     by first author's family name, so readers can find an entry from its citation.\n\
     How to fix: sort the list by family name, then year.";

fn sort_key(r: &Reference) -> (String, i32) {
    let who = r
        .creators()
        .first()
        .map(|n| fold_name(&n.cite_name()))
        .or_else(|| r.title.as_deref().map(fold_name))
        .unwrap_or_default();
    (who, r.year().unwrap_or(i32::MAX))
}

/// Compares each entry's sort key (first author's folded name, then year) with the previous
/// entry's and flags the first that comes too early. Example: a list ordered by date instead of
/// author.
pub fn check(cx: &Context, out: &mut Vec<Diagnostic>) {
    // A notes-bibliography paper's bibliography is alphabetical too (Chicago, MHRA).
    if !matches!(cx.style, Style::AuthorDate | Style::Notes) {
        return;
    }
    for pair in cx.references.windows(2) {
        let (prev, this) = (&pair[0], &pair[1]);
        if sort_key(this).0 < sort_key(prev).0 {
            let message = format!(
                "the list is not in alphabetical order: {} comes after {}; sort the list by first author's family name, then year",
                this.short_citation(),
                prev.short_citation()
            );
            out.push(
                Diagnostic::new(Code::UnsortedReferences, this.span, message)
                    .with_keys([this.key.clone()]),
            );
            return;
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{codes, paper};

    #[test]
    fn only_the_first_entry_out_of_order_is_reported() {
        let found = paper(
            "One (Brown, 2020), two (Adams, 2021), three (Clark, 2019).\n\nReferences\n\n\
             Brown, A. (2020). First. *J*, 1, 1-2.\n\n\
             Adams, B. (2021). Second. *J*, 1, 1-2.\n\n\
             Clark, C. (2019). Third. *J*, 1, 1-2.\n\n\
             Baker, D. (2018). Fourth. *J*, 1, 1-2.\n",
        );
        assert_eq!(
            codes(&found),
            [("unsorted-references", 7), ("uncited-reference", 11)]
        );
    }

    #[test]
    fn a_numeric_list_is_not_alphabetical() {
        let found = paper(
            "Cited [1] and [2].\n\nReferences\n\n\
             [1] B. Jones, \"Two,\" J. Tests, vol. 2, 2021.\n\
             [2] A. Smith, \"One,\" J. Tests, vol. 1, 2020.\n",
        );
        assert_eq!(codes(&found), []);
    }
}
