//! A span of years that ends a book's or journal's title ("The Baltic World, 1500-1800",
//! "Europe 1815-1914") read as its pages, when the entry's pages follow it.

use super::super::re;
use crate::reference::Reference;
use regex::Regex;
use std::sync::LazyLock;

/// Where the pages read are a span of years written right after the container (or, with no
/// container, the title) and the entry's own pages follow ("In The Baltic World, 1500-1800,
/// edited by Maren Lund, 112-38."; "The Baltic world, 1500-1800 (pp. 112-138)"), the span is
/// the title's last words and the pages are those after it. A volume read from the span's
/// first year or the later pages' first number goes. `text` is the reference as cleaned.
pub(in crate::reference::parse) fn years_read_as_pages(r: &mut Reference, text: &str) {
    // Most pages fail on their length or first digit, before the pattern.
    let Some(span) = r
        .pages
        .as_deref()
        .filter(|p| (9..=11).contains(&p.len()) && p.starts_with(['1', '2']))
        .and_then(year_span)
    else {
        return;
    };
    let (host, container) = match (&r.container, &r.title) {
        (Some(c), _) => (c.as_str(), true),
        (None, Some(t)) => (t.as_str(), false),
        (None, None) => return,
    };
    // The span, right after the host's words, then the entry's pages.
    let Some(host_end) = text.find(host).map(|at| at + host.len()) else {
        return;
    };
    let Some(written) = SPAN_AFTER.captures(&text[host_end..]) else {
        return;
    };
    let Some(written) = written
        .name("span")
        .filter(|w| year_span(w.as_str()) == Some(span))
    else {
        return;
    };
    let span_end = host_end + written.end();
    let Some(pages) = PAGES_AFTER
        .captures(&text[span_end..])
        .and_then(|c| c.name("labelled").or(c.name("range")))
        .map(|m| m.as_str().to_string())
        .filter(|p| year_span(p).is_none())
    else {
        return;
    };
    let whole = format!("{host}{}", text[host_end..span_end].trim_end());
    let first_page = pages.split(['-', '–', '—']).next().unwrap_or("").trim();
    let first_year = span.0.to_string();
    if r.volume
        .as_deref()
        .is_some_and(|v| v == first_year || v == first_page)
    {
        r.volume = None;
    }
    if container {
        r.container = Some(whole);
    } else {
        r.title = Some(whole);
    }
    r.pages = Some(pages.into());
}

/// The two years of `s` written as a span ("1500-1800", "1815–1914"): the first earlier.
fn year_span(s: &str) -> Option<(u16, u16)> {
    let (a, b) = s.split_once(['-', '–', '—'])?;
    let year = |y: &str| {
        let y = y.trim();
        (y.len() == 4)
            .then(|| y.parse::<u16>().ok())
            .flatten()
            .filter(|y| (1000..2100).contains(y))
    };
    let (a, b) = (year(a)?, year(b)?);
    (a < b).then_some((a, b))
}

/// The span right after the host's words: ", 1500-1800", " 1815–1914", before a comma, a
/// stop, a bracket or the end.
static SPAN_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^,?\s*(?P<span>[12][0-9]{3}\s*[-–—]\s*[12][0-9]{3})(?:[,.;:]|\s+\(|$)",
        "SPAN_AFTER",
    )
});

/// The entry's pages after the span: labelled ("pp. 112-138", "S. 77–95", "p. 12") or a range
/// after a comma ("..., 112-38."), before a mark or the end. A year ("(2019)") is no pages.
static PAGES_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?:(?:\bpp?|\bS|\bs)\.\s*(?P<labelled>[0-9]{1,5}(?:\s*[-–—]\s*[0-9]{1,5})?)|,\s*(?P<range>[0-9]{1,5}\s*[-–—]\s*[0-9]{1,5}))(?:[.,;)]|$)",
        "PAGES_AFTER",
    )
});

#[cfg(test)]
mod tests {
    use super::*;

    fn read(pages: &str, container: Option<&str>, title: &str, text: &str) -> Reference {
        let mut r = Reference {
            pages: Some(pages.into()),
            container: container.map(Into::into),
            title: Some(title.into()),
            volume: Some("1500".into()),
            ..Default::default()
        };
        years_read_as_pages(&mut r, text);
        r
    }

    #[test]
    fn a_span_of_years_ending_a_book_title_is_no_pages() {
        let text = "Halvorsen, Kjell. 2011. \"Rivers of Trade.\" In The Baltic World, \
                    1500-1800, edited by Maren Lund, 112-38. Leiden: Brill.";
        let r = read(
            "1500-1800",
            Some("The Baltic World"),
            "Rivers of Trade",
            text,
        );
        assert_eq!(r.container.as_deref(), Some("The Baltic World, 1500-1800"));
        assert_eq!(r.pages.as_deref(), Some("112-38"));
        assert_eq!(r.volume, None);
        let text = "Halvorsen, K. (2011). Rivers of trade. In M. Lund (Ed.), The Baltic \
                    world, 1500-1800 (pp. 112-138). Leiden: Brill.";
        let r = read(
            "1500-1800",
            Some("The Baltic world"),
            "Rivers of trade",
            text,
        );
        assert_eq!(r.container.as_deref(), Some("The Baltic world, 1500-1800"));
        assert_eq!(r.pages.as_deref(), Some("112-138"));
    }

    #[test]
    fn pages_that_look_like_years_stay_pages() {
        // No pages after them: they are the pages.
        let text = "Okafor, R. Tidal bores. Fluids, 1500-1800 (2019).";
        let r = read("1500-1800", Some("Fluids"), "Tidal bores", text);
        assert_eq!(r.pages.as_deref(), Some("1500-1800"));
        assert_eq!(r.container.as_deref(), Some("Fluids"));
        // Another span of years after it is no pages either.
        let text = "Okafor, R. Tidal bores. Fluids, 1500-1800, 1990-1995.";
        let r = read("1500-1800", Some("Fluids"), "Tidal bores", text);
        assert_eq!(r.pages.as_deref(), Some("1500-1800"));
        // A later year first: no span.
        let text = "Okafor, R. Tidal bores. Fluids, 1800-1500, pp. 4-9.";
        let r = read("1800-1500", Some("Fluids"), "Tidal bores", text);
        assert_eq!(r.pages.as_deref(), Some("1800-1500"));
        // Not right after the container.
        let text = "Okafor, R. Tidal bores. Fluids 12, 1500-1800, pp. 4-9.";
        let r = read("1500-1800", Some("Fluids"), "Tidal bores", text);
        assert_eq!(r.pages.as_deref(), Some("1500-1800"));
    }
}
