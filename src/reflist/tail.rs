//! A typed reference list with no heading over it, found at the end of the paper: a run of
//! paragraphs each shaped like a reference, whose authors the paper names before it, or
//! numbered from "1." on to the end.

use super::{lines, YEAR};
use regex::Regex;
use std::collections::HashSet;
use std::sync::LazyLock;

/// A particle before a family name: "van Dijk", "de la Cruz".
const PARTICLES: &str = r"(?:(?:van|von|de|der|den|del|da|di|du|la|le)\s+){0,2}";

/// The start of a reference by its first author, the family name captured: family first
/// ("Okafor, M.", "Okafor, Marguerite.", "van Dijk, T.", "Okafor MA,"), initials first
/// ("M. Okafor,", "C. D. Manning and"), or a given name first ("Marguerite Okafor, ...").
static AUTHOR_START: LazyLock<Regex> = LazyLock::new(|| {
    let family = format!(r"({PARTICLES}\p{{Lu}}[\p{{L}}'’\-]+)");
    Regex::new(&format!(
        r"^(?:{family}(?:\s+\p{{Lu}}[\p{{L}}'’\-]+)?(?:,\s+\p{{Lu}}|\s+\p{{Lu}}{{1,3}}[,.])|(?:\p{{Lu}}\.[\s\-]*){{1,3}}{family}(?:[,.]|\s+and\s|\s*&)|\p{{Lu}}\p{{Ll}}+(?:\s+\p{{Lu}}\.)?\s+{family}(?:,|\.\s|\s+and\s))"
    ))
    .expect("AUTHOR_START is a valid regex")
});

/// The start of a reference by an organisation, its year after its name: "OECD. 2019.",
/// "World Health Organization. (2022).", "Natural England (2019)".
static ORGANISATION_START: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:The\s+)?(?:\p{Lu}[\p{L}&.'’\-]*\s+){0,7}\p{Lu}[\p{L}.'’\-]*\.?,?\s*\(?(?:1[6-9]|20)\d\d")
        .expect("ORGANISATION_START is a valid regex")
});

/// A name and a stop opening a line: "Tilastokeskus. ", "World Bank. ".
static NAMED_START: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\p{Lu}[\p{L}&'’\-]+(?:\s+\p{Lu}[\p{L}&'’\-]+){0,6}\.\s")
        .expect("NAMED_START is a valid regex")
});

/// A list bullet before an entry: "-   ", "* ", "• ".
static BULLET: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^[-*+•]\s+").expect("BULLET is a valid regex"));

/// A capitalised word, as a family name is cited in the text.
static NAME_WORD: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\p{Lu}[\p{L}'’\-]+").expect("NAME_WORD is a valid regex"));

/// A footnote's definition, which a Word file's notes at the end are written as: "[^3]: ...".
static NOTE_DEFINITION: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\[\^[^\]]+\]:").expect("NOTE_DEFINITION is a valid regex"));

/// The heading over a Word file's notes, written after the paper: "# Notes".
static NOTES_HEADING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^#{1,6}\s*(?:end|foot)?notes\s*$").expect("NOTES_HEADING is a valid regex")
});

/// Fewest entries a list without a heading is taken with.
const MIN_ENTRIES: usize = 2;

/// Longest paragraph after the list that may close the paper ("That is all.", a date): no
/// more, and without a year.
const CLOSING_LEN: usize = 40;

