//! Pass 1, clean-up: markup out, list numbers out, `_x_` emphasis as `*x*`; and the tidying
//! every later pass applies to what it leaves (spaces, stray punctuation, field values).

use super::re;
use crate::reference::words::particles_pattern;
use regex::Regex;
use std::borrow::Cow;
use std::sync::LazyLock;

mod marks;
use marks::Marks;

/// Anchors to URLs, tags out, list number out, `_x_` to `*x*`, `**x**` to `*x*`, spaces collapsed.
/// Also says whether the entry opened with "———." (the previous entry's authors), and how
/// many, when names of its own follow ([`SameAuthors`]).
pub(super) fn clean(s: &str) -> (String, SameAuthors) {
    // Each repair runs only when its trigger is there (most entries need none), as one pass
    // over the text marks them ([`Marks`]), made again whenever a repair changes the text.
    let mut t = Text::new(s);
    // PDF text's ligature glyphs ("classiﬁcation", "Auﬂage") as the letters the word lists hold.
    if t.may(marks::LIGATURE) {
        t.set(crate::text::ligatures(&t.s));
    }
    if t.may(marks::ANGLE) && t.s.contains('<') {
        t.set(HTML_ANCHOR.replace_all(&t.s, " $1 ").into_owned());
        t.set(ANGLE_URL.replace_all(&t.s, " $1 ").into_owned());
        t.set(HTML_TAG.replace_all(&t.s, "").into_owned());
    }
    if t.may(marks::LINK) && t.s.contains("](") {
        t.set(unlink(&t.s));
    }
    // Before the list number goes: "17.Creed PA, Hicks RE." is "17. Creed PA, ...".
    if t.may(marks::GLUED_STOP) {
        if let Some(spaced) = unglue_stops(&t.s) {
            t.set(spaced);
        }
    }
    if t.may(marks::STOP_STATE) {
        if let Some(mended) = city_stop_state(&t.s) {
            t.set(mended);
        }
    }
    let first = |s: &str| s.trim_start().bytes().next().unwrap_or(0);
    if matches!(first(&t.s), b'[' | b'(' | b'0'..=b'9') {
        if let Some(m) = LEADING_NUMBER.find(&t.s) {
            t.set(t.s[m.end()..].to_string());
        }
    }
    if first(&t.s).is_ascii_digit() {
        t.set(LEADING_BARE_NUMBER.replace(&t.s, "$1").into_owned());
    }
    // Dashes for the previous entry's authors, one group a name ("--, --, and X. Niu"), and
    // whether the entry's own names follow them after "and". The dashes' first bytes: '\\',
    // '_', '-', and 0xE2 of '—' and '–'.
    let mut dashes = 0u8;
    while matches!(first(&t.s), b'\\' | b'_' | b'-' | 0xE2) {
        let Some(m) = SAME_AUTHOR_DASHES.find(&t.s) else {
            break;
        };
        t.set(t.s[m.end()..].to_string());
        dashes = dashes.saturating_add(1);
    }
    // "--, --, and --, 2007c:": the last of them after "and", no names of its own.
    if dashes > 0 {
        if let Some(m) = JOINED_DASHES.find(&t.s) {
            t.set(t.s[m.end()..].to_string());
            dashes = dashes.saturating_add(1);
        }
    }
    let joined = dashes > 0
        && match JOINED_NAMES.captures(&t.s).and_then(|c| c.get(1)) {
            Some(name) => {
                t.set(t.s[name.start()..].to_string());
                true
            }
            None => false,
        };
    let same_authors = SameAuthors {
        dashes,
        before_own: if joined { dashes } else { 0 },
    };
    // "Indares, A. , Dunning, G.": a space before a comma, from typing or conversion.
    if t.may(marks::SPACE_COMMA) && t.s.contains(" ,") {
        // "Lett .113 ,247203": a comma with its space before it instead of after.
        t.set(MOVED_COMMA.replace_all(&t.s, "$1, $2").into_owned());
        t.set(SPACED_COMMA.replace_all(&t.s, "$1,").into_owned());
    }
    // "Bao Q *, Zhao Y*,": a co-first author's star set off from the name.
    if t.may(marks::SPACE_STAR) && (t.s.contains(" *,") || t.s.contains(" *;")) {
        t.set(SPACED_STAR.replace_all(&t.s, "$1*$2").into_owned());
    }
    // 'J. M. Maldacena,"The large N limit ...",': a comma glued to an opening quote.
    if t.may(marks::QUOTE_AFTER_MARK)
        && (t.s.contains(",\"") || t.s.contains(",“") || glued_quote(&t.s))
    {
        if let Some(spaced) = comma_before_quote(&t.s) {
            t.set(spaced);
        }
    }
    // "U.Wolff, ...", "H.Vairinhos,P.de Forcrand": initials glued to the family name or its
    // particle, as PDF text loses the space.
    if t.may(marks::GLUED_INITIALS) && has_initials_glued_before(&t.s) {
        if let Cow::Owned(spaced) = INITIALS_GLUED_BEFORE.replace_all(&t.s, "$1$2 $3") {
            t.set(spaced);
        }
    }
    if t.may(marks::GLUED_COMMA) && has_glued_comma(&t.s) {
        t.set(COMMA_NO_SPACE.replace_all(&t.s, ", $1").into_owned());
    }
    if let Some(spaced) = unglue_joiners(&t.s) {
        t.set(spaced);
    }
    // A PDF's text with its spaces moved ("Berlin:Springer", "Oxford :Oxford", "Phys .Rev",
    // "Springer ,Berlin ,1983", "Merida( Mexico)2007"): colons, stops, a number after a
    // word's comma and brackets get them back.
    if t.may(marks::GLUED_COLON) && has_glued_colon(&t.s) {
        t.set(GLUED_COLON.replace_all(&t.s, "$1: $2").into_owned());
    }
    if t.may(marks::SPACE_COLON) && t.s.contains(" :") {
        t.set(MOVED_COLON.replace_all(&t.s, "$1: $2").into_owned());
    }
    if t.may(marks::SPACE_STOP) && t.s.contains(" .") {
        t.set(MOVED_STOP.replace_all(&t.s, moved_stop).into_owned());
    }
    if t.may(marks::GLUED_NUMBER) && has_glued_number(&t.s) {
        t.set(GLUED_NUMBER.replace_all(&t.s, "$1, $2").into_owned());
    }
    if t.may(marks::SPACED_BRACKET) && (t.s.contains("( ") || t.s.contains(" )")) {
        t.set(
            SPACED_BRACKETS
                .replace_all(&t.s, spaced_bracket)
                .into_owned(),
        );
    }
    if t.may(marks::BACKSLASH) && (t.s.contains("\\text") || t.s.contains("\\emph")) {
        t.set(LATEX_TEXT.replace_all(&t.s, latex_text).into_owned());
    }
    if t.may(marks::STAR) && t.s.contains("**") {
        t.set(t.s.replace("**", "*"));
    }
    if t.may(marks::UNDERSCORE) && t.s.contains('_') {
        t.set(UNDERSCORE_EMPH.replace_all(&t.s, "$1*$2*$3").into_owned());
    }
    // "Nucl. Phys. A 714 (2003)589": the page glued to the year's bracket, as PDF text loses
    // the space.
    if t.may(marks::YEAR_THEN_PAGE) {
        if let Some(spaced) = unglue_year_and_page(&t.s) {
            t.set(spaced);
        }
    }
    // "정태연(2008). 한국노년학에서 ...", "Okafor(2001a)": a year's bracket glued to the name.
    if t.may(marks::GLUED_YEAR) {
        if let Cow::Owned(spaced) = GLUED_YEAR.replacen(&t.s, 1, "$1 $2") {
            t.set(spaced);
        }
    }
    // "LHCb collaboration, R. Aaij et al., ...": the people are the authors.
    if COLLAB.find(t.s.as_bytes()).is_some() {
        if let Some(people) = after_collaboration(&t.s) {
            t.set(people);
        }
    }
    let collapsed = if t.may(marks::BLANKS) {
        collapse_spaces(&t.s)
    } else {
        t.s.into_owned()
    };
    (collapsed, same_authors)
}

