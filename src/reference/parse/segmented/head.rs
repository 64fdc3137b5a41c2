//! The entry's head as the model reads it: an organisation's initials opening the entry
//! ([`initials_author`]), and the model's title where the rules' title is plainly not one
//! ([`Spans::title_from_model`]): it begins inside the words the model reads as the authors,
//! editors or date ("Lamaire, R. O, and D. N. Serpanos, Two Dimensional ..." read from "O,
//! and"; "SIERVO (M.) ... 2006, A pilot study" read from "2006,"), or the rules found none
//! ("Damer T. Edward, Attacking Faulty Reasoning, Wadsworth ...").

use super::{bare, fold, names_of, Field, Segments, Spans};
use crate::reference::fields::{is_journal_word, Label};
use crate::reference::names::is_initials;
use crate::reference::parse::kind::is_year;
use crate::reference::words::{is_connector, is_name_suffix, is_particle};
use crate::reference::{Name, Reference};
use crate::text::month_number;
use std::ops::Range;

impl Segments<'_> {
    /// A title whose first words the model read as an imprint ("US, China" + "Call on
    /// Pakistan, Iran to Avoid Escalation." after the date): a publisher's or place's run
    /// before the first title's, after the authors' or the date's, ended by no mark and
    /// nothing between them, opens the title.
    pub(super) fn mend_titles_opened_as_imprints(&mut self) {
        let Some(i) = self.runs.iter().position(|(l, _)| *l == Label::Title) else {
            return;
        };
        let Some(k) = i.checked_sub(1) else {
            return;
        };
        let (label, run) = &self.runs[k];
        let head_before = self.runs[..k]
            .iter()
            .rfind(|(l, _)| *l != Label::Other)
            .is_some_and(|(l, _)| matches!(l, Label::Author | Label::Date));
        if head_before
            && matches!(label, Label::Publisher | Label::Location)
            && self.text[run.clone()].ends_with(char::is_alphanumeric)
            && self.runs[i].1.start == run.end + 1
            && self.text[run.end..].starts_with(' ')
        {
            self.runs[i].1.start = run.start;
            self.runs.remove(k);
        }
    }

    /// A title the model read as the last of the authors' names, after names written given
    /// first with initials ("[3] K. Okafor, Tidal Dynamics," + "Harbour University Press"):
    /// where the model marks no title, every comma piece of the run but the last opens on
    /// initials and the last holds none (one to four capitalised words of three letters or
    /// more, no mark, no "and"), the last piece is the title's.
    pub(super) fn mend_titles_read_as_names(&mut self) {
        if self.runs.iter().any(|(l, _)| *l == Label::Title) {
            return;
        }
        let Some(i) = self.runs.iter().position(|(l, _)| *l == Label::Author) else {
            return;
        };
        let run = self.runs[i].1.clone();
        let Some(value) = self.text[run.clone()].trim_end().strip_suffix(',') else {
            return;
        };
        let Some(at) = value.rfind(", ") else {
            return;
        };
        let initials_first = value[..at].split(", ").all(|piece| {
            let mut words = piece.split_whitespace();
            words.next().is_some_and(is_initials) && words.next().is_some()
        });
        let words = value[at + 2..].split_whitespace();
        let titled = (1..=4).contains(&words.clone().count())
            && words.clone().all(|w| {
                w.starts_with(char::is_uppercase)
                    && w.chars().count() >= 3
                    && w.chars().all(char::is_alphabetic)
                    && !is_name_suffix(w)
            });
        if !initials_first || !titled {
            return;
        }
        self.runs[i].1.end = run.start + at + 1;
        self.runs
            .insert(i + 1, (Label::Title, run.start + at + 2..run.end));
    }

    /// A title opening with a name and a year ("Icdar 2013 table competition", the year
    /// closing the entry read as its date) that the model cut into a date and a title: the
    /// date's run is the title's start where another date's run stands and it names no month.
    pub(super) fn mend_dates_opening_titles(&mut self) {
        let dates = self.runs.iter().filter(|(l, _)| *l == Label::Date).count();
        if dates < 2 {
            return;
        }
        let Some(i) = self.runs.windows(2).position(|pair| {
            let [(Label::Date, date), (Label::Title, title)] = pair else {
                return false;
            };
            let value = &self.text[date.clone()];
            let mut words = value.split_whitespace();
            let named = words.next().is_some_and(|w| {
                w.chars().filter(|c| c.is_alphabetic()).count() >= 2
                    && w.starts_with(char::is_alphabetic)
                    && !w.ends_with(['.', ',', ':', ';'])
                    && month_number(w).is_none()
            });
            let year = words
                .next()
                .is_some_and(|w| is_year(w.trim_end_matches([',', '.', ':'])));
            named
                && year
                && words.next().is_none()
                && self.text[date.end..title.start].trim().is_empty()
        }) else {
            return;
        };
        self.runs[i + 1].1.start = self.runs[i].1.start;
        self.runs.remove(i);
    }
}

