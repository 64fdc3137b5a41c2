//! The last pass: values no field should hold once the others are read (a container that only
//! names a genre or ends in its translator, a publisher of numbers and their labels, a day read
//! as a volume, a count of pages read as pages or a volume).

use super::imprint::{is_place, is_state_or_country};
use super::re;
use super::segmented::{fold, without_date_tail};
use super::translators::{may_name_translators, TRANSLATOR};
use crate::reference::fields::is_publisher_word;
use crate::reference::words::{is_city, is_place_joiner};
use crate::reference::{EntryType, Reference};
use crate::text::is_month_word;
use regex::Regex;
use std::sync::LazyLock;

use date_numbers::{date_year, days_beside_month, labelled_at, standalone};
use edges::{
    after_book_mark, glued_volume, keep, months_only, without_edition_head, without_edition_number,
    without_link_lead, without_lone_quotes, without_manuscript_note, without_open_bracket,
    without_spaced_dash,
};

mod acronym_volume;
mod cjk_numbers;
mod date_numbers;
mod edges;
mod imprint_in_container;
mod journal_head;
mod place_in_brackets;
mod publisher_place;
mod section_letter;
pub(super) mod series;
#[cfg(test)]
mod tests;

/// The fields' values no field should hold, once the model's reading is reconciled and before
/// the entry type is inferred: containers, publishers and titles.
pub(super) fn fields(r: &mut Reference) {
    // "Springer, Berlin( 1981)", "Phys. Lett. B736( 2014)": a bracket the text opened right
    // after the value, glued to it, with the date inside, is no part of it.
    keep(&mut r.location, without_open_bracket);
    keep(&mut r.publisher, without_open_bracket);
    keep(&mut r.container, without_open_bracket);
    // "Boston - Little, Brown & Co.": the dash that parted the place from the publisher is
    // neither's.
    keep(&mut r.location, without_spaced_dash);
    keep(&mut r.publisher, without_spaced_dash);
    // "6.A. München", "(1. Aufl.) Bielefeld": the edition is not the place's.
    keep(&mut r.location, without_edition_head);
    keep(&mut r.location, without_manuscript_note);
    if r.edition.is_some() {
        keep(&mut r.container, without_edition_number);
        keep(&mut r.title, without_edition_number);
    }
    // "..., online unter", "... abrufbar unter": the words before a link the model read as
    // the value's last words.
    keep(&mut r.title, without_link_lead);
    keep(&mut r.container, without_link_lead);
    // "Die Reichsarbeitsgemeinschaft 1935–1945«": a quote mark a value's reading cut from
    // its partner.
    keep(&mut r.title, without_lone_quotes);
    keep(&mut r.container, without_lone_quotes);
    keep(&mut r.publisher, without_link_lead);
    keep(&mut r.location, without_link_lead);
    // "Univ. of Texas at Austin" and "Austin, Austin, TX": the city closing the institution's
    // name read into the place as well is named once there. ("New York, New York" and
    // "Singapore, Singapore" name a city and its state or country.)
    if let Some((first, rest)) = r.location.as_deref().and_then(|l| l.split_once(", ")) {
        let closes_body = |name: &Option<String>| {
            name.as_deref()
                .is_some_and(|n| n.ends_with(first) && n.len() > first.len())
        };
        if rest.split(", ").next() == Some(first)
            && (closes_body(&r.institution) || closes_body(&r.publisher))
        {
            r.location = Some(rest.into());
        }
    }
    if let Some(c) = r.container.as_deref() {
        let kept = without_numbers_tail(c, r.pages.as_deref());
        if kept.len() < c.len() {
            r.container = (!kept.is_empty()).then(|| kept.to_string());
        }
    }
    // "Invent. Math.102", "Phys. Lett.B736", "Applied Mathematics and Computation,6": the
    // volume glued to the journal's name (a PDF's text without its spaces) is the volume.
    if let Some((name, volume)) = r.container.as_deref().and_then(glued_volume) {
        // "Bergische Universität Wuppertal,2015": the year, not a volume.
        let year = r.year().is_some_and(|y| y.to_string() == volume);
        match r.volume.as_deref() {
            _ if year => r.container = Some(name.into()),
            None => {
                r.volume = Some(volume.into());
                r.container = Some(name.into());
            }
            Some(v) if v == volume => r.container = Some(name.into()),
            // "Ann. Phys.326 ,2634 ( 2011)": the number read as the volume is the page (read
            // as the pages too, at times: "Lett. Nuovo Ci-mento.17 ,569").
            Some(v)
                if r.pages.as_deref().is_none_or(|p| p == v)
                    && !name.split(' ').next_back().is_some_and(is_month_word)
                    && number_follows(&r.raw, r.container.as_deref().unwrap_or(""), v) =>
            {
                r.pages = r.volume.take();
                r.volume = Some(volume.into());
                r.container = Some(name.into());
            }
            Some(_) => {}
        }
    }
    // A container of numbers only ("41", "1(1)") is the journal's volume the title ran over
    // ("... a cluster randomized trial Diabetes Care, 41 (2015)"), never a container.
    if r.container
        .as_deref()
        .is_some_and(|c| !c.contains(char::is_alphabetic) || genre_only(c))
    {
        r.container = None;
    }
    // The imprint read again as the container, with a count of volumes ("8 vols. (Paris:
    // Alphonse Leduc, 1988)"): no container.
    if let (Some(c), Some(p)) = (r.container.as_deref(), r.publisher.as_deref()) {
        if c.contains(p) {
            let mut rest = c.replacen(p, " ", 1);
            if let Some(place) = r.location.as_deref() {
                rest = rest.replacen(place, " ", 1);
            }
            if !rest.contains(char::is_alphabetic) || genre_only(&rest) {
                r.container = None;
            }
        }
    }
    // The title read again as the container ("The Planning Organization. Stanford Research
    // Institute Long-Range Planning Report No. 133."): one piece of text is one field.
    if r.container.is_some() && r.container == r.title {
        r.container = None;
    }
    // "The Semiotic Challenge. Trans. Richard Howard": the translator is no part of the book's
    // name.
    if let Some(c) = r.container.as_deref() {
        match without_translator(c) {
            Some(kept) if kept.len() == c.len() => {}
            kept => r.container = kept.map(Into::into),
        }
    }
    // A publisher holding the journal's volume and pages ("Methods A, 499 235" of "Nucl.
    // Instrum. Methods A, 499 (2003) 235") is what the rules left of the journal's line.
    let numbers_of_journal = |p: &str| {
        let holds = |v: Option<&str>| v.is_some_and(|v| p.split([' ', ',']).any(|w| w == v));
        holds(r.volume.as_deref()) && holds(r.pages.as_deref())
    };
    // MLA's medium ("Web.", "Print.") is no publisher.
    let medium = |p: &str| ["Web", "Print", "Online", "Internet"].contains(&p);
    let publisher = r.publisher.as_deref();
    if (r.container.is_some() && publisher.is_some_and(numbers_of_journal))
        || publisher.is_some_and(medium)
        || publisher.is_some_and(no_publisher_name)
    {
        r.publisher = None;
    }
    // A title of numbers alone that are the journal's numbers or the year ("N Engl J Med
    // 2005;352:174-83." read as the title "352:174-83"; "HUME, David. [1752] 1955.") is none;
    // a book's title that is a number ("334") stays.
    if let Some(t) = r.title.as_deref() {
        if numbers_of_entry(t, r) {
            r.title = None;
            // "... 1955. Writings on Economics. Edited by E. Rotwein. London: Nelson": the
            // container of a book with no journal numbers is then its title.
            let book = r.publisher.is_some() || r.institution.is_some();
            if book && r.volume.is_none() && r.pages.is_none() {
                r.title = r.container.take();
            }
        }
    }
    // "vol. 49, no. 2, March-April 2012", "No. 2, Part 1, Mai, pp.99-105": months are the
    // date's, never a place; nor is the "In" of a chapter's book, alone or before the book or
    // paper ("in: Washington Post, 17.11.2006.": the container; not names before a comma).
    if r.location.as_deref().is_some_and(months_only) {
        r.location = None;
    }
    if let Some(book) = r.location.as_deref().and_then(after_book_mark) {
        if r.container.is_none() && !book.contains(',') {
            r.container = (!book.is_empty()).then(|| book.to_string());
        }
        r.location = None;
    }
    // Astronomy's "Giovannini G., Feretti L., 2002, in ‘Merging Processes of Galaxy
    // Clusters’, eds. ...": a paper given by the book it is in, the title left out.
    if r.container.is_none() {
        if let Some(book) = r.title.as_deref().and_then(book_for_title) {
            r.container = Some(book.into());
            r.title = None;
        }
    }
    journal_read_as_authors(r);
    numbered_document(r);
    place_before_closing_year(r);
    subtitle_read_as_container(r);
    city_abbreviation_apart(r);
    city_read_as_publisher(r);
    title_read_as_place(r);
    title_run_into_chapter(r);
    date_closing_title(r);
    journal_head::journal_head_in_title(r);
    journal_head::journal_head_as_title(r);
    journal_head::container_head_in_title(r);
    journal_head::numbers_read_as_container(r);
    acronym_volume::acronym_then_volume(r);
    place_in_brackets::place_in_brackets(r);
    place_in_brackets::publisher_in_brackets(r);
    place_in_brackets::city_after_publisher(r);
    series::series_closing_container(r);
    series::series_of_volume(r);
    series::labelled_series(r);
    series::series_in_brackets(r);
    series::numbered_series(r);
    imprint_in_container::imprint_closing_container(r);
    imprint_in_container::place_and_publisher_closing_container(r);
}

