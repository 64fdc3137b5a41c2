//! Pass 5, the tail: "In ... (Eds.)" chapters and their editors, the container, volume, issue
//! and pages, edition, place and publisher, institution.

use super::authors::names_before_date;
use super::clean::{collapse_spaces, field, tidy_punctuation};
use super::dates::{ends_with_number, without_trailing_year};
use super::imprint::{
    book_city_publisher, container_then_tail, looks_like_publisher, place_publisher,
    place_then_publisher, publisher_then_city, PUBLISHER_LABEL,
};
use super::kind::{names_genre, PROCEEDINGS, REPORT};
use super::sentence::{quoted_prefix, split_sentence};
use super::{captures_where, re};
use crate::reference::fields::is_journal_word;
use crate::reference::given_names::is_given_name;
use crate::reference::names::{is_initials, looks_like_organisation, parse_name_list};
use crate::reference::words::{
    is_city, is_name_glue, is_organisation_word, is_title_start, role_in_brackets, starts_with_city,
};
use crate::reference::Reference;
use regex::Regex;
use std::sync::LazyLock;

use container_end::numbers_start;
use named_editors::{book_before_editors, editors_before_role, take_named_editors};
#[cfg(test)]
use named_editors::{
    editing_body, given_names_first, in_names_before, initialled_name, may_mark_editors,
    EDITED_BY_ANY, NAMES_THEN_ED, PAREN_EDITORS, ROLE_AGAIN,
};
pub(super) use named_editors::{
    may_hold_other_language_mark, GIVEN_FIRST_NAME, OTHER_LANGUAGE_MARKS,
};
use piece_end::before_imprint;
pub(super) use piece_end::split_at_piece_end;

/// Take edition, editors, container, numbers, publisher and place from `tail`, what follows
/// the title.
pub(super) fn parse_tail(r: &mut Reference, tail: &str) {
    let mut t = tail.trim().to_string();
    if let Some(caps) = captures_where(&EDITION, &t) {
        if let (Some(all), Some(e)) = (caps.get(0), caps.get(1)) {
            r.edition = Some(e.as_str().trim_end_matches('.').into());
            t.replace_range(all.range(), " ");
            t = tidy_punctuation(&collapse_spaces(&t));
        }
    } else if let Some(digits) = ordinal_sentence(&t) {
        // "The Iliad, Books XXIII–XXIV. 4th. Edited by D. B. Monro.": an ordinal alone is the
        // edition's.
        r.edition = Some(t[..digits].into());
        t = t[digits + 2..].trim_start_matches(['.', ' ']).to_string();
    }
    // A chapter's "In" the editors' patterns took with the names before the book ("In B.
    // Okafor & C. Marsh (Eds.), Harbour studies: A handbook (pp. 45-67)"): what is left opens
    // with the book, whose subtitle's colon is no imprint's.
    let mut in_taken = false;
    if r.editors.is_empty() {
        let opens_in = t.trim_start().starts_with(['I', 'i']) && IN_PREFIX.is_match(t.trim_start());
        t = take_named_editors(r, &t);
        in_taken = opens_in && !r.editors.is_empty() && !IN_PREFIX.is_match(t.trim_start());
    }
    let t = t.trim_start_matches(|c: char| {
        c.is_whitespace() || matches!(c, '.' | ',' | ';' | ':' | ')')
    });
    let t = bracket_before_in(r, t);
    let t = subtitle_before_in(r, t);
    // "Pages 45-67 in B. Okafor, editor. Harbour studies.": the chapter's pages before its
    // "in" (CSE's and SBL's order).
    let pages_first = t.starts_with(['P', 'p']);
    let t = match pages_first.then(|| PAGES_THEN_IN.captures(t)).flatten() {
        Some(caps) if r.pages.is_none() => {
            r.pages = caps.get(1).map(|p| p.as_str().into());
            t[caps.get(1).map_or(0, |p| p.end())..].trim_start()
        }
        _ => t,
    };
    // Spanish "en", French "dans", Scandinavian "I:", Polish "w:" before editors marked in
    // brackets ("en Ferrand, W. (coord.), Memorias del exilio", "dans M. Morineau (éd.),
    // Commerce et navigation", "I: L. Berg (red.), Kustens historia") open a chapter's book as
    // "In" does.
    let en = other_language_in(t);
    let rest: String = if let Some(m) = IN_PREFIX.find(t) {
        take_chapter_container(r, &t[m.end()..])
    } else if let Some(after) = en {
        take_chapter_container(r, after)
    } else if book_then_editors(t) {
        // The American Meteorological Society's chapters name the book with no "In".
        take_chapter_container(r, t)
    } else {
        take_container(r, t, in_taken)
    };
    let rest = take_numbers(r, &rest);
    take_publisher(r, &rest);
    // Ministry-style: "Government of Pakistan. *Operation X*." — an organisation taken as title,
    // with an emphasised piece later: the emphasised piece is the title.
    // The cheap tests first: most entries with a title and a container are articles with
    // their volume or pages.
    let (Some(title), Some(container)) = (&r.title, &r.container) else {
        return;
    };
    if r.volume.is_none() && r.pages.is_none() {
        let name_like = title.split_whitespace().count() <= 6
            && title
                .split_whitespace()
                .all(|w| w.chars().next().is_some_and(char::is_uppercase) || is_name_glue(w));
        if name_like
            && looks_like_organisation(title)
            && !r.raw.contains(&format!("*{title}*"))
            && r.raw.contains(&format!("*{container}"))
        {
            let (t, c) = (title.clone(), container.clone());
            r.title = Some(c);
            r.container = None;
            r.publisher = Some(t);
        }
    }
}