/// The lines `start..end` (1-based, end exclusive) of a typed list with no heading that ends the
/// paper (a Word file's notes aside): at least two paragraphs at the end, each opening with a
/// family name and initials or a given name ("Okafor, M.", "Okafor MA,"), naming a year in
/// its first 400 characters and set in at least three parts (authors, title, container: two
/// sentence stops after the names); at most one short paragraph without a year may follow
/// (a closing remark). A paragraph of lines wrapped by hand is one entry per line that opens
/// so. The list is taken only when the paper names at least half of its first authors before
/// it (as its citations do), so the last paragraphs of a paper without a list are not read as
/// one.
pub(super) fn trailing_list<'a>(
    line: &impl Fn(usize) -> &'a str,
    residue: &[bool],
    count: usize,
) -> Option<(usize, usize)> {
    let text = |n: usize| {
        let l = line(n);
        if residue.get(n - 1).copied().unwrap_or(false) {
            ""
        } else {
            l.trim()
        }
    };
    // The paper's last line, a Word file's notes aside ("# Notes", "[^1]: ..." and the
    // indented paragraphs of a note).
    let mut last = count;
    let mut n = count;
    while n > 0 {
        let t = text(n);
        if t.is_empty() || line(n).starts_with([' ', '\t']) {
            n -= 1;
        } else if NOTE_DEFINITION.is_match(t) || NOTES_HEADING.is_match(t) {
            n -= 1;
            last = n;
        } else {
            break;
        }
    }
    // Paragraphs from the end: (first line, last line).
    let mut paragraphs: Vec<(usize, usize)> = Vec::new();
    let mut n = last;
    while n > 0 {
        if text(n).is_empty() {
            n -= 1;
            continue;
        }
        let end = n;
        while n > 1 && !text(n - 1).is_empty() {
            n -= 1;
        }
        paragraphs.push((n, end));
        n -= 1;
    }
    let mut iter = paragraphs.iter().peekable();
    // A closing remark after the list.
    if let Some(&&(first, last_line)) = iter.peek() {
        let t = text(first);
        if first == last_line
            && lines::label(t).is_none()
            && entries_in(first, last_line, &text).is_empty()
        {
            if t.chars().count() > CLOSING_LEN || YEAR.is_match(t) {
                return None;
            }
            iter.next();
        }
    }
    let end = iter.peek().map_or(last, |&&(_, last_line)| last_line) + 1;
    if let Some(start) = numbered_run(iter.clone(), &text) {
        return Some((start, end));
    }
    // Up the paragraphs while each is an entry, or a weaker one inside the list (a one-line
    // paragraph that opens with names and gives a year or a link, or is bulleted as the
    // entries after it are: "Pajarinen, M. (2015). Jobs. Brief, 34 • 22 April 2015",
    // "Tilastokeskus. Working Life Barometer. Retrieved ... from https://..."); the list
    // starts at the highest full entry.
    let mut start = None;
    let mut families: Vec<&str> = Vec::new();
    let mut bulleted = true;
    for &(first, last_line) in iter {
        let entries = entries_in(first, last_line, &text);
        if entries.is_empty() {
            if first == last_line && start.is_some() && weak_entry(text(first), bulleted) {
                continue;
            }
            break;
        }
        bulleted &= (first..=last_line).all(|n| BULLET.is_match(text(n)));
        families.extend(entries.into_iter().filter_map(|n| family(text(n))));
        start = Some(first);
    }
    let start = start?;
    if families.len() < MIN_ENTRIES {
        return None;
    }
    // The capitalised words of the paper before the list ("Okafor’s" as "Okafor").
    let named: HashSet<&str> = (1..start)
        .flat_map(|n| NAME_WORD.find_iter(text(n)).map(|m| m.as_str()))
        .map(|w| {
            w.strip_suffix("’s")
                .or_else(|| w.strip_suffix("'s"))
                .unwrap_or(w)
        })
        .collect();
    let cited = families.iter().filter(|f| named.contains(*f)).count();
    (cited * 2 >= families.len()).then_some((start, end))
}

/// The first line of a numbered list that ends the paper, from its last paragraph up
/// (`paragraphs`): labels counting down to "1." ("1.", "(1)", "1 ", "[1]"), each paragraph
/// opening with one, at least three, each label's text shaped as an entry or at least opening
/// with names and giving a year or a link, two of three fully.
fn numbered_run<'p, 'a>(
    paragraphs: impl Iterator<Item = &'p (usize, usize)>,
    text: &impl Fn(usize) -> &'a str,
) -> Option<usize> {
    let (mut expected, mut entries, mut full) = (None::<u32>, 0usize, 0usize);
    for &(first, last) in paragraphs {
        lines::label(text(first))?;
        // The paragraph's labelled lines, last first.
        for n in (first..=last).rev() {
            let Some(label) = lines::label(text(n)) else {
                continue;
            };
            if expected.is_some_and(|e| label.number != e) || label.number == 0 {
                return None;
            }
            let body = &text(n)[label.len..];
            let next = (n < last).then(|| text(n + 1));
            if is_entry(body, next) {
                full += 1;
            } else if !weak_entry(body, false) {
                return None;
            }
            entries += 1;
            if label.number == 1 {
                return (n == first && entries >= 3 && full * 3 >= entries * 2).then_some(first);
            }
            expected = Some(label.number - 1);
        }
    }
    None
}

