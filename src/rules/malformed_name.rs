//! `malformed-name`: a name in a name list (`author`, `editor` ...) with more than two commas
//! outside braces, as when names are separated by commas instead of `and`. biber stops on it
//! ("has too many commas, skipping entry"): the whole entry is lost.

use super::{Code, Diagnostic, SourceId};
use crate::bibfile::BibEntry;

/// `citecheck explain malformed-name`: why it matters and how to fix it.
pub(crate) const EXPLANATION: &str =
    "Why it matters: a name is `Family, Given`, or `Family, Jr, Given`: at most two commas. \
     With more, biber reports an error and skips the whole entry, so every citation of it is \
     unresolved; BibTeX misreads the names.\n\
     How to fix: separate the names with `and`: `Liu, Zhenfeng and Hu, Sarah K and Caron, \
     David`; put a corporate name with commas in braces.";

/// The name-list fields of biblatex's data model.
const NAME_FIELDS: &[&str] = &[
    "author",
    "editor",
    "editora",
    "editorb",
    "editorc",
    "translator",
    "annotator",
    "commentator",
    "introduction",
    "foreword",
    "afterword",
    "bookauthor",
    "holder",
];

/// The names of a list split at ` and ` outside braces, each with its commas outside braces.
fn names(value: &str) -> Vec<(&str, usize)> {
    let mut out = Vec::new();
    let (mut depth, mut start, mut commas) = (0usize, 0, 0);
    let bytes = value.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'{' => depth += 1,
            b'}' => depth = depth.saturating_sub(1),
            b',' if depth == 0 => commas += 1,
            b if depth == 0
                && b.is_ascii_whitespace()
                && value[i..].len() > 5
                && value[i + 1..i + 4].eq_ignore_ascii_case("and")
                && bytes[i + 4].is_ascii_whitespace() =>
            {
                out.push((value[start..i].trim(), commas));
                (start, commas) = (i + 4, 0);
                i += 4;
                continue;
            }
            _ => {}
        }
        i += 1;
    }
    out.push((value[start..].trim(), commas));
    out
}

/// Checks each name-list field of `entry` (of `.bib` file `file`).
pub fn check(file: usize, entry: &BibEntry, out: &mut Vec<Diagnostic>) {
    for field in entry
        .fields
        .iter()
        .filter(|f| NAME_FIELDS.contains(&f.name.as_str()))
    {
        let Some((name, commas)) = names(&field.value).into_iter().find(|n| n.1 > 2) else {
            continue;
        };
        let pairs: Vec<&str> = name.split(',').map(str::trim).collect();
        let hint = if pairs.len().is_multiple_of(2) {
            let joined: Vec<String> = pairs.chunks(2).map(|p| p.join(", ")).collect();
            format!("separate the names with `and`: `{}`", joined.join(" and "))
        } else {
            "separate the names with `and`".to_string()
        };
        out.push(
            Diagnostic::new(
                Code::MalformedName,
                field.value_span,
                format!(
                    "{} of `{}`: `{name}` has {commas} commas, so biber skips the whole entry; {hint}",
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
    use super::names;
    use crate::rules::testing::{bib, codes};

    #[test]
    fn names_split_at_and_outside_braces() {
        assert_eq!(
            names("Liu, Z. and {Smith and Sons, Ltd} AND Doe, J"),
            [("Liu, Z.", 1), ("{Smith and Sons, Ltd}", 0), ("Doe, J", 1)]
        );
        assert_eq!(
            names("Liu, Zhenfeng, Hu, Sarah K"),
            [("Liu, Zhenfeng, Hu, Sarah K", 3)]
        );
    }

    #[test]
    fn commas_for_and_are_flagged_with_the_fix() {
        let found = bib("@article{liu2020, author = {Liu, Zhenfeng, Hu, Sarah K}, title = {P}, journal = {J}, year = {2020}}\n\
             @book{ok2001, author = {Doe, Jr, John and {Acme, Inc.}}, title = {T}, publisher = {P}, year = {2001}}\n");
        assert_eq!(codes(&found), [("malformed-name", 1)]);
        assert!(
            found[0]
                .1
                .message
                .ends_with("`Liu, Zhenfeng and Hu, Sarah K`"),
            "{}",
            found[0].1.message
        );
    }
}
