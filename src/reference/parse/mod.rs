//! Parsing one reference string, in any common citation style, into a [`Reference`].
//!
//! The parser works in passes over one cleaned line, each taking out what it recognised, each
//! in a file of its own:
//!
//! 1. [`clean`]: HTML anchors become their URL, tags go, a leading list number goes, `_x_`
//!    emphasis becomes `*x*` (emphasis markers stay until the fields are cut out: they mark
//!    titles and containers);
//! 2. [`ids`]: DOI, URL, ISBN, arXiv id and the access date ("Retrieved January 5, 2020");
//! 3. [`authors`] and date: author-date styles (APA, Chicago, Harvard) put the date right after
//!    the names, so the first date ([`dates`]) whose preceding text reads as a name list splits
//!    them; otherwise (MLA, IEEE, Vancouver) a scanner ([`name_scan`]) walks the name list word
//!    by word until it ends;
//! 4. [`title`]: quoted, emphasised, or the first sentence after the names ([`sentence`]); a
//!    date not found yet is then looked for in what follows ([`dates`]);
//! 5. the [`tail`]: "In ... (Eds.)" chapters, container, volume (issue), pages, edition,
//!    place: publisher ([`imprint`]), thesis / report markers;
//! 6. the entry type ([`kind`]), inferred from what was found.
//!
//! The word lists the passes look words up in are in [`super::words`]. Every regex is compiled
//! once, has no nested unbounded repetition, and runs in linear time (the `regex` crate
//! guarantees it); the analysed text is capped at [`MAX_ANALYSED`] bytes.

mod authors;
mod clean;
mod dates;
mod doc_mark;
mod editors_in_brackets;
mod first_published;
mod forthcoming;
mod gost;
mod group_author;
mod ids;
mod imprint;
mod kind;
mod language;
mod name_scan;
mod patent;
mod segmented;
mod semicolons;
mod sentence;
mod series_mark;
mod settled;
mod tail;
#[cfg(test)]
mod tests;
mod tidy;
mod title;
mod translators;

use crate::reference::fields::is_journal_word;
use crate::reference::words::is_capitalised_word;
use crate::reference::{EntryType, Name, Reference};
use authors::{agency_after_jurisdiction, take_authors_and_date};
use clean::clean;
use dates::take_date_anywhere;
use ids::take_identifiers;
use kind::infer_type;
use regex::Regex;
use segmented::apply_model;
pub use segmented::ModelFields;
use std::sync::LazyLock;
use tail::parse_tail;
use title::take_title;

/// Longest prefix of an entry that is analysed; the rest only stays in `raw`.
const MAX_ANALYSED: usize = 4096;

/// Compile one of the parser's own patterns (`name` says which, should it not compile).
fn re(pattern: &str, name: &str) -> Regex {
    Regex::new(pattern).unwrap_or_else(|e| panic!("{name} is a valid regex: {e}"))
}

/// `pattern`'s groups in `text`, looked for only where it matches: `Regex::captures` allocates
/// its groups' slots before it searches, at every call, and most calls made on every
/// reference find nothing.
fn captures_where<'t>(pattern: &Regex, text: &'t str) -> Option<regex::Captures<'t>> {
    if pattern.is_match(text) {
        pattern.captures(text)
    } else {
        None
    }
}

/// The fields the trained field model decides in [`parse`]: those where it measured better
/// than the rules on the held-out split of its training data.
pub const MODEL_FIELDS: ModelFields = ModelFields::CONTAINER
    .with(ModelFields::VOLUME)
    .with(ModelFields::PAGES)
    .with(ModelFields::PUBLISHER)
    .with(ModelFields::LOCATION)
    .with(ModelFields::EDITION);

/// Parse one reference string. Never fails: what cannot be recognised stays in `raw`.
pub fn parse(raw: &str) -> Reference {
    parse_with(raw, MODEL_FIELDS)
}

