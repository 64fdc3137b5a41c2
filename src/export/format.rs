//! Formatted bibliographies through hayagriva's CSL engine: a bundled style by name or a `.csl`
//! file, rendered as plain text, Markdown or HTML.
//!
//! Entries reach the engine as CSL-JSON items (`csl_json.rs`), not as hayagriva entries: the
//! engine then renders exactly the data a CSL processor such as `pandoc --citeproc` would get,
//! and hayagriva's own data model (which drops the organisation of web pages and splits name
//! particles its own way) stays out of the path. See docs/format-export.md.

use super::csl_json::{to_csl_item, CslItem, CslName};
use super::disambiguate::{suffix_groups, Cite, CiteName};
pub use super::style::{bundled_styles, load_style, Style, StyleError};
use super::style::{Pieces, LOCALES};
use super::Problem;
use crate::reference::Reference;
use crate::text::initials;
use hayagriva::citationberg::json::{FixedDateRange, Item, NameValue, Value as JsonValue};
use hayagriva::citationberg::taxonomy::NameVariable;
use hayagriva::citationberg::{
    FontStyle, FontVariant, FontWeight, IndependentStyle, VerticalAlign,
};
use hayagriva::types::Person;
use hayagriva::{
    BibliographyDriver, BibliographyRequest, CitationItem, CitationRequest, ElemChild,
    ElemChildren, ElemMeta,
};
use std::collections::HashMap;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::LazyLock;

/// Where a work goes among those sharing a year: its names with initials, its date as printed
/// (the year, or the whole date when `full` says the entry prints it), its title.
fn suffix_order(cite: &Cite, item: &Item, full: bool) -> (String, [i64; 3], String) {
    let names = cite
        .names
        .iter()
        .map(|n| format!("{} {} {}", n.particle, n.family, initials(&n.given)).to_lowercase())
        .collect::<Vec<_>>()
        .join("\u{1f}");
    let mut date = [0; 3];
    if let Some(JsonValue::Date(d)) = item.0.get("issued") {
        if let Ok(range) = FixedDateRange::try_from(d.clone()) {
            date[0] = range.start.year as i64;
            if full {
                date[1] = range.start.month.map_or(0, |m| m as i64 + 1);
                date[2] = range.start.day.map_or(0, |d| d as i64 + 1);
            }
        }
    }
    let title = match item.0.get("title") {
        Some(JsonValue::String(t)) => t.to_lowercase(),
        _ => String::new(),
    };
    (names, date, title)
}

/// What a rendered citation shows, for `disambiguate.rs`. The names come from the item
/// itself (hayagriva folds a particle into the family name), read from the variable the
/// citation rendered them from.
fn cite_of(citation: &ElemChildren, item: &Item) -> Cite {
    let mut names = Vec::new();
    for (_, variable) in first_names_meta(citation).into_iter().flatten() {
        let Some(JsonValue::Names(list)) = item.0.get(&variable.to_string()) else {
            continue;
        };
        names.extend(list.iter().map(|n| match n {
            NameValue::Literal(l) => CiteName {
                family: l.literal.clone(),
                ..Default::default()
            },
            NameValue::Item(n) => CiteName {
                particle: n.non_dropping_particle.clone().unwrap_or_default(),
                family: n.family.clone(),
                given: n.given.clone().unwrap_or_default(),
            },
        }));
    }
    Cite {
        text: write_children(citation, Markup::Text),
        names,
    }
}

/// The people of the first `cs:names` a citation rendered with someone in it (a `cs:names`
/// whose variables are empty wraps the one its `cs:substitute` rendered).
fn first_names_meta(children: &ElemChildren) -> Option<Vec<&(Vec<Person>, NameVariable)>> {
    children.0.iter().find_map(|c| match c {
        ElemChild::Elem(e) => match &e.meta {
            Some(ElemMeta::Names(groups)) if groups.iter().any(|(ps, _)| !ps.is_empty()) => {
                Some(groups.iter().filter(|(ps, _)| !ps.is_empty()).collect())
            }
            _ => first_names_meta(&e.children),
        },
        _ => None,
    })
}

