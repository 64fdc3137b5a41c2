//! Pass 2, identifiers: DOI, URL, ISBN, arXiv id and the access date, with the words that
//! introduce them ("Retrieved from", "Available at:").

use super::clean::{collapse_spaces, tidy_punctuation};
use super::{folds_as_ascii, re};
use crate::reference::date::parse_date_text;
use crate::reference::{Date, Reference};
use crate::text::MONTH;
use regex::Regex;
use std::borrow::Cow;
use std::ops::Range;
use std::sync::LazyLock;

/// Take out DOI, URL, ISBN, arXiv id and access date; return the text without them.
pub(super) fn take_identifiers(r: &mut Reference, text: &str, lower: &str) -> String {
    // "[INSPIRE]", the link JHEP's style prints after each entry, is no part of it.
    let unlinked;
    let text = if INSPIRE.find(text.as_bytes()).is_some() {
        unlinked = INSPIRE_LINK.replace_all(text, " ");
        &*unlinked
    } else {
        text
    };
    // Most entries hold no identifier: one pass over the text says so.
    // The cue's lower-case words in the text's lower-cased copy: the same matches, found by a
    // literal search where the case-blind pattern walks every byte. Other characters than
    // ASCII letters are the same in both; only two fold with ASCII letters ([`folds_as_ascii`]).
    let cued = if folds_as_ascii(text) {
        IDENTIFIER_CUE_LOWER.is_match(lower)
    } else {
        IDENTIFIER_CUE.is_match(text)
    };
    if !cued {
        return tidy_punctuation(text);
    }
    let cue = |words: &[&str]| words.iter().any(|w| lower.contains(w));
    let mut text = text.to_string();
    let urldate = cue(&[
        "retriev",
        "access",
        "viewed",
        "consulted",
        "zugriff",
        "abruf",
        "abgerufen",
        "stand",
    ]);
    if let Some(caps) = (urldate).then(|| URLDATE.captures(&text)).flatten() {
        if let (Some(all), Some(d)) = (caps.get(0), caps.get(1)) {
            r.urldate = parse_date_text(d.as_str())
                .map(|dt| dt.date)
                .or_else(|| Date::from_iso(d.as_str()));
            text.replace_range(all.range(), " ");
        }
    }
    if let Some(caps) = (lower.contains("10."))
        .then(|| DOI.captures(&text))
        .flatten()
    {
        if let (Some(all), Some(d)) = (caps.get(0), caps.get(1)) {
            let doi = trim_link(d.as_str());
            r.doi = Some(doi.to_string().into());
            let end = d.start() + doi.len();
            text.replace_range(all.start()..end, " ");
        }
    }
    // A scheme that a PDF's text broke with spaces ("http ://", "https: //") is mended first.
    if lower.contains("http") {
        if let Cow::Owned(mended) = BROKEN_SCHEME.replace_all(&text, "$1://") {
            text = mended;
        }
    }
    if let Some(m) = (cue(&["http", "www."])).then(|| URL.find(&text)).flatten() {
        let url = trim_link(m.as_str());
        let (mut url, mut len) = (url.to_string(), url.len());
        // A long link may be broken more than once ("http://www.example.de/ portal/Sites/
        // Bevoelkerung/ Tabellen.psml").
        for _ in 0..4 {
            let Some((path, more)) = path_after_space(&url, &text[m.start() + len..]) else {
                break;
            };
            url.push_str(path);
            len += more;
        }
        if !url.to_ascii_lowercase().contains("doi.org/") || r.doi.is_none() {
            r.url = Some(url);
        }
        let range = m.start()..m.start() + len;
        text.replace_range(range, " ");
        // Further links (mirrors, duplicates) go too.
        text = URL.replace_all(&text, " ").into_owned();
    }
    if let Some(caps) = (lower.contains("isbn"))
        .then(|| ISBN.captures(&text))
        .flatten()
    {
        if let (Some(all), Some(d)) = (caps.get(0), caps.get(1)) {
            r.isbn = Some(d.as_str().trim().into());
            text.replace_range(all.range(), " ");
        }
    }
    if let Some(caps) = (lower.contains("arxiv"))
        .then(|| ARXIV.captures(&text))
        .flatten()
    {
        if let (Some(all), Some(d)) = (caps.get(0), caps.get(1)) {
            let v = caps.get(2).map_or("", |m| m.as_str());
            r.arxiv = Some(format!("{}{v}", d.as_str()).into());
            let range = with_arxiv_category(&text, all.range());
            text.replace_range(range, " ");
        }
    }
    let text = LINK_WORDS.replace_all(&text, " ");
    let text = collapse_spaces(&text);
    tidy_punctuation(&text)
}

