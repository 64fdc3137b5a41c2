//! The container's run where the model began it late, inside the title's run: "The
//! Person-Centered" + "Journal,", "Studies in History and Philosophy of" + "Biological and
//! Biomedical Sciences,".

use super::super::imprint::{
    is_roman_numeral, is_state_code, is_state_or_country, looks_like_publisher, names_a_town,
};
use super::super::kind::is_year;
use super::super::re;
use super::super::tail::numbers_of;
use super::super::tail::{looks_like_year_range, EDITION, IN_PREFIX};
use super::imprint_run::number_label;
use super::spans::names_a_place;
use super::{bare, ModelFields, Segments};
use crate::reference::fields::{is_journal_word, is_publisher_word, is_region, Label};
use crate::reference::words::{is_capitalised_word, is_city, is_particle, role_in_brackets};
use crate::reference::Reference;
use regex::Regex;
use std::sync::LazyLock;

/// Does `value` open with a lower-case article or preposition elided before a letter ("d'Italia",
/// "l’oubli", "dell'arte", "qu'il")?
fn opens_with_elision(value: &str) -> bool {
    let Some((head, after)) = value.split_once(['\'', '’']) else {
        return false;
    };
    (1..=4).contains(&head.len())
        && head.bytes().all(|b| b.is_ascii_lowercase())
        && after.starts_with(char::is_alphabetic)
}

/// Is `value` one lower-case word of four letters or more, no label of a number ("istorii.",
/// of "Voprosy istorii."; not "suppl.", "band")?
fn lower_case_word(value: &str) -> bool {
    let word = value.trim_end_matches(['.', ',', ';', ':']);
    word.len() >= 4 && word.chars().all(|c| c.is_lowercase()) && !number_label(word)
}

