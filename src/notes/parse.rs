//! Reading one note: its text split into the works it cites (at top-level semicolons and at
//! sentence ends), each classed as a full citation (names first-name-first, a title, a
//! publication parenthesis), a short form (surname, short title, page), "Ibid."/"Id.", or a
//! cross-reference ("White (n 3) 60"), with the prose around it ("See also", "For a contrary
//! view, see") kept apart as its prefix.

use super::{Form, NoteCite};
use crate::reference;
use crate::span::Span;
use regex::Regex;
use std::sync::LazyLock;

mod full;
use full::{full, joining_and, name_run_start, undated_full};
#[cfg(test)]
use full::{invert, plain_author_end, DESCRIBED, YEAR};

/// The publication parenthesis of a full citation: "(New York: Hill and Wang, 1995)",
/// "(1986)", "(Hill and Wang 1995)", "(PhD diss., Yale University, 2001)", "(n.d.)",
/// "(forthcoming)", a Markdown-escaped "\(2011\)" (group 2: the year, or the words said
/// instead of one).
static PUB: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"\(([^()]{0,160}?)\b(1[4-9]\d{2}|20\d{2}|n\.\s?d\b\.?|forthcoming|in press|date unknown)[a-z]?\\?\)",
    )
        .expect("PUB is a valid regex")
});

/// Prose before a citation: "See", "see also", "Cf.", "compare", "quoted in", "qtd. in", "For a
/// contrary view, see".
static PROSE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)(?:^|[\s(])(?:see(?:\s+also|\s+generally|\s+further)?(?:,?\s+e\.g\.,?|,\s+for\s+example,)?|cf\.|compare|quoted\s+in|qtd\.\s+in|cited\s+in|discussed\s+in|reprinted\s+in|contra|but\s+see|and\s+see|also)\s+",
    )
    .expect("PROSE is a valid regex")
});

/// Prose that joins two citations in one sentence, after the first one's page, parenthesis or
/// title: "215, and compare", "1995), see also", "*Rivers*, cf.".
static JOIN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)[\d)”’\x22*],\s+(?:and\s+)?(?:see(?:\s+also)?|compare|cf\.)\s")
        .expect("JOIN is a valid regex")
});

/// "Ibid.", "ibid 72", "Ibid., 72.", "Ibid, 45", "Idem, 12", "Id. at 5".
static IBID: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:[Ii]bid|[Ii]dem|Id)\b\.?,?\s*(?:at\s+)?(.*)$").expect("IBID is a valid regex")
});

/// An OSCOLA cross-reference: "(n 3)", "n. 3 above", "supra note 3".
static CROSS_REF: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\(n\.?\s*(\d{1,3})\)|\bn\.?\s*(\d{1,3})\s+above\b|\bsupra\s+note\s+(\d{1,3})")
        .expect("CROSS_REF is a valid regex")
});

/// A short form: surname(s), then a short title, "op. cit." or a page, or both; or surname,
/// year and page ("Holcomb, 2005, 191"), as author-date papers write notes.
static SHORT: LazyLock<Regex> = LazyLock::new(|| {
    // Given names or initials may come first ("Alan M. Turing, ‘Digital Computers’, 289").
    let name = r"(?:(?:\p{Lu}[\p{L}'’\-]+|\p{Lu}\.)\s+){0,3}(?:(?:van|von|de|der|da|di|du|la|le|del|den)\s+)?\p{Lu}[\p{L}'’\-]+";
    let title = r#"\*[^*]+\*|_[^_]+_|“[^”]+”|"[^"]+"|‘(?:[^’]|’\p{L})+’|'[^']+'|\p{Lu}[^,;()]*?"#;
    let one = r"[\dxivlc]+(?:\s*(?:[–—]|-{1,3})\s*[\dxivlc]+)?";
    let page = format!(r"(?:pp?\.\s*)?{one}(?:\s*(?:,|&|and)\s*{one})*(?:\s*n\.?\s*\d+)?");
    Regex::new(&format!(
        r"^(?P<names>{name}(?:\s+(?:and|&)\s+{name})?),\s*(?:(?P<year>(?:1[5-9]|20)\d{{2}}[a-z]?),\s*)?(?:(?P<cit>(?:op|loc)\.\s*cit\.)|(?P<title>{title}))?(?:\s*,?\s*(?P<cit2>(?:op|loc)\.\s*cit\.))?(?:\s*,?\s*(?P<page>{page}))?\s*$"
    ))
    .expect("SHORT is a valid regex")
});