/// The arXiv identifier at `id` with the subject class after it, as INSPIRE writes it
/// ("arXiv:1105.0630 [hep-th]"): the class means nothing without the identifier. (Brackets
/// left empty round both, "[arXiv:1410.8813 [hep-lat]]", go with [`tidy_punctuation`].)
fn with_arxiv_category(text: &str, id: Range<usize>) -> Range<usize> {
    let after = &text[id.end..];
    let class = after.trim_start().strip_prefix('[').and_then(|inner| {
        let close = inner.find(']')?;
        let name = &inner[..close];
        let is_class = !name.is_empty()
            && name
                .bytes()
                .all(|b| b.is_ascii_alphabetic() || matches!(b, b'-' | b'.'));
        is_class.then(|| after.len() - inner.len() + close + 1)
    });
    id.start..id.end + class.unwrap_or(0)
}

/// The words (lower case) of which any identifier, access date or link phrase has one.
const CUE_WORDS: &str = r"retriev|access|viewed|consulted|cited|internet|10\.|http|www\.|isbn|arxiv|available|online|url|doi";

/// A word that any identifier, access date or link phrase needs.
static IDENTIFIER_CUE: LazyLock<Regex> =
    LazyLock::new(|| re(&format!("(?i){CUE_WORDS}"), "IDENTIFIER_CUE"));

/// [`IDENTIFIER_CUE`] for a text lower-cased by `to_ascii_lowercase` (see [`folds_as_ascii`]).
static IDENTIFIER_CUE_LOWER: LazyLock<Regex> =
    LazyLock::new(|| re(CUE_WORDS, "IDENTIFIER_CUE_LOWER"));

/// An access date: "Retrieved January 5, 2020, from", "accessed 5 Jan 2020", "[Accessed: 2020-01-05]",
/// "Retrieved 9/6/2017 from", Vancouver's "[cited 1 May 2018]" / "[cited 2018 May 1]", and
/// German's "(Stand Oktober 2003)" ("as of") after a web page's address.
static URLDATE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        &format!(
            r"(?i)[\[(]?(?-u:\b)(?:retrieved|accessed|last\s+accessed|viewed|consulted|cited|zugriff(?:\s+am)?|abgerufen(?:\s+am)?|abruf(?:\s+am)?|stand)(?:\s+on)?\s*:?\s*([0-9]{{1,2}}\s+{MONTH},?\s+[0-9]{{4}}|[0-9]{{4}}\s+{MONTH}(?:\s+[0-9]{{1,2}})?|{MONTH}\s+[0-9]{{1,2}},?\s+[0-9]{{4}}|{MONTH},?\s+[0-9]{{4}}|[0-9]{{4}}-[0-9]{{2}}-[0-9]{{2}}|[0-9]{{1,2}}[/.][0-9]{{1,2}}[/.][0-9]{{4}})[\])]?(?:,?\s*from(?-u:\b))?"
        ),
        "URLDATE",
    )
});

/// A DOI with its optional resolver or "doi:" prefix.
static DOI: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)(?:https?://(?:dx\.)?doi\.org/|(?-u:\b)doi\s*:?\s*)?(?-u:\b)(10\.[0-9]{4,9}/[^\s<>]+)",
        "DOI",
    )
});

/// A web address.
static URL: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?i)(?-u:\b)(?:https?://|www\.)[^\s<>]+", "URL"));

/// A link's scheme with blanks inside it: "http ://", "https: //", "http: // ".
static BROKEN_SCHEME: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)(?-u:\b)(https?)(?:\s+:\s*//|:\s+//|://\s+)\s*",
        "BROKEN_SCHEME",
    )
});

/// An ISBN.
static ISBN: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)(?-u:\b)ISBN(?:-1[03])?\s*:?\s*([0-9][0-9\- ]{8,16}[0-9Xx])",
        "ISBN",
    )
});

