//! The publisher's run in a "Place: Publisher, Year" imprint, where the model broke a
//! publisher's name written with commas and "and" into runs of other fields ("Boston:" +
//! "Little," + "Brown," read as a place, "New York:" + "Holt," + "Rinehart" + "and Winston,").

use super::{bare, Segments};
use crate::reference::fields::{is_journal_word, is_publisher_word, is_region, Label};
use crate::reference::names::is_initials;
use crate::reference::parse::clean::field;
use crate::reference::parse::imprint::{
    is_place, is_state_or_country, last_sentence_start, looks_like_publisher, place_publisher,
    university_press_abbreviated,
};
use crate::reference::parse::kind::{MEDIA, PROCEEDINGS};
use crate::reference::parse::re;
use crate::reference::words::{
    city_tail_len, is_abbreviation, is_city, is_connector, is_organisation_word, is_particle,
    is_place_joiner, starts_with_city, without_more_places,
};
use crate::reference::Reference;
use crate::text::month_number;
use compact_str::CompactString;
use regex::Regex;
use std::ops::Range;
use std::sync::LazyLock;

/// A publisher's value without an editors' role mark the model ran into it: "(eds.), Springer
/// Verlag" (after "Diebolt, C., and Kyrtsou, C.,") is "Springer Verlag".
pub(in crate::reference::parse) fn without_role_mark(s: &str) -> &str {
    let Some(inner) = s.strip_prefix('(').and_then(|r| r.split_once(')')) else {
        return s;
    };
    let role = inner.0.trim().trim_end_matches('.').to_ascii_lowercase();
    if matches!(
        role.as_str(),
        "ed" | "eds" | "editor" | "editors" | "hrsg" | "hg" | "dir"
    ) {
        inner.1.trim_start_matches([',', '.', ':', ';', ' '])
    } else {
        s
    }
}

/// Does a publisher the rules read, where the model saw none, read as one? A name with no
/// digits, brackets or slashes that holds a publisher's or an organisation's word ("Dover",
/// "Cengage Learning", "The London School of Economics"), follows a place and its colon
/// ("Chicago: Irwin") or comes before a city ("Charles Griffin, London"). A journal's section,
/// a note or a database ("Special Issue on ...", "sec A: 1", "Factiva") is none.
pub(super) fn rules_publisher_stands(publisher: &str, text: &str) -> bool {
    // A plus joins two names ("Leske + Budrich", "Springer Science+Business Media"), not in
    // "C++".
    if publisher
        .contains(|c: char| c.is_ascii_digit() || matches!(c, '[' | ']' | '<' | '>' | '/' | '_'))
        || publisher.contains("++")
        || publisher.starts_with('+')
        || publisher.ends_with('+')
    {
        return false;
    }
    if looks_like_publisher(publisher)
        || university_press_abbreviated(publisher)
        || publisher
            .split_whitespace()
            .any(|w| is_organisation_word(w.trim_matches(|c: char| !c.is_alphanumeric())))
    {
        return true;
    }
    let Some(at) = text.find(publisher) else {
        return false;
    };
    let before = text[..at].trim_end();
    let after = text[at + publisher.len()..].trim_start_matches(['.', ' ']);
    before.ends_with(':')
        || after
            .strip_prefix(',')
            .is_some_and(|a| starts_with_city(a.trim_start()))
}