impl Spans {
    pub(super) fn title_from_model(&mut self, r: &mut Reference, segs: &Segments<'_>) {
        let Some(model) = segs.longest_range(Label::Title) else {
            return;
        };
        let names_or_date = |l: &Label| matches!(l, Label::Author | Label::Editor | Label::Date);
        // The rules' title opens inside the model's edition, after the model's title ("The
        // Chicago Manual of Style. 16th ed. Chicago: ..." read as an organisation, then the
        // title "16th ed. Chicago"): the model's title stands.
        let in_edition = |rule: &Range<usize>| {
            model.end <= rule.start
                && segs.runs.iter().any(|(l, run)| {
                    *l == Label::Edition && run.start <= rule.start && rule.start < run.end
                })
        };
        match self.at[Field::Title as usize].clone() {
            Some(rule) if in_edition(&rule) => {}
            Some(rule) => {
                // A title the rules took between quotes or emphasis marks stands.
                let marked = opens_marked(segs.text, rule.start);
                let in_names = segs
                    .runs
                    .iter()
                    .find(|(_, run)| run.start <= rule.start && rule.start < run.end)
                    .filter(|(l, run)| {
                        names_or_date(l) && (run.end <= model.start || model.end <= run.start)
                    });
                // What the rules took into the title before the model's is names or a date:
                // two words or more with a year, an initial, "and" or a list's commas, not
                // the title's first word the model ran into the names ("Stein, Stanley J.
                // Vassouras, a Brazilian ...").
                let before = segs.text.get(rule.start..model.start).unwrap_or("");
                // A model title opening on "and" is the rest of one the model cut at its
                // commas ("Harrington, Anne. Medicine, Mind, and the Double Brain").
                let opens_joined = segs.text[model.clone()]
                    .split_whitespace()
                    .next()
                    .is_some_and(|w| is_connector(w) && w.starts_with(char::is_lowercase));
                let Some((label, names)) =
                    in_names.filter(|_| !marked && !opens_joined && names_or_year(before))
                else {
                    return;
                };
                // No authors, and the rules' title opens with the model's authors ("Varela
                // J. Anxiety and adherence."): they are the authors, if they read as names.
                // A repeated-author dash ("--, A. W. Robertson, ...") takes the authors
                // before it: they are not the model's.
                // So are the editors, where the rules found none and the model's run is marked
                // as theirs ("W. v. Biedermann, Editor. Goethes Gesprache. Leipzig, 1889-96.").
                let editors = *label == Label::Editor
                    && r.editors.is_empty()
                    && super::editors::marked(segs.text, names.clone());
                if r.authors.is_empty() && !r.same_authors && editors {
                    if names.start != rule.start {
                        return;
                    }
                    let (found, _) = names_of(&segs.text[names.clone()], false);
                    if found.is_empty() || found.iter().any(Name::is_literal) {
                        return;
                    }
                    r.editors = found;
                    // The rules read the model's title as the container.
                    if self.at[Field::Container as usize]
                        .as_ref()
                        .is_some_and(|c| model.start <= c.start && c.end <= model.end)
                    {
                        r.container = None;
                        self.at[Field::Container as usize] = None;
                    }
                } else if r.authors.is_empty() && !r.same_authors {
                    if *label != Label::Author || names.start != rule.start {
                        return;
                    }
                    let seg = &segs.text[names.clone()];
                    let (authors, _) = names_of(seg, segs.before_date(Label::Author));
                    // A family name of one lower-case word without initials is a word of the
                    // text, not a name ("Bange François L’ager et" read as "et"; "République
                    // française"); "lino M" (an OCR's "Iino M") is a name.
                    let word = |n: &Name| {
                        let f = n.cite_name();
                        let initials = n.given().is_some_and(|g| {
                            g.chars()
                                .all(|c| c.is_uppercase() || matches!(c, '.' | '-' | ' '))
                        });
                        !initials && !f.contains(' ') && f.chars().all(char::is_lowercase)
                    };
                    if authors.is_empty() || authors.iter().any(word) {
                        return;
                    }
                    r.authors = authors;
                }
            }
            None => {
                // The rules found none (not one they rewrote, which is not found in the
                // text: "*Iran Pakistan Strikes: US Criticizes Tehran;* China, ..."), and no
                // rule field stands where the model's is.
                if r.title.is_some()
                    || self.at[1..]
                        .iter()
                        .flatten()
                        .any(|s| s.start < model.end && model.start < s.end)
                {
                    return;
                }
            }
        }
        if let Some(t) = bare(&segs.text[model.clone()]) {
            r.title = Some(t);
            self.at[Field::Title as usize] = Some(model);
        }
    }

