//! Pass 6, the model's word: fields taken from the trained field model's segmentation
//! ([`crate::reference::fields`]) where it reads references better than the rules, with the
//! rules' own helpers normalising each value (names split, pages and volumes cut out).
//!
//! Which fields the model decides is a [`ModelFields`] set, chosen field by field on the
//! held-out split (`cargo run --release --example score_anystyle -- --held-out --fields ...`).

use super::authors::names_of;
use super::clean::{field, tidy_punctuation};
use super::imprint::{
    city_after_comma, city_after_stop, container_then_tail, is_place, is_town_and_state,
    last_sentence, looks_like_publisher, place_head, place_then_publisher, publisher_then_city,
    publisher_then_place, publisher_then_tail, PUBLISHER_LABEL,
};
use super::tail::EDITION;
use super::{captures_where, re};
use crate::reference::fields::{is_publisher_word, is_region, model, Label};
use crate::reference::words::{self, starts_with_city};
use crate::reference::{Name, Reference};
use compact_str::CompactString;
use regex::Regex;
use std::cell::OnceCell;
use std::ops::Range;
use std::sync::LazyLock;

mod agree;
mod dangling;
mod editors;
mod head;
pub(super) mod imprint_run;
mod journal_run;
mod place_run;
mod series_run;
mod spans;

use dangling::{ends_on_dangling_word, over_dangling_word};
use spans::{Field, Spans};

use editors::editors_only;
use journal_run::{container_value, journal_head_before, numbers_from_model};

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
        // "Proc. Natl. Acad. Sci. USA 2009, 106": a country the model reads as a place
        // between a journal and its numbers ends the journal's name (not after a comma: "...
        // Development Series, England, 1989" names the place).
        let mut i = 1;
        while i + 1 < runs.len() {
            let region = || text[runs[i].1.clone()].trim_end_matches([',', '.', ';', ' ']);
            if runs[i - 1].0 == Label::Container
                && runs[i].0 == Label::Location
                && matches!(runs[i + 1].0, Label::Date | Label::Volume | Label::Pages)
                && !text[runs[i - 1].1.clone()].ends_with([',', ':', ';'])
                && !region().contains(' ')
                && is_region(region())
            {
                runs[i - 1].1.end = runs[i].1.end;
                runs.remove(i);
            } else {
                i += 1;
            }
        }
        Segments { text, runs }
    }

    /// The text of each run labelled `label`, folded ([`fold`]).
    fn folded(&self, label: Label) -> Vec<String> {
        self.runs
            .iter()
            .filter(|(l, _)| *l == label)
            .map(|(_, run)| fold(&self.text[run.clone()]))
            .collect()
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

    /// The byte range of the longest run labelled `label` (see [`Self::longest`]).
    fn longest_range(&self, label: Label) -> Option<Range<usize>> {
        let (_, r) = self
            .runs
            .iter()
            .filter(|(l, _)| *l == label)
            .min_by_key(|(_, r)| std::cmp::Reverse(r.len()))?;
        Some(r.clone())
    }

    /// The byte range of the first run labelled `label`.
    fn first_range(&self, label: Label) -> Option<Range<usize>> {
        let (_, r) = self.runs.iter().find(|(l, _)| *l == label)?;
        Some(r.clone())
    }

    /// The longest run labelled `label` that shares no byte with `other`.
    fn longest_outside(&self, label: Label, other: &Range<usize>) -> Option<Range<usize>> {
        let (_, r) = self
            .runs
            .iter()
            .filter(|(l, r)| *l == label && (r.end <= other.start || r.start >= other.end))
            .min_by_key(|(_, r)| std::cmp::Reverse(r.len()))?;
        Some(r.clone())
    }

    /// The byte range of the first run labelled `label` of two words or more, else of the
    /// longest: the journal a reference names first is its container, a second run of the
    /// label is a slip ("Journal of biomechanics. 2011 44(4) 644-9. NIHMSID NIHMS252390
    /// PubMed [journal] PMID") or a note ("... pp. 232-243. Proceedings of the 23rd ICALP
    /// Conference").
    /// A run less than half the longest's length is a slip even so ("Funktion der 'cause
    /// célèbre' und Psychiatrisierung des Menschen ...").
    fn main_range(&self, label: Label) -> Option<Range<usize>> {
        let longest = self.longest_range(label)?;
        self.runs
            .iter()
            .find(|(l, r)| {
                *l == label
                    && ((self.text[r.clone()].trim().contains(' ') && r.len() * 2 >= longest.len())
                        || self.numbers_after(r))
            })
            .map(|(_, r)| r.clone())
            .or(Some(longest))
    }

    /// Does a title run come after `run`?
    fn title_after(&self, run: &Range<usize>) -> bool {
        self.runs
            .iter()
            .any(|(l, r)| *l == Label::Title && r.start >= run.end)
    }

    /// Do volume or pages follow `run`, as the next field or the one after it ("Chin J Pract
    /// Ophthalmol . 2012; 30: 673–676.")?
    fn numbers_after(&self, run: &Range<usize>) -> bool {
        self.runs
            .iter()
            .filter(|(l, r)| r.start >= run.end && *l != Label::Other)
            .take(2)
            .any(|(l, _)| matches!(l, Label::Volume | Label::Pages))
    }

    /// The label of the first run of a field after `run` (runs of no field skipped).
    fn label_after(&self, run: &Range<usize>) -> Option<Label> {
        self.runs
            .iter()
            .find(|(l, r)| r.start >= run.end && *l != Label::Other)
            .map(|(l, _)| *l)
    }

    /// Is `run` the start of an imprint that closes the reference: from it on, one publisher,
    /// one place and a date, with runs of no field or an identifier between ("Addison-Wesley,
    /// Reading, MA, 1974."), pages after the place? A second publisher ("... R&D (NCCSDO),
    /// Summer 2000. London: NCCSDO (2001).") says the first was the title's.
    fn imprint_from(&self, run: &Range<usize>) -> bool {
        let (mut publishers, mut places) = (0, 0);
        for (l, _) in self.runs.iter().filter(|(_, r)| r.end > run.start) {
            match l {
                Label::Publisher => publishers += 1,
                Label::Location => places += 1,
                Label::Date | Label::Other | Label::Identifier => {}
                // A chapter's or paper's pages after the imprint ("The Combustion Institute,
                // Pittsburgh, PA. 1971. p. 239.").
                Label::Pages if places == 1 => {}
                _ => return false,
            }
        }
        publishers == 1 && places == 1
    }

    /// Does the model read an author before `run`, apart from it: a name the run repeats
    /// ("INSEE, 2009, Le commerce en France, Paris, INSEE.") is then the publisher's too.
    fn author_before(&self, run: &Range<usize>) -> bool {
        self.runs
            .iter()
            .any(|(l, r)| *l == Label::Author && r.end <= run.start)
    }

    /// Is the first run labelled `label` followed by a date?
    fn before_date(&self, label: Label) -> bool {
        let i = self.runs.iter().position(|(l, _)| *l == label);
        i.and_then(|i| self.runs.get(i + 1))
            .is_some_and(|(l, _)| *l == Label::Date)
    }
}

