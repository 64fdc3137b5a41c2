//! The rules' editors bounded by the model's: a list the rules read on past the names into
//! an organisation or a publisher ("edited by Sarah Loff, National Aeronautics and Space
//! Administration" read as Loff, Aeronautics, Administration) keeps the names the model reads
//! as editors; a container the model read that is only the editors' names is none.

use super::super::re;
use super::super::tail::{may_hold_other_language_mark, OTHER_LANGUAGE_MARKS};
use super::super::translators::{mark_before_names, may_name_translators};
use super::{bare, fold, names_of, Field, Segments, Spans};
use crate::reference::fields::{is_publisher_word, Label};
use crate::reference::given_names::is_given_name;
use crate::reference::names::is_initials;
use crate::reference::words::{is_organisation_word, role_in_brackets, EDITOR_ROLE};
use crate::reference::{Name, Reference};
use crate::span::floor_char_boundary;
use crate::text::strip_word_suffix;
use regex::Regex;
use std::ops::Range;
use std::sync::LazyLock;

/// An editors' mark in another language than English opening a piece, a capital after it.
static OTHER_LANGUAGE_EDITED_BY: LazyLock<Regex> = LazyLock::new(|| {
    re(
        &format!(r"(?:^|[.,;(]\s+)(?:{OTHER_LANGUAGE_MARKS})\s+\p{{Lu}}"),
        "OTHER_LANGUAGE_EDITED_BY",
    )
});