impl<'t> Segments<'t> {
    /// The pages: the longest pages run, one in brackets only when no other is ("26
    /// (308-309) (1987) 445-450" with the issue read as pages too: "445-450").
    pub(super) fn pages_run(&self) -> Option<&'t str> {
        let bracketed = |r: &std::ops::Range<usize>| {
            let run = self.text[r.clone()].trim_end_matches(['.', ',', ';', ':']);
            run.starts_with('(') && run.ends_with(')')
        };
        let (_, r) = self
            .runs
            .iter()
            .filter(|(l, _)| *l == Label::Pages)
            .min_by_key(|(_, r)| (bracketed(r), std::cmp::Reverse(r.len())))?;
        Some(&self.text[r.clone()])
    }

    /// A container the model began inside a journal's name, the name's first words left in
    /// the title's run with no mark between them: the container takes the title's last
    /// words after its last mark when they read as a name's (every word of four letters or
    /// more capitalised, six words at most) and the title keeps some words of its own. A
    /// title in sentence case keeps its words ("... a cluster randomized trial" + "Diabetes
    /// Care,").
    pub(super) fn mend_containers(&mut self) {
        for i in 1..self.runs.len() {
            let (Label::Title, title) = &self.runs[i - 1] else {
                continue;
            };
            let (Label::Container, container) = &self.runs[i] else {
                continue;
            };
            let text = &self.text[title.clone()];
            // A word opening the container left at the title's end ("... for RISCs, Proc." +
            // "Fourth International Conf. on ASPLOS,"; "... models. In" + "Handbook of ..."):
            // the container's.
            let kept = text.trim_end();
            if let Some(at) = kept.rfind(' ').map(|i| i + 1) {
                let opener = matches!(
                    &kept[at..],
                    "Proc." | "Proc" | "Proceedings" | "In" | "in" | "In:" | "in:"
                );
                if opener && kept[..at].trim_end().ends_with([',', '.']) {
                    let (end, start) =
                        (title.start + kept[..at].trim_end().len(), title.start + at);
                    self.runs[i - 1].1.end = end;
                    self.runs[i].1.start = start;
                    continue;
                }
            }
            // A last sentence of no word of three letters, the container's run right after
            // it ("... drugs. $B r." + "J$. of Pharmacol.", a PDF's garbled "Br. J."): the
            // container's head.
            if let Some(at) = fragment_closing(text)
                .filter(|_| self.text[title.end..container.start].trim().is_empty())
            {
                let (end, start) = (title.start + text[..at].trim_end().len(), title.start + at);
                self.runs[i - 1].1.end = end;
                self.runs[i].1.start = start;
                continue;
            }
            // A possessive's apostrophe may close it ("The Architects’" + "Journal,").
            if !text
                .trim_end_matches(['’', '\''])
                .ends_with(char::is_alphanumeric)
                || !self.text[title.end..container.start].trim().is_empty()
            {
                continue;
            }
            let cut = text.rfind([',', '.', ':', ';']).map_or(0, |i| i + 1);
            let tail = &text[cut..];
            let words: Vec<&str> = tail.split_whitespace().collect();
            let named = !words.is_empty()
                && words.len() <= 6
                && words.iter().all(|w| {
                    w.chars().filter(|c| c.is_alphabetic()).count() < 4
                        || w.starts_with(char::is_uppercase)
                });
            if !named {
                // A title in sentence case ending on capitalised words, a journal's head in an
                // unpunctuated style ("How rivers can shape valleys Complex" + "Systems 1").
                // Only where the container's run cannot stand alone: one word ("Systems") or
                // opening on a joining word ("and Sterility"); "... in colonial Lima" +
                // "Hispanic American Historical Review" keeps its place's name.
                let value = self.text[container.clone()].trim_end_matches([',', '.', ' ']);
                let partial = !value.contains(' ')
                    || value
                        .split(' ')
                        .next()
                        .is_some_and(|w| matches!(w, "and" | "of" | "&" | "for" | "in"));
                if let Some(at) = capitalised_close(text).filter(|_| partial) {
                    let (end, start) =
                        (title.start + text[..at].trim_end().len(), title.start + at);
                    self.runs[i - 1].1.end = end;
                    self.runs[i].1.start = start;
                }
                continue;
            }
            // The whole run, ended on a word that ends no name ("Communications of" + "the
            // ACM,"): the journal's head in a style that gives no title (the Royal Society of
            // Chemistry's "G. Miller, Communications of the ACM, 1995, 38, 39–41.").
            if text[..cut].trim().is_empty() {
                let last = words.last().copied().unwrap_or("");
                // Fewer words than `over_dangling_word`'s: with all of them one labelled
                // reference read worse and none better.
                // "in" after one word opens a book after its authors' names ("N. B. Adams in"
                // + "Proceedings of ..."), after two or more it is the name's ("Lecture Notes
                // in" + "Physics 5").
                let joins = matches!(
                    last,
                    "of" | "and" | "for" | "on" | "the" | "de" | "des" | "der" | "für"
                ) || (last == "in" && words.len() >= 3);
                if joins {
                    self.runs[i].1.start = title.start;
                    self.runs.remove(i - 1);
                    break;
                }
                continue;
            }
            let start = title.start + cut + (tail.len() - tail.trim_start().len());
            self.runs[i - 1].1.end = title.start + cut;
            self.runs[i].1.start = start;
        }
    }

    /// A state or country the model read as a volume after a meeting's town ("Proceedings of
    /// the Harbour Conference, Lake Tahoe," + "NV," + "2016,"): no digit, a state's or
    /// country's code or name ([`names_state`]): a place's run (which [`Self::mend_meeting_places`] then gives the town).
    pub(super) fn mend_places_read_as_volumes(&mut self) {
        for i in 1..self.runs.len() {
            if self.runs[i].0 != Label::Volume || self.runs[i - 1].0 != Label::Container {
                continue;
            }
            let value = self.text[self.runs[i].1.clone()].trim_end_matches([',', '.', ';', ':']);
            if value.contains(|c: char| c.is_ascii_digit()) {
                continue;
            }
            if names_state(value) {
                self.runs[i].0 = Label::Location;
            } else if self.publisher_then_town(i) {
                // "Emerald," + "Bingley.": a publisher's name read as a journal, then its
                // town (no list knows it) as the volume.
                self.runs[i - 1].0 = Label::Publisher;
                self.runs[i].0 = Label::Location;
            }
        }
    }

    /// Is the container's run before run `i`, the last but for a closing stop, a publisher's
    /// name of three words at most ([`looks_like_publisher`]), and run `i` one or two
    /// capitalised words?
    fn publisher_then_town(&self, i: usize) -> bool {
        let words = |s: &str| s.split_whitespace().count();
        let container = self.text[self.runs[i - 1].1.clone()].trim_end_matches([',', ' ']);
        let town = self.text[self.runs[i].1.clone()].trim_end_matches(['.', ' ']);
        i + 1 == self.runs.len()
            && words(container) <= 3
            && looks_like_publisher(container)
            && (1..=2).contains(&words(town))
            && town.split_whitespace().all(is_capitalised_word)
    }

    /// A word opened by an elided article ("d'Italia,", "l'oubli.", "dell'arte") the model read
    /// as a volume (it has no number), after the title's or container's run: the word is that
    /// run's ("in Storia" + "d'Italia,"). And a container opened by one right after the
    /// title's comma is the title's own ("La mémoire," + "l'histoire, l'oubli.").
    pub(super) fn mend_elided_words(&mut self) {
        let mut i = 1;
        while i < self.runs.len() {
            let (label, run) = self.runs[i].clone();
            let value = &self.text[run.clone()];
            let (before, before_run) = self.runs[i - 1].clone();
            // (Runs the mends before moved may overlap: then none is joined.)
            let adjacent = self
                .text
                .get(before_run.end..run.start)
                .is_some_and(|between| between.trim().is_empty());
            let single = !value.trim().contains(char::is_whitespace);
            let joins = adjacent
                && match (before, label) {
                    (Label::Title | Label::Container, Label::Volume) => {
                        single && (opens_with_elision(value) || lower_case_word(value))
                    }
                    // Not a journal's with its numbers after it ("..., l'Institut de
                    // Statistique de L'Universite de Paris," + "8,").
                    (Label::Title, Label::Container) => {
                        opens_with_elision(value)
                            && self.text[before_run].trim_end().ends_with(',')
                            && !self.runs.get(i + 1).is_some_and(|(l, r)| {
                                matches!(l, Label::Volume | Label::Pages)
                                    && self.text[r.clone()].contains(|c: char| c.is_ascii_digit())
                            })
                    }
                    _ => false,
                };
            if joins {
                self.runs[i - 1].1.end = run.end;
                self.runs.remove(i);
                // The joined run may join the one before it in turn.
                i = i.saturating_sub(1).max(1);
            } else {
                i += 1;
            }
        }
    }

    /// A meeting's year that closes its name, the model reading it with the date after it
    /// ("in Unmanned Untethered Submersible Technology" + "2001, 2001."): where the date's
    /// run opens with a year, a comma and another year, and the container's run before it
    /// ends on a word with no mark, the first year is the container's.
    pub(super) fn mend_years_closing_containers(&mut self) {
        for i in 1..self.runs.len() {
            let (Label::Container, container) = &self.runs[i - 1] else {
                continue;
            };
            let (Label::Date, date) = &self.runs[i] else {
                continue;
            };
            let value = &self.text[date.clone()];
            let Some((first, rest)) = value.split_once(", ") else {
                continue;
            };
            let second = rest.split([',', '.', ' ', ';']).next().unwrap_or("");
            if is_year(first)
                && is_year(second)
                && self.text[container.clone()].ends_with(char::is_alphabetic)
                && self.text[container.end..date.start].trim().is_empty()
            {
                let (end, start) = (date.start + first.len(), date.start + first.len() + 2);
                self.runs[i - 1].1.end = end;
                self.runs[i].1.start = start;
            }
        }
    }

    /// A meeting's publisher the model read as the container's last sentence, only dates or
    /// pages after it and no publisher's run anywhere ("In Computer Vision and Pattern
    /// Recognition (CVPR). IEEE," + "2016."): an acronym of three capitals or more after a
    /// meeting's or book's name ("In", "Proc") of two words or more that ends on a bracket or
    /// a whole word (not on an abbreviation: "Proc. IJCAI") is the publisher's run.
    pub(super) fn mend_publishers_closing_containers(&mut self) {
        if self.runs.iter().any(|(l, _)| *l == Label::Publisher) {
            return;
        }
        let Some(i) = self.runs.iter().position(|(l, _)| *l == Label::Container) else {
            return;
        };
        let closing = self.runs[i + 1..]
            .iter()
            .all(|(l, _)| matches!(l, Label::Date | Label::Pages | Label::Other));
        if !closing {
            return;
        }
        let run = self.runs[i].1.clone();
        let value = self.text[run.clone()].trim_end_matches([',', '.', ';', ' ']);
        let Some((name, word)) = value.rsplit_once(". ") else {
            return;
        };
        let last = name.rsplit(' ').next().unwrap_or("");
        let sentence_end = last.ends_with(')')
            || (last.chars().count() >= 4
                && last.chars().all(char::is_alphabetic)
                && !is_journal_word(last));
        // A meeting's or a book's name ("In ...", "Proceedings ..."), not a journal's ("Rev.
        // Esc. Enferm. USP."); the regex last.
        let named = word.chars().count() >= 3
            && word.chars().all(|c| c.is_ascii_uppercase())
            && name.contains(' ')
            && sentence_end
            && (name.starts_with("Proc") || IN_PREFIX.is_match(name));
        if named {
            let at = run.start + name.len() + 1;
            self.runs[i].1.end = at;
            self.runs.insert(i + 1, (Label::Publisher, at + 1..run.end));
        }
    }

    /// A series and its number the model read as one container's run before a book's
    /// imprint, after the book's title or edition ("Studies in Maritime Writing 7." +
    /// "Saltmarsh:" + "Gull and Tern Press,"): the number is a run of its own, as where the
    /// model reads them apart. Not a year ("British Fiction since 1970"), nor after editors
    /// (a chapter's book: "Advances in Neural Information Processing Systems 7").
    pub(super) fn mend_series_numbers(&mut self) {
        for i in 1..self.runs.len().saturating_sub(1) {
            let (Label::Container, run) = &self.runs[i] else {
                continue;
            };
            let book_before = self.runs[..i]
                .iter()
                .rfind(|(l, _)| *l != Label::Other)
                .is_some_and(|(l, _)| matches!(l, Label::Title | Label::Edition | Label::Date));
            if !book_before || !matches!(self.runs[i + 1].0, Label::Location | Label::Publisher) {
                continue;
            }
            let value = self.text[run.clone()].trim_end_matches(['.', ',', ' ']);
            let Some((name, number)) = trailing_number(value) else {
                continue;
            };
            let numbered = value.ends_with(number)
                && !is_year(number)
                && name.contains(' ')
                && name.ends_with(char::is_alphabetic);
            if numbered {
                let at = run.start + value.len() - number.len();
                let end = run.end;
                self.runs[i].1.end = run.start + name.len();
                self.runs.insert(i + 1, (Label::Volume, at..end));
            }
        }
    }

    /// A meeting's paper the model read as a note, the meeting's name then cut between a
    /// title's run and a container's ("unpublished paper presented" + "at" + "the 10th
    /// Anniversary" + "Conference of the Journal ..."): one container's run from the note on,
    /// as where the model reads the words whole ("Paper presented at Joint Workshops of ...").
    pub(super) fn mend_meeting_papers(&mut self) {
        let Some(i) = self.runs.iter().position(|(l, run)| {
            *l == Label::Note
                && self.text[run.clone()]
                    .trim_end_matches([',', '.', ' '])
                    .trim_end_matches(" at")
                    .ends_with("presented")
        }) else {
            return;
        };
        let mut j = i + 1;
        while self.runs.get(j).is_some_and(|(l, _)| *l == Label::Other) {
            j += 1;
        }
        if self.runs.get(j).is_some_and(|(l, _)| *l == Label::Title) {
            j += 1;
        }
        if self.runs.get(j).is_none_or(|(l, _)| *l != Label::Container) {
            return;
        }
        let end = self.runs[j].1.end;
        self.runs[i] = (Label::Container, self.runs[i].1.start..end);
        self.runs.drain(i + 1..=j);
    }

    /// A meeting's acronym the model read apart as a container, its bracket left open and
    /// closed by the year's run after it ("in Proc. 34th Int. Cosmic Ray Conference" +
    /// "(ITC" + "2015),"): the acronym is the run's before it.
    pub(super) fn mend_open_acronyms(&mut self) {
        for i in (1..self.runs.len().saturating_sub(1)).rev() {
            let (Label::Container, acronym) = &self.runs[i] else {
                continue;
            };
            let (before, after) = (&self.runs[i - 1], &self.runs[i + 1]);
            let value = self.text[acronym.clone()].trim_end();
            let open = value.strip_prefix('(').is_some_and(|word| {
                !word.is_empty()
                    && !word.contains([' ', ')'])
                    && word.starts_with(char::is_uppercase)
            });
            let closed = after.0 == Label::Date && self.text[after.1.clone()].contains(')');
            if open
                && closed
                && matches!(before.0, Label::Title | Label::Container)
                && self.text[before.1.clone()].ends_with(char::is_alphanumeric)
            {
                let end = acronym.end;
                self.runs[i - 1].1.end = end;
                self.runs.remove(i);
            }
        }
    }

    /// A journal the model read as a publisher, the run followed by the numbers of an
    /// article and nothing of an imprint: "... Task Force." + "JAMA," + "2016." + "315(4):" +
    /// "p. 388-406.". A publisher's run is the journal's when a title comes before it, no
    /// place's run is anywhere, no container's before it ("J. Compos. Constr., ASCE, 15(6)"
    /// names its publisher), the volume's run that follows (after the year's, if any) is a
    /// bare number with or without its issue, and a pages' run comes right after that.
    pub(super) fn mend_journals_read_as_publishers(&mut self) {
        let publisher = self.runs.iter().any(|(l, _)| *l == Label::Publisher);
        if !publisher || self.runs.iter().any(|(l, _)| *l == Label::Location) {
            return;
        }
        let named: Vec<usize> = (0..self.runs.len())
            .filter(|&i| self.runs[i].0 != Label::Other)
            .collect();
        let mut seen_title = false;
        for (k, &i) in named.iter().enumerate() {
            match self.runs[i].0 {
                Label::Title => seen_title = true,
                Label::Container => return,
                Label::Publisher if seen_title => {
                    let mut next = named[k + 1..].iter().map(|&j| &self.runs[j]);
                    let mut after = next.next();
                    if after.is_some_and(|(l, _)| *l == Label::Date) {
                        after = next.next();
                    }
                    let numbers = after.is_some_and(|(l, r)| {
                        *l == Label::Volume && ARTICLE_VOLUME.is_match(&self.text[r.clone()])
                    });
                    if numbers && next.next().is_some_and(|(l, _)| *l == Label::Pages) {
                        self.runs[i].0 = Label::Container;
                    }
                }
                _ => {}
            }
        }
    }

    /// A chapter's number the model read as the volume (IEEE's "..., 2014, ch. 4, pp. 1-9",
    /// Vancouver's "Chapter 4, Harbours; p. 45-67"): no volume.
    pub(super) fn mend_chapter_numbers(&mut self) {
        let text = self.text;
        for (label, run) in &mut self.runs {
            if *label != Label::Volume {
                continue;
            }
            let Some(digit) = text[run.clone()].find(|c: char| c.is_ascii_digit()) else {
                continue;
            };
            let head = text[..run.start + digit].trim_end();
            let word = head.rsplit([' ', '(', ',', ';']).next().unwrap_or("");
            if ["ch.", "chap.", "chapt.", "chapter"]
                .iter()
                .any(|w| word.eq_ignore_ascii_case(w))
            {
                *label = Label::Other;
            }
        }
    }

    /// A pages label the model left at the end of the run before the pages ("Frankfurt am
    /// Main: Suhrkamp. S." + "111-139", German's "S." for "Seite"; "Harbour Press, pp." +
    /// "12-19"): the label is the pages', the run ends before it.
    pub(super) fn mend_page_labels(&mut self) {
        for i in 1..self.runs.len() {
            if self.runs[i].0 != Label::Pages || self.runs[i - 1].0 == Label::Pages {
                continue;
            }
            let run = self.runs[i - 1].1.clone();
            let text = &self.text[run.clone()];
            let Some(space) = text.trim_end().rfind(' ') else {
                continue;
            };
            let label = &text[space + 1..];
            if !matches!(label.trim_end(), "S." | "p." | "pp.") {
                continue;
            }
            self.runs[i - 1].1.end = run.start + space;
            self.runs[i].1.start = run.start + space + 1;
        }
        // A pages run that is only its label ("(s." + "45–67)." read as an identifier): the
        // range after it is its.
        let mut i = 1;
        while i < self.runs.len() {
            let (label, run) = &self.runs[i - 1];
            let next = &self.text[self.runs[i].1.clone()];
            let alone = *label == Label::Pages
                && matches!(
                    self.text[run.clone()].trim().trim_start_matches('('),
                    "S." | "s." | "p." | "pp."
                );
            let digits = next.len() - next.trim_start_matches(|c: char| c.is_ascii_digit()).len();
            if alone && digits > 0 && next[digits..].starts_with(['-', '–']) {
                self.runs[i - 1].1.end = self.runs[i].1.end;
                self.runs.remove(i);
            } else {
                i += 1;
            }
        }
    }

    /// A page range the model cut at its spaced dash ("pp. 1581 –" + "1592, 2009."): the
    /// number after the dash, opening the next run, ends the range, unless the two read as
    /// a span of years.
    pub(super) fn mend_open_page_ranges(&mut self) {
        let mut i = 1;
        while i < self.runs.len() {
            let (label, pages) = &self.runs[i - 1];
            let next = self.runs[i].1.clone();
            let open = *label == Label::Pages
                && self.text[pages.clone()].ends_with(['-', '–', '—'])
                && self.text[pages.end..next.start].trim().is_empty();
            let run = &self.text[next.clone()];
            let digits = run.len() - run.trim_start_matches(|c: char| c.is_ascii_digit()).len();
            if !open || digits == 0 {
                i += 1;
                continue;
            }
            // The number stands alone ("26/2002" is no page), and the two make no span of
            // years ("Framework for Action 2003 -" + "2004.") unless a label says pages ("pp.
            // 1581 –" + "1592").
            let alone = !run[digits..].starts_with(|c: char| c.is_alphanumeric() || c == '/');
            let first = self.text[pages.clone()]
                .trim_end_matches(['-', '–', '—', ' '])
                .rsplit(|c: char| !c.is_ascii_digit())
                .next()
                .unwrap_or("");
            let labelled = self.text[pages.clone()].contains(char::is_alphabetic);
            let years =
                || !labelled && looks_like_year_range(&format!("{first}-{}", &run[..digits]));
            if first.is_empty() || !alone || years() {
                i += 1;
                continue;
            }
            let mut end = next.start + digits;
            if self.text[end..next.end].starts_with([',', '.', ';']) {
                end += 1;
            }
            let rest = self.text[end..next.end].trim_start();
            self.runs[i - 1].1.end = end;
            // What is left of the run without a letter or digit ("87)." read as an edition)
            // goes with it.
            if !rest.contains(char::is_alphanumeric) {
                self.runs.remove(i);
            } else {
                self.runs[i].1.start = next.end - rest.len();
                i += 1;
            }
        }
    }

    /// A container the model ended inside its name, the name's last words opening the
    /// publisher's run with no mark between ("Logic and Data" + "Bases, Plenum Press,";
    /// "Computer Aided Geometric" + "Design, Academic Press,"): the container takes the run's
    /// words up to its first comma when they name no place and no publisher and read as a
    /// name's (capitalised, three words at most). Not from a place's run: a town the lists
    /// lack reads the same ("Oceans'96, Fort" + "Lauderdale, Florida").
    pub(super) fn mend_container_ends(&mut self) {
        for i in 1..self.runs.len() {
            let (Label::Container, container) = &self.runs[i - 1] else {
                continue;
            };
            let (label, next) = &self.runs[i];
            if *label != Label::Publisher
                || !self.text[container.clone()].ends_with(char::is_alphanumeric)
                || !self.text[container.end..next.start].trim().is_empty()
            {
                continue;
            }
            let run = &self.text[next.clone()];
            let Some((piece, rest)) = run.split_once(", ") else {
                continue;
            };
            let words: Vec<&str> = piece.split_whitespace().collect();
            let named = (1..=3).contains(&words.len())
                && words[0].starts_with(char::is_uppercase)
                && words.iter().all(|w| {
                    (w.starts_with(char::is_uppercase) || is_particle(w) || *w == "of")
                        && !w.contains(|c: char| c.is_ascii_digit())
                        && !is_publisher_word(w)
                });
            if !named || rest.trim().is_empty() || names_a_place(piece) || is_region(piece) {
                continue;
            }
            let end = next.start + piece.len();
            let start = next.end - rest.len();
            self.runs[i - 1].1.end = end;
            self.runs[i].1.start = start;
        }
    }

    /// A meeting's town the model left at the end of the proceedings' run, its state or
    /// country opening the place's run ("... Pattern Recognition, Las Vegas," + "NV, USA,"),
    /// or a town cut in two ("..., Long" + "Beach, CA"): the town is the place's. One to three
    /// capitalised words after the container's last comma, no acronym ("ACM"), digit or
    /// publisher's word.
    pub(super) fn mend_meeting_places(&mut self) {
        for i in 1..self.runs.len() {
            let (Label::Container, container) = &self.runs[i - 1] else {
                continue;
            };
            let (Label::Location, place) = &self.runs[i] else {
                continue;
            };
            if !self.text[container.end..place.start].trim().is_empty() {
                continue;
            }
            let value = &self.text[container.clone()];
            let Some((head, town)) = value.rsplit_once(", ") else {
                continue;
            };
            let named = head.split_whitespace().nth(1).is_some()
                && names_a_town(town.trim_end_matches(','));
            let mut pieces = self.text[place.clone()].split(", ");
            let first = pieces.next().unwrap_or("").trim_end_matches(',');
            let state = names_state;
            // Not before a city that is also a state's name ("ACM," + "New York, USA").
            let moved = if town.ends_with(',') {
                state(first) && !is_city(first)
            } else {
                // The town's last words open the place, its state after them.
                first.split_whitespace().count() <= 2
                    && first.starts_with(char::is_uppercase)
                    && pieces.next().is_some_and(state)
            };
            if named && moved {
                let start = container.start + head.len() + 2;
                self.runs[i - 1].1.end = container.start + head.len();
                self.runs[i].1.start = start;
            }
        }
    }
}

