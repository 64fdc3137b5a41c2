//! Pass 6, the model's word: fields taken from the trained field model's segmentation
//! ([`crate::reference::fields`]) where it reads references better than the rules, with the
//! rules' own helpers normalising each value (names split, pages and volumes cut out).
//!
//! Which fields the model decides is a [`ModelFields`] set, chosen field by field on the
//! held-out split (`cargo run --release --example score_anystyle -- --held-out --fields ...`).

use super::authors::names_of;
use super::clean::field;
use super::imprint::PUBLISHER_LABEL;
use super::tail::{numbers_of, EDITION, IN_PREFIX};
use crate::reference::fields::{model, Label};
use crate::reference::Reference;
use std::ops::Range;

/// A set of fields the model decides.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct ModelFields(u16);

impl ModelFields {
    pub const NONE: ModelFields = ModelFields(0);
    pub const AUTHOR: ModelFields = ModelFields(1);
    pub const EDITOR: ModelFields = ModelFields(1 << 1);
    pub const TITLE: ModelFields = ModelFields(1 << 2);
    pub const CONTAINER: ModelFields = ModelFields(1 << 3);
    pub const VOLUME: ModelFields = ModelFields(1 << 4);
    pub const PAGES: ModelFields = ModelFields(1 << 5);
    pub const PUBLISHER: ModelFields = ModelFields(1 << 6);
    pub const LOCATION: ModelFields = ModelFields(1 << 7);
    pub const EDITION: ModelFields = ModelFields(1 << 8);
    /// Every field the model can decide.
    pub const ALL: ModelFields = ModelFields(0x1ff);

    /// The field named `name` ("title", "container" ...), or `None` for an unknown name.
    pub fn named(name: &str) -> Option<ModelFields> {
        Some(match name {
            "author" => Self::AUTHOR,
            "editor" => Self::EDITOR,
            "title" => Self::TITLE,
            "container" => Self::CONTAINER,
            "volume" => Self::VOLUME,
            "pages" => Self::PAGES,
            "publisher" => Self::PUBLISHER,
            "location" => Self::LOCATION,
            "edition" => Self::EDITION,
            "all" => Self::ALL,
            "none" => Self::NONE,
            _ => return None,
        })
    }

    pub fn contains(self, other: ModelFields) -> bool {
        self.0 & other.0 == other.0 && other.0 != 0
    }

    #[must_use]
    pub const fn with(self, other: ModelFields) -> ModelFields {
        ModelFields(self.0 | other.0)
    }
}

/// The first run of each label in `text`, as the model labels it.
struct Segments<'t> {
    text: &'t str,
    runs: Vec<(Label, Range<usize>)>,
}

impl<'t> Segments<'t> {
    fn new(text: &'t str) -> Self {
        let mut runs: Vec<(Label, Range<usize>)> = Vec::new();
        for (range, label) in model().label(text) {
            match runs.last_mut() {
                Some((l, r)) if *l == label => r.end = range.end,
                _ => runs.push((label, range)),
            }
        }
        Segments { text, runs }
    }

    /// The text of the first run labelled `label`.
    fn first(&self, label: Label) -> Option<&'t str> {
        let (_, r) = self.runs.iter().find(|(l, _)| *l == label)?;
        Some(&self.text[r.clone()])
    }

    /// The text of the longest run labelled `label`: a word or two the model marks apart from
    /// the field's main run are its slips more often than a second piece of the field.
    fn longest(&self, label: Label) -> Option<&'t str> {
        let (_, r) = self
            .runs
            .iter()
            .filter(|(l, _)| *l == label)
            .min_by_key(|(_, r)| std::cmp::Reverse(r.len()))?;
        Some(&self.text[r.clone()])
    }

    /// Is the first run labelled `label` followed by a date?
    fn before_date(&self, label: Label) -> bool {
        let i = self.runs.iter().position(|(l, _)| *l == label);
        i.and_then(|i| self.runs.get(i + 1))
            .is_some_and(|(l, _)| *l == Label::Date)
    }
}

/// A title or container without the quotes, brackets and punctuation around it.
fn bare(s: &str) -> Option<String> {
    let s = s.trim_matches(|c: char| {
        c.is_whitespace() || matches!(c, '"' | '“' | '”' | '«' | '»' | '‘' | '’' | ',' | ';' | ':')
    });
    let s = s.trim_end_matches(['.', ',', '"', '“', '”', '’']);
    field(s)
}

