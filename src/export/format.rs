//! Formatted bibliographies through hayagriva's CSL engine: a bundled style by name or a `.csl`
//! file, rendered as plain text, Markdown or HTML.
//!
//! Entries reach the engine as CSL-JSON items (`csl_json.rs`), not as hayagriva entries: the
//! engine then renders exactly the data a CSL processor such as `pandoc --citeproc` would get,
//! and hayagriva's own data model (which drops the organisation of web pages and splits name
//! particles its own way) stays out of the path. See docs/format-export.md.

use super::csl_json::{to_csl_item, CslItem, CslName};
use super::Problem;
use crate::reference::Reference;
use hayagriva::archive::{locales, ArchivedStyle};
use hayagriva::citationberg::json::Item;
use hayagriva::citationberg::{
    FontStyle, FontVariant, FontWeight, IndependentStyle, Locale, Style as CslStyle, VerticalAlign,
};
use hayagriva::{
    BibliographyDriver, BibliographyRequest, CitationItem, CitationRequest, ElemChild, ElemChildren,
};
use std::fmt;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::Path;
use std::sync::LazyLock;

/// A CSL style ready to render with.
#[derive(Debug)]
pub struct Style {
    /// The name it was asked for: a bundled name or the file's path.
    pub name: String,
    csl: IndependentStyle,
}

/// Why a style could not be loaded.
#[derive(Debug)]
#[non_exhaustive]
pub enum StyleError {
    Unknown(String),
    Read(String, std::io::Error),
    Parse(String, String),
    /// A dependent style whose parent is not bundled.
    NoParent(String, String),
}

impl fmt::Display for StyleError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            StyleError::Unknown(n) => write!(f, "unknown style `{n}`; `citecheck styles` lists the bundled ones, or give a path to a .csl file"),
            StyleError::Read(p, e) => write!(f, "{p}: cannot read: {e}"),
            StyleError::Parse(p, e) => write!(f, "{p}: not a CSL style: {e}"),
            StyleError::NoParent(p, parent) => write!(f, "{p}: a dependent style whose parent {parent} is not bundled"),
        }
    }
}

impl std::error::Error for StyleError {}

/// The locales bundled with hayagriva, decoded once.
static LOCALES: LazyLock<Vec<Locale>> = LazyLock::new(locales);

/// A dependent style's parent, from the bundled styles.
fn independent(name: &str, style: CslStyle) -> Result<IndependentStyle, StyleError> {
    match style {
        CslStyle::Independent(s) => Ok(s),
        CslStyle::Dependent(d) => {
            let parent = ArchivedStyle::by_id(&d.parent_link.href).map(ArchivedStyle::get);
            match parent {
                Some(CslStyle::Independent(s)) => Ok(s),
                _ => Err(StyleError::NoParent(name.to_string(), d.parent_link.href)),
            }
        }
    }
}

/// A bundled style by name ("apa", "ieee"), or a `.csl` file by path.
pub fn load_style(spec: &str) -> Result<Style, StyleError> {
    let path = Path::new(spec);
    let csl = if spec.ends_with(".csl") || path.is_file() {
        let xml =
            std::fs::read_to_string(path).map_err(|e| StyleError::Read(spec.to_string(), e))?;
        let style = CslStyle::from_xml(&xml)
            .map_err(|e| StyleError::Parse(spec.to_string(), e.to_string()))?;
        independent(spec, style)?
    } else {
        let archived =
            ArchivedStyle::by_name(spec).ok_or_else(|| StyleError::Unknown(spec.to_string()))?;
        independent(spec, archived.get())?
    };
    Ok(Style {
        name: spec.to_string(),
        csl: patch(csl),
    })
}

/// The style as the engine gets it. hayagriva 0.10.1 carries the name disambiguation of
/// citations (add names, add given names) into the bibliography, where it cuts author lists
/// to "Smith et al." and drops initials ("Nguyen. (2022)"). Only the bibliography is rendered
/// here, so citation-level name disambiguation is switched off; year suffixes stay.
fn patch(mut csl: IndependentStyle) -> IndependentStyle {
    csl.citation.disambiguate_add_givenname = false;
    csl.citation.disambiguate_add_names = false;
    csl
}

/// Every bundled style: its names (the first is the short one) and its title.
pub fn bundled_styles() -> Vec<(&'static [&'static str], &'static str)> {
    ArchivedStyle::all()
        .iter()
        .map(|s| (s.names(), s.display_name()))
        .collect()
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

/// What CSL processors do to rendered text and hayagriva 0.10.1 does not: a comma or period
/// after a title's question or exclamation mark is dropped ("Heading?." → "Heading?", also
/// across closing quotes and markup), and quotes inside quotes alternate (“… ‘Tit-for-Tat’ …”).
fn tidy(text: &str) -> String {
    let text = text.replace(NO_ARTICLE, "");
    // "(1993,)": the delimiter of a month and day the entry does not have.
    let text = EMPTY_DATE_PART.replace_all(&text, "$1)");
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
                        entry: r.key.clone(),
                        message: format!("cannot be given to the engine: {e}"),
                    });
                    None
                }
            }
        })
        .collect()
}

fn render_once(items: &[&Item], style: &IndependentStyle, markup: Markup) -> Vec<FormattedEntry> {
    let mut driver = BibliographyDriver::new();
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
    rendered
        .bibliography
        .map(|b| {
            b.items
                .into_iter()
                .map(|i| FormattedEntry {
                    key: i.key,
                    label: i
                        .first_field
                        .map(|f| tidy(write_children(&ElemChildren(vec![f]), markup).trim())),
                    text: tidy(write_children(&i.content, markup).trim()),
                })
                .collect()
        })
        .unwrap_or_default()
}

/// Render; when the style adds year suffixes, render again with the items cited in the
/// bibliography's order, because hayagriva 0.10.1 hands out suffixes in citation order where
/// CSL asks for bibliography order (2024a is the earlier date, not the first cited).
fn run(items: &[Item], style: &IndependentStyle, markup: Markup) -> Option<Vec<FormattedEntry>> {
    catch_unwind(AssertUnwindSafe(|| {
        let refs: Vec<&Item> = items.iter().collect();
        let first = render_once(&refs, style, markup);
        if !style.citation.disambiguate_add_year_suffix
            || style.bibliography.as_ref().is_none_or(|b| b.sort.is_none())
        {
            return first;
        }
        let by_key: std::collections::HashMap<String, &Item> = items
            .iter()
            .filter_map(|i| Some((i.id()?.into_owned(), i)))
            .collect();
        let ordered: Vec<&Item> = first
            .iter()
            .filter_map(|e| by_key.get(&e.key).copied())
            .collect();
        if ordered.len() != items.len() {
            return first;
        }
        render_once(&ordered, style, markup)
    }))
    .ok()
}

/// Format a list in a style. Entries the engine fails on (it panics on some malformed data) are
/// rendered one at a time so that the rest still come out; those that fail alone are reported.
pub fn format(references: &[Reference], style: &Style, markup: Markup) -> Formatted {
    let mut problems = Vec::new();
    let items = csl_items(references, &mut problems);
    if let Some(entries) = run(&items, &style.csl, markup) {
        return Formatted { entries, problems };
    }
    let mut entries = Vec::new();
    for item in &items {
        match run(std::slice::from_ref(item), &style.csl, markup) {
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
