//! Chemistry's chapters and proceedings papers (Angewandte Chemie, Wiley-VCH's journals): no
//! title of their own, the book after "in" right after the names.

use super::super::parse;

#[test]
fn book_after_in_with_no_title() {
    let r = parse(
        "[4] L. L. Okafor, W. E. Lindqvist, R. E. Marsh in Proceedings of the Pest Conference, 1990, pp. 87–90.",
    );
    let families: Vec<&str> = r.authors.iter().map(|n| n.family()).collect();
    assert_eq!(families, ["Okafor", "Lindqvist", "Marsh"]);
    assert_eq!(r.title, None);
    assert_eq!(
        r.container.as_deref(),
        Some("Proceedings of the Pest Conference")
    );
    let r = parse("[7] A. Bookstein, S. T. Klein in Proceedings of the Annual SIGIR Conference, 1995, p. 319.");
    assert_eq!(r.authors.len(), 2);
    assert_eq!(r.title, None);
}