impl Segments<'_> {
    /// The publisher's run: of several, the one a place's run ending in a colon opens ("...
    /// eds. Terry Caelli, ... Dick de Ridder, 378–86. Berlin: Springer-Verlag", where the
    /// model took names for a publisher too), else the longest.
    pub(super) fn publisher_range(&self) -> Option<Range<usize>> {
        let named = self.runs.iter().filter(|(l, _)| *l != Label::Other);
        let mut previous: Option<&(Label, Range<usize>)> = None;
        for run in named {
            if let (Some((Label::Location, place)), (Label::Publisher, r)) = (previous, run) {
                if self.text[place.clone()].trim_end().ends_with(':') {
                    return Some(r.clone());
                }
            }
            previous = Some(run);
        }
        self.longest_range(Label::Publisher)
    }

    /// A university press written as MLA abbreviates it ("Oxford UP", "Johns Hopkins UP"),
    /// which the model, having seen few, reads as a place and a publisher ("Oxford" + "UP"),
    /// a genre and a publisher ("Johns" + "Hopkins UP") or a place ("Cambridge UP"): the
    /// capitalised words before "UP", back to a mark, are one publisher's run. Not "UP" after
    /// a comma ("Lucknow, UP": Uttar Pradesh).
    pub(super) fn mend_university_presses(&mut self) {
        let text = self.text;
        // The run with "UP" and where the word stands.
        let Some((i, up)) = self.runs.iter().enumerate().find_map(|(i, (_, run))| {
            let value = text[run.clone()].trim_end_matches([',', '.', ';', ')', ' ']);
            (value == "UP" || value.ends_with(" UP")).then(|| (i, run.start + value.len() - 2))
        }) else {
            return;
        };
        let run = self.runs[i].1.clone();
        let before = &text[..up];
        let from = before
            .rfind([',', '.', ':', ';', '(', ')', '[', ']', '"', '“', '”'])
            .map_or(0, |at| at + 1);
        let words: Vec<&str> = before[from..].split_whitespace().collect();
        let name_word =
            |w: &&str| w.starts_with(char::is_uppercase) || ["of", "&", "and"].contains(w);
        if words.is_empty() || words.len() > 5 || !words.iter().all(name_word) {
            return;
        }
        let start = words[0].as_ptr() as usize - text.as_ptr() as usize;
        // The runs before, inside the name, go; one that begins before it ends where the name
        // begins, as does the place before the name in the run of "UP" ("NY, Cambridge UP").
        let cut = text[..start].trim_end().len();
        let runs = std::mem::take(&mut self.runs);
        for (j, (label, other)) in runs.into_iter().enumerate() {
            if j > i || other.end <= start {
                self.runs.push((label, other));
                continue;
            }
            if other.start < cut {
                self.runs.push((label, other.start..cut));
            }
            if j == i {
                self.runs.push((Label::Publisher, start..run.end));
            }
        }
    }

    /// A place's run that names a publisher and no place ("Digital Signal Processing" +
    /// "(Pearson," + "2006)."; "(Freeman)") is the publisher's; a publisher's run of "and"
    /// between two places' joins them, one of a country alone after a place ends it; a place's
    /// run opening before its bracket begins at it.
    pub(super) fn mend_publishers_read_as_places(&mut self) {
        // "Hamburg" + "und" + "Leipzig,": two places joined by a word the model read as a
        // publisher are one place.
        let mut i = 1;
        while i + 1 < self.runs.len() {
            let joined = self.runs[i].0 == Label::Publisher
                && self.runs[i - 1].0 == Label::Location
                && self.runs[i + 1].0 == Label::Location
                && is_connector(self.text[self.runs[i].1.clone()].trim());
            if joined {
                self.runs[i - 1].1.end = self.runs[i + 1].1.end;
                self.runs.drain(i..i + 2);
            } else {
                i += 1;
            }
        }
        // "Boston, MA," + "United States.": a country or state alone after a place's comma,
        // read as a publisher, ends the place.
        let mut i = 1;
        while i < self.runs.len() {
            let (before, run) = (&self.runs[i - 1].1, &self.runs[i].1);
            let country = self.runs[i].0 == Label::Publisher
                && self.runs[i - 1].0 == Label::Location
                && self.text[before.clone()].ends_with(',')
                && self.text[before.end..run.start].trim().is_empty()
                && {
                    let value = self.text[run.clone()].trim_end_matches(['.', ',', ';', ':']);
                    is_state_or_country(value) || is_region(value)
                };
            if country {
                self.runs[i - 1].1.end = self.runs[i].1.end;
                self.runs.remove(i);
            } else {
                i += 1;
            }
        }
        // "Oxford &" + "Cambridge, Mass.:": a city and the joining word read as a publisher
        // before a place's run are the first of two places.
        let mut i = 0;
        while i + 1 < self.runs.len() {
            let value = self.text[self.runs[i].1.clone()].trim();
            let city_joined = value
                .rsplit_once(' ')
                .is_some_and(|(city, joiner)| is_connector(joiner) && is_city(city));
            // Not after a place of its own ("Berg:" + "Oxford and" + "New York").
            let place_before = i > 0 && self.runs[i - 1].0 == Label::Location;
            if self.runs[i].0 == Label::Publisher
                && self.runs[i + 1].0 == Label::Location
                && city_joined
                && !place_before
            {
                self.runs[i].0 = Label::Location;
                self.runs[i].1.end = self.runs[i + 1].1.end;
                self.runs.remove(i + 1);
            }
            i += 1;
        }
        // "Händels Rinaldo: Geschichte," + "Werk, Wirkung (Neuhausen-Stuttgart:": a place's run
        // that opens before the bracket its place is in (Chicago's "Title (Place: Publisher,
        // Year)") begins at the bracket; the words before it are the previous run's.
        for i in 1..self.runs.len() {
            let (label, run) = &self.runs[i];
            let value = &self.text[run.clone()];
            let Some(open) = value.find(" (") else {
                continue;
            };
            let place = &value[open + 2..];
            if *label != Label::Location
                || !place.ends_with(':')
                || place.contains([')', '('])
                || self.runs[i - 1].1.end + 1 < run.start
            {
                continue;
            }
            let start = run.start + open + 1;
            self.runs[i - 1].1.end = run.start + open;
            self.runs[i].1.start = start;
        }
        // "Reinventing Government. Reading," + "MA:": a place's run that is a state's or a
        // country's name alone (a code in capitals: Italian's "Il" is no Illinois) begins at
        // the city a title's or container's run before it ends with, one capitalised word and
        // its comma opening a sentence.
        for i in 1..self.runs.len() {
            let region = &self.text[self.runs[i].1.clone()];
            let region = region.trim_end_matches([':', ',', ';']);
            let code = region.len() > 2 || region.bytes().all(|b| b.is_ascii_uppercase());
            if self.runs[i].0 != Label::Location
                || !matches!(self.runs[i - 1].0, Label::Title | Label::Container)
                || region.contains(' ')
                || !code
                || !is_region(region)
            {
                continue;
            }
            let before = self.runs[i - 1].1.clone();
            let Some(head) = self.text[before.clone()].strip_suffix(',') else {
                continue;
            };
            let Some(space) = head.rfind(' ') else {
                continue;
            };
            let word = &head[space + 1..];
            if head[..space].ends_with('.')
                && word.len() >= 3
                && word.starts_with(|c: char| c.is_uppercase())
                && word.chars().all(char::is_alphabetic)
            {
                self.runs[i - 1].1.end = before.start + space;
                self.runs[i].1.start = before.start + space + 1;
            }
        }
        for (label, run) in &mut self.runs {
            if *label != Label::Location {
                continue;
            }
            let value = self.text[run.clone()]
                .trim_matches(|c: char| matches!(c, '(' | ')' | ',' | '.' | ';' | ':' | ' '));
            // Not places a semicolon parts ("Oxford; New York:").
            if !value.is_empty()
                && !value.contains([',', ';'])
                && looks_like_publisher(value)
                && !is_place(value)
                && !value.split_whitespace().any(is_city)
            {
                *label = Label::Publisher;
            }
        }
    }

    /// A closing sentence that names a book's publisher alone, no place before it ("Como
    /// Elaborar Projetos De Pesquisa. 5th ed. Atlas."; "... Edited by Michael von Albrecht.
    /// Reclam."), as APA's seventh edition and Chicago's 17th write it: the model, trained
    /// mostly on imprints with their place, reads it as a place, an identifier, an edition or
    /// no field. One to six capitalised words with no digit, bracket or colon, naming no known
    /// place, no medium and no month, after a title, a book, an edition or editors, and before
    /// nothing but identifiers and notes, are the publisher's. A place before a closing year
    /// ("Nordhausen 2012", "West Lafayette, 1998": the humanities' "Place Year") or after a
    /// meeting's name ("Proc. 30th ICRC, Merida") stays a place.
    pub(super) fn mend_closing_publishers(&mut self) {
        if self.runs.iter().any(|(l, _)| *l == Label::Publisher) {
            return;
        }
        // The runs after the reference's last field: links, identifiers, notes, marks.
        let text = self.text;
        let trailer = |(l, r): &(Label, Range<usize>)| {
            let value = &text[r.clone()];
            match l {
                Label::Note => true,
                Label::Identifier => value.contains(['/', ':']) || value.contains(char::is_numeric),
                Label::Other => !value.contains(char::is_alphabetic),
                _ => false,
            }
        };
        let Some(last) = self.runs.iter().rposition(|run| !trailer(run)) else {
            return;
        };
        // Back from there over the runs the model gives such a name, none with a digit or an
        // edition's word ("5th ed.", "Rev.").
        let may_name = |(l, r): &(Label, Range<usize>)| {
            let value = &text[r.clone()];
            let label_fits = match l {
                Label::Location | Label::Other | Label::Identifier | Label::Volume => true,
                Label::Edition => {
                    let lower = value.to_lowercase();
                    !["ed.", "edn", "rev", "edition", "aufl", "éd"]
                        .iter()
                        .any(|w| lower.contains(w))
                }
                _ => false,
            };
            label_fits && !value.contains(char::is_numeric)
        };
        if !may_name(&self.runs[last]) {
            return;
        }
        let mut first = last;
        while first > 0 && may_name(&self.runs[first - 1]) {
            first -= 1;
        }
        let (span, close) = (self.runs[first].1.start, self.runs[last].1.end);
        let mut start = span + closing_sentence(&text[span..close]);
        // A name in brackets of its own closing the entry ("... Computation (Addison-Wesley).",
        // as Cell Press's styles write a book's publisher).
        let body = text[..close].trim_end_matches(['.', ',', ';', ' ']);
        let bracket = body
            .strip_suffix(')')
            .and_then(|b| b.rfind('('))
            .filter(|&open| open >= span && !body[open + 1..body.len() - 1].contains(['(', ')']));
        if let Some(open) = bracket {
            start = open;
        }
        // The sentence opens on a run's first word, or inside a run of no field.
        let Some(k) = (first..=last).find(|&k| self.runs[k].1.end > start) else {
            return;
        };
        let opens = bracket.is_some()
            || text[..start]
                .trim_end()
                .ends_with(['.', '"', '”', '’', ')', ']']);
        let straddles = self.runs[k].1.start < start;
        if !opens || (straddles && self.runs[k].0 != Label::Other) {
            return;
        }
        let before = self.runs[..k].iter().rfind(|(l, _)| *l != Label::Other);
        let after_work = before.is_some_and(|(l, r)| match l {
            Label::Title | Label::Edition | Label::Editor => true,
            Label::Container => !PROCEEDINGS.is_match(&text[r.clone()]),
            _ => false,
        });
        if !after_work {
            return;
        }
        let raw = text[start..close].trim();
        let raw = match bracket {
            Some(_) => &raw[1..raw.rfind(')').unwrap_or(raw.len())],
            None => raw,
        };
        let value = raw.trim_end_matches(['.', ',', ';', ' ']);
        let named = !value.is_empty()
            && value.split_whitespace().count() <= 6
            && value.starts_with(char::is_uppercase)
            && !raw.contains([':', '(', ')', '[', ']', '/', '"', '“', '”'])
            && value
                .split(|c: char| !c.is_alphabetic())
                .any(|w| w.chars().count() >= 2)
            && !is_place(value)
            && !value.split(", ").any(is_place)
            && !value
                .split([' ', ',', '-'])
                .any(|w| is_city(w) || is_region(w) || month_number(w).is_some())
            && !NOT_PUBLISHER.is_match(value)
            // An acronym in brackets closes a title as often ("... Valley Towns (MVT).").
            && !(bracket.is_some()
                && !value.contains(' ')
                && !value.contains(char::is_lowercase)
                && !looks_like_publisher(value));
        if named {
            // Of a run of no field the sentence opens in, the words before it stay apart.
            let at = if straddles {
                self.runs[k].1.end = start;
                k + 1
            } else {
                k
            };
            self.runs.drain(at..=last);
            self.runs.insert(at, (Label::Publisher, start..close));
        }
    }

    /// A publisher's name the model broke between runs with no mark between them ("Board of",
    /// then "Governors of the Federal Reserve System."; "Sierra", then "Club,"; "Carl", then
    /// "Hanser, n.d."): after the title, the publisher's run takes the next run's words up to
    /// the first mark closing a word, and all of it when none does. What reads as a place
    /// stays the place's: a run opening with a city ("New York," after "Oxford University
    /// Press") or ending in a colon ("a Velha:" after "Linda"), and of a place's run anything
    /// but one word that is no city or state and comes before none ("Boulder, CO." after
    /// "Westview Press", "New Jersey," after "Prentice Hall PTR").
    pub(super) fn mend_publishers(&mut self) {
        let Some(title) = self.runs.iter().position(|(l, _)| *l == Label::Title) else {
            return;
        };
        let mut i = title + 1;
        while i + 1 < self.runs.len() {
            let (label, run) = &self.runs[i];
            let (next_label, next) = &self.runs[i + 1];
            let open = *label == Label::Publisher
                && self.text[run.clone()].ends_with(char::is_alphanumeric)
                && self.text[run.end..next.start].trim().is_empty();
            let next_text = self.text[next.clone()].trim_end();
            // Where the first word closing with a mark ends (the whole run when none does).
            let cut = next_text
                .split_whitespace()
                .find(|w| w.ends_with([',', '.', ';', ':']))
                .map_or(next_text.len(), |w| {
                    w.as_ptr() as usize - next_text.as_ptr() as usize + w.len()
                });
            let place = *next_label == Label::Location && {
                let head = next_text[..cut].trim_end_matches([',', '.', ';', ':']);
                let rest = next_text[cut..]
                    .trim()
                    .trim_end_matches([',', '.', ';', ':']);
                let state = |w: &str| {
                    is_region(w) || (w.len() == 2 && w.bytes().all(|b| b.is_ascii_uppercase()))
                };
                next_text.ends_with(':')
                    || head.contains(' ')
                    || is_city(head)
                    || state(head)
                    || state(rest)
            };
            if !open
                || !matches!(
                    next_label,
                    Label::Location | Label::Container | Label::Title | Label::Publisher
                )
                || place
                || super::starts_with_city(next_text)
            {
                i += 1;
                continue;
            }
            if cut < next_text.len() {
                let end = next.start + cut;
                let blank =
                    self.text[end..next.end].len() - self.text[end..next.end].trim_start().len();
                self.runs[i].1.end = end;
                self.runs[i + 1].1.start = end + blank;
                i += 1;
            } else {
                self.runs[i].1.end = next.end;
                self.runs.remove(i + 1);
            }
        }
    }

    /// A publisher's name the model began late, the words before it given to the run before
    /// with no mark between ("FAA William J. Hughes Technical" + "Center,", "Australian
    /// Broadcasting" + "Corporation,", "Studies in Stemmatology. John" + "Benjamins
    /// Publishing Co.", "P.A." + "Gross,"): the publisher's run starts at the first of the
    /// capitalised words (particles, initials, "and" and a company's "Co." among them; "Methuen
    /// and Co." + "Ltd") that end the run before. From a
    /// title or container only the words after a full stop or colon are taken ("The Theory of
    /// Games" + "Princeton University Press" keeps its title; "Computer Aided Geometric" +
    /// "Design, Academic Press" its container), or a whole container before a publisher's run
    /// of two words at most, where no editors or "In" make it a chapter's book; from a genre only initials; from a place, the
    /// whole run when another place follows ("Texas" + "Tech University Press," + "Lubbock,");
    /// from a note or words of no field, all such words.
    pub(super) fn mend_publisher_heads(&mut self) {
        for i in 1..self.runs.len() {
            let (label, before) = self.runs[i - 1].clone();
            let run = self.runs[i].1.clone();
            if self.runs[i].0 != Label::Publisher
                || !self.text[before.end..run.start].trim().is_empty()
                || !matches!(
                    label,
                    Label::Title
                        | Label::Container
                        | Label::Genre
                        | Label::Note
                        | Label::Other
                        | Label::Location
                )
            {
                continue;
            }
            let initial = |w: &str| w.ends_with('.') && is_initials(w);
            let name_word = |w: &str| {
                initial(w)
                    || is_company_abbreviation(w)
                    || is_connector(w)
                    || (w.ends_with(char::is_alphanumeric)
                        && !w.contains('.')
                        && (is_particle(w) || w.starts_with(char::is_uppercase)))
            };
            let words: Vec<&str> = self.text[before.clone()].split_whitespace().collect();
            let taken = words.iter().rev().take_while(|w| name_word(w)).count();
            // A name opens with no "and" ("Methuen and Co." + "Ltd", not "and Co.").
            let taken = words[words.len() - taken..]
                .iter()
                .position(|w| !is_connector(w))
                .map_or(0, |first| taken - first);
            let whole = taken == words.len();
            // What stops the walk: a sentence's end or a colon in a title or container.
            let stop = words.len().checked_sub(taken + 1).map(|k| words[k]);
            let after_stop =
                stop.is_some_and(|w| (w.ends_with('.') && !initial(w)) || w.ends_with(':'));
            // A title or container is cut only after a stop; a genre gives only initials.
            // A place's run is taken whole, and only with a place's run after the publisher's
            // ("Texas" + "Tech University Press," + "Lubbock,").
            let place_later = || {
                self.runs[i + 1..]
                    .iter()
                    .any(|(l, _)| *l == Label::Location)
            };
            // Two words at most, no sentence ending inside ("NRW. Gelsenkirchen").
            let short = self.text[run.clone()].split_whitespace().count() <= 2
                && !self.text[run.clone()].contains(". ");
            let allowed = match label {
                Label::Title => after_stop,
                // A container the model began a short publisher's name with ("Australian
                // Broadcasting" + "Corporation,"), not a chapter's book ("In ... (Eds.),
                // Understanding Poverty" + "Oxford University Press").
                // Or after the book's comma where the publisher's run is a word that names no
                // publisher alone ("Handbook of Harbours, Tide" + "Press,").
                Label::Container => {
                    after_stop
                        || (whole && short && !self.in_book(before.start))
                        || (stop.is_some_and(|w| w.ends_with(','))
                            && names_no_publisher(
                                self.text[run.clone()].trim_end_matches([',', '.', ';', ':']),
                            ))
                }
                Label::Location => whole && place_later(),
                Label::Genre => words[words.len() - taken..].iter().all(|w| initial(w)),
                _ => true,
            };
            // A run opening with a bracket or quote began where it should ("Orfeo (Cambridge
            // University Press, 1986)").
            let opens = self.text[run.clone()].starts_with(['(', '[', '"', '“', '‘', '\'']);
            if taken == 0 || taken > 6 || !allowed || opens {
                continue;
            }
            let first = words[words.len() - taken];
            let start = first.as_ptr() as usize - self.text.as_ptr() as usize;
            self.runs[i].1.start = start;
            if whole {
                self.runs[i - 1].0 = Label::Other;
            } else {
                let end = words[words.len() - taken - 1];
                self.runs[i - 1].1.end =
                    end.as_ptr() as usize - self.text.as_ptr() as usize + end.len();
            }
        }
    }

    /// Does what stands before byte `at` make a run there a chapter's book: an editors' run,
    /// or "In" opening a part ("In", "In:", "in:")?
    fn in_book(&self, at: usize) -> bool {
        self.runs
            .iter()
            .any(|(l, r)| *l == Label::Editor && r.start < at)
            || self.text[..at]
                .split_whitespace()
                .any(|w| matches!(w, "In" | "In:" | "in:"))
    }

    /// `run`, the model's publisher, carried on to the date that closes the imprint when a
    /// place ending in a colon opens it: after "Place:", everything up to ", Year" is the
    /// publisher's. Only words in capitals, "and" and "&", joined by commas, are taken ("Holt,
    /// Rinehart and Winston", "Taylor, Nash, & Taylor"); anything else keeps the run as it is.
    pub(super) fn publisher_to_date(&self, run: Range<usize>) -> Range<usize> {
        let text = self.text;
        let Some(at) = self
            .runs
            .iter()
            .position(|(l, r)| *l == Label::Publisher && *r == run)
        else {
            return run;
        };
        let place_before = at > 0 && {
            let (label, before) = &self.runs[at - 1];
            *label == Label::Location
                && text[before.clone()].trim_end().ends_with(':')
                && text[before.end..run.start].trim().is_empty()
        };
        // The model broke the name at a comma or a connector ("Holt," + "Rinehart", "Herder
        // and" + "Herder,"); a full stop ends it ("World Health Organization. Retrieved").
        let piece = text[run.clone()].trim_end();
        let broken = piece.ends_with(',') || piece.split(' ').next_back().is_some_and(is_connector);
        if !place_before || !broken {
            return run;
        }
        let mut end = run.end;
        for (label, next) in &self.runs[at + 1..] {
            if *label == Label::Date {
                return if end > run.end && names_only(&text[run.start..end]) {
                    run.start..end
                } else {
                    run
                };
            }
            if !matches!(
                label,
                Label::Location | Label::Author | Label::Other | Label::Publisher
            ) {
                break;
            }
            end = next.end;
        }
        run
    }

    /// A container run after the pages, the place's run right after it and then the date or
    /// the end, where the model read no publisher: the book's publisher ("..., pages 1–72." +
    /// "Amer. Math. Soc.," + "Providence, RI," + "2013.").
    pub(super) fn publisher_after_pages(&self) -> Option<Range<usize>> {
        if self.runs.iter().any(|(l, _)| *l == Label::Publisher) {
            return None;
        }
        let pages = self.runs.iter().position(|(l, _)| *l == Label::Pages)?;
        let at = pages
            + 1
            + self.runs[pages + 1..]
                .iter()
                .position(|(l, _)| *l == Label::Container)?;
        let place_next = self
            .runs
            .get(at + 1)
            .is_some_and(|(l, _)| *l == Label::Location);
        let then = self.runs.get(at + 2).is_none_or(|(l, _)| *l == Label::Date);
        let value = &self.text[self.runs[at].1.clone()];
        (place_next && then && !value.contains(|c: char| c.is_ascii_digit()))
            .then(|| self.runs[at].1.clone())
    }

    /// The run the model reads as a container that is the imprint's publisher: the only
    /// container, after a title, with no publisher, volume or pages anywhere, not opening with
    /// "In" nor holding a journal's or a meeting's word or a number, and either a city in it
    /// before a colon ("Buenos Aires: Georges Zanun,") or a place run right after it
    /// ("Brotherhood of St Laurence," + "Melbourne."). The place before the colon may be one
    /// no list knows when the rules read it as the place (`rules_place`: "Пловдив: Христо Г.
    /// Данов,").
    pub(super) fn publisher_read_as_container(
        &self,
        rules_place: Option<&str>,
    ) -> Option<Range<usize>> {
        let at = self.runs.iter().position(|(l, _)| *l == Label::Container)?;
        let elsewhere = self.runs.iter().enumerate().any(|(i, (l, _))| {
            i != at
                && matches!(
                    l,
                    Label::Container | Label::Publisher | Label::Volume | Label::Pages
                )
        });
        if elsewhere || !self.runs[..at].iter().any(|(l, _)| *l == Label::Title) {
            return None;
        }
        let run = &self.runs[at].1;
        let text = self.text[run.clone()].trim();
        // A publishers' city before the colon ("Weekly Report: Recommendations and Reports"
        // names no place).
        let place_inside = text.split_once(':').is_some_and(|(place, rest)| {
            let place = place.trim();
            let short_name = || {
                let words = place.split(' ');
                words.clone().count() <= 3
                    && words.clone().all(|w| w.starts_with(char::is_uppercase))
            };
            (is_city(place) || (rules_place == Some(place) && short_name()))
                && rest.trim_start().starts_with(char::is_uppercase)
        });
        let place_after = self
            .runs
            .get(at + 1)
            .is_some_and(|(l, _)| *l == Label::Location);
        if !(place_inside || place_after)
            || text.starts_with("In ")
            || text.starts_with("in ")
            || text.starts_with("In:")
            || text.contains(|c: char| c.is_ascii_digit())
        {
            return None;
        }
        // A meeting's name ("Paper presented at the meeting of ...", "IEEE/RSJ IROS '91")
        // is no publisher's.
        let meeting = |w: &str| {
            [
                "present",
                "meeting",
                "conferen",
                "congress",
                "symposi",
                "workshop",
                "session",
                "colloqu",
                "convention",
                "poster",
            ]
            .iter()
            .any(|m| {
                w.get(..m.len())
                    .is_some_and(|head| head.eq_ignore_ascii_case(m))
            })
        };
        let mut words = text.split([' ', ',', '.', ':']).filter(|w| !w.is_empty());
        if words.any(|w| (is_journal_word(w) && !is_publisher_word(w)) || meeting(w)) {
            return None;
        }
        // Right after a chapter's editors comes the book, unless a publisher's word says
        // otherwise ("In A. Name (eds.):" + "International Human Resource Management," +
        // "London."). The model may read the editors' role apart ("In H. Name" + "(ed.):").
        let role_mark = |run: &Range<usize>| {
            let mark = self.text[run.clone()].trim();
            mark.starts_with('(') && without_role_mark(mark).is_empty()
        };
        let after_editors = match self.runs[..at] {
            [.., (Label::Editor, _), (Label::Other, ref mark)] if role_mark(mark) => true,
            [.., (Label::Editor, _)] => true,
            _ => false,
        };
        let mut words = text.split([' ', ',', '.', ':']).filter(|w| !w.is_empty());
        if after_editors && !words.any(is_publisher_word) {
            return None;
        }
        Some(run.clone())
    }
}