/// A law's or press release's date after "vom" ("of") closing its title, the entry's year
/// in it: "Gesetz über aktive Sozialpolitik vom 13.08.2003" is the title "Gesetz über aktive
/// Sozialpolitik" of 2003.
fn date_closing_title(r: &mut Reference) {
    let (Some(title), Some(year)) = (r.title.as_deref(), r.year()) else {
        return;
    };
    let Some((head, date)) = title.rsplit_once(" vom ") else {
        return;
    };
    let year = year.to_string();
    let dated = date.ends_with(year.as_str())
        && date.len() <= 20
        && date
            .chars()
            .all(|c| c.is_alphanumeric() || " .".contains(c));
    if dated && !head.trim().is_empty() {
        r.title = Some(head.trim_end().to_string());
    }
}

/// A chapter's title the model ran on over what follows it: German lists' pages before the
/// book ("Evaluating Crime-Fighting Policies. S. 179-200 in: Baker, R. (Hrsg.), ..."), or the
/// book's "in:" with no stop before it ("... institutional measures in: Moss, Peter
/// (Hrsg.): International Review ..."): the title ends before them, the pages and the book
/// being read.
fn title_run_into_chapter(r: &mut Reference) {
    let Some(title) = r.title.as_deref() else {
        return;
    };
    let mut end = title.len();
    if r.container.is_some() || !r.editors.is_empty() {
        if let Some(at) = title.find(" in: ").filter(|&at| at > 0) {
            end = at;
        }
    }
    if let Some(pages) = r.pages.as_deref() {
        let head = title[..end].trim_end().trim_end_matches([',', ';']);
        if let Some(before) = head.strip_suffix(pages) {
            let label = before.trim_end();
            if let Some(kept) = ["S.", "pp.", "p."]
                .iter()
                .find_map(|l| label.strip_suffix(l))
                .filter(|k| k.ends_with([' ', '.', ',']))
            {
                end = kept.trim_end().trim_end_matches([',', ';']).len();
            }
        }
    }
    if end < title.len() {
        let kept =
            title[..end].trim_end_matches(|c: char| c.is_whitespace() || ",;.–-".contains(c));
        if !kept.is_empty() {
            r.title = Some(kept.to_string());
        }
    }
}

