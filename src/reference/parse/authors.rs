//! Pass 3, authors: the names at the head of an entry, with the date when it follows them
//! (author-date styles), and editor or role marks after them.

use super::dates::{find_pubstate, pubstate_text, set_date_from_paren, BARE_YEAR, DATE_PAREN};
use super::imprint::is_imprint;
use super::kind::MEDIA;
use super::name_scan::scan_names;
use super::sentence::split_sentence;
use super::tail::OTHER_LANGUAGE_MARKS;
use super::{captures_where, re};
use crate::reference::given_names::is_given_name;
use crate::reference::names::{
    is_collaboration_word, is_initials, is_particle_prefixed, looks_like_organisation,
    parse_name_list,
};
use crate::reference::words::{
    is_abbreviation, is_connector, is_name_glue, is_organisation_word, is_particle, is_title_start,
    role_in_brackets, EDITOR_ROLE,
};
use crate::reference::{Date, Name, Reference};
use regex::Regex;
use std::borrow::Cow;
use std::ops::RangeInclusive;
use std::sync::LazyLock;

/// A medium named right after the year, as Harvard writes films and broadcasts: ", dvd,",
/// ", motion picture,", ", television program,".
static MEDIUM_AFTER_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    re(
        &format!(r"(?i)^,\s*(?:{MEDIA})\s*[,.]"),
        "MEDIUM_AFTER_YEAR",
    )
});

