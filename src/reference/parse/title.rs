//! Pass 4, title: quoted, emphasised, or the first sentence after the names, cut where the
//! source (journal, imprint, numbers) starts.

use super::clean::field;
use super::dates::YEAR_ONLY;
use super::imprint::{looks_like_publisher, place_publisher};
use super::re;
use super::segmented::imprint_run::without_role_mark;
use super::sentence::{quoted_prefix, split_sentence};
use super::tail::{EDITION, IN_PREFIX, NUMBER_LABEL_START, OTHER_LANGUAGE_MARKS};
use crate::reference::parse_date_text;
use crate::reference::words::{cities_pattern, city_tail_pattern, is_name_function_word};
use crate::reference::Reference;
use regex::Regex;
use segments::{in_words, years_in_title};
use std::sync::LazyLock;
pub(super) use subtitle::subtitle_read_as_container;
pub(super) use volume_label::drop_volume_label;
pub(super) use year_span::years_read_as_pages;

mod segments;
mod subtitle;
mod volume_label;
mod year_span;

/// Take the title from the start of `rest`; return what follows it.
/// `comma_style`: fields are separated by commas (IEEE, many sciences): an unquoted title ends
/// at the first comma that is followed by a new field.
/// "Is depression a disease? Why it matters! J Affect Disord.": a title that ends in a question
/// or an exclamation goes on while the next sentence ends the same way (no journal's name does).
/// `first` is `split_sentence(s)`.
fn questions_run_on<'s>(s: &'s str, first: (&'s str, &'s str)) -> (&'s str, &'s str) {
    let (mut title, mut after) = first;
    while title.trim_end().ends_with(['?', '!']) {
        let (next, more) = split_sentence(after.trim_start());
        if !next.trim_end().ends_with(['?', '!']) || more.trim().is_empty() {
            break;
        }
        title = s[..s.len() - more.len()].trim_end();
        after = more;
    }
    (title, after)
}

/// The entry's year written again at the title's start or end ("1995 *Biometry*", "Climate talks
/// stall, April 2019", "Border policy; 2017"): the date's, not the title's. Kept when it is
/// another year, or when nothing else would be left.
pub(super) fn drop_date_echo(r: &mut Reference) {
    let (Some(year), Some(title)) = (r.year(), r.title.as_deref()) else {
        return;
    };
    // Both patterns need a digit at the title's start or before its end (a suffix letter and
    // a bracket at most after it): most titles fail this byte test, not the patterns.
    let leading = title.starts_with(['1', '2']);
    let trailing = title
        .trim_end_matches(')')
        .trim_end_matches(|c: char| c.is_ascii_lowercase())
        .ends_with(|c: char| c.is_ascii_digit());
    if !leading && !trailing {
        return;
    }
    let echoes = |m: Option<regex::Captures<'_>>| {
        m.and_then(|c| {
            c.name("year")
                .map(|y| (c.get(0).map_or(0..0, |m| m.range()), y.as_str()))
        })
        .filter(|(_, y)| y.parse::<i32>().ok() == Some(year))
        .map(|(range, _)| range)
    };
    let kept = if let Some(range) = echoes(leading.then(|| LEADING_YEAR.captures(title)).flatten())
    {
        // "2006, A pilot study on ...": after a comma, a title of words; not a date's month
        // ("2012, Novembre-Décembre").
        let kept = &title[range.end..];
        if title[range.clone()].contains(',') && kept.split_whitespace().count() < 3 {
            return;
        }
        kept
    } else if let Some(range) = echoes(trailing.then(|| TRAILING_DATE.captures(title)).flatten()) {
        &title[..range.start]
    } else {
        return;
    };
    if kept.chars().filter(|c| c.is_alphabetic()).count() >= 3 {
        r.title = field(kept);
    }
}

/// A page label and its pages alone: "pages 9-65", "pp. 3-19", "p. 12".
static PAGES_ALONE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^(?i:pages?|pp?\.)\s*(?P<pages>\d+(?:\s*[-–]\s*\d+)?)\.?$",
        "PAGES_ALONE",
    )
});

/// What a personal communication is called where a title would stand ("Personal
/// communication, September 1995"), lower-cased.
const PERSONAL_COMMUNICATION: &[&str] = &[
    "personal communication",
    "pers. comm.",
    "pers. comm",
    "persönliche mitteilung",
    "communication personnelle",
];

/// A personal communication has no title: "Personal communication" where the title would be
/// is the kind of work (BibLaTeX's `type`), and a month and day after it ("Personal
/// communication, March 25, 2005") are the date's.
pub(super) fn personal_communication(r: &mut Reference) {
    // Every phrase opens with "pers" or "comm": one test of four bytes before any lowering.
    let Some(title) = r.title.as_deref().filter(|t| {
        t.get(..4)
            .is_some_and(|h| h.eq_ignore_ascii_case("pers") || h.eq_ignore_ascii_case("comm"))
    }) else {
        return;
    };
    let lower = title.to_lowercase();
    let Some(phrase) = PERSONAL_COMMUNICATION
        .iter()
        .find(|p| lower.starts_with(**p))
    else {
        return;
    };
    // The rest is a month and day ("March 25", "25 March", "September"), read with the entry's
    // year by the project's date reader, or nothing.
    let rest = lower[phrase.len()..]
        .trim_matches(|c: char| c.is_whitespace() || matches!(c, ',' | '.' | ';'));
    let dated = match (rest.is_empty(), r.year()) {
        (true, _) => None,
        (false, Some(year)) => match parse_date_text(&format!("{rest} {year}")) {
            Some(d) => Some(d.date),
            None => return,
        },
        (false, None) => return,
    };
    // The phrase as written (lowering kept its length: "Ö" and "ö" are two bytes each).
    let written = title.get(..phrase.len()).unwrap_or(phrase);
    r.work_type = Some(written.trim_end_matches('.').into());
    r.title = None;
    if let Some(d) = dated.filter(|_| r.date.is_some_and(|d| d.month.is_none())) {
        r.date = Some(d);
    }
}