/// A company's abbreviation closed by its stop ("Co.", "Inc.", "Bros."), which ends no sentence
/// inside a publisher's name ("Methuen and Co. Ltd").
fn is_company_abbreviation(w: &str) -> bool {
    matches!(w, "Co." | "Inc." | "Corp." | "Bros." | "Ltd." | "Pty.")
}

/// Capitalised words, "and" and "&" only, joined by spaces and commas ("Holt, Rinehart and
/// Winston,"): the words of a publisher named after its founders.
fn names_only(s: &str) -> bool {
    let s = s.trim_end_matches([',', ' ']);
    // A stop only closes an initial or a short abbreviation ("Alfred A. Knopf", "Co."): a
    // longer word with one ends a sentence.
    !s.is_empty()
        && s.split([' ', ',']).filter(|w| !w.is_empty()).all(|w| {
            w == "&"
                || is_connector(w)
                || (w.chars().next().is_some_and(char::is_uppercase)
                    && w.chars()
                        .all(|c| c.is_alphabetic() || matches!(c, '.' | '-' | '\'' | '’'))
                    && (!w.ends_with('.') || w.chars().count() <= 4))
        })
}

/// A place the model ran on over its publisher's colon or dash ("Florence: Olschki", "Boston -
/// Little, Brown"): the place before the mark, when that reads as one (a publishers' city, or
/// one to three capitalised words), and what follows; a publisher before its city's name is
/// turned round.
pub(super) fn place_before_mark(place: &str) -> Option<(&str, &str)> {
    let (head, rest) = place.split_once(": ").or_else(|| place.split_once(" - "))?;
    let head = head.trim_start_matches('(').trim();
    // The publisher first, then its city ("Addison-Wesley: Reading, MA").
    if let Some((city, publisher)) = place_publisher(place).filter(|(city, _)| *city != head) {
        return Some((city, publisher));
    }
    let words: Vec<&str> = head.split_whitespace().collect();
    let named = is_city(head)
        || (!words.is_empty()
            && words.len() <= 3
            && words.iter().all(|w| w.starts_with(char::is_uppercase)));
    let rest = rest.trim();
    // Cities joined by a dash, which is_city reads as one place ("New York - London"), are
    // not split.
    let one_place = is_city(place.trim_end_matches(['.', ',']));
    (named && !one_place && rest.starts_with(char::is_uppercase)).then_some((head, rest))
}