/// How a formatted entry is marked up.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Markup {
    Text,
    Markdown,
    Html,
}

/// One entry of a formatted bibliography.
#[derive(Debug, Clone, PartialEq)]
pub struct FormattedEntry {
    pub key: String,
    /// The citation number or label a numeric style puts before the entry ("[1]").
    pub label: Option<String>,
    pub text: String,
}

/// A formatted bibliography, in the style's order, and the entries the engine could not render.
#[derive(Debug, Clone, Default)]
pub struct Formatted {
    pub entries: Vec<FormattedEntry>,
    pub problems: Vec<Problem>,
}

impl Formatted {
    /// The whole bibliography as one document: an entry a line (text), a paragraph each
    /// (Markdown), or a `div` each (HTML).
    pub fn render(&self, markup: Markup) -> String {
        let mut out = String::new();
        for e in &self.entries {
            let line = match &e.label {
                Some(l) => format!("{l} {}", e.text),
                None => e.text.clone(),
            };
            match markup {
                Markup::Text => out.push_str(&format!("{line}\n")),
                Markup::Markdown => out.push_str(&format!("{line}\n\n")),
                Markup::Html => out.push_str(&format!(
                    "<div class=\"csl-entry\" id=\"ref-{}\">{line}</div>\n",
                    escape_html(&e.key)
                )),
            }
        }
        if markup == Markup::Markdown && out.ends_with("\n\n") {
            out.pop();
        }
        out
    }
}

/// Straight quotes as CSL processors print them (citeproc-js and pandoc agree; hayagriva 0.10.1
/// leaves them straight): an apostrophe becomes ’, a quoted phrase gets the locale's curly
/// double quotes.
pub(crate) fn smart_quotes(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len() + 8);
    let mut open_single = false;
    let mut open_double = false;
    for (i, &c) in chars.iter().enumerate() {
        let before = i.checked_sub(1).map(|j| chars[j]);
        let after = chars.get(i + 1).copied();
        let word = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
        match c {
            '\'' if word(before) && (word(after) || !open_single) => out.push('’'),
            '\'' if !open_single && word(after) => {
                open_single = true;
                out.push('“');
            }
            '\'' if open_single => {
                open_single = false;
                out.push('”');
            }
            '"' if !open_double => {
                open_double = true;
                out.push('“');
            }
            '"' => {
                open_double = false;
                out.push('”');
            }
            _ => out.push(c),
        }
    }
    out
}

/// hayagriva sorts an organisation without its leading article ("The Economic Times" under
/// E); CSL processors sort it as written. A zero-width space after the article keeps the
/// engine from seeing one; it is taken out of the output again.
const NO_ARTICLE: char = '\u{200B}';

fn shield_article(name: &mut CslName) {
    if let CslName::Literal { literal } = name {
        for article in ["The ", "A ", "An "] {
            if literal.starts_with(article) && literal.len() > article.len() {
                literal.insert(article.len() - 1, NO_ARTICLE);
                return;
            }
        }
    }
}

/// The item as the engine gets it: quotes made typographic, organisations' articles shielded.
fn engine_item(r: &Reference) -> CslItem {
    let mut item = to_csl_item(r);
    let fields = [
        &mut item.title,
        &mut item.container_title,
        &mut item.publisher,
    ];
    for v in fields.into_iter().flatten() {
        *v = smart_quotes(v);
    }
    item.author
        .iter_mut()
        .chain(item.editor.iter_mut())
        .for_each(shield_article);
    item
}

/// A year followed by the comma of an absent month and day.
static EMPTY_DATE_PART: LazyLock<regex::Regex> =
    LazyLock::new(|| regex::Regex::new(r"(\b\d{4}[a-z]?),\)").expect("valid regex"));