/// A text being cleaned and its [`Marks`], kept in step.
struct Text<'a> {
    s: Cow<'a, str>,
    marks: Marks,
}

impl<'a> Text<'a> {
    fn new(s: &'a str) -> Self {
        Text {
            marks: Marks::of(s),
            s: Cow::Borrowed(s),
        }
    }

    /// The text is now `s`.
    fn set(&mut self, s: String) {
        self.marks = Marks::of(&s);
        self.s = Cow::Owned(s);
    }

    fn may(&self, bits: u32) -> bool {
        self.marks.may(bits)
    }
}

/// `s` with the stop between a publishers' city and its state's code before the publisher's
/// colon written as the comma it stands for ("Belmont. CA: Wadsworth" is "Belmont, CA:
/// Wadsworth"); none if there is no such stop. Not after a word that is no city ("Tidal
/// Research. NY: Harrow": the title's last word).
pub(super) fn city_stop_state(s: &str) -> Option<String> {
    let at = s.match_indices(". ").map(|(i, _)| i).find(|&i| {
        let after = &s.as_bytes()[i + 2..];
        let state = after.len() >= 3
            && after[0].is_ascii_uppercase()
            && after[1].is_ascii_uppercase()
            && after[2] == b':'
            && crate::reference::fields::is_region(&s[i + 2..i + 4]);
        state && crate::reference::words::is_city(s[..i].rsplit(' ').next().unwrap_or(""))
    })?;
    Some(format!("{}, {}", &s[..at], &s[at + 2..]))
}