/// A title that ran on into the "in:" opening the book or journal it is part of, with no
/// mark before it ("Emanzipation am Arbeitsmarkt: dänische Reformkonzepte in: WIP Occasional
/// Paper"; "A Vague Commitment, in: Arab Reform Bulletin"): the "in" is no title's word.
pub(super) fn drop_in_mark(r: &mut Reference, text: &str) {
    let Some(title) = r
        .title
        .as_deref()
        .filter(|t| t.ends_with(" in") || t.ends_with(" In"))
    else {
        return;
    };
    if !text.contains(&format!("{title}:")) {
        return;
    }
    let head = title[..title.len() - 3].trim_end_matches([' ', ',', ';', '.']);
    r.title = (!head.is_empty()).then(|| head.to_string());
}

/// A title that is only pages, after names written given name first with commas and no "and"
/// ("Benedict Anderson, Imagined Communities (1991), pages 9-65." read as Anderson, "Imagined
/// Communities" and the title "pages 9-65"): the last name is the title, written as a name
/// of two words or more right before the date or a comma. No reference names its authors
/// and its pages without a title.
pub(super) fn pages_read_as_title(r: &mut Reference, text: &str) {
    // Most titles fail on their first letter, before the pattern.
    let Some(caps) = r
        .title
        .as_deref()
        .filter(|t| t.starts_with(['p', 'P']))
        .and_then(|t| PAGES_ALONE.captures(t))
    else {
        return;
    };
    let pages = caps["pages"].to_string();
    let [.., last] = r.authors.as_slice() else {
        return;
    };
    let (Some(given), false) = (last.given(), last.is_literal()) else {
        return;
    };
    if r.authors.len() < 2 || given.contains('.') || given.chars().all(char::is_uppercase) {
        return;
    }
    let written = format!("{given} {}", last.family());
    let Some(at) = [format!(", {written} ("), format!(", {written}, ")]
        .iter()
        .find_map(|w| text.find(w.as_str()))
    else {
        return;
    };
    let list = &text[..at];
    if list.contains(" and ") || list.contains('&') || list.contains(';') {
        return;
    }
    r.authors.pop();
    r.title = Some(written);
    r.pages.get_or_insert(pages.into());
}

/// A title or container that opens with editors' names and their role in brackets, which the
/// reading left in it ("(Eds.), Working Models of Human Perception", "Leinhardt, Samuel (Hg.),
/// Social Networks"): the words after the role, the book's. A title cut so holds only names
/// before the role: one that holds a chapter's title and its book ("Zur Neunten Symphonie«,
/// in Stahmer, Klaus (Hg.): Form und Idee") is the chapter's.
pub(super) fn drop_role_head(r: &mut Reference) {
    for (value, title) in [(&mut r.title, true), (&mut r.container, false)] {
        let Some(v) = value.as_deref() else {
            continue;
        };
        // The last bracket that opens a role (of editors parted by semicolons, "Rammert,
        // Werner (Hrsg.) ; Schulz-Schaeffer, Ingo (Hrsg.): Title"), and the words after it.
        let role = memchr::memchr_iter(b'(', v.as_bytes())
            .take_while(|&i| i <= 120)
            .filter_map(|i| {
                let after = without_role_mark(&v[i..]);
                (after.len() < v.len() - i).then_some((i, after))
            })
            .last();
        let Some((at, rest)) = role else {
            continue;
        };
        let head = &v[..at];
        // A chapter's title, its "in" or a sentence before the names ("... des
        // Lebensstandards. Statistisches Bundesamt (Hrsg.): Wohlfahrtsmessung").
        let chapter = || {
            let words: Vec<&str> = head.split_whitespace().collect();
            head.contains(['«', '»', '"', '“', '”'])
                || words.len() > 8
                || words.iter().any(|w| {
                    w.eq_ignore_ascii_case("in")
                        || w.eq_ignore_ascii_case("in:")
                        || (w.ends_with('.') && w.chars().count() > 5)
                })
        };
        if title && chapter() {
            continue;
        }
        // A title opens with a word, not the year after the role ("(Hrsg.), 1999: ...").
        let opens = if title {
            rest.starts_with(char::is_alphabetic)
        } else {
            rest.starts_with(char::is_alphanumeric)
        };
        if opens {
            *value = Some(rest.to_string());
        }
    }
}

/// Chemistry's chapters name no title: "R. E. Marsh in Proceedings of ...", "S. T. Klein in
/// Proceedings": a title that is the last author's family name standing before that "in", or
/// the "in" alone, is none.
pub(super) fn drop_name_before_in(r: &mut Reference) {
    let Some(title) = r.title.as_deref() else {
        return;
    };
    let last = r.authors.last().map(|n| n.family()).unwrap_or("");
    let name = title == last && r.raw.contains(&format!("{last} in "));
    if name || title == "in" {
        r.title = None;
    }
}

