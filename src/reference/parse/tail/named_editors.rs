//! Editors named after the title ("Edited by A. B. Name.", ". Ed. William L. Andrews.",
//! "Eike Middell (ed.)", "(G. Geymonat, ed.)"), read out of a tail before its container.

use super::super::authors::names_before_date;
use super::super::clean::{collapse_spaces, tidy_punctuation};
use super::super::{captures_where, re};
use super::{split_at_piece_end, IN_PREFIX};
use crate::reference::given_names::is_given_name;
use crate::reference::names::{is_initials, looks_like_organisation, parse_name_list};
use crate::reference::words::{is_connector, is_particle, EDITOR_ROLE};
use crate::reference::{Name, Reference};
use regex::Regex;
use std::sync::LazyLock;

/// Editors written out after the title ("Edited by A. B. Name.", "(A. Name, ed.)"): set them
/// and return the tail without them. A chapter's "In A. Name (Eds.), Book" is left to
/// [`take_chapter_container`].
pub(super) fn take_named_editors(r: &mut Reference, t: &str) -> String {
    let edited_by = if may_mark_editors(t) {
        EDITED_BY_ANY.captures(t)
    } else {
        None
    };
    if let Some(caps) = edited_by {
        if let (Some(all), Some(first)) = (caps.get(0), caps.get(1)) {
            let after = &t[first.start()..];
            // "(Eds D Armitage, F Berkes)": a bracket opened with the mark closes the list.
            let mark = &t[all.start()..first.start()];
            let bracket = mark.contains('(');
            let (eds, more) = match (split_at_piece_end(after), after.find(')')) {
                ((eds, _), Some(close)) if eds.len() > close && bracket => {
                    (&after[..close], &after[close + 1..])
                }
                (piece, _) => piece,
            };
            // "(eds" with no stop must be closed ("(eds Springer Heidelberg" is a bracket left
            // open after the names it marked).
            let stop = mark.rsplit('(').next().is_some_and(|m| m.contains('.'));
            let unclosed = bracket && !stop && !after.contains(')');
            // The role said again after the names: "ed. by Giaccaria, Paolo and Minca,
            // Claudio, eds.".
            let eds = ROLE_AGAIN.find(eds).map_or(eds, |m| &eds[..m.start()]);
            let names = parse_name_list(eds).0;
            let numbers = eds.bytes().any(|b| b.is_ascii_digit());
            // The mark may close the names before it instead ("In: C. D. Darlington & K. R.
            // Lewis, eds. Chromosomes today"): what follows must read as names, and a
            // chapter's "In" with names that have initials up to the mark is left to the
            // chapter's patterns.
            // An organisation may edit; a lone word in capitals does not ("(eds PAKDD)": a
            // meeting's acronym).
            let acronym = !eds.contains(char::is_lowercase);
            // No person's name opens with "The" ("ed. The Handbook of Policy Instruments").
            let people = !eds.starts_with("The ") && names_before_date(eds, true);
            let names_follow = (people || editing_body(eds))
                && !matches!(names.as_slice(), [one] if one.is_literal() && acronym);
            // ", E. Neuhold, Ed. North-Holland Pub. Co.": after a comma, a name with initials
            // right before the mark is the editor it closes; what follows is the imprint.
            // So does a list of given-first names opening the sentence ("Marcus Hartner and
            // Marion Schulte, eds. Migration in Context").
            let closes_name = mark.trim_start().starts_with(',') && {
                let before = &t[..all.start()];
                let sentence = before
                    .rsplit([';', '.', '?', '”', '"'])
                    .next()
                    .unwrap_or("")
                    .trim();
                // Two names joined by "and" too (IEEE's "J. Stein and R. Lee, Eds. Berlin").
                before
                    .rsplit([',', ';'])
                    .next()
                    .unwrap_or("")
                    .split(" and ")
                    .flat_map(|name| name.split(" & "))
                    .all(initialled_name)
                    || (given_names_first(sentence) && names_before_date(sentence, false))
            };
            if !names.is_empty()
                && eds.len() < 200
                && !numbers
                && names_follow
                && !unclosed
                && !closes_name
                && !in_names_before(&t[..all.start()])
            {
                r.editors = names;
                let keep = t[..all.start()].trim_end();
                return format!("{keep}. {}", more.trim_start_matches([',', ';', ' ']));
            }
            // A role opening the tail with no names after it is the role of the names before
            // the date ("Boin, Arjen, ..., eds. (2008). Governing after Crisis"): the rest is
            // the book.
            if all.start() == 0 && !bracket && !names_follow {
                return after.to_string();
            }
        }
    }
    // "..., Eike Middell (ed.), 2 vols.", "... Animal? Tim Ingold, ed. Pp. 84–99": given-first
    // names marked as editors after them. A cheap test first: the pattern's Unicode classes
    // cost more than the rest of the tail's passes.
    // The marks are looked for at each bracket and comma (`str::contains` sets up a searcher
    // for each mark).
    let b = t.as_bytes();
    let marked = memchr::memchr2_iter(b'(', b',', b).any(|i| {
        let after = &b[i + 1..];
        if b[i] == b'(' {
            [
                "ed", "Ed", "dir", "Hrsg", "hrsg", "Hrg", "hrg", "Hg", "hg", "coord", "comp",
            ]
            .iter()
            .any(|m| after.starts_with(m.as_bytes()))
        } else {
            after.starts_with(b" ed") || after.starts_with(b" Ed")
        }
    });
    if let Some(caps) = marked.then(|| NAMES_THEN_ED.captures(t)).flatten() {
        if let (Some(all), Some(ed)) = (caps.get(0), caps.get(1)) {
            // The whole list, not the tail of a longer one ("In J. C. Watson, R. N. Goldman &
            // M. S. Warner (Eds.)", "in Victoria Johnson, Jane F. Fulcher, and Thomas Ertman
            // (eds.)"), which the chapter's patterns read.
            // After a comma, the piece before is the title ("Mein Leben, Eike Middell (ed.)")
            // or a phrase, not a name of the same list ("The Prelude, Jonathan Wordsworth, M.
            // H. Abrams, and Stephen Gill (eds.)").
            let before = t[..all.start()].trim_end();
            let piece = before
                .rsplit([',', ';', '?', '('])
                .next()
                .unwrap_or("")
                .trim();
            let phrase = piece.split_whitespace().skip(1).any(is_title_word);
            let title = r.title.as_deref().is_some_and(|title| {
                title.trim_end_matches(['.', ',']) == piece.trim_end_matches(['.', ','])
            });
            // Opening the tail, after a title whose last comma piece reads as a name ("The
            // Prelude, Jonathan Wordsworth" + "M. H. Abrams, and Stephen Gill (eds.)"): the
            // title took the list's first name.
            let named_title_end = all.start() == 0
                && r.title.as_deref().is_some_and(|title| {
                    title.rsplit_once(", ").is_some_and(|(_, last)| {
                        !last
                            .split_whitespace()
                            .any(|w| w.starts_with(char::is_lowercase))
                    })
                });
            // "P. Gabert ; J. Vaudour (dir.)": a semicolon joins a list as a comma does.
            let longer = (t[all.start()..ed.start()].contains([',', ';']) && !phrase && !title)
                || named_title_end;
            // "In G. Morgan, P. H. Kristensen and R. Whitley (eds.)" after a sentence: the
            // chapter's list began at its "In", before the match.
            let in_list = t[all.start()..ed.start()].contains(',')
                && before
                    .rfind(" In ")
                    .is_some_and(|i| in_names_before(&before[i + 1..]));
            let after_in =
                before.ends_with(" In") || before.ends_with(" in") || before == "In" || in_list;
            // "in P. Schmuck and K. M. Sheldon (eds.)": the match began inside a name, after
            // its first initial; the list is longer than the match. So it is after German
            // "u." ("und": "In: Fassmann, H. u. R. Münz (Hrsg.)"), its stop the match's.
            let mid_name = before
                .rsplit(' ')
                .next()
                .is_some_and(|w| (w.len() <= 3 && is_initials(w)) || w == "u");
            // "In K. M. Sheldon (Ed.)": the pattern's name takes the chapter's "In" as a given
            // name.
            let listed = ed.as_str();
            let names = parse_name_list(listed.strip_prefix("In ").unwrap_or(listed)).0;
            if !longer
                && !after_in
                && !mid_name
                && !names.is_empty()
                && names.iter().all(|n| !n.is_literal())
            {
                r.editors = names;
                let mut out = t.to_string();
                out.replace_range(all.start()..all.end(), ". ");
                return tidy_punctuation(&collapse_spaces(&out));
            }
        }
    }
    if let Some(caps) = captures_where(&PAREN_EDITORS, t) {
        if let (Some(all), Some(ed)) = (caps.get(0), caps.get(1)) {
            if names_before_date(ed.as_str(), true) {
                r.editors = parse_name_list(ed.as_str()).0;
                let mut out = t.to_string();
                out.replace_range(all.range(), " ");
                return tidy_punctuation(&collapse_spaces(&out));
            }
        }
    }
    t.to_string()
}

