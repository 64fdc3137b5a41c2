//! Author-date citations: "(Chen & Okafor, 2020; Ibrahim, 2015, 2017)", "Novak et al. (2019)",
//! "(Dawn, Jan 18, 2024)", "(see Alvarez, 2018, p. 44)", "World Health Organization [WHO] (2022)".

use super::{Citation, Found, Target};
use crate::lexicon::{fold_name, NameIndex};
use crate::reference::{parse_date_text, Date};
use crate::span::Span;
use crate::text::MONTH;
use regex::Regex;
use std::sync::LazyLock;

/// An innermost pair of parentheses (doubled or unbalanced outer ones are ignored this way), or
/// of square brackets with no parentheses inside ("[Krizhevsky et al., 2012]", "Graves [2013]").
static PARENS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\(([^()]{1,600})\)|\[([^\[\]()]{1,600})\]").expect("PARENS is a valid regex")
});

/// A comma after a year that may part two works ("Laurent et al., 2015, Amodei et al., 2015").
static WORK_BREAK: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\b\d{4}[a-z]?\s*,\s+").expect("WORK_BREAK is a valid regex"));

/// One date as citations write it, at the start of the text.
static DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"^(?:{MONTH}\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}\s+{MONTH},?\s+\d{{4}}|{MONTH},?\s+\d{{4}}|\d{{4}}[a-z]?\b|n\.\s?d\.|in\s+press\b|forthcoming\b)"
    ))
    .expect("DATE is a valid regex")
});

/// Where the first date of a citation part starts.
static FIRST_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?:^|[\s,.])((?:{MONTH}\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}\s+{MONTH},?\s+\d{{4}}|\d{{4}}[a-z]?\b|n\.\s?d\.|in\s+press\b|forthcoming\b))"
    ))
    .expect("FIRST_DATE is a valid regex")
});

/// Words that open a citation part without being part of the names.
static PREFIX: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:(?:see\s+also|see|e\.g\.|cf\.|i\.e\.|for\s+example|for\s+instance|as\s+cited\s+in|also|compare|contra),?\s+)+")
        .expect("PREFIX is a valid regex")
});

/// A locator after the dates: "p. 44", "pp. 10-12", "chap. 3", or a bare page ("44").
static LOCATOR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:pp?\.|pages?|chap\.|ch\.|chapter|para\.|paras\.|sec\.|section|§|fig\.|table|vol\.|n\.|note|at)?\s*[\dxivlc]+(?:\s*[-–—]\s*[\dxivlc]+)?(?:\s*,\s*[\d]+(?:\s*[-–—]\s*\d+)?)*\.?$")
        .expect("LOCATOR is a valid regex")
});

/// Names followed by a page or page range and nothing else (MLA).
static AUTHOR_PAGE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?P<names>\p{Lu}[^\d()]{1,120}?)\s+(?P<page>\d{1,5}(?:\s*[-–—]\s*\d{1,5})?)\s*$")
        .expect("AUTHOR_PAGE is a valid regex")
});

/// Separators between the names of one citation.
static NAME_SEP: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\s*(?:,\s*(?:&|and)\s+|\s+(?:&|and)\s+|&|,)\s*")
        .expect("NAME_SEP is a valid regex")
});

static ET_AL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)[,\s]*\bet\.?\s+al\.?,?\s*$").expect("ET_AL is a valid regex")
});

/// "World Health Organization [WHO]" or "World Health Organization (WHO)": an abbreviation.
static DEFINED_ABBR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?P<full>.+?)\s*\[(?P<abbr>\p{Lu}[\p{Lu}\d&]{1,9})\]$")
        .expect("DEFINED_ABBR is a valid regex")
});