/// The text after a chapter's "In" in another language that opens `t`, before its book's
/// editors marked in brackets: Spanish "en", French "dans", Scandinavian "I:", Polish "w:" ("en
/// Ferrand, W. (coord.), ...", "W: A. Kowalski (red.), ..."; not "I: Development").
pub(in crate::reference::parse) fn other_language_in(t: &str) -> Option<&str> {
    ["en ", "En ", "dans ", "Dans ", "I: ", "W: ", "w: ", "[w:] "]
        .iter()
        .find_map(|p| t.strip_prefix(p))
        .filter(|after| IN_EDITORS.is_match(after))
}

/// A subtitle or a translation in brackets after a title that ended at its question mark or
/// stop, before the chapter's "in:" ("Wie kommen Innovationen ins System? (Die
/// Steuerungsfunktion der Ausschüsse), in: ..."; "Rossija v novom miroporjadke? (Rußland in
/// der neuen Weltordnung?), in:"): the title's, appended to it; the tail from the "in" on is
/// returned. Not a year, a role or a single word.
fn bracket_before_in<'t>(r: &mut Reference, t: &'t str) -> &'t str {
    let Some(inner) = t.strip_prefix('(') else {
        return t;
    };
    let Some(close) = inner
        .find([')', '('])
        .filter(|&i| inner[i..].starts_with(')'))
    else {
        return t;
    };
    let (inner, after) = (&inner[..close], &inner[close + 1..]);
    let after = after.trim_start_matches([',', '.', ' ']);
    let words = inner.split_whitespace().count();
    if r.title.is_none()
        || words < 2
        || inner.contains(|c: char| c.is_ascii_digit())
        || IN_EDITORS.is_match(t)
        || !IN_PREFIX.is_match(after)
    {
        return t;
    }
    if let Some(title) = r.title.as_mut() {
        title.push_str(" (");
        title.push_str(inner.trim());
        title.push(')');
    }
    after
}

/// The second sentence of a title whose first ended at its question mark, before the
/// chapter's "In" ("How and Why are Firms different? The Consequences of Coordination for
/// Firms. In G. Morgan ... (eds.)"): the title's; the tail from the "In" on is returned. One
/// sentence with no digit, bracket or quote.
fn subtitle_before_in<'t>(r: &mut Reference, t: &'t str) -> &'t str {
    if !r.title.as_deref().is_some_and(|title| title.ends_with('?')) {
        return t;
    }
    let Some(at) = t.find(". In ").or_else(|| t.find(". In: ")) else {
        return t;
    };
    let sentence = &t[..at];
    if sentence.len() > 250
        || sentence.contains(['.', '?', '!', '(', '[', '"', '“', '‘', ':', ';'])
        || sentence.contains(|c: char| c.is_ascii_digit())
        || sentence.split_whitespace().count() < 2
    {
        return t;
    }
    if let Some(title) = r.title.as_mut() {
        title.push(' ');
        title.push_str(sentence.trim());
    }
    &t[at + 2..]
}

/// "In:" / "In" / "In." opening a chapter's or paper's container.
pub(super) static IN_PREFIX: LazyLock<Regex> =
    LazyLock::new(|| re(r"^(?i:in)\s*[:.]{0,2}\s+", "IN_PREFIX"));

/// A chapter's pages before its "in" ("Pages 45-67 in", "Pp. 250–64 in"), the range captured.
static PAGES_THEN_IN: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^(?:[Pp]ages|[Pp]p\.)\s*([0-9]+\s*[-–]\s*[0-9]+)\s+(?i:in)\s",
        "PAGES_THEN_IN",
    )
});

/// A translator's mark opening a sentence: "trans.", "tr.", "transl.", "translated by",
/// "übersetzt von", "traduit par", "traducción de".
static TRANSLATOR_MARK: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^(?:trans(?:l)?\.|tr\.|translated(?:\s+and\s+(?:edited|annotated))?\s+by|übersetzt\s+von|traduit\s+par|trad\.|traducción\s+de)\s+\p{Lu}",
        "TRANSLATOR_MARK",
    )
});

/// The number of digits of an ordinal opening `tail` as a sentence of its own ("4th. Edited
/// by"), if one does.
fn ordinal_sentence(tail: &str) -> Option<usize> {
    let (head, _) = tail.split_once(". ")?;
    let digits = head.bytes().take_while(u8::is_ascii_digit).count();
    let suffix = &head[digits..];
    ((1..=2).contains(&digits) && ["st", "nd", "rd", "th"].contains(&suffix)).then_some(digits)
}

/// Edition: "2nd ed.", "3rd edn", "Second edition", "rev. ed.", "2. Aufl.", "2. vyd." (Czech
/// and Slovak), "2. wyd." (Polish); the number before the words that qualify it ("3rd revised
/// edition", "4th rev. ed.", "2nd rev. and enl. ed.") and after them an abbreviation saying it
/// again ("2nd edition ed.").
pub(super) static EDITION: LazyLock<Regex> = LazyLock::new(|| {
    const QUALIFIER: &str = r"(?:rev\.|revised|expanded|enl\.|enlarged|updated|corr\.|corrected)";
    re(
        &format!(
            r"(?i)\(?(?-u:\b)([0-9]{{1,2}}(?:st|nd|rd|th|e|\.)?|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|revised|rev\.|new|expanded)(?:\s+{QUALIFIER}(?:\s+(?:and|&)\s+{QUALIFIER})?)?\s+(?:ed(?-u:\b)\.?|edn(?-u:\b)\.?|edition(?-u:\b)(?:\s+ed\.)?|éd(?-u:\b)\.?|aufl(?-u:\b)\.?|auflage(?-u:\b)|[vw]yd(?-u:\b)\.?)\)?"
        ),
        "EDITION",
    )
});