/// Find authors (and the date when it follows them); return the text after them.
/// `no_names`: the entry's names were written as "———." and are not in `text`.
pub(super) fn take_authors_and_date(r: &mut Reference, text: &str, no_names: bool) -> String {
    // Author-date: "Names (2011)." / "Names. (January 19, 2024)."
    if let Some(all) = DATE_PAREN.find(text) {
        let before = &text[..all.start()];
        if before.trim().is_empty() || (!no_names && names_before_date(before, true)) {
            set_date_from_paren(r, all.as_str());
            set_names(r, before, true);
            return text[all.end()..].to_string();
        }
        // "ETAN (European Technology Assessment Network on Women and Science) (2000)",
        // "Nuttin, J. (with the collaboration of W. Lens) (1985)": the names, a note on them
        // in brackets, then the date.
        if let Some((names, note)) = (!no_names).then(|| names_before_note(before)).flatten() {
            set_date_from_paren(r, all.as_str());
            set_names(r, names, true);
            // An organisation keeps its acronym: "Centers for Disease Control and Prevention
            // (CDC)".
            if let [Name::Literal { literal }] = r.authors.as_mut_slice() {
                if is_acronym(note) {
                    *literal = format!("{} ({note})", literal.trim_end()).into();
                }
            }
            return text[all.end()..].to_string();
        }
    }
    // Author-date with a bare year: "Lee, L. L., and R. E. Marsh. 1990. Title."; a year
    // opening the text has no names before it ("———. 1836. Title.").
    for caps in BARE_YEAR.captures_iter(text) {
        let Some(y) = caps.name("y") else { continue };
        let before = &text[..y.start()];
        // Harvard's films and broadcasts: "About Jenny Holzer 2011, dvd, Microcinema
        // International, San Francisco." opens with the title, not with names; the medium is
        // given to the tail in brackets, as "Title [Motion picture]" has it.
        let after_year = caps
            .name("orig")
            .or(caps.name("s"))
            .map_or(y.end(), |m| m.end());
        let medium = text[after_year..]
            .starts_with(',')
            .then(|| MEDIUM_AFTER_YEAR.find(&text[after_year..]))
            .flatten();
        if let (Some(m), Ok(year)) = (medium, y.as_str().parse::<i32>()) {
            if !before.trim().is_empty() && before.len() <= 300 {
                r.date = Some(Date::year(year));
                let rest = &text[after_year..];
                let named = rest[..m.end()].trim_matches([',', '.', ' ']);
                return format!("{} [{named}]. {}", before.trim_end(), &rest[m.end()..]);
            }
        }
        if !(before.trim().is_empty() || (!no_names && names_before_date(before, false))) {
            if before.len() > 200 {
                break;
            }
            continue;
        }
        if let Ok(year) = y.as_str().parse::<i32>() {
            r.date = Some(Date::year(year));
            r.label = caps.name("s").map(|s| s.as_str().into());
            let end = caps
                .name("orig")
                .or(caps.name("s"))
                .map_or(y.end(), |m| m.end());
            set_names(r, before, true);
            return text[end..].to_string();
        }
    }
    // "Names (n.d.)" is handled above; "Names. n.d. Title."
    if let Some(m) = find_pubstate(text) {
        let before = &text[..m.start()];
        if !no_names && !before.trim().is_empty() && names_before_date(before, false) {
            r.pubstate = Some(pubstate_text(m.as_str()).into());
            set_names(r, before, true);
            return text[m.end()..].to_string();
        }
    }
    if no_names {
        return text.to_string();
    }
    // Names first, date later (MLA, IEEE, Vancouver, Chicago notes).
    let mut end = scan_names(text);
    if end > 0 {
        end = initials_before_joined_title(&text[..end]).unwrap_or(end);
    }
    if end == 0 {
        // IEEE: '3GPP, "Study of ...," Tech. Rep.': an acronym before a quoted title. And
        // "O’Neill, ‘The Localization of ...’": a family name alone before one, as notes and
        // humanities lists cite an author named before.
        for (pattern, person) in [(&ACRONYM_BEFORE_QUOTE, false), (&FAMILY_BEFORE_QUOTE, true)] {
            let Some(c) = pattern.captures(text) else {
                continue;
            };
            if let (Some(name), Some(all)) = (c.get(1), c.get(0)) {
                r.authors = vec![if person {
                    Name::person(name.as_str(), None)
                } else {
                    Name::literal(name.as_str())
                }];
                let quote = all.as_str().chars().last().map_or(0, char::len_utf8);
                return text[all.end() - quote..].to_string();
            }
        }
        // "U.S. Department of Transportation. Title.": an organisation as the first sentence.
        if let Some(org_end) = organisation_sentence(text) {
            r.authors = vec![Name::literal(text[..org_end].trim_end_matches('.'))];
            return text[org_end..].to_string();
        }
    }
    let mut rest = &text[end..];
    if end > 0 {
        // "David Archard, Sexual Consent (Boulder: ...)", "Adolf Hitler, Mein Kampf, trans.":
        // an imprint or a translator right after the "names": the last one was the title. So
        // is a second given-first "name" before a comma title and its imprint (Chicago's notes).
        for last_was_title in [
            |_: &str, rest: &str| TITLE_NOT_NAME_AFTER.is_match(rest),
            title_opened_by_second_name,
        ] {
            if !last_was_title(&text[..end], rest) {
                continue;
            }
            if let Some(c) = text[..end].trim_end().trim_end_matches(',').rfind(", ") {
                end = c + 1;
                rest = &text[end..];
            }
        }
        // "Esty, Joshua (Jed).", "Anon (probably August Klingemann).": a note on the name.
        if let Some(skip) = name_note_len(rest) {
            rest = &rest[skip..];
        }
        // "———. Title. Dir. Name.", "CIA World Factbook. Washington, DC: Agency": one name
        // written given-first, then a role or an imprint: it was the title.
        if reads_as_title_not_name(&text[..end], rest) {
            return text.to_string();
        }
    }
    // "L. Douglas Kiel, Euel W. Elliott (ed.), Chaos Theory": one more given-first name, then
    // the editors' mark, closes the list the scan ended after its first name.
    if end > 0 {
        let comma_read = text[..end].trim_end().ends_with(',');
        if let Some(more) = name_before_editors_mark(rest, comma_read) {
            end += more;
            rest = &text[end..];
        }
    }
    if end > 0 {
        // "A. Elmagarmid, editor." / "Leach, Neil, ed." / "Rees, J. (Eds.)."
        match captures_where(&EDS_AFTER_NAMES, rest) {
            Some(caps) => {
                let all_end = caps.get(0).map_or(0, |m| m.end());
                if caps.name("ed").is_some() || caps.name("org").is_some() {
                    set_names(r, &format!("{} (Eds.)", &text[..end]), false);
                } else {
                    set_names(r, &text[..end], false);
                }
                rest = &rest[all_end..];
            }
            None => set_names(r, &text[..end], false),
        }
    }
    rest.to_string()
}

/// The length of ", Euel W. Elliott" at the start of `rest` (without its comma when the scan
/// read it, `comma_read`) when an editors' bracket ("(ed.)", "(eds.)") follows it: a name of
/// two to four capitalised words, its last no initial.
fn name_before_editors_mark(rest: &str, comma_read: bool) -> Option<usize> {
    let comma = usize::from(!comma_read);
    let t = if comma_read {
        rest
    } else {
        rest.strip_prefix(',')?
    };
    let open = t.find('(')?;
    let mark = t[open + 1..].trim_start().to_ascii_lowercase();
    if !(mark.starts_with("ed.") || mark.starts_with("eds") || mark.starts_with("ed)")) {
        return None;
    }
    let words: Vec<&str> = t[..open].split_whitespace().collect();
    let named = !t[..open].contains([',', ';'])
        && (2..=4).contains(&words.len())
        && words.iter().all(|w| w.starts_with(char::is_uppercase))
        && words
            .last()
            .is_some_and(|w| w.chars().count() > 1 && !is_initials(w));
    named.then(|| comma + t[..open].trim_end().len())
}