/// Parentheses that hold only dates (and a locator): the year part of a narrative citation.
static NARRATIVE_DATES: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"^\s*(?:{MONTH}\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}\s+{MONTH},?\s+\d{{4}}|\d{{4}}[a-z]?|n\.\s?d\.|in\s+press|forthcoming)(?:\s*,\s*(?:\d{{4}}[a-z]?))*(?:\s*,\s*(?:pp?\.|chap\.|p\.)?\s*[\d\-–]+)?\s*$"
    ))
    .expect("NARRATIVE_DATES is a valid regex")
});

/// The names before a narrative citation's parenthesis, read backwards from it: at most seven
/// names of at most seven capitalised words each. Bounded repetitions of Unicode classes make
/// this a large automaton (some 4 MB, built through 7 MB of scratch), so it is compiled only
/// when [`NARRATIVE_NAMES_UNBOUNDED`] cannot answer for it (see [`narrative_names`]).
static NARRATIVE_NAMES: LazyLock<Regex> = LazyLock::new(|| narrative_names_regex("{0,6}"));

/// [`NARRATIVE_NAMES`] with the bounds lifted: a small automaton.
static NARRATIVE_NAMES_UNBOUNDED: LazyLock<Regex> = LazyLock::new(|| narrative_names_regex("*"));

fn narrative_names_regex(repeat: &str) -> Regex {
    let name = format!(
        r"(?:(?:van|von|de|der|den|del|della|di|da|du|la|le|al|el|bin|ibn|ter|ten)[\s\-])*\p{{Lu}}[\p{{L}}'’\-]*(?:\s+(?:(?:of|for|on|and|the|de|du|des)\s+)?\p{{Lu}}[\p{{L}}'’\-]*){repeat}"
    );
    Regex::new(&format!(
        r"(?P<names>{name}(?:(?:\s*,\s*|\s*,?\s+(?:and|&)\s+){name}){repeat}(?:\s+et\s+al\.?)?)(?P<poss>['’]s)?\s*(?:\[(?P<abbr>\p{{Lu}}[\p{{Lu}}\d&]{{1,9}})\])?\s*$"
    ))
    .expect("NARRATIVE_NAMES is a valid regex")
}

/// What [`NARRATIVE_NAMES`] captures in `before`. The unbounded pattern is tried first: every
/// match of the bounded one is one of its matches, so where it finds none there is none, and
/// where its leftmost match has at most seven words and commas in all, no reading of that text
/// breaks a bound (each further name needs a comma or a word, each further word of a name a
/// space), so the bounded pattern matches there too, the same way. Only a longer run of names
/// needs the bounded pattern itself.
fn narrative_names(before: &str) -> Option<regex::Captures<'_>> {
    let caps = NARRATIVE_NAMES_UNBOUNDED.captures(before)?;
    let names = caps.name("names").map_or("", |m| m.as_str());
    if names.split_whitespace().count() + names.matches(',').count() <= 7 {
        return Some(caps);
    }
    NARRATIVE_NAMES.captures(before)
}

/// Capitalised words that open parentheses without naming an author.
const NOT_NAMES: &[&str] = &[
    "in",
    "since",
    "from",
    "until",
    "after",
    "before",
    "during",
    "between",
    "by",
    "of",
    "table",
    "tables",
    "figure",
    "fig",
    "figs",
    "eq",
    "equation",
    "chapter",
    "section",
    "appendix",
    "vol",
    "no",
    "approximately",
    "about",
    "around",
    "circa",
    "ca",
    "est",
    "founded",
    "established",
    "born",
    "died",
    "data",
    "year",
    "years",
    "spring",
    "summer",
    "fall",
    "autumn",
    "winter",
    "ad",
    "bc",
    "ce",
    "bce",
    "as",
    "at",
    "for",
    "on",
    "to",
    "the",
    "a",
    "an",
    "and",
    "or",
    "but",
    "if",
    "when",
    "while",
    "up",
    "through",
    "till",
    "per",
    "total",
    "n",
    "p",
    "fy",
    "q",
    "early",
    "late",
    "mid",
    "end",
    "see",
    "cf",
    "eg",
    "ie",
    "version",
    "ver",
    "edition",
    "ed",
    "updated",
    "revised",
    "accessed",
    "retrieved",
    "published",
    "census",
    "survey",
    "report",
    "wave",
    "round",
    "phase",
    "cohort",
    "class",
    "season",
    "election",
    "elections",
];