/// "St. Louis, MO", "Ft. Collins", "Mt. Vernon": the abbreviated first word of a city read
/// apart from the rest (as a container, or as the title's last word) is the place's.
fn city_abbreviation_apart(r: &mut Reference) {
    let Some(place) = r.location.as_deref() else {
        return;
    };
    for abbr in ["St", "Ste", "Mt", "Ft"] {
        // Looked for with no string built: most entries name no such city.
        let written = memchr::memmem::find_iter(r.raw.as_bytes(), abbr.as_bytes()).any(|at| {
            r.raw[at + abbr.len()..]
                .strip_prefix(". ")
                .is_some_and(|rest| rest.starts_with(place))
        });
        if !written {
            continue;
        }
        r.location = Some(format!("{abbr}. {place}").into());
        if r.container
            .as_deref()
            .is_some_and(|c| c.trim_end_matches('.') == abbr)
        {
            r.container = None;
        }
        if let Some(t) = r.title.as_deref() {
            if let Some(head) = t.strip_suffix(abbr).filter(|h| h.ends_with(['.', ' '])) {
                r.title = Some(head.trim_end().trim_end_matches('.').to_string());
            }
        }
        return;
    }
}

/// A known city read as the publisher after another is the second place ("Frankfurt a.M.,
/// Basel"); not a publisher named by its city ("Sheffield: Sheffield").
fn city_read_as_publisher(r: &mut Reference) {
    if let (Some(p), Some(l)) = (r.publisher.as_deref(), r.location.as_deref()) {
        if is_city(p) && is_city(l) && p != l {
            r.location = Some(format!("{l}, {p}").into());
            r.publisher = None;
        } else if let Some((place, head)) = l.rsplit_once(", ").filter(|(pl, _)| is_city(pl)) {
            // "Opladen, Leske" + "+ Budrich", "Cambridge, Cambridge" + "University Press": the
            // publisher's first name closed the place, nothing between them (not a region's
            // code: "New York, NY Springer").
            let joined = || {
                head.chars().skip(1).any(char::is_lowercase)
                    && !is_state_or_country(head)
                    && r.raw.contains(&format!("{l} {p}"))
            };
            if p.starts_with(['+', '&']) || joined() {
                r.publisher = Some(format!("{head} {p}"));
                r.location = Some(place.into());
            }
        }
    }
}

/// A known city read as the publisher with no place is the place ("trans. Gerald M. Browne.
/// Grand Rapids, 2002."; "... Band 226. Hannover."). Called once the entry's type is read:
/// there a place named alone stands for the imprint as a publisher does ("In: Räumliche
/// Auswirkungen ... Band 226. Hannover." is a chapter in a book), which a place beside a
/// journal does not ("in: International Political Science Review, London, Nr. 2").
pub(super) fn city_alone_read_as_publisher(r: &mut Reference) {
    if r.location.is_none() && r.publisher.as_deref().is_some_and(is_city) {
        r.location = r.publisher.take().map(Into::into);
    }
    publisher_place::place_and_publisher_read_as_publisher(r);
}

/// A book's title read into its place or as its publisher, no title nor container left: "Löw,
/// Martina (2001), Raumsoziologie, Frankfurt a.M." has the place "Raumsoziologie, Frankfurt
/// a.M" (or the publisher "Raumsoziologie"). Words naming no place before the comma, a known
/// city after it: the title, then the place. (A publisher's name before its city, "Westview
/// Press, Boulder", is no title.)
fn title_read_as_place(r: &mut Reference) {
    if r.title.is_some() || r.container.is_some() {
        return;
    }
    // "Simmel, Georg (1995), Soziologie, Frankfurt a.M.": the title read as the publisher
    // before its city, no publisher's word in it.
    if let (Some(p), Some(l)) = (r.publisher.as_deref(), r.location.as_deref()) {
        let no_firm =
            !p.split_whitespace().any(is_publisher_word) && !p.contains(',') && !is_place(p);
        if no_firm && is_city(l) && r.raw.contains(&format!("{p}, {l}")) {
            r.title = r.publisher.take();
            return;
        }
    }
    let Some((head, place)) = r.location.as_deref().and_then(|l| l.split_once(", ")) else {
        return;
    };
    let city_first = place
        .split(|c: char| !c.is_alphabetic() && c != '-')
        .next()
        .is_some_and(is_city);
    let named = head.contains(char::is_alphabetic)
        && !is_place(head)
        && !head
            .split_whitespace()
            .any(|w| is_city(w) || is_publisher_word(w));
    if city_first && named {
        let (title, place) = (head.to_string(), place.into());
        (r.title, r.location) = (Some(title), Some(place));
    }
}

