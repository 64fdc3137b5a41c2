//! Pass 6, the entry type, inferred from the fields found and the genre words of the text.

use super::{folds_as_ascii, re};
use crate::reference::{EntryType, Reference};
use crate::text::MONTH;
use regex::Regex;
use std::sync::LazyLock;

/// The entry type the fields of `r` and the genre words of its `text` point to.
pub(super) fn infer_type(r: &Reference, text: &str) -> EntryType {
    let container = r.container.as_deref().unwrap_or("");
    let all = text;
    // The genre words looked for in lower-cased copies where that finds the same: the
    // case-blind patterns' searches walk every byte, the lower-case ones' skip to a word's
    // letters.
    let lower = folds_as_ascii(all).then(|| all.to_ascii_lowercase());
    if thesis_in(all, lower.as_deref())
        || (r.volume.is_none() && other_thesis_in(all, lower.as_deref()))
    {
        return EntryType::Thesis;
    }
    let proceedings = if folds_as_ascii(container) {
        PROCEEDINGS_LOWER.is_match(&container.to_ascii_lowercase())
    } else {
        PROCEEDINGS.is_match(container)
    };
    // "Proc. R. Soc. B 271", "Proceedings of the National Academy of Sciences 101", "Proc.
    // IEEE, vol. 92": a society's or academy's journal is called its proceedings.
    let journal = || r.volume.is_some() && society_proceedings(container);
    if (proceedings && !journal())
        || (r.volume.is_none() && venue_acronym(container) && in_before(all, container))
    {
        return EntryType::InProceedings;
    }
    // "Vol. 6 of Sämtliche Werke", "vol. 1 of Mathematical Chemistry Series": a volume of a
    // work in several or of a series is a book.
    if r.container.is_some() && r.pages.is_none() && all.contains(" of ") && VOLUME_OF.is_match(all)
    {
        return EntryType::Book;
    }
    if !r.editors.is_empty() && r.container.is_some() {
        return EntryType::InCollection;
    }
    // Pages in a book that "In" and its editors name, the book cited elsewhere ("155-176 in:
    // Meulemann (Hg.), a.a.O.", "In Glotfelty and Fromm, 196–203").
    if r.pages.is_some() && r.editors.first().is_some_and(|e| in_book(all, e.family())) {
        return EntryType::InCollection;
    }
    // "In Essays: Critical and Clinical, translated by ..., 68-90. London: Verso": a book
    // a publisher publishes, the piece in it, though no editor is named. (An issue number
    // makes it a journal after all: "In: Verwaltung und Management. 10. Jg. (2004), Heft 4";
    // a web page's day of access an online entry: "In Wikipedia. Last modified May 9, 2013.")
    let online = r.url.is_some() && r.date.is_some_and(|d| d.day.is_some());
    if r.publisher.is_some()
        && r.number.is_none()
        && !online
        && !container.is_empty()
        && in_book(all, container)
    {
        return EntryType::InCollection;
    }
    let in_journal =
        r.container.is_some() && (r.volume.is_some() || r.pages.is_some() || r.number.is_some());
    // The bare word "report" makes a report, unless it is in the title of a piece a journal holds
    // with its volume or pages ("...: a STAR*D report. Am J Psychiatry. 2006;163(11)").
    // The title is looked up only once the word is there (most entries have no such word).
    let report_word = || {
        // Lower-casing keeps every byte where it was: the matches' offsets are the text's.
        let mut words = match &lower {
            Some(l) => REPORT_WORD_LOWER.find_iter(l),
            None => REPORT_WORD.find_iter(all),
        }
        .peekable();
        words.peek()?;
        let title = r.title.as_deref().unwrap_or("");
        let in_title = match text.find(title).filter(|_| in_journal && title.len() > 3) {
            Some(at) => at..at + title.len(),
            None => 0..0,
        };
        words
            .any(|m| !(in_title.start <= m.start() && m.end() <= in_title.end))
            .then_some(())
    };
    let report = match &lower {
        Some(l) => REPORT_LOWER.is_match(l),
        None => REPORT.is_match(all),
    };
    if report || report_word().is_some() {
        return EntryType::Report;
    }
    if in_journal {
        // Pages alone in a work that "In" introduces and that names no journal: a paper in
        // its proceedings where the work names a year, an acronym or "Advances in" ("In
        // Advances in Neural Information Processing Systems, pages 5998–6008", "in 2014
        // IEEE/OES Autonomous Underwater Vehicles (AUV)"), else a chapter in its book ("in
        // Epea Pteroenta. Beiträge zur Homerforschung, 61-72"; a book with editors or a
        // publisher is taken above).
        if r.volume.is_none()
            && r.number.is_none()
            && !journal_named(container)
            && in_before(all, container)
        {
            return if conference_like(container) {
                EntryType::InProceedings
            } else {
                EntryType::InCollection
            };
        }
        return EntryType::Article;
    }
    if r.container.is_some() && r.url.is_some() && r.date.is_some_and(|d| d.day.is_some()) {
        return EntryType::Online;
    }
    if r.institution.is_some() {
        return EntryType::Report;
    }
    // A film, broadcast or recording its distributor publishes is no book ("[Motion
    // picture]. Touchstone Pictures"; "2011, dvd, Microcinema International").
    if r.publisher.is_some() && r.container.is_none() && !names_medium(all) {
        return EntryType::Book;
    }
    // A translated work on its own, its place and year with no publisher ("On Christian
    // Doctrine, trans. D. W. Robertson, Jr. Indianapolis, 1958"): a book.
    if !r.translators.is_empty() && r.container.is_none() && r.url.is_none() {
        return EntryType::Book;
    }
    if r.url.is_some() && r.container.is_none() && r.publisher.is_none() {
        return EntryType::Online;
    }
    // A journal named with no volume or pages (ahead of print, or numbers the text lost):
    // "Nature Photonics, 2011.", "Journal of the American Statistical Association.", "Phys.
    // Lett. B (2017)". Not after "In", and not a preprint server's.
    if journal_named(container) && !in_before(all, container) && !names_preprint(all) {
        return EntryType::Article;
    }
    // A work on its own with its place and year, no publisher named (the humanities' "A.
    // Alanen, Morgan Park: Duluth ..., Minneapolis 2007"; "Bossy, J. (ed.) Disputes and
    // Settlements. Cambridge, 1983."): a book. Not a film's place ("United States: Davidson
    // Studio" has its studio, "[Motion picture]" its medium), nor a meeting's ("SOSP'05,
    // October 23–26, 2005, Brighton"; "Meeting #126, ..., Bruges"; "Proc. 30th ICRC, Merida").
    let meeting = || {
        let words = match &lower {
            Some(l) => PROCEEDINGS_LOWER.is_match(l),
            None => PROCEEDINGS.is_match(all),
        };
        words || MONTH_DAY.is_match(all)
    };
    if r.location.is_some()
        && r.title.is_some()
        && r.date.is_some_and(|d| d.month.is_none())
        && r.container.is_none()
        && r.url.is_none()
        && r.pages.is_none()
        && !names_medium(all)
        && !meeting()
    {
        return EntryType::Book;
    }
    EntryType::Misc
}