/// Right after the names: an imprint group or a translator / editor note ("(Boulder: Westview
/// Press, 1998)", ", trans. J. Murphy", "(New York, NY: Dover, 1985)").
static TITLE_NOT_NAME_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^\s*,?\s*(?:\([^()]*(?::|(?:1[5-9]|20)[0-9]{2}\))|(?:trans|tr)\.\s+\p{Lu}|translated\s+by\s)",
        "TITLE_NOT_NAME_AFTER",
    )
});

/// A bracketed imprint with its year ("(Oxford: Clarendon Press, 1989)").
static IMPRINT_IN_BRACKETS: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\([^()]*:[^()]*(?:1[5-9]|20)[0-9]{2}\)",
        "IMPRINT_IN_BRACKETS",
    )
});

/// "Orland Figes, Peasant Russia, Civil War: ... (Oxford: Clarendon Press, 1989)": two "names"
/// written given name first, with no "and" and no initials, the list ended at a comma, and the
/// sentence after it closing on an imprint in brackets, as Chicago's notes write a book: the
/// second was the title's start (two authors would be joined by "and"). A year alone in
/// brackets will not do: "Ghazala Ishrat, Javed Habib, Journal of ... (2012)" are two people.
fn title_opened_by_second_name(names: &str, rest: &str) -> bool {
    let Some(list) = names.trim_end().strip_suffix(',') else {
        return false;
    };
    let mut parts = list.split(", ");
    let (Some(first), Some(second), None) = (parts.next(), parts.next(), parts.next()) else {
        return false;
    };
    let given_first = |part: &str| {
        let words: Vec<&str> = part.split_whitespace().collect();
        (2..=3).contains(&words.len())
            && words.iter().all(|w| {
                w.starts_with(char::is_uppercase)
                    && w.chars().skip(1).all(char::is_lowercase)
                    && !is_connector(w)
            })
    };
    let rest = rest.trim_start();
    given_first(first)
        && given_first(second)
        && rest.starts_with(char::is_uppercase)
        && IMPRINT_IN_BRACKETS.is_match(split_sentence(rest).0)
}

/// A role written after a title in film and anthology entries: "Dir.", "Ed.", "Perf.", "Prod.".
static ROLE_AFTER_TITLE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^\s*[.,]?\s*(?:Dir|Ed|Perf|Prod|Trans)[.,]\s",
        "ROLE_AFTER_TITLE",
    )
});

/// The names before a note in brackets that closes `before` (the text before a date in
/// brackets), and the note: an organisation's acronym before its name written out, or a
/// person's name before "(with ...)". The note holds no digits (no second date); the names,
/// eight words at most, read as names on their own.
fn names_before_note(before: &str) -> Option<(&str, &str)> {
    let t = before.trim_end();
    let inner_end = t.strip_suffix(')')?;
    let open = inner_end.rfind('(')?;
    let (names, note) = (&t[..open], inner_end[open + 1..].trim());
    let plain = !note.is_empty()
        && note.len() <= 150
        && !note.contains(['(', ')'])
        && !note.bytes().any(|b| b.is_ascii_digit());
    let words = names.split_whitespace().count();
    ((1..=8).contains(&words) && plain && names_before_date(names, true)).then_some((names, note))
}

/// "CDC", "IGM": one word of two to eight capitals.
pub(super) fn is_acronym(word: &str) -> bool {
    (2..=8).contains(&word.len()) && word.bytes().all(|b| b.is_ascii_uppercase())
}

/// Length of a parenthesised note on a name at the start of `rest` ("(Jed)", "(probably
/// August Klingemann)"), with ", et al." after it; not a date, role or imprint.
fn name_note_len(rest: &str) -> Option<usize> {
    let t = rest.trim_start();
    let inner_end = t.strip_prefix('(')?.find(')')?;
    let inner = &t[1..1 + inner_end];
    let words = inner.split_whitespace().count();
    if inner.is_empty()
        || words > 5
        || inner.contains([':', ','])
        || inner.bytes().any(|b| b.is_ascii_digit())
        || EDS_AFTER_NAMES.is_match(&t[..inner_end + 2])
        || !inner.chars().next().is_some_and(char::is_alphabetic)
    {
        return None;
    }
    let mut len = rest.len() - t.len() + inner_end + 2;
    let after = &rest[len..];
    if let Some(m) = ET_AL_AFTER_NOTE.find(after) {
        len += m.end();
    }
    Some(len)
}

/// ", et al." after a name's note.
static ET_AL_AFTER_NOTE: LazyLock<Regex> =
    LazyLock::new(|| re(r"^\s*,?\s*et\s+al\.?,?", "ET_AL_AFTER_NOTE"));