/// A book's subtitle after a full stop, read as a container: "A.R. Smith, The Songs of Homer.
/// A Study of Their Making, Oxford 1938."; "Wendorff, R. (1988): Der Mensch und die Zeit. Ein
/// Essay. Opladen: Westdeutscher Verlag." When the imprint (place, publisher, year) follows it
/// and nothing of a journal's, a chapter's or an edition's is there (no volume, number, pages,
/// editors, translators, edition or link, no "In" before it, no digit or bracket between it
/// and the imprint), the title runs on to the imprint.
fn subtitle_read_as_container(r: &mut Reference) {
    if has_numbers_or_link(r)
        || r.edition.is_some()
        || !r.editors.is_empty()
        || !r.translators.is_empty()
        || (r.location.is_none() && r.publisher.is_none())
    {
        return;
    }
    let (Some(title), Some(container)) = (r.title.as_deref(), r.container.as_deref()) else {
        return;
    };
    let raw = r.raw.trim_end();
    let Some(start) = raw.find(title) else {
        return;
    };
    let after = &raw[start + title.len()..];
    let Some(rest) = after.strip_prefix(". ") else {
        return;
    };
    // After "In" the container is no subtitle; the text after the stop would not open with it.
    if !rest.starts_with(container) {
        return;
    }
    let tail_at = raw.len() - rest.len() + container.len();
    let tail = &raw[tail_at..];
    // Where the imprint starts: its place, publisher or year, whichever comes first.
    let year = r.year().map(|y| y.to_string());
    let Some(imprint) = [
        r.location.as_deref(),
        r.publisher.as_deref(),
        year.as_deref(),
    ]
    .into_iter()
    .flatten()
    .filter_map(|v| tail.find(v))
    .min() else {
        return;
    };
    // Only punctuation between it and the imprint, except a closing ", Place Year" with
    // words before ("... The Fragments. A Commentary, Cambridge 1996.").
    let between = &tail[..imprint];
    let closing_place_year = r
        .location
        .as_deref()
        .zip(r.year())
        .and_then(|(place, y)| before_closing_place_year(raw, place, y))
        .is_some_and(|h| h.trim_end().ends_with(','));
    if between.contains(|c: char| c.is_ascii_digit() || matches!(c, '(' | '[' | '/'))
        || (between.contains(char::is_alphabetic) && !closing_place_year)
        || between.split_whitespace().count() > 30
    {
        return;
    }
    // One sentence ("Person-centred expressions. Ross-on-Wye" holds the place too), and no
    // meeting, series, edition or journal, which stand there as well.
    if container.contains(". ") {
        return;
    }
    const NOT_SUBTITLE: &[&str] = &[
        "paper",
        "presented",
        "poster",
        "session",
        "proceedings",
        "conference",
        "congress",
        "meeting",
        "symposium",
        "workshop",
        "colloquium",
        "tagung",
        "kongress",
        "series",
        "reihe",
        "schriftenreihe",
        "texts",
        "edition",
        "ed",
        "auflage",
        "aufl",
        "revised",
        "expanded",
        "vol",
        "band",
        "bd",
        "dir",
        "prod",
        "journal",
        "review",
        "acta",
        "bulletin",
        "report",
        "program",
        "programme",
        "unit",
        "commentary",
        "studies",
    ];
    if container
        .split(|c: char| !c.is_alphanumeric())
        .any(|w| listed(w, NOT_SUBTITLE))
    {
        return;
    }
    // And nothing but the imprint after it.
    let mut left = tail[imprint..].to_string();
    for v in [
        r.location.as_deref(),
        r.publisher.as_deref(),
        year.as_deref(),
    ]
    .into_iter()
    .flatten()
    {
        left = left.replacen(v, " ", 1);
    }
    if left.contains(char::is_alphanumeric) {
        return;
    }
    let end = tail_at + imprint;
    // The marks before the imprint are no part of the title: German lists' ". - Weinheim".
    r.title = Some(
        raw[start..end]
            .trim_end_matches([',', '.', ':', ';', ' ', '-', '–', '—'])
            .to_string(),
    );
    r.container = None;
}

/// The humanities' "Title, Palermo 1988.": a container of one to four capitalised words (a
/// lower-case particle between them: "Mainz am Rhein") that the year closes, with nothing of
/// a journal's about it (no volume, number, pages, publisher or link), is the place of
/// publication. A journal writes its volume or pages after its name.
fn place_before_closing_year(r: &mut Reference) {
    if r.location.is_some() || r.publisher.is_some() || has_numbers_or_link(r) {
        return;
    }
    let (Some(place), Some(year)) = (r.container.as_deref(), r.year()) else {
        return;
    };
    let words: Vec<&str> = place.split_whitespace().collect();
    let place_like = (1..=4).contains(&words.len())
        && words[0].starts_with(char::is_uppercase)
        && words.iter().all(|w| {
            w.chars().all(|c| c.is_alphabetic() || c == '-' || c == '.')
                && (w.starts_with(char::is_uppercase) || is_place_joiner(w))
        });
    if !place_like {
        return;
    }
    if before_closing_place_year(&r.raw, place, year).is_some() {
        r.location = r.container.take().map(Into::into);
    }
}