/// The word of [`INSPIRE_LINK`], found by memchr's vector search (most entries lack it).
static INSPIRE: LazyLock<memchr::memmem::Finder<'static>> =
    LazyLock::new(|| memchr::memmem::Finder::new("INSPIRE"));

/// The link to INSPIRE's record that JHEP's style sets after each entry, in brackets ("[
/// INSPIRE]", "[INSPIRE ]" in PDF text).
static INSPIRE_LINK: LazyLock<Regex> = LazyLock::new(|| re(r"\[\s*INSPIRE\s*\]", "INSPIRE_LINK"));

/// An arXiv identifier, new ("2101.01234v2") or old ("hep-th/9901001") form; written "arXiv",
/// also glued to the word before it, as PDF text leaves it ("... with tensor
/// networksarXiv :1606.05510"), with an "e-print" glued before it ("e -printarXiv :1410.8174").
static ARXIV: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?:(?-u:\b)(?i:arxiv)|(?:e ?- ?print ?)?arXiv)(?i)\s*:?\s*((?:[a-z\-]+(?:\.[a-z]{2})?/[0-9]{7})|[0-9]{4}\.[0-9]{4,5})(v[0-9]+)?",
        "ARXIV",
    )
});

/// Other languages' words before a link: German "online unter", "abrufbar unter", "im
/// Internet unter", French "disponible sur", Portuguese "disponível em".
pub(super) const FOREIGN_LINK_LEAD: &str = r"(?:(?:(?:online|abrufbar|verfügbar|erhältlich)\s+(?:im\s+internet\s+)?|im\s+internet\s+)unter|disponible\s+(?:en|sur)|disponível\s+em)";

/// Words left behind by removed links: "Retrieved from", "Available at:", "[Online]", "URL",
/// German "online unter:", "abrufbar unter", French "[en ligne]", "disponible sur".
static LINK_WORDS: LazyLock<Regex> = LazyLock::new(|| {
    re(
        &format!(
            r"(?i)(?:(?-u:\b)retrieved\s+from|(?-u:\b)available\s+(?:at|from|online)|\[online\]|\(online\)|\[internet\]|\[en\s+ligne\]|(?-u:\b)url\s*:|(?-i:(?-u:\b)URL(?-u:\b))|(?-u:\b)doi\s*:|(?-u:\b)online\s*:|(?-u:\b)accessed(?-u:\b)|(?-u:\b)retrieved(?-u:\b)|(?-u:\b){FOREIGN_LINK_LEAD}(?-u:\b)|(?-u:\b)unter\s*:)\s*:?"
        ),
        "LINK_WORDS",
    )
});

/// The rest of a link a space broke at a slash ("https://www.cia.gov/ library/index.html",
/// "http://etext.lib.virginia.edu /subjects/afam.html"): the path after `rest`'s blanks, and
/// how many bytes of `rest` it and the blanks take. The path has a slash of its own and no
/// letter in upper case, or two slashes of its own after the link's ("portal/cms/Sites/"), or
/// is a file name or query after the link's slash ("/ See also" and "/ Accessed" are words).
fn path_after_space<'t>(url: &str, rest: &'t str) -> Option<(&'t str, usize)> {
    let piece = rest.trim_start();
    if piece.len() == rest.len() {
        return None;
    }
    let word = trim_link(piece.split_whitespace().next()?);
    let at_slash = url.ends_with('/') || word.starts_with('/');
    let link_chars = !word.starts_with("http")
        && word
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "-._~%/?=&#+".contains(c));
    // A path ("library/index.html"), or a file and its query after the slash
    // ("courses.asp?courseID=209").
    let path = (word.contains('/') && !word.chars().any(char::is_uppercase))
        || (url.ends_with('/') && (word.matches('/').count() >= 2 || file_in_folder(word)))
        || (url.ends_with('/')
            && word.starts_with(|c: char| c.is_ascii_lowercase())
            && word.trim_end_matches('.').contains(['.', '?', '=']));
    // Broken where no link ends, after a mark that joins its parts ("..._rede__" +
    // "thoennes__job__fachtagung.html", "...?id=" + "5&xid=2459"): a lower-case piece of a
    // path or query goes on.
    let mid_path = url.ends_with(['_', '=', '&', '?', '-'])
        && url.contains("://")
        && word.starts_with(|c: char| c.is_ascii_lowercase() || c.is_ascii_digit())
        && !word.chars().any(char::is_uppercase)
        && word
            .trim_end_matches('.')
            .contains(['.', '/', '_', '=', '&']);
    (link_chars && ((at_slash && path) || mid_path))
        .then(|| (word, rest.len() - piece.len() + word.len()))
}