/// Sentence adverbs that open a sentence before a narrative citation's names ("However,
/// Somasundaram (1997)", "Recently Chen et al. (2020)"): never part of the names.
const CONNECTIVES: &[&str] = &[
    "however",
    "moreover",
    "furthermore",
    "thus",
    "hence",
    "therefore",
    "recently",
    "similarly",
    "likewise",
    "notably",
    "indeed",
    "later",
    "earlier",
    "first",
    "firstly",
    "second",
    "secondly",
    "finally",
    "again",
    "here",
    "there",
    "although",
    "whereas",
    "unlike",
    "following",
    "according",
    "conversely",
    "alternatively",
    "additionally",
    "importantly",
    "interestingly",
    "specifically",
    "previously",
    "subsequently",
    "originally",
    "instead",
    "meanwhile",
    "nevertheless",
    "nonetheless",
    "namely",
    "consequently",
    "accordingly",
    "also",
    "then",
    "now",
    "today",
    "currently",
];

fn connective(word: &str) -> bool {
    CONNECTIVES.contains(&word.to_lowercase().as_str())
}

fn month_like(word: &str) -> bool {
    crate::reference::parse_date_text(&format!("{word} 2000"))
        .is_some_and(|d| d.date.month.is_some())
}

/// Do these words look like an author or organisation name?
fn plausible_names(names: &str) -> bool {
    let words: Vec<&str> = names.split_whitespace().collect();
    if words.is_empty() || words.len() > 12 || names.chars().any(|c| c.is_ascii_digit()) {
        return false;
    }
    if names.contains([':', '=', '<', '>', '"', '“', '?', '!', '+', '%', '/']) {
        return false;
    }
    let first = words[0]
        .trim_matches(|c: char| !c.is_alphanumeric())
        .to_lowercase();
    if NOT_NAMES.contains(&first.as_str()) && !(first == "the" && words.len() > 1)
        || month_like(words[0])
    {
        return false;
    }
    let particles = words
        .iter()
        .filter(|w| crate::reference::is_particle(w))
        .count();
    let capitalised = words.iter().filter(|w| starts_capitalised(w)).count();
    capitalised > 0 && capitalised * 2 >= words.len() - particles
}

/// "Chen", "al-Rashid", "d'Alembert", "O'Neill": a capital after any lower-case particle prefix.
fn starts_capitalised(word: &str) -> bool {
    let rest = ["al-", "el-", "ad-", "as-", "d'", "d’", "l'", "l’"]
        .iter()
        .find_map(|p| word.strip_prefix(p))
        .unwrap_or(word);
    rest.chars().next().is_some_and(char::is_uppercase)
}

/// Split "Chen & Okafor" / "Novak et al." / "Smith, Jones, and Lee" into names.
fn split_names(names: &str) -> (Vec<String>, bool) {
    let et_al = ET_AL.is_match(names);
    let names = ET_AL.replace(names, "");
    let list: Vec<String> = NAME_SEP
        .split(names.trim())
        .map(|n| {
            let n = n.trim().trim_end_matches(['.', ',']).trim();
            n.strip_suffix("'s")
                .or_else(|| n.strip_suffix("’s"))
                .unwrap_or(n)
                .to_string()
        })
        .filter(|n| !n.is_empty())
        .collect();
    (list, et_al)
}

/// (date, year suffix, pubstate) of one date as a citation writes it.
fn date_of(text: &str) -> (Option<Date>, Option<String>, Option<String>) {
    let t = text.trim();
    let lower = t.to_lowercase();
    if lower.starts_with("n.") {
        return (None, None, Some("n.d.".into()));
    }
    if lower.starts_with("in press") || lower.starts_with("forthcoming") {
        return (None, None, Some(lower));
    }
    match parse_date_text(t) {
        Some(d) => (Some(d.date), d.suffix, None),
        None => (None, None, None),
    }
}

