//! Linking through a Word file's reference-manager fields: each field's items (the works it
//! cites, with their data) are matched to reference-list entries by DOI, else by first
//! author, year and title; a citation found inside a field is then linked to the entry its
//! item names, whatever its text says.

use super::{Link, Status};
use crate::citation::Citation;
use crate::document::word::{FieldKind, Item, WordMap};
use crate::lexicon::fold_name;
use crate::reference::Reference;
use crate::span::Span;
use std::collections::HashMap;

/// A citation field and the entry each of its items matches (`None`: not in the list).
#[derive(Debug, Clone)]
pub struct FieldLink {
    /// Index of the field in [`WordMap::fields`].
    pub field: usize,
    pub span: Span,
    pub items: Vec<Item>,
    pub entries: Vec<Option<usize>>,
}

/// The citation fields of a Word file, linked to its reference list.
#[derive(Debug, Clone, Default)]
pub struct FieldLinks {
    /// In text order.
    pub links: Vec<FieldLink>,
    /// Spans of the bibliography fields.
    pub bibliographies: Vec<Span>,
    /// A bibliography field lists works no citation cites, on purpose.
    pub lists_uncited: bool,
}

impl FieldLinks {
    pub fn new(map: &WordMap, references: &[Reference]) -> Self {
        let index = EntryIndex::new(references);
        // A work cited many times is sought once (its last fallback reads every entry).
        let mut found: HashMap<String, Option<usize>> = HashMap::new();
        let mut out = FieldLinks::default();
        for (i, field) in map.fields.iter().enumerate() {
            match &field.kind {
                FieldKind::Citation { items, .. } => out.links.push(FieldLink {
                    field: i,
                    span: field.result,
                    entries: items
                        .iter()
                        .map(|item| {
                            *found
                                .entry(item.identity())
                                .or_insert_with(|| index.find(item))
                        })
                        .collect(),
                    items: items.clone(),
                }),
                FieldKind::Bibliography { extra } => {
                    out.bibliographies.push(field.result);
                    out.lists_uncited |= extra;
                }
            }
        }
        out
    }

    /// The citation field whose shown text holds `span`.
    pub fn around(&self, span: Span) -> Option<&FieldLink> {
        self.links.get(self.index_around(span)?)
    }

    /// [`FieldLinks::around`], as an index into `links`.
    pub fn index_around(&self, span: Span) -> Option<usize> {
        let i = self.links.partition_point(|f| f.span.start <= span.start);
        let at = i.checked_sub(1)?;
        let field = &self.links[at];
        (span.end <= field.span.end && !field.span.is_empty()).then_some(at)
    }

    /// Citations for the fields in which the text finders found none (`found[i]` says whether
    /// they did for field `i`): one per item, spanning the field's text and linked to the
    /// item's entry, so a field whose text reads as no citation ("the pilot study") still
    /// counts its works as cited.
    pub fn unfound<'a>(
        &'a self,
        found: &'a [bool],
        text: &'a str,
    ) -> impl Iterator<Item = (Citation, Link)> + 'a {
        self.links
            .iter()
            .zip(found)
            .filter(|(_, &found)| !found)
            .flat_map(move |(field, _)| {
                let shown = text
                    .get(field.span.start..field.span.end)
                    .unwrap_or("")
                    .trim();
                field
                    .items
                    .iter()
                    .zip(&field.entries)
                    .map(move |(item, entry)| {
                        let citation = Citation {
                            span: field.span,
                            text: shown.to_string(),
                            target: crate::citation::Target::Key(item.short()),
                            narrative: false,
                            prefix: None,
                            locator: None,
                        };
                        let link = Link {
                            status: if entry.is_some() {
                                Status::Matched
                            } else {
                                Status::Unmatched
                            },
                            entries: entry.iter().copied().collect(),
                            best_guess: None,
                            suggestion: None,
                            by_given_name: false,
                        };
                        (citation, link)
                    })
            })
    }

    /// Does a bibliography field hold `span` (the reference list Zotero or Mendeley wrote)?
    pub fn in_bibliography(&self, span: Span) -> bool {
        self.bibliographies
            .iter()
            .any(|b| b.start <= span.start && span.end <= b.end.max(b.start + 1))
    }

    /// The link of a citation inside a field: the entry of the field's item it names (the only
    /// item, or the one whose first author and year its text shows). Elsewhere, `found`.
    pub fn link(&self, citation: &Citation, found: Link) -> Link {
        let Some(field) = self.around(citation.span) else {
            return found;
        };
        let entry = match field.entries.as_slice() {
            [only] => *only,
            _ => {
                let text = fold_name(&citation.text);
                let named: Vec<_> = field
                    .items
                    .iter()
                    .zip(&field.entries)
                    .filter(|(item, _)| {
                        item.families
                            .first()
                            .is_some_and(|f| text.contains(&fold_name(f)))
                            && item.year.as_ref().is_none_or(|y| text.contains(y.as_str()))
                    })
                    .collect();
                let one = |named: &[(&Item, &Option<usize>)]| match named {
                    [(_, &entry)] => entry,
                    _ => None,
                };
                one(&named).or_else(|| {
                    // Several works by the same first author that year ("(Roe, 2014; Roe et
                    // al., 2014)"): the one whose author count the citation's form fits.
                    let crate::citation::Target::AuthorDate { names, et_al, .. } = &citation.target
                    else {
                        return None;
                    };
                    let fits: Vec<_> = named
                        .iter()
                        .copied()
                        .filter(|(item, _)| match *et_al {
                            true => item.families.len() > names.len().max(2),
                            false => item.families.len() == names.len(),
                        })
                        .collect();
                    one(&fits)
                })
            }
        };
        match entry {
            Some(i) => Link {
                status: Status::Matched,
                entries: vec![i],
                best_guess: None,
                suggestion: None,
                by_given_name: false,
            },
            None => found,
        }
    }
}

