//! CSL styles as the engine gets them: a bundled style by name or a `.csl` file, patched in
//! memory where hayagriva 0.10.1 departs from the CSL specification, with what the renderer
//! needs to know about it (how it hands out year suffixes, whether a long list may be rendered
//! in pieces). Rendering is `format.rs`.

use super::disambiguate::{GivenRule, Rules};
use hayagriva::archive::{locales, ArchivedStyle};
use hayagriva::citationberg::taxonomy::{NumberOrPageVariable, Term, Variable};
use hayagriva::citationberg::{
    Choose, ChooseBranch, ChooseMatch, Citation, DisambiguationRule, IndependentStyle, Label,
    LabelPluralize, LayoutRenderingElement, Locale, NamesChild, Style as CslStyle, Text,
    TextTarget,
};
use std::fmt;
use std::path::Path;
use std::sync::LazyLock;

/// A CSL style ready to render with.
#[derive(Debug)]
pub struct Style {
    /// The name it was asked for: a bundled name or the file's path.
    pub name: String,
    /// The style as the engine renders it: every disambiguation switched off (see `patch`).
    pub(super) csl: IndependentStyle,
    /// How the style tells apart works whose citations would read alike, when it uses year
    /// suffixes at all.
    pub(super) suffixes: Option<SuffixRule>,
    /// Whether a long list may be rendered in pieces at once.
    pub(super) pieces: Pieces,
}

/// How a long list may be rendered in pieces on several cores (see `format::render_all`). An entry's
/// text does not depend on the other entries once disambiguation is off, except for its
/// place and number.
#[derive(Debug)]
pub(super) enum Pieces {
    /// Entries are listed in citation order: pieces are numbered from where they start.
    InOrder,
    /// Entries are sorted: pieces render alone, and this style (the same sort, nothing
    /// printed) gives the order of the whole list.
    Sorted(Box<IndependentStyle>),
    /// Entries depend on their neighbours (a subsequent-author substitute, numbers given in
    /// sorted order): one piece.
    Whole,
}

impl Pieces {
    fn of(csl: &IndependentStyle) -> Pieces {
        let Some(bibliography) = &csl.bibliography else {
            return Pieces::Whole;
        };
        if bibliography.subsequent_author_substitute.is_some() {
            return Pieces::Whole;
        }
        if bibliography.sort.is_none() {
            return Pieces::InOrder;
        }
        let numbered = CslStyle::Independent(csl.clone())
            .to_xml()
            .map_or(true, |xml| xml.contains("citation-number"));
        if numbered {
            return Pieces::Whole;
        }
        let mut order = csl.clone();
        order.citation.layout.elements.clear();
        if let Some(b) = &mut order.bibliography {
            b.layout.elements.clear();
        }
        Pieces::Sorted(Box::new(order))
    }
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
    /// A style that formats citations only.
    NoBibliography(String),
}

impl fmt::Display for StyleError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            StyleError::Unknown(n) => write!(f, "unknown style `{n}`; `citecheck styles` lists the bundled ones, or give a path to a .csl file"),
            StyleError::Read(p, e) => write!(f, "{p}: cannot read: {e}"),
            StyleError::Parse(p, e) => write!(f, "{p}: not a CSL style: {e}"),
            StyleError::NoParent(p, parent) => write!(f, "{p}: a dependent style whose parent {parent} is not bundled"),
            StyleError::NoBibliography(n) => write!(f, "style `{n}` formats citations only: it has no bibliography layout; `citecheck styles` lists those that have one"),
        }
    }
}

impl std::error::Error for StyleError {}

/// The locales bundled with hayagriva, decoded once.
pub(super) static LOCALES: LazyLock<Vec<Locale>> = LazyLock::new(locales);

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
    if csl.bibliography.is_none() {
        return Err(StyleError::NoBibliography(spec.to_string()));
    }
    let citation = csl.citation.clone();
    let csl = patch(csl);
    let suffixes = SuffixRule::of(&citation, &csl);
    Ok(Style {
        name: spec.to_string(),
        pieces: Pieces::of(&csl),
        csl,
        suffixes,
    })
}

/// The style as the engine gets it.
///
/// - Disambiguation is switched off: hayagriva 0.10.1 carries the name disambiguation of
///   citations into the bibliography (cutting author lists to "Smith et al." and dropping
///   initials), settles only a few groups of alike citations per render, and hands out year
///   suffixes in citation order. `disambiguate.rs` decides which works need a suffix instead,
///   and a second, small render gives them one (`run`).
/// - A `cs:names` with a label or substitute but no `cs:name` counts as empty in hayagriva's
///   group suppression (so `vancouver` printed no article authors, its issue 519); it is given
///   the default `cs:name` that the CSL specification implies and hayagriva renders with anyway.
/// - A page label with a fixed number (`plural="never"`) becomes what it means (see
///   `page_label_with_fixed_number`).
fn patch(mut csl: IndependentStyle) -> IndependentStyle {
    csl.citation.disambiguate_add_givenname = false;
    csl.citation.disambiguate_add_names = false;
    csl.citation.disambiguate_add_year_suffix = false;
    for_each_element(&mut csl, &mut |e| match e {
        LayoutRenderingElement::Names(names)
            if names.name().is_none() && !names.children.is_empty() =>
        {
            names
                .children
                .insert(0, NamesChild::Name(Default::default()));
        }
        LayoutRenderingElement::Label(label) => {
            if let Some(fixed) = page_label_with_fixed_number(label) {
                *e = fixed;
            }
        }
        _ => {}
    });
    csl
}

