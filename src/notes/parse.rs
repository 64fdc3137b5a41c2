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

/// The publication parenthesis of a full citation: "(New York: Hill and Wang, 1995)",
/// "(1986)", "(Hill and Wang 1995)", "(PhD diss., Yale University, 2001)".
static PUB: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\(([^()]{0,160}?)\b(1[4-9]\d{2}|20\d{2})[a-z]?\)").expect("PUB is a valid regex")
});

/// Prose before a citation: "See", "see also", "Cf.", "compare", "quoted in", "For a
/// contrary view, see".
static PROSE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)(?:^|[\s(])(?:see(?:\s+also|\s+generally|\s+further)?(?:,?\s+e\.g\.,?|,\s+for\s+example,)?|cf\.|compare|quoted\s+in|cited\s+in|discussed\s+in|reprinted\s+in|contra|but\s+see|and\s+see|also)\s+",
    )
    .expect("PROSE is a valid regex")
});

/// Prose that joins two citations in one sentence, after the first one's page, parenthesis or
/// title: "215, and compare", "1995), see also", "*Rivers*, cf.".
static JOIN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)[\d)”’\x22*],\s+(?:and\s+)?(?:see(?:\s+also)?|compare|cf\.)\s")
        .expect("JOIN is a valid regex")
});

/// "Ibid.", "ibid 72", "Ibid., 72.", "Id. at 5".
static IBID: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:[Ii]bid|Id)\b\.?,?\s*(?:at\s+)?(.*)$").expect("IBID is a valid regex")
});

/// An OSCOLA cross-reference: "(n 3)", "n. 3 above", "supra note 3".
static CROSS_REF: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\(n\.?\s*(\d{1,3})\)|\bn\.?\s*(\d{1,3})\s+above\b|\bsupra\s+note\s+(\d{1,3})")
        .expect("CROSS_REF is a valid regex")
});

