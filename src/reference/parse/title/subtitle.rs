//! A book's subtitle after its colon read as a journal: "The World Bank: Its First Half
//! Century. Vol. 1. Washington, DC: Brookings Institution Press."

use crate::reference::Reference;

/// Where the container read is the words right after the title's colon ("The World Bank" +
/// ": " + "Its First Half Century"), and the entry names a publisher or a place but no
/// pages, the container is the title's second part: a journal's article names its pages, not
/// its publisher. `text` is the reference as cleaned.
pub(in crate::reference::parse) fn subtitle_read_as_container(r: &mut Reference, text: &str) {
    let (Some(title), Some(container)) = (r.title.as_deref(), r.container.as_deref()) else {
        return;
    };
    if r.pages.is_some() || (r.publisher.is_none() && r.location.is_none()) {
        return;
    }
    let whole = text
        .find(container)
        .filter(|&at| {
            text[..at]
                .strip_suffix(": ")
                .is_some_and(|before| before.ends_with(title))
        })
        .map(|at| format!("{title}: {}", &text[at..at + container.len()]));
    if let Some(whole) = whole {
        r.title = Some(whole);
        r.container = None;
    }
}

#[cfg(test)]
mod tests {
    use super::super::super::parse;

    #[test]
    fn a_books_subtitle_is_no_journal() {
        let r = parse(
            "Okafor, B., Marsh, J.P. and Lind, R. (1997) The Harbour Board: Its First Half Century. Vol. 1. Lagos: Harbour Press.",
        );
        assert_eq!(
            r.title.as_deref(),
            Some("The Harbour Board: Its First Half Century")
        );
        assert_eq!(r.container, None);
        assert_eq!(r.volume.as_deref(), Some("1"));
        // A journal's article, with its pages, keeps its journal.
        let r = parse("Okafor, B. (1997) Harbour boards: Marine Policy. Vol. 1, pp. 3-9.");
        assert_eq!(r.pages.as_deref(), Some("3-9"));
    }
}