/// Could [`EDITED_BY_ANY`] match: is there an "ed" or "Ed" followed by "ited", "." or "s.",
/// or after an opening bracket, or one of the other languages' marks? A byte search where the
/// pattern walks the text (most tails have no editors).
pub(super) fn may_mark_editors(t: &str) -> bool {
    let b = t.as_bytes();
    memchr::memchr_iter(b'd', b).any(|i| {
        let after = &b[i + 1..];
        i > 0
            && matches!(b[i - 1], b'e' | b'E')
            && (after.starts_with(b"ited")
                || after.starts_with(b".")
                || after.starts_with(b"s.")
                || t[..i - 1].trim_end().ends_with('('))
    }) || may_hold_other_language_mark(b)
}

/// Is `w` a lower-case word no name holds: neither a connector ("and", "of") nor a particle
/// ("de", "van")? A title's or a phrase's ("handbook", "pathways").
pub(super) fn is_title_word(w: &str) -> bool {
    w.starts_with(char::is_lowercase) && !is_connector(w) && !is_particle(w)
}

/// The editors named before their role in brackets: an organisation whole ("In:
/// Bundeszentrale für politische Bildung (Hrsg.)", "Expertenkommission der Bertelsmann
/// Stiftung (Hg.)", "Agrarsoziale Gesellschaft e.V. (Hg.)"), when the words hold one of three
/// letters or more that no name holds, or an organisation's word, and no list's marks or
/// initials (German "u." and "u.a.", "and others", join lists; "dies." and "ders.", "the same",
/// stand for the authors); else the names.
pub(super) fn editors_before_role(names: &str) -> Vec<Name> {
    let words = || names.split_whitespace();
    let list = |w: &str| {
        is_connector(w)
            || is_initials(w)
            || matches!(
                w,
                "u." | "u" | "u.a." | "al." | "dies." | "ders." | "dies" | "ders"
            )
    };
    let phrase = |w: &str| is_title_word(w) && w.chars().count() >= 3;
    let body = !names.contains([',', ';', '/', '&'])
        && !words().any(list)
        && (words().any(phrase) || looks_like_organisation(names));
    if body {
        vec![Name::literal(names.trim())]
    } else {
        parse_name_list(names).0
    }
}