/// One name written given-first ("Ghost Stories", "The Arrival") with no comma, followed by a
/// role ("Dir.", "Ed.") or an imprint ("Washington, DC: ...") or nothing: it is a title.
fn reads_as_title_not_name(names: &str, rest: &str) -> bool {
    let names = names.trim().trim_end_matches(['.', ',']);
    if names.contains([',', '&', ';']) || names.split_whitespace().any(is_connector) {
        return false;
    }
    // An article is no initial before two words or more ("A Beautiful Mind. Dir. Ron Howard.").
    let words: Vec<&str> = names.split_whitespace().collect();
    let article = words.len() >= 3 && words[0] == "A";
    if words
        .iter()
        .skip(usize::from(article))
        .any(|w| is_initials(w))
    {
        return false;
    }
    let rest = rest.trim_start_matches(|c: char| c.is_whitespace() || matches!(c, '.' | ','));
    if rest.is_empty() {
        return names.split_whitespace().count() >= 2;
    }
    let (first, _) = split_sentence(rest);
    ROLE_AFTER_TITLE.is_match(rest) || is_imprint(first)
}

/// The end of a first sentence that names an organisation ("U.S. National Library of
/// Medicine."), with text after it.
fn organisation_sentence(text: &str) -> Option<usize> {
    let (first, after) = split_sentence(text);
    let words: Vec<&str> = first.split_whitespace().collect();
    let ok = (2..=10).contains(&words.len())
        && !after.trim().is_empty()
        && words
            .iter()
            .all(|w| w.chars().next().is_some_and(char::is_uppercase) || is_name_glue(w))
        && !first.contains([',', ':', ';', '"', '“', '*', '('])
        && looks_like_organisation(first);
    let mut end = (first.len() + 1).min(text.len());
    while !text.is_char_boundary(end) {
        end += 1;
    }
    ok.then_some(end)
}

/// An organisation's acronym as the author of an entry whose title is quoted: '3GPP, "Study',
/// 'ETSI, "', 'ITU-R, "' (capitals and digits, at least one capital).
static ACRONYM_BEFORE_QUOTE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"^((?:\d*\p{Lu}[\p{Lu}\d]*)(?:[-/&]\p{Lu}[\p{Lu}\d]*)?),\s*["“]"#)
        .expect("ACRONYM_BEFORE_QUOTE is a valid regex")
});

/// One family name in mixed case, then a comma and an opening quote: "O’Neill, ‘", "Lind, “".
static FAMILY_BEFORE_QUOTE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"^(\p{Lu}\p{Ll}*[’']?\p{Lu}?\p{Ll}+(?:-\p{Lu}\p{Ll}+)?),\s*["“‘«„]"#)
        .expect("FAMILY_BEFORE_QUOTE is a valid regex")
});

/// Parse an author segment into authors (or editors when marked "(Eds.)").
/// `before_date`: the segment stands right before the date (author-date styles).
fn set_names(r: &mut Reference, segment: &str, before_date: bool) {
    let seg = super::clean::drop_emphasis_stars(without_role_marks(segment.trim()).as_ref());
    // "Kefi (N.)", "ALY (M.I.)": initials in brackets are the given names.
    let seg = if seg.contains('(') {
        BRACKETED_INITIALS.replace_all(&seg, "$1, $2").into_owned()
    } else {
        seg
    };
    let (seg, editors) = match may_have_editor_mark(&seg)
        .then(|| editor_mark(&seg))
        .flatten()
    {
        Some(m) if m.start() > 0 => {
            // "Tetzlaff, R. (Hrsg.)": the mark's stop is the initial's.
            let last = seg[..m.start()].rfind([' ', ',']).map_or(0, |i| i + 1);
            let stop = seg[m.start()..].starts_with('.') && is_initials(&seg[last..=m.start()]);
            let end = if stop { m.start() + 1 } else { m.start() };
            (seg[..end].to_string(), true)
        }
        _ => (seg, false),
    };
    let (names, _et_al) = if before_date && is_organisation_before_date(&seg) {
        (
            vec![Name::literal(
                seg.trim().trim_end_matches(['.', ',', ':', ';']),
            )],
            false,
        )
    } else {
        parse_name_list(&seg)
    };
    if editors {
        r.editors = names;
    } else {
        r.authors = names;
    }
}

/// The names of a segment the field model marked as authors or editors, and whether it is
/// marked as editors ("(Eds.)"). A leading "In", "edited by" or "ed. by" goes first.
pub(super) fn names_of(segment: &str, before_date: bool) -> (Vec<Name>, bool) {
    let seg = LEADING_ROLE
        .find(segment)
        .map_or(segment, |m| &segment[m.end()..]);
    // The role in brackets closes the list; a word the run took after it is the book's
    // ("Key Lawson/Peter Merkl (Hg.): When" + "Parties Fail").
    let seg = match seg
        .contains(['(', '['])
        .then(|| ROLE_IN_BRACKETS.find(seg))
        .flatten()
    {
        Some(m) => &seg[..m.end()],
        None => seg,
    };
    let seg = without_place_after_initials(seg);
    let mut r = Reference::default();
    set_names(&mut r, seg, before_date);
    if r.editors.is_empty() {
        (r.authors, false)
    } else {
        (r.editors, true)
    }
}