/// The lines of the paragraph `first..=last` that open an entry, when the first does and they
/// are at least a quarter of its lines (a paragraph of entries wrapped by hand); else none.
fn entries_in<'a>(first: usize, last: usize, text: &impl Fn(usize) -> &'a str) -> Vec<usize> {
    let next = |n: usize| (n < last).then(|| text(n + 1));
    if !is_entry(text(first), next(first)) {
        return Vec::new();
    }
    let starts: Vec<usize> = (first..=last)
        .filter(|&n| is_entry(text(n), next(n)))
        .collect();
    if starts.len() * 4 > last - first {
        starts
    } else {
        Vec::new()
    }
}

/// Is this one-line paragraph an entry too weakly shaped to open a list, inside one: bulleted
/// as the entries after it (`bulleted`), or opening with names and giving a year or a link?
fn weak_entry(line: &str, bulleted: bool) -> bool {
    if bulleted && BULLET.is_match(line) {
        return true;
    }
    let line = strip_bullet(line);
    (AUTHOR_START.is_match(line) || NAMED_START.is_match(line))
        && (YEAR.is_match(line) || line.contains("://"))
}

/// Does `line` open a reference (its year in it or on the `next` line of its paragraph)?
fn is_entry(line: &str, next: Option<&str>) -> bool {
    let line = strip_bullet(line);
    let Some(names) = AUTHOR_START
        .find(line)
        .or_else(|| ORGANISATION_START.find(line))
    else {
        return false;
    };
    if lines::is_furniture(line) {
        return false;
    }
    let joined;
    let text = match next {
        Some(next) if !next.is_empty() => {
            joined = format!("{line} {next}");
            joined.as_str()
        }
        _ => line,
    };
    let head = &text[..crate::span::floor_char_boundary(text, 400)];
    let after_names = &text[names.end()..];
    let stops = after_names
        .match_indices(['.', '?', '!'])
        .filter(|&(at, _)| {
            // A sentence stop, not an initial's ("M. Okafor", "J.-P.").
            let word = after_names[..at].trim_end_matches(['*', '_', '"', '”', '’', '\'', ')']);
            let before = word.chars().rev().take_while(|c| c.is_alphanumeric());
            before.count() > 1 || word.ends_with(|c: char| c.is_ascii_digit())
        })
        .count();
    text.len() >= 30 && YEAR.is_match(head) && stops >= 2
}

/// The family name a reference line opens with.
fn family(line: &str) -> Option<&str> {
    let c = AUTHOR_START.captures(strip_bullet(line))?;
    let name = (1..=3).find_map(|i| c.get(i))?.as_str();
    // "van Dijk": the capitalised word, as the text names it.
    name.rsplit(char::is_whitespace).next()
}