/// A status, role or genre closing a title, which the model or the rules ran on into it: ",
/// to appear" (in a journal), ", tr" (before the translator), ", working paper", ". Dir"
/// (before a film's director), ". Traduction de Chantal Thérond", ". Translated by ...". Kept
/// when nothing else would be left.
pub(super) fn drop_role_tail(r: &mut Reference) {
    let Some(title) = r.title.as_deref() else {
        return;
    };
    // The pattern runs only where its words may be: the title's last word, or a translator's
    // mark.
    let last = title.rsplit(' ').next().unwrap_or("").trim_end_matches('.');
    let may = ["appear", "tr", "trans", "paper", "dir"]
        .iter()
        .any(|w| last.eq_ignore_ascii_case(w))
        || title.contains(" de ")
        || title.contains(" by ");
    if !may {
        return;
    }
    let Some(m) = ROLE_TAIL.find(title) else {
        return;
    };
    let kept = &title[..m.start()];
    if kept.chars().filter(|c| c.is_alphabetic()).count() >= 3 {
        r.title = field(kept);
    }
}

/// See [`drop_role_tail`].
static ROLE_TAIL: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)(?:,\s+(?:to\s+appear|tr|trans|working\s+paper)|\.\s+(?:dir|to\s+appear))\.?$|\.\s+(?:traduction\s+de|translated(?:\s+and\s+(?:edited|annotated))?\s+by|trad\.\s+de)\s.*$",
        "ROLE_TAIL",
    )
});

/// A year opening a title: "1995 Biometry", "2006, A pilot study".
static LEADING_YEAR: LazyLock<Regex> =
    LazyLock::new(|| re(r"^(?P<year>[12][0-9]{3})[a-z]?[.,]?\s+", "LEADING_YEAR"));

/// A date closing a title after a comma or semicolon, or a year in brackets: ", April 2019",
/// ", 3 May 2019", "; 2017", " (2019)" (a web page's or a Springer preprint's year, with no
/// source between).
static TRAILING_DATE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        &format!(
            r"(?:[,;]\s*(?:(?:[0-9]{{1,2}}\s+)?{m}\s+(?:[0-9]{{1,2}},?\s+)?)?|\s+\()(?P<year>[12][0-9]{{3}})[a-z]?\)?$",
            m = crate::text::MONTH
        ),
        "TRAILING_DATE",
    )
});

/// Does `after`, the text after a quoted title and its colon, open a subtitle: a word, not a
/// book's "In" or a place and publisher ("‘Title’: London: Penguin")?
fn subtitle_follows(after: &str) -> bool {
    let word = after.split_whitespace().next().unwrap_or_default();
    word.starts_with(char::is_alphabetic)
        && !word.ends_with([':', ',', '.'])
        && !IN_PREFIX.is_match(after)
}

pub(super) fn take_title(r: &mut Reference, rest: &str, comma_style: bool) -> String {
    let s = rest.trim_start_matches(|c: char| {
        c.is_whitespace() || matches!(c, '.' | ',' | ';' | ':' | ')')
    });
    if s.is_empty() {
        return String::new();
    }
    // Quoted title.
    if let Some((inner, after)) = quoted_prefix(s) {
        // A quoted phrase opening the title, its subtitle after the colon ("‘Lost in
        // translation’: accounting for ... data. Pharmacoeconomics 24"): the title runs to the
        // subtitle's end, the subtitle read as a title of its own would be.
        if let Some(subtitle) = after.strip_prefix(": ").filter(|a| subtitle_follows(a)) {
            let rest = take_title(r, subtitle, comma_style);
            let quoted = &s[..s.len() - after.len()];
            if let Some(subtitle) = r.title.take() {
                r.title = field(&format!("{quoted}: {subtitle}"));
                return rest;
            }
        }
        r.title = field(inner);
        return after.to_string();
    }
    // Emphasised title followed by punctuation or the end.
    if let Some(after_star) = s.strip_prefix('*') {
        if let Some(close) = after_star.find('*') {
            let inner = &after_star[..close];
            let after = &after_star[close + 1..];
            let open_ended = inner.trim_end().ends_with([';', ',', ':']);
            // "*Educational Researcher*, 49(3), 1-2": a journal with its volume, no title.
            if JOURNAL_NUMBERS_AFTER.is_match(after) {
                return s.to_string();
            }
            // "*Aspergillus* has distinct ...": an emphasised first word of a sentence that goes
            // on in lower case is a name in the title, not the title.
            let sentence_goes_on =
                after.starts_with(' ') && after.trim_start().starts_with(char::is_lowercase);
            if !open_ended
                && !sentence_goes_on
                && (after.is_empty() || after.starts_with(['.', ',', ':', ';', ' ', '(']))
            {
                r.title = field(inner);
                return after.to_string();
            }
        }
    }
    let (title, after) = questions_run_on(s, split_sentence(s));
    // Elsevier's Harvard: "The acquisition of Turkish, in: Slobin, D.I. (Ed.), The
    // Crosslinguistic Study ...": ", in:" opens the book, whatever the style's commas.
    let in_colon = memchr::memchr_iter(b':', title.as_bytes()).find_map(|i| {
        let head = &title.as_bytes()[..i];
        (head.ends_with(b", in") || head.ends_with(b", In")).then(|| i - 4)
    });
    if let Some(cut) = in_colon.filter(|&c| c > 0 && title[c + 5..].starts_with(' ')) {
        r.title = field(&title[..cut]);
        return s[cut + 1..].to_string();
    }
    if let Some(cut) = comma_field_break(title, comma_style, r.date.is_some()) {
        // "Harbour Engineering, 3rd ed. Wiley, New York": an edition before the field the
        // comma opens ends the title.
        let cut = edition_start(s, &title[..cut]).unwrap_or(cut);
        r.title = field(&title[..cut]);
        return s[cut..].to_string();
    }
    // "Deutsche Gesellschaftsgeschichte, Bd. 3, München": a book's volume label.
    if let Some(tail) = volume_label::cut_title(r, s, title, after) {
        return tail;
    }
    // "..., Phys. Rev. Lett. 96": the sentence ended inside an abbreviated journal name.
    if comma_style && !after.trim().is_empty() {
        if let Some(c) = title.rfind(", ") {
            if abbreviated_journal_start(&title[c + 2..], after) {
                r.title = field(&title[..c]);
                return s[c..].to_string();
            }
        }
    }
    // Chicago notes: "Title (New York: Norton, 1995)": the group is the imprint.
    if let Some(m) = IMPRINT_GROUP.find(title).filter(|m| {
        m.len() <= 160 && m.as_str().chars().any(char::is_alphabetic) && !acronym_year(m.as_str())
    }) {
        r.title = field(&title[..m.start()]);
        let group = title[m.start()..].trim().trim_start_matches('(');
        return format!("{} {after}", group.replacen(')', ".", 1));
    }
    // "Title (2nd ed.)", "Title [Motion picture]", "Title (Vol. 2)": the group goes to the tail.
    let tail_group = |title: &str| {
        TITLE_TAIL_GROUP
            .find(title)
            .filter(|m| m.len() <= 140)
            .or_else(|| EDITION_GROUP.find(title))
            .map(|m| m.start())
    };
    if let Some(mut start) = tail_group(title) {
        // Two groups: "Urban heat (Publication No. 37) [Doctoral dissertation, Univ. X]".
        if let Some(first) = tail_group(&title[..start]) {
            start = first;
        }
        r.title = field(&title[..start]);
        return format!("{}. {after}", &title[start..]);
    }
    let (title, after) = extend_with_subtitles(s, title, after);
    if let Some(at) = edition_start(s, title) {
        r.title = field(&s[..at]);
        return s[at..].to_string();
    }
    r.title = field(title);
    after.to_string()
}