/// A group delimiter hayagriva 0.10.1 leaves before a child that rendered nothing (a
/// `cs:choose` whose branch is empty): Vancouver's "2013 May ;28(9)".
static SPACE_BEFORE_PUNCTUATION: LazyLock<regex::Regex> =
    LazyLock::new(|| regex::Regex::new(r"(\w) ([;,])").expect("valid regex"));

/// What CSL processors do to rendered text and hayagriva 0.10.1 does not: a comma or period
/// after a title's question or exclamation mark is dropped ("Heading?." → "Heading?", also
/// across closing quotes and markup), and quotes inside quotes alternate (“… ‘Tit-for-Tat’ …”).
fn tidy(text: &str) -> String {
    let text = text.replace(NO_ARTICLE, "");
    // "(1993,)": the delimiter of a month and day the entry does not have.
    let text = EMPTY_DATE_PART.replace_all(&text, "$1)");
    let text = SPACE_BEFORE_PUNCTUATION.replace_all(&text, "$1$2");
    // A period after a title that already ends in one, or after a comma.
    let text = text.replace(".”.", ".”").replace(",.", ".");
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut depth = 0usize;
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        match c {
            '“' => {
                out.push(if depth % 2 == 1 { '‘' } else { '“' });
                depth += 1;
            }
            '”' if depth > 0 => {
                depth -= 1;
                out.push(if depth % 2 == 1 { '’' } else { '”' });
            }
            '?' | '!' => {
                out.push(c);
                // Skip closing quotes and markup, then drop one comma or period.
                let mut j = i + 1;
                let mut skipped = String::new();
                while j < chars.len() && matches!(chars[j], '”' | '’' | '*' | '<') {
                    if chars[j] == '<' {
                        let close: String = chars[j..].iter().take_while(|&&c| c != '>').collect();
                        if !close.starts_with("</") || j + close.chars().count() >= chars.len() {
                            break;
                        }
                        skipped.push_str(&close);
                        skipped.push('>');
                        j += close.chars().count() + 1;
                    } else {
                        skipped.push(chars[j]);
                        j += 1;
                    }
                }
                if j < chars.len() && matches!(chars[j], '.' | ',') {
                    // Closing quotes still need their depth handled: replay them.
                    i += 1;
                    while i < j {
                        match chars[i] {
                            '”' if depth > 0 => {
                                depth -= 1;
                                out.push(if depth % 2 == 1 { '’' } else { '”' });
                            }
                            other => out.push(other),
                        }
                        i += 1;
                    }
                    i = j + 1;
                    continue;
                }
            }
            _ => out.push(c),
        }
        i += 1;
    }
    out
}

fn csl_items(references: &[Reference], problems: &mut Vec<Problem>) -> Vec<Item> {
    references
        .iter()
        .filter_map(|r| {
            let value = serde_json::to_value(engine_item(r)).ok()?;
            match serde_json::from_value::<Item>(value) {
                Ok(item) => Some(item),
                Err(e) => {
                    problems.push(Problem {
                        entry: r.key.to_string(),
                        message: format!("cannot be given to the engine: {e}"),
                    });
                    None
                }
            }
        })
        .collect()
}

/// One pass of the engine: each item cited once, in the given order, then the bibliography.
struct Pass {
    /// What each item's citation shows, in the order given (only when asked for: styles
    /// without year suffixes do not need them).
    cites: Vec<Cite>,
    /// The bibliography in the style's order.
    entries: Vec<FormattedEntry>,
    /// Entry key → whether its first printed date shows more than the year ("2024, January
    /// 21"): styles that sort "by date as printed" then order by the full date.
    full_date: HashMap<String, bool>,
}

/// Pieces are at most this long: hayagriva keeps every rendered citation and entry of a run
/// as element trees until the run ends, so long lists go through in bounded pieces even on
/// one core.
const PIECE: usize = 2000;