/// Can `eds`, after an editor's mark, be an organisation that edits ("edited by National
/// Aeronautics and Space Administration")? Not a title: no lower-case word a name has not
/// ("eds. The Sage handbook of performance studies"), and an organisation's word other than
/// an opening "The" ("ed. The Handbook of Policy Instruments").
pub(super) fn editing_body(eds: &str) -> bool {
    let body = eds.strip_prefix("The ").unwrap_or(eds);
    looks_like_organisation(body) && !eds.split_whitespace().any(is_title_word)
}

/// "Handbook of Combinatorics, R. Graham, and L. Lovasz" (before "Eds."): the book, then its
/// editors. The first comma part is the book when it reads as a title (a lower-case word, or
/// four words without an initial) and the rest as names; or two or three words without an
/// initial or a given name first, before a name of initials ("Harbour Studies, B. Okafor and
/// C. Marsh", IEEE's order).
pub(super) fn book_before_editors(text: &str) -> (Option<&str>, &str) {
    if let Some((head, tail)) = text.split_once(", ") {
        let words: Vec<&str> = head.split_whitespace().collect();
        let lower_word = words.iter().skip(1).any(|w| is_title_word(w));
        let plain = !words.iter().any(|w| is_initials(w));
        let long_plain = words.len() >= 4 && plain;
        let first_name = tail
            .split(',')
            .next()
            .unwrap_or("")
            .split(" and ")
            .next()
            .unwrap_or("");
        // Initials alone before the family name ("B. Okafor", not "Jane F. Fulcher", where
        // "Victoria Johnson" before it may be the list's first name).
        let initials_only = initialled_name(first_name)
            && first_name.split_whitespace().rev().skip(1).all(is_initials);
        let short_before_initials = words.len() >= 2
            && plain
            && !words.first().is_some_and(|w| is_given_name(w))
            && initials_only;
        if (lower_word || long_plain || short_before_initials) && names_before_date(tail, true) {
            return (Some(head), tail);
        }
    }
    (None, text)
}

