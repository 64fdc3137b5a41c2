//! `undefined-crossref`: a `crossref` or `xdata` field names an entry that does not exist.

use super::duplicate_key::Keys;
use super::{Code, Diagnostic, SourceId};
use crate::bibfile::BibEntry;

/// `citecheck explain undefined-crossref`: why it matters and how to fix it.
pub(crate) const EXPLANATION: &str = "Why it matters: the fields it should inherit are missing.\n\
     How to fix: add the parent entry or correct the key.";

/// A parent named by an entry, kept until every key is known.
#[derive(Debug)]
pub struct Named {
    file: usize,
    parent: String,
    field: String,
    entry: String,
    span: crate::span::Span,
}

/// The parents one entry of `.bib` file `file` names.
pub fn collect(file: usize, entry: &BibEntry, named: &mut Vec<Named>) {
    for f in entry
        .fields
        .iter()
        .filter(|f| f.name == "crossref" || f.name == "xdata")
    {
        for parent in f.value.split(',').map(str::trim).filter(|k| !k.is_empty()) {
            named.push(Named {
                file,
                parent: parent.to_string(),
                field: f.name.clone(),
                entry: entry.key.clone(),
                span: f.value_span,
            });
        }
    }
}

/// Checks every key named in `crossref` and `xdata` (a comma-separated list) against the keys
/// of all the run's `.bib` files. Example: `crossref = {icml2020}` with no
/// `@proceedings{icml2020, ...}`, so the proceedings' title and year are missing.
///
/// Once every entry is read: the parents no entry has the key of.
pub fn check(keys: &Keys, named: Vec<Named>, out: &mut Vec<Diagnostic>) {
    for n in named {
        if keys.exact.contains_key(n.parent.as_str()) {
            continue;
        }
        let message = format!(
            "the {} of `{}` names `{}`, but no entry has that key; add the entry or correct the key",
            n.field, n.entry, n.parent
        );
        out.push(
            Diagnostic::new(Code::UndefinedCrossref, n.span, message)
                .in_source(SourceId::Bib(n.file))
                .with_keys([n.entry]),
        );
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{bib, codes};

    #[test]
    fn each_key_of_an_xdata_list_is_looked_up() {
        let found = bib("@xdata{common, publisher = {PMLR}}\n\
             @book{x2020, author = {Xu, Li}, title = {Shared}, year = {2020},\n\
               xdata = {common, missing}}\n");
        assert_eq!(codes(&found), [("undefined-crossref", 3)]);
        assert!(
            found[0].1.message.contains("names `missing`"),
            "{}",
            found[0].1.message
        );
    }
}