/// A year in brackets with a number's first digit glued after it: "(2003)5", "( 2000)0".
static YEAR_THEN_NUMBER: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\(\s*(?:1[5-9]|20)[0-9]{2}[a-z]?\s*\)[0-9]",
        "YEAR_THEN_NUMBER",
    )
});

/// A letter glued to a bracketed year: the first such in the entry.
static GLUED_YEAR: LazyLock<Regex> =
    LazyLock::new(|| re(r"(\p{L})(\((?:1[5-9]|20)[0-9]{2}[a-z]?\))", "GLUED_YEAR"));

/// `s` with a space between each year's bracket and the number glued after it ("(2003)589"),
/// not inside an identifier ("10.1007/JHEP11(2013)158"); `None` where there is none.
fn unglue_year_and_page(s: &str) -> Option<String> {
    let mut out = String::new();
    let mut last = 0;
    for m in YEAR_THEN_NUMBER.find_iter(s) {
        let word = s[..m.start()]
            .rsplit(char::is_whitespace)
            .next()
            .unwrap_or("");
        if word.contains('/') {
            continue;
        }
        // The bracket and its year, then a space, then the digit.
        let close = m.end() - 1;
        out.push_str(&s[last..close]);
        out.push(' ');
        last = close;
    }
    (last > 0).then(|| {
        out.push_str(&s[last..]);
        out
    })
}

/// A collaboration named before its people, as particle physics and astronomy cite
/// ("LHCb collaboration, R. Aaij et al., LHCb detector performance, ...", "H.E.S.S.
/// collaboration, Abramowski A., et al., 2010, A&A", "Virgo and LIGO Scientific
/// collaborations, B.P. Abbott et al."): one to four words, "and" or commas between them, and
/// "collaboration" or "Collab.", then a comma, or the people in brackets (group 1) and maybe a
/// comma ("ATLAS Collab. (G. Aad et al.), Phys. Lett. B 716").
static COLLABORATION_HEAD: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^\s*(?:\p{Lu}[\p{L}\p{N}.&+/-]*(?:,\s*|\s+(?:and|&)\s+|\s+)){1,4}(?:[Cc]ollaborations?|Collab\.)\s*(?:,|\(([^()]{3,300})\)\s*,?)\s*",
        "COLLABORATION_HEAD",
    )
});

/// A person's name opening a text: initials first, then a comma, "et al." or "and" ("R.
/// Aaij et al.,", "L. Cunqueiro,"; not a journal: "J. Instrum. 3"), or after the family name
/// ("Abramowski A.,").
static PERSON_FIRST: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^(?:(?:\p{Lu}\.[ -]?){1,3}\p{Lu}[\p{Ll}'’-]+(?:,|\s+et\s+al|\s+and\s)|\p{Lu}[\p{Ll}'’-]+,?\s+(?:\p{Lu}\.\s?){1,3}[,;]?\s)",
        "PERSON_FIRST",
    )
});

/// The text after a collaboration named before its people ([`COLLABORATION_HEAD`]), the
/// people first, or None; a collaboration before a title stays the author ("ATLAS
/// Collaboration, The ATLAS Experiment at the CERN Large Hadron Collider").
fn after_collaboration(s: &str) -> Option<String> {
    let head = COLLABORATION_HEAD.captures(s)?;
    let rest = &s[head.get(0)?.end()..];
    match head.get(1) {
        Some(people) => {
            let people = people.as_str().trim();
            PERSON_FIRST
                .is_match(&format!("{people},"))
                .then(|| format!("{people}, {rest}"))
        }
        None => PERSON_FIRST.is_match(rest).then(|| rest.to_string()),
    }
}

/// A star after a name's initials with a space before it, then a comma or semicolon.
static SPACED_STAR: LazyLock<Regex> =
    LazyLock::new(|| re(r"(\b\p{Lu}{1,3}\.?)[ \t]+\*([,;])", "SPACED_STAR"));

/// Spaces before a comma that follows a word or a stop ("A. ,", "Smith ,").
static SPACED_COMMA: LazyLock<Regex> =
    LazyLock::new(|| re(r"([\p{L}\p{N}.)])[ \t]+,", "SPACED_COMMA"));

/// `<a href="URL">text</a>` → its URL.
static HTML_ANCHOR: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r#"(?i)<a\s[^>]*?href\s*=\s*["']([^"'>]*)["'][^>]*>[^<]*</a>"#,
        "HTML_ANCHOR",
    )
});