/// Parse one ";"-separated part of a parenthetical citation into one citation per date.
fn parse_part(
    part: &str,
    offset: usize,
    index: &NameIndex<usize>,
    aliases: &mut Vec<(String, String)>,
) -> Vec<Citation> {
    let lead = part.len() - part.trim_start().len();
    let part_trim = part.trim();
    let (mut prefix, mut rest, mut rest_offset) = match PREFIX.find(part_trim) {
        Some(m) => (
            Some(m.as_str().trim().to_string()),
            &part_trim[m.end()..],
            offset + lead + m.end(),
        ),
        None => (None, part_trim, offset + lead),
    };
    let Some(mut first) = FIRST_DATE.captures(rest).and_then(|c| c.get(1)) else {
        return author_page(rest, rest_offset, prefix).into_iter().collect();
    };
    // "(see Chapters 4 and 5 of Koehn, 2010)", "(cf. the survey by Lopez, 2008)": prose before
    // names the list knows is the citation's prefix.
    if let Some(cut) = prose_before_names(&rest[..first.start()], index) {
        let prose = rest[..cut].trim();
        prefix = Some(match prefix {
            Some(p) => format!("{p} {prose}"),
            None => prose.to_string(),
        });
        rest = &rest[cut..];
        rest_offset += cut;
        first = match FIRST_DATE.captures(rest).and_then(|c| c.get(1)) {
            Some(m) => m,
            None => return Vec::new(),
        };
    }
    let names_raw = rest[..first.start()]
        .trim()
        .trim_end_matches([',', '.', ' '])
        .trim();
    let names_text = match DEFINED_ABBR.captures(names_raw) {
        Some(c) => {
            aliases.push((c["abbr"].to_string(), c["full"].to_string()));
            c.name("full").map_or(names_raw, |m| m.as_str())
        }
        None => names_raw,
    };
    let (names, et_al) = split_names(names_text);
    if names.is_empty() || !plausible_names(&names.join(" ")) {
        return Vec::new();
    }
    // Dates, separated by commas, then an optional locator.
    let mut citations = Vec::new();
    let mut pos = first.start();
    let mut first_citation = true;
    while let Some(m) = DATE.find(&rest[pos..]) {
        let date_text = m.as_str();
        let (date, suffix, pubstate) = date_of(date_text);
        let date_end = pos + m.end();
        let (span, text) = if first_citation {
            (
                Span::new(rest_offset, rest_offset + date_end),
                squash(&rest[..date_end]),
            )
        } else {
            (
                Span::new(rest_offset + pos, rest_offset + date_end),
                format!("{}, {}", names_raw, date_text),
            )
        };
        citations.push(Citation {
            span,
            text,
            target: Target::AuthorDate {
                names: names.clone(),
                et_al,
                date,
                suffix,
                pubstate,
            },
            narrative: false,
            prefix: prefix.clone(),
            locator: None,
        });
        first_citation = false;
        pos = date_end;
        let after = &rest[pos..];
        let sep = after.len() - after.trim_start_matches([',', ' ']).len();
        if sep > 0 && DATE.is_match(&after[sep..]) {
            pos += sep;
            continue;
        }
        let tail = after.trim_start_matches([',', ' ']).trim();
        if !tail.is_empty() {
            if !LOCATOR.is_match(tail) && tail.len() > 40 {
                return Vec::new(); // prose after a year: "(2019 was a dry year ...)"
            }
            // "(Lipofectamine 2000, Thermofisher)": a product, its number and its maker, when
            // the list knows no such name.
            let maker = !tail.contains(char::is_whitespace)
                && tail.starts_with(char::is_uppercase)
                && !tail.contains(|c: char| c.is_ascii_digit());
            if maker && !names.first().is_some_and(|n| known(index, n)) {
                return Vec::new();
            }
            if let Some(last) = citations.last_mut() {
                last.locator = Some(tail.to_string());
                last.text = format!("{}, {tail}", last.text);
            }
        }
        break;
    }
    citations
}