/// Where the last sentence of `text` begins: after the last full stop, closing quote or
/// bracket that ends a word of two letters or more with a small letter, no abbreviation ("ed.",
/// "Natl.", "Jr.") and no initials ("G.B."), before a capital.
fn closing_sentence(text: &str) -> usize {
    let body = text.trim_end_matches(['.', ',', ';', ' ']);
    last_sentence_start(body, |bare| {
        bare.chars().count() >= 2
            && bare
                .chars()
                .all(|c| c.is_alphabetic() || c == '-' || c == '’' || c == '\'')
            && bare.chars().any(char::is_lowercase)
            && !is_abbreviation(&bare.to_lowercase())
    })
}

/// Closing words that name no publisher: a medium, a state of publication, a genre.
static NOT_PUBLISHER: LazyLock<Regex> = LazyLock::new(|| {
    re(
        &format!(
            r"(?i)^(?:{MEDIA}|web|print|online|internet|unpublished|manuscript|forthcoming|in\s+press|preprint|submitted|abstract|editorial|letter|thesis|dissertation|report|n\.\s*d|accessed|retrieved|available|see|also|ibid|et\s+al)(?-u:\b)"
        ),
        "NOT_PUBLISHER",
    )
});

/// A publisher of one word that names no publisher alone ("University", "Press"), the place
/// taken just before it being its first word ("... of America. Stanford" + "University."):
/// the place is the publisher's ("Stanford University").
pub(super) fn publisher_named_by_place(r: &mut Reference, text: &str, run_start: usize) {
    let (Some(publisher), Some(place)) = (r.publisher.as_deref(), r.location.as_deref()) else {
        return;
    };
    let before = text[..run_start].trim_end();
    if names_no_publisher(publisher) && before.ends_with(place) {
        r.publisher = Some(format!("{place} {publisher}"));
        r.location = None;
    }
}