/// `render_pass` over the whole list, in pieces on all cores when the list is long and the
/// style allows it (`Pieces`).
fn render_all(items: &[&Item], style: &Style, markup: Markup, want_cites: bool) -> Pass {
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    let size = items.len().div_ceil(cores).clamp(1, PIECE);
    render_pieces(items, style, markup, want_cites, size, cores)
}

/// Render `items` in pieces of `size`, `workers` at a time.
fn render_pieces(
    items: &[&Item],
    style: &Style,
    markup: Markup,
    want_cites: bool,
    size: usize,
    workers: usize,
) -> Pass {
    if items.len() <= size || matches!(style.pieces, Pieces::Whole) {
        return render_pass(items, &style.csl, markup, 0, want_cites);
    }
    let pieces: Vec<&[&Item]> = items.chunks(size).collect();
    let next = std::sync::atomic::AtomicUsize::new(0);
    let (mut done, order) = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..workers.clamp(1, pieces.len()))
            .map(|_| {
                scope.spawn(|| {
                    let mut done = Vec::new();
                    loop {
                        let k = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                        let Some(piece) = pieces.get(k) else {
                            return done;
                        };
                        done.push((
                            k,
                            render_pass(piece, &style.csl, markup, k * size, want_cites),
                        ));
                    }
                })
            })
            .collect();
        let order: Option<Vec<String>> = match &style.pieces {
            Pieces::Sorted(order) => Some(
                render_pass(items, order, Markup::Text, 0, false)
                    .entries
                    .into_iter()
                    .map(|e| e.key)
                    .collect(),
            ),
            _ => None,
        };
        let done: Vec<(usize, Pass)> = handles
            .into_iter()
            .flat_map(|h| h.join().unwrap_or_else(|e| std::panic::resume_unwind(e)))
            .collect();
        (done, order)
    });
    done.sort_by_key(|(k, _)| *k);
    let mut whole = Pass {
        cites: Vec::with_capacity(if want_cites { items.len() } else { 0 }),
        entries: Vec::with_capacity(items.len()),
        full_date: HashMap::with_capacity(items.len()),
    };
    for (_, part) in done {
        whole.cites.extend(part.cites);
        whole.entries.extend(part.entries);
        whole.full_date.extend(part.full_date);
    }
    if let Some(order) = order {
        let count = whole.entries.len();
        let mut by_key: HashMap<String, FormattedEntry> = whole
            .entries
            .drain(..)
            .map(|e| (e.key.clone(), e))
            .collect();
        if by_key.len() != count || order.len() != count {
            // Two entries share a key: only the whole list can place them.
            return render_pass(items, &style.csl, markup, 0, want_cites);
        }
        whole.entries = order.iter().filter_map(|k| by_key.remove(k)).collect();
    }
    whole
}

/// One engine run over `items`; `offset` is the citation number before the first.
fn render_pass(
    items: &[&Item],
    style: &IndependentStyle,
    markup: Markup,
    offset: usize,
    want_cites: bool,
) -> Pass {
    let mut driver = BibliographyDriver::new().with_citation_number_offset(offset);
    for item in items {
        driver.citation(CitationRequest::from_items(
            vec![CitationItem::with_entry(*item)],
            style,
            &LOCALES,
        ));
    }
    let rendered = driver.finish(BibliographyRequest {
        style,
        locale: None,
        locale_files: &LOCALES,
    });
    let mut full_date = HashMap::new();
    let entries = rendered
        .bibliography
        .map(|b| {
            b.items
                .into_iter()
                // Only the order of year suffixes needs it (`want_cites`: the style has them).
                .inspect(|i| {
                    if want_cites {
                        let full = prints_full_date(&i.content).unwrap_or(false);
                        full_date.insert(i.key.clone(), full);
                    }
                })
                .map(|i| FormattedEntry {
                    key: i.key,
                    label: i
                        .first_field
                        .map(|f| tidy(write_children(&ElemChildren(vec![f]), markup).trim())),
                    text: tidy(write_children(&i.content, markup).trim()),
                })
                .collect()
        })
        .unwrap_or_default();
    Pass {
        cites: if want_cites {
            rendered
                .citations
                .iter()
                .zip(items)
                .map(|(c, item)| cite_of(&c.citation, item))
                .collect()
        } else {
            Vec::new()
        },
        entries,
        full_date,
    }
}

