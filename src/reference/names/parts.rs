//! What a part of a list of names (the words between two commas) reads as: given names, or
//! a family name of two words.

use super::*;

/// Two capitalised words, neither initials nor a particle, the first no common given name:
/// a family name of two words ("García Márquez"), not a name given first ("John Smith").
pub(super) fn two_word_family(part: &str) -> bool {
    let mut words = part.split_whitespace();
    let (Some(first), Some(second), None) = (words.next(), words.next(), words.next()) else {
        return false;
    };
    [first, second].iter().all(|w| {
        w.starts_with(char::is_uppercase)
            && w.chars().any(char::is_lowercase)
            && !is_initials(w)
            && !is_particle(w)
    }) && !crate::reference::given_names::is_given_name(first)
}

/// A given name written after its family's comma: initials ("J. R."), ABNT's initials with a
/// particle between, or one or two capitalised words with initials ("Kelly J.").
pub(super) fn is_given_part(part: &str) -> bool {
    if is_initials(part) || particle_between_initials(part) {
        return true;
    }
    // One or two capitalised words followed by optional initials: "Frances", "Kelly J.".
    few_capitalised_words(part).is_some_and(|words| words.iter().any(|w| is_initials(w)))
}

/// One to three capitalised given names or initials, with some lower-case letter or initials
/// ("Frances", "Kelly J.", "Zahid Shahab"; not "FREYERMUTH", not "Mark Johnson Smith Jones").
pub(super) fn is_given_words(part: &str) -> bool {
    few_capitalised_words(part).is_some_and(|words| {
        words
            .iter()
            .all(|w| is_initials(w) || w.chars().any(char::is_lowercase))
    })
}

/// The words of `part` when it is one to three capitalised words, not an initial then a word
/// ("J. Smith").
fn few_capitalised_words(part: &str) -> Option<Vec<&str>> {
    let words: Vec<&str> = part.split_whitespace().collect();
    (!words.is_empty()
        && words.len() <= 3
        && words
            .iter()
            .all(|w| w.chars().next().is_some_and(char::is_uppercase))
        && !initial_then_word(&words))
    .then_some(words)
}

/// Brazil's ABNT: initials with a lower-case particle between them ("R. de C.", "M. da S.",
/// "J. C. dos S."), the given names of a family name's particle written last.
fn particle_between_initials(part: &str) -> bool {
    let words: Vec<&str> = part.split_whitespace().collect();
    words.len() >= 3
        && words.first().is_some_and(|w| is_initials(w))
        && words.last().is_some_and(|w| is_initials(w))
        && words
            .iter()
            .all(|w| is_initials(w) || (w.starts_with(char::is_lowercase) && is_particle(w)))
}

/// Two or more capitalised words: a part that may be a name written given name first.
pub(super) fn looks_like_given_family(part: &str) -> bool {
    let words: Vec<&str> = part.split_whitespace().collect();
    words.len() >= 2
        && words
            .iter()
            .all(|w| w.chars().next().is_some_and(char::is_uppercase))
}