/// Dashes, and the spaces beside them, that may open a book's place ("Jugend im Wandel. –
/// Weinheim/München.").
const DASHES: &[char] = &['–', '—', '-', ' '];

/// Is `s` a place alone, a dash perhaps before it ("– Weinheim/München.", "Frankfurt/M.")?
fn place_alone(s: &str) -> bool {
    is_city(s.trim_start_matches(DASHES).trim_end_matches('.'))
}

/// Does `t` open with a book's title, its editors' names and their role, no "In" before
/// them ("Coastal Engineering Handbook, J. Stein and M. Hale, Eds., McGraw-Hill, 45–67.")?
/// One sentence: not a subtitle and a chapter's "In" before the names ("A Computerized Tool.
/// In Lang, A., Ed., ...").
fn book_then_editors(t: &str) -> bool {
    // The role after the names' comma; most tails hold none, and are spared the pattern.
    if !(t.contains(", Ed") || t.contains(", ed")) {
        return false;
    }
    IN_EDITORS_WORD
        .captures(t)
        .and_then(|caps| caps.get(1))
        .is_some_and(|ed| {
            let ed = ed.as_str();
            // A sentence's stop after a word, not an initial's.
            let sentences = ed
                .match_indices(". ")
                .any(|(at, _)| ed[..at].ends_with(|c: char| c.is_lowercase()));
            // People's names with initials ("... Society, Psychoanalysis, and the
            // Imagination. ed. & transl." names none).
            let (book, names) = book_before_editors(ed);
            let initials = names
                .split_whitespace()
                .any(|w| is_initials(w.trim_end_matches(',')));
            ed.len() < 300 && !sentences && book.is_some() && initials
        })
}

/// "In A. Editor (Eds.), *Book* (pp. 1–10). Place: Publisher." / "In Book, edited by A. Editor, 1–10."
/// Sets editors and container; returns the rest.
fn take_chapter_container(r: &mut Reference, s: &str) -> String {
    let mut s = s.trim().to_string();
    if let Some(caps) = IN_EDITORS.captures(&s) {
        if let (Some(all), Some(ed)) = (caps.get(0), caps.get(1)) {
            let ed_text = ed.as_str();
            if !ed_text.contains(['"', '“', '*']) && ed_text.len() < 300 {
                let (book, names) = book_before_editors(ed_text);
                r.container = book.and_then(field);
                r.editors = editors_before_role(names);
                s = s[all.end()..].to_string();
            }
        }
    }
    if r.editors.is_empty() {
        if let Some(caps) = IN_EDITORS_WORD.captures(&s) {
            if let (Some(all), Some(ed)) = (caps.get(0), caps.get(1)) {
                let (book, names) = book_before_editors(ed.as_str());
                // With no comma before the role, the words before it may be the book and the
                // names follow ("In Secular Ritual ed. S. Moore and B. Myerhoff"): they are
                // the editors only when they read as people (a name written family first,
                // initials, a given name).
                let comma = s[ed.end()..all.end()].trim_start().starts_with(',');
                let people = comma
                    || names.contains(',')
                    || names.split_whitespace().any(|w| {
                        let w = w.trim_end_matches([',', '.']);
                        is_initials(w) || is_given_name(w)
                    });
                if ed.as_str().len() < 300 && people && names_before_date(names, true) {
                    r.container = book.and_then(field);
                    r.editors = parse_name_list(names).0;
                    s = s[all.end()..].to_string();
                }
            }
        }
    }
    if r.editors.is_empty() {
        if let Some(rest) = cross_reference(r, &s) {
            return rest;
        }
    }
    let rest = if r.container.is_some() {
        s.clone()
    } else {
        take_container(r, &s, true)
    };
    // "Book, edited by A. Editor" inside what was taken as the container, or right after it.
    if let Some(container) = r.container.clone() {
        if let Some(m) = EDITED_BY.find(&container) {
            r.container = field(&container[..m.start()]);
            if r.editors.is_empty() {
                let names = before_imprint(&container[m.end()..]);
                // After Harvard's "eds" the list ends where a piece does ("R. Kim and L. Haas,
                // Routledge, London").
                let harvard = m.as_str().trim_end().ends_with('s');
                let names = if harvard {
                    split_at_piece_end(names).0
                } else {
                    names
                };
                r.editors = parse_name_list(names).0;
            }
        }
    }
    if r.editors.is_empty() {
        if let Some(m) = EDITED_BY.find(&rest) {
            if rest[..m.start()].trim().is_empty() {
                let after = &rest[m.end()..];
                let (eds, more) = split_at_piece_end(after);
                r.editors = parse_name_list(eds).0;
                return more.to_string();
            }
        }
    }
    rest
}

