//! Nature's chapters name the book first and its editors in brackets after it: "in Logic and
//! Data Bases (eds Gallaire, H. & Minker, J.) 55–76 (Plenum Press, New York, 1978)." The rules
//! and the model read editors before the book they edit ("In: Gallaire, H. & Minker, J.
//! (eds.) Logic and Data Bases, 55–76 (...)"), the order of most styles, so the book and its
//! editors are written the other way round. SAGE's Vancouver writes the same order with
//! "In:" and names without stops ("In: Coastal Histories (eds Kim R and Haas L). London: ...").

use super::authors::family_and_initials;
use super::re;
use regex::Regex;
use std::sync::LazyLock;

/// "in Book (eds Names)" after a sentence end: the book, the role and the names.
static BOOK_THEN_EDITORS: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r#"(?:^|[.?!]["”’]?\s)(?P<in>in|In):? (?P<book>[^()]{3,}?) \((?P<role>eds|ed\.) (?P<names>\p{Lu}[^()]*?)\)"#,
        "BOOK_THEN_EDITORS",
    )
});

/// The text with the book written after its editors; `None` where it has no such book.
pub(super) fn normalise(text: &str) -> Option<String> {
    // One substring search for most references, which hold no "(eds " or "(ed. ".
    memchr::memmem::find(text.as_bytes(), b"(ed")?;
    let caps = BOOK_THEN_EDITORS.captures(text)?;
    let (book, role, names) = (&caps["book"], &caps["role"], &caps["names"]);
    // Names hold a comma or an initial's stop ("(eds Gallaire, H. & Minker, J.)"), or are
    // Vancouver's, each a family name and its initials ("(eds Kim R and Haas L)").
    if !names.contains([',', '.']) && !vancouver_names(names) {
        return None;
    }
    let (whole, at) = (caps.get(0)?, caps.name("in")?.start());
    let rest = text[whole.end()..].trim_start();
    // Numbers after the editors follow the book after a comma, a page range labelled as one
    // ("13–42": read as a volume where no label says otherwise).
    let range = rest
        .split_once(['–', '-'])
        .is_some_and(|(a, _)| !a.is_empty() && a.bytes().all(|b| b.is_ascii_digit()));
    let joint = if rest.starts_with(['.', ',']) {
        ""
    } else if range {
        ", pp. "
    } else if rest.starts_with(|c: char| c.is_ascii_digit()) || rest.starts_with("vol") {
        ", "
    } else {
        " "
    };
    let role = if role == "eds" { "eds." } else { "ed." };
    Some(format!(
        "{}In: {names} ({role}) {book}{joint}{rest}",
        &text[..at]
    ))
}

/// "Kim R and Haas L", "Kim RA & Haas L": family names, each with one to three initials in
/// capitals, joined by "and" or "&".
fn vancouver_names(names: &str) -> bool {
    names
        .split(" and ")
        .flat_map(|n| n.split(" & "))
        .all(|name| {
            let mut words = name.split(' ');
            let (Some(family), Some(initials), None) = (words.next(), words.next(), words.next())
            else {
                return false;
            };
            family.starts_with(char::is_uppercase) && family_and_initials(family, initials, 1..=3)
        })
}

#[cfg(test)]
mod tests {
    use super::normalise;

    #[test]
    fn the_book_follows_its_editors() {
        assert_eq!(
            normalise("Okafor, A. Rivers. in Valley Essays (eds Marsh, T. & Lindqvist, M.) 13–42 (Magnes, Jerusalem, 1983).")
                .as_deref(),
            Some("Okafor, A. Rivers. In: Marsh, T. & Lindqvist, M. (eds.) Valley Essays, pp. 13–42 (Magnes, Jerusalem, 1983).")
        );
        assert_eq!(
            normalise("Okafor, A. Rivers. in Valley Essays (ed. Marsh, T.) (Plenum Press, New York, 1978).")
                .as_deref(),
            Some("Okafor, A. Rivers. In: Marsh, T. (ed.) Valley Essays (Plenum Press, New York, 1978).")
        );
    }

    #[test]
    fn vancouver_names_after_in_and_a_colon() {
        assert_eq!(
            normalise("Okafor B. Tides. In: Coastal Histories (eds Kim R and Haas L). London: Routledge, 2015, pp.10-20.")
                .as_deref(),
            Some("Okafor B. Tides. In: Kim R and Haas L (eds.) Coastal Histories. London: Routledge, 2015, pp.10-20.")
        );
        // Words that are no names stay.
        assert_eq!(
            normalise(
                "Okafor B. Tides. In: Coastal Histories (eds Kim and others). London: Routledge."
            ),
            None
        );
    }

    #[test]
    fn other_brackets_stay() {
        // Editors already before the book, or a bracket that names no one.
        assert_eq!(
            normalise("In Marsh, T. (eds.) Valley Essays (Magnes, 1983)."),
            None
        );
        assert_eq!(
            normalise("Okafor, A. Rivers. in Valley Essays (eds vary) (Magnes, 1983)."),
            None
        );
        assert_eq!(
            normalise("Okafor, A. Rivers. Valley Review 4, 1–9 (1983)."),
            None
        );
    }
}