fn strip_bullet(line: &str) -> &str {
    BULLET.find(line).map_or(line, |m| &line[m.end()..])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn find(text: &str) -> Option<(usize, usize)> {
        let lines: Vec<&str> = text.lines().collect();
        let line = |n: usize| lines[n - 1];
        trailing_list(&line, &vec![false; lines.len()], lines.len())
    }

    const BODY: &str = "Tidal flats store carbon (Okafor, 2019). Ports change them (Lindqvist & Moreau, 2021; Baptiste, 2018).\n\nWe thank the harbour staff.\n\n";

    #[test]
    fn a_typed_list_ending_the_paper() {
        let list = "Baptiste, R. (2018). *Harbours and mud*. Fjord Press.\n\nLindqvist, A., & Moreau, C. (2021). Dredging and tides. *Coastal Letters*, 4(2), 10–19.\n\nOkafor, M. (2019). Carbon in tidal flats. *Marine Notes*, 7, 1–9. https://doi.org/10.1000/mn.7\n";
        let text = format!("{BODY}{list}");
        assert_eq!(find(&text), Some((5, 10)));
        // A short closing remark after it, or a Word file's notes, stay out of it.
        assert_eq!(find(&format!("{text}\nThat is all.\n")), Some((5, 10)));
        let notes = format!("{text}\n# Notes\n\n[^1]: A note on tides (Okafor, 2019).\n");
        assert_eq!(find(&notes), Some((5, 10)));
        // Entries a converter indented are entries still.
        let indented = format!("{BODY}    Baptiste, R. (2018). *Harbours and mud*. Fjord Press.\n\n    Okafor, M. (2019). Carbon. *Marine Notes*, 7, 1–9.\n");
        assert_eq!(find(&indented), Some((5, 8)));
        // Names first by initials (ACL), wrapped by hand in one paragraph.
        let acl = "R. Baptiste. 2018. Harbours and mud. Fjord Press.\nA. Lindqvist and C. Moreau. 2021. Dredging and tides.\nIn *Proc. of Coasts*, pages 10–19.\nM. Okafor. 2019. Carbon in tidal flats. Marine Notes, 7.\n";
        assert_eq!(find(&format!("{BODY}{acl}")), Some((5, 9)));
    }

    #[test]
    fn a_numbered_list_ending_the_paper() {
        let body = "Ports change flats [1], and mud holds carbon [2, 3].\n\n";
        let list = "1. Lindqvist A, Moreau C. Dredging and tides. Coast Lett. 2021;4(2):10–9.\n\n2. Okafor M. Carbon in tidal flats. Mar Notes. 2019;7:1–9.\n\n3. Baptiste R. Harbours and mud. Oslo: Fjord Press; 2018.\n";
        assert_eq!(find(&format!("{body}{list}")), Some((3, 8)));
        // Numbers that do not count down to 1, or two entries, or a numbered list of
        // findings, are no list.
        assert_eq!(
            find(&format!("{body}{}", list.replace("2. Okafor", "4. Okafor"))),
            None
        );
        let two = "1. Okafor M. Carbon in tidal flats. Mar Notes. 2019;7:1–9.\n\n2. Baptiste R. Harbours and mud. Oslo: Fjord Press; 2018.\n";
        assert_eq!(find(&format!("{body}{two}")), None);
        let findings = "1. Flats hold carbon for decades.\n\n2. Dredging in 2019 released it.\n\n3. Ports should plan for it.\n";
        assert_eq!(find(&format!("{body}{findings}")), None);
    }

    #[test]
    fn weak_entries_inside_a_list() {
        let list = "-   Baptiste, R. (2018). *Harbours and mud*. Fjord Press.\n\n-   Harbour Office. Tide tables. Retrieved May 2, 2024 from https://example.org/tides\n\n-   Lindqvist, A., & Moreau, C. (2021). Dredging and tides. *Coastal Letters*, 4(2), 10–19.\n\n-   Okafor, M. (2019). Carbon in tidal flats. Marine Notes • 7 • 1 June 2019\n";
        assert_eq!(find(&format!("{BODY}{list}")), Some((5, 12)));
    }

    #[test]
    fn no_list_is_invented() {
        // Prose to the end, an acknowledgement that names people, a closing remark too long.
        assert_eq!(find(BODY), None);
        let thanks = format!("{BODY}Okafor, M. and Baptiste, R. read drafts in 2019 and 2020, for which we are grateful.\n");
        assert_eq!(find(&thanks), None);
        // Entries the paper never names (a list of the author's other work) are no list.
        let other = format!("{BODY}Vance, P. (2010). Wind. *Air*, 1, 1–2.\n\nWhyte, S. (2012). Rain. *Air*, 3, 4–5.\n");
        assert_eq!(find(&other), None);
        // One entry is too few.
        let one =
            format!("{BODY}Okafor, M. (2019). Carbon in tidal flats. *Marine Notes*, 7, 1–9.\n");
        assert_eq!(find(&one), None);
        // A list followed by a longer paragraph does not end the paper.
        let after = format!("{BODY}Baptiste, R. (2018). *Harbours and mud*. Fjord Press.\n\nOkafor, M. (2019). Carbon. *Marine Notes*, 7, 1–9.\n\nThis appendix lists the tide gauges we used and where they stand.\n");
        assert_eq!(find(&after), None);
    }
}
