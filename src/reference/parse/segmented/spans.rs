//! Where the rules' values stand in the text, and how a run of the model's takes a field's
//! place ([`Spans::give`]) or carries a title on ([`Spans::extend_title`]).

use super::super::imprint::{is_place, publisher_then_city};
use super::super::kind::{is_year, OTHER_THESIS, REPORT, THESIS};
use super::super::tail::{other_language_in, EDITION, IN_PREFIX};
use super::super::title::FIELD_SEGMENT_STRICT;
use super::{bare, ends_on_dangling_word, fold, journal_run, Segments};
use crate::reference::fields::{is_journal_word, is_publisher_word, is_region, Label};
use crate::reference::words::{is_name_function_word, starts_with_city};
use crate::reference::Reference;
use std::ops::Range;

/// The fields whose place in the text [`Spans`] keeps.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Field {
    Title,
    Container,
    Publisher,
    Location,
}

/// How many bytes of `text` from its start spell `closed`, where `text` may have a space
/// before any of `closed`'s colons ("Postwar : a history, London : Heinemann" for "Postwar: a
/// history, London: Heinemann"); None where it does not.
fn written_with_spaced_colons(text: &str, closed: &str) -> Option<usize> {
    let (t, c) = (text.as_bytes(), closed.as_bytes());
    let (mut i, mut j) = (0, 0);
    while j < c.len() {
        if t.get(i) == Some(&c[j]) {
            i += 1;
            j += 1;
        } else if c[j] == b':' && t.get(i) == Some(&b' ') && t.get(i + 1) == Some(&b':') {
            i += 1;
        } else {
            return None;
        }
    }
    Some(i)
}

/// Where the rules' title, container, publisher and place stand in the cleaned text, found by
/// looking each value up (the rules keep no offsets; a value they rewrote is not found and
/// then not reconciled).
pub(super) struct Spans {
    pub(super) at: [Option<Range<usize>>; 4],
}

impl Spans {
    pub(super) fn of(r: &Reference, text: &str) -> Spans {
        // Each value's first byte looked for, the rest compared where it is: `str::find` and
        // `memmem::find` set up a searcher for every value, which cost more than the search
        // through one entry.
        let find = |v: Option<&str>| {
            let (v, hay) = (v?.as_bytes(), text.as_bytes());
            // An empty value (none is) would stand at the start.
            let Some(&first) = v.first() else {
                return Some(0..0);
            };
            memchr::memchr_iter(first, hay)
                .find(|&i| hay[i..].starts_with(v))
                .map(|i| i..i + v.len())
        };
        // A title whose spaced colons the rules closed up ("Postwar : a history of Europe"
        // read as "Postwar: a history of Europe") is found as written.
        let title = find(r.title.as_deref()).or_else(|| {
            let closed = r.title.as_deref().filter(|t| t.contains(": "))?;
            let first = *closed.as_bytes().first()?;
            memchr::memchr_iter(first, text.as_bytes())
                .find_map(|i| written_with_spaced_colons(&text[i..], closed).map(|n| i..i + n))
        });
        Spans {
            at: [
                title,
                find(r.container.as_deref()),
                find(r.publisher.as_deref()),
                find(r.location.as_deref()),
            ],
        }
    }