/// hayagriva 0.10.1 ignores `plural="never"` and `plural="always"` on the label of a page
/// variable (Vancouver's "p. 290–303" came out "pp."). Such a label is the term it names in
/// the number the style asks for, printed only when the variable is there: exactly a
/// `cs:choose` over the variable holding a `cs:text` of the term.
fn page_label_with_fixed_number(label: &Label) -> Option<LayoutRenderingElement> {
    let NumberOrPageVariable::Page(page) = label.variable else {
        return None;
    };
    let plural = match label.label.plural {
        LabelPluralize::Contextual => return None,
        LabelPluralize::Never => false,
        LabelPluralize::Always => true,
    };
    let mut text = Text::with_target(TextTarget::Term {
        term: Term::from(page),
        form: label.label.form,
        plural,
    });
    text.formatting = label.label.formatting;
    text.affixes = label.label.affixes.clone();
    text.text_case = label.label.text_case;
    text.strip_periods = label.label.strip_periods;
    Some(LayoutRenderingElement::Choose(Choose {
        if_: ChooseBranch {
            disambiguate: None,
            is_numeric: None,
            is_uncertain_date: None,
            locator: None,
            position: None,
            type_: None,
            variable: Some(vec![Variable::Page(page)]),
            match_: ChooseMatch::All,
            children: vec![LayoutRenderingElement::Text(text)],
        },
        else_if: Vec::new(),
        otherwise: None,
    }))
}

/// Every rendering element of the style's layouts and macros, depth first. Substitutes are not
/// entered: their `cs:names` inherit from the enclosing one.
fn for_each_element(csl: &mut IndependentStyle, f: &mut impl FnMut(&mut LayoutRenderingElement)) {
    fn walk(
        elements: &mut [LayoutRenderingElement],
        f: &mut impl FnMut(&mut LayoutRenderingElement),
    ) {
        for e in elements {
            f(e);
            match e {
                LayoutRenderingElement::Group(g) => walk(&mut g.children, f),
                LayoutRenderingElement::Choose(c) => {
                    walk(&mut c.if_.children, f);
                    for b in &mut c.else_if {
                        walk(&mut b.children, f);
                    }
                    if let Some(b) = &mut c.otherwise {
                        walk(&mut b.children, f);
                    }
                }
                _ => {}
            }
        }
    }
    walk(&mut csl.citation.layout.elements, f);
    if let Some(b) = &mut csl.bibliography {
        walk(&mut b.layout.elements, f);
    }
    for m in &mut csl.macros {
        walk(&mut m.children, f);
    }
}

/// How a style hands out year suffixes: its disambiguation settings (`disambiguate.rs` decides
/// which works need one) and the render style with suffixes on, for rendering those works.
#[derive(Debug)]
pub(super) struct SuffixRule {
    pub(super) rules: Rules,
    pub(super) csl: IndependentStyle,
}

impl SuffixRule {
    /// From the style's own citation settings (before `patch` turned them off) and the
    /// patched style.
    fn of(citation: &Citation, patched: &IndependentStyle) -> Option<SuffixRule> {
        if !citation.disambiguate_add_year_suffix {
            return None;
        }
        let mut csl = patched.clone();
        csl.citation.disambiguate_add_year_suffix = true;
        let givenname = citation.disambiguate_add_givenname.then_some(
            match citation.givenname_disambiguation_rule {
                DisambiguationRule::AllNames => GivenRule::AllNames,
                DisambiguationRule::AllNamesWithInitials => GivenRule::AllNamesWithInitials,
                DisambiguationRule::PrimaryName => GivenRule::PrimaryName,
                DisambiguationRule::PrimaryNameWithInitials => GivenRule::PrimaryNameWithInitials,
                DisambiguationRule::ByCite => GivenRule::ByCite,
            },
        );
        Some(SuffixRule {
            rules: Rules {
                add_names: citation.disambiguate_add_names,
                givenname,
                et_al_min: citation.name_options.et_al_min.map(|n| n as usize),
                et_al_use_first: citation.name_options.et_al_use_first.map(|n| n as usize),
            },
            csl,
        })
    }
}

/// Every bundled style that can format a bibliography (a few format citations only): its
/// names (the first is the short one) and its title.
pub fn bundled_styles() -> Vec<(&'static [&'static str], &'static str)> {
    ArchivedStyle::all()
        .iter()
        .filter(|s| match s.get() {
            CslStyle::Independent(i) => i.bibliography.is_some(),
            CslStyle::Dependent(_) => true,
        })
        .map(|s| (s.names(), s.display_name()))
        .collect()
}