/// A segment less the place the model ran it on into, after the last name's initials and
/// before the publisher's colon: "Gibson R. L. and Reimold W. U. Boulder:" is two names.
fn without_place_after_initials(seg: &str) -> &str {
    let trimmed = seg.trim_end();
    let Some(head) = trimmed.strip_suffix(':') else {
        return seg;
    };
    let Some((names, place)) = head.rsplit_once(' ') else {
        return seg;
    };
    let is_place = place.chars().next().is_some_and(char::is_uppercase)
        && place.chars().skip(1).all(|c| c.is_lowercase() || c == '-');
    let after_initials = names
        .split_whitespace()
        .next_back()
        .is_some_and(|w| w.ends_with('.') && is_initials(w));
    if is_place && after_initials {
        names
    } else {
        seg
    }
}

/// "In", "In:" (Spanish "en", French "dans"), "edited by", "ed. by", "eds." (other languages'
/// marks: "éd. par", "a cura di", `OTHER_LANGUAGE_MARKS`) opening an editor segment (or all of it: "in:"),
/// after the slashes that set off a book's editors in GOST's style ("/ ed. A. Lieven"); "ed"
/// without its stop in lower case ("ed M. Jerez": "Ed" may be a given name).
static LEADING_ROLE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        &format!(
            r"^\s*(?:/{{1,2}}\s*)?(?:(?i:(?:in|en|dans):?(?:\s+|$)|(?:edited|ed\.|eds\.)\s+by\s+|(?:{OTHER_LANGUAGE_MARKS})\s+|eds?\.\s+|hrsg\.(?:\s+v(?:on|\.))?\s+)|eds?\s+)+"
        ),
        "LEADING_ROLE",
    )
});

/// An editor's role in brackets: "(Hg.)", "[Hrsg.]", "(eds)".
static ROLE_IN_BRACKETS: LazyLock<Regex> =
    LazyLock::new(|| re(&role_in_brackets(), "ROLE_IN_BRACKETS"));

/// "Family (M.I.)" in a name list.
static BRACKETED_INITIALS: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(\p{L})\s*\((\p{Lu}[\p{L}.\-]{0,8}\.)\)",
        "BRACKETED_INITIALS",
    )
});

/// A role in parentheses after a name that is not an editor: "(Director)", "(Producers)".
static ROLE_MARK: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\s*\((?:directors?|producers?|writers?(?:/directors?)?|composers?|performers?|hosts?|creators?|executive\s+producers?|narrators?|speakers?|interviewers?)\)",
        "ROLE_MARK",
    )
});

/// "(Eds.)", "(Ed.)", "(eds)", "(Hrsg.)", "[Hrsg.]", "eds.", "(edd.)", "(a c. di)" after an
/// editor list.
static EDS_MARK: LazyLock<Regex> = LazyLock::new(|| {
    re(
        &format!(
            r"(?i)[,.]?\s*(?:[(\[]?(?-u:\b){EDITOR_ROLE}(?-u:\b)\.?[)\]]?|{})[.,:]?\s*$",
            role_in_brackets()
        ),
        "EDS_MARK",
    )
});

/// [`EDS_MARK`] in `s`, unless what it finds is Vancouver's initials after a family name, in
/// capitals with no comma, stop or bracket before them ("Adamson ED.", "McGee ED": Edward D.,
/// not an editor).
fn editor_mark(s: &str) -> Option<regex::Match<'_>> {
    let m = EDS_MARK.find(s)?;
    let mark = m.as_str().trim_start();
    let word = mark.trim_end_matches(['.', ',', ':', ' ']);
    let initials = !mark.starts_with([',', '.', '('])
        && word.len() <= 3
        && word.bytes().all(|b| b.is_ascii_uppercase())
        && s[..m.start()].ends_with(|c: char| c.is_alphabetic());
    (!initials).then_some(m)
}

/// An editor marker right after a name list: "editor.", "(Eds.).", "ed.", "(editors)",
/// Portuguese "(Orgs.)" in brackets only.
static EDS_AFTER_NAMES: LazyLock<Regex> = LazyLock::new(|| {
    re(
        &format!(
            r"^\s*[,.]?\s*(?:[(\[]?(?i:(?P<ed>{EDITOR_ROLE})|directors?|producers?|writers?(?:/directors?)?|composers?|performers?|hosts?|creators?)\.?(?:\s+by\))?[)\]]?|(?P<org>{}))[.,:]?(?:\s|$)",
            role_in_brackets()
        ),
        "EDS_AFTER_NAMES",
    )
});