/// `container` without a month date closing it, and the place written before that date.
pub(super) fn without_date_tail(container: &str) -> Option<(&str, Option<&str>)> {
    let caps = captures_where(&DATE_TAIL, container)?;
    let all = caps.get(0)?;
    let head = &container[..all.start()];
    let place = caps
        .name("place")
        .map(|m| m.as_str())
        .filter(|p| !p.is_empty());
    head.contains(char::is_alphabetic).then_some((head, place))
}

/// A month date closing a container, after a comma or in an opening bracket, with up to three
/// place words before it: ", June", " (August-September", " (Seattle, Washington, April 1-5, 1990)".
static DATE_TAIL: LazyLock<Regex> = LazyLock::new(|| {
    re(
        &format!(
            r"(?i)(?:,\s+|\s*\()(?P<place>(?:[^(),0-9]+,\s+){{0,3}}){}(?:[\s\-–/0-9,.]|$)[^()]*\)?\s*$",
            crate::text::MONTH
        ),
        "DATE_TAIL",
    )
});

/// `value` without the tail `split` finds in it ("Springer-Verlag Berlin", "..., VII"); a
/// place in that tail becomes the location, where there is none yet.
fn place_off(
    value: &mut Option<String>,
    location: &mut Option<CompactString>,
    split: fn(&str) -> (&str, Option<&str>),
) {
    let Some(whole) = value.take() else { return };
    let (head, place) = split(&whole);
    if location.is_none() {
        *location = place.and_then(bare).map(Into::into);
    }
    *value = bare(head).or(Some(whole));
}

/// Quotes and marks around a title or container, full-width ones too ("， 《東都事略與宋史比較研究》
/// 。").
const BARE_MARKS: &[char] = &[
    '"', '“', '”', '«', '»', '‘', '’', ',', ';', ':', '，', '。', '：', '；', '《', '》', '「',
    '」', '『', '』',
];