/// Any of a journal's numbers or a link: volume, number, pages, URL or DOI.
fn has_numbers_or_link(r: &Reference) -> bool {
    r.volume.is_some()
        || r.number.is_some()
        || r.pages.is_some()
        || r.url.is_some()
        || r.doi.is_some()
}

/// The text before `place` where the place and the year (with its letter: "1998a") close
/// `raw` ("..., Cambridge 1996.", "... Palermo 1988."), if they do.
fn before_closing_place_year<'a>(raw: &'a str, place: &str, year: i32) -> Option<&'a str> {
    let raw = raw.trim_end().trim_end_matches('.');
    let raw = raw
        .strip_suffix(char::is_lowercase)
        .filter(|h| h.ends_with(|c: char| c.is_ascii_digit()))
        .unwrap_or(raw);
    raw.strip_suffix(year.to_string().as_str())?
        .trim_end()
        .strip_suffix(place)
}

/// A document named by its number before its quoted title, with no authors ("3GPP TS 23.161:
/// \"Network-Based IP Flow Mobility (NBIFOM); Stage 2\".", "ETSI EN 300 328: ..."): the title
/// is the quoted one, the number the document's.
fn numbered_document(r: &mut Reference) {
    if !r.authors.is_empty() || r.number.is_some() {
        return;
    }
    let Some(c) = r
        .title
        .as_deref()
        .and_then(|t| NUMBERED_DOCUMENT.captures(t))
    else {
        return;
    };
    let (Some(id), Some(title)) = (c.name("id"), c.name("title")) else {
        return;
    };
    if !id.as_str().contains(|c: char| c.is_ascii_digit()) {
        return;
    }
    let (id, title) = (
        id.as_str().trim().to_string(),
        title.as_str().trim().to_string(),
    );
    r.number = Some(id.into());
    r.title = Some(title);
}

/// A document's number, a colon and its title in quotes, nothing after ([`numbered_document`]).
static NUMBERED_DOCUMENT: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r#"^(?P<id>[\p{Lu}0-9][^:"“”]{1,39}):\s*["“](?P<title>[^"“”]+)["”]$"#,
        "NUMBERED_DOCUMENT",
    )
});

/// Does `raw` write `number` right after `value`, a comma between ("Phys.326 ,2634")?
fn number_follows(raw: &str, value: &str, number: &str) -> bool {
    !value.is_empty()
        && raw.find(value).is_some_and(|at| {
            let after = raw[at + value.len()..].trim_start();
            let after = after.strip_prefix(',').unwrap_or(after).trim_start();
            after.starts_with(number)
        })
}

/// The book a title that opens with a lower-case "in" names ("in ‘Merging Processes of Galaxy
/// Clusters’", "in Proceedings of the Third European Ceramic Society Conference"): the words
/// after it, when they open with a quotation mark or a capital (not "in vitro growth of ...").
fn book_for_title(title: &str) -> Option<&str> {
    let rest = title.strip_prefix("in ")?.trim_start();
    let first = rest.chars().next()?;
    if !(first.is_uppercase() || matches!(first, '‘' | '“' | '"' | '\'' | '«')) {
        return None;
    }
    let book = rest.trim_matches(|c: char| {
        matches!(
            c,
            '‘' | '’' | '“' | '”' | '"' | '\'' | '«' | '»' | ' ' | ','
        )
    });
    (!book.is_empty()).then_some(book)
}

/// "N Engl J Med 2005;352:174-83.", "J. Agric. Food Chem. 1990, 38, 1205-1209": an entry that
/// opens with its journal (a paper's running header, a list that leaves the authors out) has
/// no authors; names the rules read from the journal's words ("Med, N Engl J"; "Agric, J.",
/// "Chem, Food"), and a month after them ("JOURNAL OF VIROLOGY, June 1990"), go.
fn journal_read_as_authors(r: &mut Reference) {
    // Cheap checks first: the first author, a person, has a family name the container holds.
    let (Some(first), Some(container)) = (r.authors.first(), r.container.as_deref()) else {
        return;
    };
    // An organisation named as the author and the outlet ("Le Monde. 2016. “Opération
    // Tulipe” ... Le Monde") stays.
    if first.is_literal() || first.family().len() < 2 || !container.contains(first.family()) {
        return;
    }
    let container = fold(container);
    let in_journal = |n: &crate::reference::Name| {
        let (family, given) = (fold(n.family()), fold(n.given().unwrap_or("")));
        container.contains(&format!("{given}{family}"))
            || container.contains(&format!("{family}{given}"))
    };
    // The text's head, a few times the container's length (on a character boundary).
    let end = r
        .raw
        .char_indices()
        .nth(4 * container.len() + 16)
        .map_or(r.raw.len(), |(i, _)| i);
    let head = fold(&r.raw[..end]);
    if container.len() < 4 || !head.starts_with(&container) || !in_journal(first) {
        return;
    }
    r.authors
        .retain(|n| !(in_journal(n) || n.given().is_none() && is_month_word(n.family())));
}