    /// The model gives `run` to `field`: the part of it the field keeps (`None`: nothing).
    ///
    /// A rule title that starts before the run yields to it where the run starts after a
    /// punctuation mark ("... version 1.2. ACM SIGPLAN Notices"); elsewhere the title stands
    /// and the run keeps only what follows it ("relationships in Thelypodieae (Brassicaceae).
    /// Syst. Bot." read as the container from "in"). A title inside the run gives way to the
    /// model's own title, if it has one elsewhere. Any other value overlapping the run goes.
    pub(super) fn give(
        &mut self,
        r: &mut Reference,
        segs: &Segments<'_>,
        field: Field,
        mut run: Range<usize>,
    ) -> Option<Range<usize>> {
        let text = segs.text;
        // A title the rules rewrote (emphasis marks dropped from its middle) is not found in
        // the text: words of it the model gives to another field stay in it.
        if self.at[Field::Title as usize].is_none() {
            let words = fold(&text[run.clone()]);
            if !words.is_empty() && r.title.as_deref().is_some_and(|t| fold(t).contains(&words)) {
                return None;
            }
        }
        if let Some(title) = self.at[Field::Title as usize].clone() {
            // A place or publisher the model starts inside the rules' title, which a sentence
            // end and a publishers' city close ("Discourses of the Vanishing: Modernity,
            // Phantasm, Japan. Chicago: ..." read as place "Phantasm, Japan. Chicago"): the
            // title stands and the run starts at the city.
            if field != Field::Container
                && title.start < run.start
                && run.start < title.end
                && title.end < run.end
                && !starts_with_city(&text[run.clone()])
            {
                let after = &text[title.end..run.end];
                let next = after.trim_start_matches(['.', ',', ';', ' ']);
                if after.starts_with('.') && starts_with_city(next) {
                    run.start = run.end - next.len();
                }
            }
            // A place the model reads inside the rules' title that names no place ("Unsettling
            // Opera: Staging Mozart, Verdi, Wagner, and Zemlinsky (University of Chicago
            // Press, 2007)" read as place "Verdi, Wagner, and"): the title stands. Not a place
            // before a colon ("(Beograd: Ekonomski fakultet)"), an imprint's.
            // An unknown place may close the title after a comma when only the year follows
            // it ("..., Königstein 1980.").
            let place_then_year = field == Field::Location
                && text[..run.start].trim_end().ends_with(',')
                && place_before_closing_year(&text[run.clone()], &text[run.end..]);
            if field == Field::Location
                && title.start < run.start
                && run.end <= title.end
                && !text[run.clone()].trim_end().ends_with(':')
                && !names_a_place(&text[run.clone()])
                && !place_then_year
            {
                return None;
            }
            // A journal run the model starts at a comma inside the rules' title, running on
            // over the title's end at a full stop ("Betriebliche Interessenvertretung,
            // Entgelt und Tarifpolitik. WSI-Mitteilungen, 2: 124-32" read as container
            // "Entgelt und Tarifpolitik. WSI-Mitteilungen"): the title stands, and the run
            // starts after its stop. Not at an abbreviation's stop ("... trial J. Clin.
            // Nurs."): the title's words inside the run hold no stop of their own.
            if field == Field::Container
                && title.start <= run.start
                && run.start < title.end
                && title.end < run.end
                && (title.start == run.start || text[title.start..run.start].trim_end().ends_with(','))
                // Not where commas set the fields apart ("A. Author, Title, Stochastic
                // Process. Appl. 65"): there the comma ends the title.
                && !text[..title.start].trim_end().ends_with(',')
                // Nor a title in quotes, which end it; and a journal's numbers follow.
                && !text[..title.start].ends_with(['"', '“', '‘', '‚', '«', '*'])
                && !text[title.start..].starts_with(['"', '“', '‘', '‚', '«', '*'])
                && segs
                    .label_after(&run)
                    .is_some_and(|l| matches!(l, Label::Volume | Label::Pages | Label::Date))
            {
                let inside = &text[run.start..title.end];
                let after = &text[title.end..run.end];
                let next = after.trim_start_matches(['.', '?', '!', ' ']);
                // The title's own question mark ends it as a stop after it does ("... measles,
                // mumps and rubella? Acta Paediatr 93").
                let asked = inside.ends_with(['?', '!']) && after.starts_with(' ');
                if (asked || (after.starts_with(['.', '?', '!']) && after[1..].starts_with(' ')))
                    // From the title's start, a journal's abbreviated head ("Plasma Phys.
                    // Control. Fusion", "Acta Phys. Polonica B") is no title: three words.
                    && inside.split_whitespace().count() >= if title.start == run.start { 3 } else { 2 }
                    && !inside.contains('.')
                    && next.starts_with(char::is_uppercase)
                {
                    run.start = run.end - next.len();
                }
            }
            // The rules' title and journal side by side, a comma between, which the model
            // reads as one journal from inside the title or its start ("1986, Common agency,
            // Econometrica, 54 (4)"; "..., Income Inequality: An International Analysis,
            // KYKLOS, Vol. 57"): the rules' reading stands where the journal's numbers follow
            // and the title's words in the run read as a title's ([`title_words`]; "The
            // London" + ", Edinburgh, and Dublin Philosophical Magazine" is one journal).
            if field == Field::Container
                && title.start <= run.start
                && run.start < title.end
                && title.end < run.end
            {
                if let Some(journal) = self.at[Field::Container as usize].clone() {
                    let side_by_side = journal.start > title.end
                        && journal.end <= run.end
                        && text[title.end..journal.start].trim() == ","
                        && text[journal.end..run.end]
                            .trim_matches([',', '.', ';', ':', ' '])
                            .is_empty()
                        && title_words(&text[title.start..title.end], run.start - title.start)
                        && segs
                            .label_after(&run)
                            .is_some_and(|l| matches!(l, Label::Volume | Label::Pages));
                    if side_by_side {
                        run.start = journal.start;
                    }
                }
            }
            // A place closing the rules' title that the model reads as the start of the
            // journal ("... impact crater, South Africa, Nature, v. 441"; "... River System,
            // New Jersey. Bartonia 44"): the title keeps it.
            if field == Field::Container
                && title.start < run.start
                && run.start < title.end
                && title.end < run.end
                && is_place(&text[run.start..title.end])
            {
                run.start = title.end;
            }
            let overlaps = title.start < run.end && run.start < title.end;
            // A title the rules took between quotes or emphasis marks ends where they end.
            let marked = text[..title.start].ends_with(['*', '"', '“', '‘', '«']);
            // An emphasised piece after the title inside the run ("Third. *J*, 1, 1-2") is
            // where the run starts.
            // So is an "In" after it ("MIMIC-III, A Freely Accessible Critical Care Database.
            // In Scientific Data, 3(1)" read as one container).
            let marked_after = title.end < run.end && {
                let after = &text[title.end..run.end];
                after.contains('*')
                    || IN_PREFIX.is_match(after.trim_start_matches(['.', ',', ';', ':', ' ']))
            };
            if overlaps && title.start < run.start {
                let before = text[..run.start].trim_end();
                // A comma ends a title only before a journal and its numbers ("..., Int. J.
                // Wildland Fire, 19, 606–612, 2010"), not inside one ("UN Chief Urges
                // Pakistan, Iran to Deescalate").
                let numbers_next = segs
                    .label_after(&run)
                    .is_some_and(|l| matches!(l, Label::Volume | Label::Pages | Label::Date));
                // The model's own title starts with the rules' and ends just before a run
                // that holds a publisher's word or opens with a city ("Digital System Design
                // Prentice Hall 1987", "La Ville Cybernétique, Editions Tchou, 1969", "...
                // Kon), London: Burns & Oates"): the two agree where the title ends. Not on
                // the model's word alone: "A Collection of 138 Growing Coleoptiles; 2017" is
                // no publisher, "... in the Self-Defence, Say MEA" no place.
                // The model's title may open after words of the rules' it read as no field
                // ("At" + "the Deep End," + "London:").
                let only_other_before = |t: &Range<usize>| {
                    segs.runs
                        .iter()
                        .filter(|(_, o)| o.start < t.start && title.start < o.end)
                        .all(|(l, _)| *l == Label::Other)
                };
                let model_title_before = segs.runs.iter().any(|(l, t)| {
                    *l == Label::Title
                        && (t.start <= title.start || only_other_before(t))
                        && title.start < t.end
                        && text
                            .get(t.end..run.start)
                            .is_some_and(|between| between.trim().is_empty())
                });
                // A journal the model reads right after its own title, punctuated at its end
                // and followed by its numbers ("... a randomized clinical trial Diabetes
                // Educ., 36 (2010), pp. 629-639").
                // The rules' title ran over the journal, or all of it but an abbreviation's
                // last word ("... trial J. Clin. Nurs., 41"); not a title that ends well
                // inside it at a mark of its own ("... System (UMLS): Integrating Biomedical
                // Terminology. In Nucleic acids research, 32").
                // Or the rules' title holds only the journal's first abbreviations, which its
                // stops cut off (the Institute of Physics' unpunctuated "... minimal models J.
                // Phys. A: Math. Theor. 44 235" and "... knots Phys. Rev. Lett. 106 101101").
                // A journal's section letter ends it as well ("Phys. Rev. D 88 043007").
                let run_text = text[run.clone()].trim_end();
                let section = run_text.rsplit_once(' ').is_some_and(|(_, last)| {
                    last.len() == 1 && last.starts_with(|c: char| c.is_ascii_uppercase())
                });
                let journal_after_model_title = model_title_before
                    && field == Field::Container
                    && numbers_next
                    && (run_text.ends_with([',', '.']) || section)
                    && (text[title.end.min(run.end)..run.end]
                        .split_whitespace()
                        .filter(|w| w.contains(char::is_alphanumeric))
                        .count()
                        <= 1
                        || abbreviations_only(&text[run.start..title.end.min(run.end)])
                        || abbreviated_head(text, run.start, title.end.min(run.end)));
                // The same in Vancouver's order, the journal unpunctuated before its year and
                // a semicolon ("... intestinal inflammation Am J Med 2000; 109:150-158."): the
                // journal's words all capitalised, six at most.
                let vancouver_after_model_title = model_title_before
                    && field == Field::Container
                    && text[run.end..].split_whitespace().next().is_some_and(|w| {
                        w.len() == 5
                            && w.ends_with(';')
                            && w[..4].bytes().all(|b| b.is_ascii_digit())
                    })
                    && {
                        let words: Vec<&str> = text[run.clone()].split_whitespace().collect();
                        words.len() <= 6 && words.iter().all(|w| w.starts_with(char::is_uppercase))
                    };
                // The Institute of Physics' order with no mark at all: the journal's
                // capitalised words between the model's title and the volume and pages that
                // close the entry ("... can guide evolution Complex Systems 1 495–502", "...
                // IEEE Transactions on Software Engineering 12 890–904").
                let unmarked_journal = model_title_before
                    && field == Field::Container
                    && volume_and_pages_close(&text[run.end..])
                    && {
                        let words: Vec<&str> = run_text.split_whitespace().collect();
                        words.len() <= 16
                            && words
                                .first()
                                .is_some_and(|w| w.starts_with(char::is_uppercase))
                            && words.iter().all(|w| {
                                w.starts_with(char::is_uppercase) || is_name_function_word(w)
                            })
                    };
                // Or a publisher that closes the entry ("Algebraic coding theory, McGraw Hill",
                // the Trends journals' books).
                let model_title_ends_here = model_title_before
                    && (text[run.clone()].split_whitespace().any(is_publisher_word)
                        || (field == Field::Location && starts_with_city(&text[run.clone()]))
                        // "... troubled world," + "Whurr, London/Philadelphia,".
                        || (field == Field::Location
                            && publisher_then_city(
                                text[run.clone()].trim_end_matches([',', '.', ';', ' ']),
                            )
                            .is_some())
                        || place_then_year
                        || (field != Field::Container && segs.imprint_from(&run))
                        || (field == Field::Publisher
                            && before.ends_with(',')
                            && segs.label_after(&run).is_none()));
                // A closing quote ends a title that opened with a quote, not one quoting a
                // phrase inside it ("VITA: ’Carefully Chosen and Weighted Less’ Is Better in
                // Medication Recommendation").
                let quote_closed = before.ends_with(['"', '”', '’'])
                    && text[title.start..].starts_with(['"', '“', '‘', '’']);
                // An imprint in brackets the rules' title ran into ("Mechanics (Moscow:
                // Physics-Mathematics Institute)"): the bracket is the mark.
                // So is a publisher in brackets of its own ("Finite Difference Equations
                // (Dover).", Cell Press's styles).
                // The bracket may open the place the model read before the publisher
                // ("(Chicago, American Bar Association)": "(Chicago," + "American Bar
                // Association).").
                let bracketed_imprint = field != Field::Container && {
                    let place_before = segs
                        .runs
                        .iter()
                        .rfind(|(_, p)| p.end <= run.start)
                        .filter(|(l, p)| {
                            *l == Label::Location && text[p.end..run.start].trim().is_empty()
                        })
                        .map(|(_, p)| p.start);
                    let run_text = &text[place_before.unwrap_or(run.start)..run.end];
                    run_text.starts_with('(')
                        && (run_text.contains(':')
                            || (field == Field::Publisher
                                && run_text
                                    .trim_end_matches(['.', ',', ';', ' '])
                                    .ends_with(')')))
                };
                // The rules' title ran on over a capitalised journal to the numbers closing
                // it, a page range among them, with no mark to stop it ("Fungi in the nest of
                // |Odontotermes obesus.| Indian phytopathology 4 (1): 1-4", "... by alcohols
                // Journal of Hospital Infection 28:137-48"): no title ends on a volume and
                // pages the model reads as such.
                let numbers_close_title = model_title_before
                    && field == Field::Container
                    && title.end > run.end
                    && run_text.starts_with(char::is_uppercase)
                    // A title of its own words before the journal, not the journal's first
                    // words ("International Nursing" + "Review 54(1) (2007) 85-91").
                    && text[title.start..run.start].split_whitespace().count() >= 3
                    && segs
                        .label_after(&run)
                        .is_some_and(|l| matches!(l, Label::Volume | Label::Pages))
                    && {
                        let after = &text[run.end..title.end];
                        !after.contains(char::is_alphabetic) && holds_range(after)
                    };
                let punctuated = before.ends_with(['.', ':', ';', ')', '*'])
                    || quote_closed
                    || bracketed_imprint
                    || (before.ends_with(',') && field == Field::Container && numbers_next)
                    || (model_title_ends_here && field != Field::Container)
                    || journal_after_model_title
                    || vancouver_after_model_title
                    || unmarked_journal
                    || numbers_close_title;
                // A run holding an emphasised piece ("genetics, and endocrinology. *Endocr
                // Rev*") starts where the emphasis does, not inside the title; nor does a run
                // that would leave the title on a dangling word ("The Turkish Straits and" +
                // "NATO, California, Stanford University, Hoover Institution Press" read as the
                // publisher; a journal may follow one: "... accepted for publication in" +
                // "The Journal of ...").
                if punctuated
                    && !marked
                    && !text[run.clone()].contains('*')
                    && (field == Field::Container || !ends_on_dangling_word(before))
                {
                    r.title = bare(&text[title.start..run.start]);
                    self.at[Field::Title as usize] =
                        r.title.as_ref().map(|_| title.start..run.start);
                } else if title.end < run.end {
                    run.start = title.end;
                    // What is left of the run is the start of the rules' own value for the
                    // field, which goes on past it ("*... held Joint Naval Exercise*.
                    // Business Insider." read as container "... Exercise*. Business"): the
                    // rules' value stands.
                    let cut_inside_own = self.at[field as usize]
                        .as_ref()
                        .is_some_and(|own| own.start >= run.start && own.end > run.end);
                    if cut_inside_own {
                        return None;
                    }
                } else {
                    return None;
                }
            } else if overlaps && (marked || marked_after) {
                if title.end >= run.end {
                    return None;
                }
                run.start = title.end;
            } else if let Some(cut) =
                (overlaps && field == Field::Location && run.start <= title.start)
                    .then(|| title_before_city(text, title.start, &run))
                    .flatten()
            {
                // A place run from the title's start to the city ("Rivers, Roads, Towns,
                // London:", a title of commas read as a list of places): the title is what
                // comes before the city, the place the city.
                r.title = bare(&text[title.start..cut]);
                self.at[Field::Title as usize] = r.title.as_ref().map(|_| title.start..cut);
                run.start = cut;
            } else if overlaps {
                // The model's other title is not one when it names two of the authors (a slip over
                // the end of a given-first list: "..., Wan-Yen Lo, and Ross Girshick.
                // Detectron2, 2019."): then the rules' title stands.
                let other_run = segs.longest_outside(Label::Title, &run);
                // Nor when the model's other title follows the run that opens the rules'
                // title, with at most a volume, a date or a word between ("The Environmental"
                // + "Justice Reader: Politics, Poetics", "Os Lusiadas." + "Vols. 4 and 5" +
                // "of" + "Obras completas.", "Jugend" + "2002:" + "Zwischen pragmatischem
                // Idealismus"): no journal or book comes before the work's own title. A
                // chapter's book after its editors, or a title after a meeting's place, is
                // another reading.
                let container_first = field == Field::Container
                    && run.start == title.start
                    && other_run.as_ref().map(|o| o.start).is_some_and(|start| {
                        start >= run.end
                            && segs
                                .runs
                                .iter()
                                .filter(|(_, o)| o.start >= run.end && o.end <= start)
                                .all(|(l, o)| match l {
                                    Label::Volume | Label::Date => true,
                                    // "of", not "Edited by" before names read as a title.
                                    Label::Other => !text[o.clone()].contains(' '),
                                    _ => false,
                                })
                    });
                if container_first {
                    return None;
                }
                let other = other_run.and_then(|o| bare(&text[o]));
                let names_authors = other.as_deref().is_some_and(|t| {
                    let named = r.authors.iter().filter(|a| {
                        let family = a.family();
                        family.chars().count() > 1
                            && t.split(|c: char| !c.is_alphanumeric() && c != '-')
                                .any(|w| w == family)
                    });
                    named.count() >= 2
                });
                if names_authors || other.as_deref().is_some_and(|t| only_names(t, r)) {
                    return None;
                }
                r.title = other;
                self.at[Field::Title as usize] = None;
            }
        }
        if !text[run.clone()].contains(char::is_alphanumeric) {
            return None;
        }
        // A field the rules took from between emphasis marks ("*Asia Pacific Journal of
        // Education*") keeps its words: the model never saw the marks in training.
        let emphasised = self.at[1..].iter().flatten().any(|span| {
            span.start < run.end && run.start < span.end && text[..span.start].ends_with('*')
        });
        if emphasised {
            return None;
        }
        // Words the rules read as a news outlet's or site's container and the model as a
        // publisher or place ("(2023, May 12). The Karachi
        // strikes. Dawn."), or the other way round ("The homework wars. Routledge."): the
        // rules' reading stands.
        let same_words = |other: Field| {
            self.at[other as usize]
                .as_ref()
                .is_some_and(|span| fold(&text[span.clone()]) == fold(&text[run.clone()]))
        };
        // A journal the rules read as a publisher is followed by its numbers ("Chin J Pract
        // Ophthalmol . 2012; 30: 673–676."); a place starts with a city ("Boston, MA.").
        let numbers_after = segs.numbers_after(&run);
        let city_first = starts_with_city(&text[run.clone()]);
        let stands = match field {
            Field::Container if numbers_after => false,
            Field::Location if city_first => false,
            // Not "of Sämtliche Werke." after "Vol. 6": no publisher's name opens with "of".
            Field::Container => {
                (segs.first(Label::Publisher).is_none()
                    && same_words(Field::Publisher)
                    && !text[run.clone()].starts_with("of "))
                    || (segs.first(Label::Location).is_none() && same_words(Field::Location))
            }
            // An online or dated piece: news outlets and sites are containers. Not an imprint
            // the rules read as one ("Brotherhood of St Laurence, Melbourne. Available at
            // http://..."): the model reads a city inside it.
            _ => {
                let container = self.at[Field::Container as usize].as_ref();
                let overlaps =
                    container.is_some_and(|span| span.start < run.end && run.start < span.end);
                let imprint = container.is_some_and(|span| {
                    field == Field::Publisher
                        && segs.runs.iter().any(|(l, place)| {
                            *l == Label::Location
                                && span.start <= place.start
                                && place.end <= span.end + 1
                                && starts_with_city(&text[place.clone()])
                        })
                });
                (r.url.is_some() || r.date.is_some_and(|d| d.day.is_some())) && overlaps && !imprint
            }
        };
        if stands {
            return None;
        }
        for other in [Field::Container, Field::Publisher, Field::Location] {
            let i = other as usize;
            let Some(span) = self.at[i].clone() else {
                continue;
            };
            if other == field || span.end <= run.start || span.start >= run.end {
                continue;
            }
            match other {
                Field::Container => r.container = None,
                Field::Publisher => r.publisher = None,
                _ => r.location = None,
            }
            self.at[i] = None;
        }
        self.at[field as usize] = Some(run.clone());
        Some(run)
    }
}