/// A title that ends on `mark` and the publisher ends before them.
fn title_before_publisher(r: &mut Reference, mark: &str) {
    let head = r
        .title
        .as_deref()
        .zip(r.publisher.as_deref())
        .and_then(|(title, publisher)| {
            title
                .strip_suffix(publisher)
                .and_then(|t| t.strip_suffix(mark))
                .filter(|h| !h.is_empty())
        });
    if let Some(head) = head {
        r.title = Some(head.to_string());
    }
}

/// A title or container without the quotes, brackets and punctuation around it.
fn bare(s: &str) -> Option<String> {
    let s = s.trim_matches(|c: char| c.is_whitespace() || BARE_MARKS.contains(&c));
    let s = s.trim_end_matches(['.', ',', '"', '“', '”', '’']);
    // A title between straight single quotes ("'Variables influencing the return',"): not one
    // quote alone ("Workers'").
    let s = match s.strip_prefix('\'').and_then(|t| t.strip_suffix('\'')) {
        Some(inner) => inner.trim_end_matches([',', '.']),
        None => s,
    };
    let s = s.trim_start_matches(['.', ' ', '*']);
    // A spaced colon closed up as the rules' values have it ("Postwar : a history").
    if s.contains(" : ") {
        return field(&tidy_punctuation(s));
    }
    field(s)
}

