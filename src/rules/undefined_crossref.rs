//! `undefined-crossref`: a `crossref` or `xdata` field names an entry that does not exist.
//!
//! What it does: checks every key named in `crossref` and `xdata` (a comma-separated list)
//! against the keys of all the run's `.bib` files. Why: the entry inherits nothing, so fields
//! such as the proceedings' title and year are missing. Example: `crossref = {icml2020}` with
//! no `@proceedings{icml2020, ...}`.

use super::{Code, Diagnostic, SourceId};
use crate::bibfile::BibFile;
use std::collections::HashSet;

pub fn check(files: &[BibFile], out: &mut Vec<Diagnostic>) {
    let keys: HashSet<&str> = files
        .iter()
        .flat_map(|f| f.entries.iter().map(|e| e.key.as_str()))
        .collect();
    for (i, file) in files.iter().enumerate() {
        for entry in &file.entries {
            for field in entry
                .fields
                .iter()
                .filter(|f| f.name == "crossref" || f.name == "xdata")
            {
                for parent in field
                    .value
                    .split(',')
                    .map(str::trim)
                    .filter(|k| !k.is_empty())
                {
                    if keys.contains(parent) {
                        continue;
                    }
                    let message = format!("the {} of `{}` names `{parent}`, but no entry has that key; add the entry or correct the key", field.name, entry.key);
                    out.push(
                        Diagnostic::new(Code::UndefinedCrossref, field.value_span, message)
                            .in_source(SourceId::Bib(i))
                            .with_keys([entry.key.clone()]),
                    );
                }
            }
        }
    }
}