/// Is `title` made only of the words of the editors' names ("Franz Muncker" of "Die
/// Wahlverwandtschaften. Edited by Franz Muncker.", which the model may read as a title after
/// the book it named the container)? Not the authors': where the rules ran a list of authors
/// on into the title ("John C. Baez, James Dolan, Categorification."), the title is among
/// them.
fn only_names(title: &str, r: &Reference) -> bool {
    let mut words = title
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .filter(|w| !w.is_empty())
        .peekable();
    words.peek().is_some()
        && words.all(|w| {
            r.editors.iter().any(|n| {
                n.family() == w
                    || n.given()
                        .is_some_and(|g| g.split([' ', '.']).any(|part| part == w))
            })
        })
}

/// Do the words of `title` from byte `from` on read as a title's, not a journal's head: no
/// digit, bracket or journal word, and a lower-case word other than a name's function word
/// among them ("Common agency"), or a lower-case word first ("and Network Perspectives"), or a
/// colon before them in the title (a subtitle: "...: An International Analysis")?
fn title_words(title: &str, from: usize) -> bool {
    let Some(words) = title.get(from..) else {
        return false;
    };
    if words.contains(|c: char| c.is_ascii_digit() || matches!(c, '(' | ')' | '[' | ']'))
        || words.split_whitespace().any(is_journal_word)
    {
        return false;
    }
    let lower = |w: &str| w.starts_with(char::is_lowercase);
    title[..from].trim_end().ends_with(':')
        || words.split_whitespace().next().is_some_and(lower)
        || words
            .split_whitespace()
            .any(|w| lower(w) && !is_name_function_word(w.trim_end_matches([',', '.'])))
}