/// A case: "*Donoghue v Stevenson* [1932] AC 562 (HL) 580".
static CASE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?P<title>\*[^*]+\s+v\.?\s+[^*]+\*|\p{Lu}[^,;()\[\]*]*?\s+v\.?\s+\p{Lu}[^,;()\[\]*]*?),?\s*[\[(](?P<year>1[6-9]\d{2}|20\d{2})[\])]")
        .expect("CASE is a valid regex")
});

/// A statute: "Human Rights Act 1998, s 3".
static STATUTE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?P<title>\p{Lu}[\p{L}'’()]*\s+(?:(?:\p{Lu}[\p{L}'’()]*|of|and|for|the|on|in|to)\s+){0,8}(?:Act|Code|Regulations?|Order)\s+(?P<year>1[6-9]\d{2}|20\d{2}))(?:,?\s*(?P<page>.+))?$")
        .expect("STATUTE is a valid regex")
});

/// European Union legislation: "Council Directive 1999/44/EC of 25 May 1999 on ...",
/// "Regulation (EU) 2016/679 ..." (year first), "Regulation (EC) No 1907/2006" (number first).
static EU_LAW: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?P<title>(?:(?:Council|Commission|European Parliament and Council)\s+)?(?:Directive|Regulation|Decision)\s+(?:\((?:EC|EU|EEC|Euratom)\)\s+)?(?:No\s+\d+/(?P<year2>(?:19|20)\d{2})|(?P<year>(?:19|20)\d{2})/\d+)(?:/[A-Z]+)?)")
        .expect("EU_LAW is a valid regex")
});

/// Words that start a sentence of prose, never a surname in a short form.
const NOT_NAMES: &[&str] = &[
    "However",
    "Also",
    "This",
    "That",
    "These",
    "Those",
    "Thus",
    "Here",
    "There",
    "See",
    "Compare",
    "Contra",
    "For",
    "In",
    "On",
    "As",
    "But",
    "And",
    "The",
    "It",
    "See",
    "Note",
    "Moreover",
    "Indeed",
    "Similarly",
    "Likewise",
    "Again",
    "Yet",
    "So",
    "Still",
    "Some",
];

/// Every work a note cites, in order. `text` is the note's text; `base` its offset.
pub fn parse_note(text: &str, base: usize) -> Vec<NoteCite> {
    let unlinked = unlink(text);
    let text = unlinked.as_str();
    if let Some(cite) = author_date_entry(text, base) {
        return vec![cite];
    }
    segments(text)
        .into_iter()
        .filter_map(|(s, e)| segment(&text[s..e], base + s))
        .collect()
}

/// A note that is an author-date bibliography entry: "Rothstein, Richard. 2018. *The Color
/// of Law*. New York: Liveright. 55–56."
static AUTHOR_DATE_ENTRY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?P<family>\p{Lu}[\p{L}'’\-]+), \p{Lu}[\p{L}.\-]*(?:\s+\p{Lu}[\p{L}.\-]*){0,3}\.\s+\(?(?P<year>1[5-9]\d{2}|20\d{2})[a-z]?\)?\.\s+\S")
        .expect("AUTHOR_DATE_ENTRY is a valid regex")
});

/// A page at the end of a note: "... Liveright. 55–56."
static LAST_PAGE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"[.,]\s*(?P<page>(?:pp?\.\s*)?\d+(?:\s*(?:–|-{1,3})\s*\d+)?)\.?\s*$")
        .expect("LAST_PAGE is a valid regex")
});

