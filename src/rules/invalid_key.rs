//! `invalid-key`: an entry key with a character Pandoc's BibTeX reader does not accept (a
//! Unicode hyphen U+2010, an en dash, `#`, `~` ...): Pandoc rejects the whole file. biber
//! reads such keys.

use super::{Code, Diagnostic, SourceId};
use crate::bibfile::BibEntry;

/// `citecheck explain invalid-key`: why it matters and how to fix it.
pub(crate) const EXPLANATION: &str =
    "Why it matters: Pandoc's BibTeX reader accepts keys of letters, digits and \
     `:-_/+.'!?@$&*=;[]()^` only; one key with any other character (often a Unicode hyphen \
     or dash pasted from a PDF) makes it refuse the whole file. Such keys are also hard to \
     type in a citation.\n\
     How to fix: rewrite the key with ASCII characters (`smith‐2018` → `smith-2018`) and \
     cite it so.";

/// A character Pandoc cannot read in a key.
fn unreadable(c: char) -> bool {
    !(c.is_alphanumeric() || ":-_/+.'!?@$&*=;[]()^".contains(c))
}

/// Checks the key of `entry` (of `.bib` file `file`).
pub fn check(file: usize, entry: &BibEntry, out: &mut Vec<Diagnostic>) {
    let Some(bad) = entry.key.chars().find(|&c| unreadable(c)) else {
        return;
    };
    let ascii: String = entry
        .key
        .chars()
        .map(|c| match c {
            '\u{2010}'..='\u{2015}' | '\u{2212}' => '-',
            c => c,
        })
        .filter(|&c| !unreadable(c))
        .collect();
    out.push(
        Diagnostic::new(
            Code::InvalidKey,
            entry.key_span,
            format!(
                "key `{}` holds `{bad}` (U+{:04X}), which Pandoc cannot read: it rejects the \
                 whole file; write `{ascii}`",
                entry.key, bad as u32
            ),
        )
        .in_source(SourceId::Bib(file))
        .with_keys([entry.key.clone()]),
    );
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{bib, codes};

    #[test]
    fn a_unicode_hyphen_in_a_key() {
        let found = bib("@misc{smith\u{2010}2018, author = {Smith, Al}, title = {T}, year = {2018}}\n@misc{müller:2020/a, author = {M, A}, title = {T}, year = {2020}}\n");
        assert_eq!(codes(&found), [("invalid-key", 1)]);
        assert!(
            found[0].1.message.ends_with("write `smith-2018`"),
            "{}",
            found[0].1.message
        );
    }
}