    /// Names the rules read on into a title the model begins before them, given-first with
    /// commas and no "and" ("Randall Packard, White Plague, Black Labour: Tuberculosis ..."
    /// read as Packard and "White Plague"): where the words between the model's title start
    /// and the rules' are, letter for letter, all the rules' authors but the first, those are
    /// the title's, which starts where the model's does. Not after a longer list: the model
    /// ending it a name early ("Devaney, Johanna, Jason Hockman, Jon Wild, Peter Schubert,"
    /// + "Ichiro Fujinaga. Diatonic ...") is its slip.
    pub(super) fn title_from_names(&mut self, r: &mut Reference, segs: &Segments<'_>) {
        if r.authors.len() < 2 {
            return;
        }
        let Some(rule) = self.at[Field::Title as usize].clone() else {
            return;
        };
        let Some((_, run)) = segs
            .runs
            .iter()
            .find(|(l, run)| *l == Label::Title && run.start < rule.start && rule.end <= run.end)
        else {
            return;
        };
        // A title the rules took between quotes or emphasis marks stands.
        if opens_marked(segs.text, rule.start) {
            return;
        }
        let before = fold(&segs.text[run.start..rule.start]);
        if !spelled(&before, &r.authors[1..]) {
            return;
        }
        let Some(title) = bare(&segs.text[run.start..rule.end]) else {
            return;
        };
        r.authors.truncate(1);
        r.title = Some(title);
        self.at[Field::Title as usize] = Some(run.start..rule.end);
    }
}

/// Does the rules' title starting at `start` open with a quote or emphasis mark?
fn opens_marked(text: &str, start: usize) -> bool {
    text[..start].ends_with(['*', '"', '“', '‘', '«', '_'])
}

/// Whether folded `text` is exactly `names`, each whole (given and family names, either
/// way round), one after the other.
fn spelled(text: &str, names: &[Name]) -> bool {
    let Some((name, rest)) = names.split_first() else {
        return text.is_empty();
    };
    let (given, family) = (fold(name.given().unwrap_or("")), fold(name.family()));
    if given.len() < 2 || family.len() < 2 {
        return false;
    }
    [format!("{given}{family}"), format!("{family}{given}")]
        .iter()
        .any(|whole| {
            text.strip_prefix(whole.as_str())
                .is_some_and(|t| spelled(t, rest))
        })
}