impl Segments<'_> {
    /// Editors named after a mark the model was not trained on ("Hg. von Jens Timmermann.",
    /// "a cura di Robert Di Marco,"), read into a title's or container's run: from the mark to
    /// the run's end they are editors.
    pub(super) fn mend_other_language_editors(&mut self) {
        if !may_hold_other_language_mark(self.text.as_bytes()) {
            return;
        }
        let mut i = 0;
        while i < self.runs.len() {
            let (label, mut run) = self.runs[i].clone();
            let named = |l: &Label| matches!(l, Label::Title | Label::Container);
            let mut found = named(&label)
                .then(|| OTHER_LANGUAGE_EDITED_BY.find(&self.text[run.clone()]))
                .flatten();
            // A mark the model split between two runs ("La mémoire des lieux, éd." + "par
            // Francesca Hoffmann,"): the two are read as one.
            if found.is_none() && named(&label) {
                if let Some((next_label, next)) = self.runs.get(i + 1).cloned() {
                    let joined = run.start..next.end;
                    found = (named(&next_label)
                        && self.text[run.end..next.start].trim().is_empty())
                    .then(|| OTHER_LANGUAGE_EDITED_BY.find(&self.text[joined.clone()]))
                    .flatten()
                    .filter(|m| m.start() < run.len() && m.end() > next.start - run.start);
                    if found.is_some() {
                        self.runs[i].1 = joined.clone();
                        self.runs.remove(i + 1);
                        run = joined;
                    }
                }
            }
            if let Some(m) = found {
                let value = &self.text[run.clone()];
                let lead = value[m.start()..].len()
                    - value[m.start()..]
                        .trim_start_matches([',', '.', ';', '(', ' '])
                        .len();
                let at = run.start + m.start() + lead;
                if at == run.start {
                    self.runs[i].0 = Label::Editor;
                } else {
                    self.runs[i].1.end = run.start + m.start() + 1;
                    self.runs.insert(i + 1, (Label::Editor, at..run.end));
                    i += 1;
                }
                // The names go on into the next title's or container's run until a piece
                // ends ("Sous la direction de Géraldine" + "Barron et Pauline Le").
                while i + 1 < self.runs.len()
                    && matches!(self.runs[i + 1].0, Label::Title | Label::Container)
                    && !self.text[self.runs[i].1.clone()]
                        .trim_end()
                        .ends_with(['.', ',', ';'])
                {
                    self.runs[i].1.end = self.runs[i + 1].1.end;
                    self.runs.remove(i + 1);
                }
            }
            i += 1;
        }
    }

    /// An editors' run the model carried one word past the role closing the list, onto the
    /// book's first word ("In: Marsh C, editor. Harbour" + "studies.", "in B. Okafor, ed.
    /// Harbour" + "studies."): the word opens the next run, a title's, container's or note's.
    /// Only a capitalised word, after "editor(s)" or "ed(s)."
    /// with a comma and names with initials before it (not "ed. Bo Okafor", the role before
    /// the names).
    pub(super) fn mend_editor_tails(&mut self) {
        for i in 0..self.runs.len().saturating_sub(1) {
            let (Label::Editor, run) = &self.runs[i] else {
                continue;
            };
            let (next_label, next) = &self.runs[i + 1];
            if !matches!(next_label, Label::Title | Label::Container | Label::Note)
                || !self.text[run.end..next.start].trim().is_empty()
            {
                continue;
            }
            let value = &self.text[run.clone()];
            let Some((head, last)) = value.trim_end().rsplit_once(' ') else {
                continue;
            };
            let Some((names, role)) = head.rsplit_once(' ') else {
                continue;
            };
            let closes = names.ends_with(',')
                && names
                    .split_whitespace()
                    .any(|w| is_initials(w.trim_end_matches(',')))
                && ["editor.", "editors.", "ed.", "eds.", "editor,", "editors,"]
                    .iter()
                    .any(|r| role.eq_ignore_ascii_case(r));
            let word =
                last.starts_with(char::is_uppercase) && last.chars().all(char::is_alphabetic);
            if closes && word {
                let (end, start) = (
                    run.start + head.len(),
                    run.start + value.trim_end().len() - last.len(),
                );
                self.runs[i].1.end = end;
                self.runs[i + 1].1.start = start;
            }
        }
    }

    /// A chapter's book read as the title where the model ran the author over the chapter's
    /// own title ("Okafor B, Lind C. Tides." + "In: Kim R and Haas L (eds.)" + "Coastal
    /// Histories."): a title's run right after editors opened by "In", right after the
    /// author's, is the book, the container.
    pub(super) fn mend_books_read_as_titles(&mut self) {
        let Some(i) = self.runs.iter().position(|(l, _)| *l == Label::Title) else {
            return;
        };
        // The author's run right before the editors'.
        let (Some((Label::Author, _)), Some((Label::Editor, editors))) = (
            i.checked_sub(2).map(|a| &self.runs[a]),
            i.checked_sub(1).map(|e| &self.runs[e]),
        ) else {
            return;
        };
        // "In" with its capital ("in: A. Connes (Eds.), Les Houches Lectures" names no title of
        // its own: the book is read as the title there).
        let opened = self.text[editors.clone()]
            .trim_start()
            .strip_prefix("In")
            .is_some_and(|r| r.starts_with([' ', ':']));
        if opened {
            self.runs[i].0 = Label::Container;
        }
    }

    /// An editor's initials the model read as the end of the book's run before the names
    /// (IEEE's "in Handbook of Coastal Engineering, J." + "Stein, Ed."): after the run's last
    /// comma, initials alone, and the editors' run right after; they open the editors' run.
    pub(super) fn mend_initials_before_editors(&mut self) {
        for i in 1..self.runs.len() {
            let (Label::Editor, run) = &self.runs[i] else {
                continue;
            };
            let (before_label, before) = &self.runs[i - 1];
            if !matches!(before_label, Label::Container | Label::Title)
                || !self.text[before.end..run.start].trim().is_empty()
            {
                continue;
            }
            let value = self.text[before.clone()].trim_end();
            let Some((head, initials)) = value.rsplit_once(", ") else {
                continue;
            };
            let all_initials = !initials.is_empty()
                && initials.ends_with('.')
                && initials.split_whitespace().all(is_initials);
            if all_initials && head.contains(char::is_alphabetic) {
                let at = before.start + head.len() + 2;
                self.runs[i - 1].1.end = before.start + head.len() + 1;
                self.runs[i].1.start = at;
            }
        }
    }

    /// The words of a chapter's book: after the chapter's title, an editors' run ("In A. Name
    /// (Eds.),"), then runs of title, note or container up to the next field of another kind.
    pub(super) fn book_after_editors(&self) -> Option<Range<usize>> {
        let title = self.runs.iter().position(|(l, _)| *l == Label::Title)?;
        let editors = title
            + self.runs[title..]
                .iter()
                .position(|(l, _)| *l == Label::Editor)?;
        // "In Handbook of Combinatorics, R. Graham ..., Eds.,": the book was named before
        // its editors; what follows them is no part of it.
        if self.runs[title..editors]
            .iter()
            .any(|(l, _)| *l == Label::Container)
        {
            return None;
        }
        let mut book: Option<Range<usize>> = None;
        for (label, run) in &self.runs[editors + 1..] {
            match label {
                // A bracketed note after the book's title is an edition or a medium ("(2nd
                // edn),"), not the title's.
                Label::Note if self.text[run.clone()].starts_with(['(', '[']) => break,
                // So is a note that is an edition alone ("Schiff's Diseases of the Liver." +
                // "8th ed."), Vancouver's.
                Label::Note if edition_alone(&self.text[run.clone()]) => break,
                Label::Title | Label::Note | Label::Container => {
                    let start = book.as_ref().map_or(run.start, |b| b.start);
                    book = Some(start..run.end);
                }
                Label::Other if !self.text[run.clone()].contains(char::is_alphanumeric) => {}
                _ => break,
            }
        }
        book
    }
}