/// A Markdown link `[text](target)`, as marker and docling write titles and URLs in entries
/// (`[Accelerating large language](https://doi.org/…) [model decoding …](https://doi.org/…)`,
/// a name cut by a page link: `[Lep](#page-37-2)[ikhin et al.,](#page-37-2)`).
static MD_LINK: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\[(?P<text>(?:\\.|[^\[\]\\\n]|\[[^\[\]\n]*\])*)\]\((?P<target>[^()\s]*)\)",
        "MD_LINK",
    )
});

/// Markdown links undone: a link's text stays where it was; a text that is the link's URL
/// (or a piece of it: converters cut a long URL over several links to the same target)
/// becomes the whole URL, once; the web address of a link over other text (a title linked
/// to its DOI) goes to the end of the entry, where identifiers are read.
fn unlink(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut targets: Vec<&str> = Vec::new();
    let mut last = 0;
    let mut previous: Option<&str> = None;
    for caps in MD_LINK.captures_iter(s) {
        let (Some(whole), Some(text), Some(target)) =
            (caps.get(0), caps.name("text"), caps.name("target"))
        else {
            continue;
        };
        let (text, target) = (text.as_str().trim(), target.as_str());
        out.push_str(&s[last..whole.start()]);
        last = whole.end();
        let web = target.starts_with("http") || target.starts_with("www.");
        let url_piece = web
            && !text.is_empty()
            && !text.contains(char::is_whitespace)
            && (text.contains("://")
                || text.starts_with("www.")
                || text.starts_with("doi.org")
                || target.contains(text.trim_end_matches(['.', ',']))
                || previous == Some(target));
        if url_piece {
            if previous == Some(target) {
                // The space between two pieces of one URL goes with the piece.
                out.truncate(out.trim_end().len());
            } else {
                out.push_str(target);
            }
            previous = Some(target);
            continue;
        }
        previous = None;
        out.push_str(text);
        if web && !targets.contains(&target) {
            targets.push(target);
        }
    }
    out.push_str(&s[last..]);
    for target in targets {
        if !out.contains(target) {
            out.push(' ');
            out.push_str(target);
        }
    }
    out
}

/// `<http://...>` → the URL.
static ANGLE_URL: LazyLock<Regex> =
    LazyLock::new(|| re(r"<((?:https?://|www\.)[^<>\s]*)>", "ANGLE_URL"));

/// Any other HTML/XML tag.
static HTML_TAG: LazyLock<Regex> =
    LazyLock::new(|| re(r"</?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]*)?/?>", "HTML_TAG"));

/// A list number or label before the entry: "[12]", "[Smith2006-MIT]", "(3)", "12.", "4)".
static LEADING_NUMBER: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^\s*(?:\[\s*[0-9]{1,4}[a-z]?\s*\]|\[[^\]\s]+\]|\(\s*[0-9]{1,3}\s*\)|[0-9]{1,3}[.)]\s)\s*",
        "LEADING_NUMBER",
    )
});

/// A list number without punctuation before a capital: "13 Cartier, E."
static LEADING_BARE_NUMBER: LazyLock<Regex> =
    LazyLock::new(|| re(r"^\s*[0-9]{1,3}\s+(\p{Lu})", "LEADING_BARE_NUMBER"));

/// The dashes that opened an entry for the previous entry's authors ([`clean`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(super) struct SameAuthors {
    /// Groups of dashes, one a name ("--, --,": 2); 0 when there are none.
    pub dashes: u8,
    /// When the entry's own names follow after "and": the names the dashes stand for.
    pub before_own: u8,
}

/// "and" or "&" and dashes again after the dashes ("--, --, and --, 2007c:").
static JOINED_DASHES: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^\s*(?:and|&)\s+(?:\\?[—–_\-]){2,}\s*[.,]?\s*",
        "JOINED_DASHES",
    )
});

/// "and" or "&" opening the names after the dashes ("——, and C. W. Landsea").
static JOINED_NAMES: LazyLock<Regex> =
    LazyLock::new(|| re(r"^\s*(?:and|&)\s+(\p{Lu})", "JOINED_NAMES"));

/// "———." / "______." / marker's "\\_\\_\\_" standing for the previous entry's authors; one
/// dash before its comma or stop too ("- , \"Title,\"", IEEE's as OCR leaves it).
static SAME_AUTHOR_DASHES: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^\s*(?:(?:\\?[—–_\-]){2,}\s*[.,]?|[—–\-]\s*[.,])\s*",
        "SAME_AUTHOR_DASHES",
    )
});

/// LaTeX text commands OCR converters write into entries: `\textit{Title}`, `\emph{...}`,
/// `\textbf{...}`, `\texttt{jacc}`, and `\textsuperscript{39}` footnote marks.
static LATEX_TEXT: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\\(textit|emph|textsl|textbf|texttt|textrm|textsf|textsc|textsuperscript)\{([^{}]*)\}",
        "LATEX_TEXT",
    )
});