/// Entries by DOI and by (first author, year), for matching field items.
struct EntryIndex<'r> {
    references: &'r [Reference],
    by_doi: HashMap<String, usize>,
    by_author_year: HashMap<(String, i32), Vec<usize>>,
    /// Entries by their folded title (long enough to name one work).
    by_title: HashMap<String, Vec<usize>>,
    /// Each entry's whole text folded, made when an item first needs it.
    folded: std::cell::OnceCell<Vec<String>>,
}

impl<'r> EntryIndex<'r> {
    fn new(references: &'r [Reference]) -> Self {
        let mut by_doi = HashMap::new();
        let mut by_author_year: HashMap<_, Vec<usize>> = HashMap::new();
        let mut by_title: HashMap<_, Vec<usize>> = HashMap::new();
        for (i, r) in references.iter().enumerate() {
            if let Some(title) = r.title.as_deref().map(fold_title) {
                if title.len() >= MIN_TITLE {
                    by_title.entry(title).or_default().push(i);
                }
            }
            if let Some(doi) = &r.doi {
                by_doi.entry(normal_doi(doi)).or_insert(i);
            }
            if let (Some(first), Some(year)) = (r.creators().first(), r.year()) {
                by_author_year
                    .entry((fold_name(first.family()), year))
                    .or_default()
                    .push(i);
            }
        }
        EntryIndex {
            references,
            by_doi,
            by_author_year,
            by_title,
            folded: std::cell::OnceCell::new(),
        }
    }

    /// The entry an item names: same DOI; else the one entry with its first author and year,
    /// or among several the one with its title; else the one entry with its title and no
    /// other year (a manager that keeps the authors otherwise than the list spells them, or
    /// none).
    fn find(&self, item: &Item) -> Option<usize> {
        if let Some(&i) = item
            .doi
            .as_deref()
            .and_then(|d| self.by_doi.get(&normal_doi(d)))
        {
            return Some(i);
        }
        self.by_author_year(item)
            .or_else(|| self.by_title(item))
            .or_else(|| self.by_raw_title(item))
    }

    /// Last, for the few items nothing else matched: the one entry whose text holds the item's
    /// long title and year, whatever the entry's fields were read as (a list printed from a
    /// damaged record, "5. and, J.J.I. and B.K. Shoichet*, ZINC − A Free Database ...", has
    /// no author or title to compare).
    fn by_raw_title(&self, item: &Item) -> Option<usize> {
        let title = fold_title(item.title.as_deref()?);
        let year = item.year.as_deref().and_then(|y| y.get(..4))?;
        if title.len() < MIN_RAW_TITLE {
            return None;
        }
        let folded = self
            .folded
            .get_or_init(|| self.references.iter().map(|r| fold_title(&r.raw)).collect());
        let mut holding = self
            .references
            .iter()
            .zip(folded)
            .enumerate()
            .filter(|(_, (r, raw))| r.raw.contains(year) && raw.contains(&title))
            .map(|(i, _)| i);
        match (holding.next(), holding.next()) {
            (Some(i), None) => Some(i),
            _ => None,
        }
    }

