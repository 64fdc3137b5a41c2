//! Unit tests of the name scanner: where lists end.

use super::*;

#[test]
fn initials_in_brackets() {
    assert_eq!(bracketed_initials("(M.I.),").as_deref(), Some("M.I.,"));
}

/// (text, the name list at its start).
const LISTS: &[(&str, &str)] = &[
    // A volume's label where given names would stand: the title before it.
    ("Marx, K., Das Kapital, Bd. 1, Berlin: Dietz, 1962.", "Marx, K.,"),
    // A given name before a one-word title: no journal's abbreviations.
    (
        "Le Roy Ladurie, Emmanuel. Montaillou. Paris: Gallimard, 1975.",
        "Le Roy Ladurie, Emmanuel.",
    ),
    // A particle after the initials, then a comma and the title (no year).
    (
        "Tocqueville, A. de, De la démocratie en Amérique, Paris, Gosselin, 1835.",
        "Tocqueville, A. de,",
    ),
    (
        "Humboldt, W. von, Über die Verschiedenheit des menschlichen Sprachbaues, Berlin, 1836.",
        "Humboldt, W. von,",
    ),
    // Chemistry's chapters: the book after "in", no mark before it.
    (
        "L. L. Okafor, W. E. Lindqvist, R. E. Marsh in Proceedings of the Pest Conference, 1990, pp. 87–90.",
        "L. L. Okafor, W. E. Lindqvist, R. E. Marsh",
    ),
    ("G. Marsh in Handbook of Harbour Economics", "G. Marsh"),
    (
        "G. B. Okafor, A Course in Tidal Harmonic Analysis, CRC Press, 1994.",
        "G. B. Okafor,",
    ),
    (
        "Smith, J., & Jones, K. Title of the work.",
        "Smith, J., & Jones, K.",
    ),
    (
        "van der Mast, C., and Lee, B. Title.",
        "van der Mast, C., and Lee, B.",
    ),
    (
        "Smith, J., Jr., and Brown, T. Title.",
        "Smith, J., Jr., and Brown, T.",
    ),
    // A spaced slash after initials joins the names, as German lists write them.
    (
        "Okafor, G. / Lind, R. 1998: Tidal Flats of the North, Opladen.",
        "Okafor, G. / Lind, R.",
    ),
    // The name after "and" or "et", initials closing it, is the last.
    (
        "DUVAL P., MARTIN J. et PETIT S., Villes de France, Paris, 2001.",
        "DUVAL P., MARTIN J. et PETIT S.,",
    ),
    (
        "Novak, J., et al. Unfinished thoughts.",
        "Novak, J., et al.",
    ),
    (
        "Hearn, Lafcadio. Glimpses of Unfamiliar Japan.",
        "Hearn, Lafcadio.",
    ),
    ("Kefi (N.), Title here.", "Kefi (N.),"),
    // Russian's "Yu." between initials and the family name.
    (
        "A. Yu. Okafor and B. Lind, Phys. Lett. B 93 (1980) 429.",
        "A. Yu. Okafor and B. Lind,",
    ),
    // An initial opening a journal's abbreviated name after the list's comma.
    ("W. Hartmann, Z. Phys. A 300 (1981) 227.", "W. Hartmann,"),
    ("S. Varga, J. Instrum. 7 (2012) C03011.", "S. Varga,"),
    ("K. Lind, Z. Phys. Chem. 12 (1990) 1.", "K. Lind,"),
    // Five words a name, its particles aside.
    (
        "R. J. E. Okafor, C. W. M. van der Lind, and J. G. M. Varga, Phys. Fluids, 19, 1 (2007).",
        "R. J. E. Okafor, C. W. M. van der Lind, and J. G. M. Varga,",
    ),
    // One Vancouver name, then the title.
    (
        "Okafor WH. Vasospasm, vascular injury, and atherogenesis. Hum Pathol 1999;30:365.",
        "Okafor WH.",
    ),
    ("Lind MP. Vancomycin. Mayo Clin Proc 1991; 66:1165-1170.", "Lind MP."),
    // "J." is a journal's word, and an initial.
    (
        "L. Okafor, D. Lind, and J. J. Varga, Phys. Rev. A 33, 3451 (1986).",
        "L. Okafor, D. Lind, and J. J. Varga,",
    ),
    // Not a name with its stop before the year.
    (
        "A. Okafor, J. Lindqvist. 2019. Title.",
        "A. Okafor, J. Lindqvist.",
    ),
    // A journal's abbreviation right after a given-first name opens the journal.
    (
        "B. Okafor and M. Lindqvist Phys. Rev. D63 (2001) 023003.",
        "B. Okafor and M. Lindqvist",
    ),
    // Short family names in capitals, before initials with their stops.
    (
        "LI, Y., OKAFOR, A. & WU, J. X. 2015. Tides of the north.",
        "LI, Y., OKAFOR, A. & WU, J. X.",
    ),
    (
        "ALY (M.I.), NAGEB (R.), « Les stèles », BSFE 106, 1986.",
        "ALY (M.I.), NAGEB (R.),",
    ),
    (
        "Martin Luther King Jr. Why we can't wait.",
        "Martin Luther King Jr.",
    ),
    (
        "Larry D. Wittie, Communication structures.",
        "Larry D. Wittie,",
    ),
    ("Minh N Do. Title.", "Minh N Do."),
    (
        "Kasper Dinkla, and Peter W. J. Staar. Robust conversion, 2021.",
        "Kasper Dinkla, and Peter W. J. Staar.",
    ),
    ("The Beatles. Abbey Road.", "The Beatles."),
    // A quoted title ends the list.
    (
        "P. Yang and J. H. Chern \"Design of a filter,\" IEEE",
        "P. Yang and J. H. Chern ",
    ),
    // Vancouver: undotted initials, names parted by commas or full stops.
    (
        "Slyker JA, Casper C, Tapia K. Clinical outcomes. Lancet.",
        "Slyker JA, Casper C, Tapia K.",
    ),
    (
        "Goss DL. Moore JH. Title of the work.",
        "Goss DL. Moore JH.",
    ),
    ("Janik J.: Title", "Janik J.:"),
    // The first name had initials, the next has none: the journal.
    (
        "S. E. Han, G. Chen, Nano Lett. 10, 1012",
        "S. E. Han, G. Chen,",
    ),
    // After an inverted first name, a given-first "name" before an imprint is the title.
    (
        "Wagner, Richard, Mein Leben, (Munich: List, 1963).",
        "Wagner, Richard,",
    ),
    (
        "James Gleick, Chaos: Making a New Science.",
        "James Gleick,",
    ),
    ("How to write a paper.", ""),
    ("and then some", ""),
    // Dotted initials and a title opening with the article "A".
    (
        "Okafor, B. T. A structural view of lattices. Tech. Rep. 9, 1981.",
        "Okafor, B. T.",
    ),
    (
        "Duval, J.-P., and Le Roux, D. A new model of rewriting. Report 5, 1986.",
        "Duval, J.-P., and Le Roux, D.",
    ),
    ("Okafor, B. A. Lattices. Press, 1981.", "Okafor, B. A."),
    // A two-letter initial with its stop ("Th.", "Ch.") before another.
    (
        "Greene, Th. W. \"Protective Groups\", Wiley, New York, 1981",
        "Greene, Th. W.",
    ),
    ("Brandt, Ch. L. Die Hütte. Berlin, 1901.", "Brandt, Ch. L."),
    // The American Chemical Society's names, then "J." opening the journal.
    (
        "Okafor, J. A.; Lind, B. J. Am. Chem. Soc. 2007, 129, 1234.",
        "Okafor, J. A.; Lind, B.",
    ),
    ("Lind, B. J. Phys. 2007, 12, 34.", "Lind, B."),
    ("Lind, B. J. Appl. Phys. 2007, 12, 34.", "Lind, B."),
    ("Lind, B. J. A. Title. Nature 2007.", "Lind, B. J. A."),
    // A journal's abbreviations after the list's comma are no name.
    ("Okafor R., Phys. Rev. Lett., 23 (1969) 1415.", "Okafor R.,"),
    (
        "Lind, W., Okafor, J., Mon. Not. R. Astron. Soc. 294, 429",
        "Lind, W., Okafor, J.,",
    ),
    ("Ada C. Lind, Nucl. Instrum. Methods A 362", "Ada C. Lind,"),
    ("K. Okafor Astropart. Phys. 3 (1995) 295.", "K. Okafor"),
    ("L. Lind Yad. Fiz. 31 (1980) 1510.", "L. Lind"),
    (
        "Lind, A., St. John, B., and Okafor, C. A study of it. 2001.",
        "Lind, A., St. John, B., and Okafor, C.",
    ),
    // German lists' colon after the last name: written family first as the first was,
    // or given name first after the semicolon; a title's head with no initials before
    // it is no name.
    (
        "Lind, Hermann; Okafor, Heino; Brandt, Thomas: Auf dem Weg. In: Die Bank, Nr. 9, 1992",
        "Lind, Hermann; Okafor, Heino; Brandt, Thomas:",
    ),
    (
        "Lind, Peter L.; Thomas Okafor: Die Konstruktion der Häfen, Frankfurt/M. 1977",
        "Lind, Peter L.; Thomas Okafor:",
    ),
    (
        "Lind, Peter, Harbour Studies: A History of Tides, Leiden 1977",
        "Lind, Peter,",
    ),
    // An initial, then the given name, before "and": the name goes on to it.
    (
        "Lind, R. Hal, and John C. Okafor. The Planning of Harbours. Leiden, 1962.",
        "Lind, R. Hal, and John C. Okafor.",
    ),
    (
        "Lind, R. Hal and John C. Okafor. The Planning of Harbours. Leiden, 1962.",
        "Lind, R. Hal and John C. Okafor.",
    ),
    (
        "Lind, R. O, and D. N. Okafor, Two Schedulers for Harbours, Trans. on Tides, pp. 471-482.",
        "Lind, R. O, and D. N. Okafor,",
    ),
    // Not a title's words around "and" after the initial.
    (
        "Lind, C., and Okafor, M. Modular and polymorphic analysis of tides. Report, 1996.",
        "Lind, C., and Okafor, M.",
    ),
    (
        "Okafor, C. Classification and Regression Trees 1984 Wadsworth, California",
        "Okafor, C.",
    ),
];

#[test]
fn where_lists_end() {
    for (text, list) in LISTS {
        assert_eq!(&text[..scan_names(text)], *list, "{text}");
    }
}