/// Can `sentence`, read by the rules as a container after a book's title, be the title's second
/// sentence? Not an edition ("Zehnte, unveränderte Auflage", "8e édition"), a film's credits
/// ("Dir. Hal Ashby"), nor a short name of capitalised words ("Marcus Milwright", "Secretaría
/// de Salud"), which are the book's editor, author or publisher more often than a subtitle.
pub(super) fn may_be_subtitle(sentence: &str) -> bool {
    let words: Vec<&str> = sentence.split_whitespace().collect();
    let lower = sentence.to_lowercase();
    let credits = words.first().is_some_and(|w| {
        let w = w.trim_end_matches(['.', ',']).to_lowercase();
        matches!(
            w.as_str(),
            "dir" | "prod" | "perf" | "ed" | "eds" | "trans" | "tr"
        )
    });
    let edition = EDITION.is_match(sentence)
        || ["auflage", "édition", "edition", "ausgabe"]
            .iter()
            .any(|w| lower.contains(w));
    let name = words.len() <= 4
        && words
            .iter()
            .all(|w| w.starts_with(char::is_uppercase) || is_particle(w));
    !(credits || edition || name)
}

/// Is the pages run `run` the span of years whose first the rules read as the date ("London:
/// Lind, 1926-1928.": a work in several volumes, printed over those years, which the model
/// read as pages where it found no date)?
pub(super) fn years_of_date(run: &str, r: &Reference, segs: &Segments) -> bool {
    if segs.first(Label::Date).is_some() {
        return false;
    }
    let run = run.trim_matches(|c: char| !c.is_ascii_digit());
    let mut ends = run.split(['-', '–', '—']).map(str::trim);
    match (ends.next(), ends.next(), ends.next()) {
        (Some(from), Some(to), None) if is_year(from) && is_year(to) => {
            from < to && from.parse().ok() == r.year()
        }
        _ => false,
    }
}