/// Set the fields of `fields` from the model's segmentation of `text` (the cleaned entry).
/// A field the model finds no words for keeps the rules' value (the model misses a field more
/// often than the rules invent one); an edition the rules found is kept, the model filling in
/// only one they missed.
pub(super) fn apply_model(r: &mut Reference, text: &str, fields: ModelFields) {
    if fields == ModelFields::NONE {
        return;
    }
    let segs = Segments::new(text);
    // What the rules found, to keep the model from giving one piece of text to two fields:
    // where its value for a field overlaps what the rules read as another (a title's second
    // half, an organisation author, a news outlet read as the container; for a container also
    // the publisher or place), the rules stand.
    let taken: Vec<(usize, String)> = [
        r.title.as_deref(),
        r.container.as_deref(),
        r.publisher.as_deref(),
        r.location.as_deref(),
    ]
    .into_iter()
    .enumerate()
    .filter_map(|(i, v)| Some((i, fold(v?))))
    .chain(r.authors.iter().map(|n| (usize::MAX, fold(&n.cite_name()))))
    .collect();
    let overlaps = |value: &Option<String>, skip: &[usize]| {
        value.as_deref().is_some_and(|v| {
            // Its first three words stand for a value that starts inside another field.
            let head = fold(&v.split_whitespace().take(3).collect::<Vec<_>>().join(" "));
            let v = fold(v);
            taken
                .iter()
                .any(|(i, t)| !skip.contains(i) && (t.contains(&head) || v.contains(t.as_str())))
        })
    };
    if fields.contains(ModelFields::TITLE) {
        r.title = segs.longest(Label::Title).and_then(bare);
    }
    if fields.contains(ModelFields::CONTAINER) {
        if let Some(c) = segs.longest(Label::Container) {
            let c = c.trim_start();
            let value = bare(IN_PREFIX.find(c).map_or(c, |m| &c[m.end()..]));
            if !overlaps(&value, &[1]) {
                r.container = value;
            }
        }
    }
    if fields.contains(ModelFields::PUBLISHER) {
        if let Some(p) = segs.longest(Label::Publisher) {
            let p = after_emphasis(p).trim_start();
            let value = bare(PUBLISHER_LABEL.find(p).map_or(p, |m| &p[m.end()..]));
            if !overlaps(&value, &[2, 3]) {
                // "Dhaka: University Press Limited": the place goes where it belongs.
                match value.as_deref().and_then(super::imprint::place_publisher) {
                    Some((place, publisher)) => {
                        if r.location.is_none() {
                            r.location = bare(place).map(Into::into);
                        }
                        r.publisher = bare(publisher);
                    }
                    None => r.publisher = value,
                }
            }
        }
    }
    if fields.contains(ModelFields::LOCATION) {
        if let Some(l) = segs.longest(Label::Location) {
            let value =
                bare(after_emphasis(l)).filter(|l| !PUBLISHER_LABEL.is_match(&format!("{l}: ")));
            if !overlaps(&value, &[2, 3]) {
                r.location = value.map(Into::into);
            }
        }
    }
    // A publisher or place the rules kept, the model finding none, that starts inside the
    // container the model read ("J. Coast. Res. 12" cut into container "J. Coast" and
    // publisher "Res. 12") is the container's tail.
    if let Some(container) = r.container.as_deref().map(fold) {
        let inside = |v: Option<&str>| {
            v.is_some_and(|v| {
                let head = fold(v.split_whitespace().next().unwrap_or(""));
                !head.is_empty() && container.ends_with(&head)
            })
        };
        if segs.first(Label::Publisher).is_none() && inside(r.publisher.as_deref()) {
            r.publisher = None;
        }
        if segs.first(Label::Location).is_none() && inside(r.location.as_deref()) {
            r.location = None;
        }
    }
    if fields.contains(ModelFields::VOLUME) || fields.contains(ModelFields::PAGES) {
        let mut numbers = Reference::default();
        let words: Vec<&str> = [segs.first(Label::Volume), segs.longest(Label::Pages)]
            .into_iter()
            .flatten()
            .collect();
        numbers_of(&mut numbers, &words.join(", "));
        if let Some(v) = segs
            .first(Label::Volume)
            .filter(|_| fields.contains(ModelFields::VOLUME))
        {
            r.volume = numbers.volume.or_else(|| first_number(v).map(Into::into));
            r.number = numbers.number;
        }
        if fields.contains(ModelFields::PAGES) {
            if let Some(p) = segs.longest(Label::Pages) {
                r.pages = numbers.pages.or_else(|| first_number(p).map(Into::into));
            }
        }
    }
    // "Middle East Development Journal 7 (2): 160–83" with its italics lost: the model may
    // keep the volume in the container and take the issue for the volume.
    let glued_volume = r.container.as_deref().and_then(|c| {
        let (head, tail) = c.rsplit_once(' ')?;
        let number =
            !tail.is_empty() && tail.len() <= 4 && tail.bytes().all(|b| b.is_ascii_digit());
        (number && r.volume.is_some() && r.number.is_none() && !head.trim().is_empty())
            .then(|| (head.trim_end_matches(',').to_string(), tail.to_string()))
    });
    if let Some((container, volume)) = glued_volume {
        r.number = r.volume.take();
        r.volume = Some(volume.into());
        r.container = Some(container);
    }
    if fields.contains(ModelFields::EDITION) {
        if let Some(e) = segs.first(Label::Edition).filter(|_| r.edition.is_none()) {
            r.edition = Some(
                EDITION
                    .captures(e)
                    .and_then(|c| c.get(1))
                    .map_or(e, |m| m.as_str())
                    .trim_matches(|c: char| !c.is_alphanumeric())
                    .into(),
            );
        }
    }
    if fields.contains(ModelFields::AUTHOR) {
        if let Some(seg) = segs.first(Label::Author) {
            let (names, _) = names_of(seg, segs.before_date(Label::Author));
            if !names.is_empty() {
                r.authors = names;
            }
        }
    }
    if fields.contains(ModelFields::EDITOR) {
        r.editors = match segs.first(Label::Editor) {
            Some(seg) => names_of(seg, false).0,
            None => Vec::new(),
        };
    }
}