/// Whether the first date an entry prints shows a month or day: a date element with a month
/// name in it, or a second date element right after it ("(2024b, January 21)").
fn prints_full_date(children: &ElemChildren) -> Option<bool> {
    let is_date = |c: &ElemChild| matches!(c, ElemChild::Elem(e) if e.meta == Some(ElemMeta::Date));
    let list = &children.0;
    if let Some(k) = list.iter().position(is_date) {
        let ElemChild::Elem(first) = &list[k] else {
            return Some(false);
        };
        let text = write_children(&first.children, Markup::Text);
        if text.chars().filter(|c| c.is_alphabetic()).count() > 1 {
            return Some(true);
        }
        // Only a suffix and a comma may stand between the two: a period ends the date
        // ("2024b. January 21" prints the day apart, as Chicago does).
        for c in list.iter().skip(k + 1).take(3) {
            match c {
                _ if is_date(c) => return Some(true),
                ElemChild::Text(t) if t.text.chars().all(|c| c == ',' || c.is_whitespace()) => {}
                ElemChild::Elem(e) if e.meta == Some(ElemMeta::Text) => {}
                _ => break,
            }
        }
        return Some(false);
    }
    list.iter().find_map(|c| match c {
        ElemChild::Elem(e) => prints_full_date(&e.children),
        _ => None,
    })
}

/// Render the bibliography without any disambiguation; then, when the style uses year
/// suffixes, find the works whose citations read alike (`disambiguate.rs`) and render just
/// those again, a group at a time, cited in the order their suffixes go.
fn run(items: &[Item], style: &Style, markup: Markup) -> Option<Vec<FormattedEntry>> {
    catch_unwind(AssertUnwindSafe(|| {
        let items: Vec<&Item> = items.iter().collect();
        let mut first = render_all(&items, style, markup, style.suffixes.is_some());
        let Some(rule) = &style.suffixes else {
            return first.entries;
        };
        let cites = std::mem::take(&mut first.cites);
        let groups = suffix_groups(&cites, &rule.rules);
        if groups.is_empty() {
            return first.entries;
        }
        // Each group alone (hayagriva settles only a few groups per render), its members cited
        // in the order their suffixes go. Styles sort by names and dates as printed, then title
        // (APA, Chicago, Harvard); hayagriva 0.10.1 sorts by the full given names and dates of
        // the data, so "2001" goes after "2001-04" and Marta before Mei where both print as
        // "M.". Works sharing a suffix group print alike, so names with initials, the date as
        // printed and the title order them as those styles do; the bibliography's order breaks
        // ties.
        let position: HashMap<&str, usize> = first
            .entries
            .iter()
            .enumerate()
            .map(|(p, e)| (e.key.as_str(), p))
            .collect();
        let members: Vec<Vec<&Item>> = groups
            .into_iter()
            .map(|mut group| {
                group.sort_by_cached_key(|&i| {
                    let id = items[i].id();
                    let at = id.as_deref().and_then(|id| position.get(id).copied());
                    let full = id
                        .as_deref()
                        .and_then(|id| first.full_date.get(id).copied())
                        .unwrap_or(false);
                    (suffix_order(&cites[i], items[i], full), at)
                });
                group.into_iter().map(|i| items[i]).collect()
            })
            .collect();
        let mut suffixed: HashMap<String, String> = HashMap::new();
        for group in &members {
            for e in render_pass(group, &rule.csl, markup, 0, false).entries {
                suffixed.insert(e.key, e.text);
            }
        }
        for e in &mut first.entries {
            if let Some(text) = suffixed.remove(&e.key) {
                e.text = text;
            }
        }
        first.entries
    }))
    .ok()
}