/// Is `note` an edition and nothing else ("8th ed.", "Second edition,")?
fn edition_alone(note: &str) -> bool {
    super::super::tail::EDITION.find(note).is_some_and(|m| {
        m.start() == 0
            && note[m.end()..]
                .trim_matches(['.', ',', ';', ' '])
                .is_empty()
    })
}

/// Drops the rules' editors whose family name lies in none of the model's editor runs, when
/// the first of them lies in one (so the two read the same list) and at least one is dropped
/// only after it (a list cut short at its end, never a list the model read elsewhere), and
/// what is dropped holds an organisation's or a publisher's word.
pub(super) fn within_model(r: &mut Reference, segs: &Segments<'_>) {
    if r.editors.len() < 2 {
        return;
    }
    let runs = segs.folded(Label::Editor);
    if runs.is_empty() {
        return;
    }
    let inside: Vec<bool> = r
        .editors
        .iter()
        .map(|n| {
            let family = fold(n.family());
            !family.is_empty() && runs.iter().any(|run| run.contains(&family))
        })
        .collect();
    // The names the model reads make a head of the list; the rest ran on.
    let kept = inside.iter().take_while(|&&i| i).count();
    let titled = r
        .editors
        .iter()
        .any(|n| n.given().is_some_and(|g| g.contains(':')) || n.family().contains(':'));
    if titled && !inside.iter().any(|&i| i) {
        // None of them in the model's one run, and a title's colon in them: the rules read
        // the editors' mark the wrong way ("Marcus Hartner and Marion Schulte, eds. Migration
        // in Context: Literature, Culture & Language." read as Literature, Culture,
        // Language); the model's run, when it reads as people's names, is the list.
        let mut model = segs.runs.iter().filter(|(l, _)| *l == Label::Editor);
        if let (Some((_, run)), None) = (model.next(), model.next()) {
            let names = names_of(&segs.text[run.clone()], false).0;
            if !names.is_empty() && !names.iter().any(|n| n.is_literal()) {
                r.editors = names;
            }
        }
        return;
    }
    if kept == 0 || inside[kept..].iter().any(|&i| i) {
        return;
    }
    // What ran on names an organisation or a publisher, not people the model's run left out
    // ("... edited by Regina Blaszczyk and" + "Philip Scranton.").
    let organisation = r.editors[kept..].iter().any(|n| {
        n.cite_name()
            .split([' ', ','])
            .chain(n.given().unwrap_or("").split([' ', ',']))
            .any(|w| is_organisation_word(w) || is_publisher_word(w))
    });
    if !organisation {
        return;
    }
    // The model's run read again as names, when it holds the names kept and more ("edited by
    // Gibson R. L. and Reimold W. U. Boulder: Geological Society" read as Gibson, then
    // "Reimold W. U. Boulder: Geological Society of America"): the names the rules' reading
    // ran together are its.
    let first = fold(r.editors[0].family());
    let again = segs
        .runs
        .iter()
        .filter(|(l, _)| *l == Label::Editor)
        .zip(&runs)
        .find(|(_, folded)| folded.contains(&first))
        .map(|((_, run), _)| names_of(&segs.text[run.clone()], false).0)
        .filter(|names| names.len() > kept && !names.iter().any(|n| n.is_literal()));
    match again {
        Some(names) => r.editors = names,
        None => r.editors.truncate(kept),
    }
}