/// A month and a day, either way round ("October 23–26", "26th Aug", "8 July"): a meeting's
/// dates.
static MONTH_DAY: LazyLock<Regex> = LazyLock::new(|| {
    re(
        &format!(
            r"(?i)(?-u:\b)(?:{MONTH}\s+[0-9]{{1,2}}(?:st|nd|rd|th)?(?-u:\b)|[0-9]{{1,2}}(?:st|nd|rd|th)?\s*[-–]?\s*{MONTH}(?-u:\b))"
        ),
        "MONTH_DAY",
    )
});

/// "Vol. 6 of", "Vols. 4 and 5 of": the volume of a work in several.
static VOLUME_OF: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)(?-u:\b)vols?\.\s*[0-9]+(?:\s*(?:and|&|-|–)\s*[0-9]+)?\s+of\s",
        "VOLUME_OF",
    )
});

/// Does `text` name a film's, broadcast's or recording's medium ("[Motion picture]", ", dvd,",
/// MLA's ". DVD." and ". Dir. Name.", "television program")?
fn names_medium(text: &str) -> bool {
    // MLA's film: "Che. DVD. New York: Criterion Collection", "Back to Chernobyl. Dir. Bill
    // Kurtis. WGBH Educational Foundation, 1989." (literals: the pattern with a full stop
    // before the medium had to try every full stop of every book).
    MEDIUM.is_match(text)
        || [". DVD.", ". Film.", ". Dir. "]
            .iter()
            .any(|m| text.contains(m))
}

/// See [`names_medium`].
static MEDIUM: LazyLock<Regex> =
    LazyLock::new(|| re(&format!(r"(?i)[\[(,]\s*(?:{MEDIA})\s*[\]),.]"), "MEDIUM"));

/// The media films, broadcasts and recordings name (a pattern, any case): "dvd", "motion
/// picture", "television program" ...
pub(super) const MEDIA: &str = r"dvd|cd|cd-rom|video(?:\s+recording)?|videorecording|motion\s+picture|film|documentary(?:\s+film)?|television\s+(?:program(?:me)?|series|broadcast|documentary)|tv\s+(?:program(?:me)?|series)|radio\s+(?:program(?:me)?|broadcast)|podcast|audio\s+recording|sound\s+recording|webcast|online\s+video";

