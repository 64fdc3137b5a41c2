//! `invalid-field-name`: a `.bib` field name with a character Pandoc's BibTeX reader does not
//! accept (`doi. = {...}`): Pandoc rejects the whole file; biber ignores the field.

use super::{Code, Diagnostic, SourceId};
use crate::bibfile::BibEntry;

/// `citecheck explain invalid-field-name`: why it matters and how to fix it.
pub(crate) const EXPLANATION: &str =
    "Why it matters: Pandoc's BibTeX reader accepts field names of letters, digits and \
     `-_:+` only; with any other character (`doi.`, `url/`) it refuses the whole file, so no \
     citation of the paper resolves. biber ignores the field, so its value is lost.\n\
     How to fix: correct the field name (usually a stray character after it: `doi.` → `doi`).";

/// Can Pandoc read this field name?
fn readable(name: &str) -> bool {
    name.chars()
        .all(|c| c.is_alphanumeric() || matches!(c, '-' | '_' | ':' | '+'))
}

/// Checks the field names of `entry` (of `.bib` file `file`).
pub fn check(file: usize, entry: &BibEntry, out: &mut Vec<Diagnostic>) {
    for field in entry.fields.iter().filter(|f| !readable(&f.name)) {
        let meant: String = field
            .name
            .chars()
            .filter(|&c| c.is_alphanumeric() || matches!(c, '-' | '_' | ':' | '+'))
            .collect();
        let hint = if meant.is_empty() {
            "rename it".to_string()
        } else {
            format!("did you mean `{meant}`?")
        };
        out.push(
            Diagnostic::new(
                Code::InvalidFieldName,
                field.name_span,
                format!(
                    "field `{}` of `{}`: Pandoc rejects the whole file over this name and biber \
                     ignores the field; {hint}",
                    field.name, entry.key
                ),
            )
            .in_source(SourceId::Bib(file))
            .with_keys([entry.key.clone()]),
        );
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{bib, codes};

    #[test]
    fn a_stray_dot_in_a_field_name() {
        let found = bib("@article{doe2019, author = {Doe, Jane}, title = {Dots}, journal = {J},\n  doi. = {10.1000/x}, date-added = {2020}, year = {2019}}\n");
        assert_eq!(codes(&found), [("invalid-field-name", 2)]);
        assert!(found[0].1.message.ends_with("did you mean `doi`?"));
    }
}