/// A whole note written as an author-date bibliography entry (one work, names family first,
/// the year after them), read by the reference parser.
fn author_date_entry(text: &str, base: usize) -> Option<NoteCite> {
    let trimmed = text.trim();
    let c = AUTHOR_DATE_ENTRY.captures(trimmed)?;
    if NOT_NAMES.contains(&&c["family"]) || trimmed.contains(';') {
        return None;
    }
    let start = base + (text.len() - text.trim_start().len());
    let body = trimmed.trim_end_matches(['.', ',']);
    let page = LAST_PAGE.captures(trimmed);
    let entry_text = page
        .as_ref()
        .and_then(|p| p.get(0))
        .map_or(trimmed, |m| &trimmed[..m.start() + 1]);
    let work = reference::parse(entry_text);
    let names: Vec<String> = work
        .creators()
        .iter()
        .map(|n| n.family().to_string())
        .collect();
    if work.title.is_none() || names.first().map(String::as_str) != Some(&c["family"]) {
        return None;
    }
    Some(NoteCite {
        span: Span::new(start, start + body.len()),
        text: collapse(body),
        form: Form::Full,
        names,
        title: work.title.clone(),
        year: c["year"].parse().ok(),
        prefix: None,
        locator: page.map(|p| p["page"].to_string()),
        legal: false,
        work: Some(Box::new(work)),
    })
}

/// The note cut at top-level semicolons and at sentence ends (offsets into `text`).
fn segments(text: &str) -> Vec<(usize, usize)> {
    let bytes = text.as_bytes();
    let (mut depth, mut star, mut quote) = (0i32, false, false);
    // A quoted sentence that opens a segment is a quotation: whether the open quotation
    // did, and whether the segment so far is blank.
    let (mut quote_opens, mut blank) = (false, true);
    let mut cuts = vec![0];
    let mut prev_word_start = 0;
    for (i, c) in text.char_indices() {
        match c {
            '(' | '[' => depth += 1,
            ')' | ']' => depth = (depth - 1).max(0),
            '*' => star = !star,
            // An underscore inside a word (a web address's "3_3") is no emphasis.
            '_' if !(text[..i].ends_with(char::is_alphanumeric)
                && text[i + 1..].starts_with(char::is_alphanumeric)) =>
            {
                star = !star
            }
            '“' => {
                quote = true;
                quote_opens = blank || quotes_prose(&text[..i]);
            }
            '"' if !quote => {
                quote = true;
                quote_opens = blank || quotes_prose(&text[..i]);
            }
            // (TeX sets an ellipsis with a space's room after it, which a PDF's text keeps:
            // "his own . . . ” Eichbauer".)
            '”' | '"'
                if quote
                    && quote_opens
                    && depth == 0
                    && text[..i].trim_end().ends_with(['.', '?', '!']) =>
            {
                // A quoted sentence ends here: what follows is another sentence.
                quote = false;
                let next = text[i + c.len_utf8()..].trim_start();
                let spaced = text[i + c.len_utf8()..].starts_with(char::is_whitespace);
                if spaced && next.starts_with(char::is_uppercase) {
                    cuts.push(i + c.len_utf8());
                }
            }
            '”' => quote = false,
            '"' => quote = !quote,
            ';' if depth == 0 && !star && !quote => cuts.push(i + 1),
            // "... are possible.’ Ibid., 296.": a quotation's stop is inside its marks.
            'I' if depth == 0
                && text[i..].starts_with("Ibid")
                && text[..i].ends_with(char::is_whitespace)
                && text[..i].trim_end().ends_with(['.', '’', '”', '"', ')']) =>
            {
                quote = false;
                cuts.push(i);
            }
            '.' if depth == 0
                && !star
                && !quote
                && !NAMES_YEAR.is_match(&text[last_cut(&cuts)..i]) =>
            {
                let word = &text[prev_word_start..i];
                let next = text[i + 1..].trim_start();
                let spaced = bytes.get(i + 1).is_some_and(u8::is_ascii_whitespace);
                if spaced && starts_sentence(next) && ends_sentence(word) {
                    cuts.push(i + 1);
                }
            }
            _ => {}
        }
        if c.is_whitespace() || c == '(' {
            prev_word_start = i + c.len_utf8();
        }
        if cuts.last() == Some(&(i + c.len_utf8())) {
            blank = true;
        } else if !c.is_whitespace() {
            blank = false;
        }
    }
    cuts.push(text.len());
    // "See Halvorsen, p. 215, and compare Calloway, p. 12": prose between two citations.
    // Outside parentheses only: the depth at each join is read off one running count.
    let mut depth_at = 0i32;
    let mut counted = 0;
    let mut more: Vec<usize> = Vec::new();
    for m in JOIN.find_iter(text) {
        // Just after the comma.
        let at = m.start() + m.as_str().find(',').map_or(0, |c| c + 1);
        for c in text[counted..at].chars() {
            match c {
                '(' => depth_at += 1,
                ')' => depth_at = (depth_at - 1).max(0),
                _ => {}
            }
        }
        counted = at;
        if depth_at == 0 {
            more.push(at);
        }
    }
    cuts.append(&mut more);
    cuts.sort_unstable();
    cuts.windows(2)
        .map(|w| (w[0], w[1]))
        .filter(|(s, e)| !text[*s..*e].trim().is_empty())
        .collect()
}