/// A container as the model marks it, without a leading "In:" or an editors' "(Eds.),".
pub(super) fn container_value(c: &str) -> Option<String> {
    // "... transformation. – In: Die Bank": the dash German lists set before "In:" too.
    let c = c.trim_start_matches(['.', ',', ';', ':', ' ', '-', '–', '—']);
    let c = IN_PREFIX.find(c).map_or(c, |m| &c[m.end()..]);
    let c = EDS_MARK.find(c).map_or(c, |m| &c[m.end()..]);
    // "Research Information. doi:10.1787/603233448430 Retrieved": a link the model ran in.
    let c = LINK_IN.find(c).map_or(c, |m| &c[..m.start()]);
    // "Computer, Special Issue on Fault-Tolerant Systems": the issue is not the journal.
    let c = SPECIAL_ISSUE.find(c).map_or(c, |m| &c[..m.start()]);
    let c = SPECIAL_ISSUE_FIRST.find(c).map_or(c, |m| &c[m.end()..]);
    bare(without_closing_numbers(c))
}

/// `c` without the volume and page or the page range a comma sets after its name, which the
/// model ran into the container ("Journal of Econometrics, 31:307", "Gleichheit oder
/// Ungleichheit durch Medien, 137-150."): a name ends on no such numbers. Not a span of
/// years ("Novels, 1871–1880").
fn without_closing_numbers(c: &str) -> &str {
    let Some((name, last)) = c.trim_end_matches(['.', ',', ' ']).rsplit_once(", ") else {
        return c;
    };
    let mut numbers = last.split([':', '-', '–']).map(str::trim);
    let all_numbers = numbers
        .clone()
        .all(|n| (1..=6).contains(&n.len()) && n.bytes().all(|b| b.is_ascii_digit()));
    let years = numbers.clone().all(is_year);
    let two = numbers.next().is_some() && numbers.next().is_some();
    if all_numbers && two && !years {
        name
    } else {
        c
    }
}