/// A government's agency after its country in capitals, the author ("BRASIL. Ministério da
/// Educação. Diretrizes curriculares nacionais. Brasília: MEC, 2013.", ABNT's and ISO 690's
/// corporate heading; "BRASIL. Ministério da Saúde. Secretaria de Atenção à Saúde. ..."): each
/// agency's sentence joins the author while a title's sentence follows it. An agency opens
/// with a ministry's, secretariat's or department's word, or reads as an organisation with its
/// words capitalised; no digit, eight words at most. Returns the rest after them, if one joined.
pub(super) fn agency_after_jurisdiction<'t>(r: &mut Reference, rest: &'t str) -> Option<&'t str> {
    let [Name::Literal { literal }] = r.authors.as_mut_slice() else {
        return None;
    };
    let capitals = literal
        .chars()
        .filter(|c| c.is_alphabetic())
        .all(char::is_uppercase);
    if !capitals {
        return None;
    }
    let mut rest = rest.trim_start();
    let mut joined = false;
    while let Some((agency, after)) = rest.split_once(". ") {
        let first = agency.split_whitespace().next().unwrap_or("");
        // An organisation's name capitalises its words ("The gas phase oxidation of
        // hydrocarbons" is a title after a person's name in capitals).
        let capitalised = agency
            .split_whitespace()
            .all(|w| w.chars().count() < 4 || w.starts_with(char::is_uppercase));
        let named = ["Minist", "Secretar", "Department", "Departament"]
            .iter()
            .any(|p| first.starts_with(p))
            || (capitalised && looks_like_organisation(agency));
        let title_follows =
            after.trim_start().starts_with(char::is_uppercase) && after.contains(". ");
        if !named
            || agency.split_whitespace().count() > 8
            || agency.contains(|c: char| c.is_ascii_digit() || matches!(c, ':' | ',' | '('))
            || !title_follows
        {
            break;
        }
        *literal = format!("{literal}. {agency}").into();
        rest = after.trim_start();
        joined = true;
    }
    joined.then_some(rest)
}

/// Author-date styles write a person family name first ("Abernethy, J. (2016)"); a name of
/// two to five capitalised words with no comma, connector or initial right before the date
/// is an organisation: "Natural England (2019)", "World Bank. 2022.", "CMS collaboration
/// (2014)".
fn is_organisation_before_date(seg: &str) -> bool {
    // "Ada Lind: 2014 Title": the colon closing the names is no part of them.
    let seg = seg.trim().trim_end_matches(['.', ',', ':', ';']);
    let words: Vec<&str> = seg.split_whitespace().collect();
    (2..=5).contains(&words.len())
        && !seg.contains([',', ';', '&', '.'])
        && words.iter().all(|w| {
            w.chars().next().is_some_and(char::is_uppercase)
                || matches!(*w, "of" | "for" | "and" | "the" | "on")
        })
        && !words.iter().any(|w| is_connector(w) || is_initials(w))
        && !family_then_initials(&words)
        && !given_then_family(&words)
}

/// "Petrovic J. Rivers and Empires: A History ...": one Vancouver name closed by its initials'
/// stop, then a title opening with two words joined by "and", which the scan reads as
/// given-first names ("Petrovic J. Rivers" and "Empires"). A given-first list names its last
/// person in two words at least ("Mary J. Blige and Tom Waits"): the list ends at the
/// initials, whose end this is.
fn initials_before_joined_title(names: &str) -> Option<usize> {
    let mut words = names.split_whitespace();
    let (Some(family), Some(initials), Some(first), Some(joint), Some(last), None) = (
        words.next(),
        words.next(),
        words.next(),
        words.next(),
        words.next(),
        words.next(),
    ) else {
        return None;
    };
    let capitalised =
        |w: &str| w.starts_with(char::is_uppercase) && w.chars().any(char::is_lowercase);
    let shape = capitalised(family)
        && !family.ends_with([',', '.'])
        && initials.ends_with('.')
        && is_initials(initials)
        && capitalised(first)
        && !first.ends_with([',', '.'])
        && is_connector(joint)
        && capitalised(last);
    shape.then(|| initials.as_ptr() as usize - names.as_ptr() as usize + initials.len())
}

/// "Glenn Adamson", "Marcelo Secron Bessa": a common given name, then one or two words none
/// of which names an organisation ("Planck Collaboration", "World Bank" do), one person.
fn given_then_family(words: &[&str]) -> bool {
    matches!(words.len(), 2 | 3)
        && is_given_name(words[0])
        && !words[1..].iter().any(|w| is_organisation_word(w))
}

/// "Thomma BPHJ": a family name in mixed case and a block of up to four initials, one author
/// written the Vancouver way, not an organisation.
fn family_then_initials(words: &[&str]) -> bool {
    let [family, initials] = words else {
        return false;
    };
    family_and_initials(family, initials, 3..=4)
}