/// Format a list in a style. Entries the engine fails on (it panics on some malformed data) are
/// rendered one at a time so that the rest still come out; those that fail alone are reported.
pub fn format(references: &[Reference], style: &Style, markup: Markup) -> Formatted {
    let mut problems = Vec::new();
    let items = csl_items(references, &mut problems);
    if let Some(entries) = run(&items, style, markup) {
        return Formatted { entries, problems };
    }
    let mut entries = Vec::new();
    for item in &items {
        match run(std::slice::from_ref(item), style, markup) {
            Some(mut one) => entries.append(&mut one),
            None => problems.push(Problem {
                entry: item.id().map(|s| s.into_owned()).unwrap_or_default(),
                message: format!(
                    "the CSL engine failed on this entry in {}; left out",
                    style.name
                ),
            }),
        }
    }
    Formatted { entries, problems }
}

fn escape_html(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

fn escape_markdown(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if matches!(c, '*' | '_' | '[' | ']' | '\\' | '`' | '<' | '>') {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

fn write_text(out: &mut String, text: &str, f: &hayagriva::Formatting, markup: Markup) {
    let italic = f.font_style == FontStyle::Italic;
    let bold = f.font_weight == FontWeight::Bold;
    match markup {
        Markup::Text => out.push_str(text),
        Markup::Markdown => {
            // Emphasis markers must hug the text: keep surrounding spaces outside.
            let inner = text.trim();
            if inner.is_empty() || !(italic || bold || f.vertical_align == VerticalAlign::Sup) {
                out.push_str(&escape_markdown(text));
                return;
            }
            let lead = &text[..text.len() - text.trim_start().len()];
            let trail = &text[text.trim_end().len()..];
            let mark = match (italic, bold) {
                (true, true) => "***",
                (true, false) => "*",
                (false, true) => "**",
                (false, false) => "^",
            };
            out.push_str(&format!(
                "{lead}{mark}{}{mark}{trail}",
                escape_markdown(inner)
            ));
        }
        Markup::Html => {
            let mut open = Vec::new();
            if italic {
                open.push("i");
            }
            if bold {
                open.push("b");
            }
            match f.vertical_align {
                VerticalAlign::Sup => open.push("sup"),
                VerticalAlign::Sub => open.push("sub"),
                _ => {}
            }
            if f.font_variant == FontVariant::SmallCaps {
                out.push_str("<span style=\"font-variant:small-caps;\">");
            }
            for t in &open {
                out.push_str(&format!("<{t}>"));
            }
            out.push_str(&escape_html(text));
            for t in open.iter().rev() {
                out.push_str(&format!("</{t}>"));
            }
            if f.font_variant == FontVariant::SmallCaps {
                out.push_str("</span>");
            }
        }
    }
}

fn write_child(out: &mut String, child: &ElemChild, markup: Markup) {
    match child {
        ElemChild::Text(t) => write_text(out, &t.text, &t.formatting, markup),
        ElemChild::Elem(e) => {
            for c in &e.children.0 {
                write_child(out, c, markup);
            }
        }
        ElemChild::Markup(m) => out.push_str(m),
        ElemChild::Link { text, url } => match markup {
            Markup::Text => out.push_str(&text.text),
            Markup::Markdown if text.text == *url => out.push_str(&format!("<{url}>")),
            Markup::Markdown => {
                out.push('[');
                write_text(out, &text.text, &text.formatting, markup);
                out.push_str(&format!("]({url})"));
            }
            Markup::Html => {
                out.push_str(&format!("<a href=\"{}\">", escape_html(url)));
                write_text(out, &text.text, &text.formatting, markup);
                out.push_str("</a>");
            }
        },
        ElemChild::Transparent { .. } => {}
    }
}

fn write_children(children: &ElemChildren, markup: Markup) -> String {
    let mut out = String::new();
    for c in &children.0 {
        write_child(&mut out, c, markup);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::reference::{Date, EntryType, Name};

    fn book(key: &str, family: &str, year: i32) -> Reference {
        Reference {
            key: key.into(),
            entry_type: EntryType::Book,
            authors: vec![Name::person(family, Some("Sara"))],
            date: Some(Date::year(year)),
            title: Some(format!("A book by {family}")),
            publisher: Some("Trafford".into()),
            ..Default::default()
        }
    }

    #[test]
    fn apa_sorts_and_formats() {
        let style = load_style("apa").unwrap();
        let out = format(
            &[book("z", "Zafar", 2001), book("a", "Ali", 2010)],
            &style,
            Markup::Markdown,
        );
        let keys: Vec<&str> = out.entries.iter().map(|e| e.key.as_str()).collect();
        assert_eq!(keys, ["a", "z"]);
        assert_eq!(
            out.entries[0].text,
            "Ali, S. (2010). *A book by Ali*. Trafford."
        );
    }

    /// Pieces rendered at once give the list a single run gives, sorted (APA, Chicago) or in
    /// citation order with numbers (IEEE).
    #[test]
    fn pieces_render_as_one() {
        let (references, _) = crate::export::from_bib(&crate::generate::bib(120));
        let mut problems = Vec::new();
        let items = csl_items(&references, &mut problems);
        let refs: Vec<&Item> = items.iter().collect();
        for name in ["apa", "chicago-author-date", "ieee"] {
            let style = load_style(name).unwrap();
            assert!(!matches!(style.pieces, Pieces::Whole), "{name}");
            let one = render_pieces(&refs, &style, Markup::Text, true, refs.len(), 1);
            let three = render_pieces(&refs, &style, Markup::Text, true, 25, 3);
            assert_eq!(one.entries, three.entries, "{name}");
            assert_eq!(one.cites, three.cites, "{name}");
        }
    }

    /// 300 works by one author in one year, cited alike: every one gets its own suffix, on
    /// past "z" and past the 256th ("iv", "iw"), as pandoc gives them.
    #[test]
    fn year_suffixes_go_on_past_z_and_past_256() {
        let style = load_style("apa").unwrap();
        let refs: Vec<Reference> = (0..300)
            .map(|i| {
                let mut r = book(&format!("k{i:03}"), "Smith", 2020);
                r.title = Some("Same".into());
                r
            })
            .collect();
        let out = format(&refs, &style, Markup::Text);
        let texts: std::collections::HashSet<&str> =
            out.entries.iter().map(|e| e.text.as_str()).collect();
        assert_eq!(texts.len(), 300);
        for suffix in [
            "2020a)", "2020z)", "2020aa)", "2020iv)", "2020iw)", "2020kn)",
        ] {
            assert!(
                out.entries.iter().any(|e| e.text.contains(suffix)),
                "{suffix} missing"
            );
        }
    }

    #[test]
    fn a_style_without_a_bibliography_is_an_error() {
        let err = load_style("alphanumeric").unwrap_err();
        assert!(matches!(err, StyleError::NoBibliography(_)));
        assert!(err.to_string().contains("citations only"));
        assert!(!bundled_styles()
            .iter()
            .any(|(n, _)| n.contains(&"alphanumeric")));
    }

    #[test]
    fn unknown_style_is_an_error() {
        assert!(matches!(
            load_style("no-such-style"),
            Err(StyleError::Unknown(_))
        ));
        assert!(matches!(
            load_style("/no/such/file.csl"),
            Err(StyleError::Read(..))
        ));
    }
}