/// Is `rules` the model's container `model` after one abbreviated word with its stop
/// ("Mod. " + "Phys. Lett. A", "Aust. " + "J. Chem.", "J. " + "Am. Chem. Soc."), a journal's
/// head the model read with the names before it ("J." as the last name's initial)?
pub(super) fn journal_head_before(rules: &str, model: &Option<String>) -> bool {
    let Some((head, rest)) = rules.split_once(". ") else {
        return false;
    };
    (head == "J" || is_capitalised_word(head)) && model.as_deref() == Some(rest)
}

/// A journal article's volume as its own run: "315(4):", "12,", "7 (2)".
static ARTICLE_VOLUME: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^\d{1,4}\s*(?:\(\s*[\w\-–/]+\s*\))?\s*[:,;.]?$",
        "ARTICLE_VOLUME",
    )
});

/// A DOI or a link inside a container's run, and what follows it.
static LINK_IN: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)[\s.,;]+(?:doi:|https?://|www\.|retrieved\s)",
        "LINK_IN",
    )
});

/// An editors' mark opening what the model reads as a container: "(Eds.), ", "(ed.) ", or
/// any editor's role in brackets ("(Hg.): "; bare, "Comp." may open a journal's name).
static EDS_MARK: LazyLock<Regex> = LazyLock::new(|| {
    re(
        &format!(
            r"^(?:{}|\(?(?i:eds?|editors?)\.?\)?)[.,:]?\s+",
            role_in_brackets()
        ),
        "EDS_MARK",
    )
});