/// "..., Pfaffenweiler 1997.": a place of one or two capitalised words (no month's) with only
/// a year after it to the end, as a book with no publisher closes in German ("Ort Jahr").
fn place_before_closing_year(place: &str, rest: &str) -> bool {
    is_year(rest.trim().trim_end_matches('.'))
        && (1..=2).contains(&place.split_whitespace().count())
        && place.split_whitespace().all(|w| {
            w.starts_with(char::is_uppercase)
                && !crate::text::is_month_word(w.trim_end_matches(','))
        })
}

/// Where a place run that opens with the rules' title reaches its city: the run's last comma
/// or sentence piece names a city ("London:"; "Zettel. Berkeley:") and no piece before it,
/// from the title's start, does ("Rivers, Roads, Towns"). The offset of the city.
fn title_before_city(text: &str, title_start: usize, run: &Range<usize>) -> Option<usize> {
    let run_text = &text[run.clone()];
    let at = run_text.rfind(", ").max(run_text.rfind(". "))?;
    let (head, city) = (&run_text[..at], &run_text[at + 2..]);
    let city_at = run.start + head.len() + 2;
    let before = text.get(title_start..run.start + head.len())?;
    // No piece before it names a city ("White, London, New York": a publisher and two
    // places; "Maastricht, Edinburgh, Amsterdam").
    (starts_with_city(city)
        && !before.trim().is_empty()
        && !before
            .split(", ")
            .any(|piece| starts_with_city(piece.trim())))
    .then_some(city_at)
}