/// A chapter cited in the short form of notes and bibliographies (Chicago), its book an edited
/// volume listed under its editors' family names: "“The Postnatural Novel.” In Glotfelty and
/// Fromm, 196–203."; "..., ” in Hecht and Steere (1970), pp. 43–96.". `s` follows the "In";
/// the editors are set and the pages returned. Only after a quoted title, and only two or three
/// single-word names, none a journal's word ("In Science and Society, 12" is a journal).
fn cross_reference(r: &mut Reference, s: &str) -> Option<String> {
    let caps = CROSS_REFERENCE.captures(s)?;
    let (names, pages) = (caps.name("ed")?, caps.name("pages")?);
    let at = r.raw.find(s)?;
    let before = r.raw[..at].trim_end();
    let before = before
        .strip_suffix("In:")
        .or_else(|| before.strip_suffix("In"))
        .or_else(|| before.strip_suffix("in"))?
        .trim_end()
        .trim_end_matches(['.', ',']);
    let quoted = before.ends_with(['”', '"', '’']) || before.ends_with("''");
    let words = names.as_str().split([' ', ',']).filter(|w| !w.is_empty());
    let plain = words
        .filter(|w| !matches!(*w, "and" | "&"))
        .all(|w| !is_journal_word(w) && !is_organisation_word(w) && !is_title_start(w));
    if !quoted || !plain {
        return None;
    }
    // Family names alone: "Holm, Roux and Faber" is three people, not Roux Holm and Faber.
    r.editors = names
        .as_str()
        .split([' ', ','])
        .filter(|w| !w.is_empty() && !matches!(*w, "and" | "&"))
        .flat_map(|family| parse_name_list(family).0)
        .collect();
    Some(pages.as_str().to_string())
}

/// Two or three family names, joined by "and", "&" or commas, then a year in brackets or pages.
static CROSS_REFERENCE: LazyLock<Regex> = LazyLock::new(|| {
    let name = r"\p{Lu}[\p{Ll}'’-]+";
    re(
        &format!(
            r"^(?P<ed>{name}(?:,\s+{name})?,?\s+(?:and|&)\s+{name})(?:\s+\(\d{{4}}[a-z]?\))?,\s+(?P<pages>(?:pp?\.\s*)?\d+(?:\s*[-–]\s*\d+)?\.?)\s*$"
        ),
        "CROSS_REFERENCE",
    )
});

/// Editors before the book: "In A. Editor & B. Editor (Eds.), Book".
static IN_EDITORS: LazyLock<Regex> = LazyLock::new(|| {
    re(
        &format!(r"^(?P<ed>[^()\[\]]+?)\s*{}\s*[,.:]?\s*", role_in_brackets()),
        "IN_EDITORS",
    )
});

/// Editors before the book with the role as a word: "In C. B. Jones and T. Denvir, editors,",
/// "In Dale, R.; Mellish, C.; and Zock, M., eds.,".
static IN_EDITORS_WORD: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^(?P<ed>[^()]+?),?\s+(?i:editors?|eds?)\.?\s*[,.:]\s*",
        "IN_EDITORS_WORD",
    )
});

/// Editors after the book: ", edited by A. Editor", ", ed. A. Editor", ". Ed. A. Editor",
/// Harvard's ", eds R. Kim and L. Haas" (no stop, after a comma).
static EDITED_BY: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?:,|\.)?\s*(?-u:\b)(?:[Ee]dited\s+by|[Ee]ds?\.|[Hh]rsg\.\s+v\.)\s+|,\s*[Ee]ds\s+",
        "EDITED_BY",
    )
});

