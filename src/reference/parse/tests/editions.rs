//! Editions written after the title and a comma, in the languages that put them there: the
//! title ends before the edition's number, which is the edition, not a title's last word.

use super::super::parse;

#[test]
fn an_edition_after_a_comma_ends_the_title() {
    for (text, title, edition) in [
        (
            "Hartmann, L. (2004): Grundzüge der Verwaltungslehre, 4. Aufl. Stuttgart: Kohlhammer.",
            "Grundzüge der Verwaltungslehre",
            "4",
        ),
        (
            "Brandt, M./Kessler, O. (1999): Kommentar zum Mietrecht, Band 2, 3. Aufl., \
             Köln: Heymanns.",
            "Kommentar zum Mietrecht, Band 2",
            "3",
        ),
        (
            "Lindgren, Paul (2011): Wasserrecht, 12. Auflage. Berlin.",
            "Wasserrecht",
            "12",
        ),
        (
            "Okoro, C. (1998). The Grammar of Igbo Verbs, 2nd ed. Ibadan: Spectrum Books.",
            "The Grammar of Igbo Verbs",
            "2",
        ),
        // Elsevier's Harvard: the edition, then the publisher and its city after commas.
        (
            "Okoro, C., 1998. The Grammar of Igbo Verbs, 3rd ed. Spectrum, Ibadan.",
            "The Grammar of Igbo Verbs",
            "3",
        ),
        (
            "Okoro, C., 1998. The Grammar of Igbo Verbs, third ed. Spectrum, Ibadan.",
            "The Grammar of Igbo Verbs",
            "3",
        ),
        // An edition in words, and after a reprint's first year.
        (
            "Okoro, Chidi (1986 [1934]). Igbo verbs, revised edition. Ibadan: Spectrum Books.",
            "Igbo verbs",
            "revised",
        ),
        (
            "Okoro, Chidi. The Grammar of Igbo Verbs, Second Edition. Ibadan: Spectrum, 1998.",
            "The Grammar of Igbo Verbs",
            "2",
        ),
        // PDF text's ligature glyphs ("Auﬂ." for "Aufl."), read as their letters.
        (
            "Lindgren, Paul (2011): Klassiﬁkation im Wasserrecht, 2. Auﬂ., Berlin: Harrow.",
            "Klassifikation im Wasserrecht",
            "2",
        ),
    ] {
        let r = parse(text);
        assert_eq!(r.title.as_deref(), Some(title), "{text}");
        assert_eq!(r.edition.as_deref(), Some(edition), "{text}");
    }
}

#[test]
fn a_number_after_a_comma_with_no_edition_stays_in_the_title() {
    let r = parse("Weber, K. (2001): Studien zur Stadtgeschichte, 3. Teil. München: Beck.");
    assert_eq!(r.edition, None);
    assert!(
        r.title
            .as_deref()
            .is_some_and(|t| t.starts_with("Studien zur Stadtgeschichte")),
        "{:?}",
        r.title
    );
}

#[test]
fn a_books_edition_number_is_no_part_of_its_title() {
    // The model reads "2nd" with the book and "edn." apart.
    let r = parse(
        "Okafor, B. (2011) ‘Wave loads on piers’, in Lind, R. (ed.) Coastal structures. 2nd \
         edn. Reston, VA: Harbour Press, pp. 55–70.",
    );
    assert_eq!(r.container.as_deref(), Some("Coastal structures"));
    assert_eq!(r.edition.as_deref(), Some("2"));
}