/// The cities of a place ("Weinheim / München", "Berlin, New York"), each without the "and
/// others" German lists close a place with ("Hildesheim u.a.", "Berlin u. a.").
pub(super) fn cities(place: &str) -> impl Iterator<Item = &str> {
    place.split(['/', ',']).map(|city| {
        let city = city.trim();
        without_more_places(city).map_or(city, str::trim_end)
    })
}

/// A number's label and nothing else ("Nr.", "No.", "Vol.", "Bd.", "Heft", "Band", "Suppl.",
/// "Pages", "pp.", Italian "anno", "fasc."), which names no publisher, nor a series, nor a
/// journal.
pub(in crate::reference::parse) fn number_label(value: &str) -> bool {
    let word = value.trim().trim_end_matches(['.', ',', ':', ';']);
    [
        "nr", "no", "nos", "vol", "vols", "volume", "bd", "band", "heft", "teil", "tome", "tomo",
        "anno", "año", "fasc", "issue", "n°", "num", "suppl", "part", "p", "pp", "page", "pages",
    ]
    .iter()
    .any(|l| word.eq_ignore_ascii_case(l))
}

/// A publisher of one word that names no publisher alone.
pub(super) fn names_no_publisher(publisher: &str) -> bool {
    matches!(
        publisher,
        "University" | "Press" | "College" | "Institute" | "Publishers" | "Publishing"
    )
}

