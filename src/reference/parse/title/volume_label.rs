//! A book's volume label the title's sentence ended at ("Deutsche Gesellschaftsgeschichte, Bd.
//! 3, München", "Les lieux de mémoire, t. 1"), and one the model's title ran on to.

use super::super::clean::field;
use crate::reference::Reference;

/// Where the sentence `title` (of `s`, `after` the rest) ended at a book's volume label after
/// a comma, the title ends at that comma and the tail reads the label as the volume's
/// (written "vol.", which it knows in any language): the tail. With pages after the volume,
/// the piece before the label is a journal's ("Soziale Ungleichheit ..., Aus Politik und
/// Zeitgeschichte, Bd. 38, S. 38–46"): the title ends at the comma before it, and the tail
/// reads the journal and its volume.
pub(super) fn cut_title(r: &mut Reference, s: &str, title: &str, after: &str) -> Option<String> {
    let c = title.rfind(", ").filter(|&c| {
        let label = title[c + 2..].trim_end_matches('.');
        book_volume_label(label) && volume_number_opens(after)
    })?;
    if pages_after_volume(after) {
        if let Some(journal) = title[..c].rfind(", ") {
            r.title = field(&title[..journal]);
            return Some(s[journal..].to_string());
        }
    }
    r.title = field(&title[..c]);
    Some(format!(", vol. {}", after.trim_start_matches(['.', ' '])))
}

/// Labels of a book's volume in the languages of the references we read: German "Bd.",
/// "Bde.", "Band", "Teil"; French "t.", "tome"; Italian and Spanish "tomo", "vol."; English
/// "vol.", "vols.".
const BOOK_VOLUME_LABELS: &[&str] = &[
    "bd", "bde", "band", "teil", "tl", "t", "tome", "tomo", "vol", "vols",
];

/// Is `word` (any case, no stop) one of [`BOOK_VOLUME_LABELS`]?
fn book_volume_label(word: &str) -> bool {
    BOOK_VOLUME_LABELS
        .iter()
        .any(|l| word.eq_ignore_ascii_case(l))
}

/// Does `after` open with a volume's number and a comma or stop ("3, München", "2-3.")?
fn volume_number_opens(after: &str) -> bool {
    let rest = after.trim_start_matches(['.', ' ']);
    let digits = rest
        .bytes()
        .take_while(|b| b.is_ascii_digit() || matches!(b, b'-' | b'/'))
        .count();
    rest.starts_with(|c: char| c.is_ascii_digit()) && rest[digits..].starts_with([',', '.'])
}

/// After a volume's number, pages: "38, S. 38–46", "24, pp. 11", "12, 319-324".
fn pages_after_volume(after: &str) -> bool {
    let rest = after
        .trim_start_matches(['.', ' '])
        .trim_start_matches(|c: char| c.is_ascii_digit() || matches!(c, '-' | '/'))
        .trim_start_matches([',', ' ']);
    let range = rest.bytes().take_while(u8::is_ascii_digit).count() > 0
        && rest
            .trim_start_matches(|c: char| c.is_ascii_digit())
            .starts_with(['-', '–']);
    range
        || ["S. ", "pp.", "p. ", "s. "]
            .iter()
            .any(|l| rest.starts_with(l))
}

/// A book's volume label closing the title after its comma, the volume read ("...,
/// Gesamtausgabe, Bd" where the model's title ran on to the label): the label goes.
pub(in crate::reference::parse) fn drop_volume_label(r: &mut Reference) {
    if r.volume.is_none() {
        return;
    }
    let Some((head, label)) = r.title.as_deref().and_then(|t| t.rsplit_once(", ")) else {
        return;
    };
    if book_volume_label(label.trim_end_matches('.')) {
        r.title = field(head);
    }
}