/// Two words or more that read as names or a year: a year, an initial ("D. N."), "and", "&"
/// or a list of two commas or semicolons, each piece capitalised ("Zhao Y*, Renner A,"; not
/// "Le citoyen, l’élu, l’expert,").
fn names_or_year(s: &str) -> bool {
    let words: Vec<&str> = s.split_whitespace().collect();
    let year = s
        .as_bytes()
        .windows(4)
        .any(|w| w.iter().all(u8::is_ascii_digit));
    let initial = words.iter().any(|w| {
        let w = w.trim_end_matches([',', ';']);
        w.len() >= 2
            && w.ends_with('.')
            && w[..w.len() - 1]
                .chars()
                .all(|c| c.is_uppercase() || c == '.' || c == '-')
    });
    // "and" joins names ("Marx and Engels", "et al.", "y de Cooperación"), not a title's
    // words ("Surveiller et punir").
    let joined = words.windows(2).any(|pair| {
        let next = pair[1].trim_end_matches(['.', ',']);
        is_connector(pair[0]) && (!next.starts_with(char::is_lowercase) || is_particle(next))
    });
    let commas = s.matches([',', ';']).count() >= 2
        && s.split([',', ';'])
            .map(str::trim)
            .filter(|p| !p.is_empty())
            .all(|p| p.starts_with(char::is_uppercase));
    words.len() >= 2 && (year || initial || joined || commas)
}

/// "WHO. Global report on diabetes. Geneva: ..." and "NRC. Nutrient Requirements ...": an
/// organisation's initials opening an entry whose date comes at its end, which the rules, with
/// no name list and no date after it, took into the title, and the model reads as the author
/// before a title. The initials become the author; the title is what follows them.
pub(super) fn initials_author(r: &mut Reference, segs: &Segments) {
    let [(Label::Author, author), (Label::Title, title), ..] = segs.runs.as_slice() else {
        return;
    };
    let initials = segs.text[author.clone()]
        .trim()
        .trim_end_matches(['.', ',', ':']);
    let is_initials = (2..=8).contains(&initials.len())
        && initials.bytes().all(|b| b.is_ascii_uppercase())
        && segs.text[..author.start].trim().is_empty();
    let Some(rule_title) = r
        .title
        .as_deref()
        .filter(|t| is_initials && t.starts_with(initials))
    else {
        return;
    };
    let rest = rule_title[initials.len()..].trim_start_matches(['.', ',', ':', ' ']);
    let title = if rest.is_empty() {
        // "NRC" alone: the rules read the title as the container.
        let title = bare(&segs.text[title.clone()]);
        if r.container.as_deref().map(fold) == title.as_deref().map(fold) {
            r.container = None;
        }
        title
    } else {
        Some(rest.to_string())
    };
    let Some(title) = title else {
        return;
    };
    r.authors = vec![Name::literal(initials)];
    r.title = Some(title);
}

/// "F. Stecker and M. Salamon Space Sci. Rev. 75 (1996) 341.", "J. E. BALDWIN et P.
/// PERL-MUTTER. Top. Curr. Chem. 121, 181 (1984)": a physics or chemistry entry with no title,
/// its names run straight on into the journal, which the rules, finding no name list, took
/// whole into the title. Where the model's first run of words opens the entry and reads as
/// people's names, each with initials for given names, and the rules' title opens with it, the
/// names are the authors; the title is the model's title run, or none.
pub(super) fn names_author(r: &mut Reference, segs: &Segments) {
    let Some(author) = opening_author_run(segs) else {
        return;
    };
    let text = &segs.text[author.clone()];
    // A quoted title stays one ("“Charles R. Van Hise.” In Wikipedia.").
    let Some(rule_title) = r.title.as_deref().filter(|_| {
        !text.starts_with(['"', '“', '‘', '«', '*', '_']) && !opens_marked(segs.text, author.start)
    }) else {
        return;
    };
    let opens = fold(rule_title).starts_with(&fold(text.trim_end_matches(['.', ',', ':', ';'])));
    if !opens {
        return;
    }
    let (names, editors) = names_of(text, false);
    if editors || !initialled_people(&names) {
        return;
    }
    // After the previous entry's dashes ("--, K. B. Liu, and B. Kocher, 2000:"), the names are
    // the entry's own after the dashes' first author.
    if r.same_authors && r.same_authors_before == 0 {
        r.same_authors_before = 1;
    }
    r.authors = names;
    r.title = segs.longest(Label::Title).and_then(bare);
}