impl Spans {
    /// A rule title cut at a sentence end the model reads on past ("Metaphors We Live By.
    /// With a new afterword."): when the model's title run starts with the rule title and
    /// goes on beyond it over words no other field holds, the title runs to its end; not over
    /// the entry's year ("Coastal lives" + "2015, television program").
    pub(super) fn extend_title(&mut self, r: &mut Reference, segs: &Segments<'_>) {
        let Some(title) = self.at[Field::Title as usize].clone() else {
            return;
        };
        let Some((_, run)) = segs.runs.iter().find(|(l, run)| {
            *l == Label::Title && run.start <= title.start && title.start < run.end
        }) else {
            return;
        };
        let (start, end) = (title.start, run.end);
        let rest = &segs.text[title.end.min(end)..end];
        // A title the rules took between quotes or emphasis marks ends where they end; a
        // bracket ("(Unpublished doctoral dissertation)") or an "In" after it is not the
        // title's.
        let marked = segs.text[..start].ends_with(['*', '"', '“', '‘', '«']);
        let next = rest.trim_start_matches(|c: char| c.is_whitespace() || ".,:;”\"’".contains(c));
        if marked
            || rest.contains('*')
            || THESIS.is_match(rest)
            || REPORT.is_match(rest)
            || EDITION.is_match(rest)
            || end <= title.end
            || !rest.contains(char::is_alphanumeric)
            || next.starts_with(['(', '['])
            || IN_PREFIX.is_match(next)
            // Its "In" in another language after a stop or comma ("Porty Bałtyku. W: A.
            // Kowalski (red.), ...", "I: K. Lund (red.)").
            || (rest.trim_start().starts_with(['.', ','])
                && other_language_in(next).is_some())
            || FIELD_SEGMENT_STRICT.is_match(next)
            // APA's "Unpublished master's thesis" after the title's stop, the genre the model
            // began after it (not ", unpublished paper presented at ...", a meeting's paper
            // tidy sets apart).
            || ((rest.trim_start().starts_with(['.', '?', '!'])
                || segs.text[title.clone()].ends_with(['.', '?', '!']))
                && next.starts_with("Unpublished"))
            || (r.year().is_some() && next.get(..4).and_then(|d| d.parse().ok()) == r.year())
            || OTHER_THESIS.is_match(rest)
        {
            return;
        }
        // Does `s` lie after the rule title and start before `end`?
        let held = |s: &Range<usize>, end: usize| s.start < end && title.end < s.end;
        // A container the rules read from a second sentence of the model's title, where the
        // model reads a book's imprint after it and neither it nor the rules a container's
        // volume or pages, is the title's ("From the Beast to the Blonde. On Fairy Tale and
        // Their Tellers. New York: ..."): a book's subtitle.
        let container = Field::Container as usize;
        let book = [Label::Container, Label::Volume, Label::Pages]
            .iter()
            .all(|&l| segs.first(l).is_none())
            && r.pages.is_none()
            && r.volume.is_none()
            && segs
                .runs
                .iter()
                .any(|(l, r)| matches!(l, Label::Publisher | Label::Location) && r.start >= end);
        // Not a book after the "in:" of a chapter ("..., in: Kundrus, B. (Hg.), Phantasiereiche.
        // Zur Kulturgeschichte ..."), which the model read on as the title.
        let subtitle = self.at[container].as_ref().is_some_and(|c| {
            book && held(c, end)
                && c.end <= end
                && journal_run::may_be_subtitle(&segs.text[c.clone()])
                && !segs.text.get(title.end..c.start).is_some_and(|between| {
                    IN_PREFIX
                        .is_match(between.trim_start_matches(['»', '«', '"', '”', ',', '.', ' ']))
                })
        });
        // So is one sentence after a title the rules ended at its question mark, where the
        // model reads on ("Was bleibt von der Revolution? Plebiszitäre Orientierungen im
        // vereinten Deutschland."): a question closes a title's first part as a colon does;
        // the title then ends with that sentence. Not a sentence the question's comma sets
        // apart ("unter?, Berichte des Bundesinstituts"), nor one with commas, colons or
        // numbers ("Die Richtlinie ist besser als ihr Ruf, C·A·P Position").
        let question = segs.text[title.clone()].trim_end().ends_with('?')
            && segs.text[title.end..].starts_with(' ');
        let (end, asked) = match self.at[container].as_ref() {
            Some(c) if !subtitle && question && held(c, end) && c.end <= end => {
                let sentence = &segs.text[c.clone()];
                let plain = !sentence.contains([',', ':', ';'])
                    && !sentence.contains(|c: char| c.is_ascii_digit());
                if !(plain && journal_run::may_be_subtitle(sentence)) {
                    return;
                }
                (c.end, true)
            }
            _ => (end, false),
        };
        let subtitle = subtitle || asked;
        let others = self.at[1..]
            .iter()
            .enumerate()
            .filter(|(i, _)| !(subtitle && i + 1 == container));
        if others.filter_map(|(_, s)| s.as_ref()).any(|s| held(s, end)) {
            return;
        }
        if let Some(t) = bare(&segs.text[start..end]) {
            if subtitle {
                r.container = None;
                self.at[container] = None;
            }
            r.title = Some(t);
            self.at[Field::Title as usize] = Some(start..end);
        }
    }
}

