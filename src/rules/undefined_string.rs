//! `undefined-string`: a field uses an `@string` name that is not defined.
//!
//! What it does: flags every bare name in a value (`journal = jgr`) that no `@string` of this
//! file, or of a file read before it, defines (month names `jan`..`dec` are predefined).
//! Why: BibTeX leaves the field empty and biber rejects the file; the `biblatex` crate refuses
//! the whole file. Example: `journal = jgr` without `@string{jgr = {J. Geophys. Res.}}`.

use super::{Code, Diagnostic, SourceId};
use crate::bibfile::BibFile;

pub fn check(files: &[BibFile], out: &mut Vec<Diagnostic>) {
    for (i, file) in files.iter().enumerate() {
        let in_entries = file
            .entries
            .iter()
            .flat_map(|e| e.fields.iter().map(move |f| (e.key.as_str(), f)));
        let in_strings = file.string_defs.iter().map(|f| ("@string", f));
        for (key, field) in in_entries.chain(in_strings) {
            for crate::bibfile::StringUse { name, span } in &field.macros {
                if file.defines(name) {
                    continue;
                }
                let message = format!("`{name}` in the {} field of `{key}` is not a defined @string; define it or write the value in braces", field.name);
                let keys = if key.starts_with('@') {
                    Vec::new()
                } else {
                    vec![key.to_string()]
                };
                out.push(
                    Diagnostic::new(Code::UndefinedString, *span, message)
                        .in_source(SourceId::Bib(i))
                        .with_keys(keys),
                );
            }
        }
    }
}