/// Italic commands become Markdown emphasis (titles in italics are read so), footnote marks
/// go, other commands leave their text.
fn latex_text(caps: &regex::Captures<'_>) -> String {
    match &caps[1] {
        "textit" | "emph" | "textsl" => format!("*{}*", &caps[2]),
        "textsuperscript" => String::new(),
        _ => caps[2].to_string(),
    }
}

/// A comma glued to the next word: "Schuraytz,B.C." (not digits: "5,895").
static COMMA_NO_SPACE: LazyLock<Regex> = LazyLock::new(|| re(r",(\p{L})", "COMMA_NO_SPACE"));

/// `_emphasis_` at word edges (converted to `*emphasis*`).
static UNDERSCORE_EMPH: LazyLock<Regex> =
    LazyLock::new(|| re(r"(^|[\s(\[])_([^_]+)_([\s.,;:)\]?!]|$)", "UNDERSCORE_EMPH"));

/// A comma between a word and a number ("Chicago,1984"; not "1,000").
fn has_glued_number(s: &str) -> bool {
    s.as_bytes().windows(3).any(|w| {
        w[1] == b',' && w[2].is_ascii_digit() && (w[0].is_ascii_alphabetic() || w[0] == b')')
    })
}

/// A colon between a letter and a capital or a non-ASCII letter, byte by byte: the cheap
/// test before [`GLUED_COLON`] (most colons have a space after them).
fn has_glued_colon(s: &str) -> bool {
    s.as_bytes().windows(3).any(|w| {
        w[1] == b':'
            && (w[0].is_ascii_alphabetic() || w[0] >= 0x80)
            && (w[2].is_ascii_uppercase() || w[2] >= 0x80)
    }) && GLUED_COLON.is_match(s)
}

/// A colon glued between two words, the second capitalised ("Berlin:Springer",
/// "Gravity:The Theory"; not "http://", "doi:10.1", "arXiv:1234").
static GLUED_COLON: LazyLock<Regex> =
    LazyLock::new(|| re(r"(\p{L}{2}):(\p{Lu}\p{Ll})", "GLUED_COLON"));

/// A comma with its space before it instead of after ("113 ,247203", "Berlin ,1983").
static MOVED_COMMA: LazyLock<Regex> =
    LazyLock::new(|| re(r"([\p{L}\p{N}.)]) ,([\p{L}\p{N}(])", "MOVED_COMMA"));

/// A colon with its space before it instead of after ("Oxford :Oxford University Press",
/// "In :Duplantier"; not French's "Titre : sous-titre").
static MOVED_COLON: LazyLock<Regex> = LazyLock::new(|| re(r"(\p{L}) :(\p{L})", "MOVED_COLON"));

/// A full stop with its space before it instead of after ("Phys .Rev .Lett .71", "S .Dürr",
/// "Fluids ."): after a letter, before a capital, a number or the end of a word.
static MOVED_STOP: LazyLock<Regex> =
    LazyLock::new(|| re(r"(\p{L}) \.(\p{Lu}|[0-9]|\s|$)", "MOVED_STOP"));

/// "Rev .Lett" → "Rev. Lett", "Lett .71" → "Lett. 71", "Fluids ." → "Fluids.".
fn moved_stop(caps: &regex::Captures<'_>) -> String {
    let next = caps.get(2).map_or("", |m| m.as_str());
    if next.is_empty() || next.starts_with(char::is_whitespace) {
        format!("{}.{next}", &caps[1])
    } else {
        format!("{}. {next}", &caps[1])
    }
}

/// [`has_glued_number`]'s comma.
static GLUED_NUMBER: LazyLock<Regex> = LazyLock::new(|| re(r"([\p{L})]),([0-9])", "GLUED_NUMBER"));

/// A bracket with a space inside it ("( Mexico)", "( 2014 )"), glued to the word or number
/// before ("Merida( Mexico)", "D68( 2003)") or with a number glued after it ("( Mexico)2007",
/// "( 2003)104030").
static SPACED_BRACKETS: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?P<word>[\p{L}\p{N}])?\(\s+(?P<inside>[^()]*?)\s*\)(?P<number>[0-9]+)?|\(\s*(?P<inside2>[^()]*?)\s+\)",
        "SPACED_BRACKETS",
    )
});

/// "Merida( Mexico)2007" → "Merida (Mexico) 2007"; "D68( 2003)104030" → "D68 (2003) 104030".
fn spaced_bracket(caps: &regex::Captures<'_>) -> String {
    if let Some(inside) = caps.name("inside2") {
        return format!("({})", inside.as_str());
    }
    let word = caps
        .name("word")
        .map_or(String::new(), |w| format!("{} ", w.as_str()));
    let inside = caps.name("inside").map_or("", |m| m.as_str());
    let number = caps
        .name("number")
        .map_or(String::new(), |n| format!(" {}", n.as_str()));
    format!("{word}({inside}){number}")
}