/// The numbers once the entry type is known: a report's number, a number read as two fields,
/// a day read as a volume, a count of pages. `text` is the reference as the parser cleaned it.
pub(super) fn numbers(r: &mut Reference, text: &str) {
    section_letter::section_letter_to_journal(r);
    cjk_numbers::cjk_volume_and_issue(r);
    // A report's number is its number, not a volume or pages ("Technical Report 11", "TR
    // 95-50").
    if r.entry_type == EntryType::Report && r.number.is_none() {
        if let Some(n) = super::kind::report_number(text) {
            if r.volume.as_deref().is_some_and(|v| n.contains(v)) {
                r.volume = None;
            }
            if r.pages.as_deref().is_some_and(|p| n.contains(p)) {
                r.pages = None;
            }
            r.number = Some(n.trim_end_matches('.').into());
        }
    }
    // "Report No. 133" read as the volume too: a report has a number, not a volume.
    if r.entry_type == EntryType::Report && r.volume.is_some() && r.volume == r.number {
        r.volume = None;
    }
    // One number of the text read as both the volume and the pages ("Nano Lett. 2010, 10,
    // 1979." with the page taken for a year) is the volume.
    let shared = r
        .pages
        .as_deref()
        .filter(|p| r.volume.as_deref() == Some(*p));
    if shared.is_some_and(|p| standalone(p, &r.raw).count() == 1) {
        r.pages = None;
    }
    // "Observer, 3 December 2006", "Mercure de France, 15 novembre 1925": a day beside its
    // month is the date's, not a volume.
    const VOLUME_LABELS: &[&str] = &["vol.", "vol", "volume", "v.", "bd.", "t."];
    if r.volume
        .as_deref()
        .is_some_and(|v| days_beside_month(v, &r.raw, VOLUME_LABELS))
    {
        r.volume = None;
    }
    // "Das Kapital, Bd. 1": the volume's number, labelled, read as the edition too.
    let labelled = |v: &str| standalone(v, &r.raw).any(|at| labelled_at(&r.raw, at, VOLUME_LABELS));
    if r.edition.is_some() && r.edition == r.volume && r.volume.as_deref().is_some_and(labelled) {
        r.edition = None;
    }
    // A newspaper's section ("New York Times, November 2, 1997, sec. 4, 1+."; "sec. 1A") is
    // no volume.
    // A journal's lettered section stays ("Nucl. Instrum. Methods Phys. Res., Sect. A829").
    // Sections are few: only a volume of one or two digits is looked up.
    let section = r.volume.as_deref().is_some_and(|v| {
        if v.len() > 2 || !v.bytes().all(|b| b.is_ascii_digit()) {
            return false;
        }
        let mut at = standalone(v, &r.raw).peekable();
        at.peek().is_some() && at.all(|at| labelled_at(&r.raw, at, &["sec.", "section"]))
    });
    if section {
        r.volume = None;
    }
    // "(2006, 25-26 March)", "July 5-8", a meeting's days: no pages.
    const PAGE_LABELS: &[&str] = &["p.", "pp.", "p", "pp", "page", "pages", "s."];
    if r.pages
        .as_deref()
        .is_some_and(|p| days_beside_month(p, &r.raw, PAGE_LABELS))
    {
        r.pages = None;
    }
    date_numbers::month_read_as_container(&mut r.container);
    // "The Diplomat, May 12, 2019.": a date's year is no page.
    if r.pages
        .as_deref()
        .is_some_and(|p| date_year(p, &r.raw, PAGE_LABELS))
    {
        r.pages = None;
    }
    // "Paris : Seuil, 1998, 702 p.": a number before "p." counts a book's pages, whether it
    // was read as the pages or, with no pages, as a volume ("Princeton University Press 1988,
    // 272 pp.").
    if let Some(count) = page_count(r.pages.as_deref(), &r.raw) {
        r.pagetotal = Some(count.into());
        r.pages = None;
        if r.volume == r.pagetotal {
            r.volume = None;
        }
    } else if r.pages.is_none() && page_count(r.volume.as_deref(), &r.raw).is_some() {
        r.pagetotal = r.volume.take();
    }
}

/// Is `word` one of `list` (lower-case ASCII), in any case?
fn listed(word: &str, list: &[&str]) -> bool {
    list.iter().any(|l| l.eq_ignore_ascii_case(word))
}

/// Is `title` numbers and marks alone (no letter) that are `r`'s volume, issue, pages or
/// year, or a range or reference of numbers ("352:174-83", "2(4) 675–688", "1955")?
fn numbers_of_entry(title: &str, r: &Reference) -> bool {
    if title.contains(char::is_alphabetic) {
        return false;
    }
    let core = title.trim_matches(|c: char| !c.is_ascii_digit());
    let year = r.date.is_some_and(|d| core == d.year.to_string());
    let field = [&r.volume, &r.number, &r.pages]
        .iter()
        .filter_map(|f| f.as_deref())
        .any(|v| core.contains(v));
    year || field || core.contains([':', '-', '–', '(', ','])
}

/// The count of pages `value` (the pages or the volume read) is, if `text` gives it as one;
/// a count written with its label ("702p.") is read as "702".
fn page_count<'v>(value: Option<&'v str>, text: &str) -> Option<&'v str> {
    // Only a number of up to five digits counts (most pages are a range): the text is
    // searched only for one.
    let v = value?;
    let v = v.strip_suffix('p').unwrap_or(v);
    (v.len() <= 5
        && v.bytes().all(|b| b.is_ascii_digit())
        && PAGE_COUNT
            .captures_iter(text)
            .any(|c| c.get(1).is_some_and(|n| n.as_str() == v)))
    .then_some(v)
}