/// Names and a date that open a citation, author-date fashion ("Chris Holcomb, (2006)"): the
/// stop after them does not end it.
static NAMES_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*\p{Lu}[\p{L}.'’\- ]{0,60}?,?\s*\((?:1[5-9]|20)\d{2}[a-z]?\)$")
        .expect("NAMES_YEAR is a valid regex")
});

fn last_cut(cuts: &[usize]) -> usize {
    cuts.last().copied().unwrap_or(0)
}

/// Does a quotation mark opened after `before` quote prose (after a verb, a colon, "as"), not
/// a title after names and a comma? A quoted sentence in prose ends the sentence with it.
fn quotes_prose(before: &str) -> bool {
    let before = before.trim_end();
    before.ends_with(':')
        || before
            .rsplit(char::is_whitespace)
            .next()
            .map(|w| w.trim_end_matches(','))
            .is_some_and(|w| w.chars().all(char::is_lowercase) && !w.is_empty() && w != "in")
}

fn starts_sentence(next: &str) -> bool {
    next.chars()
        .next()
        .is_some_and(|c| c.is_uppercase() || matches!(c, '*' | '_' | '“' | '"' | '‘'))
}

/// The word before a full stop ends a sentence: a page, a closing parenthesis or title,
/// "Ibid", or a lower-case word that is not an abbreviation.
fn ends_sentence(word: &str) -> bool {
    let word = word.trim_start_matches(['(', '“', '"', '‘', '*', '_']);
    if word.is_empty() {
        return false;
    }
    if matches!(word, "Ibid" | "ibid" | "Id") {
        return true;
    }
    let last = word.chars().last().unwrap_or(' ');
    if last.is_ascii_digit() || matches!(last, ')' | '”' | '"' | '’' | '*' | '_') {
        return !word.starts_with("no") && !word.starts_with("vol");
    }
    const ABBREVIATIONS: &[&str] = &[
        "trans", "repr", "comp", "eds", "diss", "cit", "esp", "passim", "rev", "orig", "abr",
        "pref", "intro", "ibid",
    ];
    word.chars().count() >= 4
        && word.chars().all(|c| c.is_lowercase() || c == '-')
        && !ABBREVIATIONS.contains(&word)
}

/// Where the citation starts in a segment: after the last prose marker before `limit`.
fn cite_start(seg: &str, limit: usize) -> usize {
    let prose = PROSE.find_iter(&seg[..limit]).last().map_or(0, |m| m.end());
    // "...; and White, *Organic Machine*, 60": the "and" joins, it is not a name.
    prose + joining_and(&seg[prose..limit])
}

/// Trimmed bounds of `seg[s..e]`, as offsets into `seg`.
fn trim_bounds(seg: &str, s: usize, e: usize) -> (usize, usize) {
    let inner = &seg[s..e];
    let lead = inner.len() - inner.trim_start().len();
    let trail = inner.len() - inner.trim_end().len();
    (s + lead, e - trail)
}