/// Are `names` people's, with initials for given names in every name (a suffix and a
/// bracketed mark aside)? A title the model took for names ("Point Counter Point", "A Quiet
/// Harbour") has other words; nor a journal's abbreviated words ("U.P.B. Sci. Bull."), nor a
/// family name in lower case (EndNote's damaged "and, E.L. and P. Moreau*").
fn initialled_people(names: &[Name]) -> bool {
    !names.is_empty()
        && names.iter().all(|n| {
            !n.is_literal()
                && n.given().is_some_and(|g| {
                    g.split_whitespace()
                        .map(|w| w.trim_end_matches(','))
                        .all(|w| {
                            is_initials(w)
                                || is_name_suffix(w)
                                || (w.starts_with('(') && w.ends_with(')'))
                        })
                })
                && !is_journal_word(n.family())
                && n.family().starts_with(char::is_uppercase)
        })
}

/// A title written before its authors ("The impact of climate change on crop yields in
/// Sub-Saharan Africa Blanc, É. 2012 American Journal of Climate Change, 1(1): 1–13"), which
/// the rules, finding no names at the head, read whole as the title: where the model's runs
/// open with a title, then an author run that reads as people with initials, then a date, and
/// the rules' title holds those names, the names are the authors and the title is the model's.
pub(super) fn title_first_authors(r: &mut Reference, segs: &Segments) {
    let mut named = segs.runs.iter().filter(|(l, _)| *l != Label::Other);
    let (Some((Label::Title, title)), Some((Label::Author, author)), Some((Label::Date, _))) =
        (named.next(), named.next(), named.next())
    else {
        return;
    };
    if !segs.text[..title.start].trim().is_empty() {
        return;
    }
    let text = &segs.text[author.clone()];
    let holds = r
        .title
        .as_deref()
        .is_some_and(|t| t.contains(text.trim_end_matches(['.', ',', ':', ';'])));
    if !holds {
        return;
    }
    let (names, editors) = names_of(text, false);
    if editors || !initialled_people(&names) {
        return;
    }
    r.authors = names;
    r.title = bare(&segs.text[title.clone()]);
}

/// The model's first run of words, when it is an author run and nothing but blanks stands
/// before it.
fn opening_author_run(segs: &Segments) -> Option<std::ops::Range<usize>> {
    let (label, run) = segs.runs.iter().find(|(l, _)| *l != Label::Other)?;
    (*label == Label::Author && segs.text[..run.start].trim().is_empty()).then(|| run.clone())
}