/// [`parse`], with the field model deciding only `fields` (to measure the model field by
/// field against the rules: `ModelFields::NONE` is the rules alone).
pub fn parse_with(raw: &str, fields: ModelFields) -> Reference {
    let trimmed = raw.trim();
    let mut reference = Reference {
        raw: trimmed.to_string(),
        ..Default::default()
    };
    let (cleaned, same_authors) = clean(cap(trimmed, MAX_ANALYSED));
    let (cleaned, marked) = match doc_mark::take(&cleaned) {
        Some((text, kind)) => (text, Some(kind)),
        None => (cleaned, None),
    };
    let cleaned = gost::normalise(&cleaned).unwrap_or(cleaned);
    let cleaned = editors_in_brackets::normalise(&cleaned).unwrap_or(cleaned);
    // "[in Russian]": the work's language, no field's words, for the rules and the model.
    let cleaned = language::take_language(&mut reference, &cleaned).unwrap_or(cleaned);
    // "First published 1990." closing the entry: no field's words.
    let cleaned = first_published::take(&cleaned).unwrap_or(cleaned);
    // "coll. « Points Histoire »": a series, no field's words.
    let cleaned = series_mark::take_series(&mut reference, &cleaned).unwrap_or(cleaned);
    let lower = cleaned.to_ascii_lowercase();
    let text = take_identifiers(&mut reference, &cleaned, &lower);
    let (text, patent) = match patent::take(&text, &lower) {
        Some((patent, rest)) => (rest, Some(patent)),
        None => (text, None),
    };
    reference.same_authors = same_authors.dashes > 0;
    reference.same_authors_before = same_authors.before_own;
    let no_names = reference.same_authors && same_authors.before_own == 0;
    // "World Health Organization (WHO). 2021.": a group, its acronym, then the date.
    let rest = match group_author::take(&text).filter(|_| !no_names) {
        Some((group, after)) => {
            let rest = take_authors_and_date(&mut reference, after, true);
            reference.authors = vec![Name::Literal {
                literal: group.into(),
            }];
            rest
        }
        None => take_authors_and_date(&mut reference, &text, no_names),
    };
    let rest = match agency_after_jurisdiction(&mut reference, &rest) {
        Some(after) => after.to_string(),
        None => rest,
    };
    let comma_style = {
        let before = text[..text.len() - rest.len()].trim_end();
        let after = rest.trim_start();
        before.ends_with(',')
            || after.starts_with(',')
            || (before.ends_with(')') && !after.starts_with(['.', ':']))
    };
    let mut tail = take_title(&mut reference, &rest, comma_style);
    // No title, journal first: "Nature 466, 1012–1015", "Nano Lett. 10, 1012".
    if let Some(title) = reference.title.as_deref() {
        if let Some(journal) = journal_head(title, &rest, &tail) {
            // Marked as emphasis, the journal is the tail's container whole.
            let after = &tail.trim_start()[journal.end()..];
            tail = format!("*{title}. {}*{after}", journal.as_str());
            reference.title = None;
        } else if !quoted(&rest)
            && (journal_and_volume(title, &tail)
                || JOURNAL_NUMBERS.is_match(title)
                || (journal_name(title) && year_volume_pages(&tail)))
        {
            tail = format!("{title}, {tail}");
            reference.title = None;
        }
    }
    // "A. Okafor. Thèse, Université d'Orléans, Orléans. 1983.": no title, the thesis's genre
    // and university.
    if let Some(genre) = reference.title.take_if(|t| kind::genre_then_university(t)) {
        tail = format!("{genre}. {tail}");
    }
    let tail = if reference.date.is_none() && reference.pubstate.is_none() {
        take_date_anywhere(&mut reference, &tail, &rest)
    } else {
        tail
    };
    parse_tail(&mut reference, &tail);
    title::drop_date_echo(&mut reference);
    // A journal article whose fields the writer's punctuation marks: the model is not run.
    if fields != ModelFields::NONE
        && !settled::journal_article(&reference, &cleaned)
        && !settled::book(&reference, &cleaned)
    {
        apply_model(&mut reference, &cleaned, fields);
    }
    authors::collaboration_alone(&mut reference, &text);
    translators::take_translators(&mut reference, &text);
    forthcoming::take_state(&mut reference);
    title::drop_role_tail(&mut reference);
    title::drop_volume_label(&mut reference);
    title::drop_name_before_in(&mut reference);
    title::drop_role_head(&mut reference);
    group_author::title_opening_in_author(&mut reference);
    title::pages_read_as_title(&mut reference, &text);
    title::drop_in_mark(&mut reference, &text);
    semicolons::fields(&mut reference, &text);
    tidy::fields(&mut reference);
    tidy::meeting_paper_in_title(&mut reference, &text);
    title::years_read_as_pages(&mut reference, &text);
    title::subtitle_read_as_container(&mut reference, &text);
    reference.entry_type = marked.unwrap_or_else(|| infer_type(&reference, &text));
    reference.work_type = kind::work_type(reference.entry_type, &text).map(Into::into);
    title::personal_communication(&mut reference);
    tidy::city_alone_read_as_publisher(&mut reference);
    // A patent has its number and office, no journal, volume or pages (the model may read
    // its number as them).
    if let Some(patent) = patent.filter(|_| marked.is_none()) {
        reference.entry_type = EntryType::Patent;
        reference.work_type = patent.kind.map(Into::into);
        reference.number = Some(patent.number.into());
        reference.container = None;
        reference.volume = None;
        reference.pages = None;
    }
    // Theses and reports name an institution, not a publisher; a thesis's is the university,
    // not the department ("Department of Oceanography, University of Southampton").
    if matches!(reference.entry_type, EntryType::Thesis | EntryType::Report) {
        let publisher = reference.publisher.take();
        if reference.institution.is_none() {
            reference.institution = publisher;
        }
        // "Ph.D. Thesis for the Sloan School of Management, MIT" read as a container: the
        // genre, then the institution after the comma.
        let genre_first = |c: &str| {
            let opening = c.match_indices(' ').nth(2).map_or(c, |(at, _)| &c[..at]);
            kind::names_genre(opening)
        };
        if reference.institution.is_none() && reference.entry_type == EntryType::Thesis {
            if let Some((_, institution)) = reference
                .container
                .as_deref()
                .filter(|c| genre_first(c))
                .and_then(|c| {
                    // "Diss. Universität Kiel": the university after the genre's stop.
                    c.split_once(", ").or_else(|| {
                        c.rsplit_once(". ")
                            .filter(|(_, i)| !i.contains('.') && tail::UNIVERSITY.is_match(i))
                    })
                })
            {
                reference.institution = Some(institution.trim().to_string());
                reference.container = None;
            }
        }
        // APA's "[Doctoral dissertation, University of Oslo]. DUO Research Archive.": the
        // university is the bracket's; what follows it is the archive.
        if reference.entry_type == EntryType::Thesis {
            if let Some(university) = kind::university_in_genre_bracket(&text) {
                reference.institution = Some(university.to_string());
            }
        }
        // "Université Paris 1 Panthéon-Sorbonne": the university's number is no volume.
        if let (Some(v), Some(i)) = (&reference.volume, &reference.institution) {
            if i.split([' ', '-']).any(|w| w == v) {
                reference.volume = None;
            }
        }
        // "University of Massachusetts, Amherst, Massachusetts" with the place read apart:
        // the place is not the institution's name.
        if let (Some(i), Some(place)) = (&reference.institution, &reference.location) {
            let head = i.strip_suffix(place.as_str()).map(str::trim_end);
            if let Some(head) = head.and_then(|h| h.strip_suffix(',')) {
                reference.institution = Some(head.trim_end().to_string());
            }
        }
        if reference.entry_type == EntryType::Thesis {
            // A container the model read over the department and university ("M.S. thesis,
            // Dept. Elect. Eng., Univ. of Texas at Austin" with "Dept. Elect. Eng., Univ. of
            // Texas" as a container): no container.
            let at = |s: &str| text.find(s).map(|start| start..start + s.len());
            let overlaps = match (&reference.container, &reference.institution) {
                (Some(c), Some(i)) if !i.is_empty() => at(c)
                    .zip(at(i))
                    .is_some_and(|(c, i)| c.start < i.end && i.start < c.end),
                _ => false,
            };
            if overlaps {
                reference.container = None;
            }
            reference.institution = reference
                .institution
                .take()
                .map(|i| without_department(&i).to_string());
        }
    }
    reference.edition = reference.edition.take().map(|e| edition_number(&e).into());
    tidy::numbers(&mut reference, &text);
    reference
}