/// A page count: a number followed by "p.", "pp.", "pages" or "S." ("702 p.", "xii, 340 pp."),
/// or by a spaced "s." as Czech and Slovak write it ("634 s."; not "the 1990s.").
pub(super) static PAGE_COUNT: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?:^|[\s,(])([0-9]{1,5})(?:\s*(?:p\.|pp\.|pages(?-u:\b)|pgs?\.|S\.)|\s+s\.)",
        "PAGE_COUNT",
    )
});

/// Is `container` only words that name a genre or a state of publication, and numbers
/// ("Technical Report TR", "Tech. rep.", "Preprint", "arXiv preprint", "Unpublished lecture
/// notes", "US Patent", "216 pp", "Submitted for publication", "[Online]. Available", MLA's
/// "Perf.")? That says what the work is (the entry type), not what
/// holds it.
fn genre_only(container: &str) -> bool {
    /// The words, lower-cased; words of one letter and numbers count with them.
    #[rustfmt::skip]
    const GENRE: &[&str] = &[
        "technical", "tech", "report", "reports", "rep", "tr", "preprint", "arxiv", "eprint",
        "unpublished", "manuscript", "ms", "mimeo", "lecture", "notes", "draft", "patent", "us",
        "dvd", "cd", "dir", "pp", "volume", "vol", "vols", "version", "revised", "submitted",
        "forthcoming", "thesis", "dissertation", "phd", "diss", "perf", "for", "publication",
        "to", "appear", "in", "press", "available", "online",
    ];
    let mut words = container
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().nth(1).is_some() && !w.starts_with(|c: char| c.is_ascii_digit()))
        .peekable();
    // A container of initials alone ("A&A", "J. C") is a journal's abbreviation, or a piece of
    // one: not this rule's.
    words.peek().is_some() && words.all(|w| listed(w, GENRE))
}

/// Is `publisher` no name at all, but what the rules left of identifiers, pages, dates and
/// access notes: numbers and the words that label them ("hep-th/0510251][ INSPIRE", "Vol. 15,
/// No", "Apr2016", "S08003", "PMC3709653"), a month or season ("September", "novembre",
/// "Spring"), "Available", "PDF", "NP"? ASCII words of one letter count as marks ("e12",
/// "C67 321", "p").
fn no_publisher_name(publisher: &str) -> bool {
    /// Words that label or stand beside numbers, lower-cased: marks only beside a number.
    #[rustfmt::skip]
    const MARKS: &[&str] = &[
        "vol", "vols", "no", "nos", "nr", "pp", "pages", "page", "issue", "iss", "part", "pt",
        "suppl", "article", "art", "arxiv", "hep", "th", "ph", "lat", "ex", "gr", "qc", "nucl",
        "astro", "quant", "cond", "mat", "math", "inspire", "doi", "issn", "pmid", "pmcid", "pmc",
        "pubmed", "central", "pii", "epub", "cited", "times", "mr",
    ];
    /// Words of dates and access notes, lower-cased: never a publisher's.
    #[rustfmt::skip]
    const NEVER: &[&str] = &[
        "spring", "summer", "autumn", "fall", "winter", "available", "retrieved", "accessed",
        "retirado", "de", "from", "online", "pdf", "np", "pubmed", "arxiv", "inspire",
    ];
    let digit = publisher.bytes().any(|b| b.is_ascii_digit());
    publisher
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| w.chars().nth(1).is_some() || !w.is_ascii())
        .all(|w| listed(w, NEVER) || (digit && listed(w, MARKS)) || is_month_word(w))
}

/// `container` without the translator's sentence it ran into ("The Semiotic Challenge. Trans.
/// Richard Howard" → "The Semiotic Challenge"), or `None` when nothing else is left ("translated
/// by Douglas Martin", "3 vols. Translated by Thomas P. Whitney", "Ubersetzt von Johann
/// Gotfried Jancke"); `container` itself when it names no translator.
fn without_translator(container: &str) -> Option<&str> {
    let cue = may_name_translators(container);
    let Some(at) = cue.then(|| TRANSLATOR.find(container)).flatten() else {
        return Some(container);
    };
    let head = container[..at.start()].trim_end_matches([' ', '.', ',', ';', '(']);
    let named = head
        .split(|c: char| !c.is_alphabetic())
        .any(|w| w.chars().nth(1).is_some() && !listed(w, &["vol", "vols", "volumes"]));
    named.then_some(head)
}