/// Where an edition after a stop or a comma starts in `title` (a slice of `s` from its start,
/// which may run on past it): "Ekonómia v novej ekonomike. 2. vyd." (the sentence ran over
/// the edition's number: "2." ends no sentence), "Die offene Gesellschaft II, 7. Aufl.", "The
/// Open Society, 7th ed." (the sentence ended at the edition's number or its label, after a
/// comma), "Thought and language, revised edition.". Looked for only where a stop or a comma
/// stands before a number in the title, or where one of its words is an edition's label.
fn edition_start(s: &str, title: &str) -> Option<usize> {
    let number_after_mark = title
        .as_bytes()
        .windows(3)
        .any(|w| matches!(w[0], b'.' | b',') && w[1] == b' ' && w[2].is_ascii_digit());
    let edition_word = || {
        // Most titles hold no word opening "ed" (any case): looked for first, by its "d".
        let b = title.as_bytes();
        let ed = memchr::memchr2_iter(b'd', b'D', b)
            .any(|i| i >= 2 && b[i - 1].eq_ignore_ascii_case(&b'e') && b[i - 2] == b' ');
        ed && title.split(' ').any(|w| {
            let w = w.trim_end_matches(['.', ',']);
            ["edition", "ed", "edn"]
                .iter()
                .any(|label| w.eq_ignore_ascii_case(label))
        })
    };
    if !(number_after_mark || edition_word()) || s.as_ptr() != title.as_ptr() {
        return None;
    }
    EDITION
        .find(s)
        .filter(|m| m.start() < title.len() && s[..m.start()].trim_end().ends_with(['.', ',']))
        .map(|m| m.start())
}

/// " (ICRC 2015)", " (PAZ 2000)": an acronym and a year in brackets, a meeting's or a work's
/// short name, no imprint.
fn acronym_year(group: &str) -> bool {
    let inner = group.trim().trim_start_matches('(').trim_end_matches(')');
    let name = inner
        .trim_end_matches(|c: char| c.is_ascii_digit())
        .trim_end();
    name.len() >= 2 && name.len() < inner.len() && name.chars().all(|c| c.is_ascii_uppercase())
}

/// A volume (and issue) right after an emphasised name: ", 49(3)", ", *220*(4598)", ", 12,".
static JOURNAL_NUMBERS_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^\s*,\s*\*?[0-9]{1,5}\*?\s*(?:\(|,|\.?\s*$)",
        "JOURNAL_NUMBERS_AFTER",
    )
});

/// "(New York: Norton, 1995)" / "(Cornell University Press, 2006)" after a title.
static IMPRINT_GROUP: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\s\((?:[^()]+:\s*)?[^()]*,?\s*(?:1[5-9]|20)[0-9]{2}\)",
        "IMPRINT_GROUP",
    )
});

/// A bracketed note closing a title: edition, volume, medium, translator, genre.
static TITLE_TAIL_GROUP: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\s[(\[](?:[^()\[\]]*(?-u:\b)(?:ed|eds|edn|edition|vol|vols|volume|trans|transl|translated|motion\s+picture|film|dvd|video|television|tv|audio|cd|podcast|brochure|report|rep|paper|brief|memorandum|thesis|dissertation|review|unpublished|doctoral|master'?s|th[èe]se|tesis?|tese|disserta[çc][ãa]o|m[ée]moire\s+de|proefschrift|data\s+set|software|computer\s+program|lecture|slides|blog|tweet|map|series|manuscript|(?:publication|umi|order)\s+no)(?-u:\b)[^()\[\]]*)[)\]]\s*$",
        "TITLE_TAIL_GROUP",
    )
});

/// An edition in brackets closing a title, in any language: "(5. Ed.)", "(1 éd.)", "(2ª ed.)".
static EDITION_GROUP: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\s\([0-9]{1,2}[^()\s]{0,3}\.?\s*(?:[ÉéEe]d|[Ee]dn|[Aa]ufl)[^()]{0,12}\)\s*$",
        "EDITION_GROUP",
    )
});