/// A short form: surname(s), then a short title, "op. cit." or a page, or both.
static SHORT: LazyLock<Regex> = LazyLock::new(|| {
    // Given names or initials may come first ("Alan M. Turing, ‘Digital Computers’, 289").
    let name = r"(?:(?:\p{Lu}[\p{L}'’\-]+|\p{Lu}\.)\s+){0,3}(?:(?:van|von|de|der|da|di|du|la|le|del|den)\s+)?\p{Lu}[\p{L}'’\-]+";
    let title = r#"\*[^*]+\*|_[^_]+_|“[^”]+”|"[^"]+"|‘(?:[^’]|’\p{L})+’|'[^']+'|\p{Lu}[^,;()]*?"#;
    let page = r"(?:pp?\.\s*)?[\dxivlc]+(?:\s*[–—-]\s*[\dxivlc]+)?(?:\s*n\.?\s*\d+)?";
    Regex::new(&format!(
        r"^(?P<names>{name}(?:\s+(?:and|&)\s+{name})?),\s*(?:(?P<cit>(?:op|loc)\.\s*cit\.)|(?P<title>{title}))?(?:,?\s*(?P<cit2>(?:op|loc)\.\s*cit\.))?(?:,?\s*(?P<page>{page}))?\s*$"
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
    Regex::new(r"[.,]\s*(?P<page>(?:pp?\.\s*)?\d+(?:\s*[–-]\s*\d+)?)\.?\s*$")
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
                quote_opens = blank;
            }
            '"' if !quote => {
                quote = true;
                quote_opens = blank;
            }
            '”' | '"'
                if quote && quote_opens && depth == 0 && text[..i].ends_with(['.', '?', '!']) =>
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
            '.' if depth == 0 && !star && !quote => {
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
    let rest = &seg[prose..limit];
    let lead = rest.len() - rest.trim_start().len();
    match rest.trim_start().strip_prefix("and ") {
        Some(_) => prose + lead + 4,
        None => prose,
    }
}

/// Trimmed bounds of `seg[s..e]`, as offsets into `seg`.
fn trim_bounds(seg: &str, s: usize, e: usize) -> (usize, usize) {
    let inner = &seg[s..e];
    let lead = inner.len() - inner.trim_start().len();
    let trail = inner.len() - inner.trim_end().len();
    (s + lead, e - trail)
}

fn collapse(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn nonempty(text: &str) -> Option<String> {
    let t = collapse(text.trim().trim_matches([',', '.', ';', ' ']).trim());
    (!t.is_empty()).then_some(t)
}

/// One segment read as a citation, or `None` for prose.
fn segment(seg: &str, base: usize) -> Option<NoteCite> {
    if let Some(pub_paren) = PUB.find(seg) {
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
        return Some(make(Form::Short, names, title, page));
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
    Regex::new(r"[\])]\s*\d{0,4}\s*\p{Lu}[\p{L}.\s]{0,30}?\s+\d+(?:\s*\([\p{L}\s]+\))?\s+(\d+(?:[–-]\d+)?)$")
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
        let close: &[char] = match c {
            '*' => &['*'],
            '_' if i == 0 || !text[..i].ends_with(char::is_alphanumeric) => &['_'],
            '“' => &['”'],
            '"' => &['"'],
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
            let after = text[j + close[0].len_utf8()..].chars().next();
            // A single closing quote is also an apostrophe ("Spinoza’s"): it closes only
            // before a space or punctuation.
            let closes = !matches!(c, '\'' | '‘') || after.is_none_or(|a| !a.is_alphanumeric());
            if closes && j > from {
                let end = j + close[0].len_utf8();
                return Some(Title {
                    outer: (i, end),
                    inner: (from, j),
                });
            }
            search = j + close[0].len_utf8();
        }
    }
    None
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

/// A full citation: the names before the title, the title, the publication parenthesis at
/// `p0..p1`, then a page. The citation is also made into a bibliography-shaped string
/// (first author inverted) for the reference parser.
fn full(seg: &str, base: usize, p0: usize, p1: usize) -> Option<NoteCite> {
    let title = title_in(&seg[..p0]);
    let limit = title.as_ref().map_or(p0, |t| t.outer.0);
    let mut start = cite_start(seg, limit);
    // With a marked title, the names are the run of name words just before it ("... can be
    // found in David Cole, ‘The ...’": David Cole).
    if title.is_some() {
        start = start.max(name_run_start(&seg[..limit]));
    }
    let (s, _) = trim_bounds(seg, start, p0);
    let (authors, rest_from, title_text) = match &title {
        Some(t) if t.outer.0 >= s => (
            seg[s..t.outer.0].trim().trim_end_matches(',').trim(),
            t.outer.0,
            Some(strip_marks(t.inner(seg))),
        ),
        _ => {
            // No marked title: names up to the first comma not followed by more names.
            let head = &seg[s..p0];
            let cut = plain_author_end(head)?;
            let rest = head[cut..].trim_start_matches([',', ' ']);
            let title = rest.split([',', '(']).next().map(strip_marks);
            (head[..cut].trim(), p0 - rest.len(), title)
        }
    };
    let legal_title = title_text.as_deref().is_some_and(|t| t.contains(" v "));
    if authors.chars().any(|c| c.is_ascii_digit()) {
        return None;
    }
    // What follows the parenthesis: an article's page range, then the page cited.
    let tail = &seg[p1..];
    let (range, locator) = tail_pages(tail);
    let (marked, after) = match title.as_ref().filter(|t| t.outer.0 >= s) {
        Some(t) => (
            Some((
                &seg[t.outer.0..t.inner.0],
                t.inner(seg),
                &seg[t.inner.1..t.outer.1],
            )),
            &seg[t.outer.1..p0],
        ),
        None => {
            let rest = &seg[rest_from..p0];
            let cut = rest.find([',', '(']).unwrap_or(rest.len());
            (Some(("", &rest[..cut], "")), &rest[cut..])
        }
    };
    let bib = bibliography_form(&invert(authors), marked, after, &seg[p0..p1], range);
    let mut work = reference::parse(&bib);
    // The parser may take a chapter's book for its title; the note's own title stands.
    if let Some(t) = &title_text {
        if work.title.as_ref() != Some(t) {
            if work.publisher.as_ref() == Some(t) {
                work.publisher = None;
            }
            work.title = Some(t.clone());
        }
    }
    if legal_title {
        work.authors.clear();
    }
    let (_, e) = trim_bounds(seg, s, seg.len());
    let e = s + seg[s..e].trim_end_matches(['.', ',', ';']).len();
    let year = PUB
        .captures(&seg[p0..p1])
        .or_else(|| YEAR.captures(&seg[limit.min(p1)..p1]))
        .and_then(|c| c[2].parse().ok());
    let mut names: Vec<String> = work
        .creators()
        .iter()
        .map(|n| n.family().to_string())
        .filter(|n| !n.is_empty())
        .collect();
    // Names the parser could not read are still the note's: the last word of each.
    if names.is_empty() && !legal_title {
        names = surnames(authors.trim_end_matches([',', '.']));
    }
    Some(NoteCite {
        span: Span::new(base + s, base + e),
        text: collapse(&seg[s..e]),
        form: Form::Full,
        names,
        title: work.title.clone(),
        year,
        prefix: nonempty(&seg[..start]),
        locator,
        legal: legal_title,
        work: Some(Box::new(work)),
    })
}

/// A full citation as a bibliography would give it: names inverted, the title closed with a
/// stop, "ed."/"trans." spelt out, and a Chicago or MHRA publication parenthesis ("(New York:
/// Hill and Wang, 1995)") opened into "New York: Hill and Wang, 1995." (an article's date
/// and an OSCOLA "(Hart 2012)" stay in parentheses).
fn bibliography_form(
    inverted: &str,
    marked: Option<(&str, &str, &str)>,
    after: &str,
    paren: &str,
    range: Option<String>,
) -> String {
    let mut bib = String::new();
    if !inverted.is_empty() {
        bib.push_str(inverted);
        bib.push_str(". ");
    }
    if let Some((open, inner, close)) = marked {
        let (open, close) = match open {
            "'" | "‘" => ("“", "”"),
            _ => (open, close),
        };
        let inner = inner.trim().trim_end_matches([',', '.']);
        // A stop goes inside quotation marks and after emphasis.
        match open {
            "*" | "_" => bib.push_str(&format!("{open}{inner}{close}.")),
            _ => bib.push_str(&format!("{open}{inner}.{close}")),
        }
    }
    let mut after = after
        .trim()
        .trim_start_matches([',', '.'])
        .trim()
        .to_string();
    if let Some(book) = after.strip_prefix("in ") {
        after = format!("In {book}");
    }
    let after = after
        .replace(", ed. ", ", edited by ")
        .replace(", eds. ", ", edited by ")
        .replace(", trans. ", ", translated by ");
    if !after.is_empty() {
        bib.push(' ');
        bib.push_str(&after);
    }
    let inner = paren
        .strip_prefix('(')
        .and_then(|p| p.strip_suffix(')'))
        .unwrap_or(paren);
    if paren.is_empty() {
        // No parenthesis: the date and place stay where the note has them.
    } else if inner.contains(':') {
        if !bib.ends_with(['.', '”', '"']) {
            bib.push('.');
        }
        bib.push(' ');
        bib.push_str(inner.trim());
    } else {
        bib.push_str(" (");
        bib.push_str(inner.trim());
        bib.push(')');
        if let Some(range) = &range {
            bib.push_str(": ");
            bib.push_str(range);
        }
    }
    bib.push('.');
    collapse(&bib)
}

/// Where the names before a title begin: walking back over capitalised words, initials,
/// particles, "and", "ed." and commas, up to a word of prose.
fn name_run_start(head: &str) -> usize {
    const PARTICLES: &[&str] = &[
        "and", "&", "de", "van", "von", "der", "den", "da", "di", "du", "la", "le", "del", "ed.",
        "eds.", "et", "al.",
    ];
    let mut start = head.len();
    let mut end = head.len();
    let mut last = true;
    for word in head.split_inclusive(char::is_whitespace).rev() {
        end -= word.len();
        let core = word.trim().trim_end_matches([',', ';']);
        // The word just before the title may end the names with a stop ("Chun, Wendy Hui
        // Kyong. “On Software”").
        let core = match last && !core.is_empty() {
            true => core.trim_end_matches('.'),
            false => core,
        };
        last &= core.is_empty();
        let name_like = is_initial(core)
            || PARTICLES.contains(&core)
            || PARTICLES.contains(&word.trim().trim_end_matches([',', ';']))
            || (core.chars().next().is_some_and(char::is_uppercase)
                && !NOT_NAMES.contains(&core)
                && !core.ends_with(['.', ':']));
        if !core.is_empty() && !name_like {
            break;
        }
        start = end;
    }
    // A run opening with "and" is prose joining two citations.
    let run = &head[start..];
    let lead = run.len() - run.trim_start().len();
    match run.trim_start().strip_prefix("and ") {
        Some(_) => start + lead + 4,
        None => start,
    }
}

/// "A.", "M.", "J.-P.": an initial.
fn is_initial(word: &str) -> bool {
    let letters: Vec<char> = word.chars().filter(|c| c.is_alphabetic()).collect();
    !letters.is_empty()
        && letters.len() <= 2
        && letters.iter().all(|c| c.is_uppercase())
        && word.ends_with('.')
}

/// A year standing alone in a citation's text, not inside a web address (group 2, as
/// [`PUB`]'s).
static YEAR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(^|[\s,(])(1[5-9]\d{2}|20\d{2})\b").expect("YEAR is a valid regex")
});

/// A full citation with no publication parenthesis: names, a marked title, then a date
/// ("Jane Doe, ‘Ports Reopen’, *The Courier*, 19 June 2012, sec. News"). With no names, the
/// title must open the citation (an authorless work).
fn undated_full(seg: &str, base: usize) -> Option<NoteCite> {
    let t = title_in(seg)?;
    let start = cite_start(seg, t.outer.0);
    let names = name_run_start(&seg[..t.outer.0]).max(start);
    let named = !seg[names..t.outer.0]
        .trim()
        .trim_end_matches(',')
        .trim()
        .is_empty();
    if !named && !seg[start..t.outer.0].trim().is_empty() {
        return None;
    }
    // The date comes after the title, outside any web address.
    let after = &seg[t.outer.1..];
    let dated = after
        .split_whitespace()
        .filter(|w| !w.contains("http") && !w.contains('/'))
        .any(|w| YEAR.is_match(w));
    if !dated {
        return None;
    }
    let end = seg.trim_end().trim_end_matches(['.', ',', ';']).len();
    full(seg, base, end, end)
}

/// The end of the names in a citation whose title is not marked: "Richard White, The ..." →
/// after "Richard White"; "Ann Lee, Bob Cho, and Carl Dunn, The ..." → after "Carl Dunn".
fn plain_author_end(head: &str) -> Option<usize> {
    let mut end = head.find(", ")?;
    loop {
        let rest = &head[end + 2..];
        let next = rest.find(", ").map(|j| end + 2 + j);
        let and_follows =
            rest.starts_with("and ") || next.is_some_and(|j| head[j + 2..].starts_with("and "));
        match next {
            Some(j) if and_follows && looks_like_names(&head[end + 2..j]) => end = j,
            _ => {
                if let Some(stripped) = rest.strip_prefix("and ") {
                    let j = stripped.find(", ")?;
                    end = end + 2 + 4 + j;
                }
                return Some(end);
            }
        }
    }
}

fn looks_like_names(text: &str) -> bool {
    let words: Vec<&str> = text.trim_start_matches("and ").split_whitespace().collect();
    (1..=4).contains(&words.len())
        && words
            .iter()
            .all(|w| w.chars().next().is_some_and(char::is_uppercase))
}

/// "Richard White" → "White, Richard"; "Richard White and Donald Worster" → "White, Richard,
/// and Donald Worster"; "Jane Doe, ed." → "Doe, Jane, ed.".
fn invert(authors: &str) -> String {
    let authors = authors.trim().trim_end_matches(',');
    // A stop that ends the names goes ("Kyong."), one that ends an initial or "Jr." stays.
    let last = authors.split_whitespace().last().unwrap_or_default();
    let authors = if is_initial(last) || matches!(last, "Jr." | "Sr.") {
        authors
    } else {
        authors.trim_end_matches('.')
    };
    if authors.is_empty() {
        return String::new();
    }
    // Already family name first, as a bibliography has it: "Chun, Wendy Hui Kyong".
    if let Some((family, _)) = authors.split_once(", ") {
        if !family.contains(' ') && !authors.contains(" and ") && !authors.contains(" & ") {
            return authors.to_string();
        }
    }
    let and = authors.find(" and ").or_else(|| authors.find(" & "));
    let (first, rest) = match (authors.find(", "), and) {
        (Some(c), Some(a)) => {
            let at = c.min(a);
            (&authors[..at], &authors[at..])
        }
        (Some(c), None) => (&authors[..c], &authors[c..]),
        (None, Some(a)) => (&authors[..a], &authors[a..]),
        (None, None) => (authors, ""),
    };
    let words: Vec<&str> = first.split_whitespace().collect();
    const SUFFIXES: &[&str] = &["Jr.", "Jr", "Sr.", "II", "III", "IV"];
    let (family_at, suffix) = match words.last() {
        Some(w) if SUFFIXES.contains(w) && words.len() > 2 => (words.len() - 2, Some(*w)),
        _ => (words.len().saturating_sub(1), None),
    };
    if words.len() < 2 {
        return authors.to_string();
    }
    // Particles go with the family name: "Alexis de Tocqueville" → "de Tocqueville".
    let mut from = family_at;
    while from > 1
        && words[from - 1]
            .chars()
            .next()
            .is_some_and(char::is_lowercase)
    {
        from -= 1;
    }
    let family = words[from..=family_at].join(" ");
    let given = words[..from].join(" ");
    let rest = rest.trim_start_matches(',').trim();
    let mut out = format!("{family}, {given}");
    if let Some(s) = suffix {
        out.push_str(", ");
        out.push_str(s);
    }
    if !rest.is_empty() {
        out.push_str(", ");
        out.push_str(rest);
    }
    out
}

/// After a publication parenthesis: an article's page range (": 1053–75", ", 1053–75") and
/// the page cited (", 45", " 45", "(p. 1055)", ", 1055").
fn tail_pages(tail: &str) -> (Option<String>, Option<String>) {
    static PAGES: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^\s*[,:]?\s*(?:at\s+)?(?:pp?\.\s*)?(?P<a>[\dxivlc]+(?:\s*[–—-]\s*[\dxivlc]+)?)(?:,\s*(?:pp?\.\s*)?(?P<b>\d+(?:\s*[–—-]\s*\d+)?))?(?:\s*\((?:pp?\.\s*)?(?P<c>[^)]+)\))?")
            .expect("PAGES is a valid regex")
    });
    static JOURNAL: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"^\s*\d{1,4}\s+\p{Lu}[\p{L}.&\s]{0,60}?\s+\d+(?:,\s*(?P<pin>\d+(?:\s*[–-]\s*\d+)?))?",
        )
        .expect("JOURNAL is a valid regex")
    });
    // OSCOLA: "(2016) 132 LQR 410, 415": volume, journal, first page, page cited.
    if let Some(c) = JOURNAL.captures(tail) {
        return (None, c.name("pin").map(|m| m.as_str().to_string()));
    }
    let Some(c) = PAGES.captures(tail) else {
        return (None, None);
    };
    let a = c.name("a").map(|m| m.as_str().to_string());
    let later = c.name("b").or(c.name("c")).map(|m| m.as_str().to_string());
    match later {
        Some(page) => (a, Some(page)),
        None => (None, a),
    }
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
