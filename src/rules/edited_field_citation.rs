//! `edited-field-citation`: a reference-manager citation whose shown text was changed by hand,
//! so it no longer reads as the manager wrote it for its item.

use super::{Code, Diagnostic};
use crate::document::word::{FieldKind, WordMap};

/// `citecheck explain edited-field-citation`: why it matters and how to fix it.
pub(crate) const EXPLANATION: &str =
    "Why it matters: Zotero, Mendeley and EndNote rewrite a citation's text from its item \
     whenever they refresh the document. Text typed over a field (a corrected year, a name \
     added) either disappears at the next refresh or, if the manager was told to keep it, stays \
     out of step with the item the field really cites, so the reader sees one work and the \
     bibliography lists another.\n\
     How to fix: change the citation through the reference manager (edit the item, or add a \
     prefix, suffix or page in its citation dialog), then refresh.";

/// Flags citation fields whose shown text differs from the text the manager recorded for them
/// (Zotero's `plainCitation`, Mendeley's `plainTextFormattedCitation` or `manualFormatting`,
/// EndNote's `DisplayText`). White space and quote styles do not count as edits.
pub fn check(map: &WordMap, text: &str, out: &mut Vec<Diagnostic>) {
    for field in &map.fields {
        let FieldKind::Citation {
            items,
            written: Some(written),
        } = &field.kind
        else {
            continue;
        };
        let shown = text.get(field.result.start..field.result.end).unwrap_or("");
        if normal(shown) == normal(written) {
            continue;
        }
        let works: Vec<String> = items.iter().map(|i| i.short()).collect();
        let message = format!(
            "this citation reads \"{}\" but {} wrote \"{}\" for its field ({}); the text was \
             edited by hand and will be lost or stay wrong at the next refresh: change it \
             through {}",
            shown.trim(),
            field.manager.name(),
            written.trim(),
            works.join("; "),
            field.manager.name()
        );
        out.push(Diagnostic::new(
            Code::EditedFieldCitation,
            field.result,
            message,
        ));
    }
}

/// Text compared as a reader sees it: runs of white space as one space, curly quotes straight,
/// without the `*` the reader writes around italics.
fn normal(s: &str) -> String {
    s.replace('*', "")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .replace(['\u{2018}', '\u{2019}'], "'")
        .replace(['\u{201c}', '\u{201d}'], "\"")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::word::{Field, Item, Manager};
    use crate::span::Span;

    fn map(written: &str, span: Span) -> WordMap {
        WordMap {
            places: Vec::new(),
            fields: vec![Field {
                manager: Manager::Zotero,
                kind: FieldKind::Citation {
                    items: vec![Item {
                        families: vec!["Roe".into()],
                        year: Some("2001".into()),
                        ..Item::default()
                    }],
                    written: Some(written.into()),
                },
                result: span,
            }],
        }
    }

    #[test]
    fn flags_edited_text_not_spacing_or_quotes() {
        let text = "See (Roe,  2001) and \u{201c}x\u{201d}. Roe, *Rest*, 4.";
        let mut out = Vec::new();
        let span = |part: &str| {
            let at = text.find(part).unwrap();
            Span::new(at, at + part.len())
        };
        check(&map("(Roe, 2001)", span("(Roe,  2001)")), text, &mut out);
        check(&map("\"x\"", span("\u{201c}x\u{201d}")), text, &mut out);
        check(
            &map("Roe, Rest, 4.", span("Roe, *Rest*, 4.")),
            text,
            &mut out,
        );
        assert!(out.is_empty(), "{out:?}");
        check(&map("(Roe, 2002)", Span::new(4, 16)), text, &mut out);
        assert_eq!(out.len(), 1);
        assert_eq!(
            out[0].message,
            "this citation reads \"(Roe,  2001)\" but Zotero wrote \"(Roe, 2002)\" for its field \
             (Roe 2001); the text was edited by hand and will be lost or stay wrong at the next \
             refresh: change it through Zotero"
        );
    }
}