/// Where the names start in `before` (the text before a citation's date), when it opens with
/// prose that is no name ("Chapters 4 and 5 of Koehn", "the survey by Lopez"): after the last
/// word in lower case, if the names from there on are plausible and the list knows the first.
fn prose_before_names(before: &str, index: &NameIndex<usize>) -> Option<usize> {
    let names = before.trim_end().trim_end_matches([',', '.']);
    if plausible_names(names) {
        return None;
    }
    let (cut, _) = names.char_indices().rfind(|&(i, c)| {
        let word = names[i..].split_whitespace().next().unwrap_or("");
        (i == 0 || names[..i].ends_with(' '))
            && c.is_lowercase()
            && !crate::reference::is_particle(word)
            && !connective(word)
            && !ET_AL.is_match(word)
    })?;
    let start = cut + names[cut..].find(' ')? + 1;
    let candidate = names[start..].trim();
    let (list, _) = split_names(candidate);
    (plausible_names(candidate) && list.first().is_some_and(|n| known(index, n))).then_some(start)
}

/// MLA's author-page form: "(Alvarez 44)", "(Chen and Okafor 520)", "(Fazl-e-Haider 112–15)".
fn author_page(rest: &str, offset: usize, prefix: Option<String>) -> Option<Citation> {
    let caps = AUTHOR_PAGE.captures(rest)?;
    let names_text = caps.name("names")?.as_str();
    let (names, et_al) = split_names(names_text);
    if names.is_empty() || !plausible_names(&names.join(" ")) {
        return None;
    }
    Some(Citation {
        span: Span::new(offset, offset + rest.trim_end().len()),
        text: squash(rest),
        target: Target::AuthorDate {
            names,
            et_al,
            date: None,
            suffix: None,
            pubstate: None,
        },
        narrative: false,
        prefix,
        locator: caps.name("page").map(|m| m.as_str().to_string()),
    })
}

/// Is this name (or one letter off it) known from the reference list?
fn known(index: &NameIndex<usize>, name: &str) -> bool {
    let folded = fold_name(name);
    index.contains(&folded) || !index.near(&folded).is_empty()
}

/// How a citation stands before the paper-wide decision on author-page citations: "(Model 2)"
/// and "(Alvarez 44)" look alike, so those of names the list does not know are kept only in a
/// paper that cites that way throughout (MLA).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Standing {
    /// Kept whatever the paper's manner.
    Sure,
    /// Author-page, of a name the list knows: kept, and a vote for MLA.
    AuthorPageKnown,
    /// Author-page, of a name the list does not know: kept only in an MLA paper.
    AuthorPageUnknown,
}

/// The votes for the MLA decision, counted over the whole paper.
#[derive(Debug, Clone, Copy, Default)]
pub struct MlaVote {
    known: usize,
    sure: usize,
}

impl MlaVote {
    pub fn count(&mut self, standing: Standing) {
        match standing {
            Standing::Sure => self.sure += 1,
            Standing::AuthorPageKnown => self.known += 1,
            Standing::AuthorPageUnknown => {}
        }
    }

    /// Does the paper cite author-page throughout?
    pub fn mla(&self) -> bool {
        self.known >= 2 && self.known * 2 >= self.sure
    }
}

/// Find author-date citations in `body` (the paper with residue and reference list blanked):
/// every one, in text order, each with its standing. `names` holds the names the reference
/// list knows; narrative citations of unknown names are taken only in unmistakable forms ("et
/// al.", two names joined by "and", a possessive). Abbreviations the text defines ("World
/// Health Organization [WHO]") are pushed to `aliases`.
pub fn each_author_date(
    body: &str,
    names: &NameIndex<usize>,
    aliases: &mut Vec<(String, String)>,
    mut f: impl FnMut(Citation, Standing),
) {
    let parens: Vec<regex::Match<'_>> = PARENS.find_iter(body).collect();
    let mut bare = bare_citations(body, &parens, names).into_iter().peekable();
    for m in parens {
        while let Some(c) = bare.next_if(|c| c.span.start < m.start()) {
            f(c, Standing::Sure);
        }
        group(body, Inner::of(m), names, aliases, &mut f);
    }
    for c in bare {
        f(c, Standing::Sure);
    }
}

