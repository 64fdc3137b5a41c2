//! Word lists only the field model reads: words of publishers' names, words of journal and
//! proceedings titles (whole and abbreviated), editors' and translators' role words, and the
//! states, provinces and countries written after a publisher's city.
//!
//! Each list is lower case, as a word's core is looked up (the word without punctuation at
//! either end: "Eds" of "(Eds.),", "n.j" of "N.J.:"), sorted without repeats. A listed word is
//! only a hint: the model weighs it against the word's neighbours and place ("Press" is an
//! author's name too).

/// Words of publishers' names, in the languages of the training data and the sample.
pub(super) const PUBLISHER_WORDS: &[&str] = &[
    "academic",
    "blackwell",
    "books",
    "cambridge",
    "cengage",
    "ediciones",
    "edicions",
    "edisi",
    "editions",
    "editora",
    "editore",
    "editori",
    "editorial",
    "edizioni",
    "elsevier",
    "erlbaum",
    "flammarion",
    "gallimard",
    "hachette",
    "harcourt",
    "harper",
    "harvard",
    "harvester",
    "kluwer",
    "knopf",
    "macmillan",
    "mcgraw-hill",
    "mit",
    "mohr",
    "mouton",
    "north-holland",
    "norton",
    "oxford",
    "palgrave",
    "penguin",
    "pergamon",
    "plenum",
    "prentice",
    "press",
    "presses",
    "princeton",
    "publ",
    "publications",
    "published",
    "publisher",
    "publishers",
    "publishing",
    "puf",
    "random",
    "routledge",
    "sage",
    "seuil",
    "springer",
    "springer-verlag",
    "suhrkamp",
    "taylor",
    "thomson",
    "univ",
    "university",
    "verlag",
    "verlagsbuchhandlung",
    "vintage",
    "wiley",
    "yale",
    "éditions",
];

/// Is `word` (any case, punctuation around it ignored) one of [`PUBLISHER_WORDS`]
/// ("Press,", "Verlag", "Editions")?
pub fn is_publisher_word(word: &str) -> bool {
    let core = word.trim_matches(|c: char| !c.is_alphanumeric());
    PUBLISHER_WORDS
        .binary_search(&core.to_lowercase().as_str())
        .is_ok()
}

/// Is `word` (any case, punctuation around it ignored) one of [`JOURNAL_WORDS`] ("Appl.",
/// "Phys", "Soc.")?
pub fn is_journal_word(word: &str) -> bool {
    let core = word.trim_matches(|c: char| !c.is_alphanumeric());
    JOURNAL_WORDS
        .binary_search(&core.to_lowercase().as_str())
        .is_ok()
}

/// Words of journal, proceedings and series titles, whole and in the abbreviations of ISO 4
/// ("J. Am. Chem. Soc.", "Proc. Natl. Acad. Sci.").
pub(super) const JOURNAL_WORDS: &[&str] = &[
    "acad",
    "acta",
    "adv",
    "am",
    "anal",
    "ann",
    "annals",
    "annu",
    "appl",
    "arch",
    "archives",
    "astron",
    "astrophys",
    "biochem",
    "biol",
    "bull",
    "bulletin",
    "chem",
    "clin",
    "commun",
    "comput",
    "conf",
    "conference",
    "congress",
    "curr",
    "ecol",
    "econ",
    "eng",
    "environ",
    "eur",
    "geophys",
    "int",
    "intl",
    "j",
    "jour",
    "journal",
    "lett",
    "letters",
    "math",
    "mech",
    "med",
    "natl",
    "neurosci",
    "opt",
    "phys",
    "proc",
    "proceedings",
    "psychol",
    "quarterly",
    "rep",
    "res",
    "rev",
    "review",
    "revista",
    "revue",
    "sci",
    "soc",
    "stud",
    "symp",
    "symposium",
    "syst",
    "technol",
    "trans",
    "transactions",
    "workshop",
    "zeitschrift",
    "zh",
];

/// Words that say the names beside them are editors or translators, not authors.
pub(super) const ROLE_WORDS: &[&str] = &[
    "comp",
    "coord",
    "dir",
    "dirs",
    "ed",
    "edited",
    "editor",
    "editors",
    "eds",
    "hg",
    "hrsg",
    "trad",
    "trans",
    "transl",
    "translated",
    "éd",
    "éds",
];

/// Is `word` (any case, a closing full stop dropped) one of the [`REGIONS`] ("Mass", "NY",
/// "Calif.")?
pub fn is_region(word: &str) -> bool {
    let word = word.trim_end_matches('.').to_lowercase();
    REGIONS.binary_search(&word.as_str()).is_ok()
}

/// States, provinces and countries written after a publisher's city ("Hillsdale, NJ",
/// "Lanham, Md.", "Washington, D.C."), and countries named alone as a place.
pub(super) const REGIONS: &[&str] = &[
    "australia",
    "austria",
    "belgium",
    "brazil",
    "ca",
    "calif",
    "canada",
    "china",
    "colo",
    "conn",
    "ct",
    "d.c",
    "dc",
    "england",
    "fl",
    "fla",
    "france",
    "ga",
    "germany",
    "il",
    "ill",
    "india",
    "italy",
    "japan",
    "ma",
    "mass",
    "md",
    "mi",
    "mich",
    "minn",
    "mn",
    "n.c",
    "n.j",
    "n.y",
    "nc",
    "netherlands",
    "nj",
    "ny",
    "oh",
    "ont",
    "pa",
    "scotland",
    "slovenia",
    "spain",
    "switzerland",
    "tx",
    "u.k",
    "u.s.a",
    "uk",
    "usa",
    "va",
    "wa",
    "wis",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn publisher_words_are_found_in_any_case() {
        for w in ["Press,", "Verlag.", "Éditions", "(Routledge)"] {
            assert!(is_publisher_word(w), "{w}");
        }
        for w in ["Coleoptiles;", "Growing", "Journal"] {
            assert!(!is_publisher_word(w), "{w}");
        }
    }

    #[test]
    fn lists_are_lower_case_sorted_without_repeats() {
        for (name, list) in [
            ("PUBLISHER_WORDS", PUBLISHER_WORDS),
            ("JOURNAL_WORDS", JOURNAL_WORDS),
            ("ROLE_WORDS", ROLE_WORDS),
            ("REGIONS", REGIONS),
        ] {
            crate::reference::words::assert_sorted(name, list);
            for w in list {
                assert_eq!(*w, w.to_lowercase(), "{name}");
                // Looked up as a word's core: nothing to trim at either end.
                assert_eq!(*w, w.trim_matches(|c: char| !c.is_alphanumeric()), "{name}");
            }
        }
    }
}