/// "The authentic heart. An eightfold path to midlife love. New York: Wiley.": a sentence after
/// the first continues the title when it reads as running text (a lower-case content word), not
/// as the source (numbers, genre note, edition, publisher), and the source visibly starts after
/// it (place and publisher, "In", a journal with numbers, emphasis). A title in Title Case is
/// not continued by a sentence-case one ("Lectures on Polytopes. Graduate texts in
/// mathematics.": a series) unless it ends with a question or exclamation mark.
fn extend_with_subtitles<'a>(s: &'a str, title: &'a str, after: &'a str) -> (&'a str, &'a str) {
    let (mut title, mut after) = (title, after);
    for _ in 0..3 {
        // "Fourier integral operators. II.", "Reactions at oxide surfaces. 1. Oxidation of ...":
        // a part number belongs to the title.
        let lead = after.trim_start();
        if let Some(token) = lead.split_whitespace().next() {
            let core = token.strip_suffix('.').unwrap_or("");
            let numeral =
                (!core.is_empty() && core.len() <= 2 && core.bytes().all(|b| b.is_ascii_digit()))
                    || (!core.is_empty()
                        && core.len() <= 4
                        && core.bytes().all(|b| matches!(b, b'I' | b'V' | b'X')));
            if numeral {
                let end = s.len() - lead.len() + token.len() - 1;
                title = &s[..end];
                after = &s[end + 1..];
                continue;
            }
        }
        let asks = title.trim_end().ends_with(['?', '!']);
        if !asks && is_title_case(title) {
            break;
        }
        let (mut next, mut rest) = split_sentence(after);
        // "Surveiller et jouir. Anthropologie politique du sexe, Paris, EPEL, 2010.": the last
        // sentence holds the subtitle and the imprint, parted by a comma.
        if rest.trim().is_empty() {
            if let Some(cut) = comma_field_break(next, true, true) {
                let (head, tail) = next.split_at(cut);
                let tail = tail.trim_start_matches([',', ' ']);
                if !tail.is_empty() && (tail.contains(':') || IMPRINT_YEAR.is_match(tail)) {
                    (next, rest) = (head, tail);
                }
            }
        }
        let next_trim = next.trim();
        let rest_trim = rest.trim_start();
        if next_trim.is_empty() || next_trim.len() > 300 || rest_trim.is_empty() {
            break;
        }
        let first_upper = next_trim.chars().next().is_some_and(char::is_uppercase);
        if !first_upper
            || !has_lowercase_content_word(next_trim)
            || SOURCE_SENTENCE.is_match(next_trim)
            || place_publisher(next_trim).is_some()
            || EDITION.is_match(next_trim)
            || next_trim.contains(['*', '"', '“', '(', '['])
            || rest_trim.starts_with(|c: char| c.is_ascii_digit() || c == '(')
        {
            break;
        }
        let (source, _) = split_sentence(rest_trim);
        let source_follows = rest_trim.starts_with('*')
            || IN_PREFIX.is_match(rest_trim)
            || place_publisher(source).is_some()
            || looks_like_publisher(source)
            || source.bytes().any(|b| b.is_ascii_digit());
        if !source_follows {
            break;
        }
        let end = s.len() - after.len() + next.len();
        title = &s[..end];
        after = rest;
    }
    (title, after)
}

/// A year closing an imprint ("Paris, EPEL, 2010").
static IMPRINT_YEAR: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?:^|[\s,])(?:1[5-9]|20)[0-9]{2}[.)]?$", "IMPRINT_YEAR"));

/// A sentence that is surely part of the source, not of the title: volume, issue, pages, a
/// genre or publication note, editors, a place and publisher.
static SOURCE_SENTENCE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        &format!(
            r"(?i)[0-9]+\s*\(|[0-9]\s*[-–]\s*[0-9]|[,:;]\s*[0-9]|[0-9]+$|^(?:in|see|paper|poster|presented|unpublished|manuscript|submitted|translated|trans|edited|ed|eds|hg|hrsg|herausgegeben|a\s+cura\s+di|sous\s+la\s+direction|dir|perf|available|retrieved|accessed|reprinted|originally|published|doctoral|master|phd|ph\.d|thesis|dissertation|technical|tech|working|report|vol|pp|no|chapter|series|preprint|to\s+appear|forthcoming|in\s+press|abstract|review\s+of)(?-u:\b)|^(?:{OTHER_LANGUAGE_MARKS})\s|\((?:eds?|editors?|hrsg)\.?\)|(?-u:\b)(?:press|publishers?|publishing|verlag)(?-u:\b)"
        ),
        "SOURCE_SENTENCE",
    )
});

/// A lower-case word of three letters or more that is not a function word.
fn has_lowercase_content_word(s: &str) -> bool {
    s.split_whitespace().skip(1).any(|w| {
        let core = w.trim_end_matches([',', ';', ':', '.']);
        core.chars().count() >= 3
            && core.chars().next().is_some_and(char::is_lowercase)
            && core
                .chars()
                .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’'))
            && !is_name_function_word(core)
    })
}