    /// The one entry whose title is the item's, whose year, if both give one, is the item's.
    fn by_title(&self, item: &Item) -> Option<usize> {
        let title = fold_title(item.title.as_deref()?);
        let year = item
            .year
            .as_deref()
            .and_then(|y| y.get(..4)?.parse::<i32>().ok());
        let mut same = self.by_title.get(&title)?.iter().copied().filter(|&i| {
            match (year, self.references[i].year()) {
                (Some(a), Some(b)) => a == b,
                _ => true,
            }
        });
        match (same.next(), same.next()) {
            (Some(i), None) => Some(i),
            _ => None,
        }
    }

    fn by_author_year(&self, item: &Item) -> Option<usize> {
        let family = fold_name(item.families.first()?);
        let year: i32 = item.year.as_deref()?.get(..4)?.parse().ok()?;
        let candidates = self.by_author_year.get(&(family, year))?;
        if let [only] = candidates.as_slice() {
            return Some(*only);
        }
        let title = fold_title(item.title.as_deref()?);
        candidates.iter().copied().find(|&i| {
            self.references[i]
                .title
                .as_deref()
                .is_some_and(|t| fold_title(t) == title)
        })
    }
}

/// Folded titles shorter than this ("Editorial", "Introduction") are not matched alone.
const MIN_TITLE: usize = 16;

/// Folded titles sought inside an entry's whole text are longer still: a short one ("Insomnia
/// disorder") is found inside other titles.
const MIN_RAW_TITLE: usize = 24;

/// A DOI compared without its resolver prefix and case.
fn normal_doi(doi: &str) -> String {
    let doi = doi.trim();
    let lower = doi.to_ascii_lowercase();
    [
        "https://doi.org/",
        "http://doi.org/",
        "https://dx.doi.org/",
        "doi:",
    ]
    .iter()
    .find_map(|p| lower.strip_prefix(p))
    .unwrap_or(&lower)
    .trim()
    .to_string()
}