/// Korean and Chinese names, written whole in Hangul or Han characters with no initials and
/// no year after them ("이영희, '교사의 조직몰입에 관한 연구동향,' 교육행정학연구, 제23권, ...",
/// "劉曉紅, 馮碩, '制度型開放背景下 ...', 法學評論"), which the rules, finding no name list, took
/// into the title. Where the model's first run of words opens the entry as authors and each of
/// its names is two to four Hangul syllables or Han characters (set apart by commas, spaces or
/// middle dots), and the rules' title opens with them, they are the authors, each a name
/// written whole; the title is the model's title run (or what follows the names in the rules'
/// title, when the model's run took a word of it).
pub(super) fn cjk_authors(r: &mut Reference, segs: &Segments) {
    let Some(author) = opening_author_run(segs) else {
        return;
    };
    let text = &segs.text[author.clone()];
    // The cheap test first: a Hangul syllable's or Han character's UTF-8 opens with a byte
    // from 0xE4 to 0xED.
    if !text
        .bytes()
        .next()
        .is_some_and(|b| (0xE4..=0xED).contains(&b))
    {
        return;
    }
    let hangul = |c: char| ('\u{AC00}'..='\u{D7A3}').contains(&c);
    let han = |c: char| ('\u{4E00}'..='\u{9FFF}').contains(&c);
    let mut names: Vec<&str> = text
        .split(|c: char| {
            matches!(
                c,
                ',' | ';' | '.' | '・' | '·' | '/' | '，' | '、' | '；' | '。'
            ) || c.is_whitespace()
        })
        .filter(|w| !w.is_empty())
        .collect();
    // A run that ends on no mark, with neither a year nor a bracket next, took the title's
    // first word with it ("조은숙, 신체 자각(Body Awareness)을 ..."): that word is no name.
    let after = segs.text[author.end..].trim_start();
    let closed = text
        .trim_end()
        .ends_with([',', '.', ';', ':', '，', '、', '；', '。', '：'])
        || after.starts_with(|c: char| c == '(' || c.is_ascii_digit())
        || after.is_empty();
    // Where the title starts: the model's, or the word its author run took.
    let mut title_start = None;
    if !closed {
        if let Some(last) = names.pop() {
            title_start = text.rfind(last).map(|i| author.start + i);
        }
    }
    let written_whole = !names.is_empty()
        && names.len() <= 8
        && names.iter().all(|n| {
            (n.chars().all(hangul) || n.chars().all(han)) && (2..=4).contains(&n.chars().count())
        });
    let opens = r
        .title
        .as_deref()
        .is_some_and(|t| fold(t).starts_with(&fold(text)));
    if !written_whole || !opens {
        return;
    }
    let title = segs
        .longest_range(Label::Title)
        .map(|run| match title_start {
            Some(start) if start < run.start => start..run.end,
            _ => run,
        });
    r.authors = names.into_iter().map(Name::literal).collect();
    r.title = title.and_then(|run| bare(&segs.text[run]));
}

/// Names the rules read on past the authors into the title and imprint ("R. M. Wald, General
/// Relativity, University of Chicago Press (1984)." read as Wald, "General Relativity" and
/// "University of Chicago Press"; "S. B. Pope, Turbulent Flows, Cambridge Univ. Press"):
/// from the first author after the first whose whole name, given and family names together,
/// is part of the title, container, publisher or place, and lies in no author run of the
/// model's, the list ends. A field holding the first author's name too is a list repeated
/// ("City of Mississauga; City of Brampton" as authors and publisher): no cut.
pub(super) fn authors_before_fields(r: &mut Reference, segs: &Segments<'_>) {
    if r.authors.len() < 2 {
        return;
    }
    // Only where a later author's family name is found as written in one of the fields: the
    // folding below is for the few entries that pass.
    let values = [
        r.title.as_deref(),
        r.container.as_deref(),
        r.publisher.as_deref(),
        r.location.as_deref(),
    ];
    let candidate = r.authors[1..].iter().any(|n| {
        let family = n.family();
        family.len() >= 3 && values.iter().flatten().any(|v| v.contains(family))
    });
    if !candidate {
        return;
    }
    let fields: Vec<String> = values.into_iter().flatten().map(fold).collect();
    let runs = segs.folded(Label::Author);
    let in_fields = |n: &Name| {
        let family = fold(n.family());
        let given = fold(n.given().unwrap_or(""));
        // A family name alone, or with initials only, is too short a clue.
        if family.len() < 3 || (!n.is_literal() && given.len() < 3) {
            return false;
        }
        let orders = [format!("{given}{family}"), format!("{family}{given}")];
        orders
            .iter()
            .any(|whole| fields.iter().any(|f| f.contains(whole.as_str())))
            && !orders
                .iter()
                .any(|whole| runs.iter().any(|run| run.contains(whole.as_str())))
    };
    // A field that repeats the first author too repeats the list, which is not read on
    // ("City of Mississauga; City of Brampton; Metrolinx" as authors and publisher).
    let first = fold(&r.authors[0].cite_name());
    if fields.iter().any(|f| f.contains(first.as_str())) {
        return;
    }
    if let Some(i) = r.authors.iter().skip(1).position(in_fields) {
        r.authors.truncate(i + 1);
    }
}

/// Is `value` one of `authors`, a person's family name and given names as written ("Loos-Baroin
/// J.")?
pub(super) fn written_as_author(authors: &[Name], value: &str) -> bool {
    let v = fold(value);
    authors.iter().any(|n| {
        !n.is_literal()
            && n.given().is_some_and(|given| {
                v.strip_prefix(fold(n.family()).as_str()) == Some(fold(given).as_str())
            })
    })
}