/// An institution without the department, school or faculty named before it:
/// "Dept. of Computer Science, Stanford University" → "Stanford University". A name with
/// nothing after the department stays whole.
fn without_department(institution: &str) -> &str {
    let mut rest = institution;
    while let Some((head, tail)) = rest.split_once(", ") {
        if !DEPARTMENT.is_match(head) || tail.trim().is_empty() {
            break;
        }
        rest = tail.trim_start();
    }
    rest
}

/// A unit within a university: "Department of X", "Dept. of X", "School of X", "Faculty of X".
static DEPARTMENT: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^(?:department|dept\.?|school|faculty|division|laboratory|lab\.?|graduate\s+school|institut[e]?)\s+(?:of|for|d[eu']|de\s+la)\s",
        "DEPARTMENT",
    )
});

/// An edition as BibLaTeX wants it: the number alone when it is one ("2nd" → "2", "Second"
/// → "2", "3e" → "3"); other editions ("revised", "expanded") as written.
fn edition_number(edition: &str) -> &str {
    const ORDINALS: [&str; 10] = [
        "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
        "tenth",
    ];
    const NUMBERS: [&str; 10] = ["1", "2", "3", "4", "5", "6", "7", "8", "9", "10"];
    let e = edition.trim().trim_end_matches('.');
    if let Some(i) = ORDINALS.iter().position(|o| o.eq_ignore_ascii_case(e)) {
        return NUMBERS[i];
    }
    let digits = e.trim_end_matches(char::is_alphabetic);
    let suffix = &e[digits.len()..];
    let ordinal = ["", "st", "nd", "rd", "th", "e", "er", "re", "ème"]
        .iter()
        .any(|s| suffix.eq_ignore_ascii_case(s));
    if !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()) && ordinal {
        digits
    } else {
        edition
    }
}