/// A family name in mixed case and a block of `count` capitals, its initials.
pub(super) fn family_and_initials(
    family: &str,
    initials: &str,
    count: RangeInclusive<usize>,
) -> bool {
    family.chars().any(char::is_lowercase)
        && count.contains(&initials.chars().count())
        && initials.chars().all(char::is_uppercase)
}

/// The text without "(Director)"-style role marks (which need a parenthesis).
fn without_role_marks(s: &str) -> Cow<'_, str> {
    if s.contains('(') {
        ROLE_MARK.replace_all(s, "")
    } else {
        Cow::Borrowed(s)
    }
}

/// Could [`EDS_MARK`] match: does an "ed", "hr" ("hrsg", "hrg"), "hg" ("Hg.", "Hgg."),
/// "dir", "co" ("coord", "compilador"), "a c" ("a cura di", "a c. di") or "org" ("(Orgs.)") stem
/// occur near the
/// end (the mark closes the text)?
fn may_have_editor_mark(s: &str) -> bool {
    let b = s.as_bytes();
    let tail = &b[b.len().saturating_sub(24)..];
    let at = |i: usize, stem: &[u8]| {
        tail[i..]
            .get(..stem.len())
            .is_some_and(|w| w.eq_ignore_ascii_case(stem))
    };
    // One pass, each stem tried where its first letter is.
    (0..tail.len()).any(|i| match tail[i].to_ascii_lowercase() {
        b'e' => at(i, b"ed"),
        b'h' => at(i, b"hr") || at(i, b"hg"),
        b'd' => at(i, b"dir"),
        b'c' => at(i, b"co"),
        b'a' => at(i, b"a c"),
        b'o' => at(i, b"org"),
        _ => false,
    })
}

/// Could `before` (the text before a date) be a list of names?
/// `lenient` (a parenthesised date follows) allows sloppy full stops between names.
pub(super) fn names_before_date(before: &str, lenient: bool) -> bool {
    let s = without_role_marks(before.trim());
    let s = s.trim().trim_end_matches([',', ';', ':']).trim();
    let s = match may_have_editor_mark(s).then(|| editor_mark(s)).flatten() {
        Some(m) => Cow::Owned(format!("{}{}", &s[..m.start()], &s[m.end()..])),
        None => Cow::Borrowed(s),
    };
    // Czech and Slovak "a kol.", German "u. a.", closing the list as "et al." does.
    let s = s.trim();
    let s = ["a kol.", "a kol", "u. a.", "u.a."]
        .iter()
        .find_map(|others| s.strip_suffix(others))
        .filter(|head| head.ends_with(' '))
        .map_or(s, |head| head.trim_end().trim_end_matches(','));
    if s.is_empty() || s.len() > 3000 {
        return false;
    }
    if s.chars().any(|c| {
        c.is_ascii_digit()
            || matches!(
                c,
                '"' | '“' | '”' | '‘' | '«' | '»' | '„' | '?' | '!' | '(' | ')' | '[' | ']'
            )
    }) {
        return false;
    }
    // An opening single quote opens a title too (OSCOLA: "Qureshi N, ‘Remoteness Revisited’
    // (2016)"; a name's apostrophe is ’). Emphasis opens a title; a star after a name marks a co-first author ("Fuhrmann, T.*").
    if s.split_whitespace().any(|w| w.starts_with('*')) {
        return false;
    }
    let words: Vec<&str> = s.split_whitespace().collect();
    // A lower-case word other than a name's glue or particle (German "u." for "und") or a
    // collaboration's ("CMS collaboration"): a title's (the first one says so).
    let lower = words.iter().any(|w| {
        let core = w.trim_matches(|c: char| !c.is_alphanumeric());
        core.chars().next().is_some_and(|first| {
            !(first.is_uppercase()
                || *w == "u."
                || is_collaboration_word(core)
                || is_name_glue(core)
                || is_particle(core)
                || is_particle_prefixed(core))
        })
    });
    if lower || words.len() > 400 {
        return false;
    }
    // A colon inside the text, after its first word (a label: "Quelle:", "Citation:"), ends
    // the names: "Møller, C.: The Theory of Relativity. Clarendon Press, Oxford (1952)"
    // (Springer's style; what follows is the title), or it closes a place before its
    // publisher ("Board of Governors of the Federal Reserve System. Fifty-Third Annual Report.
    // Washington: Federal Reserve System (1966)"). No list of names holds one.
    let inner = words.get(1..words.len() - 1).unwrap_or_default();
    if inner.iter().any(|w| w.ends_with(':')) {
        return false;
    }
    // "Ross B. Girshick. Fast R-CNN. In 2015 IEEE …": a sentence opening "In" before the year
    // is the source's start (the year is the meeting's), not a name.
    if words.len() > 1 && matches!(words[words.len() - 1], "In" | "in") {
        return false;
    }
    // "Wordsworth, William. The Prelude: The Four Texts (1798)": a sentence's end after a
    // word, then a word that opens titles: the title is before the date, not more names.
    let title_after_stop = words.windows(2).any(|w| {
        let core = w[0].trim_end_matches('.');
        w[0].ends_with('.')
            && core.chars().filter(|c| c.is_alphabetic()).count() >= 3
            && !is_initials(core)
            && {
                let next = w[1]
                    .trim_matches(|c: char| !c.is_alphanumeric())
                    .to_lowercase();
                is_title_start(&next) && !is_particle(&next)
            }
    });
    if title_after_stop || title_after_inverted_name(s) {
        return false;
    }
    if lenient {
        return true;
    }
    // "OECD. Harbour Statistics 2019.", "World Bank. World Development Report 2019.": an
    // organisation's name (an acronym, or a word of three letters or more, no abbreviation)
    // closed by its stop, then words with no stop before a bare year: the title's year, not
    // the names' date ("U.S. Department of Labor. Bureau of Labor Statistics. 2019." is; a
    // journal's abbreviations, "Nucl. Phys. B, 2006", are no name).
    let name_closed = |(i, w): (usize, &&str)| {
        let Some(core) = w.strip_suffix('.') else {
            return false;
        };
        (i == 0 && is_acronym(core))
            || (core.chars().count() >= 3
                && core.contains(char::is_lowercase)
                && core.chars().all(char::is_alphabetic)
                && !is_abbreviation(&core.to_lowercase()))
    };
    let closed = words[..words.len() - 1]
        .iter()
        .enumerate()
        .position(name_closed);
    let stop_before_year = before.trim_end().ends_with('.');
    if closed.is_some_and(|i| !stop_before_year && !words[i + 1..].iter().any(|w| w.contains('.')))
    {
        return false;
    }
    // A bare year: the text must read as a name list to its end, or be a short organisation.
    let end = scan_names(s);
    if end + 1 >= s.len() {
        return true;
    }
    // "Fischer H. Centre Pompidou. Deutsche Bauzeitung. 2000;134:20–1": one name read to its
    // full stop, then two sentences (Vancouver's title and journal), is no organisation.
    let sentences_after_name = vancouver_name(&s[..end]) && s[end..].trim().contains(". ");
    !s.contains([',', ':']) && words.len() <= 8 && !sentences_after_name
}