/// A special issue's name after the journal's: ", Special Issue on ...", ": Special Issue".
static SPECIAL_ISSUE: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?i)[,.:;]?\s+special\s+issue\b", "SPECIAL_ISSUE"));

/// A special issue's mark before the journal's name: "Special Issue, ".
static SPECIAL_ISSUE_FIRST: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?i)^special\s+issue[,.:;]\s+", "SPECIAL_ISSUE_FIRST"));

/// A run that opens with the year before a semicolon ("2016;6: 452", Vancouver's
/// "year;volume:pages" with the year read into the volume) without the year.
pub(super) fn without_year_before_volume(run: &str) -> &str {
    let t = run.trim_start();
    match t.split_once(';') {
        Some((year, rest))
            if year.len() == 4
                && year
                    .parse::<u16>()
                    .is_ok_and(|y| (1500..=2099).contains(&y))
                && rest.trim_start().starts_with(|c: char| c.is_ascii_digit()) =>
        {
            rest
        }
        _ => run,
    }
}

/// The volume of a "volume:pages" run ("261:1179–1181", "2016;6:452"), if it is one.
pub(super) fn volume_before_colon(run: &str) -> Option<&str> {
    let (volume, pages) = without_year_before_volume(run)
        .trim_start()
        .split_once(':')?;
    let volume = volume.trim_end();
    let pages = pages.trim_start();
    (!volume.is_empty()
        && volume.len() <= 5
        && volume.bytes().all(|b| b.is_ascii_digit())
        && pages.starts_with(|c: char| c.is_ascii_alphanumeric()))
    .then_some(volume)
}