/// A title compared by its letters and digits only.
fn fold_title(title: &str) -> String {
    fold_name(title)
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::word::{Field, Manager};

    fn entry(text: &str) -> Reference {
        crate::reference::parse(text)
    }

    fn item(family: &str, year: &str, title: &str, doi: Option<&str>) -> Item {
        Item {
            families: vec![family.into()],
            year: Some(year.into()),
            title: Some(title.into()),
            doi: doi.map(str::to_string),
        }
    }

    #[test]
    fn items_match_by_doi_then_author_year_then_title() {
        let refs = vec![
            entry("Roe, A. (2001). First study. Journal, 1, 1-2. https://doi.org/10.5555/ABC.12"),
            entry("Roe, A. (2002). Second study. Journal, 1, 1-2."),
            entry("Roe, A. (2002). Third study. Journal, 1, 1-2."),
        ];
        let index = EntryIndex::new(&refs);
        assert_eq!(
            index.find(&item("X", "1990", "T", Some("10.5555/abc.12"))),
            Some(0)
        );
        assert_eq!(
            index.find(&item("Roe", "2002", "Third Study", None)),
            Some(2)
        );
        assert_eq!(index.find(&item("Roe", "2002", "Fourth study", None)), None);
        assert_eq!(index.find(&item("Doe", "2001", "First study", None)), None);
    }

    #[test]
    fn items_whose_authors_differ_match_by_a_long_title_and_year() {
        let refs = vec![
            entry("1. Sun, Y., N. Liu, and Y. Cui, Promises and challenges of nanomaterials for batteries. Nature Energy, 2016. 1(7): p. 16071."),
            entry("2. Discovery of small molecule cancer drugs: successes and challenges. 2019."),
            entry("3. Roe, A. (2003). A study of repeated titles. Journal, 1, 1-2."),
            entry("4. Poe, B. (2004). A study of repeated titles. Journal, 2, 3-4."),
        ];
        let index = EntryIndex::new(&refs);
        let given_first = item(
            "Yongming Sun",
            "2016",
            "Promises and challenges of nanomaterials for batteries",
            None,
        );
        assert_eq!(index.find(&given_first), Some(0));
        let authorless = Item {
            families: Vec::new(),
            ..item(
                "",
                "2019",
                "Discovery of small molecule cancer drugs: Successes and challenges",
                None,
            )
        };
        assert_eq!(index.find(&authorless), Some(1));
        // Another year, or a title two entries share, names no entry.
        assert_eq!(
            index.find(&item(
                "Sun",
                "2015",
                "Promises and challenges of nanomaterials for batteries",
                None
            )),
            None
        );
        assert_eq!(
            index.find(&item("Zed", "2003", "A study of repeated titles", None)),
            Some(2)
        );
        assert_eq!(
            index.find(&item("Zed", "2005", "A study of repeated titles", None)),
            None
        );
        // An entry printed from a damaged record holds the title in its text.
        let refs = vec![entry(
            "5. and, J.J.I. and B.K. Shoichet*, ZINC − A Free Database of Commercially Available Compounds. J. Chem. Inf. Model., 2004. 45(1): p. 177-182.",
        )];
        let index = EntryIndex::new(&refs);
        let zinc = "ZINC − A Free Database of Commercially Available Compounds";
        assert_eq!(index.find(&item("Irwin", "2004", zinc, None)), Some(0));
        assert_eq!(index.find(&item("Irwin", "2005", zinc, None)), None);
    }

    #[test]
    fn a_citation_in_a_field_links_to_its_items_entry() {
        let refs = vec![
            entry("Roe, A. (2001). First study. Journal, 1, 1-2."),
            entry("Poe, B. (1999). Other study. Journal, 1, 1-2."),
        ];
        let map = WordMap {
            places: Vec::new(),
            fields: vec![Field {
                manager: Manager::Zotero,
                kind: FieldKind::Citation {
                    items: vec![
                        item("Roe", "2001", "First study", None),
                        item("Poe", "1999", "Other study", None),
                    ],
                    written: None,
                },
                result: Span::new(10, 40),
            }],
        };
        let links = FieldLinks::new(&map, &refs);
        let citation = |text: &str, at: usize| Citation {
            span: Span::new(at, at + 5),
            text: text.into(),
            target: crate::citation::Target::Number(1),
            narrative: false,
            prefix: None,
            locator: None,
        };
        let unmatched = Link {
            status: Status::Unmatched,
            entries: Vec::new(),
            best_guess: None,
            suggestion: None,
            by_given_name: false,
        };
        let linked = links.link(&citation("prefix Poe 1999", 20), unmatched.clone());
        assert_eq!((linked.status, linked.entries), (Status::Matched, vec![1]));
        // Outside the field, the text's own link stands.
        assert_eq!(
            links.link(&citation("Poe 1999", 50), unmatched.clone()),
            unmatched
        );
        // Two works by the same first author that year: the citation's "et al." tells them
        // apart (the list prints both as "Roe, A., et al." or with one author).
        let refs = vec![
            entry("Roe, A. Nets in the deep. Medsoft 2014."),
            entry("Roe, A., et al. Nets in the shallows. Medsoft 2014."),
        ];
        let mut three = item("Roe", "2014", "Nets in the shallows", None);
        three
            .families
            .extend(["Poe".to_string(), "Doe".to_string()]);
        let map = WordMap {
            places: Vec::new(),
            fields: vec![Field {
                manager: Manager::EndNote,
                kind: FieldKind::Citation {
                    items: vec![item("Roe", "2014", "Nets in the deep", None), three],
                    written: None,
                },
                result: Span::new(10, 60),
            }],
        };
        let links = FieldLinks::new(&map, &refs);
        let author_date = |text: &str, at: usize, et_al: bool| Citation {
            target: crate::citation::Target::AuthorDate {
                names: vec!["Roe".into()],
                et_al,
                date: None,
                suffix: None,
                pubstate: None,
            },
            ..citation(text, at)
        };
        for (text, at, et_al, want) in [
            ("Roe, 2014", 11, false, 0),
            ("Roe, et al., 2014", 30, true, 1),
        ] {
            let linked = links.link(&author_date(text, at, et_al), unmatched.clone());
            assert_eq!(linked.entries, vec![want], "{text}");
        }
    }
}