/// Editors the rules missed ("In K. Brown (gen. ed.),", "Ugo Piovano (ed.)"): the model's
/// first run marked as editors, when its run reads as names.
pub(super) fn missed(r: &mut Reference, segs: &Segments<'_>, spans: &Spans) {
    let is_marked =
        |(l, run): &&(Label, Range<usize>)| *l == Label::Editor && marked(segs.text, run.clone());
    let Some((_, run)) = segs.runs.iter().find(is_marked) else {
        return;
    };
    let names = names_of(&segs.text[run.clone()], false).0;
    if !read_elsewhere(&segs.text[run.clone()], &names) {
        r.editors = names;
        // A volume cited by its editors ("Rivers. In Lindqvist and Barre, 88–104."), which
        // the rules read as the container, all of the run after its "In": no container but
        // the editors, two at least (one word may be a meeting's: "In NeurIPS, 2019.").
        let after_in = segs.text[run.clone()]
            .trim_start()
            .strip_prefix("In ")
            .and_then(bare);
        if r.editors.len() >= 2
            && after_in.is_some_and(|names| r.container.as_deref() == Some(names.as_str()))
            && editors_only(&r.editors, r.container.as_deref())
        {
            r.container = None;
        }
    }
    // The rules' title ran on over the first of them ("The Prelude, Jonathan Wordsworth" + ",
    // M. H. Abrams, and Stephen Gill (eds.)"): it ends before them.
    if let Some(title) = spans.at[Field::Title as usize].clone() {
        if title.start < run.start && run.start < title.end {
            let text = segs.text;
            if let Some(t) = title_before(&text[title.start..run.start])
                .filter(|_| opens(&text[run.clone()], &r.editors))
            {
                r.title = bare(t);
            }
        }
    }
}

/// Is the model's editor run `run` (read as `names`) something other than editors: a
/// translator's mark opening it with no editor's ("Translated by Edward Robeson Taylor. 5th
/// ed.", which the "ed." after it marked), or a title's colon inside a name ("In Essays:
/// Critical and Clinical, translated by ...")?
pub(super) fn read_elsewhere(run: &str, names: &[Name]) -> bool {
    let translated = may_name_translators(run)
        && mark_before_names(run).is_some_and(|(mark, names)| {
            !run[..mark].contains(char::is_alphabetic) && !EDITOR_CUE.is_match(&run[..names])
        });
    let titled = names
        .iter()
        .any(|n| title_colon(n.family()) || n.given().is_some_and(title_colon));
    translated || titled
}

/// Does a part of a name hold a title's colon: one outside brackets, after a word other than
/// "In" ("Essays: Critical" is a title; "in: Mates" and "Benjamin (auch: Binyamin" are not)?
fn title_colon(part: &str) -> bool {
    part.match_indices(':').any(|(at, _)| {
        let before = part[..at].trim_end();
        let word = before
            .rsplit(|c: char| !c.is_alphabetic())
            .next()
            .unwrap_or("");
        before.matches('(').count() <= before.matches(')').count()
            && !word.is_empty()
            && !word.eq_ignore_ascii_case("in")
    })
}