/// Is `title` a journal and its volume ("Nature 466") before a `tail` with the rest of its
/// numbers? A year in the volume's place ends a title ("The Economics of 1992. Oxford: Oxford
/// University Press"; "Harbour Statistics 2019. Paris: OECD, 2019.") unless the tail holds a
/// number other than a year, its pages.
fn journal_and_volume(title: &str, tail: &str) -> bool {
    let tail = tail.trim();
    let number = title.rsplit(' ').next().unwrap_or_default();
    JOURNAL_VOLUME.is_match(title)
        && !tail.is_empty()
        && (!kind::is_year(number)
            || tail
                .split(|c: char| !c.is_ascii_digit())
                .any(|n| !n.is_empty() && !kind::is_year(n)))
}

/// Did [`take_title`] read the title between quotation marks ("\"Element 106.\" Physical
/// Review 33: 1490-1493" is no journal and volume)? The same test on the same text.
fn quoted(rest: &str) -> bool {
    let s = rest.trim_start_matches(|c: char| {
        c.is_whitespace() || matches!(c, '.' | ',' | ';' | ':' | ')')
    });
    sentence::quoted_prefix(s).is_some()
}

/// A journal name followed by a volume number, standing where a title would: "Nature 466".
static JOURNAL_VOLUME: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^\p{Lu}[\p{L}.&]*(?:\s+(?:\p{Lu}[\p{L}.&]*|of|and|&)){0,5}\s+[0-9]{1,5}$",
        "JOURNAL_VOLUME",
    )
});

/// No title, an abbreviated journal first, whose first words the title took as a sentence:
/// "C. Giunti, Mod. Phys. Lett. A 16, 2363 (2001)", "J. Gasser, Lect. Notes Phys. 629, 1",
/// "Lind, B. J. Am. Chem. Soc. 2007, 129, 1234": `title` one capitalised word, or up to
/// four journal words ([`is_journal_word`]), each with its stop in `rest`; `tail` more
/// abbreviations, then the volume (or the year).
fn journal_head<'t>(title: &str, rest: &str, tail: &'t str) -> Option<regex::Match<'t>> {
    let word = title.len() <= 12 && is_capitalised_word(title);
    let count = title.split_whitespace().take(5).count();
    let abbreviations = (2..=4).contains(&count)
        && title.split_whitespace().enumerate().all(|(i, w)| {
            w.starts_with(char::is_uppercase)
                && is_journal_word(w)
                && (w.ends_with('.') || i + 1 == count)
        });
    // Right after the names and their punctuation ("C. Okafor et al. (Particle Data
    // Group), Chin. Phys. C40": the group went with the names).
    let stop = rest
        .trim_start_matches([',', ';', ' '])
        .strip_prefix(title)
        .is_some_and(|after| after.starts_with(". "));
    if !((word || abbreviations) && stop) {
        return None;
    }
    let tail = tail.trim_start();
    let journal = JOURNAL_TAIL.captures(tail)?.get(1)?;
    // Journal words alone ("J. Chem. Soc. Chem. Commun. 881 (1976)") may be a journal's
    // whole name before a page: the title's words join it only before two numbers.
    (word || TWO_NUMBERS.is_match(&tail[journal.end()..])).then_some(journal)
}

/// Two numbers, parted by a comma or colon: "2007, 129, 1234", "12: 34".
static TWO_NUMBERS: LazyLock<Regex> =
    LazyLock::new(|| re(r"^\s*[0-9]{1,5}\s*[,:;]\s*[0-9]", "TWO_NUMBERS"));

