//! Word lists the reference parser looks words up in: cities, words that open titles,
//! abbreviations, words that join names.

/// Connecting words allowed inside a name list or an organisation's name.
pub(super) const NAME_GLUE: &[&str] = &[
    "and", "&", "et", "al", "al.", "und", "y", "of", "for", "the", "on", "in", "eds", "ed",
    "others", "jr", "sr", "&amp;",
];

/// Words that start titles, never names.
pub(super) const TITLE_STARTS: &[&str] = &[
    "a", "an", "the", "on", "in", "of", "for", "to", "from", "with", "how", "what", "why", "when",
    "where", "who", "is", "are", "do", "does", "toward", "towards", "using", "beyond", "between",
    "about", "after", "at", "by", "into", "new", "some", "this", "these", "our", "my", "we", "can",
    "le", "la", "les", "el", "los", "das", "der", "die", "il", "un", "une", "ein", "eine",
];

/// Function words that a journal's or publisher's name may hold in lower case.
pub(super) const NAME_FUNCTION_WORDS: &[&str] = &[
    "of", "and", "the", "in", "for", "on", "at", "to", "a", "an", "de", "la", "le", "des", "du",
    "der", "die", "und", "für", "y", "e", "et", "di", "del", "van", "von",
];

/// Abbreviations after which a full stop does not end a sentence.
pub(super) const ABBREVIATIONS: &[&str] = &[
    "vol", "no", "nr", "pp", "p", "ed", "eds", "e.g", "i.e", "eg", "ie", "vs", "st", "dr", "mr",
    "mrs", "ms", "jr", "sr", "co", "inc", "ltd", "dept", "univ", "proc", "trans", "j", "etc", "al",
    "fig", "ch", "cf", "approx", "int", "natl", "nat", "acad", "sci", "soc", "am", "rev", "res",
    "assoc", "conf", "symp", "intl", "bull", "mag", "q", "u.s", "u.k", "corp", "bros", "mt", "ft",
    "ser", "suppl", "pt", "op", "cit", "ibid", "repr", "trad", "transl", "comp", "vols", "n", "s",
    "v",
];

/// Cities where publishers sit, as a regex fragment: a comma segment that is one of them is
/// the imprint, not the title ("Réinventer l'Etat, Paris, PUF").
pub(super) const CITIES: &str = "London|New York|Paris|Oxford|Cambridge|Berlin|Chicago|Boston|Amsterdam|Leiden|Princeton|Philadelphia|Washington|Toronto|Stuttgart|München|Munich|Frankfurt|Leipzig|Wien|Vienna|Madrid|Barcelona|Roma|Rome|Milano|Milan|Tokyo|Beijing|Sydney|Melbourne|Heidelberg|Dordrecht|Basel|Zürich|Zurich|Genève|Geneva|Bruxelles|Brussels|Lyon|Montréal|Montreal|Québec|Edinburgh|Glasgow|Dublin|Hamburg|Göttingen|Bonn|Köln|Cologne|Copenhagen|Stockholm|Oslo|Helsinki|Moscow|Moscou|Baltimore|San Francisco|Los Angeles|Berkeley|New Haven|Ithaca|Hoboken|Upper Saddle River|Englewood Cliffs|Thousand Oaks|Newbury Park|Hillsdale|Mahwah|Lisboa|Lisbon|São Paulo|Rio de Janeiro|Buenos Aires|New Delhi|Delhi|Singapore|Hong Kong|Rennes|Bordeaux|Toulouse|Marseille|Lille|Grenoble|Strasbourg|Montpellier|Nantes|Bologna|Firenze|Florence|Torino|Turin|Napoli|Bern|Lausanne|Warszawa|Warsaw|Praha|Prague|Budapest|Athens|Istanbul|Jerusalem|Tel Aviv|Cairo|Nairobi|Cape Town|Johannesburg|Auckland|Wellington|Canberra|Brisbane|Perth|Vancouver|Ottawa|Bloomington|Minneapolis|Ann Arbor|Durham|Austin|Seattle|Pittsburgh|Amherst|Albany|Norwood|Westport|Greenwich|Sheffield|Manchester|Bristol|Leeds|Birmingham|Abingdon|Basingstoke|Harmondsworth|Chichester|Aldershot|Farnham";