/// Spaces collapsed, and none before a comma (where a link's brackets were blanked).
fn collapse(text: &str) -> String {
    text.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .replace(" ,", ",")
}

/// A Markdown link `[text](target)`, its text on one line or several.
static MD_LINK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\[(?P<text>[^\[\]]{1,400})\]\((?P<target>[^()\s]{0,400})\)")
        .expect("MD_LINK is a valid regex")
});

/// The note with each Markdown link's brackets and target blanked, its text kept in place
/// (offsets hold): "Okafor, [*Tidewater Ledgers*](https://…), 45" reads as the short form
/// it is.
fn unlink(text: &str) -> String {
    let mut out = text.to_string();
    for c in MD_LINK.captures_iter(text) {
        let (Some(whole), Some(inner)) = (c.get(0), c.name("text")) else {
            continue;
        };
        // Only ASCII bytes are overwritten ("[", "](target)"), so the string stays UTF-8.
        let blank = |from: usize, to: usize, out: &mut String| {
            if text[from..to].is_ascii() {
                out.replace_range(from..to, &" ".repeat(to - from));
            }
        };
        blank(whole.start(), inner.start(), &mut out);
        blank(inner.end(), whole.end(), &mut out);
    }
    out
}

fn nonempty(text: &str) -> Option<String> {
    let t = collapse(text.trim().trim_matches([',', '.', ';', ' ']).trim());
    (!t.is_empty()).then_some(t)
}

/// One segment read as a citation, or `None` for prose.
fn segment(seg: &str, base: usize) -> Option<NoteCite> {
    // The publication parenthesis is the first after a marked title ("Lovelace Papers, folio
    // 12 (February 6, 1841), as quoted in Dorothy Stein, “This First Child,” in *Ada* (1985)").
    let mut parens = PUB.find_iter(seg);
    let first = parens.next();
    // The first title is found once: each parenthesis is then placed against it.
    let title_end = first.and_then(|_| title_in(seg)).map(|t| t.outer.1);
    let titled = first
        .into_iter()
        .chain(parens)
        .find(|m| title_end.is_some_and(|e| e <= m.start()));
    // "Chris Holcomb, (2006). “Anyone Can Be President,” ...": the date before the title.
    let dated_first = first
        .filter(|f| title_end.is_none_or(|e| e > f.start()) && title_after(seg, f.end()).is_some());
    if let Some(pub_paren) = dated_first.or(titled).or(first) {
        if let Some(cite) = full(seg, base, pub_paren.start(), pub_paren.end()) {
            return Some(cite);
        }
    } else if let Some(cite) = undated_full(seg, base) {
        return Some(cite);
    }
    let start = cite_start(seg, seg.len());
    let (s, e) = trim_bounds(seg, start, seg.len());
    let body = seg[s..e].trim_end_matches(['.', ',', ';']);
    let e = s + body.len();
    if body.is_empty() {
        return None;
    }
    let prefix = nonempty(&seg[..start]);
    let make = |form, names: Vec<String>, title: Option<String>, locator: Option<String>| {
        let span = Span::new(base + s, base + e);
        NoteCite {
            span,
            text: collapse(body),
            form,
            names,
            title,
            year: None,
            prefix: prefix.clone(),
            locator,
            legal: false,
            work: None,
        }
    };
    if let Some(c) = IBID.captures(body) {
        return Some(make(Form::Ibid, Vec::new(), None, nonempty(&c[1])));
    }
    if let Some(c) = CASE.captures(body) {
        return Some(legal(body, base + s, &c["title"], &c["year"], prefix));
    }
    if let Some(c) = EU_LAW.captures(body) {
        let year = c
            .name("year")
            .or(c.name("year2"))
            .map_or("", |y| y.as_str());
        return Some(legal(body, base + s, &c["title"], year, prefix));
    }
    if let Some(c) = STATUTE.captures(body) {
        let mut cite = legal(body, base + s, &c["title"], &c["year"], prefix);
        cite.locator = c.name("page").and_then(|p| nonempty(p.as_str()));
        return Some(cite);
    }
    if let Some(c) = CROSS_REF.captures(body) {
        let whole = c.get(0)?;
        let n: u32 = c.iter().skip(1).flatten().next()?.as_str().parse().ok()?;
        let head = body[..whole.start()].trim().trim_end_matches(',');
        let (names, title) = match title_in(head) {
            Some(t) => (
                surnames(&head[..t.outer.0]),
                Some(t.inner(head).to_string()),
            ),
            None => (surnames(head), None),
        };
        let locator = nonempty(&body[whole.end()..]);
        return Some(make(Form::CrossRef(n), names, title, locator));
    }
    if let Some(c) = SHORT.captures(body) {
        // Family names: the last word of each name.
        let names: Vec<String> = c["names"]
            .split(" and ")
            .flat_map(|n| n.split(" & "))
            .filter_map(|n| n.split_whitespace().last())
            .map(str::to_string)
            .collect();
        let title = c.name("title").map(|t| strip_marks(t.as_str()));
        let cited = c.name("cit").or(c.name("cit2")).is_some();
        let page = c.name("page").map(|p| p.as_str().to_string());
        if NOT_NAMES.contains(&names[0].as_str()) || (title.is_none() && page.is_none() && !cited) {
            return None;
        }
        let mut cite = make(Form::Short, names, title, page);
        cite.year = c.name("year").and_then(|y| y.as_str()[..4].parse().ok());
        return Some(cite);
    }
    // A title alone: a short form of an authorless work or a case ("*Donoghue*, 580").
    let t = title_in(body)?;
    if t.outer.0 == 0 {
        let rest = body[t.outer.1..].trim_start_matches([',', ' ']);
        // With a page: a title alone without one is a quotation or a name, not a citation.
        if rest.chars().any(|c| c.is_ascii_digit())
            && rest
                .chars()
                .all(|c| c.is_ascii_digit() || "–-, p.".contains(c))
        {
            let title = Some(t.inner(body).to_string());
            return Some(make(Form::Short, Vec::new(), title, nonempty(rest)));
        }
    }
    None
}

