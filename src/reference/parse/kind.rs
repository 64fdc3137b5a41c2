//! Pass 6, the entry type, inferred from the fields found and the genre words of the text.

use super::re;
use crate::reference::{EntryType, Reference};
use regex::Regex;
use std::sync::LazyLock;

/// The entry type the fields of `r` and the genre words of its `text` point to.
pub(super) fn infer_type(r: &Reference, text: &str) -> EntryType {
    let container = r.container.as_deref().unwrap_or("");
    let all = text;
    if THESIS.is_match(all) {
        return EntryType::Thesis;
    }
    if PROCEEDINGS.is_match(container) {
        return EntryType::InProceedings;
    }
    if !r.editors.is_empty() && r.container.is_some() {
        return EntryType::InCollection;
    }
    let in_journal =
        r.container.is_some() && (r.volume.is_some() || r.pages.is_some() || r.number.is_some());
    // The bare word "report" makes a report, unless it is in the title of a piece a journal holds
    // with its volume or pages ("...: a STAR*D report. Am J Psychiatry. 2006;163(11)").
    // The title is looked up only once the word is there (most entries have no such word).
    let report_word = || {
        let mut words = REPORT_WORD.find_iter(all).peekable();
        words.peek()?;
        let title = r.title.as_deref().unwrap_or("");
        let in_title = match text.find(title).filter(|_| in_journal && title.len() > 3) {
            Some(at) => at..at + title.len(),
            None => 0..0,
        };
        words
            .any(|m| !(in_title.start <= m.start() && m.end() <= in_title.end))
            .then_some(())
    };
    if REPORT.is_match(all) || report_word().is_some() {
        return EntryType::Report;
    }
    if in_journal {
        return EntryType::Article;
    }
    if r.container.is_some() && r.url.is_some() && r.date.is_some_and(|d| d.day.is_some()) {
        return EntryType::Online;
    }
    if r.institution.is_some() {
        return EntryType::Report;
    }
    if r.publisher.is_some() && r.container.is_none() {
        return EntryType::Book;
    }
    if r.url.is_some() && r.container.is_none() && r.publisher.is_none() {
        return EntryType::Online;
    }
    EntryType::Misc
}

/// Thesis markers.
pub(super) static THESIS: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)(?-u:\b)(?:thesis|dissertation|diss\.|doctoral|ph\.?\s?d\.?|master'?s|habilitation|m\.?\s?phil|doktorarbeit|thèse)(?-u:\b)",
        "THESIS",
    )
});

/// Report markers.
pub(super) static REPORT: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)(?-u:\b)(?:technical\s+report|tech\.\s*rep(?:\.|ort)?|report\s+no(?-u:\b)|working\s+paper|white\s+paper|discussion\s+paper|policy\s+brief|memorandum|tech\.\s*memo)(?-u:\b)",
        "REPORT",
    )
});

/// The word "report" alone.
pub(super) static REPORT_WORD: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?i)(?-u:\b)report(?-u:\b)", "REPORT_WORD"));

/// Proceedings markers: the words, or their abbreviations with the period ("Proc. ACM").
pub(super) static PROCEEDINGS: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)(?-u:\b)(?:(?:proceedings|conference|symposium|workshop|congress|colloquium|meeting)(?-u:\b)|(?:proc|conf|symp)\.)",
        "PROCEEDINGS",
    )
});

#[cfg(test)]
mod tests {
    use super::*;
    use crate::reference::parse::assert_matches;

    #[test]
    fn genre_words() {
        assert_matches(
            &THESIS,
            &[
                "PhD thesis",
                "Doctoral dissertation",
                "Ph. D. diss.",
                "Master's",
            ],
            &["Theses on Feuerbach", "hypothesis"],
        );
        assert_matches(
            &REPORT,
            &[
                "Technical report 12",
                "Working Paper",
                "Tech. Rep. 3",
                "Tech. Report COMPSI",
                "Planning Report No. 125",
                "policy brief",
            ],
            &["Reporter", "reports"],
        );
        assert_matches(
            &PROCEEDINGS,
            &[
                "Proceedings of X",
                "Proc.ACM",
                "Workshop on Y",
                "Proc. 13th USENIX NSDI",
                "Conf. on X",
            ],
            &[
                "Proceed with care",
                "Process mining",
                "Confucius",
                "Procida",
            ],
        );
    }
}
