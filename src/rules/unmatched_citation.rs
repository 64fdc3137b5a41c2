//! `unmatched-citation`: a citation that matches no entry.
//!
//! What it does: flags each citation the linker could not match to any entry, naming the nearest
//! thing it found (a name one letter off, other years of the same author, a piece of the same
//! outlet that day). Why: the reader cannot find the source. Example: "(Brandtt, 2021a)" → did you
//! mean Brandt (2021a)?

use super::{Code, Context, Diagnostic};
use crate::link::Status;

pub fn check(cx: &Context, out: &mut Vec<Diagnostic>) {
    for (i, (citation, link)) in cx.citations.iter().zip(cx.links).enumerate() {
        if link.status != Status::Unmatched {
            continue;
        }
        let list = if cx.style == super::Style::Keys {
            "the .bib files"
        } else {
            "the reference list"
        };
        let mut message = format!("\"{}\" matches no entry of {list}", citation.text);
        let mut keys = Vec::new();
        if let Some(s) = &link.suggestion {
            message.push_str(": ");
            message.push_str(&s.message);
            keys = s
                .entries
                .iter()
                .map(|&i| cx.references[i].key.clone())
                .collect();
        } else {
            message.push_str("; add the entry or correct the citation");
        }
        out.push(
            Diagnostic::new(Code::UnmatchedCitation, citation.span, message)
                .with_keys(keys)
                .in_source(cx.origins.citation(i)),
        );
    }
}
