//! `undefined-string`: a field uses an `@string` name that is not defined.

use super::{Code, Diagnostic, SourceId};
use crate::bibfile::{BibEntry, BibFile, Field, StringUse, Strings};

/// `citecheck explain undefined-string`: why it matters and how to fix it.
pub(crate) const EXPLANATION: &str =
    "Why it matters: the field comes out empty or the file is rejected.\n\
     How to fix: define the @string or write the value in braces.";

/// A macro an entry used before any definition of it, kept until the whole file is read
/// (BibTeX takes a definition anywhere in the file).
#[derive(Debug)]
pub struct Pending {
    file: usize,
    key: String,
    field: String,
    name: String,
    span: crate::span::Span,
}

/// One entry of `.bib` file `file`; `strings` are the macros defined so far.
pub fn collect(file: usize, entry: &BibEntry, strings: &Strings, pending: &mut Vec<Pending>) {
    for field in &entry.fields {
        for StringUse { name, span } in &field.macros {
            if !strings.contains_key(&name.to_ascii_lowercase()) {
                pending.push(Pending {
                    file,
                    key: entry.key.clone(),
                    field: field.name.clone(),
                    name: name.clone(),
                    span: *span,
                });
            }
        }
    }
}

/// Flags every bare name in a value (`journal = jgr`) that no `@string` of this file, or of a
/// file read before it, defines (month names `jan`..`dec` are predefined). BibTeX leaves the field
/// empty, biber rejects the file, and the `biblatex` crate refuses the whole file. Example:
/// `journal = jgr` without `@string{jgr = {J. Geophys. Res.}}`.
///
/// Once the files are read: the macros still undefined, in entries and in `@string`s.
pub fn check(files: &[BibFile], pending: Vec<Pending>, out: &mut Vec<Diagnostic>) {
    let in_entries = pending.into_iter();
    let in_strings = files.iter().enumerate().flat_map(|(i, file)| {
        file.string_defs.iter().flat_map(move |f: &Field| {
            f.macros.iter().map(move |m| Pending {
                file: i,
                key: "@string".to_string(),
                field: f.name.clone(),
                name: m.name.clone(),
                span: m.span,
            })
        })
    });
    for p in in_entries.chain(in_strings) {
        if files.get(p.file).is_some_and(|f| f.defines(&p.name)) {
            continue;
        }
        let message = format!(
            "`{}` in the {} field of `{}` is not a defined @string; define it or write the value in braces",
            p.name, p.field, p.key
        );
        let keys = if p.key.starts_with('@') {
            Vec::new()
        } else {
            vec![p.key]
        };
        out.push(
            Diagnostic::new(Code::UndefinedString, p.span, message)
                .in_source(SourceId::Bib(p.file))
                .with_keys(keys),
        );
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{bib, codes};

    #[test]
    fn month_names_are_predefined() {
        let found =
            bib("@book{y2021, author = {Yu, Wen}, title = {Months}, year = {2021}, month = sep}\n");
        assert_eq!(codes(&found), []);
    }

    #[test]
    fn an_undefined_macro_in_a_string_definition_is_reported_without_a_key() {
        let found = bib("@string{agu = aguabbr # { Publications}}\n");
        assert_eq!(codes(&found), [("undefined-string", 1)]);
        assert!(found[0].1.keys.is_empty());
        assert!(found[0]
            .1
            .message
            .starts_with("`aguabbr` in the agu field of `@string`"));
    }
}