/// Does `s` hold a publishers' city or a region ("Verdi, Wagner, and" does not)?
pub(super) fn names_a_place(s: &str) -> bool {
    s.split([',', ';', ':', '(', ')'])
        .map(|part| part.trim().trim_end_matches('.'))
        .any(|part| starts_with_city(part) || is_region(part))
        || s.split_whitespace()
            .any(|w| is_region(w.trim_end_matches([',', ';', ':', ')'])))
}

/// Is `s` one or more journal abbreviations or capital initials and nothing else ("J. Phys",
/// "Phys")?
fn abbreviations_only(s: &str) -> bool {
    let mut words = s.split_whitespace().peekable();
    words.peek().is_some()
        && words.all(|w| {
            let core = w.trim_end_matches('.');
            is_journal_word(core)
                || (core.len() == 1 && core.bytes().all(|b| b.is_ascii_uppercase()))
        })
}

/// Is `text[start..end]` up to three capitalised words, each with its stop in `text` (the
/// last one's may follow `end`): a journal's abbreviated head, "Class." of "Class. Quantum
/// Grav.", "Bull. Seismol." of "Bull. Seismol. Soc. Am.", which a title cut at its stops
/// took?
fn abbreviated_head(text: &str, start: usize, end: usize) -> bool {
    let Some(head) = text.get(start..end) else {
        return false;
    };
    let stopped = text[end..].starts_with('.');
    let words: Vec<&str> = head.split_whitespace().collect();
    let last = words.len().wrapping_sub(1);
    (1..=3).contains(&words.len())
        && words.iter().enumerate().all(|(i, w)| {
            w.starts_with(|c: char| c.is_uppercase())
                && w.trim_end_matches('.').chars().count() >= 2
                && (w.ends_with('.') || (i == last && stopped))
        })
}