/// A place of one word that is no publishers' city, written right before the publisher with no
/// mark between ("Texas" + "Tech University Press"): the first word of the publisher's name.
pub(super) fn place_opening_publisher(r: &mut Reference, text: &str) {
    let (Some(place), Some(publisher)) = (r.location.as_deref(), r.publisher.as_deref()) else {
        return;
    };
    let one_word = !place.contains([' ', ',', '.']) && place.starts_with(char::is_uppercase);
    if !one_word || is_city(place) {
        return;
    }
    let joined = format!("{place} {publisher}");
    if text.contains(&joined) {
        r.publisher = Some(joined);
        r.location = None;
    }
}

/// A title the model ran on over the first words of the place after it ("Odysseus
/// Polutropos, Ithaca and" before the place "Ithaca and London", "Spielräume. - Weinheim u"
/// before "Weinheim u. München"): it ends at the last comma, dash or stop before them.
pub(super) fn title_before_place(r: &mut Reference) {
    let (Some(title), Some(place)) = (r.title.as_deref(), r.location.as_deref()) else {
        return;
    };
    // The last space after a comma, a stop or a dash, found in one scan from the end.
    let Some(at) = memchr::memrchr_iter(b' ', title.as_bytes())
        .find(|&at| at > 0 && matches!(title.as_bytes()[at - 1], b',' | b'.' | b'-'))
    else {
        return;
    };
    let (head, words) = (&title[..at - 1], &title[at + 1..]);
    let begun = place
        .strip_prefix(words)
        .is_some_and(|rest| rest.starts_with([' ', '.']));
    let head = head.trim_end_matches([' ', '-', '.', ',']);
    if begun && !head.is_empty() {
        r.title = Some(head.to_string());
    }
}