/// A comma directly followed by a letter ("Schuraytz,B.C.").
fn has_glued_comma(s: &str) -> bool {
    s.as_bytes()
        .windows(2)
        .any(|w| w[0] == b',' && (w[1].is_ascii_alphabetic() || w[1] >= 0x80))
}

/// Is a closing quote glued between a stop, question or exclamation mark and a word
/// (`elements 117."Pure and Applied Chemistry`, `“Tides?”Nature`): the cheap test before
/// [`comma_before_quote`].
fn glued_quote(s: &str) -> bool {
    // Byte by byte: '"', or '”' (E2 80 9D) found by its first byte.
    let b = s.as_bytes();
    memchr::memchr2_iter(b'"', 0xE2, b).any(|i| {
        let len = match b[i] {
            b'"' => 1,
            _ if b[i + 1..].starts_with(&[0x80, 0x9D]) => 3,
            _ => return false,
        };
        let after = &s[i + len..];
        i > 0
            && matches!(b[i - 1], b',' | b'.' | b'?' | b'!')
            && after.starts_with(|c: char| c.is_alphanumeric())
    })
}

/// `s` with a space after each comma glued to an opening quote (`,"The`, `,“The`; a straight
/// quote opens where an even number of them stand before it), and after a closing quote
/// glued to the next word after a comma, stop, question or exclamation mark
/// (`superconductors,"Phys. Rev. B`, `elements.”Nature`: the journal is no part of the
/// quoted title's last word), or None when there is none.
fn comma_before_quote(s: &str) -> Option<String> {
    let mut out = String::with_capacity(s.len() + 4);
    let mut straight = 0usize;
    let mut changed = false;
    let mut space_after_quote = false;
    for (i, c) in s.char_indices() {
        out.push(c);
        if c == '"' {
            straight += 1;
        }
        if space_after_quote {
            out.push(' ');
            space_after_quote = false;
        }
        if !matches!(c, ',' | '.' | '?' | '!') {
            continue;
        }
        let rest = &s[i + 1..];
        let opening =
            rest.starts_with('“') || (rest.starts_with('"') && straight.is_multiple_of(2));
        let closing = rest.starts_with('”') || (rest.starts_with('"') && !opening);
        let word = rest[rest.chars().next().map_or(0, char::len_utf8)..]
            .starts_with(|c: char| c.is_alphanumeric());
        if opening && word && c == ',' {
            out.push(' ');
            changed = true;
        } else if closing && word {
            space_after_quote = true;
            changed = true;
        }
    }
    changed.then_some(out)
}

/// Initials glued before a family name or its particle ("U.Wolff", "P.de Forcrand",
/// "J.-P.Sartre"), at a name's start.
static INITIALS_GLUED_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        &format!(
            r"(^|[\s,;(&])((?:\p{{Lu}}\.-?){{1,3}})(\p{{Lu}}\p{{Ll}}|(?:{})\s)",
            particles_pattern()
        ),
        "INITIALS_GLUED_BEFORE",
    )
});

/// The searchers for [`unglue_joiners`]' words.
static COLLAB: LazyLock<memchr::memmem::Finder<'static>> =
    LazyLock::new(|| memchr::memmem::Finder::new("ollab"));
static AND: LazyLock<memchr::memmem::Finder<'static>> =
    LazyLock::new(|| memchr::memmem::Finder::new("and"));
static ET: LazyLock<memchr::memmem::Finder<'static>> =
    LazyLock::new(|| memchr::memmem::Finder::new("et"));

/// PDF text that lost a space around the word joining the last two names: "and" glued to
/// the name after it ("Goßler S andDanzmann K", "V. Mateu, andI .W .Stewart"), French "et"
/// glued to a family name in capitals and to the name after it ("M. R. TRUTERet J. N.
/// WINGFIELD", "J. P. DoucETetR. UZAN"). The words apart, or None.
fn unglue_joiners(s: &str) -> Option<String> {
    let b = s.as_bytes();
    let upper = |i: usize| b.get(i).is_some_and(u8::is_ascii_uppercase);
    // The two words looked for with memchr's vector search: most entries hold "et" or "and"
    // a few times at most, where a pass over every byte cost more.
    let mut spaces = Vec::new();
    for i in AND.find_iter(b) {
        if (i == 0 || matches!(b[i - 1], b' ' | b',')) && upper(i + 3) {
            spaces.push(i + 3);
        }
    }
    for i in ET.find_iter(b) {
        if i >= 2 && upper(i - 1) && upper(i - 2) {
            if upper(i + 2) {
                spaces.extend([i, i + 2]);
            } else if b.get(i + 2) == Some(&b' ') && upper(i + 3) {
                spaces.push(i);
            }
        }
    }
    if spaces.is_empty() {
        return None;
    }
    spaces.sort_unstable();
    let mut out = String::with_capacity(s.len() + spaces.len());
    let mut from = 0;
    for at in spaces {
        out.push_str(&s[from..at]);
        out.push(' ');
        from = at;
    }
    out.push_str(&s[from..]);
    Some(out)
}