/// Is `piece` one person's name written given first with an initial ("E. Neuhold", "Tim
/// S. Ingold"): two to four capitalised words, an initial among them, not last?
pub(super) fn initialled_name(piece: &str) -> bool {
    let words: Vec<&str> = piece.split_whitespace().collect();
    (2..=4).contains(&words.len())
        && words.iter().all(|w| w.starts_with(char::is_uppercase))
        && words[..words.len() - 1].iter().any(|w| is_initials(w))
        && words
            .last()
            .is_some_and(|w| !is_initials(w) && w.chars().count() > 1)
}

/// Does `before` open with a chapter's "In" (or "In:") and hold only a name list after it,
/// with initials or given names ("In: C. D. Darlington & K. R. Lewis")?
pub(super) fn in_names_before(before: &str) -> bool {
    let Some(m) = IN_PREFIX.find(before.trim_start()) else {
        return false;
    };
    let names = before.trim_start()[m.end()..].trim();
    // Initials tell names from a title of capitalised words ("In Structural, Syntactic, and
    // Statistical Pattern Recognition, eds. Terry Caelli, ..."), and so do given names opening
    // every name ("In Sally Moore and Barbara Myerhoff, eds. Secular Ritual").
    let initials = names
        .split_whitespace()
        .any(|w| is_initials(w.trim_end_matches([',', ';'])));
    (initials || given_names_first(names)) && names.len() < 200 && names_before_date(names, false)
}

/// Does every name of the list `names` open with a common given name ("Sally Moore and Barbara
/// Myerhoff", "Leonid Hurwicz, David Schmeidler and Hugo Sonnenschein")?
pub(super) fn given_names_first(names: &str) -> bool {
    let mut pieces = names
        .split([',', ';', '&'])
        .flat_map(|p| p.split(" and "))
        .map(str::trim)
        .filter(|p| !p.is_empty() && *p != "and")
        .peekable();
    pieces.peek().is_some()
        && pieces.all(|p| {
            let mut words = p.split_whitespace();
            words.next().is_some_and(is_given_name) && words.next().is_some()
        })
}

/// A role word closing an editor list that a role word opened: ", eds.", " (eds.)".
pub(super) static ROLE_AGAIN: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?i),?\s*\(?(?:eds?|editors?)\.?\)?\s*$", "ROLE_AGAIN"));

/// Editors named anywhere after the title: "Edited by Roy Harvey Pearce.", ". Ed. William L.
/// Andrews.", ", ed. W. M. Green.", "Edited and translated by Donald Nicholson-Smith.",
/// "(ed. J.H. Neyrey;", "(Eds D Armitage, F Berkes, N Doubleday)", "/ ed. A. Lieven" (GOST),
/// and [`OTHER_LANGUAGE_MARKS`].
pub(super) static EDITED_BY_ANY: LazyLock<Regex> = LazyLock::new(|| {
    re(
        &format!(
            r"(?:^|[.,;(/]\s*)(?:[Ee]dited(?:\s+and\s+translated)?\s+by|[Ee]ds?\.(?:\s+by)?|\(\s*[Ee]ds?|{OTHER_LANGUAGE_MARKS})\s+(?P<first>\p{{Lu}})"
        ),
        "EDITED_BY_ANY",
    )
});