/// Every content word capitalised ("Lectures on Polytopes"), with at least two of them.
fn is_title_case(s: &str) -> bool {
    let content: Vec<&str> = s
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| w.chars().count() >= 4 && w.chars().all(char::is_alphabetic))
        .collect();
    content.len() >= 2
        && content
            .iter()
            .all(|w| w.chars().next().is_some_and(char::is_uppercase))
}

/// In a comma-separated reference, where the title ends: at the first comma whose segment is
/// surely a new field (see [`FIELD_SEGMENT`]); or one segment earlier when that segment is a
/// short capitalised name ("..., Speculum, 66"): the journal or publisher. A break inside a
/// parenthesised group ("Title (Wiley, 1998)") moves to the group's opening. Outside comma
/// styles (`comma_style` false) only a segment that surely is a field counts, and the name
/// before it only when numbers follow ("Robot Vision, MIT Press.", "..., Information and
/// Computation, 84").
fn comma_field_break(s: &str, comma_style: bool, dated: bool) -> Option<usize> {
    if !s.contains(", ") {
        return None;
    }
    let commas: Vec<usize> = s.match_indices(", ").map(|(i, _)| i).collect();
    for (k, &c) in commas.iter().enumerate() {
        let seg_end = commas.get(k + 1).copied().unwrap_or(s.len());
        let seg = s[c + 2..seg_end].trim();
        let last = k + 1 == commas.len();
        if !FIELD_SEGMENT.is_match(seg) || (last && in_words(seg)) {
            continue;
        }
        // After words, not numbers ("33, 1606-1615" are a volume and pages).
        let span = s[..c].ends_with(char::is_alphabetic) && years_in_title(seg, &s[c + 2..], dated);
        // "..., and Zemlinsky (University of Chicago Press": the group is the imprint.
        // The group is read to its closing parenthesis, past the segment's end: "(University
        // of Chicago Press, 2007)".
        if let Some(p) = seg.find(" (") {
            let head = &seg[..p];
            let at = c + 2 + (seg.as_ptr() as usize - s[c + 2..].as_ptr() as usize) + p;
            let group = s[at + 2..].split(')').next().unwrap_or("");
            if !head.is_empty()
                && (span || !FIELD_SEGMENT.is_match(head))
                && group.contains([':', ','])
            {
                return Some(at);
            }
        }
        if span {
            continue;
        }
        if !comma_style
            && (!FIELD_SEGMENT_STRICT.is_match(seg) || (dated && YEAR_ONLY.is_match(seg)))
        {
            continue;
        }
        // Inside an open parenthesis: the group starts the source.
        if let Some(open) = open_paren_before(s, c) {
            if open > 0 {
                return Some(open);
            }
            continue;
        }
        if k > 0 {
            let prev = s[commas[k - 1] + 2..c].trim();
            let numbers_follow =
                seg.starts_with(|ch: char| ch.is_ascii_digit()) || NUMBER_LABEL_START.is_match(seg);
            // In comma styles a publisher's place may stand before it ("New York, Norton").
            let capitalised = {
                let words: Vec<&str> = prev.split_whitespace().collect();
                !words.is_empty()
                    && words.len() <= 3
                    && words
                        .iter()
                        .all(|w| w.chars().next().is_some_and(char::is_uppercase))
            };
            if (numbers_follow && is_short_name(prev)) || (comma_style && capitalised) {
                return Some(commas[k - 1]);
            }
        }
        return Some(c);
    }
    None
}

/// A comma segment that surely is no longer the title: it starts with a number, a quote, "in",
/// "to appear", "pp."/"vol."/"no.", "ed."/"trans.", another language's editors' mark ("a cura
/// di", "hg. v.", "éd. par", "sous la dir. de"), or names a journal, proceedings, series,
/// publisher or genre, or holds a year.
static FIELD_SEGMENT: LazyLock<Regex> = LazyLock::new(|| {
    let cities = cities_pattern();
    let tail = city_tail_pattern();
    re(
        &format!(
            r#"^(?:[0-9]|["“'`«(\[]|(?i:(?:in|to\s+appear|pages?|edited|translated|preprint|submitted|unpublished|manuscript|forthcoming|volume)(?-u:\b)|(?:pp?|vol|v|no|nr|eds?|trans|tr|rev)\.|(?:{OTHER_LANGUAGE_MARKS})\s)|(?:IEEE|ACM|IFIP|SIAM|SPIE|AIAA|ASME|IET|AIP)(?-u:\b)|(?:{cities}){tail}(?:,\s*\p{{Lu}}{{2}}\.?)?$|\p{{Lu}}[\p{{L}}.&\s]*\s[0-9]{{1,4}}(?:\s*\([0-9]+\))?$)|(?i:(?-u:\b)(?:proc|proceedings|journal|j|trans|transactions|conference|conf|symposium|workshop|review|letters|lecture\s+notes|series|press|publishers?|university|verlag|thesis|dissertation|report|technical|magazine|bulletin|annals|acta|quarterly|arxiv|preprint)(?-u:\b))|\((?i:eds?|editors?|trans|tr)\.?\)|(?-u:\b)(?:1[5-9]|20)[0-9]{{2}}(?-u:\b)"#
        ),
        "FIELD_SEGMENT",
    )
});