/// Is the model's editor run at `run` of `text` marked as editors: an editor's word in it or
/// near it ("In K. Brown (gen. ed.),", "Ugo Piovano (ed.)", "edited by", "(Hrsg.)", "a cura
/// di", "Éditeurs :"), or "In" (German "in:", French "Dans") right before its names ("In:
/// Pharr, Susan J.; Putnam, Robert D.: Disaffected Democracies")? Where the rules found no
/// editors, a run with neither is a slip of the model more often than names: performers
/// ("Perf. John Travolta, ..."), a book's subtitle, a French publisher ("ED Rageot-Hatier").
pub(super) fn marked(text: &str, run: Range<usize>) -> bool {
    let is_in = |w: &str| ["in", "dans", "en"].contains(&w.to_lowercase().as_str());
    let opening = text[run.clone()]
        .split(|c: char| c.is_whitespace() || c == ':')
        .next()
        .is_some_and(is_in);
    let word_before = text[..run.start]
        .trim_end_matches(|c: char| c.is_whitespace() || c == ':' || c == ',')
        .rsplit(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    if opening || is_in(word_before) {
        return true;
    }
    // After "by" or "par" the mark may stand a few words back ("études réunies et présentées
    // par Serge Stolf").
    let reach = if ["by", "par"].contains(&word_before) {
        48
    } else {
        16
    };
    let from = floor_char_boundary(text, run.start.saturating_sub(reach));
    let to = floor_char_boundary(text, run.end + 24);
    EDITOR_CUE.is_match(&text[from..to])
}

/// Is the rules' container `rules` a chapter's book, written right after its editors' role in
/// brackets ("(eds.): The Dynamic Firm. Oxford."), of which the model's container `model` is
/// only a part ("The Dynamic", "Corporate Change in a Global Economy" of "Embeddedness &
/// Corporate Change in a Global Economy")? The mark settles where the book starts, and the
/// rules end it at its sentence's stop. The words the model left out hold no comma, colon,
/// bracket, digit or publisher's word: those are the rules running on over an imprint, pages
/// or a volume ("Computer Aided Geometric Design, Academic Press, New York", "... (S. 37-60)",
/// "Understanding Poverty Oxford University Press"). Where the book starts in `text`, if so.
pub(super) fn book_after_role(rules: &str, model: Option<&str>, text: &str) -> Option<usize> {
    let model = model.filter(|m| m.len() >= 3 && m.len() < rules.len())?;
    let inside = rules.find(model)?;
    let left_out = [&rules[..inside], &rules[inside + model.len()..]];
    if left_out.iter().any(|s| {
        s.contains([',', ':', ';', '(', '['])
            || s.contains(|c: char| c.is_ascii_digit())
            || s.split_whitespace().any(is_publisher_word)
    }) {
        return None;
    }
    let at = text.find(rules)?;
    ROLE_BEFORE.is_match(&text[..at]).then_some(at)
}

/// An editor's role in brackets closing the text before a book: "(eds.): ", "(Hg.) ".
static ROLE_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        &format!(r"{}\s*[:,.]?\s*$", role_in_brackets()),
        "ROLE_BEFORE",
    )
});

/// An editor's word: the roles the rules read after names ([`EDITOR_ROLE`]), and the words
/// that name editors before them ("edited by", "compiled by", "herausgegeben von",
/// "Éditeurs :", "études réunies par").
static EDITOR_CUE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        &format!(
            r"(?i)\b(?:{EDITOR_ROLE}|edited(?:by)?|compiled|compilers?|herausgegeben|éd(?:s|iteurs?)?|réunie?s)\b"
        ),
        "EDITOR_CUE",
    )
});

/// Is `value` the editors' names and nothing else ("Glotfelty and Fromm": a chapter citing
/// its volume by its editors, which the model may read as a container; "Perloff and Charles
/// Junkerman", the model's container cut from "edited by Marjorie Perloff and ...")? Given
/// names count among the words of a list, but one family name at least must be there, and every
/// word is capitalised (a title the rules took for a name is no editor's).
pub(super) fn editors_only(editors: &[Name], value: Option<&str>) -> bool {
    let Some(value) = value.filter(|_| !editors.is_empty()) else {
        return false;
    };
    // Given names in a list, or a known given name or initials ("Aquatic Invertebrate
    // Bioassays" is no editor's name, even where the rules took it for one).
    let list = value.contains([',', '&', ';']) || value.contains(" and ");
    let mut family = false;
    value
        .split([' ', ',', ';'])
        .filter(|w| !w.is_empty() && !matches!(*w, "and" | "&"))
        .all(|w| {
            if !w.starts_with(char::is_uppercase) {
                return false;
            }
            let of_family = editors
                .iter()
                .any(|e| e.family().split(' ').any(|f| f == w));
            family |= of_family;
            of_family
                || ((list || is_given_name(w) || is_initials(w))
                    && editors.iter().any(|e| {
                        // "SANTOS, R" of the editor "SANTOS, R.": the stop the value lost.
                        e.given().is_some_and(|g| {
                            g.split(' ')
                                .any(|g| g.trim_end_matches('.') == w.trim_end_matches('.'))
                        })
                    }))
        })
        && family
}