/// The journal read as the last authors ("L. Tomio, Phys. Lett. B (2017)" read as Tomio,
/// Phys, Lett and B; "W. Reisdorf, Z. Phys. A 300", "S. Dørheim, J. Instrum. 7"): authors
/// after the first whose names, as written, make up the start of the model's container, and
/// lie in none of its author runs, are no authors.
pub(super) fn authors_into_container(r: &mut Reference, segs: &Segments<'_>) {
    if r.authors.len() < 2 {
        return;
    }
    let Some(run) = segs.first_range(Label::Container) else {
        return;
    };
    // A journal comes after the title, not before it: a container run before a title run is
    // an author the model misread ("Lerch Ch., Loos-Baroin J. (2001), “Title”, ...").
    if segs.title_after(&run) {
        return;
    }
    let written = &segs.text[run];
    // The cheap test first, on the text as written: the last author's family name in the
    // container at all.
    let last = r.authors[r.authors.len() - 1].family();
    if last.is_empty() || !written.contains(last) {
        return;
    }
    let container = fold(written);
    // Each name folded once, both ways round, from the last back while the names could still
    // fit in the container: no more than its length's worth are tried.
    let mut tail: Vec<[String; 2]> = Vec::new();
    let mut least = 0;
    for n in r.authors[1..].iter().rev() {
        let (given, family) = (fold(n.given().unwrap_or("")), fold(n.family()));
        least += family.len();
        if least > container.len() {
            break;
        }
        tail.push([format!("{given}{family}"), format!("{family}{given}")]);
    }
    tail.reverse();
    let runs = segs.folded(Label::Author);
    let offset = r.authors.len() - tail.len();
    for from in 0..tail.len() {
        let mut rest = container.as_str();
        let whole = tail[from..].iter().all(|orders| {
            match orders
                .iter()
                .find(|o| !o.is_empty() && rest.starts_with(o.as_str()))
            {
                Some(o) => {
                    rest = &rest[o.len()..];
                    !runs.iter().any(|run| run.contains(o.as_str()))
                }
                None => false,
            }
        });
        if whole && container.len() - rest.len() >= 3 {
            r.authors.truncate(offset + from);
            return;
        }
    }
}

/// A journal's first abbreviation read as an organisation author, in an entry that opens with
/// its journal (a list's entry whose names the previous line gave: "Atmos. Chem. Phys., 9,
/// 3303–3316, 2009" read as author "Atmos", container "Chem. Phys"): when the model reads no
/// author and opens with the container, which starts with the author's words and runs on, or is
/// them and the journal's numbers follow with no title, the entry has no author and the
/// container is the model's.
pub(super) fn journal_read_as_organisation(r: &mut Reference, segs: &Segments<'_>) {
    let [author] = r.authors.as_slice() else {
        return;
    };
    let opens_with_container = segs
        .runs
        .first()
        .is_some_and(|(l, _)| *l == Label::Container);
    if !author.is_literal() || !opens_with_container || segs.first(Label::Author).is_some() {
        return;
    }
    let Some(written) = segs.first(Label::Container) else {
        return;
    };
    // The word after the author's is a journal's too ("Atmos. Chem.", "Jpn. J.", "CLIN.
    // CHEM."), not a work's title ("Ovid. Metamorphoseon.", "Aristotle. Nicomachean Ethics.",
    // "Homer. The Iliad": a classical author the model read with the title).
    let words = author.family().split_whitespace().count();
    let next = written.split_whitespace().nth(words).unwrap_or("");
    let core = next.trim_matches(|c: char| !c.is_alphanumeric());
    let journal_next = is_journal_word(core)
        || (next.ends_with('.') && next.len() <= 8)
        || (core.len() > 1 && core.chars().all(|c| c.is_uppercase()));
    let (name, container) = (fold(author.family()), fold(written));
    // Or the journal whole ("Biochemistry 2009, 48, 7746–7755", "British Journal of Cancer
    // (2004) 90, 515 – 521."): no title anywhere and the journal's numbers after it.
    let numbers = segs
        .runs
        .iter()
        .any(|(l, _)| matches!(l, Label::Volume | Label::Pages));
    let whole = container == name
        && numbers
        && r.title
            .as_deref()
            .is_none_or(|t| !t.contains(char::is_alphabetic))
        && segs.first(Label::Title).is_none();
    let head = journal_next && container.len() > name.len() && container.starts_with(&name);
    if !name.is_empty() && (head || whole) {
        r.authors.clear();
        r.container = super::container_value(written);
    }
}