/// A segment that names a field by itself, whatever the style: numbers with labels, a
/// publisher, a genre, "in", "ed.", "trans.", a year alone.
pub(super) static FIELD_SEGMENT_STRICT: LazyLock<Regex> = LazyLock::new(|| {
    let cities = cities_pattern();
    let tail = city_tail_pattern();
    re(
        &format!(
            r#"^(?:(?:1[5-9]|20)[0-9]{{2}}[a-z]?\)?$|[0-9]+\s*\(|[0-9]+\s+vols?\.|(?i:in|pp?\.|vol\.|v\.|no\.|pages?|eds?\.|edited|trans\.|tr\.|translated|volume|rev\.\s+ed\.?)\s|(?:{cities}){tail}$)|(?i:(?-u:\b)(?:press|publishers?|verlag|thesis|dissertation|tech(?:nical)?\s+rep(?:ort)?|working\s+paper|preprint|arxiv)(?-u:\b))|\((?i:eds?|editors?|trans|tr)\.?\)"#
        ),
        "FIELD_SEGMENT_STRICT",
    )
});

/// Where the parenthesis open at byte `at` of `s` starts, if one is.
fn open_paren_before(s: &str, at: usize) -> Option<usize> {
    let mut open: Vec<usize> = Vec::new();
    for (i, b) in s.as_bytes()[..at].iter().enumerate() {
        match b {
            b'(' | b'[' => open.push(i),
            b')' | b']' => {
                open.pop();
            }
            _ => {}
        }
    }
    open.first().copied()
}

/// A short name standing between title and numbers: up to six words, each capitalised or a
/// function word ("Information and Computation", "Speculum", "J. Appl. Physiol.").
fn is_short_name(seg: &str) -> bool {
    let words: Vec<&str> = seg.split_whitespace().collect();
    !words.is_empty()
        && words.len() <= 6
        && words[0].chars().next().is_some_and(char::is_uppercase)
        && words
            .iter()
            .all(|w| w.chars().next().is_some_and(char::is_uppercase) || is_name_function_word(w))
}