/// The part of an imprint after an emphasis mark inside it: the model, which never saw
/// `*...*` in training, may run a publisher on from an emphasised title's last word
/// ("Pakistan*. Edinburgh University Press").
fn after_emphasis(s: &str) -> &str {
    match s.trim_end_matches(['*', '.', ',', ' ']).rfind('*') {
        Some(i) if i > 0 => s[i + 1..].trim_start_matches(['.', ',', ';', ':', ' ']),
        _ => s,
    }
}

/// Letters and digits only, lower-cased: to compare two readings of the same words.
fn fold(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// The first run of digits (or a roman numeral standing alone) in `s`.
fn first_number(s: &str) -> Option<&str> {
    s.split(|c: char| !c.is_alphanumeric())
        .find(|w| !w.is_empty() && w.bytes().any(|b| b.is_ascii_digit()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bare_values() {
        assert_eq!(
            bare("“A Spanish Romanticist Parodies Himself,”").as_deref(),
            Some("A Spanish Romanticist Parodies Himself")
        );
        assert_eq!(bare("*Nature*,").as_deref(), Some("Nature"));
        assert_eq!(bare("(London:").as_deref(), Some("London"));
        assert_eq!(bare(" . , "), None);
        assert_eq!(
            after_emphasis("Pakistan*. Edinburgh University Press."),
            "Edinburgh University Press."
        );
        assert_eq!(after_emphasis("*Gallimard*,"), "*Gallimard*,");
    }

    /// What the rules alone and the rules with the model make of references the rules misread.
    #[test]
    fn model_mends_what_the_rules_misread() {
        use crate::reference::parse::parse_with;
        let summary = |r: &Reference| {
            format!(
                "title={:?} container={:?} volume={:?} pages={:?} publisher={:?} location={:?}",
                r.title, r.container, r.volume, r.pages, r.publisher, r.location
            )
        };
        let cases = [
            "Dupont, Marie. Histoire de la ville. Paris, Gallimard, 2000.",
            "L. Chen, R. Okafor, Tidal flats, J. Coast. Res. 12 (2007) 101–118.",
        ];
        let got: Vec<(String, String)> = cases
            .iter()
            .map(|text| {
                (
                    summary(&parse_with(text, ModelFields::NONE)),
                    summary(&parse_with(text, super::super::MODEL_FIELDS)),
                )
            })
            .collect();
        let row = |rules: &str, model: &str| (rules.to_string(), model.to_string());
        let expected = vec![
            row(
                r#"title=Some("Histoire de la ville") container=None volume=None pages=None publisher=Some("Paris, Gallimard") location=None"#,
                r#"title=Some("Histoire de la ville") container=None volume=None pages=None publisher=Some("Gallimard") location=Some("Paris")"#,
            ),
            row(
                r#"title=Some("Tidal flats") container=Some("J. Coast") volume=None pages=Some("101–118") publisher=Some("Res. 12") location=None"#,
                r#"title=Some("Tidal flats") container=Some("J. Coast. Res") volume=Some("12") pages=Some("101–118") publisher=None location=None"#,
            ),
        ];
        assert_eq!(got, expected);
    }

    #[test]
    fn a_volume_left_in_the_container_moves_out() {
        let text = "Karimi, Reza. 2015. “Oil Windfalls and Labour Migration to the Gulf, 1973–2013.” Middle East Development Journal 7 (2): 160–83.";
        let r = super::super::parse(text);
        assert_eq!(
            (
                r.container.as_deref(),
                r.volume.as_deref(),
                r.number.as_deref()
            ),
            (
                Some("Middle East Development Journal"),
                Some("7"),
                Some("2")
            )
        );
    }

    #[test]
    fn field_sets() {
        let set = ModelFields::TITLE.with(ModelFields::PAGES);
        assert!(set.contains(ModelFields::TITLE));
        assert!(!set.contains(ModelFields::AUTHOR));
        assert!(!set.contains(ModelFields::NONE));
        assert_eq!(ModelFields::named("pages"), Some(ModelFields::PAGES));
        assert_eq!(ModelFields::named("nonsense"), None);
        assert_eq!(first_number("Vol. 12, Part A"), Some("12"));
    }
}