/// The first word of `s` with a digit in it.
pub(super) fn first_number(s: &str) -> Option<&str> {
    numbers_in(s).next()
}

/// A volume and a page glued by a comma with no space, nothing else in the run ("5,363",
/// "21,731."): the volume of four digits at most.
pub(super) fn glued_volume_and_page(run: &str) -> Option<(&str, &str)> {
    let (volume, page) = run.trim().trim_end_matches(['.', ',']).split_once(',')?;
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    (digits(volume) && volume.len() <= 4 && digits(page)).then_some((volume, page))
}

/// The words of `s` with a digit in them, in order.
pub(super) fn numbers_in(s: &str) -> impl Iterator<Item = &str> {
    s.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty() && w.bytes().any(|b| b.is_ascii_digit()))
}

/// The volume, issue and pages from the model's volume and pages runs, for the fields of
/// `fields` the model decides.
pub(super) fn numbers_from_model(r: &mut Reference, segs: &Segments, fields: ModelFields) {
    let mut numbers = Reference::default();
    let volume_run = segs.first(Label::Volume);
    let pages = segs.pages_run().filter(|p| !years_of_date(p, r, segs));
    let words: Vec<&str> = [volume_run, pages]
        .into_iter()
        .flatten()
        .map(without_year_before_volume)
        .collect();
    // "39" + "(3):281–308.": the issue stays beside its volume (not "(pp. 131-179)", not
    // the year of "B143" + "(2005)335").
    let issue_first = pages.is_some_and(|p| {
        p.trim_start().strip_prefix('(').is_some_and(|p| {
            let p = p.trim_start();
            let digits = p.bytes().take_while(u8::is_ascii_digit).count();
            p.starts_with(char::is_uppercase) || (1..4).contains(&digits)
        })
    });
    // "419:456" + "-459.": the range's last page, its first read with the volume.
    let volume_and_page = |v: &str| {
        v.trim().split_once(':').is_some_and(|(v, p)| {
            let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
            digits(v.trim()) && digits(p.trim())
        })
    };
    let range_end = pages.is_some_and(|p| p.trim_start().starts_with(['-', '–']))
        && volume_run.is_some_and(volume_and_page);
    // "42:" + "2085-2093.": the colon already parts them.
    let colon = volume_run.is_some_and(|v| v.trim_end().ends_with(':'));
    numbers_of(
        &mut numbers,
        &words.join(if issue_first || range_end || colon {
            " "
        } else {
            ", "
        }),
    );
    // "año 5, núm." read into the title, "2," the model's volume: the rules' issue alone,
    // their volume beside it, stand.
    let issue_alone = volume_run.is_some_and(|v| {
        r.volume.is_some()
            && r.number.is_some()
            && numbers.volume.is_none()
            && numbers.number.is_none()
            && first_number(v) == r.number.as_deref()
            && numbers_in(v).count() == 1
    });
    if let Some(v) = volume_run.filter(|_| fields.contains(ModelFields::VOLUME) && !issue_alone) {
        r.volume = numbers
            .volume
            .take()
            .or_else(|| first_number(without_year_before_volume(v)).map(Into::into));
        r.number = numbers.number.take();
    }
    if fields.contains(ModelFields::PAGES) {
        if let Some(p) = pages {
            // "Phys. Rev. 175,2195" with the whole run read as pages: the number after the
            // volume is the page, not the volume again.
            let page = first_number(p).map(|first| match r.volume.as_deref() {
                Some(v) if v == first => numbers_in(p).find(|n| *n != v).unwrap_or(first),
                _ => first,
            });
            // The run read alone where read with the volume run it gave no range ("1920-1950"
            // + "(pp.94-111).", "Volume 1 1913-1926." + "62-74.": years before the pages).
            let alone = || {
                let mut alone = Reference::default();
                numbers_of(&mut alone, p);
                alone.pages.filter(|p| p.contains(['-', '–']))
            };
            r.pages = numbers
                .pages
                .or_else(alone)
                .or_else(|| page.map(Into::into));
        }
    }
    // "Science 261:1179–1181", "2009;373(9657):82-93": a volume the model reads into its
    // pages run, where neither it nor the rules found one of its own.
    // Not a book's year before its chapter's pages (AMA's "Lind Press; 2001:45-67.").
    if r.volume.is_none() && volume_run.is_none() && fields.contains(ModelFields::VOLUME) {
        if let Some(p) = pages {
            let volume = numbers
                .volume
                .or_else(|| volume_before_colon(p).map(Into::into));
            let year = || volume.as_deref().and_then(|v| v.parse().ok()) == r.year();
            if r.publisher.is_none() || !year() {
                r.volume = volume;
            }
            r.number = r.number.take().or(numbers.number);
        }
    }
    // "Nat. Phys. 5,363", "Tetrahedron Lett. 21,731": the volume and the page glued by a
    // comma, one pages run for the model, the page alone the rules' volume.
    let glued = pages.and_then(glued_volume_and_page);
    if let Some((volume, page)) = glued.filter(|(_, page)| {
        volume_run.is_none()
            && fields.contains(ModelFields::VOLUME)
            && fields.contains(ModelFields::PAGES)
            && r.volume.as_deref().is_none_or(|v| v == *page)
    }) {
        r.volume = Some(volume.into());
        r.pages = Some(page.into());
    }
}