/// "Phys" + ". Rev. Lett. 96, 216407": a capitalised abbreviation whose text goes on with
/// capitalised words or numbers: the journal, not the title's last words.
fn abbreviated_journal_start(last_segment: &str, after: &str) -> bool {
    let words: Vec<&str> = last_segment.split_whitespace().collect();
    let Some(last) = words.last() else {
        return false;
    };
    let short_abbrev = last.chars().count() <= 5
        && last.chars().all(char::is_alphabetic)
        && last.chars().next().is_some_and(char::is_uppercase)
        && last.chars().skip(1).all(char::is_lowercase);
    let next = after.split_whitespace().next().unwrap_or("");
    words.len() <= 4
        && short_abbrev
        && words
            .iter()
            .all(|w| w.chars().next().is_some_and(char::is_uppercase))
        && (next
            .chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit()))
        && after.bytes().any(|b| b.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::reference::parse::assert_matches;

    #[test]
    fn a_quoted_phrase_opens_a_title_its_subtitle_ends() {
        let read = |rest: &str| {
            let mut r = Reference::default();
            let tail = take_title(&mut r, rest, false);
            (r.title.unwrap_or_default(), tail)
        };
        let (title, tail) = read(
            "‘Lost at the quay’: accounting for tides in harbour ledgers. Harbour Studies 24 \
             (11):1101-1119",
        );
        assert_eq!(
            title,
            "‘Lost at the quay’: accounting for tides in harbour ledgers"
        );
        assert_eq!(tail.trim(), "Harbour Studies 24 (11):1101-1119");
        // The subtitle ends where a book's "in:" opens, as a title of its own would.
        let (title, tail) =
            read("„Am Kai“: Ledgers of the tides, in: Okafor, N. (Hrsg.): Harbours. Berlin: Lenz.");
        assert_eq!(title, "„Am Kai“: Ledgers of the tides");
        assert!(tail.trim_start().starts_with("in: Okafor"), "{tail}");
        // A quoted title before a colon and a place, or a book's "In", is the title whole.
        for rest in [
            "“Ledgers”: London: Lenz, 2001.",
            "“Ledgers”: In Harbours, ed. N. Okafor.",
        ] {
            assert_eq!(read(rest).0, "Ledgers", "{rest}");
        }
    }

    #[test]
    fn an_editors_role_opening_a_title_or_container_goes() {
        let read = |title: &str, container: &str| {
            let mut r = Reference {
                title: Some(title.into()),
                container: Some(container.into()),
                ..Default::default()
            };
            drop_role_head(&mut r);
            (r.title.unwrap_or_default(), r.container.unwrap_or_default())
        };
        assert_eq!(
            read(
                "(Hg.), Tidal Ledgers",
                "Okafor, Ngozi (Hrsg.), Harbour Studies"
            ),
            ("Tidal Ledgers".into(), "Harbour Studies".into())
        );
        // Editors parted by semicolons, each with the role: the words after the last.
        assert_eq!(
            read(
                "Okafor, Ngozi (Hrsg.) ; Lenz, Ida (Hrsg.): Tidal Ledgers",
                ""
            )
            .0,
            "Tidal Ledgers"
        );
        // A chapter's title before its book, or a year after the role, stays.
        for title in [
            "Zur Flut«, in Okafor, Ngozi (Hg.): Harbour Studies",
            "Die Messung des Lebensstandards. Statistisches Amt (Hrsg.): Harbour Studies",
            "Amt (Hrsg.), 1999: Harbour Studies",
        ] {
            assert_eq!(read(title, "").0, title);
        }
    }

    #[test]
    fn a_role_closing_the_title_goes() {
        let cut = |t: &str| {
            let mut r = Reference {
                title: Some(t.into()),
                ..Default::default()
            };
            drop_role_tail(&mut r);
            r.title.unwrap_or_default()
        };
        assert_eq!(cut("Tidal Ledgers, to appear"), "Tidal Ledgers");
        assert_eq!(cut("Tidal Ledgers, tr"), "Tidal Ledgers");
        assert_eq!(cut("Tidal Ledgers. Dir"), "Tidal Ledgers");
        assert_eq!(cut("Tidal Ledgers, working paper"), "Tidal Ledgers");
        assert_eq!(
            cut("Voir la mer. Traduction de Amara Diallo"),
            "Voir la mer"
        );
        // Inside a title, or all of it, the words stay.
        assert_eq!(cut("To appear, or not"), "To appear, or not");
        assert_eq!(cut("The Dir of Tides"), "The Dir of Tides");
        assert_eq!(cut("A, tr"), "A, tr");
    }

    #[test]
    fn field_segments() {
        for seg in [
            "pp. 992-996",
            "Vol. 15",
            "ed. W. M. Green",
            "Paris",
            "Mind 59",
            "arXiv preprint",
            "Michael Holquist (ed.)",
            "IEEE Trans. Comput",
        ] {
            assert!(FIELD_SEGMENT.is_match(seg), "field: {seg}");
        }
        for seg in [
            "Principles and Practice",
            "Diplomacy and American Influence",
            "Stroking Regional Tension",
        ] {
            assert!(!FIELD_SEGMENT.is_match(seg), "not a field: {seg}");
        }
        assert!(FIELD_SEGMENT_STRICT.is_match("MIT Press"));
        assert!(FIELD_SEGMENT_STRICT.is_match("Rev. ed. New York"));
        assert!(!FIELD_SEGMENT_STRICT.is_match("Paris Review of Books"));
    }

    #[test]
    fn imprint_and_edition_groups() {
        assert!(IMPRINT_GROUP.is_match("Classical Electrodynamics (Wiley, 1998)"));
        assert!(EDITION_GROUP.is_match("Como elaborar projetos de pesquisa (5. Ed.)"));
    }

    #[test]
    fn groups_closing_a_title() {
        assert_matches(
            &JOURNAL_NUMBERS_AFTER,
            &[", 49(3), 1-2", ", *220*(4598)", ", 12,", ", 12"],
            &[", and more", ", 12 Angry Men"],
        );
        assert_matches(
            &IMPRINT_GROUP,
            &["Title (New York: Norton, 1995)"],
            &["Title (Wiley)"],
        );
        assert_matches(
            &TITLE_TAIL_GROUP,
            &[
                "Title (2nd ed.)",
                "Title [Motion picture]",
                "Title (Vol. 2)",
                "Title (Tech. Rep. No. 42)",
                "Title (NBER Working Paper No. 8123)",
                "Title (Policy Brief 2012-01PBL)",
            ],
            &["Title (Part one)", "Title (2nd ed.) more"],
        );
        assert_matches(
            &EDITION_GROUP,
            &["Title (1 éd.)", "Title (2ª ed.)"],
            &["Title (2019)"],
        );
        assert_matches(
            &IMPRINT_YEAR,
            &["Paris, EPEL, 2010", "2010."],
            &["2010s", "in 2010 we"],
        );
    }

    #[test]
    fn source_sentences() {
        assert_matches(
            &SOURCE_SENTENCE,
            &[
                "Journal of X 12(3)",
                "Pages 12-15",
                "In Proceedings of X",
                "Unpublished manuscript",
                "Oxford University Press",
            ],
            &[
                "An eightfold path to midlife love",
                "Graduate texts in mathematics",
            ],
        );
        assert!(is_title_case("Lectures on Polytopes"));
        assert!(!is_title_case("Lectures on polytopes"));
        assert!(has_lowercase_content_word("An eightfold path"));
        assert!(!has_lowercase_content_word("Graduate of the"));
    }

    #[test]
    fn where_comma_titles_end() {
        let s = "Priority inheritance protocols, IEEE Trans. Comput., vol. 39";
        assert_eq!(comma_field_break(s, true, false), Some(30));
        assert_eq!(
            comma_field_break("Robot Vision, MIT Press", false, true),
            Some(12)
        );
        assert_eq!(
            comma_field_break("Principles and Practice, Diplomacy", true, false),
            None
        );
        // A span of years in the title, the work's own year later or a subtitle after it.
        let s = "Letters and Papers, 1841–1860, ed. J. Hale (Boston: Ticknor, 1988)";
        assert_eq!(comma_field_break(s, true, false), s.find(", ed."));
        let s = "The Long Peace, 1815–1914: Europe in Balance, Oxford, 1990";
        assert_eq!(comma_field_break(s, true, false), s.find(", Oxford"));
        let s = "Farm Prices, 1921-1929 (Chicago: Hall, 1931)";
        assert_eq!(comma_field_break(s, true, false), s.find(" ("));
        // No other year: the span may be the work's date; numbers before it: pages.
        assert_eq!(
            comma_field_break("Farm Prices, 1921-1929", true, false),
            Some(11)
        );
        assert_eq!(
            comma_field_break("Chem, 33, 1606-1615", true, true),
            Some(4)
        );
        // A list of names in the title, then the imprint in brackets: the title ends at the
        // bracket, not before the last names ("New York, Norton").
        let s = "Tides: Ports, Weirs, Locks, and Dams (Harbour University Press, 2007)";
        assert_eq!(comma_field_break(s, true, false), s.find(" ("));
    }
}