/// Does the editors' run `run` (after an "In") open with the first of `editors`, by a word of
/// their given or family name ("Jonathan Wordsworth, M. H. Abrams, ..."; not "Olefin Polymers
/// Editors R. A. Raff", where the run opens inside a title)?
pub(super) fn opens(run: &str, editors: &[Name]) -> bool {
    let Some(first) = editors.first() else {
        return false;
    };
    // A person's name: given names that are initials or known given names ("Universalgeschichtliche
    // Analysen" is no name).
    let person = first.given().is_some_and(|g| {
        g.split_whitespace()
            .all(|w| is_initials(w) || is_given_name(w.trim_end_matches(['.', ','])))
    });
    if first.is_literal() || !person {
        return false;
    }
    let mut words = run
        .split(|c: char| c.is_whitespace() || c == ':')
        .filter(|w| !w.is_empty())
        .skip_while(|w| w.eq_ignore_ascii_case("in") || w.eq_ignore_ascii_case("dans"));
    let Some(word) = words.next() else {
        return false;
    };
    let word = word.trim_end_matches([',', ';']);
    let name_words = first.given().into_iter().chain([first.family()]);
    name_words
        .flat_map(str::split_whitespace)
        .any(|w| w == word)
}

/// A title that ran on over the editors after it, cut where they start: without a role word
/// closing it ("... Civil Society edited by", "... Oncology by") and the marks before them.
/// `None` where the editors are the title's own ("..., as edited by J. Benzing"), or nothing
/// is left.
pub(super) fn title_before(title: &str) -> Option<&str> {
    let t = title.trim_end_matches(|c: char| c.is_whitespace() || matches!(c, ',' | ';' | ':'));
    let without = |role: &str| strip_word_suffix(t, role);
    if without("as edited by").is_some() {
        return None;
    }
    let t = [
        "edited by",
        "ed. by",
        "hrsg. von",
        "herausgegeben von",
        "by",
    ]
    .into_iter()
    .find_map(without)
    .unwrap_or(t);
    let t = t.trim_end_matches(|c: char| {
        c.is_whitespace() || matches!(c, ',' | ';' | ':' | '–' | '—' | '-')
    });
    (!t.is_empty()).then_some(t)
}

#[cfg(test)]
mod tests {
    use super::super::tests::labelled;
    use super::*;

    #[test]
    fn editors_after_another_languages_mark_leave_the_title() {
        use Label::{Container, Editor, Location, Publisher, Title};
        let mended = |parts: &[(Label, &str)]| {
            super::super::run_tests::mended_runs(parts, |s| s.mend_other_language_editors())
        };
        let got = mended(&[
            (
                Title,
                "Kritik der reinen Vernunft. Hg. von Jens Timmermann.",
            ),
            (Location, "Hamburg:"),
        ]);
        let want = [
            (Title, "Kritik der reinen Vernunft."),
            (Editor, "Hg. von Jens Timmermann."),
            (Location, "Hamburg:"),
        ];
        assert_eq!(got, want.map(|(l, s)| (l, s.to_string())));
        let got = mended(&[
            (
                Title,
                "Intégrer des ressources. Sous la direction de Géraldine",
            ),
            (Container, "Barron et Pauline Le"),
            (Publisher, "Goff-Janton. Presses de l'Enssib,"),
        ]);
        assert_eq!(
            got[1],
            (
                Editor,
                "Sous la direction de Géraldine Barron et Pauline Le".to_string()
            )
        );
        assert_eq!(got[2].0, Publisher);
        let got = mended(&[
            (Title, "Lesekultur."),
            (Container, "Hrsg. v. Mireille Serrano."),
        ]);
        assert_eq!(got[1], (Editor, "Hrsg. v. Mireille Serrano.".to_string()));
        // The mark split between two runs.
        let got = mended(&[
            (Title, "La mémoire des lieux, éd."),
            (Container, "par Nadia Lefort,"),
            (Location, "Lausanne,"),
        ]);
        let want = [
            (Title, "La mémoire des lieux,"),
            (Editor, "éd. par Nadia Lefort,"),
            (Location, "Lausanne,"),
        ];
        assert_eq!(got, want.map(|(l, s)| (l, s.to_string())));
        let got = mended(&[
            (Title, "Die Rückkehr der Regionen, hrsg."),
            (Container, "von Heinz Lind,"),
        ]);
        assert_eq!(got[1], (Editor, "hrsg. von Heinz Lind,".to_string()));
        // A title's own words: no mark, no editors.
        let got = mended(&[
            (Title, "Die Cura di Roma. Hg und Recht."),
            (Location, "Rom:"),
        ]);
        assert_eq!(got.len(), 2);
    }