/// "O'Geen et al., 2010", "Hahn and Berg, 2009" written into a sentence with no parentheses
/// ("as O'Geen et al., 2010 or ... showed"): names in a strong form, a comma, a year.
static BARE: LazyLock<Regex> = LazyLock::new(|| {
    let name = r"(?:(?:van|von|de|der|den|del|di|da|du|le|la)\s)?\p{Lu}[\p{L}'’\-]+";
    Regex::new(&format!(
        r"(?P<names>{name}(?:\s+et\s+al\.?|\s+(?:and|&)\s+{name})),\s+(?P<year>(?:1[6-9]|20)\d\d[a-z]?)\b"
    ))
    .expect("BARE is a valid regex")
});

/// The [`BARE`] citations outside every pair of `parens`, whose first name the list knows.
fn bare_citations(
    body: &str,
    parens: &[regex::Match<'_>],
    names: &NameIndex<usize>,
) -> Vec<Citation> {
    let mut out = Vec::new();
    if !body.contains(" et al") && !body.contains(" and ") && !body.contains(" & ") {
        return out;
    }
    for caps in BARE.captures_iter(body) {
        let (Some(all), Some(who), Some(year)) =
            (caps.get(0), caps.name("names"), caps.name("year"))
        else {
            continue;
        };
        // Inside parentheses the group reader has it; a digit after the year is no year.
        let at = parens.partition_point(|m| m.end() <= all.start());
        let inside = parens.get(at).is_some_and(|m| m.start() < all.end());
        let digit_after = body[all.end()..].starts_with(|c: char| c.is_ascii_digit());
        let (list, et_al) = split_names(who.as_str());
        let first_known = list.first().is_some_and(|n| known(names, n));
        if inside || digit_after || !first_known {
            continue;
        }
        out.push(narrative_citation(
            Span::new(all.start(), all.end()),
            squash(all.as_str()),
            list,
            et_al,
            year.as_str(),
        ));
    }
    out
}

/// A narrative citation of `names` (and others, with `et_al`) in the year or status `when`.
fn narrative_citation(
    span: Span,
    text: String,
    names: Vec<String>,
    et_al: bool,
    when: &str,
) -> Citation {
    let (date, suffix, pubstate) = date_of(when);
    Citation {
        span,
        text,
        target: Target::AuthorDate {
            names,
            et_al,
            date,
            suffix,
            pubstate,
        },
        narrative: true,
        prefix: None,
        locator: None,
    }
}

/// The abbreviations the text defines, and nothing else: only the parentheses that may define
/// one (a "[WHO]" inside or just before them) are read, by the same code as
/// [`each_author_date`], so the two agree.
pub fn author_date_aliases(body: &str, names: &NameIndex<usize>) -> Vec<(String, String)> {
    let mut aliases = Vec::new();
    if !body.contains(['[', ']']) {
        return aliases;
    }
    for m in PARENS.find_iter(body) {
        let inner = Inner::of(m);
        if inner.text.contains('[') || body[..m.start()].trim_end().ends_with(']') {
            group(body, inner, names, &mut aliases, &mut |_, _| {});
        }
    }
    aliases
}

/// What a pair of parentheses holds, and where.
#[derive(Clone, Copy)]
struct Inner<'a> {
    start: usize,
    text: &'a str,
}

impl<'a> Inner<'a> {
    /// The inside of a [`PARENS`] match (found without capture groups: much the cheaper).
    fn of(parens: regex::Match<'a>) -> Self {
        let whole = parens.as_str();
        Inner {
            start: parens.start() + 1,
            text: &whole[1..whole.len() - 1],
        }
    }

