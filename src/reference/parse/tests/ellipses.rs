//! Ellipses inside entries: APA's before the last of many authors ("Asgaard, G., ... Botros,
//! N."; APA 6 spaced ". . ."), and a title's own ("Begin at the beginning ... Using a
//! lifegrid"), which are text, not stops to fold.

use super::super::parse;
use crate::reference::Name;

fn families(text: &str) -> Vec<String> {
    parse(text)
        .authors
        .iter()
        .map(|n| match n {
            Name::Person { family, given, .. } => {
                format!("{family}, {}", given.as_deref().unwrap_or(""))
            }
            Name::Literal { literal } => literal.to_string(),
        })
        .collect()
}

#[test]
fn the_last_author_after_an_ellipsis_is_an_author() {
    let want = [
        "Okafor, D. G.",
        "Lindqvist, N. E.",
        "Marsh, G.",
        "Botros, N.",
    ];
    for text in [
        "Okafor, D. G., Lindqvist, N. E., Marsh, G., ... Botros, N. (2004). Effects of rivers on valleys. Journal of Tests, 6, 249-267.",
        "Okafor, D. G., Lindqvist, N. E., Marsh, G., . . . Botros, N. (2004). Effects of rivers on valleys. Journal of Tests, 6, 249-267.",
        "Okafor, D. G., Lindqvist, N. E., Marsh, G., … Botros, N. (2004). Effects of rivers on valleys. Journal of Tests, 6, 249-267.",
    ] {
        assert_eq!(families(text), want, "{text}");
        assert_eq!(
            parse(text).title.as_deref(),
            Some("Effects of rivers on valleys")
        );
    }
}

#[test]
fn an_ellipsis_inside_a_title_stays() {
    let r = parse("Okafor, Jane C.; Marsh, Bie (2009). Begin at the beginning ... Using a lifegrid for rivers. Social Research Update, 57, 1-4.");
    assert_eq!(
        r.title.as_deref(),
        Some("Begin at the beginning ... Using a lifegrid for rivers")
    );
    // At a title's end it is folded as before.
    let r = parse("Okafor, J. (2009). Rivers and so on.... Journal of Tests, 57, 1-4.");
    assert_eq!(r.title.as_deref(), Some("Rivers and so on"));
}