/// The page cited at the end of a case: "[1921] 2 KB 114 (CA) 120" → 120.
static CASE_PIN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"[\])]\s*\d{0,4}\s*\p{Lu}[\p{L}.\s]{0,30}?\s+\d+(?:\s*\([\p{L}\s]+\))?\s+(\d+(?:(?:–|-{1,3})\d+)?)$")
        .expect("CASE_PIN is a valid regex")
});

fn legal(body: &str, base: usize, title: &str, year: &str, prefix: Option<String>) -> NoteCite {
    let title = strip_marks(title);
    let year = year.parse().ok();
    let mut work = reference::parse(&format!("{title} ({}).", year.unwrap_or(0)));
    work.title = Some(title.clone());
    work.authors.clear();
    NoteCite {
        span: Span::new(base, base + body.len()),
        text: collapse(body),
        form: Form::Full,
        names: Vec::new(),
        title: Some(title),
        year,
        prefix,
        locator: CASE_PIN.captures(body).map(|c| c[1].to_string()),
        legal: true,
        work: Some(Box::new(work)),
    }
}

/// A title in a citation: italics or quotation marks. Offsets into the text searched.
struct Title {
    outer: (usize, usize),
    inner: (usize, usize),
}

impl Title {
    fn inner<'t>(&self, text: &'t str) -> &'t str {
        &text[self.inner.0..self.inner.1]
    }
}

