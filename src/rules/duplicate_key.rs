//! `duplicate-key`: two entries with one key.
//!
//! What it does: flags the second entry with a key already used, in the same file or an earlier
//! one, naming the first; and, as a note, a key that differs from another only in case.
//! Why: biber keeps the first entry and drops the other, so citations may get the wrong work.
//! Keys are case-sensitive, so `Ashmore1991` and `ashmore1991` are two entries, but a citation
//! meant for one easily names the other. Example: two `@article{smith2020, ...}`.

use super::{Code, Diagnostic, Severity, SourceId};
use crate::bibfile::BibFile;
use std::collections::HashMap;

/// "line 12" in the same file, "line 12 of refs.bib" in another.
pub(crate) fn place(files: &[BibFile], here: usize, file: usize, line: usize) -> String {
    if here == file {
        format!("line {line}")
    } else {
        format!("line {line} of {}", files[file].doc.path.display())
    }
}

pub fn check(files: &[BibFile], out: &mut Vec<Diagnostic>) {
    let mut exact: HashMap<&str, (usize, usize)> = HashMap::new();
    let mut folded: HashMap<String, (usize, usize)> = HashMap::new();
    for (f, file) in files.iter().enumerate() {
        for (e, entry) in file
            .entries
            .iter()
            .enumerate()
            .filter(|(_, e)| !e.key.is_empty())
        {
            if let Some(&(of, oe)) = exact.get(entry.key.as_str()) {
                let first = &files[of].entries[oe];
                let message = format!(
                    "key `{}` is already used by the entry on {}; biber keeps that one and drops this one. Rename one of them",
                    entry.key,
                    place(files, f, of, first.line)
                );
                out.push(
                    Diagnostic::new(Code::DuplicateKey, entry.key_span, message)
                        .in_source(SourceId::Bib(f))
                        .with_keys([entry.key.clone()]),
                );
                continue;
            }
            exact.insert(&entry.key, (f, e));
            let lower = entry.key.to_lowercase();
            if let Some(&(of, oe)) = folded.get(&lower) {
                let first = &files[of].entries[oe];
                let message = format!(
                    "key `{}` differs only in case from `{}` on {}; biber reads them as two entries, but a citation meant for one easily names the other",
                    entry.key,
                    first.key,
                    place(files, f, of, first.line)
                );
                let mut d = Diagnostic::new(Code::DuplicateKey, entry.key_span, message)
                    .in_source(SourceId::Bib(f))
                    .with_keys([first.key.clone(), entry.key.clone()]);
                d.severity = Severity::Info;
                out.push(d);
            } else {
                folded.insert(lower, (f, e));
            }
        }
    }
}