/// Set the fields of `fields` from the model's segmentation of `text` (the cleaned entry).
/// A field the model finds no words for keeps the rules' value (the model misses a field more
/// often than the rules invent one); an edition the rules found is kept, the model filling in
/// only one they missed.
///
/// Where the model gives words to a container, publisher or place that the rules read as part
/// of another field, the two readings are reconciled by position ([`Spans`]): a rule title
/// that runs on into the model's container ("Report on Haskell. ACM SIGPLAN Notices") is cut
/// where the container starts; one that lies wholly inside it ("1997, ApJ, 475, 163") gives
/// way to the model's title or none; a rule publisher or place inside the model's container
/// ("J. Coast. Res. 12" read as container "J. Coast", publisher "Res. 12") goes.
pub(super) fn apply_model(r: &mut Reference, text: &str, fields: ModelFields) {
    if fields == ModelFields::NONE {
        return;
    }
    // The rules' imprint written publisher first ("Addison-Wesley: Reading, MA; 1986"), which
    // the model reads as one place or breaks inside a name: the rules' reading stands.
    let publisher_first = match (&r.publisher, &r.location) {
        (Some(p), Some(l)) if written_as(text, &[p, ": ", l]) => Some((p.clone(), l.clone())),
        _ => None,
    };
    let mut segs = Segments::new(text);
    segs.mend_university_presses();
    segs.mend_publishers_read_as_places();
    segs.mend_publishers_after_cities(r.publisher.as_deref());
    segs.mend_articles_read_as_places();
    segs.mend_closing_publishers();
    segs.mend_journals_read_as_publishers();
    segs.mend_publishers();
    segs.mend_publisher_heads();
    segs.mend_open_acronyms();
    segs.mend_series_numbers();
    segs.mend_publishers_closing_containers();
    segs.mend_years_closing_containers();
    segs.mend_meeting_papers();
    segs.mend_containers();
    segs.mend_container_ends();
    segs.mend_places_read_as_volumes();
    segs.mend_elided_words();
    segs.mend_meeting_places();
    segs.mend_editor_tails();
    segs.mend_initials_before_editors();
    segs.mend_books_read_as_titles();
    if !r.editors.is_empty() {
        segs.mend_other_language_editors();
    }
    segs.mend_open_page_ranges();
    segs.mend_page_labels();
    segs.mend_chapter_numbers();
    segs.mend_dates_opening_titles();
    segs.mend_titles_read_as_names();
    segs.mend_titles_opened_as_imprints();
    // Where the model reads the reference as the rules did, its runs need not be weighed.
    let agree = agree::skip_weighing(r, &segs);
    if r.authors.is_empty() {
        head::initials_author(r, &segs);
    }
    if r.authors.is_empty() {
        head::names_author(r, &segs);
    }
    if r.authors.is_empty() {
        head::cjk_authors(r, &segs);
    }
    if r.authors.is_empty() {
        head::title_first_authors(r, &segs);
    }
    let mut spans = Spans::of(r, text);
    if !agree {
        spans.title_from_model(r, &segs);
        spans.title_from_names(r, &segs);
    }
    // An organisation author or a news outlet the rules read as the author, which the model
    // reads as the container or publisher: the rules stand.
    // A person's family name inside a publisher's ("Press, WH" and "Cambridge University
    // Press"; "Page, Walter Hines" and "Doubleday, Page and Company") is no such reading: only
    // an organisation's name may lie inside or around the value, a person's must be all of it.
    // The names are folded once, and only when a run of the model's is there to compare.
    let authors: OnceCell<Vec<(String, bool)>> = OnceCell::new();
    let in_authors = |names: &[Name], value: &Option<String>| {
        value.as_deref().is_some_and(|v| {
            let authors = authors.get_or_init(|| {
                names
                    .iter()
                    .map(|n| (fold(&n.cite_name()), n.is_literal()))
                    .collect()
            });
            if authors.iter().all(|(a, _)| a.is_empty()) {
                return false;
            }
            let (v, head) = (fold(v), fold_words(v, 3));
            authors.iter().any(|(a, literal)| {
                !a.is_empty()
                    && if *literal {
                        a.contains(&head) || v.contains(a.as_str())
                    } else {
                        v == *a
                    }
            })
        })
    };
    if fields.contains(ModelFields::TITLE) {
        r.title = segs.longest(Label::Title).and_then(bare);
    }
    // A container the model read that is the imprint's publisher: the publisher's, not the
    // container's.
    let publisher_run = (!agree)
        .then(|| segs.publisher_read_as_container(r.location.as_deref()))
        .flatten();
    // Where a chapter's book the rules read whole stands, when it stands for the model's part
    // of it ([`editors::book_after_role`]), no publisher is read inside it; nor in the words
    // a container took on after a dangling word (`taken`).
    let (mut book, mut taken) = (None, None);
    let mut imprint_kept = false;
    if !agree && fields.contains(ModelFields::CONTAINER) {
        // No title and a publisher: what the model calls the container is a book's title
        // ("Hesse, Hermann. Der Steppenwolf. Vol. 4 ... Berlin: Suhrkamp, 1958."), unless "In"
        // opens it ("Giovannini G., 2002, in ‘Merging Processes of Galaxy Clusters’, eds.
        // ..., Kluwer": the paper's own title is not given).
        let book_title = segs.first(Label::Title).is_none()
            && segs.first(Label::Publisher).is_some()
            && !segs
                .first(Label::Container)
                .is_some_and(|c| super::tail::IN_PREFIX.is_match(c.trim_start()));
        let run = match (segs.book_after_editors(), segs.main_range(Label::Container)) {
            // The book a chapter is in, after its editors: the model may read its title as a
            // second title, or split it between title, note and container.
            (Some(book), c) if c.as_ref().is_none_or(|c| c.start < book.end) => Some(book),
            (_, c) => c,
        };
        // A city of the rules' place the model read apart as a container ("Weinheim" +
        // "München:" of "Weinheim / München: Juventa").
        let city_of_place = |run: &Range<usize>| {
            let words = text[run.clone()].trim_matches(|c: char| !c.is_alphanumeric());
            r.location
                .as_deref()
                .is_some_and(|l| imprint_run::cities(l).any(|city| city == words))
                && words::is_city(words)
        };
        // "Pages 55-70 in ...", "..., Heft 8": a label alone is no container (CSE's chapters);
        // a title the rules ran on over it ends before it.
        let label = |run: &Range<usize>| imprint_run::number_label(&text[run.clone()]);
        if let Some(run) = run.as_ref().filter(|run| label(run)) {
            let label = text[run.clone()].trim_end_matches(['.', ',', ':', ';']);
            if let Some(t) = r.title.as_deref() {
                if let Some(at) = t.find(&format!(", {label}")).filter(|&at| at > 0) {
                    r.title = Some(t[..at].to_string());
                }
            }
        }
        if let Some(run) = run.filter(|run| {
            !book_title && publisher_run.as_ref() != Some(run) && !city_of_place(run) && !label(run)
        }) {
            // The words a run that stopped on a dangling word takes on ("... Institutional
            // and" + "National Divides."): no publisher is read in them either.
            let model_end = run.end;
            let run = over_dangling_word(text, run);
            // Not where a publisher's word says the words taken on are an imprint ("Dar Al
            // Masirah for" + "Publishing and Distribution").
            let imprint = || {
                text[model_end..run.end]
                    .split_whitespace()
                    .any(is_publisher_word)
            };
            let taken_on = (run.end > model_end && !imprint()).then_some(model_end..run.end);
            // The rules' imprint closing the run ("Leningrad, Nedra,", "Handbuch der
            // Sozialarbeit. Luchterhand, Neuwied"): the container ends before it, and the
            // rules' publisher and place stand.
            let imprint_at = rules_imprint_at(text, &run, r);
            imprint_kept = imprint_at.is_some();
            let run = match imprint_at {
                Some(at) => run.start..at,
                None => run,
            };
            let value = container_value(&text[run.clone()]);
            // An author the model read as a journal before the title ("Lerch Ch., Loos-Baroin
            // J. (2001), “Title”, Research Policy"): no container.
            let author_read = || {
                segs.title_after(&run)
                    && value
                        .as_deref()
                        .is_some_and(|v| head::written_as_author(&r.authors, v))
            };
            // Nothing before the imprint: the rules' container stands.
            let imprint_only = imprint_kept && value.is_none();
            if !imprint_only
                && !in_authors(&r.authors, &value)
                && !editors_only(&r.editors, value.as_deref())
                && !author_read()
            {
                if let Some(run) = spans.give(r, &segs, Field::Container, run) {
                    taken = taken_on;
                    // "Vol. 6 of Sämtliche Werke": the work the volume is of.
                    let value = &text[run.clone()];
                    let value = match value.strip_prefix("of ") {
                        Some(work) if volume_of_before(text, run.start + 3) => work,
                        _ => value,
                    };
                    let rules = r.container.take();
                    r.container = container_value(value);
                    // "Mod. Phys. Lett. A", "Lect. Notes Phys.": the model may read the
                    // journal's first abbreviation with the names before it.
                    if let Some(rules) = rules {
                        if journal_head_before(&rules, &r.container) {
                            r.container = Some(rules);
                        } else if let Some(at) =
                            editors::book_after_role(&rules, r.container.as_deref(), text)
                        {
                            book = Some(at..at + rules.len());
                            r.container = Some(rules);
                        }
                    }
                    place_off(&mut r.container, &mut r.location, container_then_tail);
                }
            }
        }
    }
    if !agree && fields.contains(ModelFields::PUBLISHER) {
        let value_of = |p: &str| {
            let p = after_emphasis(p).trim_start();
            let p = PUBLISHER_LABEL.find(p).map_or(p, |m| &p[m.end()..]);
            let p = imprint_run::without_role_mark(p);
            bare(last_sentence(p.trim_end_matches([',', '.', ';', ' '])))
        };
        // No publisher: the work a volume is of ("Vol. 3 of Werke"), a label ("Nr. 337").
        let run = segs.publisher_range().filter(|run| {
            !volume_of_before(text, run.start) && !imprint_run::number_label(&text[run.clone()])
        });
        let run = run
            .or(publisher_run)
            .or_else(|| segs.publisher_after_pages())
            .filter(|run| {
                !book
                    .as_ref()
                    .is_some_and(|b: &Range<usize>| b.start <= run.start && run.start < b.end)
            });
        // A run that starts inside the words a container took on and goes on past them keeps
        // what is past them ("Globalizacion, Edicions Bellaterra" after "... en la Era de la"
        // + "Globalizacion").
        let run = run.and_then(|run| match &taken {
            Some(b) if b.start <= run.start && run.start < b.end => {
                let rest = &text[b.end.min(run.end)..run.end];
                let lead = rest.len() - rest.trim_start_matches([',', ';', ':', '.', ' ']).len();
                let start = b.end + lead;
                (run.end > start && text[start..run.end].contains(char::is_alphabetic))
                    .then_some(start..run.end)
            }
            _ => Some(run),
        });
        // No run of the model's: the rules' publisher stands only where it reads as one
        // ("Special Issue on ...", "Van der Pol oscillator", "[hep-th" are none).
        if run.is_none()
            && !imprint_kept
            && !r
                .publisher
                .as_deref()
                .is_some_and(|p| imprint_run::rules_publisher_stands(p, text))
        {
            r.publisher = None;
        }
        if let Some(run) = run {
            // "Coastal structures. Harbour Press,": the rules' book of a chapter with editors,
            // then the publisher, in one run; the book stays.
            let book = r.container.as_deref().filter(|_| !r.editors.is_empty());
            let book_first = book.and_then(|c| {
                let after = text[run.clone()].strip_prefix(c)?.strip_prefix(". ")?;
                (!after.trim().is_empty()).then(|| run.end - after.len())
            });
            let run = match book_first {
                Some(start) => start..run.end,
                None => run,
            };
            let run = segs.publisher_to_date(run);
            // "VS Verlag für" + "Sozialwissenschaften:": a name goes on to the next mark (not
            // out of a bracket it opened).
            let run = if text[run.clone()].contains('(') {
                run
            } else {
                over_dangling_word(text, run)
            };
            if segs.author_before(&run) || !in_authors(&r.authors, &value_of(&text[run.clone()])) {
                if let Some(run) = spans.give(r, &segs, Field::Publisher, run) {
                    let run_start = run.start;
                    let value = value_of(&text[run]);
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
                    // "Springer-Verlag Berlin", "MIT Lincoln Labs, Cambridge, MA".
                    place_off(&mut r.publisher, &mut r.location, publisher_then_place);
                    place_off(&mut r.publisher, &mut r.location, publisher_then_tail);
                    imprint_run::publisher_named_by_place(r, text, run_start);
                }
            }
        }
    }
    // A title the model ran on over the publisher closing the entry ("Imagined Communities:
    // ... Nationalism. Verso.", where the rules' publisher stands): the title ends before it.
    // (Not before a container: one the model cut from a title's second sentence is no reason.)
    title_before_publisher(r, ". ");
    if !agree && fields.contains(ModelFields::LOCATION) {
        let value_of = |l: &str| {
            // "37-82. Cologne:": pages or a year the model ran into the place.
            let l = after_emphasis(l);
            let l = l
                .trim_start_matches(|c: char| !c.is_alphabetic() && c != '(')
                .trim_start();
            let l = last_sentence(l.trim_end_matches([',', '.', ';', ':', ' ']));
            // "Opladen, S. 95–110": the page label the model ran the place on into.
            bare(without_page_label(city_after_stop(l)))
                .filter(|l| !PUBLISHER_LABEL.is_match(&format!("{l}: ")))
        };
        // The place named first: a second is a second publisher's ("London, MIT Press,
        // Cambridge, Massachusets") or a meeting's.
        let place_run = segs.first_range(Label::Location);
        // No run of the model's: the rules' place stands only where it reads as one, a known
        // place or a place before its publisher's colon ("Kempen-Niederrhein: Thomas
        // Druckerei"); "See also", "The aesthetics of nations" are none.
        if place_run.is_none()
            && !imprint_kept
            && !r.location.as_deref().is_some_and(|l| {
                is_place(l) || is_town_and_state(l) || text.contains(&format!("{l}:"))
            })
        {
            r.location = None;
        }
        if let Some(mut run) = place_run {
            // "Rio" + "de Janeiro:", "Rowley," + "Mass.:": the place began earlier.
            let after_publisher = segs
                .runs
                .iter()
                .rfind(|(l, r)| r.end <= run.start && *l != Label::Other)
                .is_some_and(|(l, _)| *l == Label::Publisher);
            // Not back into part of the model's title or container ("... Using a Ring Fixture
            // West Conshohocken, PA: ASTM International", "... Music Conference, Certaldo,
            // Italy:"); a container of the head's words alone is the place's ("Rio" + "de
            // Janeiro:").
            let head = place_head(text, run.clone(), after_publisher);
            let into_other = segs.runs.iter().any(|(l, r)| {
                matches!(l, Label::Title | Label::Container) && r.start < head && head < r.end
            });
            if !into_other {
                run.start = head;
            }
            if segs.author_before(&run) || !in_authors(&r.authors, &value_of(&text[run.clone()])) {
                if let Some(run) = spans.give(r, &segs, Field::Location, run) {
                    // ... closed after the year ("(Seattle, Washington), August" is a
                    // meeting's place).
                    let bracketed = text[run.clone()].starts_with('(')
                        && text[run.start..].split(')').next().is_some_and(|inside| {
                            inside
                                .split(|c: char| !c.is_ascii_digit())
                                .any(|n| n.len() == 4)
                        });
                    // "London, Portland: Frank Cass": places before a publisher's colon.
                    let colon_after = text[run.end..].trim_start().starts_with(':')
                        || text[run.clone()].trim_end().ends_with(':');
                    r.location = value_of(&text[run]).map(Into::into);
                    // "Paris, Inserm, 2002": the model ran a book's place on into its
                    // publisher (a meeting's place has no publisher: "..., Proceedings of the
                    // 21st VLDB Conference, Zurich, Swizerland, 1995").
                    let book = r.publisher.is_none() && r.container.is_none();
                    let colon = r.location.as_deref().is_some_and(|l| l.contains(": "));
                    if let Some((place, publ)) = r
                        .location
                        .as_deref()
                        .and_then(imprint_run::place_before_mark)
                    {
                        // A chapter's too after a known city's colon ("(Florence: Olschki,
                        // 2003), vol. ii").
                        if book || (r.publisher.is_none() && colon && words::is_city(place)) {
                            r.publisher = bare(without_page_label(publ));
                        }
                        r.location = bare(place).map(Into::into);
                    }
                    if r.publisher.is_some() || r.container.is_some() {
                        let whole = r.location.as_deref().unwrap_or("");
                        let city = city_after_comma(whole);
                        if city.len() < whole.len() {
                            // "Routledge, London": a publisher's name before the city.
                            let before =
                                whole[..whole.len() - city.len()].trim_end_matches([',', ' ']);
                            let publ = (r.publisher.is_none() && looks_like_publisher(before))
                                .then(|| bare(before))
                                .flatten();
                            r.location = bare(city).map(Into::into).or(r.location.take());
                            if publ.is_some() {
                                r.publisher = publ;
                            }
                        }
                    }
                    // A chapter's imprint in brackets ("(Magnes, Jerusalem, 1983)", Nature's):
                    // its publisher, then its city.
                    if let Some((publ, place)) = r
                        .location
                        .as_deref()
                        .filter(|_| !book && bracketed && r.publisher.is_none())
                        .and_then(publisher_then_city)
                    {
                        let (place, publ) = (bare(place), bare(publ));
                        (r.location, r.publisher) = (place.map(Into::into), publ);
                    }
                    // A chapter's too, no publisher read, where a publisher's name follows the
                    // city ("(S. 9-20). Opladen, Leske + Budrich."), or any name where the book
                    // has editors ("Paris, Fayard, 1984, p. 461-494").
                    let named = |l: &&str| {
                        r.publisher.is_none()
                            && l.split_once(", ").is_some_and(|(_, p)| {
                                looks_like_publisher(p)
                                    || (!colon_after && place_run::edited_books_publisher(r, p))
                            })
                    };
                    let split = r.location.as_deref().filter(|l| book || named(l));
                    if let Some((place, publ)) = split.and_then(place_then_publisher) {
                        (r.location, r.publisher) = (bare(place).map(Into::into), bare(publ));
                    } else if let Some((publ, place)) = split.and_then(publisher_then_city) {
                        // "Westview, Boulder, CO": the publisher, then its city.
                        (r.location, r.publisher) = (bare(place).map(Into::into), bare(publ));
                    }
                }
            }
        }
    }
    // Or ran on over a publisher the place's run split off ("Relationship at the centre:
    // Healing in a troubled world, Whurr, London/Philadelphia, 2005").
    title_before_publisher(r, ", ");
    if let Some((publisher, place)) = publisher_first {
        (r.publisher, r.location) = (Some(publisher), Some(place));
    }
    place_run::initial_to_place(r);
    imprint_run::place_opening_publisher(r, text);
    if fields.contains(ModelFields::LOCATION) {
        if let Some(taken) = imprint_run::join_places(&mut r.location, text) {
            imprint_run::without_taken_tail(&mut r.publisher, taken);
            imprint_run::without_taken_tail(&mut r.container, taken);
        }
    }
    if !fields.contains(ModelFields::TITLE) {
        spans.extend_title(r, &segs);
    }
    imprint_run::title_before_place(r);
    // "Federal Reserve Bulletin (August-September", "Proceedings of CHI (Seattle, Washington,
    // April 1-5, 1990)": the meeting's or issue's date is not the container's; a place before
    // it is the location.
    if let Some((container, place)) = r.container.as_deref().and_then(without_date_tail) {
        if r.location.is_none() {
            r.location = place.and_then(bare).map(Into::into);
        }
        r.container = field(container);
    }
    // A publisher or place the rules kept, not found in the text (the rules took a year out
    // of it), the model finding none, that starts with the last word of the model's container
    // ("J. Am. Chem. Soc. 2007, 129" read as publisher "Soc. 129") is the container's tail.
    if let Some(container) = r.container.as_deref().map(fold) {
        let inside = |v: Option<&str>| {
            v.is_some_and(|v| {
                let head = fold(v.split_whitespace().next().unwrap_or(""));
                !head.is_empty() && container.ends_with(&head)
            })
        };
        // "Med J Malaysia; 51": the rules' publisher is the model's journal with its volume.
        let journal = |v: Option<&str>| v.is_some_and(|v| fold(v).starts_with(&container));
        let no_publisher = segs.first(Label::Publisher).is_none();
        if no_publisher && (inside(r.publisher.as_deref()) || journal(r.publisher.as_deref())) {
            r.publisher = None;
        }
        if segs.first(Label::Location).is_none() && inside(r.location.as_deref()) {
            r.location = None;
        }
    }
    if fields.contains(ModelFields::VOLUME) || fields.contains(ModelFields::PAGES) {
        numbers_from_model(r, &segs, fields);
    }
    // "Middle East Development Journal 7 (2): 160–83" with its italics lost: the model may
    // keep the volume in the container and take the issue for the volume.
    // The rules' container (in emphasis) may already stand without the number; the model's
    // container run still ends with it ("*Middle East Development Journal* 7").
    let trailing_number = |c: &str| -> Option<(String, String)> {
        journal_run::trailing_number(c).map(|(head, number)| (head.into(), number.into()))
    };
    let issue_only = segs
        .first(Label::Volume)
        .is_some_and(|v| v.trim_start().starts_with('('));
    if r.volume.is_some() && r.number.is_none() {
        if let Some((container, volume)) = r.container.as_deref().and_then(trailing_number) {
            r.number = r.volume.take();
            r.volume = Some(volume.into());
            r.container = Some(container);
        } else if let Some((_, volume)) = segs
            .first(Label::Container)
            .filter(|_| issue_only && fields.contains(ModelFields::VOLUME))
            .and_then(trailing_number)
        {
            r.number = r.volume.take();
            r.volume = Some(volume.into());
        }
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
    // The rules read no series before this but a marked one ("coll. « Points »"); tidy's
    // readings, later, replace the model's.
    if r.series.is_none() {
        r.series = segs.series();
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
    } else if r.editors.is_empty() {
        editors::missed(r, &segs, &spans);
    } else {
        editors::within_model(r, &segs);
    }
    head::authors_before_fields(r, &segs);
    head::journal_read_as_organisation(r, &segs);
    head::authors_into_container(r, &segs);
    head::title_read_as_author(r);
    head::title_word_read_as_family(r, &segs);
    place_run::imprint_place_after_meetings(&mut r.location);
}

/// Does a volume's number and "of" stand right before byte `at` of `text` ("Vol. 6 of" +
/// "Sämtliche Werke")?
fn volume_of_before(text: &str, at: usize) -> bool {
    text[..at]
        .trim_end()
        .strip_suffix(" of")
        .is_some_and(|before| before.trim_end().ends_with(|c: char| c.is_ascii_digit()))
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
pub(super) fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    fold_into(s, &mut out);
    out
}

/// [`fold`] of `s`, added to `out`; ASCII characters (most of most references) without the
/// general case's lookups.
fn fold_into(s: &str, out: &mut String) {
    for c in s.chars() {
        if c.is_ascii() {
            if c.is_ascii_alphanumeric() {
                out.push(c.to_ascii_lowercase());
            }
        } else if c.is_alphanumeric() {
            out.extend(c.to_lowercase());
        }
    }
}

/// [`fold`] of the first `n` words of `s`.
fn fold_words(s: &str, n: usize) -> String {
    let mut out = String::new();
    for word in s.split_whitespace().take(n) {
        fold_into(word, &mut out);
    }
    out
}

/// Where the rules' place and publisher, written one after the other ("Leningrad, Nedra",
/// "Luchterhand, Neuwied"), start inside the model's container `run` and close it: the model
/// read a book's imprint as (the end of) a container.
fn rules_imprint_at(text: &str, run: &Range<usize>, r: &Reference) -> Option<usize> {
    let (publisher, place) = (r.publisher.as_deref()?, r.location.as_deref()?);
    if !is_place(place) || is_place(publisher) {
        return None;
    }
    let value = text[run.clone()].trim_end_matches([',', '.', ';', ' ']);
    [(place, publisher), (publisher, place)]
        .into_iter()
        .flat_map(|(a, b)| [(a, ", ", b), (a, ": ", b)])
        .find_map(|(a, mark, b)| {
            let head = value.strip_suffix(b)?.strip_suffix(mark)?.strip_suffix(a)?;
            let before = head.trim_end();
            (before.is_empty() || before.ends_with(['.', ',', ':', ';']))
                .then(|| run.start + head.len())
        })
}

/// Does `text` hold `parts` one right after the other ("Addison-Wesley", ": ", "Reading,
/// MA")? Tried wherever the first part stands, with no string built.
fn written_as(text: &str, parts: &[&str]) -> bool {
    let Some((first, rest)) = parts.split_first() else {
        return true;
    };
    text.match_indices(first).any(|(at, _)| {
        let mut after = &text[at + first.len()..];
        rest.iter().all(|part| match after.strip_prefix(part) {
            Some(left) => {
                after = left;
                true
            }
            None => false,
        })
    })
}

/// A publisher or place without the page label the model ran it on into ("Campus, S. 257-294"
/// read as "Frankfurt: Campus, S", "Opladen, S. 95–110" as "Opladen, S").
fn without_page_label(publisher: &str) -> &str {
    match publisher
        .trim_end_matches(['.', ',', ' '])
        .rsplit_once(", ")
    {
        Some((before, "S" | "p" | "pp" | "s")) => before,
        _ => publisher,
    }
}

#[cfg(test)]
mod tests;

#[cfg(test)]
mod head_tests;
#[cfg(test)]
mod run_tests;