/// Take the container (journal, book, site) from the start of `s`; return the rest.
fn take_container(r: &mut Reference, s: &str, chapter: bool) -> String {
    let s = s.trim_start_matches(|c: char| c.is_whitespace() || matches!(c, '.' | ',' | ';' | ':'));
    // "p. 197", "vol. 3": numbers, no container.
    if s.is_empty() || NUMBER_LABEL_START.is_match(s) {
        return s.to_string();
    }
    // Emphasised container.
    if let Some(after_star) = s.strip_prefix('*') {
        if let Some(close) = after_star.find('*') {
            r.container = field(&after_star[..close]);
            return after_star[close + 1..].to_string();
        }
    }
    // Quoted container ("in “Optical Bistability,”").
    if let Some((inner, after)) = quoted_prefix(s) {
        r.container = field(inner);
        return after.to_string();
    }
    if let Some(rest) = institution_then_report(r, s) {
        return rest;
    }
    let (sentence, after) = split_sentence(s);
    // An edited book's subtitle, up to the city closing the entry: "in: Brand, K.-W. (Hg.),
    // Soziologie und Natur. Theoretische Perspektiven, Opladen."
    let book_with_subtitle = chapter
        .then(|| subtitle_before_city(after))
        .flatten()
        .filter(|_| numbers_start(sentence) == sentence.len())
        .map(|len| s.len() - after.len() + len);
    let (sentence, after) = match book_with_subtitle {
        Some(end) => (&s[..end], &s[end..]),
        None => (sentence, after),
    };
    // The container ends where numbers start: ", 12(3)", " 44: 58", ", vol. 3", ", pp."
    let cut = numbers_start(sentence);
    let (head, tail_in_sentence) = sentence.split_at(cut);
    let head_trimmed = head.trim();
    let rest = format!("{tail_in_sentence} {after}");
    if head_trimmed.is_empty() {
        return format!("{sentence}. {after}");
    }
    // "Place: Publisher" or a publisher: not a container. After a chapter's "In", a book's
    // title with a subtitle unless the place is a publishers' city ("In: Boethius: His Life,
    // Thought and Influence. Ed. Margaret Gibson. Oxford: Basil Blackwell").
    let imprint =
        place_publisher(head_trimmed).is_some_and(|(place, _)| !chapter || starts_with_city(place));
    // "Ein springender Brunnen. Frankfurt/M.": a place alone closing the entry.
    let place_alone =
        tail_in_sentence.trim().is_empty() && after.trim().is_empty() && place_alone(head_trimmed);
    if imprint || place_alone || PUBLISHER_LABEL.is_match(head_trimmed) {
        return format!("{sentence}. {after}");
    }
    // "[Motion picture]", "[dvd]", "[Data set]": a description of the work's form in square
    // brackets (APA) is no container.
    let described = head_trimmed
        .trim_end_matches('.')
        .strip_prefix('[')
        .and_then(|h| h.strip_suffix(']'))
        .is_some_and(|h| !h.contains(['[', ']']));
    // "trans. Gerald M. Browne", "Translated by Donald Nicholson-Smith": the translator is no
    // container.
    let translator =
        head_trimmed.starts_with(['t', 'T', 'ü', 'Ü']) && TRANSLATOR_MARK.is_match(head_trimmed);
    if described || translator || DOMAIN.is_match(head_trimmed.trim_end_matches('.')) {
        return take_container(r, after, chapter);
    }
    let journal_numbers = !tail_in_sentence.trim().is_empty();
    if !journal_numbers && looks_like_publisher(head_trimmed) && !PROCEEDINGS.is_match(head_trimmed)
    {
        return format!("{sentence}. {after}");
    }
    // A thesis or report marker is a genre, not a container.
    if !journal_numbers && names_genre(head_trimmed) && head_trimmed.split_whitespace().count() <= 6
    {
        return format!("{sentence}. {after}");
    }
    // "Leningrad, Nedra, 231 p.": a city, then its publisher, then at most a count of pages.
    let counted = tail_in_sentence
        .trim_start_matches([',', ' '])
        .split_once(' ')
        .is_some_and(|(n, p)| {
            n.bytes().all(|b| b.is_ascii_digit())
                && matches!(p.trim_end_matches('.'), "p" | "pp" | "S")
        });
    if !journal_numbers || counted {
        let comma = place_then_publisher(head_trimmed).filter(|_| !head_trimmed.contains(':'));
        if let Some((place, publisher)) = comma {
            r.location = field(place).map(Into::into);
            r.publisher = field(publisher);
            return rest;
        }
    }
    // "Westview, Boulder, CO, 1995. URL ...": only a year, then at most a link.
    let year_only = {
        let t = tail_in_sentence.trim_matches(|c: char| c == ',' || c == '.' || c == ' ');
        t.len() == 4 && t.bytes().all(|b| b.is_ascii_digit())
    };
    let link_after = {
        let a = after.trim_start().to_ascii_lowercase();
        a.is_empty()
            || ["url", "http", "doi", "available", "retrieved", "isbn"]
                .iter()
                .any(|w| a.starts_with(w))
    };
    if (!journal_numbers || year_only) && link_after {
        if let Some((publisher, place)) = publisher_then_city(head_trimmed) {
            // Right after a chapter's editors the book comes first: with no publisher's word
            // it is the book, and the city its place ("In A. Name (eds.): International
            // Human Resource Management, London.").
            let book = chapter && !r.editors.is_empty() && !looks_like_publisher(publisher);
            if book {
                r.container = field(publisher);
            } else {
                r.publisher = field(publisher);
            }
            r.location = field(place).map(Into::into);
            return rest;
        }
    }
    // "Soziologische Forschung, Opladen" (German lists: the book, its place, its pages): a
    // known city closing a chapter's book after a comma is its place.
    if chapter && !r.editors.is_empty() && r.location.is_none() {
        if let (book, Some(place)) = container_then_tail(head_trimmed) {
            r.container = field(book);
            r.location = field(place).map(Into::into);
            return rest;
        }
        if let Some((book, place, publisher)) = book_city_publisher(head_trimmed) {
            r.container = field(book);
            r.location = field(place).map(Into::into);
            r.publisher = field(publisher);
            return rest;
        }
    }
    r.container = field(head_trimmed);
    rest
}

/// An institution, then a report's genre (IEEE: "NASA, Tech. Rep., 1988."): the institution
/// is set and what follows the genre returned. Not a container, which the period inside
/// "Tech. Rep." would otherwise end after "Tech".
fn institution_then_report(r: &mut Reference, s: &str) -> Option<String> {
    let m = REPORT.find(s.get(..s.len().min(80))?)?;
    let inst = s[..m.start()].trim_end().strip_suffix(',')?.trim_end();
    let words = inst.split_whitespace();
    let named = words
        .clone()
        .all(|w| w.chars().next().is_some_and(char::is_uppercase) || is_name_glue(w));
    if inst.is_empty() || inst.contains(". ") || words.count() > 6 || !named {
        return None;
    }
    if r.institution.is_none() {
        r.institution = field(inst);
    }
    Some(s[m.end()..].to_string())
}

/// A bare domain name ("reuters.com", "Bbc.com").
static DOMAIN: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^[\w\-]+(?:\s[\w\-]+)?(?:\.[\w\-]+)*\.(?:com|org|net|gov|edu|int|info|io|co|uk|pk|in|de|fr)$",
        "DOMAIN",
    )
});

/// Does `head` end with a label of several volumes ("vols. 12–15" is no page range)?
fn volumes_before(head: &str) -> bool {
    let word = head.split_whitespace().next_back().unwrap_or("");
    let word = word.trim_end_matches('.');
    word.eq_ignore_ascii_case("vols") || word.eq_ignore_ascii_case("volumes")
}