/// Editors' marks before the names in other languages than English: German "Hg. von", "hrsg.
/// v.", "Herausgegeben von", Italian "a cura di", French "sous la direction de" ("sous la dir.
/// de"), "édité par", "éd. par", "dir. par", Polish and Czech "red." ("pod red.").
pub(in crate::reference::parse) const OTHER_LANGUAGE_MARKS: &str = r"[Hh](?:rs)?g\.\s+v(?:on|\.)|[Hh]erausgegeben\s+von|[Aa]\s+cura\s+di|[Ss]ous\s+la\s+dir(?:ection|\.)\s+de|[ÉéEe]d(?:it[ée]|\.)\s+par|[Dd]ir\.\s+par|(?:pod\s+)?red\.";

/// Could [`OTHER_LANGUAGE_MARKS`] match in `b`? The "v" of "hg. v" and "gegeben von", the "d"
/// of "cura di", "direction de", "dir. de", "dité par", "éd. par", "dir. par" and "red." (letters English
/// text holds few of), the bytes around them compared: five substring searches, or a stop at
/// every space, cost 700-800 instructions a reference.
pub(in crate::reference::parse) fn may_hold_other_language_mark(b: &[u8]) -> bool {
    let german = || {
        memchr::memchr_iter(b'v', b).any(|i| {
            let before = &b[..i];
            before.ends_with(b"g. ") || before.ends_with(b"gegeben ")
        })
    };
    let romance = || {
        memchr::memchr_iter(b'd', b).any(|i| {
            let (before, after) = (&b[..i], &b[i + 1..]);
            (before.ends_with(b"cura ") && after.starts_with(b"i "))
                || (before.ends_with(b"direction ") && after.starts_with(b"e "))
                || (before.ends_with(b"la ") && after.starts_with(b"ir. de "))
                || after.starts_with("ité par".as_bytes())
                || after.starts_with(b"ir. par ")
                || (before.ends_with(b"re") && after.starts_with(b". "))
                || (after.starts_with(b". par ")
                    && ["é", "É", "e", "E"]
                        .iter()
                        .any(|e| before.ends_with(e.as_bytes())))
        })
    };
    german() || romance()
}

/// Given-first names (up to four capitalised words or initials each, two joined by "and" or
/// "&") marked as editors after them, opening a piece: "Eike Middell (ed.)", "Y.-G. Le Dantec
/// (ed.)", "B.J. Parker and C.P. Foster, eds.", "Douglas W. Stott (ed. and trans.)", "Pierre
/// BIRNBAUM (dir.)", "Inka Mülder-Bach (Hg.)".
pub(super) static NAMES_THEN_ED: LazyLock<Regex> = LazyLock::new(|| {
    let name = GIVEN_FIRST_NAME;
    re(
        &format!(
            r"(?:^|[.,;?]\s+)(?P<ed>{name}(?:,?\s+(?:and|&)\s+{name})?)(?:\s*\((?i:{EDITOR_ROLE})\.?(?:\s+(?:and|&)\s+trans\.?)?\)|,\s+(?:[Ee]ds?\.|editors?(?-u:\b)))"
        ),
        "NAMES_THEN_ED",
    )
});

/// A given-first name in a pattern: up to three capitalised words or initials, then the family
/// name ("Eike Middell", "Y.-G. Le Dantec", "Douglas W. Stott").
pub(in crate::reference::parse) const GIVEN_FIRST_NAME: &str =
    r"(?:\p{Lu}[\p{L}.'’-]*\s+){1,3}\p{Lu}[\p{L}'’-]+";

/// "(G. Geymonat, ed.)": an editor in brackets after the book.
pub(super) static PAREN_EDITORS: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\((?P<ed>[^()]{2,120}?),\s*(?i:eds?)\.?\)",
        "PAREN_EDITORS",
    )
});