/// An abbreviated journal's words, at least one with its stop, and a series letter set apart
/// ("Phys. Lett. A 16"; one glued to the volume stays with it, "Phys. Rev. D60"), then its
/// volume: "Notes Phys. 629, 1".
static JOURNAL_TAIL: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^((?:\p{Lu}\p{L}*\.?\s+|of\s+|and\s+|&\s+){0,5}\p{Lu}\p{L}*\.(?:\s[A-Z])??),?\s*[A-Z]?[0-9]{1,5}\b",
        "JOURNAL_TAIL",
    )
});

/// A journal's name: up to eight capitalised words or abbreviations, "of", "and", "&"
/// between ("Deutsche Bauzeitung", "Trans. Amer. Math. Soc", "Journal of the ACM"). Written
/// out: a pattern's Unicode classes cost more to build than all the titles it would test.
fn journal_name(title: &str) -> bool {
    let mut words = title.split(' ');
    let capitalised = |w: &str| {
        w.chars().next().is_some_and(char::is_uppercase)
            && w.chars()
                .all(|c| c.is_alphabetic() || matches!(c, '.' | '&' | '-'))
    };
    words.next().is_some_and(capitalised)
        && words.clone().count() <= 7
        && words.all(|w| {
            capitalised(w) || matches!(w, "of" | "the" | "and" | "&" | "in" | "for" | "on")
        })
}

/// All that follows a journal in the Royal Society of Chemistry's and the ACS's articles
/// without a title: year, volume (and issue), pages, nothing else (", 2000, 134, 20–21.",
/// " 1990, 48, 161–220").
static YEAR_VOLUME_PAGES: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^\s*,?\s*(?:1[5-9]|20)[0-9]{2}[a-z]?,\s*[0-9]{1,5}(?:\s*\([0-9A-Za-z–-]{1,9}\))?,\s*(?P<p>[A-Z]?[0-9]{1,6}(?:\s*[-–]\s*[A-Z]?[0-9]{1,6})?)\.?\s*$",
        "YEAR_VOLUME_PAGES",
    )
});

/// [`YEAR_VOLUME_PAGES`], with pages that cannot be taken for a year ("Nano Lett. 2010, 10,
/// 1979.": the year is read from the last four digits, and the volume lost).
fn year_volume_pages(tail: &str) -> bool {
    YEAR_VOLUME_PAGES
        .captures(tail)
        .and_then(|c| c.name("p"))
        .is_some_and(|p| !kind::is_year(p.as_str()))
}

/// No title, journal first with all its numbers and maybe the year (PNAS, Science): "Lancet
/// 349:1884 (1997)", "Proc Natl Acad Sci USA 98:3145–3150".
static JOURNAL_NUMBERS: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^\p{Lu}[\p{L}.&]*(?:\s+(?:\p{Lu}[\p{L}.&]*|of|and|&)){0,6}\s+[0-9]{1,5}\s*(?:\([0-9A-Za-z]{1,6}\)\s*)?:\s*[A-Z]?[0-9]{1,6}(?:\s*[-–][0-9]{1,6})?(?:\s*\((?:1[5-9]|20)[0-9]{2}\))?$",
        "JOURNAL_NUMBERS",
    )
});

/// In tests: `pattern` matches each text of `yes` and none of `no`.
#[cfg(test)]
fn assert_matches(pattern: &Regex, yes: &[&str], no: &[&str]) {
    for text in yes {
        assert!(pattern.is_match(text), "{pattern} should match {text:?}");
    }
    for text in no {
        assert!(
            !pattern.is_match(text),
            "{pattern} should not match {text:?}"
        );
    }
}

/// In tests: the text of capture group `group` of `pattern`'s first match in `text`.
#[cfg(test)]
fn captured<'t>(pattern: &Regex, text: &'t str, group: &str) -> Option<&'t str> {
    let caps = pattern.captures(text)?;
    match group.parse::<usize>() {
        Ok(i) => caps.get(i),
        Err(_) => caps.name(group),
    }
    .map(|m| m.as_str())
}

/// Does a case-blind pattern of ASCII letters match `text` where the same pattern in lower
/// case matches its `to_ascii_lowercase` copy? Yes unless `text` holds one of the two
/// characters Unicode folds with an ASCII letter: "ſ" (long s, with "s") and "K" (Kelvin sign,
/// with "k"). Lower-case literals then find a case-blind pattern's matches faster.
fn folds_as_ascii(text: &str) -> bool {
    text.is_ascii() || !text.contains(['\u{17F}', '\u{212A}'])
}

/// The longest prefix of `s` of at most `max` bytes, cut at a character boundary.
fn cap(s: &str, max: usize) -> &str {
    if s.len() <= max {
        return s;
    }
    let mut end = max;
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    &s[..end]
}