    fn end(&self) -> usize {
        self.start + self.text.len()
    }
}

/// The citations of one pair of parentheses (and the names before it, when narrative).
fn group(
    body: &str,
    inner: Inner<'_>,
    names: &NameIndex<usize>,
    aliases: &mut Vec<(String, String)>,
    f: &mut impl FnMut(Citation, Standing),
) {
    if NARRATIVE_DATES.is_match(inner.text) {
        for c in narrative(body, inner.start - 1, inner, names, aliases).unwrap_or_default() {
            f(c, Standing::Sure);
        }
        return;
    }
    let mut offset = inner.start;
    for part in inner.text.split(';').flat_map(works) {
        for mut c in parse_part(part, offset, names, aliases) {
            drop_label(&mut c, names);
            let standing = if !is_author_page(&c) {
                Standing::Sure
            } else if first_name_known(&c, names) {
                Standing::AuthorPageKnown
            } else {
                Standing::AuthorPageUnknown
            };
            f(c, standing);
        }
        offset += part.len() + 1;
    }
}

/// "(BiRNN, Schuster and Paliwal, 1997)": a model's or method's name written before the
/// names, one word with a capital inside it that the list does not know, followed by a name it
/// knows, is the citation's prefix.
fn drop_label(c: &mut Citation, index: &NameIndex<usize>) {
    let Target::AuthorDate { names, .. } = &mut c.target else {
        return;
    };
    let label_like =
        |w: &str| !w.contains(' ') && w.chars().skip(1).any(char::is_uppercase) && !known(index, w);
    if names.len() >= 2 && label_like(&names[0]) && known(index, &names[1]) {
        let label = names.remove(0);
        c.prefix = Some(match c.prefix.take() {
            Some(p) => format!("{p} {label}"),
            None => label,
        });
    }
}

/// Find author-date citations: those kept (see [`Standing`]), in text order.
pub fn find_author_date(body: &str, names: &NameIndex<usize>) -> Found {
    let mut found = Found::default();
    let mut vote = MlaVote::default();
    let mut maybe = Vec::new();
    each_author_date(body, names, &mut found.aliases, |c, standing| {
        vote.count(standing);
        match standing {
            Standing::AuthorPageUnknown => maybe.push(c),
            _ => found.citations.push(c),
        }
    });
    if vote.mla() {
        found.citations.extend(maybe);
    }
    found.citations.sort_by_key(|c| c.span.start);
    found
}

/// A ";"-separated part cut where a year and a comma are followed by another work: names,
/// capitalised, then a date ("Laurent et al., 2015, Amodei et al., 2015"). A year followed by
/// a locator or another year stays one part. The pieces and one comma between each two cover
/// `part`.
fn works(part: &str) -> Vec<&str> {
    let mut pieces = Vec::new();
    let mut from = 0;
    for m in WORK_BREAK.find_iter(part) {
        let rest = &part[m.end()..];
        let names_then_date = rest.chars().next().is_some_and(char::is_uppercase)
            && FIRST_DATE
                .captures(rest)
                .and_then(|c| c.get(1))
                .is_some_and(|d| {
                    let names = rest[..d.start()].trim_end_matches([',', ' ']);
                    !names.is_empty() && !names.contains(',') || ET_AL.is_match(names)
                });
        if names_then_date {
            // The comma is dropped, as ";" is: one byte between pieces, so offsets add up.
            let comma = m.start() + m.as_str().find(',').unwrap_or(0);
            pieces.push(&part[from..comma]);
            from = comma + 1;
        }
    }
    pieces.push(&part[from..]);
    pieces
}

fn is_author_page(c: &Citation) -> bool {
    matches!(
        &c.target,
        Target::AuthorDate {
            date: None,
            pubstate: None,
            ..
        }
    )
}