/// The first title in `text`: `*...*`, `_..._`, “...”, "...", ‘...’, or '...' (a straight
/// single quote closes only before a comma, stop, parenthesis or the end, so an apostrophe
/// inside does not).
fn title_in(text: &str) -> Option<Title> {
    for (i, c) in text.char_indices() {
        // A converter or a writer may pair a straight quote with a curly one.
        let close: &[char] = match c {
            '*' => &['*'],
            '_' if i == 0 || !text[..i].ends_with(char::is_alphanumeric) => &['_'],
            '“' => &['”', '"'],
            '"' => &['"', '”'],
            '\'' if i == 0 || text[..i].ends_with([' ', '(']) => &['\''],
            '‘' => &['’'],
            _ => continue,
        };
        let from = i + c.len_utf8();
        // A title is closed within a few hundred bytes; looking no further keeps a text of
        // unclosed marks linear.
        let window = (from + 600).min(text.len());
        let window = (window..=text.len())
            .find(|&k| text.is_char_boundary(k))
            .unwrap_or(text.len());
        let mut search = from;
        while let Some(j) = text[search..window].find(close).map(|j| search + j) {
            let width = text[j..].chars().next().map_or(1, char::len_utf8);
            let after = text[j + width..].chars().next();
            // A single closing quote is also an apostrophe ("Spinoza’s"): it closes only
            // before a space or punctuation.
            let closes = !matches!(c, '\'' | '‘') || after.is_none_or(|a| !a.is_alphanumeric());
            if closes && j > from {
                let end = j + width;
                return Some(Title {
                    outer: (i, end),
                    inner: (from, j),
                });
            }
            search = j + width;
        }
    }
    None
}

impl Title {
    fn shifted(self, by: usize) -> Title {
        Title {
            outer: (self.outer.0 + by, self.outer.1 + by),
            inner: (self.inner.0 + by, self.inner.1 + by),
        }
    }
}

/// The title of a full citation in `seg[..p0]`: the first marked title with names just before
/// it, or that opens the citation. A quotation in the prose before the citation ("in his
/// terms, “the diagram is a machine.” Félix Guattari, “Machinic Heterogenesis,” ...") is
/// passed over; with no title so placed, the first one stands.
fn citing_title(seg: &str, p0: usize) -> Option<Title> {
    let head = &seg[..p0];
    let first = title_in(head)?;
    let mut at = 0;
    let mut next = Some(Title {
        outer: first.outer,
        inner: first.inner,
    });
    // A citation's title comes early; looking at a few keeps a note of many marks linear.
    let mut looked = 0;
    while let Some(t) = next.filter(|_| looked < 8) {
        looked += 1;
        let before = &head[..t.outer.0];
        let opened = cite_start(seg, t.outer.0);
        let names = &before[opened.max(name_run_start(before))..];
        if !names.trim().trim_end_matches(',').trim().is_empty()
            || before[opened..].trim().is_empty()
        {
            return Some(t);
        }
        at = at.max(t.outer.1);
        next = title_in(&head[at..]).map(|n| n.shifted(at));
    }
    Some(first)
}

/// A title just after a publication parenthesis that follows the names, as some notes put
/// the date ("Limor Fried (n.d.), “Binary & Data,” Khan Academy").
fn title_after(seg: &str, p1: usize) -> Option<Title> {
    let rest = &seg[p1..];
    let skip = rest.len() - rest.trim_start_matches([',', '.', ':', ' ']).len();
    title_in(&rest[skip..])
        .filter(|t| t.outer.0 == 0)
        .map(|t| t.shifted(p1 + skip))
}

fn strip_marks(title: &str) -> String {
    collapse(
        title
            .trim()
            .trim_matches(['*', '_', '“', '”', '"', '‘', '’', '\''])
            .trim_end_matches([',', '.'])
            .trim(),
    )
}

/// Family names in a short form's or cross-reference's head: "White", "White and Worster".
fn surnames(head: &str) -> Vec<String> {
    head.split(" and ")
        .filter_map(|n| n.split_whitespace().last())
        .map(|n| n.trim_matches([',', '.']).to_string())
        .filter(|n| n.chars().next().is_some_and(char::is_uppercase))
        .collect()
}

/// Does this text read as a note that cites a work (for notes at the foot of a page)?
pub fn cites_a_work(text: &str) -> bool {
    parse_note(text, 0).iter().any(|c| {
        matches!(c.form, Form::Full | Form::Ibid | Form::CrossRef(_))
            || (c.form == Form::Short && c.title.is_some() && !c.names.is_empty())
    })
}

#[cfg(test)]
mod tests;