/// BibLaTeX's `type` of a thesis or report (`entry_type`), from the words of `text` that name
/// it: its localisation keys `phdthesis`, `mathesis` and `techreport`, or the kind as written
/// ("Working paper", "Habilitation thesis"). `None` where the text names no kind ("Thesis,
/// University of Leeds": the degree is not said).
pub(super) fn work_type(entry_type: EntryType, text: &str) -> Option<&'static str> {
    match entry_type {
        EntryType::Thesis => THESIS.find_iter(text).find_map(|m| degree(text, m)),
        EntryType::Report => REPORT.find(text).map(|m| report_kind(m.as_str())),
        _ => None,
    }
}

/// The degree a thesis marker `m` of `text` names: the marker itself ("Ph.D.", "doctoral",
/// "Master's", "dissertation"), or the degree written just before "thesis" ("MSc thesis",
/// "M.A. thesis", "B.A. thesis"). A master's or bachelor's marker comes before a
/// dissertation's word ("Master's dissertation") and is met first.
fn degree(text: &str, m: regex::Match<'_>) -> Option<&'static str> {
    let word = m.as_str().to_lowercase();
    let word: String = word.chars().filter(|c| c.is_alphabetic()).collect();
    match word.as_str() {
        "masters" | "master" | "mphil" => Some("mathesis"),
        "phd" | "doctoral" | "doktorarbeit" | "dissertation" | "diss" => Some("phdthesis"),
        "thèse" => Some("phdthesis"),
        "habilitation" => Some("Habilitation thesis"),
        _ => {
            let before = text[..m.start()].trim_end();
            let last = before
                .rsplit(|c: char| c.is_whitespace() || c == '(' || c == '[')
                .next()
                .unwrap_or("");
            let last: String = last
                .chars()
                .filter(|c| c.is_alphanumeric())
                .collect::<String>()
                .to_lowercase();
            match last.as_str() {
                "ma" | "ms" | "msc" | "mres" | "meng" | "mba" | "llm" | "mphil" | "master"
                | "masters" | "magister" => Some("mathesis"),
                "dphil" | "doctoral" | "doctorate" | "phd" => Some("phdthesis"),
                "ba" | "bsc" | "bs" | "bachelor" | "bachelors" | "honours" | "honors" => {
                    Some("Bachelor's thesis")
                }
                _ => None,
            }
        }
    }
}

/// The kind a report marker names: "techreport" for a technical report, else the marker as a
/// phrase ("Working paper", "Discussion paper").
fn report_kind(marker: &str) -> &'static str {
    let lower = marker.to_ascii_lowercase();
    let phrase = |words: &str| lower.starts_with(words);
    if phrase("working") {
        "Working paper"
    } else if phrase("white") {
        "White paper"
    } else if phrase("discussion") {
        "Discussion paper"
    } else if phrase("policy") {
        "Policy brief"
    } else if lower.contains("memo") {
        "Technical memorandum"
    } else {
        "techreport"
    }
}

/// Is `container` a venue's acronym, alone or with a few words ("CVPR", "NAACL-HLT",
/// "NIPS'13", "ICML 2015", "ECCV Workshops"): a first word of two capitals or more and no
/// lower-case letter, four words at most?
fn venue_acronym(container: &str) -> bool {
    let mut words = container.split_whitespace();
    let Some(first) = words.next() else {
        return false;
    };
    let capitals = first.chars().filter(char::is_ascii_uppercase).count();
    capitals >= 2 && !first.chars().any(char::is_lowercase) && words.count() <= 3
}

/// Does `container`, named proceedings, name a society's or an academy's journal ("Proc. R.
/// Soc. B", "Proceedings of the American Mathematical Society", "Proc. IEEE"): a society's,
/// academy's or institution's word, and no meeting's (a conference, symposium, workshop,
/// congress or meeting, "annual", "international", or a number: "Proc. 30th ICRC")?
fn society_proceedings(container: &str) -> bool {
    let lower = container.to_lowercase();
    let body = lower.split(|c: char| !c.is_alphanumeric()).any(|w| {
        matches!(
            w,
            "soc" | "society" | "acad" | "academy" | "royal" | "inst" | "institution" | "ieee"
        )
    });
    body && !MEETING.is_match(&lower)
}

