//! Runs that stop on a word no name ends on ("Empathy in", "A Manual of"): the model gave the
//! words after it to another field.

use crate::reference::words;
use std::ops::Range;

/// A run that stops on a word that cannot end a name ("Empathy in", "A Manual of", "British
/// Fiction since") goes on to the next mark: the model gave the words after it to another
/// field ("Empathy in mental illness. Retrieved from ...").
pub(super) fn over_dangling_word(text: &str, run: Range<usize>) -> Range<usize> {
    if !ends_on_dangling_word(&text[run.clone()]) {
        return run;
    }
    let after = &text[run.end..];
    // Not over the second of two places ("Arbeit. - Weinheim und" + "München, S. 62"):
    // join_places reads them together.
    match after.find([',', '.', ':', ';', '(']) {
        Some(n)
            if n <= 60
                && after[..n].contains(char::is_alphanumeric)
                && !words::is_city(after[..n].trim()) =>
        {
            run.start..run.end + n
        }
        _ => run,
    }
}

/// Does `value` stop on a word that cannot end a title or a name ("The Turkish Straits and",
/// "A Manual of")?
pub(super) fn ends_on_dangling_word(value: &str) -> bool {
    // Beyond the words a journal's or publisher's name may hold inside it
    // ([`words::is_name_function_word`]: "of", "and", "für", "et", "la" ...): other languages'
    // "and" ("och", "og"), articles and prepositions ("Commerce et" + "navigation,"). Not German
    // "im", "zum", "vom": an ordinal's or a date's stop follows them ("Exile im" + "20.
    // Jahrhundert", "vom 18. Dezember").
    const MORE: &[&str] = &[
        "au", "aux", "degli", "dei", "della", "delle", "el", "from", "las", "les", "los", "nel",
        "nella", "och", "og", "pour", "since", "sur", "with", "zur", "à",
    ];
    let last = value.trim_end().rsplit(' ').next().unwrap_or("");
    // Not the particles "van", "von" of that list: tried, two German chapters lost their book
    // ("Ursachen, Prävention und Kontrolle von" + "Gewalt, Band III").
    (words::is_name_function_word(last) && !matches!(last, "van" | "von")) || MORE.contains(&last)
}