/// The cheap test for [`INITIALS_GLUED_BEFORE`]: a capital, a stop, a letter.
fn has_initials_glued_before(text: &str) -> bool {
    text.as_bytes().windows(3).any(|w| {
        w[0].is_ascii_uppercase() && w[1] == b'.' && (w[2].is_ascii_alphabetic() || w[2] >= 0x80)
    }) && INITIALS_GLUED_BEFORE.is_match(text)
}

/// A PDF's full stop with the space after it lost, between a sentence's last word (three
/// small letters or more, or a page number of two digits or more) and a capitalised word of
/// three letters or more: "correlation functions.Cambridge University Press",
/// "Eu-rophys.Lett", "pp. 33-45.Springer, Berlin". The text with a space put after each such
/// stop, or None when it has none. Words holding a slash, an at sign or "www." (web and mail
/// addresses, DOIs) are left alone, and so are initials and short abbreviations ("J.Am.",
/// "U.S.Army", "et al.Nature": one or two letters before the stop).
fn unglue_stops(s: &str) -> Option<String> {
    let bytes = s.as_bytes();
    // The cheap test first: most references have no such stop.
    if !(2..bytes.len()).any(|i| bytes[i] == b'.' && glued_at(bytes, i)) {
        return None;
    }
    let mut out = String::with_capacity(s.len() + 8);
    for (k, word) in s.split(' ').enumerate() {
        if k > 0 {
            out.push(' ');
        }
        let address = word.contains(['/', '@']) || word.contains("www.");
        let mut from = 0;
        for (i, b) in word.bytes().enumerate() {
            if b == b'.' && !address && glued_at(word.as_bytes(), i) {
                out.push_str(&word[from..=i]);
                out.push(' ');
                from = i + 1;
            }
        }
        out.push_str(&word[from..]);
    }
    Some(out)
}

/// [`unglue_stops`]'s test: is the stop at `bytes[i]` glued to a capitalised word?
fn glued_at(word: &[u8], i: usize) -> bool {
    let before = &word[..i];
    let letters = before
        .iter()
        .rev()
        .take_while(|b| b.is_ascii_lowercase())
        .count();
    let digits = before
        .iter()
        .rev()
        .take_while(|b| b.is_ascii_digit())
        .count();
    (letters >= 3 || digits >= 2)
        && word.get(i + 1).is_some_and(u8::is_ascii_uppercase)
        && word.get(i + 2).is_some_and(u8::is_ascii_lowercase)
        && word.get(i + 3).is_some_and(u8::is_ascii_lowercase)
}