/// "Fischer H.", "Wilhelm MP.": one family name in mixed case and its initials in capitals,
/// closed by a full stop, as Vancouver writes a name.
fn vancouver_name(s: &str) -> bool {
    let mut words = s.split_whitespace();
    let (Some(family), Some(initials), None) = (words.next(), words.next(), words.next()) else {
        return false;
    };
    family.chars().next().is_some_and(char::is_uppercase)
        && family.chars().all(char::is_alphabetic)
        && initials
            .strip_suffix('.')
            .is_some_and(|i| family_and_initials(family, i, 1..=4))
}

/// "Lind, Ben, Notes on the Tides of the North Sea (1771)": after a name written family name
/// first, a piece with two of a title's small words ("on", "the", "of", "for", "in") is the
/// title; an organisation's name among people's is rarer than a title in Chicago's notes.
fn title_after_inverted_name(s: &str) -> bool {
    // Most lists hold none of the words: one scan for a space before a small letter first.
    let small = s
        .as_bytes()
        .windows(2)
        .any(|w| w[0] == b' ' && matches!(w[1], b'o' | b't' | b'f' | b'i'));
    if !small {
        return false;
    }
    let mut pieces = s.split(", ");
    let family = pieces.next().unwrap_or("");
    if family.contains(' ') || pieces.next().is_none() {
        return false;
    }
    pieces.any(|piece| {
        piece
            .split_whitespace()
            .filter(|w| matches!(*w, "on" | "the" | "of" | "for" | "in"))
            .count()
            >= 2
    })
}

/// An entry that names only a collaboration, beside its identifiers ("ATLAS Collaboration,
/// arXiv:1702.07546."): the collaboration is the author, which the rules read as the title
/// and the model as the publisher when no date or title follows the name.
pub(super) fn collaboration_alone(r: &mut Reference, text: &str) {
    if !r.authors.is_empty() || !r.editors.is_empty() {
        return;
    }
    let name = text.trim().trim_end_matches(['.', ',', ';', ' ']);
    let last = name.rsplit(' ').next().unwrap_or("").to_ascii_lowercase();
    if name.split(' ').count() > 6 || !is_collaboration_word(&last) {
        return;
    }
    let is_name = |v: &Option<String>| v.as_deref() == Some(name);
    if is_name(&r.title) || is_name(&r.publisher) {
        r.title = None;
        r.publisher = None;
        r.authors = vec![Name::literal(name)];
    }
}

#[cfg(test)]
mod tests;