/// Where volume/issue/pages begin in a container sentence (its length if nowhere).
/// The length of a subtitle opening `after` that a comma and a publishers' city close, the
/// city closing the entry with at most its year or the pages after it ("Theoretische
/// Perspektiven, Opladen.", "Charakteristika und Problemdimensionen, Wiesbaden, S. 75–93."):
/// one capitalised sentence with no colon (not a place before its publisher).
fn subtitle_before_city(after: &str) -> Option<usize> {
    let lead = after.len() - after.trim_start().len();
    let after = after.trim_start();
    if !after.starts_with(char::is_uppercase) || after.contains(':') {
        return None;
    }
    // At the first comma: a publisher before the city ("..., Hartmann, Berlin.") is no
    // subtitle's.
    let at = after
        .find(", ")
        .filter(|&i| starts_with_city(&after[i + 2..]))?;
    let (subtitle, place) = (&after[..at], &after[at + 2..]);
    let (city, tail) = place.split_once(", ").unwrap_or((place, ""));
    let tail = tail.trim_start();
    let closing = !city.contains(". ") && (tail.is_empty() || NUMBER_LABEL_START.is_match(tail));
    (closing && !subtitle.contains(". ") && !subtitle.contains(['(', '"', '“', '»', '«']))
        .then_some(lead + at)
}

/// "vol. 3", "no. 2", "pp. 12", German "S. 12": numbers follow.
pub(super) static NUMBER_LABEL_START: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^(?:(?i:vol|v|no|nr|pp?|pages?)\.?|S\.)\s*[0-9]",
        "NUMBER_LABEL_START",
    )
});

/// Volume, issue and pages of a text that holds only them ("Vol. 3, No. 2, pp. 5-9").
pub(super) fn numbers_of(r: &mut Reference, s: &str) {
    take_numbers(r, s);
}

/// Take volume, issue and pages; return the text without them.
fn take_numbers(r: &mut Reference, s: &str) -> String {
    let mut t = s.replace('*', "");
    // Every pattern below needs a digit, and a volume with its issue a bracket: a text
    // without them is spared the searches.
    if !t.bytes().any(|b| b.is_ascii_digit()) {
        return tidy_punctuation(&collapse_spaces(&t));
    }
    // A range inside an identifier ("KSL-91-71", "TR93-04-03", "EC 1110-2-6000") is a
    // report's number, not pages: the first match with no letter, digit, hyphen or slash
    // before it and no hyphen or slash after it (a letter may follow: "p .217 –224Vol").
    let b = t.as_bytes();
    let pages = PAGES.captures_iter(&t).find(|c| {
        c.get(0).is_some_and(|all| {
            let before = all.start().checked_sub(1).map(|i| b[i]);
            let after = b.get(all.end()).copied();
            !before.is_some_and(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'/')
                && !matches!(after, Some(b'-' | b'/'))
                && !volumes_before(&t[..all.start()])
                && (!all.as_str().starts_with(|c: char| c.is_ascii_digit())
                    || !issue_range(&t[..all.start()], after))
        })
    });
    if let Some(caps) = pages {
        if let Some(all) = caps.get(0) {
            let p = caps
                .get(1)
                .or(caps.get(2))
                .map(|m| m.as_str().trim().to_string());
            // A range of two years is a date span, not pages, unless a label or a volume's
            // colon or comma says pages ("pp. 1935-1940", "Ophthalmology 1994; 101:1935-1940",
            // "Bull. Amer. Meteor. Soc., 80, 2027-2033").
            let head = t[..all.start()].trim_end();
            let marked = !all.as_str().starts_with(|c: char| c.is_ascii_digit())
                || head.ends_with(':')
                || (head.ends_with(',') && ends_with_number(head))
                || ends_with_volume_issue(head);
            if p.as_deref()
                .is_some_and(|p| marked || !looks_like_year_range(p))
            {
                r.pages = p.map(|p| p.replace(' ', "")).map(Into::into);
                t.replace_range(all.range(), " ");
            }
        }
    }
    let vol_issue = if t.contains('(') {
        VOL_ISSUE.captures(&t)
    } else {
        None
    };
    if let Some(caps) = vol_issue {
        if let (Some(all), Some(v), Some(n)) = (caps.get(0), caps.get(1), caps.get(2)) {
            let is_year = n
                .as_str()
                .parse::<u32>()
                .is_ok_and(|y| (1500..=2099).contains(&y));
            r.volume = Some(v.as_str().into());
            if !is_year {
                r.number = Some(n.as_str().trim().into());
            }
            t.replace_range(all.range(), " ");
        }
    }
    if r.volume.is_none() {
        if let Some(caps) = VOL_LABEL.captures(&t) {
            if let (Some(all), Some(v)) = (caps.get(0), caps.get(1)) {
                r.volume = Some(v.as_str().into());
                // "Vol. 6 of Sämtliche Werke.": the work the volume is of, to its sentence's
                // end.
                let mut end = all.end();
                if let Some(work) = t[end..]
                    .strip_prefix(" of ")
                    .filter(|w| r.container.is_none() && w.starts_with(char::is_uppercase))
                {
                    let len = work.find(". ").map_or(work.len(), |i| i + 1);
                    r.container = field(&work[..len]);
                    end += " of ".len() + len;
                }
                t.replace_range(all.start()..end, " ");
            }
        }
    }
    if r.number.is_none() {
        if let Some(caps) = NUM_LABEL.captures(&t) {
            if let (Some(all), Some(n)) = (caps.get(0), caps.get(1)) {
                // "p. 228 n. 138": a bare "n." after a page is the page's note.
                let label = t[all.start()..n.start()].trim_start_matches([' ', ',', '.', ';', '(']);
                let note = label.trim_end().eq_ignore_ascii_case("n.")
                    && r.pages.as_deref().is_some_and(|p| {
                        s.find(p)
                            .is_some_and(|i| s[i + p.len()..].trim_start().starts_with(['n', 'N']))
                    });
                if !note {
                    r.number = Some(n.as_str().replace(' ', "").into());
                    t.replace_range(all.range(), " ");
                }
            }
        }
    }
    // Bare numbers right after a container: "Nature 411, 1012" / "Bartonia 44: 58".
    if r.container.is_some() {
        if let Some(caps) = captures_where(&BARE_NUMBERS, &t) {
            if let (Some(all), Some(v)) = (caps.get(0), caps.get(1)) {
                let year_like = v.as_str().len() == 4 && v.as_str().starts_with(['1', '2']);
                if !year_like {
                    if r.volume.is_none() {
                        r.volume = Some(v.as_str().into());
                        if r.pages.is_none() {
                            r.pages = caps.get(2).map(|p| p.as_str().to_string()).map(Into::into);
                        }
                        t.replace_range(all.range(), " ");
                    } else if r.pages.is_none() {
                        r.pages = Some(v.as_str().into());
                        t.replace_range(all.range(), " ");
                    }
                }
            }
        }
    }
    tidy_punctuation(&collapse_spaces(&t))
}