/// Does `container` name a journal by one of the words only journals' names hold ("Journal",
/// "Review", "Letters", "Annals", "Bulletin", "Transactions", "Acta", "Zeitschrift"), or by
/// "J." with another of ISO 4's abbreviations ("J. Appl. Physiol", not the initial of a
/// translator's "H. J. Silverman, Trans.")?
fn journal_named(container: &str) -> bool {
    let words: Vec<String> = container
        .split_whitespace()
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .collect();
    // "J." opening the name or after a word ("Illinois J. Math"), not after an initial.
    let journal_j = (0..words.len()).any(|i| words[i] == "j" && (i == 0 || words[i - 1].len() > 1));
    let abbreviated = journal_j
        && words
            .iter()
            .any(|w| w != "j" && crate::reference::fields::is_journal_word(w));
    abbreviated
        || words.iter().any(|core| {
            matches!(
                core.as_str(),
                "journal"
                    | "jour"
                    | "revue"
                    | "review"
                    | "rev"
                    | "letters"
                    | "lett"
                    | "annals"
                    | "annales"
                    | "bulletin"
                    | "bull"
                    | "transactions"
                    | "acta"
                    | "zeitschrift"
                    | "zeitung"
                    | "quarterly"
                    | "rivista"
                    | "revista"
            )
        })
}

/// Does a book's or proceedings' title name a meeting: a year, an acronym of two capitals or
/// more that is no Roman numeral ("IEEE", "AUV", "EuroPVM/MPI"), or "Advances in"?
fn conference_like(container: &str) -> bool {
    container.starts_with("Advances in")
        || container.split(|c: char| !c.is_alphanumeric()).any(|w| {
            let year = is_year(w);
            let acronym = w.chars().filter(char::is_ascii_uppercase).count() >= 2
                && w.chars()
                    .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
                && !w.chars().all(|c| "IVXLCDM".contains(c));
            year || acronym
        })
}

/// Does `text` name a preprint ("arXiv", "Preprint", "bioRxiv", "SSRN")? (An article "to
/// appear" or "submitted" is still an article.)
fn names_preprint(text: &str) -> bool {
    let lower = text.to_lowercase();
    ["arxiv", "preprint", "biorxiv", "medrxiv", "ssrn"]
        .iter()
        .any(|w| lower.contains(w))
}

/// Does "In" stand right before `container` in `text` ("In CVPR, 2016", "in: NAACL")?
pub(in crate::reference::parse) fn in_before(text: &str, container: &str) -> bool {
    text.match_indices(container).any(|(at, _)| {
        let before = text[..at].trim_end_matches([' ', ':']);
        before.ends_with(" In") || before.ends_with(" in") || before == "In" || before == "in"
    })
}

/// Does `text` hold a thesis marker ([`THESIS`])? `lower`: its `to_ascii_lowercase` copy, where
/// [`folds_as_ascii`] allows looking there.
fn thesis_in(text: &str, lower: Option<&str>) -> bool {
    match lower {
        // Most texts hold none of the letters every marker has: a literal search says so, where
        // the marker's pattern costs several times more.
        Some(l) => THESIS_CUE.is_match(l) && THESIS_LOWER.is_match(l),
        None => THESIS.is_match(text),
    }
}

/// Does `text` hold another language's thesis marker ([`OTHER_THESIS_WORDS`])? Asked of a
/// genre's piece, and of whole entries only with no volume (a journal's article names none),
/// to spare the others the search.
fn other_thesis_in(text: &str, lower: Option<&str>) -> bool {
    match lower {
        Some(l) => OTHER_THESIS_CUE.is_match(l) && OTHER_THESIS_LOWER.is_match(l),
        None => OTHER_THESIS.is_match(text),
    }
}

/// Does `text` name a genre, a thesis or a report ([`THESIS`], [`REPORT`], [`REPORT_WORD`])?
/// The university of APA's bracketed genre ("[Doctoral dissertation, University of Oslo]",
/// "[Master's thesis, Universität Kiel]"): the part after the bracket's comma, where the
/// bracket reads as [`genre_then_university`].
pub(super) fn university_in_genre_bracket(text: &str) -> Option<&str> {
    let open = text.find('[')?;
    let inner = &text[open + 1..];
    let inner = &inner[..inner.find(']')?];
    let (_, university) = inner
        .split_once(',')
        .filter(|_| genre_then_university(inner))?;
    Some(university.trim())
}

pub(super) fn names_genre(text: &str) -> bool {
    let lower = folds_as_ascii(text).then(|| text.to_ascii_lowercase());
    match lower.as_deref() {
        Some(l) => {
            thesis_in(text, Some(l))
                || REPORT_LOWER.is_match(l)
                || REPORT_WORD_LOWER.is_match(l)
                || other_thesis_in(text, Some(l))
        }
        None => {
            THESIS.is_match(text)
                || REPORT.is_match(text)
                || REPORT_WORD.is_match(text)
                || OTHER_THESIS.is_match(text)
        }
    }
}