/// Two publishers' places joined by ";", "/", "&", "and" or "und" ("New York ; Oxford",
/// "Berlin / Heidelberg", "Cambridge and New York", "Weinheim u. München"), of which the model
/// reads one: the place takes both, when the other is one of the publishers' cities. Returns
/// the words taken from before the model's place ("Weinheim u."), which some other run of the
/// model's may end with.
pub(super) fn join_places<'t>(
    location: &mut Option<CompactString>,
    text: &'t str,
) -> Option<&'t str> {
    let at = location.as_deref().and_then(|l| text.rfind(l))?;
    let end = at + location.as_deref().map_or(0, str::len);
    let marks = |c: char| matches!(c, ',' | ':' | ';' | '.' | '(' | ')' | '[' | ']');
    let separators = [";", "/", "&", "and ", "und "];
    let after = text[end..].trim_start();
    let forward = separators
        .iter()
        .find_map(|s| after.strip_prefix(s))
        .map(str::trim_start)
        .map(|rest| (rest, rest.split(marks).next().unwrap_or("").trim_end()))
        .filter(|(_, city)| is_city(city))
        .map_or(end, |(rest, city)| text.len() - rest.len() + city.len());
    // "Frankfurt" + " a.M.", "Münster" + " [u.a.]": the river, or the others' mark.
    let tail = city_tail_len(&text[forward..]);
    let forward = if tail > 0 && is_city(text[at..forward].trim_end_matches(['.', ','])) {
        forward + tail
    } else {
        forward
    };
    // The city's whole name first ("New" + "York"), then a city joined before it ("Berlin
    // and" + "New York").
    let start = city_name_start(text, at, end);
    let before = text[..start].trim_end();
    // " - Weinheim und München": a dash may open the imprint.
    let backward = [";", "/", "&", " and", " und", " u."]
        .iter()
        .find_map(|s| before.strip_suffix(s))
        .map(str::trim_end)
        .map(|head| {
            let city = head.rsplit(marks).next().unwrap_or("");
            (head, city.trim_start_matches([' ', '-', '–']))
        })
        .filter(|(_, city)| is_city(city))
        .map_or(start, |(head, city)| head.len() - city.len());
    if (backward, forward) == (at, end) {
        return None;
    }
    *location = bare(&text[backward..forward])
        .map(Into::into)
        .or(location.take());
    Some(text[backward..at].trim_end()).filter(|taken| !taken.is_empty())
}