/// Is the unlabelled range after `head` (followed by the byte `after`) an issue or a volume
/// rather than pages: in brackets after the volume ("9(1-2), 31-47", "151 (1–2): 103–129"),
/// or after an issue's or a volume's label ("Nos. 1-4, pages 117-131", "vol 81-2, 2007,
/// pp.211-239")?
fn issue_range(head: &str, after: Option<u8>) -> bool {
    if let Some(volume) = head.strip_suffix('(') {
        return after == Some(b')') && volume.trim_end().ends_with(|c: char| c.is_ascii_digit());
    }
    let label = head
        .trim_end()
        .trim_end_matches('.')
        .rsplit(|c: char| !c.is_alphanumeric() && c != '°')
        .next()
        .unwrap_or("");
    ["no", "nos", "nr", "n°", "heft", "issue", "vol", "vols"]
        .iter()
        .any(|l| label.eq_ignore_ascii_case(l))
}

/// A page range or labelled page: "pp. 35-50", "1761–1800", "p. 12", "pages 165-180", ": 45–67".
static PAGES: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)(?:(?-u:\b)pp?\.?\s*|(?-u:\b)pages?\s+|(?-u:\b)pgs?\.?\s*|(?-u:\b)S\.\s*)?([A-Z]?[0-9]{1,6}\s*[-–—‐−]+\s*[A-Z]?[0-9]{1,6})|(?:(?-u:\b)pp?\.|(?-u:\b)pages?|(?-u:\b)S\.)\s*([0-9]{1,6})(?-u:\b)",
        "PAGES",
    )
});

/// Volume with issue: "12(3)", "vol. 6(1)", "45 (Suppl 2)".
static VOL_ISSUE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)(?:(?-u:\b)vol(?:ume)?\.?\s*)?(?-u:\b)([0-9]{1,5}[A-Z]?)\s*\(\s*([A-Za-z0-9_\-–/. ]{1,15}?)\s*\)",
        "VOL_ISSUE",
    )
});

/// A labelled volume: "Vol. 3", "vol 12", "v. 32", "Bd. 4", "Jg. 41" (German: the year of a
/// journal's run), French "t. 12", Italian "anno 5", "a. 5", Spanish "año 5", "tomo 3".
static VOL_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)(?:^|[\s,.;(])(?:(?:vol(?:ume)?|v|bd|t|tome|tomo|jg|jahrgang|anno|año)\.?|a\.)\s*([0-9]{1,5}[A-Z]?)(?-u:\b)",
        "VOL_LABEL",
    )
});

/// A labelled issue: "no. 9", "No 134", "issue 2", "nr 29", "n°95", a range "Nos. 1-4",
/// "Nr. 269-271", "no. 18-2002", Portuguese and Italian "n. 3", Spanish "núm. 4", "nº 5",
/// Italian "fasc. 2".
static NUM_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)(?:^|[\s,.;(])(?:(?:nos?|nr|issue|n°|nº|num|núm|number|heft|fasc)\.?|n\.)\s*([0-9]{1,6}[A-Z]?(?:\s*[-–]\s*[0-9]{1,6}(?-u:\b))?)(?-u:\b)",
        "NUM_LABEL",
    )
});

/// Bare volume and pages at the start: " 411, 1012", ": 44: 58".
static BARE_NUMBERS: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^[\s,.;:]*([0-9]{1,5})(?:\s*[,:]\s*([0-9]{1,6})(?-u:\b))?",
        "BARE_NUMBERS",
    )
});

/// "…, 10(12)", "10(12),": a volume and its issue in brackets close `head` (pages follow).
fn ends_with_volume_issue(head: &str) -> bool {
    let Some(inner) = head.trim_end_matches(',').trim_end().strip_suffix(')') else {
        return false;
    };
    let issue = inner.trim_end_matches(|c: char| c.is_ascii_digit());
    issue.len() < inner.len()
        && issue
            .strip_suffix('(')
            .is_some_and(|volume| volume.trim_end().ends_with(|c: char| c.is_ascii_digit()))
}