/// A container without the entry's numbers it ran into: a bracket left open on a volume, an
/// edition or pages ("Handbook of aging and the social sciences (Seventh Edition, pp",
/// "Person-Centered and Experiential Psychotherapies, 1(1 &"), the chapter's `pages` in a
/// bracket ("Contact and perception (25-50)"), a volume's mark and what follows it ("NERC
/// News, v. Autumn"), a month and an issue in a bracket ("Vox September(17)").
fn without_numbers_tail<'c>(container: &'c str, pages: Option<&str>) -> &'c str {
    let trim = |s: &'c str| s.trim_end_matches(|c: char| c.is_whitespace() || ",;:".contains(c));
    let mut c = container;
    if let Some(open) = c.rfind('(').filter(|&i| !c[i..].contains(')')) {
        let inside = c[open + 1..].trim_start();
        let marked = inside.split(|ch: char| !ch.is_alphabetic()).any(|w| {
            listed(
                w,
                &["pp", "ed", "edn", "edition", "vol", "volume", "no", "p"],
            )
        });
        if inside.starts_with(|ch: char| ch.is_ascii_digit()) || marked {
            c = trim(&c[..open]);
        }
    }
    if let Some(head) = c.strip_suffix(')').and_then(|h| h.rsplit_once('(')) {
        let inside = head.1.trim();
        if pages.is_some_and(|p| !p.is_empty() && inside == p) {
            c = trim(head.0);
        }
    }
    // Each pattern only where its last characters can stand.
    let volume_mark = c
        .rfind(',')
        .is_some_and(|i| c[i + 1..].trim_start().starts_with(['v', 'V']));
    if let Some(m) = volume_mark.then(|| VOLUME_MARK_TAIL.find(c)).flatten() {
        c = trim(&c[..m.start()]);
    }
    // A volume's or issue's label left closing it without its number ("Archiv für
    // Begriffsgeschichte, Jg", "Pictures of the Future, Heft", "Geographische Rundschau, H"):
    // the number went to the volume. After a space only the labels no name ends with ("Der
    // Spiegel Nr", "WIFO Working Papers Nr", "Süddeutsche Zeitung vom").
    const LABELS: &[&str] = &["no", "nr", "jg", "jahrgang", "heft", "bd", "vom"];
    let after_comma = c.rsplit_once(',').filter(|(_, last)| {
        let label = last.trim().trim_end_matches('.');
        listed(label, LABELS)
            || listed(
                label,
                &[
                    "vol", "v", "issue", "band", "h", "t", "tome", "tomo", "a", "anno", "año",
                ],
            )
    });
    let after_space = || {
        c.trim_end_matches('.')
            .rsplit_once(' ')
            .filter(|(head, label)| listed(label, LABELS) && head.contains(char::is_alphabetic))
    };
    if let Some((head, _)) = after_comma.or_else(after_space) {
        // The stop before the label is no part of the name ("Soziale Welt. Jg"), as field
        // values end with none.
        let head = trim(head).trim_end_matches('.');
        if !head.is_empty() {
            c = head;
        }
    }
    if let Some(m) = c.ends_with(')').then(|| ISSUE_TAIL.captures(c)).flatten() {
        if m.get(1).is_some_and(|w| is_month_word(w.as_str())) {
            c = trim(&c[..m.get(0).map_or(c.len(), |m| m.start())]);
        }
    }
    c
}

/// A volume's mark and one word after it closing a container: ", v. Autumn", ", vol. 3".
static VOLUME_MARK_TAIL: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?i),\s*(?:v|vol)\.\s*\S+$", "VOLUME_MARK_TAIL"));

/// A word and an issue number in a bracket closing a container: "September(17)".
static ISSUE_TAIL: LazyLock<Regex> =
    LazyLock::new(|| re(r"\s(\p{L}+)\.?\s*\(\d{1,4}\)$", "ISSUE_TAIL"));

/// A paper given at a meeting, set off from its title by a comma: ", Paper presented at ...",
/// ", unpublished paper presented at ...", ", Poster session presented at ...".
static MEETING_PAPER: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i),\s+((?:unpublished\s+)?(?:paper|poster)(?:\s+session)?\s+presented\s+at\s.*)$",
        "MEETING_PAPER",
    )
});

/// "Central Agencies and Executive Governance, Paper presented at Joint Workshops of the
/// ECPR, May 7-12" read as one title: the meeting is the container, without its date
/// (segmented's `without_date_tail`, as for the model's containers). Where
/// the meeting's name ran on into a container or publisher read apart ("... of the European
/// Consortium for" + "Political Research"), with only a space between them in `text`, that
/// goes with it; a container read elsewhere leaves the title as it is.
pub(super) fn meeting_paper_in_title(r: &mut Reference, text: &str) {
    let Some(title) = r.title.as_deref().filter(|t| t.contains("resented at")) else {
        return;
    };
    let Some(m) = MEETING_PAPER.captures(title).and_then(|c| c.get(1)) else {
        return;
    };
    let head = title[..m.start()].trim_end_matches([',', ' ']).to_string();
    if head.is_empty() {
        return;
    }
    let mut meeting = m.as_str().to_string();
    let mut joined = [false; 2];
    for (i, part) in [r.container.as_deref(), r.publisher.as_deref()]
        .into_iter()
        .enumerate()
    {
        if let Some(p) = part.filter(|p| text.contains(&format!("{meeting} {p}"))) {
            meeting = format!("{meeting} {p}");
            joined[i] = true;
        }
    }
    if r.container.is_some() && !joined[0] {
        return;
    }
    if joined[1] {
        r.publisher = None;
    }
    // Its date goes (", May 7-12"), and a place before the date is the location.
    let (name, place) = without_date_tail(&meeting).unwrap_or((&meeting, None));
    if r.location.is_none() {
        r.location = place.map(|p| p.trim_end_matches([',', ' ']).into());
    }
    r.title = Some(head);
    r.container = Some(name.trim_end_matches(['.', ',', ' ']).to_string());
}