/// A title that is only a thesis's genre and its university ("Thèse, Université d'Orléans,
/// Orléans, France", "Ph.D. thesis, Univ. of Texas"): a few words before the first comma that
/// name a thesis, a university's word in the piece after it. The thesis has no title given.
pub(super) fn genre_then_university(title: &str) -> bool {
    let Some((genre, rest)) = title.split_once(',') else {
        return false;
    };
    let university = rest.split(',').next().unwrap_or("");
    // Not an abbreviated university, whose stop the tail's sentences would cut ("MS thesis,
    // Univ. Nevada").
    genre.split_whitespace().count() <= 4
        && !university.contains('.')
        && THESIS.is_match(genre)
        && super::tail::UNIVERSITY.is_match(university)
}

/// Letters every thesis marker of [`THESIS_WORDS`] holds, in lower case ("ph" of "Ph.D." and
/// "M.Phil.", "thes" of "thesis", "thès" of "thèse").
static THESIS_CUE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        "thes|diss|doctoral|ph|master|habilitation|doktorarbeit|th[èÈ]s",
        "THESIS_CUE",
    )
});

/// Thesis markers, in lower case ("thèse" in either case: the lower-cased copies
/// [`folds_as_ascii`] allows keep other letters than ASCII as they were).
const THESIS_WORDS: &str = r"(?-u:\b)(?:thesis|dissertation|diss(?-u:\b)\.?|doctoral|ph\.?\s?d\.?|master'?s|habilitation|m\.?\s?phil|doktorarbeit|th[èÈ]se)(?-u:\b)";

/// Theses in Italian, Spanish, Portuguese, French and Dutch, in lower case ("Tesi di
/// dottorato", "Tesis doctoral", "Tese (Doutorado)", "Dissertação de mestrado", "Mémoire de
/// master", "Proefschrift"; "mémoire" alone is a title's word). Apart from [`THESIS_WORDS`]:
/// the lower-cased texts are searched for them only after [`OTHER_THESIS_CUE`].
const OTHER_THESIS_WORDS: &str = r"(?-u:\b)(?:tesi\s+di\s+(?:dottorato|laurea)|tesis\s+doctoral|tese\s*\(?(?:de\s+)?(?:doutorado|mestrado)|disserta[çÇ][ãÃ]o|m[éÉ]moire\s+de\s+(?:master|ma[îÎ]trise|dea|licence)|proefschrift)(?-u:\b)";

/// Thesis markers (those of [`THESIS_WORDS`]: the other languages' are looked for where the
/// entry's type is inferred, [`thesis_in`]).
pub(super) static THESIS: LazyLock<Regex> =
    LazyLock::new(|| re(&format!("(?i){THESIS_WORDS}"), "THESIS"));

/// [`OTHER_THESIS_WORDS`], in any case.
pub(super) static OTHER_THESIS: LazyLock<Regex> =
    LazyLock::new(|| re(&format!("(?i){OTHER_THESIS_WORDS}"), "OTHER_THESIS"));

/// [`THESIS_WORDS`] for a lower-cased text.
static THESIS_LOWER: LazyLock<Regex> = LazyLock::new(|| re(THESIS_WORDS, "THESIS_LOWER"));

/// [`OTHER_THESIS_WORDS`] for a lower-cased text.
static OTHER_THESIS_LOWER: LazyLock<Regex> =
    LazyLock::new(|| re(OTHER_THESIS_WORDS, "OTHER_THESIS_LOWER"));

/// Letters every marker of [`OTHER_THESIS_WORDS`] holds, in lower case (one literal search).
static OTHER_THESIS_CUE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        "tesi|tese|disserta|moire de|proefschrift",
        "OTHER_THESIS_CUE",
    )
});

/// Report markers, in lower case.
const REPORT_WORDS: &str = r"(?-u:\b)(?:technical\s+report|tech\.\s*(?:rep(?:\.|ort)?|rpt)|report\s+no(?-u:\b)|working\s+paper|white\s+paper|discussion\s+paper|policy\s+brief|memorandum|tech\.\s*memo)(?-u:\b)";

/// Report markers.
pub(super) static REPORT: LazyLock<Regex> =
    LazyLock::new(|| re(&format!("(?i){REPORT_WORDS}"), "REPORT"));

/// [`REPORT`] for a lower-cased text.
static REPORT_LOWER: LazyLock<Regex> = LazyLock::new(|| re(REPORT_WORDS, "REPORT_LOWER"));