/// Where the name of the city a place at bytes `at..end` of `text` opens with begins, one or two
/// capitalised words before it, or three with a joining word ("Newbury" + "Park, Cal.",
/// "Porto" + "Alegre:", "Upper Saddle" + "River, NJ", "Reinbek bei" + "Hamburg"), when the
/// words together are one of the publishers' cities; else `at`. Unlike imprint::place_head,
/// which moves the model's place run back before it is given (and not into a title's or
/// container's run), this reads the words another run holds, which join_places' caller then
/// cuts from it.
fn city_name_start(text: &str, at: usize, end: usize) -> usize {
    let place = &text[at..end];
    let first = place
        .split([',', ':', ';', '('])
        .next()
        .unwrap_or("")
        .trim_end();
    let mut start = at;
    for _ in 0..3 {
        let Some(head) = text[..start].strip_suffix(' ') else {
            break;
        };
        let word = head.rsplit(' ').next().unwrap_or("");
        // "Reinbek bei" + "Hamburg", "Newcastle upon" + "Tyne": a joining word inside.
        let joins = is_place_joiner(word);
        let named = word.starts_with(char::is_uppercase) && word.chars().all(char::is_alphabetic);
        if !named && !joins {
            break;
        }
        start = head.len() - word.len();
        if named && is_city(&text[start..at + first.len()]) {
            return start;
        }
    }
    at
}

/// `value` without the `taken` words it ends with, and the marks before them ("Praxisfelder
/// der sozialen Arbeit. - Weinheim und"); none if nothing is left.
pub(super) fn without_taken_tail(value: &mut Option<String>, taken: &str) {
    // A value's closing stop is gone ("... Arbeit. - Weinheim u").
    let Some(head) = value.as_deref().and_then(|v| {
        v.strip_suffix(taken)
            .or_else(|| v.strip_suffix(taken.trim_end_matches('.')))
    }) else {
        return;
    };
    *value = field(head.trim_end_matches([' ', '-', '–', '.', ',', ':', ';']));
}

#[cfg(test)]
#[path = "imprint_run_tests.rs"]
mod tests;