/// Words joined by single spaces; no allocation beyond the result.
pub(super) fn collapse_spaces(s: &str) -> String {
    if !needs_collapse(s) {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    for w in s.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    out
}

/// Does `s` hold whitespace other than single spaces between words?
fn needs_collapse(s: &str) -> bool {
    let b = s.as_bytes();
    if b.first() == Some(&b' ') || b.last() == Some(&b' ') {
        return true;
    }
    let mut after_space = false;
    for (i, &c) in b.iter().enumerate() {
        // Most bytes are none of the cases below: one comparison passes them.
        if (0x21..0xC2).contains(&c) {
            after_space = false;
            continue;
        }
        let blank = match c {
            b' ' => after_space,
            b'\t' | b'\n' | b'\r' | 0x0b | 0x0c => true,
            // Lead bytes of the non-ASCII spaces (U+0085, U+00A0, U+1680, U+2000–U+205F,
            // U+3000).
            0xC2 | 0xE1 | 0xE2 | 0xE3 => s[i..].chars().next().is_some_and(char::is_whitespace),
            _ => false,
        };
        if blank {
            return true;
        }
        after_space = c == b' ';
    }
    false
}

/// Is there anything for [`tidy_punctuation`] to fold: punctuation after a space or after
/// other punctuation, an empty bracket pair, punctuation or spaces at the ends?
fn needs_tidy(s: &str) -> bool {
    let b = s.as_bytes();
    let punct = |c: u8| matches!(c, b'.' | b',' | b';' | b':');
    let (Some(&first), Some(&last)) = (b.first(), b.last()) else {
        return false;
    };
    if punct(first) || first == b' ' || last == b' ' {
        return true;
    }
    b.windows(2).any(|w| {
        (punct(w[1]) && (w[0] == b' ' || punct(w[0])))
            || (matches!(w[1], b')' | b']') && matches!(w[0], b'(' | b'[' | b' '))
    })
}

/// Would [`tidy_punctuation`]'s fold change `s`, which [`needs_tidy`] let through (most
/// entries, for an initial's stop before a comma: "Smith, J., ...")? Until its first change
/// the fold's output is `s` as far as it has read, so each change it makes shows in `s`
/// itself: a mark after a space, a mark doubled (not a colon), a closing bracket after its
/// opening one and blanks, a mark or blank at either end.
fn folds(s: &str) -> bool {
    let b = s.as_bytes();
    let ends = s.trim().len() != s.len() || s.starts_with(['.', ',', ';', ':']);
    ends || (1..b.len()).any(|i| match b[i] {
        c @ (b'.' | b',' | b';' | b':') => b[i - 1] == b' ' || (c != b':' && b[i - 1] == c),
        b')' | b']' => s[..i].trim_end().ends_with(['(', '[']),
        _ => false,
    })
}

/// Fold punctuation left behind by removed parts (" . ." → ".", " ," → ",", "()" → "").
pub(super) fn tidy_punctuation(s: &str) -> String {
    if !needs_tidy(s) || !folds(s) {
        return s.to_string();
    }
    fold(s)
}

/// [`tidy_punctuation`]'s work.
fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    // Only ASCII marks are folded: the text between two of them is copied whole.
    let mut copied = 0;
    // An ellipsis before a word is text: APA's "Asgaard, G., ... Botros, N." (the last
    // author after it), ". . ." as well. Its dots are copied as they stand, up to `kept`.
    let mut kept = 0;
    for (i, &b) in s.as_bytes().iter().enumerate() {
        if i < kept || !matches!(b, b'.' | b',' | b';' | b':' | b')' | b']') {
            continue;
        }
        if b == b'.' {
            if let Some(len) = ellipsis_before_word(&s[i..]) {
                kept = i + len;
                continue;
            }
        }
        out.push_str(&s[copied..i]);
        copied = i + 1;
        let c = char::from(b);
        if matches!(c, '.' | ',' | ';' | ':') {
            let spaced = out.ends_with(' ');
            while out.ends_with(' ') {
                out.pop();
            }
            let last = out.chars().last();
            if last.is_some_and(|l| matches!(l, '.' | ',' | ';' | ':'))
                && c != ':'
                && (spaced || last == Some(c))
            {
                // keep the stronger of the two marks
                if c == '.' {
                    out.pop();
                    out.push('.');
                }
                if spaced {
                    out.push(' ');
                }
                continue;
            }
        }
        if matches!(c, ')' | ']') && out.trim_end().ends_with(['(', '[']) {
            let keep = out.trim_end().len() - 1;
            out.truncate(keep);
            continue;
        }
        out.push(c);
    }
    out.push_str(&s[copied..]);
    out.trim()
        .trim_start_matches(['.', ',', ';', ':'])
        .trim()
        .to_string()
}

/// The length of the ellipsis opening `s` ("...", ". . .") when a word follows it after a
/// space, or None.
fn ellipsis_before_word(s: &str) -> Option<usize> {
    let len = if s.starts_with("...") {
        3
    } else if s.starts_with(". . .") {
        5
    } else {
        return None;
    };
    let after = s[len..].strip_prefix(' ')?;
    after
        .starts_with(|c: char| c.is_alphanumeric())
        .then_some(len)
}

/// Drop Markdown emphasis stars, keeping a star inside a word ("STAR*D").
pub(super) fn drop_emphasis_stars(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut prev = ' ';
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        let next = chars.peek().copied().unwrap_or(' ');
        if c != '*' || (prev.is_alphanumeric() && next.is_alphanumeric()) {
            out.push(c);
        }
        prev = c;
    }
    out
}

/// Remove emphasis markers and surrounding junk from a field value.
pub(super) fn field(s: &str) -> Option<String> {
    let s: Cow<'_, str> = if s.contains('*') {
        Cow::Owned(collapse_spaces(&drop_emphasis_stars(s)))
    } else if needs_collapse(s) {
        Cow::Owned(collapse_spaces(s))
    } else {
        Cow::Borrowed(s)
    };
    let s = s.trim_matches(|c: char| c.is_whitespace() || matches!(c, ',' | ';' | ':' | '/'));
    let s = s.trim_end_matches('.').trim();
    let s = strip_balanced_parens(s);
    (!s.is_empty() && s.chars().any(char::is_alphanumeric)).then(|| s.to_string())
}

/// `s` without the brackets around it, or without a lone opening or closing one.
fn strip_balanced_parens(s: &str) -> &str {
    let mut s = s;
    if s.starts_with('(') && !s[1..].contains('(') && s.ends_with(')') && s.len() >= 2 {
        s = &s[1..s.len() - 1];
    }
    if s.starts_with('(') && !s.contains(')') {
        s = &s[1..];
    }
    if s.ends_with(')') && !s.contains('(') {
        s = &s[..s.len() - 1];
    }
    s.trim()
}

#[cfg(test)]
mod tests;