/// "1999-2000": a page range whose two ends are years of this or the last century.
pub(super) fn looks_like_year_range(p: &str) -> bool {
    let years: Vec<&str> = p
        .split(|c: char| !c.is_ascii_digit())
        .filter(|x| !x.is_empty())
        .collect();
    years.len() == 2
        && years
            .iter()
            .all(|y| y.len() == 4 && (y.starts_with("19") || y.starts_with("20")))
}

/// Publisher, place, institution and genre from what is left.
fn take_publisher(r: &mut Reference, s: &str) {
    let mut rest = s;
    let mut guard = 0;
    // A thesis's department abbreviated as IEEE writes it ("M.S. thesis, Dept. Elect. Eng.,
    // Univ. of Texas at Austin, Austin, TX"), cut by its periods: the university follows.
    let mut department = false;
    while !rest.trim().is_empty() && guard < 16 {
        guard += 1;
        let (piece, after) = split_sentence(rest.trim_start_matches(|c: char| {
            c.is_whitespace() || matches!(c, '.' | ',' | ';' | ':' | ')')
        }));
        rest = after;
        let piece = piece
            .trim()
            .trim_matches(|c: char| matches!(c, '(' | ')' | '[' | ']'))
            .trim();
        if piece.is_empty() || !piece.chars().any(char::is_alphabetic) {
            continue;
        }
        if DOMAIN.is_match(piece.trim_end_matches('.')) {
            continue;
        }
        // "MIT, 151 pp. See http://...": the label of a page count whose number was taken
        // opens no publisher.
        if piece
            .split(' ')
            .next()
            .is_some_and(|w| matches!(w, "p." | "pp."))
        {
            continue;
        }
        if std::mem::take(&mut department) && r.institution.is_none() {
            if let Some(university) = piece.split(", ").find(|p| UNIVERSITY.is_match(p)) {
                r.institution = field(university);
                continue;
            }
        }
        if names_genre(piece) {
            // "PhD thesis, University of X" / "Technical Report 12, Institute Y".
            if let Some((_, inst)) = piece.split_once(',') {
                // "[Doctoral dissertation, University of Texas]. ProQuest ...": the bracket
                // closes the institution.
                let inst = inst.split([']', ')']).next().unwrap_or(inst);
                if CUT_DEPARTMENT.is_match(inst.trim_start()) && !UNIVERSITY.is_match(inst) {
                    department = true;
                } else if INSTITUTION_WORDS.is_match(inst) {
                    r.institution = r.institution.take().or_else(|| field(inst));
                }
            }
            continue;
        }
        if let Some(m) = PUBLISHER_LABEL.find(piece) {
            r.publisher = field(&piece[m.end()..]);
            continue;
        }
        if let Some((place, publ)) = place_publisher(piece) {
            r.location = field(place).map(Into::into);
            // "New York: Norton, 1995" — the year has gone; "Publisher, Place" stays whole.
            r.publisher = field(without_trailing_year(publ));
            continue;
        }
        // "Ein springender Brunnen. Frankfurt/M.": a place alone.
        if r.location.is_none() && place_alone(piece) {
            r.location = field(piece.trim_start_matches(DASHES)).map(Into::into);
            continue;
        }
        // "Roma, Viella" after a chapter's book: a city, then its publisher.
        let city_first = (r.publisher.is_none() && r.location.is_none())
            .then(|| place_then_publisher(piece))
            .flatten();
        if let Some((place, publ)) = city_first {
            r.location = field(place).map(Into::into);
            r.publisher = field(publ);
            continue;
        }
        if r.publisher.is_none()
            && (looks_like_publisher(piece) || r.container.is_some() || r.volume.is_some())
        {
            // "Publisher, Place" (Harvard) or just "Publisher".
            match piece.split_once(',') {
                Some((p, place))
                    if looks_like_publisher(p)
                        && place.trim().chars().next().is_some_and(char::is_uppercase) =>
                {
                    r.publisher = field(p);
                    r.location = field(place).map(Into::into);
                }
                _ => r.publisher = field(piece),
            }
            continue;
        }
        if r.container.is_none() && r.publisher.is_none() {
            r.container = field(piece);
            continue;
        }
        if r.publisher.is_none() {
            r.publisher = field(piece);
        }
    }
}

/// A department's name opening with an abbreviation and no "of" ("Dept. Elect", "Dept. Comput"):
/// IEEE's, whose university follows in the next sentence.
static CUT_DEPARTMENT: LazyLock<Regex> =
    LazyLock::new(|| re(r"^(?:Dept|Dep|Div|Fac|Sch)\.\s+\p{Lu}", "CUT_DEPARTMENT"));

/// A degree-granting body's word, full or abbreviated ("Univ.", "Universität", "Inst.").
pub(super) static UNIVERSITY: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)(?-u:\b)(?:univ\.|universit\w*|inst\.|institute|college|polytechnic)",
        "UNIVERSITY",
    )
});

/// Words naming a university or institute.
static INSTITUTION_WORDS: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)(?-u:\b)(?:universit\w*|institute|institut|college|school|polytechnic|academy|laborator\w*|labs?|centre|center|department|dept\.?)(?-u:\b)",
        "INSTITUTION_WORDS",
    )
});

mod container_end;
mod named_editors;
mod piece_end;
#[cfg(test)]
mod tests;