/// The word "report" alone.
pub(super) static REPORT_WORD: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?i)(?-u:\b)report(?-u:\b)", "REPORT_WORD"));

/// [`REPORT_WORD`] for a lower-cased text.
static REPORT_WORD_LOWER: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?-u:\b)report(?-u:\b)", "REPORT_WORD_LOWER"));

/// A meeting's words, lower case, as a regex alternation: those of [`proceedings_words`] but
/// "proceedings", which [`society_proceedings`] tells from a society's journal.
const MEETING_WORDS: &str = r"conferences?|symposium|workshops?|congress|colloquium|meetings?";

/// Proceedings markers, in lower case: the words, or their abbreviations with the period
/// ("Proc. ACM").
fn proceedings_words() -> String {
    format!(r"(?-u:\b)(?:(?:proceedings|{MEETING_WORDS})(?-u:\b)|(?:proc|conf|symp)\.)")
}

/// Proceedings markers.
pub(super) static PROCEEDINGS: LazyLock<Regex> =
    LazyLock::new(|| re(&format!("(?i){}", proceedings_words()), "PROCEEDINGS"));

/// A meeting's word in a lower-cased text, abbreviated too, or a number ("30th", "2005").
static MEETING: LazyLock<Regex> = LazyLock::new(|| {
    re(
        &format!(
            r"(?-u:\b)(?:(?:{MEETING_WORDS}|conf|symp|annual|international|intl?)(?-u:\b)|[0-9])"
        ),
        "MEETING",
    )
});

/// [`PROCEEDINGS`] for a lower-cased text.
static PROCEEDINGS_LOWER: LazyLock<Regex> =
    LazyLock::new(|| re(&proceedings_words(), "PROCEEDINGS_LOWER"));

/// A report's number after its genre words: "Technical Report KSL-91-71", "Tech. Rpt.
/// CIS-91-2", "Technical Report TR 95-50", "Research Report CS-90-25", "Technical Report 11",
/// "Discussion Paper FS I 00-209", "Working Paper #9501-16".
pub(super) fn report_number(text: &str) -> Option<&str> {
    REPORT_NUMBER
        .captures_iter(text)
        .filter_map(|c| c.get(1))
        .map(|m| m.as_str())
        .find(|n| n.bytes().any(|b| b.is_ascii_digit()) && !is_year(n))
}

/// Is `n` a year alone ("annual report 2012")?
pub(super) fn is_year(n: &str) -> bool {
    n.len() == 4 && n.parse::<u16>().is_ok_and(|y| (1500..=2099).contains(&y))
}

/// See [`report_number`]: the number may open with one or two words of capitals ("TR 95-50",
/// "FS I 00-209", the series of a research centre's papers); only one with a digit counts.
static REPORT_NUMBER: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i:report|rep\.|rpt\.|(?:working|discussion|research|occasional|policy|issue)\s+(?:papers?|briefs?))\s*(?:(?i:no)\.?\s*|#\s*)?((?:[A-Z]{1,6}\s){0,2}[A-Z0-9][A-Za-z0-9]*(?:[-/.][A-Za-z0-9]+)*)",
        "REPORT_NUMBER",
    )
});

