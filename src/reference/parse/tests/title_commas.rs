//! Titles with commas: a comma segment opening "in" that goes on in the title's words is the
//! title's ("..., the ob gene product, in hamsters. J Clin Invest ...").

use super::super::parse;

#[test]
fn in_with_the_titles_words_ends_no_title() {
    for (text, title) in [
        (
            "Okafor B, Marsh R. Water quality, by season, in upland streams. J Hydrol 2001; \
             12:1-5.",
            "Water quality, by season, in upland streams",
        ),
        (
            "Lindqvist M, Okafor B. Leptin, the ob gene product, in hamsters. J Clin Invest \
             1996; 97:2152-7.",
            "Leptin, the ob gene product, in hamsters",
        ),
    ] {
        assert_eq!(parse(text).title.as_deref(), Some(title), "{text}");
    }
    // A chapter's book after "in" stays the book.
    let r = parse(
        "Marsh T. 2001. Rivers and tides, in Studies in Honour of Maja Lindqvist. Oxford: \
         Clarendon, 61-72.",
    );
    assert_eq!(r.title.as_deref(), Some("Rivers and tides"));
    assert_eq!(
        r.container.as_deref(),
        Some("Studies in Honour of Maja Lindqvist")
    );
}