/// A one-word title the rules read as a person's family name after a Vancouver name ("Smith
/// A. Harbours. Berlin: ..." read as the given names "Smith A." of "Harbours"), where the
/// model's author run ends before it and its title is that word: the model's author stands.
/// The rules' title, then, is the model's too where they read another after the word ("Okafor
/// B. Tides. In: Coastal Histories (eds ...)" had the title "In: Coastal Histories").
pub(super) fn title_word_read_as_family(r: &mut Reference, segs: &Segments<'_>) {
    let [author] = r.authors.as_slice() else {
        return;
    };
    let family = author.family();
    if author.is_literal() || author.given().is_none() || r.title.is_none() {
        return;
    }
    let Some(run) = segs.first_range(Label::Author) else {
        return;
    };
    // The model's title is the word, or opens with it where the rules' title is the word.
    let word_title = segs.first_range(Label::Title).and_then(|t| {
        let value = bare(&segs.text[t.clone()])?;
        let opens = r.title.as_deref() == Some(family) && value.starts_with(family);
        (run.end <= t.start && (value == family || opens)).then_some(value)
    });
    let Some(title) = word_title else {
        return;
    };
    let retitle = r.title.as_deref() != Some(family);
    let (names, _) = names_of(&segs.text[run], false);
    let person =
        matches!(names.as_slice(), [name] if !name.is_literal() && name.family() != family);
    if person {
        r.authors = names;
        if retitle {
            r.title = Some(title);
        }
    }
}

/// A title the rules read as the author, an organisation's name or a person's, which the
/// model reads as the title ("CIA World Factbook. Washington, DC: Central Intelligence Agency,
/// 2009.", "Webster's Collegiate Dictionary. Springfield, MA: ..."): a work with no author,
/// opening with its title.
pub(super) fn title_read_as_author(r: &mut Reference) {
    let ([author], Some(title)) = (r.authors.as_slice(), r.title.as_deref()) else {
        return;
    };
    // Folded only where the texts may be the same: most references have an author and a
    // title, few of them alike.
    let same = match author {
        Name::Literal { literal } => {
            literal.len().abs_diff(title.len()) <= 4 && fold(literal) == fold(title)
        }
        _ => {
            let given = author.given().unwrap_or("");
            !given.is_empty() && title.contains(author.family()) && title.contains(given) && {
                let (title, given, family) = (fold(title), fold(given), fold(author.family()));
                format!("{given}{family}") == title || format!("{family}{given}") == title
            }
        }
    };
    if same {
        r.authors.clear();
    }
}

#[cfg(test)]
mod tests {
    use super::names_or_year;

    #[test]
    fn names_or_a_year_before_a_title() {
        assert!(names_or_year("O, and D. N. Serpanos, "));
        assert!(names_or_year("Forum 2003–2005. "));
        assert!(names_or_year("Zhao Y*, Renner A, Niess H, "));
        assert!(!names_or_year("Vassouras, "));
        assert!(!names_or_year("Vitamin D: "));
        assert!(!names_or_year("Le citoyen, l’élu, l’expert, "));
        assert!(!names_or_year("2006 "));
        // "and" between names, or before a particle or "al.", not between a title's words.
        assert!(names_or_year("Vellin J-F, Achim V, Sinardet D, et al. "));
        assert!(names_or_year(
            "Ministerio de Asuntos Exteriores y de Cooperación, "
        ));
        assert!(!names_or_year("Surveiller et punir. "));
    }
}