/// Does `p` name a state or country after a town ("NV", "Ontario", "USA", "Czech Rep")?
fn names_state(p: &str) -> bool {
    is_region(p) || is_state_code(p) || is_state_or_country(p)
}

/// A name closed by a number of one to four digits after a space ("Middle East Development
/// Journal 7", "Studies in Maritime Writing 7", "*Journal* 7"): the name without its comma,
/// and the number without emphasis marks.
pub(super) fn trailing_number(c: &str) -> Option<(&str, &str)> {
    let (head, tail) = c.trim_end_matches(',').rsplit_once(' ')?;
    let tail = tail.trim_matches(['*', '_']);
    let number = !tail.is_empty() && tail.len() <= 4 && tail.bytes().all(|b| b.is_ascii_digit());
    (number && !head.trim().is_empty()).then(|| (head.trim_end_matches(','), tail))
}

/// Where the last sentence of a title's run begins, when it is a fragment that holds no word
/// of three letters or more, one or two pieces of one or two letters each, the first not
/// opening on a small letter or a digit ("$B r.", "J."; not German's "hg. v.",
/// "zit. n.", "Bd. 1, hg."), and the sentences before it hold such a word: `None` otherwise.
fn fragment_closing(title: &str) -> Option<usize> {
    let inner = title.trim_end().strip_suffix('.')?;
    let at = inner.rfind(". ")? + 2;
    let letters = |w: &str| w.chars().filter(|c| c.is_alphabetic()).count();
    let mut pieces = inner[at..].split_whitespace();
    let fragment = pieces.clone().count() <= 2
        && !inner[at..].starts_with(|c: char| c.is_lowercase() || c.is_ascii_digit())
        && pieces.clone().any(|w| letters(w) > 0)
        && pieces.all(|w| letters(w) < 3);
    (fragment && inner[..at].split_whitespace().any(|w| letters(w) >= 3)).then_some(at)
}

/// Where a title in sentence case (no capitalised word but its first among four words or
/// more, no mark) ends on one capitalised word: its start (two are as often a place's name
/// and a journal's first word: "... in colonial Lima Hispanic"). Not a roman numeral or
/// a capitals' word of two letters, the title's ("... casein kinase II", "... stroke in AF").
fn capitalised_close(title: &str) -> Option<usize> {
    if title.contains([',', '.', ':', ';', '?', '!', '"', '(']) {
        return None;
    }
    let words: Vec<(usize, &str)> = title
        .split(' ')
        .scan(0, |at, w| {
            let start = *at;
            *at += w.len() + 1;
            Some((start, w))
        })
        .filter(|(_, w)| !w.is_empty())
        .collect();
    let capital = |w: &str| w.starts_with(char::is_uppercase);
    let closing = words.iter().rev().take_while(|(_, w)| capital(w)).count();
    let kept = words.len().checked_sub(closing)?;
    let sentence_case = kept >= 4 && words[1..kept].iter().all(|(_, w)| !capital(w));
    let first = words.get(kept)?.1;
    let short_capitals = first.len() <= 2 && first.chars().all(|c| c.is_ascii_uppercase());
    let titles = is_roman_numeral(first) || short_capitals;
    (closing == 1 && sentence_case && !titles).then(|| words[kept].0)
}

#[cfg(test)]
#[path = "journal_run_tests.rs"]
mod tests;