/// Is `word` a folder's file with its extension ("Sterbefaelle/Tabellen.psml", not "and/or")?
fn file_in_folder(word: &str) -> bool {
    word.contains('/')
        && word.rsplit_once('.').is_some_and(|(name, ext)| {
            !name.ends_with('/')
                && (2..=5).contains(&ext.len())
                && ext.bytes().all(|b| b.is_ascii_alphanumeric())
        })
}

/// Strip sentence punctuation that ends a link but is not part of it.
fn trim_link(s: &str) -> &str {
    let mut s = s.trim_end_matches(['.', ',', ';', ':', '"', '\'', '”', '’', ']', '>', '*']);
    while s.ends_with(')') && s.matches('(').count() < s.matches(')').count() {
        s = &s[..s.len() - 1];
        s = s.trim_end_matches(['.', ',', ';', ':']);
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::reference::parse::{assert_matches, captured};

    #[test]
    fn doi_and_url() {
        let doi = |s| captured(&DOI, s, "1");
        assert_eq!(
            doi("https://doi.org/10.1126/science.220.4598.671"),
            Some("10.1126/science.220.4598.671")
        );
        assert_eq!(doi("doi:10.1000/xyz123"), Some("10.1000/xyz123"));
        assert_eq!(doi("DOI: 10.1000/ABC."), Some("10.1000/ABC."));
        assert_matches(&DOI, &[], &["10.12/abc", "pp. 10.5"]);
        assert_matches(
            &URL,
            &[
                "https://www.theguardian.com/travel",
                "at www.example.org/x",
                "HTTP://X.ORG",
            ],
            &["http:/x", "wwwexample.org"],
        );
    }

    #[test]
    fn isbn_and_arxiv() {
        assert_eq!(
            captured(&ISBN, "ISBN 978-0-12-345678-9.", "1"),
            Some("978-0-12-345678-9")
        );
        assert_eq!(
            captured(&ISBN, "ISBN-10: 0-19-852663-X", "1"),
            Some("0-19-852663-X")
        );
        assert_matches(&ISBN, &["isbn:0198526636"], &["ISBN 123", "ISBNs"]);
        assert_eq!(
            captured(&ARXIV, "arXiv:2101.01234v2", "1"),
            Some("2101.01234")
        );
        assert_eq!(captured(&ARXIV, "arXiv:2101.01234v2", "2"), Some("v2"));
        assert_eq!(
            captured(&ARXIV, "arXiv hep-th/9901001", "1"),
            Some("hep-th/9901001")
        );
        assert_eq!(
            captured(&ARXIV, "arxiv: math.AG/0309136", "1"),
            Some("math.AG/0309136")
        );
        assert_matches(&ARXIV, &[], &["arXiv preprint", "arXiv:21.01"]);
        assert_eq!(
            captured(&ARXIV, "tensor networksarXiv :1606.05510,", "0"),
            Some("arXiv :1606.05510")
        );
        assert_eq!(
            captured(&ARXIV, "in the Hamiltonian.e -printarXiv :1410.8174v1", "0"),
            Some("e -printarXiv :1410.8174v1")
        );
        assert_matches(&ARXIV, &[], &["networksarxiv:1606.05510"]);
    }

    #[test]
    fn access_dates_and_link_words() {
        let date = |s| captured(&URLDATE, s, "1");
        assert_eq!(
            date("Retrieved January 5, 2020, from x"),
            Some("January 5, 2020")
        );
        assert_eq!(date("accessed 5 Jan 2020"), Some("5 Jan 2020"));
        assert_eq!(date("[Accessed: 2020-01-05]"), Some("2020-01-05"));
        assert_eq!(date("Retrieved 9/6/2017 from"), Some("9/6/2017"));
        assert_eq!(date("accessed 09.06.2017"), Some("09.06.2017"));
        assert_eq!(
            date("2008 [cited 1 May 2018]. Available"),
            Some("1 May 2018")
        );
        assert_eq!(date("[Internet]. [cited 2018 May 1]."), Some("2018 May 1"));
        assert_eq!(date("last accessed on March 2019"), Some("March 2019"));
        // German lists' access dates.
        assert_eq!(date("Zugriff am: 26.05.2011."), Some("26.05.2011"));
        assert_eq!(date("abgerufen am 24.01.2008."), Some("24.01.2008"));
        assert_eq!(date("(Stand November 2003)."), Some("November 2003"));
        assert_eq!(date("Stand: 12.03.2010"), Some("12.03.2010"));
        assert_eq!(date("Abruf am: 17.03.2005"), Some("17.03.2005"));
        assert_matches(
            &URLDATE,
            &[],
            &["Retrieved from http://x.org", "accessed 2020"],
        );
        assert_matches(
            &LINK_WORDS,
            &[
                "Retrieved from",
                "Available at:",
                "[Online]",
                "[Internet]",
                "(online)",
                "URL:",
                "doi:",
                "online unter:",
                "abrufbar unter",
                "unter:",
                "[en ligne]",
                "disponible sur",
                "Disponível em:",
            ],
            &[
                "Availability",
                "online learning",
                "Urls",
                "unter den Linden",
                "Leben unter Palmen",
            ],
        );
        assert_matches(
            &IDENTIFIER_CUE,
            &[
                "http://x",
                "10.1000/x",
                "ISBN 1",
                "accessed",
                "Available",
                "arXiv",
            ],
            &["Smith, J. (2020). Title. Journal of Tests, 3, 1-2."],
        );
        // The lower-case cue finds in a lower-cased text what the case-blind one finds, unless
        // the text holds a character folding with an ASCII letter.
        assert!(!folds_as_ascii("Acceſsed"));
        for text in [
            "Müller, “Été”, Accessed 5 mai",
            "Gödel – ONLINE",
            "http://x",
            "HTTPS://X",
            "10.1000/x",
            "ISBN 1",
            "Accessed",
            "AVAILABLE",
            "arXiv",
            "Retrieved May 5",
            "Viewed",
            "CONSULTED",
            "On-line",
            "[Cited 2018 May 1]",
            "[INTERNET]",
            "Doi",
            "WWW.X",
            "Smith, J. (2020). Title. Journal of Tests, 3, 1-2.",
            "10,1000",
        ] {
            assert!(folds_as_ascii(text));
            assert_eq!(
                IDENTIFIER_CUE_LOWER.is_match(&text.to_ascii_lowercase()),
                IDENTIFIER_CUE.is_match(text),
                "{text}"
            );
        }
    }

    #[test]
    fn identifiers_taken_out() {
        let mut r = Reference::default();
        let text =
            "Title. https://doi.org/10.1000/x1. ISBN 0-19-852663-6. Retrieved March 3, 2021.";
        let rest = take_identifiers(&mut r, text, &text.to_ascii_lowercase());
        assert_eq!(rest, "Title.");
        assert_eq!(r.doi.as_deref(), Some("10.1000/x1"));
        assert_eq!(r.url, None);
        assert_eq!(r.isbn.as_deref(), Some("0-19-852663-6"));
        assert_eq!(
            r.urldate.map(|d| d.to_string()).as_deref(),
            Some("2021-03-03")
        );
        assert_eq!(trim_link("https://x.org/a_(b))."), "https://x.org/a_(b)");
    }

    /// JHEP's "[INSPIRE]" after the entry, with or without an arXiv id before it.
    #[test]
    fn inspire_links_are_no_part_of_the_entry() {
        for (text, kept) in [
            (
                "TIDES collaboration, Splitting of rivers at 5.02 TeV, TIDES-PAS-16-006[ INSPIRE].",
                "TIDES collaboration, Splitting of rivers at 5.02 TeV, TIDES-PAS-16-006.",
            ),
            (
                "Okafor, Tides, JHEP 03 (2014) 013 [arXiv:1311.0633] [INSPIRE ].",
                "Okafor, Tides, JHEP 03 (2014) 013.",
            ),
        ] {
            let mut r = Reference::default();
            assert_eq!(
                take_identifiers(&mut r, text, &text.to_ascii_lowercase()),
                kept
            );
        }
    }

    /// INSPIRE's subject class after an arXiv id goes with it, and the brackets round both.
    #[test]
    fn an_arxiv_class_goes_with_its_id() {
        for (text, kept, id) in [
            (
                "Okafor, Tides, PoS LATTICE 2014 (2015) [arXiv:1410.8813 [hep-lat]].",
                "Okafor, Tides, PoS LATTICE 2014 (2015).",
                "1410.8813",
            ),
            (
                "Okafor, Tides, arXiv:1101.3711v1[cond-mat.mes-hall] (2010)",
                "Okafor, Tides, (2010)",
                "1101.3711v1",
            ),
            (
                "Okafor, Tides (arXiv:1703.05448 [hep-th]).",
                "Okafor, Tides.",
                "1703.05448",
            ),
            // A bracket that holds more than the id stays, and so does a note that is no
            // class.
            (
                "Okafor, Tides [arXiv:1703.05448; see Lind].",
                "Okafor, Tides [; see Lind].",
                "1703.05448",
            ),
            (
                "Okafor, Tides, arXiv:1703.05448 [in Russian].",
                "Okafor, Tides, [in Russian].",
                "1703.05448",
            ),
        ] {
            let mut r = Reference::default();
            let rest = take_identifiers(&mut r, text, &text.to_ascii_lowercase());
            assert_eq!(
                (rest.as_str(), r.arxiv.as_deref()),
                (kept, Some(id)),
                "{text}"
            );
        }
    }

    #[test]
    fn links_broken_by_blanks_are_whole() {
        let take = |text: &str| {
            let mut r = Reference::default();
            let rest = take_identifiers(&mut r, text, &text.to_ascii_lowercase());
            (rest, r.url)
        };
        let (rest, url) =
            take("Harbour Atlas. Available at https://www.example.gov/ maps/harbour/index.html");
        assert_eq!(rest, "Harbour Atlas.");
        assert_eq!(
            url.as_deref(),
            Some("https://www.example.gov/maps/harbour/index.html")
        );
        // Broken after a mark inside a path ("_", "-"), not at a slash.
        let (rest, url) =
            take("Reef survey, abrufbar unter http://www.example.de/doc/reef_ survey_2009-10.pdf");
        assert_eq!(rest, "Reef survey,");
        assert_eq!(
            url.as_deref(),
            Some("http://www.example.de/doc/reef_survey_2009-10.pdf")
        );
        let (_, url) = take("Tides. http://www.example.org/files/tides-2019- 30.pdf (Stand 2020).");
        assert_eq!(
            url.as_deref(),
            Some("http://www.example.org/files/tides-2019-30.pdf")
        );
        // Not a word after a link that ends at a mark of its own.
        let (_, url) = take("Tides. http://www.example.org/tides- Report of 2019.");
        assert_eq!(url.as_deref(), Some("http://www.example.org/tides-"));
        let (_, url) = take("Okafor, A. Tides. 2002 <http://www.example.edu /tides/okafor.html>.");
        assert_eq!(
            url.as_deref(),
            Some("http://www.example.edu/tides/okafor.html")
        );
        let (_, url) =
            take("Tides, 2020. URL https: //www.example.com/eng/ course.asp?courseID=20.");
        assert_eq!(
            url.as_deref(),
            Some("https://www.example.com/eng/course.asp?courseID=20")
        );
        let (rest, url) = take("Tides. URL http ://example.org/tides.");
        assert_eq!(
            (rest.as_str(), url.as_deref()),
            ("Tides.", Some("http://example.org/tides"))
        );
        // Words after a link stay words.
        let (rest, _) = take("Tides. https://example.org/ Accessed in May.");
        assert!(rest.contains("in May"), "{rest}");
        assert_eq!(path_after_space("https://x.org/", " See also"), None);
        // Broken twice, with capitals in the path.
        let (rest, url) = take(
            "Tabellen unter: http://www.example.de/ portal/cms/Sites/Internet/DE/Statistiken/ Geburten/Tabellen.psml.",
        );
        assert_eq!(
            url.as_deref(),
            Some("http://www.example.de/portal/cms/Sites/Internet/DE/Statistiken/Geburten/Tabellen.psml")
        );
        assert_eq!(rest, "Tabellen.");
        assert_eq!(path_after_space("https://x.org/", " And/Or"), None);
        assert!(file_in_folder("Sterbefaelle/Tabellen.psml"));
        assert!(!file_in_folder("and/or."));
        assert!(!file_in_folder("Tides/Waves"));
    }
}