/// Do a volume and pages, and nothing else, close the entry after a journal's or
/// proceedings' name ("1 495–502", "vol 77 pp 81–98", "12 890–904.", "(Tokyo) pp 168–75")? A
/// bracketed place may stand before the pages; without a volume, "pp" or "p" marks them.
fn volume_and_pages_close(rest: &str) -> bool {
    let number = |w: &str, range: bool| {
        let w = w.trim_end_matches([',', '.', ':']);
        !w.is_empty()
            && w.starts_with(|c: char| c.is_ascii_digit())
            && w.chars()
                .all(|c| c.is_ascii_digit() || (range && matches!(c, '–' | '-')))
    };
    let mut words = rest.split_whitespace().peekable();
    words.next_if(|w| matches!(*w, "vol" | "vol."));
    let volume = words.next_if(|w| number(w, false)).is_some();
    if words.peek().is_some_and(|w| w.starts_with('(')) {
        while words.next().is_some_and(|w| !w.ends_with(')')) {}
    }
    let marked = words
        .next_if(|w| matches!(*w, "pp" | "pp." | "p" | "p."))
        .is_some();
    (volume || marked) && words.next().is_some_and(|w| number(w, true)) && words.next().is_none()
}

/// Does `s` hold a range of numbers ("1-4", "137–48", "2207 - 2216")?
fn holds_range(s: &str) -> bool {
    s.match_indices(['-', '–']).any(|(i, dash)| {
        s[..i].trim_end().ends_with(|c: char| c.is_ascii_digit())
            && s[i + dash.len()..]
                .trim_start()
                .starts_with(|c: char| c.is_ascii_digit())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_title_with_its_colons_closed_up_is_found_as_written() {
        let text = "Judt T. (2005) Postwar : a history, London : Lind. More";
        let at = text.find("Postwar").unwrap();
        let n = written_with_spaced_colons(&text[at..], "Postwar: a history, London: Lind");
        assert_eq!(
            &text[at..at + n.unwrap()],
            "Postwar : a history, London : Lind"
        );
        // One colon spaced, one not; and a title that is not there.
        assert_eq!(
            written_with_spaced_colons("Tides : a, Mass.: Lind", "Tides: a, Mass.: Lind"),
            Some(22)
        );
        assert_eq!(written_with_spaced_colons("Tides ; a", "Tides: a"), None);
        assert_eq!(written_with_spaced_colons("Tides :", "Tides: a"), None);
    }

    #[test]
    fn a_container_before_the_models_own_title_leaves_the_rules_title() {
        use Label::{Author, Container, Date, Location, Other, Title, Volume};
        let give = |parts: &[(Label, &str)], title: &str| {
            let (text, runs) = super::super::tests::labelled(parts);
            let segs = Segments { text: &text, runs };
            let mut r = Reference {
                title: Some(title.into()),
                ..Reference::default()
            };
            let mut spans = Spans::of(&r, &text);
            let run = segs.first_range(Label::Container).unwrap();
            let given = spans.give(&mut r, &segs, Field::Container, run);
            (given.is_some(), r.title.unwrap_or_default())
        };
        let title = "The Tidal Reader: Ports, Piers, and Pilots";
        let parts = [
            (Author, "Lenz, Ana, eds."),
            (Container, "The Tidal"),
            (Title, "Reader: Ports, Piers, and Pilots."),
            (Location, "Tucson:"),
        ];
        assert_eq!(give(&parts, title), (false, title.to_string()));
        // With a volume and a word between.
        let parts = [
            (Author, "Okafor, Ana."),
            (Container, "Tidal Songs."),
            (Volume, "Vols. 4 and 5"),
            (Other, "of"),
            (Title, "Collected Works."),
        ];
        assert_eq!(
            give(&parts, "Tidal Songs"),
            (false, "Tidal Songs".to_string())
        );
        // A meeting's place between: the model's title stands.
        let parts = [
            (Author, "Lenz, Ana 2012"),
            (Container, "Harbour joint conference,"),
            (Location, "Paris,"),
            (Date, "July 5-8."),
            (Title, "A tidal outlook on Europe"),
        ];
        assert_eq!(
            give(&parts, "Harbour joint conference"),
            (true, "A tidal outlook on Europe".to_string())
        );
    }

    #[test]
    fn volume_and_pages_closing_an_unpunctuated_entry() {
        for rest in [
            " 1 495–502",
            " vol 77 pp 81–98",
            " 12 890–904.",
            " (Tokyo) pp 168–75",
        ] {
            assert!(volume_and_pages_close(rest), "{rest}");
        }
        // Pages alone need their "pp"; anything after the pages is no such close.
        for rest in [" 495–502", " 12 890–904 (1999)", " 12", " vol 3 Springer"] {
            assert!(!volume_and_pages_close(rest), "{rest}");
        }
    }

    #[test]
    fn abbreviations_are_told_from_title_words() {
        assert!(abbreviations_only("J. Phys"));
        assert!(abbreviations_only("Phys"));
        assert!(abbreviations_only("Commun. Math"));
        assert!(!abbreviations_only("models J. Phys"));
        assert!(!abbreviations_only("Quantum"));
        assert!(!abbreviations_only(""));
    }

    #[test]
    fn a_journals_abbreviated_head() {
        let text = "Advanced LIGO Class. Quantum Grav. 32 074001";
        let start = text.find("Class").unwrap();
        assert!(abbreviated_head(text, start, start + 5));
        let text = "seismometry Bull. Seismol. Soc. Am. 105";
        let start = text.find("Bull").unwrap();
        assert!(abbreviated_head(text, start, start + "Bull. Seismol".len()));
        // No stop after it, a lower-case word, an initial: no abbreviated head.
        let text = "Advanced LIGO Class Quantum Grav. 32";
        assert!(!abbreviated_head(text, 14, 19));
        assert!(!abbreviated_head("in the mind. Phys. 3", 7, 11));
        assert!(!abbreviated_head("by A. Phys. 3", 3, 4));
    }

    /// The Institute of Physics' style runs the title into the journal with no mark between:
    /// the rules' title, cut at the journal's first stop, gives its abbreviations back.
    #[test]
    fn an_unpunctuated_journal_after_the_title_keeps_its_first_abbreviations() {
        let parse =
            |t: &str| crate::reference::parse::parse_with(t, super::super::super::MODEL_FIELDS);
        let r = parse("Okafor A and Lind B 2012 Tidal mixing in shallow estuaries J. Phys. A: Math. Theor. 45 125301");
        assert_eq!(
            r.title.as_deref(),
            Some("Tidal mixing in shallow estuaries")
        );
        assert_eq!(r.container.as_deref(), Some("J. Phys. A: Math. Theor"));
        assert_eq!(r.volume.as_deref(), Some("45"));
        let r = parse(
            "Novak C 2015 Vortex lattices in rotating condensates Phys. Rev. Lett. 114 045301",
        );
        assert_eq!(
            r.title.as_deref(),
            Some("Vortex lattices in rotating condensates")
        );
        assert_eq!(r.container.as_deref(), Some("Phys. Rev. Lett"));
    }

    /// The same style's books: the imprint in brackets after the title, unpunctuated.
    #[test]
    fn an_imprint_in_brackets_after_the_title_is_no_part_of_it() {
        let parse =
            |t: &str| crate::reference::parse::parse_with(t, super::super::super::MODEL_FIELDS);
        let r = parse("Okafor A B and Lind C 1958 Estuaries (Moscow: Harbour Institute) Sect. 37");
        assert_eq!(r.title.as_deref(), Some("Estuaries"));
        assert_eq!(r.location.as_deref(), Some("Moscow"));
        assert_eq!(r.publisher.as_deref(), Some("Harbour Institute"));
    }
}