/// Is `container` introduced by "In" in `text` ("In Essays: ...", "in: Handbuch ...")?
fn in_book(text: &str, container: &str) -> bool {
    memchr::memmem::find_iter(text.as_bytes(), container.as_bytes()).any(|at| {
        let before = text[..at].trim_end_matches([' ', ':']);
        before.ends_with(" In") || before.ends_with(" in") || before == "In"
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::reference::parse::assert_matches;

    #[test]
    fn lower_case_twins_agree() {
        for text in [
            "PhD Thesis, Université",
            "THÈSE de doctorat",
            "Thèse",
            "Tesi di Dottorato, Università",
            "Mémoire de master",
            "Dissertação de Mestrado",
            "Protese",
            "Ph. D. Diss.",
            "Diss. University of California",
            "Tech. Rpt. CIS-91-2",
            "Dissolution",
            "M.Phil",
            "Tech. Rep. 3",
            "REPORT NO. 5",
            "Working Paper",
            "A Report",
            "Reporter",
            "Proc.ACM",
            "Workshop on Y",
            "Process mining",
            "Gödel, Escher – Bach",
        ] {
            let lower = text.to_ascii_lowercase();
            assert_eq!(
                THESIS.is_match(text),
                thesis_in(text, Some(&lower)),
                "{text}"
            );
            assert_eq!(
                OTHER_THESIS.is_match(text),
                other_thesis_in(text, Some(&lower)),
                "{text}"
            );
            assert_eq!(
                THESIS.is_match(text)
                    || REPORT.is_match(text)
                    || REPORT_WORD.is_match(text)
                    || OTHER_THESIS.is_match(text),
                names_genre(text),
                "{text}"
            );
            for (blind, twin) in [
                (&THESIS, &THESIS_LOWER),
                (&OTHER_THESIS, &OTHER_THESIS_LOWER),
                (&REPORT, &REPORT_LOWER),
                (&REPORT_WORD, &REPORT_WORD_LOWER),
                (&PROCEEDINGS, &PROCEEDINGS_LOWER),
            ] {
                assert_eq!(
                    blind.is_match(text),
                    twin.is_match(&lower),
                    "{} {text}",
                    blind.as_str()
                );
            }
        }
    }

    #[test]
    fn a_societys_proceedings_with_a_volume_is_a_journal() {
        let parse = crate::reference::parse;
        for text in [
            "Okafor B 2004 Tidal mixing in estuaries. Proc. R. Soc. B 271, 1234-1239.",
            "B. Okafor, \"Tidal mixing,\" Proc. IEEE, vol. 92, no. 3, pp. 12-19, 2004.",
            "Okafor, B. (2004). Tidal mixing. Proceedings of the National Academy of Sciences, \
             101(3), 1234-1239.",
            "Okafor B. Tidal mixing. Proc. Am. Math. Soc. 132 (2004) 12-19.",
        ] {
            assert_eq!(parse(text).entry_type, EntryType::Article, "{text}");
        }
        // A meeting's proceedings stay proceedings, whoever holds the meeting.
        for text in [
            "B. Okafor, \"Tidal mixing,\" in Proc. IEEE Int. Conf. Robotics, vol. 2, pp. 12-19, \
             2004.",
            "Okafor, B. (2004). Tidal mixing. In Proceedings of the 26th Annual Conference of the \
             Cognitive Science Society, Vol. 2 (pp. 12-19).",
        ] {
            assert_eq!(parse(text).entry_type, EntryType::InProceedings, "{text}");
        }
    }

    #[test]
    fn genre_words() {
        assert_matches(
            &THESIS,
            &[
                "PhD thesis",
                "Doctoral dissertation",
                "Ph. D. diss.",
                "Master's",
            ],
            &["Theses on Feuerbach", "hypothesis"],
        );
        assert_matches(
            &REPORT,
            &[
                "Technical report 12",
                "Working Paper",
                "Tech. Rep. 3",
                "Tech. Report COMPSI",
                "Planning Report No. 125",
                "policy brief",
            ],
            &["Reporter", "reports"],
        );
        assert_matches(
            &PROCEEDINGS,
            &[
                "Proceedings of X",
                "Proc.ACM",
                "Workshop on Y",
                "Proc. 13th USENIX NSDI",
                "Conf. on X",
            ],
            &[
                "Proceed with care",
                "Process mining",
                "Confucius",
                "Procida",
            ],
        );
    }

    #[test]
    fn work_types_of_theses_and_reports() {
        let cases = [
            (
                EntryType::Thesis,
                "On rivers. PhD thesis, University of Leeds.",
                Some("phdthesis"),
            ),
            (
                EntryType::Thesis,
                "Tides. Unpublished doctoral dissertation, Harvard.",
                Some("phdthesis"),
            ),
            (
                EntryType::Thesis,
                "Les fleuves. Thèse de doctorat, Université de Lyon.",
                Some("phdthesis"),
            ),
            (
                EntryType::Thesis,
                "Fish. MSc thesis, University of Oslo.",
                Some("mathesis"),
            ),
            (
                EntryType::Thesis,
                "Ice (Master's dissertation). University of Bristol.",
                Some("mathesis"),
            ),
            (
                EntryType::Thesis,
                "Ice. M.A. thesis, University of Ghana.",
                Some("mathesis"),
            ),
            (
                EntryType::Thesis,
                "Ice. B.A. thesis, Reed College.",
                Some("Bachelor's thesis"),
            ),
            (
                EntryType::Thesis,
                "Ice. Habilitation, Universität Wien.",
                Some("Habilitation thesis"),
            ),
            // The degree is not said; an author's initials before "Thesis" name none.
            (
                EntryType::Thesis,
                "Ports. Thesis, University of Leeds.",
                None,
            ),
            (
                EntryType::Thesis,
                "Roe, M. A. Thesis on ports. University of Leeds.",
                None,
            ),
            (
                EntryType::Report,
                "Growth. Working Paper 123, NBER.",
                Some("Working paper"),
            ),
            (
                EntryType::Report,
                "Sorting. Tech. Rep. TR-99-1, Stanford.",
                Some("techreport"),
            ),
            (
                EntryType::Report,
                "Annual report 2020. Ministry of Health.",
                None,
            ),
            (
                EntryType::Article,
                "A PhD thesis in a journal. Nature 5, 1-2.",
                None,
            ),
        ];
        for (entry_type, text, want) in cases {
            assert_eq!(work_type(entry_type, text), want, "{text}");
        }
    }

    /// A venue's acronym after "In", with no volume, is a conference's proceedings (computer
    /// science's "In CVPR, 2016"); without "In", or with a volume, it may be a journal's.
    #[test]
    fn a_venue_acronym_after_in_is_a_conference() {
        let parse = crate::reference::parse;
        for text in [
            "K. He, X. Zhang, S. Ren, and J. Sun. Deep residual learning for image recognition. In CVPR, 2016.",
            "T. Mikolov, I. Sutskever, and K. Chen. Distributed representations of words. In NIPS, pages 3111–3119, 2013.",
            "J. Devlin and M. Chang. BERT: Pre-training of deep bidirectional transformers. In NAACL-HLT, 2019.",
            "A. Okafor and M. Lindqvist. Tidal recognition and part localization. In ICCV’11.",
        ] {
            assert_eq!(parse(text).entry_type, EntryType::InProceedings, "{text}");
        }
        for text in [
            "M. Marsh and P. Okafor. Framing tide description as a ranking task. JAIR, 2013.",
            "A. Smith. Bees and flowers. In JAMA 12 (2003), 4-9.",
        ] {
            assert_ne!(parse(text).entry_type, EntryType::InProceedings, "{text}");
        }
    }

    /// A work with its place and year and no publisher is a book (the humanities' "Leiden
    /// 1974"); a meeting's place and dates, or a film's, are not.
    #[test]
    fn a_place_and_year_alone_make_a_book() {
        let parse = crate::reference::parse;
        for text in [
            "B. Okafor, The Rivers of Homer: Studies in Oral Verse, Leiden 1974.",
            "Marsh, T. (ed.) Fields and Courts: Law in the Valley Towns. Cambridge, 1983.",
            "Lindqvist, Maja, Die Flüsse der Stadt. Eine Geschichte, Stuttgart, 1990.",
        ] {
            assert_eq!(parse(text).entry_type, EntryType::Book, "{text}");
        }
        for text in [
            "MLSys'21, April 5–9, 2021, Lisbon, Portugal.",
            "T. Marsh. Proc. 12th Workshop on Rivers, Leiden, 2001.",
            "Okafor, A. (Director). (1999). Rivers of the valley [Motion picture]. United States.",
        ] {
            assert_ne!(parse(text).entry_type, EntryType::Book, "{text}");
        }
    }

    /// A journal named with no volume or pages is an article; a translator's initial "J."
    /// names none.
    #[test]
    fn a_journal_without_numbers_is_an_article() {
        let parse = crate::reference::parse;
        for text in [
            "Okafor, A. (2019). Rivers and towns. Journal of Valley Studies.",
            "M. Marsh, Tidal flats and their birds, Phys. Rev. Lett. (2017).",
            "Lindqvist, M. (2020). Ports of the north. Illinois J. Math., to appear.",
        ] {
            assert_eq!(parse(text).entry_type, EntryType::Article, "{text}");
        }
        assert!(journal_named("J. Appl. Physiol"));
        assert!(journal_named("Illinois J. Math"));
        assert!(!journal_named("H. J. Silverman, Trans."));
        assert!(!journal_named("Nature"));
        assert!(names_preprint("Okafor, A. Rivers. bioRxiv, 2020."));
    }

    /// Pages in a work "In" introduces, no volume: a paper in proceedings where the work names
    /// a meeting, a chapter in a book otherwise, an article where it names a journal.
    #[test]
    fn pages_in_a_work_after_in() {
        let parse = crate::reference::parse;
        for (text, want) in [
            (
                "A. Okafor and M. Lindqvist. Tidal path planning. In Advances in Marine Robotics Systems, pages 55–62, 2011.",
                EntryType::InProceedings,
            ),
            (
                "A. Okafor, Tidal path planning, in 2014 IEEE/OES Marine Robots (MR), pp. 1–8, 2014.",
                EntryType::InProceedings,
            ),
            (
                "T. Marsh, ‘Rivers in the Odyssey’, in Studies in Honour of Maja Lindqvist, 61-72.",
                EntryType::InCollection,
            ),
            (
                "Okafor, A. (2010). Valleys and towns. In Journal of Valley Studies, 12-19.",
                EntryType::Article,
            ),
        ] {
            assert_eq!(parse(text).entry_type, want, "{text}");
        }
        assert!(!conference_like("C elegans II"));
    }
}