fn first_name_known(c: &Citation, names: &NameIndex<usize>) -> bool {
    match &c.target {
        Target::AuthorDate { names: list, .. } => {
            list.first().is_some_and(|n| names.contains(&fold_name(n)))
        }
        _ => false,
    }
}

/// A narrative citation: the names before `open` (the parenthesis), then the dates inside.
fn narrative(
    body: &str,
    open: usize,
    inner: Inner<'_>,
    names: &NameIndex<usize>,
    aliases: &mut Vec<(String, String)>,
) -> Option<Vec<Citation>> {
    let window_start = crate::span::floor_char_boundary(body, open.saturating_sub(200));
    // Names do not run over an empty line: the paragraph or heading before is not theirs.
    let window_start = body[window_start..open]
        .rfind("\n\n")
        .map_or(window_start, |i| window_start + i + 2);
    let before = &body[window_start..open];
    let caps = narrative_names(before)?;
    let m = caps.name("names")?;
    let phrase = m.as_str();
    let (mut list, et_al) = split_names(phrase);
    // "However, Somasundaram (1997)": the adverb and its comma are not a first name.
    while list.len() > 1 && !list[0].contains(' ') && connective(&list[0]) {
        list.remove(0);
    }
    let first = list.first()?;
    // The phrase may start with words that are not names ("In Chen and Okafor"): keep the
    // shortest word-suffix of the first name that the list knows, else the strong forms.
    let words: Vec<&str> = first.split_whitespace().collect();
    let known_from = (0..words.len()).find(|&i| known(names, &words[i..].join(" ")));
    let strong =
        et_al || list.len() > 1 || caps.name("poss").is_some() || caps.name("abbr").is_some();
    let skip_words = match known_from {
        Some(i) => i,
        None if caps.name("abbr").is_some() => 0,
        // Unknown names in a strong form: drop sentence words before them ("In Smith et al.").
        None if strong => words
            .iter()
            .position(|w| !NOT_NAMES.contains(&w.to_lowercase().as_str()) && !connective(w))
            .unwrap_or(words.len()),
        None => return None,
    };
    if skip_words >= words.len() {
        return None;
    }
    let first_kept = words[skip_words..].join(" ");
    if !plausible_names(&first_kept) {
        return None;
    }
    let mut kept = list.clone();
    kept[0] = first_kept.clone();
    // Offset of the kept names in the body.
    let lead = phrase.find(&first_kept).unwrap_or(0);
    let names_start = window_start + m.start() + lead;
    if let Some(abbr) = caps.name("abbr") {
        aliases.push((abbr.as_str().to_string(), kept.join(" and ")));
    }
    // As written: names, possessive and a defined abbreviation ("WHO [WHO]") included.
    let names_text = body[names_start..open].trim_end();
    let mut out = Vec::new();
    let dates_text = inner.text;
    let mut pos = 0;
    while let Some(dm) = DATE.find(dates_text[pos..].trim_start_matches([',', ' '])) {
        let skip = dates_text[pos..].len() - dates_text[pos..].trim_start_matches([',', ' ']).len();
        let start = pos + skip;
        let span = if out.is_empty() {
            Span::new(names_start, inner.end() + 1)
        } else {
            Span::new(inner.start + start, inner.start + start + dm.len())
        };
        out.push(narrative_citation(
            span,
            format!("{} ({})", squash(names_text), dm.as_str()),
            kept.clone(),
            et_al,
            dm.as_str(),
        ));
        pos = start + dm.len();
    }
    let tail = dates_text[pos..].trim_start_matches([',', ' ']).trim();
    if let (false, Some(last)) = (tail.is_empty(), out.last_mut()) {
        last.locator = Some(tail.to_string());
        last.text = format!("{}, {tail})", last.text.trim_end_matches(')'));
    }
    Some(out)
}

/// Collapse the line breaks of a citation broken across lines, and the space that blanked
/// markup leaves before a comma ("*et al.*, 2003").
fn squash(text: &str) -> String {
    text.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .replace(" ,", ",")
}

#[cfg(test)]
mod tests;