    #[test]
    fn a_chapters_book_ends_before_an_edition_alone() {
        use Label::{Author, Container, Editor, Note, Publisher, Title};
        let (text, runs) = labelled(&[
            (Author, "Lind MP."),
            (Title, "Tidal hepatitis."),
            (Editor, "In: Okafor ER, Marsh MF, editors."),
            (Container, "Diseases of the Harbour."),
            (Note, "8th ed."),
            (Publisher, "Lind Publishers,"),
        ]);
        let segs = Segments { text: &text, runs };
        let book = segs.book_after_editors().unwrap();
        assert_eq!(&text[book], "Diseases of the Harbour.");
        // A note of other words is the book's.
        let (text, runs) = labelled(&[
            (Title, "Tidal hepatitis."),
            (Editor, "In: Okafor ER, editor."),
            (Container, "Diseases of the Harbour."),
            (Note, "A Handbook."),
            (Publisher, "Lind Publishers,"),
        ]);
        let segs = Segments { text: &text, runs };
        let book = segs.book_after_editors().unwrap();
        assert_eq!(&text[book], "Diseases of the Harbour. A Handbook.");
        assert!(edition_alone("Second edition,") && !edition_alone("8th ed. Lind"));
    }

    #[test]
    fn the_books_first_word_after_the_editors_role() {
        use Label::{Editor, Pages, Title};
        let mend = |parts: &[(Label, &str)]| {
            super::super::run_tests::mended_runs(parts, |s| s.mend_editor_tails())
        };
        let got = mend(&[
            (Pages, "Pp. 45-67"),
            (Editor, "in B. Okafor, ed. Harbour"),
            (Title, "studies."),
        ]);
        assert_eq!(got[1], (Editor, "in B. Okafor, ed.".to_string()));
        assert_eq!(got[2], (Title, "Harbour studies.".to_string()));
        let got = mend(&[
            (Editor, "In: Marsh C, editor. Harbour"),
            (Title, "studies."),
        ]);
        assert_eq!(got[1], (Title, "Harbour studies.".to_string()));
        let got = mend(&[
            (Editor, "In: Marsh C, editors. A"),
            (Title, "history of tides."),
        ]);
        assert_eq!(got[1], (Title, "A history of tides.".to_string()));
        // The role before the names, or a name after it, stays.
        for parts in [
            [(Editor, "Harbour Studies, ed. Okafor"), (Title, "Tides.")],
            [(Editor, "Tides, ed. B. Okafor"), (Title, "Tides.")],
            [(Editor, "Okafor B, eds. 2nd"), (Title, "Tides.")],
        ] {
            assert_eq!(mend(&parts)[0], (Editor, parts[0].1.to_string()));
        }
    }

    #[test]
    fn an_editors_initials_closing_the_books_run() {
        use Label::{Container, Editor, Location, Title};
        let mend = |parts: &[(Label, &str)]| {
            super::super::run_tests::mended_runs(parts, |s| s.mend_initials_before_editors())
        };
        let got = mend(&[
            (Title, "\"Wave models,\""),
            (Container, "in Handbook of Coastal Engineering, J. R."),
            (Editor, "Stein, Ed."),
            (Location, "Berlin:"),
        ]);
        assert_eq!(
            got[1],
            (Container, "in Handbook of Coastal Engineering,".to_string())
        );
        assert_eq!(got[2], (Editor, "J. R. Stein, Ed.".to_string()));
        // A word after the comma is the book's.
        let parts = [
            (Container, "in Handbook of Coastal Engineering, Vol."),
            (Editor, "Stein, Ed."),
        ];
        assert_eq!(mend(&parts)[0], (Container, parts[0].1.to_string()));
    }
}
