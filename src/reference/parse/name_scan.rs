//! Where a name list with no date after it ends (MLA, IEEE, Vancouver): a scanner that walks it
//! word by word.

use super::cap;
use super::kind::is_year;
use super::segmented::imprint_run::number_label;
use crate::reference::fields::is_journal_word;
use crate::reference::given_names::is_given_name;
use crate::reference::names::{
    capitals_family_before, is_collaboration_word, is_initials, is_particle_prefixed,
    is_second_initial, is_two_letter_pinyin_family,
};
use crate::reference::words::{
    is_abbreviation, is_capitalised_word, is_connector, is_name_suffix, is_particle, is_title_start,
};
use regex::Regex;
use std::borrow::Cow;
use std::ops::ControlFlow;
use std::sync::LazyLock;

/// "for the", "on behalf of the": a group named after a list's people.
static GROUP_LEAD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:for|on behalf of)\s+(?:the\s+)?\S").expect("GROUP_LEAD is a valid regex")
});

/// Words looked at: a name list is shorter, and a text of more words is never a list alone.
const MAX_WORDS: usize = 400;

/// Walk a name list from the start of `text`; return the byte offset where it ends (0: none).
pub(super) fn scan_names(text: &str) -> usize {
    NameScanner::new(text).run()
}

/// Where the scanner stands within one name.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Default)]
enum NameState {
    /// Between names: the next word starts one.
    #[default]
    Start,
    /// In a name that has a whole word (a family or given name).
    HasWord,
    /// In a name that so far has only initials ("J. A.").
    OnlyInitials,
    /// After "Family," in an inverted name: given names or initials follow.
    Given,
}

/// The name being read.
#[derive(Debug, Default)]
struct NameSoFar {
    state: NameState,
    /// Its words so far.
    words: usize,
    /// Its leading particles ("van der" of "van der Mast,").
    particles: usize,
    /// Its particles anywhere ("van der" of "C. W. M. van der Geld").
    particle_words: usize,
    /// It opened with initials, or after "and" (then it is a name whatever its form).
    has_initials: bool,
    /// It came after "and".
    connected: bool,
}

/// One word of the list, as the steps look at it.
#[derive(Debug)]
struct Word<'w> {
    /// As written, initials in brackets unbracketed ("(M.I.)," → "M.I.,").
    text: &'w str,
    /// Without the punctuation around it.
    core: &'w str,
    /// `core` in lower case.
    lower: Cow<'w, str>,
    /// The first character of `core`.
    first: char,
    /// The last character, closing quotes and brackets aside: the separator after the word.
    trailing: char,
    /// Byte offset of the word's end in the scanned text.
    end: usize,
    /// The next two words, as written.
    next: Option<&'w str>,
    after_next: Option<&'w str>,
}

impl<'w> Word<'w> {
    fn new(text: &'w str, end: usize, next: Option<&'w str>, after_next: Option<&'w str>) -> Self {
        let core = text.trim_matches(|c: char| !c.is_alphanumeric());
        let lower: Cow<'_, str> = if core.chars().any(char::is_uppercase) {
            Cow::Owned(core.to_lowercase())
        } else {
            Cow::Borrowed(core)
        };
        let trailing = text
            .trim_end_matches(['"', '”', '’', ')'])
            .chars()
            .last()
            .unwrap_or(' ');
        Word {
            text,
            core,
            first: core.chars().next().unwrap_or(' '),
            lower,
            trailing,
            end,
            next,
            after_next,
        }
    }
}

/// A word that may belong to a name (not punctuation alone, "and" or "et al."), with what
/// kind of name word it is.
#[derive(Debug)]
struct NameWord<'w> {
    word: Word<'w>,
    /// A run of initials ("J.", "JA", "J.-P.").
    initials: bool,
    /// A generational suffix ("Jr", "III").
    suffix: bool,
}

impl<'w> NameWord<'w> {
    fn new(word: Word<'w>) -> Self {
        // The word as written is asked about only where it differs from its core ("J.," and
        // "J"; not "Smith," and "Smith").
        let written = word.text.trim_end_matches([',', ';', ':']);
        let initials = is_initials(word.core) || (written != word.core && is_initials(written));
        // "LI, X.", "ALY (M.I.),": a short family name in capitals, no stop of its own,
        // before initials with theirs.
        let family_in_capitals = initials
            && written == word.core
            && word.next.is_some_and(|n| {
                let before = |n: &str| {
                    capitals_family_before(word.core, n.trim_end_matches([',', ';', ':']))
                };
                (word.trailing == ',' && before(n))
                    || bracketed_initials(n).is_some_and(|n| before(&n))
            });
        // "LI Ming,": a two-letter Chinese family name before a given name in mixed case,
        // nothing between them ("Fitzcharles MA: Alternative ..." closes a name).
        let pinyin_family = initials
            && word.text == word.core
            && is_two_letter_pinyin_family(word.core)
            && word
                .next
                .is_some_and(|n| n.chars().skip(1).any(char::is_lowercase));
        let initials = initials && !family_in_capitals && !pinyin_family;
        let suffix = matches!(
            &*word.lower,
            "jr" | "sr" | "ii" | "iii" | "iv" | "2nd" | "3rd" | "4th"
        );
        NameWord {
            word,
            initials,
            suffix,
        }
    }
}

impl<'w> std::ops::Deref for NameWord<'w> {
    type Target = Word<'w>;

    fn deref(&self) -> &Word<'w> {
        &self.word
    }
}

/// Walks a name list word by word ([`NameScanner::step`]), one name at a time, and says where
/// the list ends: after the last name it could complete, or where a title or the source starts.
#[derive(Debug)]
struct NameScanner<'t> {
    text: &'t str,
    /// Byte spans of the words read so far, of the first [`MAX_WORDS`]: found as the scan
    /// reaches them ([`Self::has_word`]), as most lists end a few words into a longer text.
    words: Vec<(usize, usize)>,
    /// Where the search for the next word starts.
    next_word: usize,
    name: NameSoFar,
    /// Names completed.
    names: usize,
    /// End of the last complete name with its separator: where the list ends if the next word
    /// breaks it.
    last_sep_end: usize,
    /// The first name's form: after "J. Smith", a name not starting with initials ends the list.
    first_has_initials: bool,
    /// The first name was written family first ("Wagner, Richard,").
    first_inverted: bool,
    /// A Vancouver list ("Slyker JA, Casper C,"): names end with undotted initials.
    vancouver: bool,
    /// "and" came last: the next name is a name whatever its form.
    after_connector: bool,
    /// The last word was "et" (of "et al.").
    after_et: bool,
}

impl<'t> NameScanner<'t> {
    fn new(text: &'t str) -> Self {
        NameScanner {
            text,
            words: Vec::new(),
            next_word: 0,
            name: NameSoFar::default(),
            names: 0,
            last_sep_end: 0,
            first_has_initials: false,
            first_inverted: false,
            vancouver: false,
            after_connector: false,
            after_et: false,
        }
    }

    fn run(mut self) -> usize {
        let mut i = 0;
        while self.has_word(i) {
            if let ControlFlow::Break(end) = self.step(i) {
                return end;
            }
            i += 1;
        }
        self.finish()
    }

    /// Is there an `i`th word among the first [`MAX_WORDS`]? The words up to it are found.
    fn has_word(&mut self, i: usize) -> bool {
        while self.words.len() <= i && self.words.len() < MAX_WORDS {
            let Some(span) = next_word_span(self.text, &mut self.next_word) else {
                break;
            };
            self.words.push(span);
        }
        i < self.words.len()
    }

    /// The `i`th word as written.
    fn written(&mut self, i: usize) -> Option<&'t str> {
        self.has_word(i).then(|| {
            let (s, e) = self.words[i];
            &self.text[s..e]
        })
    }

    /// Read the `i`th word: go on, or stop with the offset where the list ends.
    fn step(&mut self, i: usize) -> ControlFlow<usize> {
        let (start, end) = self.words[i];
        let written = &self.text[start..end];
        // "Kefi (N.),", "ALY (M.I.),": initials in brackets after a family name.
        let unbracketed = if self.name.words > 0 {
            bracketed_initials(written)
        } else {
            None
        };
        let text = unbracketed.as_deref().unwrap_or(written);
        if text.starts_with(['"', '“', '«', '„', '‘', '*', '(', '[', '\'', '`']) {
            return ControlFlow::Break(self.title_opens(start));
        }
        let word = Word::new(text, end, self.written(i + 1), self.written(i + 2));
        let follows_et = std::mem::replace(&mut self.after_et, word.lower == "et");
        // A spaced dash or slash between names, as Italian and German lists write them
        // ("B.A. Stolz – R.S. Shannon", "Stroebe, W. / Hewstone, M."): "and"; a dash only
        // after a name with initials (not "FLORENNE, Yves - Le Monde": a name and a paper).
        if (text == "/" || (matches!(text, "–" | "—" | "-") && self.name.has_initials))
            && self.name.words > 0
            && word.next.is_some_and(|n| n.starts_with(char::is_uppercase))
        {
            return self.connector(&word);
        }
        if word.core.is_empty() {
            // Punctuation alone; "&" drops what was read of a name.
            if text == "&" {
                self.name = NameSoFar::default();
            }
            return ControlFlow::Continue(());
        }
        // Czech and Slovak "a kol." ("and others") ends the list as "et al." does.
        let kol = |n: &str| n.trim_end_matches(['.', ',']).eq_ignore_ascii_case("kol");
        if self.names + self.name.words > 0 && text == "a" && word.next.is_some_and(kol) {
            self.after_et = true;
            return ControlFlow::Continue(());
        }
        if word.lower == "kol" && follows_et {
            return self.et_al(&word);
        }
        // German "u. a." ("und andere"), "u.a.": the same.
        let others = |n: &str| n.trim_end_matches([',', ':', ';']) == "a.";
        if self.names + self.name.words > 0 && text == "u." && word.next.is_some_and(others) {
            self.after_et = true;
            return ControlFlow::Continue(());
        }
        let joined = text.trim_end_matches([',', ':', ';']) == "u.a.";
        if self.names + self.name.words > 0 && (joined || (follows_et && others(text))) {
            return self.et_al(&word);
        }
        // `lower` is in lower case, with no punctuation around it: "and", "und", "y", "et";
        // German lists write "und" as "u." ("H. u. R. Münz").
        let und = text == "u." && word.next.is_some_and(|n| n.starts_with(char::is_uppercase));
        if (is_connector(&word.lower) && word.core.len() == text.len()) || und {
            return self.connector(&word);
        }
        if word.lower == "al" && follows_et {
            return self.et_al(&word);
        }
        if self.names > 0 && self.name.words == 0 && matches!(word.core, "for" | "on") {
            if let Some(end) = self.group_tail(start) {
                return ControlFlow::Break(end);
            }
        }
        // "C. Patrick, A. G. Martin, J Appl Phys 1987", "E. Yablonovitch, J. Opt. Soc. Am.
        // 1982": a journal's abbreviation, not one more name, after the list's comma.
        if self.names > 0
            && self.name.words == 0
            && word.lower == "j"
            && word.next.is_some_and(|n| {
                // Not a second initial "J." ("and J. J. Weis, Phys. Rev. A"): "j" is a
                // journal's word too.
                n.starts_with(char::is_uppercase) && is_journal_word(n) && !is_initials(n)
            })
        {
            return ControlFlow::Break(self.last_sep_end);
        }
        // "Feynman R., Phys. Rev. Lett., 23", "Dehnen, W., Binney, J., Mon. Not. R. Astron.
        // Soc.": a journal's abbreviations after the list's comma; so is an initial opening
        // them ("W. Reisdorf, Z. Phys. A 300", "S. Dørheim, J. Instrum. 7").
        if self.names > 0
            && self.name.words == 0
            && (opens_journal(&word) || initial_opens_journal(&word))
        {
            return ControlFlow::Break(self.last_sep_end);
        }
        // "K. Mannheim and J. Rachen Phys. Rev. D63", "F. Stecker Phys. Rev. D72": a journal's
        // abbreviation right after a name written given name first, with no mark between,
        // opens the journal; the name ended before it.
        if self.name.words >= 2
            && self.name.has_initials
            && self.name.state == NameState::HasWord
            && word.trailing == '.'
            && word.first.is_uppercase()
            && (is_journal_word(word.core) || journal_with_numbers(&word))
            && !is_initials(word.core)
            && self.complete_name(true)
        {
            return ControlFlow::Break(self.words[i - 1].1);
        }
        // "G. Solon in Handbook of Labor Economics", "R. E. Marsh in Proceedings of ...":
        // chemistry's chapters name the book after "in" with no mark before it; the name
        // written given name first ended before it.
        if self.name.words >= 2
            && self.name.has_initials
            && self.name.state == NameState::HasWord
            && word.core == "in"
            && text == "in"
            && word.next.is_some_and(|n| n.starts_with(char::is_uppercase))
            // An initial with its stop before the family name ("A Course in ..." is a title).
            && i >= 2
            && self.text[self.words[i - 2].0..self.words[i - 2].1].ends_with('.')
            && self.complete_name(true)
        {
            return ControlFlow::Break(self.words[i - 1].1);
        }
        let mut word = NameWord::new(word);
        // "A. Yu. Smirnov", "V. Ya. Okun": Russian's two-letter initial after an initial, before
        // the family name (alone, "Yu." and "Ye." close Chinese names as often).
        if self.name.state == NameState::OnlyInitials
            && word.text.ends_with('.')
            && is_second_initial(word.text)
            && word
                .next
                .is_some_and(|n| n.starts_with(char::is_uppercase) && !is_initials(n))
        {
            word.initials = true;
        }
        if !self.continues_list(&word, i) {
            return ControlFlow::Break(self.last_sep_end);
        }
        self.add_word(&word)?;
        match word.trailing {
            ',' | ';' => self.comma(&word),
            ':' => ControlFlow::Break(self.colon(&word)),
            '.' => self.full_stop(&word),
            _ => ControlFlow::Continue(()),
        }
    }

    /// A quoted or emphasised title opens at `start`: the name before it is complete ("P. Yang
    /// and J. H. Chern "Design").
    fn title_opens(&mut self, start: usize) -> usize {
        let NameSoFar {
            state,
            words,
            has_initials,
            ..
        } = self.name;
        let in_whole_name =
            state == NameState::HasWord || (state == NameState::Given && words >= 2);
        if in_whole_name && self.complete_name(has_initials) {
            start
        } else {
            self.last_sep_end
        }
    }

    /// "and" between names: the name before it is complete.
    fn connector(&mut self, word: &Word<'_>) -> ControlFlow<usize> {
        if word.lower == "et"
            && word
                .next
                .is_some_and(|n| n.to_lowercase().starts_with("al"))
        {
            return ControlFlow::Continue(());
        }
        if self.names == 0 && self.name.words == 0 {
            return ControlFlow::Break(0);
        }
        if self.name.words > 0 && !self.complete_name(self.name.has_initials) {
            return ControlFlow::Break(self.last_sep_end);
        }
        self.after_connector = true;
        self.name = NameSoFar::default();
        ControlFlow::Continue(())
    }

    /// "et al." ends the list (or continues it with a comma).
    fn et_al(&mut self, word: &Word<'_>) -> ControlFlow<usize> {
        self.last_sep_end = word.end;
        if word.trailing == ',' {
            ControlFlow::Continue(())
        } else {
            ControlFlow::Break(word.end)
        }
    }

    /// Can `word`, the `i`th, stand in the list here: is it a name's word and opens no title?
    fn continues_list(&self, word: &NameWord<'_>, i: usize) -> bool {
        let name = &self.name;
        // "L’illusion", "l’équipe": an elided article before a common noun.
        let elided_article = {
            let mut chars = word.core.chars();
            matches!(chars.next(), Some('L' | 'l' | 'D' | 'd'))
                && matches!(chars.next(), Some('’' | '\''))
                && chars.next().is_some_and(char::is_lowercase)
        };
        let name_like = word.initials
            || word.suffix
            || (word.first.is_uppercase()
                && !elided_article
                && !word.core.chars().any(|c| c.is_ascii_digit()))
            || is_particle(&word.lower)
            // "CMS collaboration, ...", as INSPIRE writes a collaboration's name.
            || (name.words > 0 && is_collaboration_word(&word.lower))
            || (is_particle_prefixed(word.core)
                && (name.words == 0 || name.state == NameState::OnlyInitials));
        let title_start =
            is_title_start(&word.lower) && !is_particle(&word.lower) && !word.initials;
        // "Minh N Do.": a capitalised word closing a name is the family name.
        let closes_name = name.words > 0
            && word.first.is_uppercase()
            && matches!(word.trailing, '.' | ',')
            && name.state != NameState::Given;
        let starts_title = title_start
            && !closes_name
            && (matches!(name.state, NameState::Start | NameState::Given) || word.lower != "the");
        name_like && !(starts_title && !(i == 0 && word.lower == "the"))
    }

    /// Count `word` into the name being read; a name of more than five words ends the list.
    fn add_word(&mut self, word: &NameWord<'_>) -> ControlFlow<usize> {
        let name = &mut self.name;
        let particle = is_particle(&word.lower) && word.lower.chars().count() > 1;
        if name.words == name.particles && particle {
            name.particles += 1;
        }
        if particle {
            name.particle_words += 1;
        }
        name.words += 1;
        if name.words == 1 {
            // A name after "and" is a name whatever its form.
            name.has_initials = word.initials || self.after_connector;
            name.connected = self.after_connector;
            self.after_connector = false;
        }
        // Five words at most, particles aside ("C. W. M. van der Geld").
        if name.words > 5 + name.particle_words {
            return ControlFlow::Break(self.last_sep_end);
        }
        name.state = match name.state {
            NameState::Start if word.initials && word.trailing != ',' => NameState::OnlyInitials,
            NameState::Start => NameState::HasWord,
            NameState::OnlyInitials if !word.initials => NameState::HasWord,
            s => s,
        };
        ControlFlow::Continue(())
    }

    /// A comma or semicolon after `word`: "Family," of an inverted name, or a name's end.
    fn comma(&mut self, word: &NameWord<'_>) -> ControlFlow<usize> {
        let name = &self.name;
        let family_of_inverted = name.state == NameState::HasWord
            && name.words == name.particles + 1
            && word.trailing == ','
            && !word.initials
            && !word.suffix
            && (self.names == 0
                || !self.first_has_initials
                || word
                    .next
                    .is_some_and(|n| is_initials(n.trim_end_matches([',', ';']))));
        if family_of_inverted {
            // Given names follow.
            self.name.state = NameState::Given;
            return ControlFlow::Continue(());
        }
        if word.suffix && self.names > 0 && name.words == 1 {
            self.last_sep_end = word.end; // "Smith, J., Jr.,"
        } else {
            if word.initials && name.words >= 2 && !word.text.contains('.') {
                self.vancouver = true;
            }
            let inverted = name.state == NameState::Given || (word.initials && name.words >= 2);
            if self.names == 0 {
                self.first_inverted = inverted;
            } else if self.first_inverted
                && !inverted
                && !name.connected
                && !name.has_initials
                && self.title_ahead(word.end)
            {
                return ControlFlow::Break(self.last_sep_end);
            }
            let connected = self.name.connected;
            if !self.complete_name(self.name.has_initials) {
                return ControlFlow::Break(self.last_sep_end);
            }
            self.last_sep_end = word.end;
            // "A. Berg and B. Carr, J. Math. Phys. 12": the name after "and", written in its
            // direct order, is the last; what follows its comma is no name.
            // So is an inverted one with its initials closing it ("BEARD M., NORTH J. et
            // PRICE S., Religions de Rome").
            let closed_inverted = inverted && word.initials && self.first_inverted;
            if connected
                && self.names > 1
                && (closed_inverted || (!inverted && !self.first_inverted))
            {
                // "... and Robert P. Chase, Jr. Title": the name's suffix after its comma
                // closes the list.
                return ControlFlow::Break(self.suffix_after(word.end).unwrap_or(word.end));
            }
        }
        self.name = NameSoFar::default();
        ControlFlow::Continue(())
    }

    /// Where a generational suffix ("Jr.", "Sr.", "III") right after byte `at` ends, with its
    /// stop or comma.
    fn suffix_after(&self, at: usize) -> Option<usize> {
        let rest = &self.text[at..];
        let word = rest.split_whitespace().next()?;
        // Not an ordinal ("..., 4th Ed.": the edition).
        let suffix = is_name_suffix(word.trim_end_matches([',', ';']))
            && !word.starts_with(|c: char| c.is_ascii_digit());
        suffix.then(|| at + (rest.len() - rest.trim_start().len()) + word.len())
    }

    /// "Wagner, Richard, Mein Leben, ...": after an inverted first name, a name written
    /// given-first comes after "and" ("..., Manuel Hurtado and Kevin Pope"). Without "and"
    /// ahead, up to the sentence end, but with an imprint (a year, a group), the words from
    /// `from` on are the title.
    fn title_ahead(&self, from: usize) -> bool {
        let ahead = cap(&self.text[from..], 120);
        let ahead = ahead.split(". ").next().unwrap_or(ahead);
        let connector_ahead = ahead.split_whitespace().any(is_connector);
        let imprint_ahead = ahead.contains('(') || ahead.bytes().any(|b| b.is_ascii_digit());
        !connector_ahead && imprint_ahead
    }

    /// "…, Fava M; for the STAR*D Study Team. Evaluation …": the group the people wrote for,
    /// from `start` to its full stop, closes the list (where it ends), if it names a group.
    fn group_tail(&self, start: usize) -> Option<usize> {
        let rest = cap(&self.text[start..], 160);
        let stop = rest.find(". ").map_or(rest.len(), |p| p + 1);
        let run = &rest[..stop];
        let named = run.split_whitespace().count() <= 12
            && GROUP_LEAD.is_match(run)
            && crate::reference::names::is_group_name(run.trim_end_matches('.'));
        named.then_some(start + stop)
    }

    /// A colon ends the list: "Janik J.:" / "Lathan CE, Tracey M:"; but "James Gleick, Chaos:"
    /// is a title.
    fn colon(&mut self, word: &NameWord<'_>) -> usize {
        // A name with no initials before the colon is a title's head ("Smith, J., Harbour
        // Studies: A History"), unless it is written family first, given names after its
        // comma, as the list's first was ("Bierer, Hermann; Rüdel, Thomas: Auf dem Weg").
        let whole_words = (2..=3).contains(&self.name.words.saturating_sub(self.name.particles));
        let inverted_as_first =
            self.first_inverted && self.name.state == NameState::Given && whole_words;
        // Or after a semicolon, the list's mark between names, written given name first
        // ("Berger, Peter L.; Thomas Luckmann: Die gesellschaftliche Konstruktion").
        let after_semicolon = self.first_inverted
            && self.name.state == NameState::HasWord
            && whole_words
            && self.text[..self.last_sep_end].trim_end().ends_with(';');
        // A suffix after two words or more of a name ("Kingma JG Jr:"; the count holds it).
        let suffixed = word.suffix && self.name.words >= 3;
        let named = self.name.has_initials
            || word.initials
            || suffixed
            || inverted_as_first
            || after_semicolon;
        if self.names > 0 && !named {
            return self.last_sep_end;
        }
        if self.complete_name(self.name.has_initials) {
            word.end
        } else {
            self.last_sep_end
        }
    }

    /// A full stop after a suffix, after initials, or after a whole word.
    fn full_stop(&mut self, word: &NameWord<'_>) -> ControlFlow<usize> {
        if word.suffix {
            return self.suffix_stop(word);
        }
        if word.initials {
            return self.initials_stop(word);
        }
        // A whole word with a full stop ends the list ("Hearn, Lafcadio."), unless it is an
        // abbreviation ("No."), a volume's label where given names would stand ("Marx, K.,
        // Das Kapital, Bd. 1": the title before it), or breaks the list's form ("H. Fischer,
        // Centre Pompidou.").
        let label_as_given = self.name.state == NameState::Given && number_label(word.text);
        if is_abbreviation(&word.lower)
            || label_as_given
            || !self.complete_name(self.name.has_initials)
        {
            return ControlFlow::Break(self.last_sep_end);
        }
        ControlFlow::Break(word.end)
    }

    /// "Jr." closes the name ("Martin Luther King Jr.").
    fn suffix_stop(&mut self, word: &NameWord<'_>) -> ControlFlow<usize> {
        self.last_sep_end = word.end;
        if self.name.words > 1 {
            self.complete_name(true);
        }
        self.name = NameSoFar::default();
        Self::end_unless_connector(word)
    }

    /// Initials and a full stop: more initials, the family name or the name's end follow.
    fn initials_stop(&mut self, word: &NameWord<'_>) -> ControlFlow<usize> {
        if self.name.state == NameState::OnlyInitials {
            return ControlFlow::Continue(()); // "J. A. Smith": the family follows
        }
        // "Smith, J. A." / "Smith J.": more initials, a suffix or a connector may follow.
        // ("Th.", "Ch." are one initial with its stop, not Vancouver's "JA.")
        let undotted = !word.core.contains('.')
            && word.core.chars().count() >= 2
            && !word.core.contains(char::is_lowercase);
        // In a Vancouver list ("Moller HJ, Hindmarch I. A double-blind"), initials carry no
        // stops: a stop ends the list, and a capital after it opens the title.
        // Dotted initials go on with dotted ones: "Kaci, H. A generic ..." opens a title with
        // the article, where "Kaci, H. A. Title" is one more initial.
        let dotted = word.text.contains('.');
        // "Jones, B. J. Am. Chem. Soc. 2007" (the American Chemical Society's style): "J."
        // before a journal's word opens the journal, not one more initial.
        let journal_next = word.next.is_some_and(|n| n == "J.")
            && word.after_next.is_some_and(|n| {
                n.ends_with('.')
                    && n.starts_with(char::is_uppercase)
                    && is_journal_word(n)
                    && !is_initials(n)
            });
        // Brazil's ABNT closes the given names of an inverted name with its particle ("SILVA,
        // A. C. da.", "SOUZA, J. A. de;") or sets it between initials ("OLIVEIRA, R. de C."),
        // before the stop or semicolon that ends the name. (Before a comma and a year, German
        // lists' "Felten, M. von, 1998:" are read as they were: the year's reading hangs on it.)
        let particle_next = self.name.state == NameState::Given
            && word.next.is_some_and(|n| {
                let t = n.trim_end_matches([',', ';', '.']);
                t.starts_with(char::is_lowercase)
                    && is_particle(t)
                    && (n.ends_with(['.', ';'])
                        || word.after_next.is_some_and(|a| {
                            a.ends_with(['.', ';']) && is_initials(a.trim_end_matches(';'))
                        })
                        // French and German lists' "Tocqueville, A. de, De la démocratie",
                        // "Humboldt, W. von, Über ...": a comma, then no year.
                        || (n.ends_with(',')
                            && word
                                .after_next
                                .is_some_and(|a| a.starts_with(char::is_alphabetic))))
            });
        let more = !undotted
            && !self.vancouver
            && !journal_next
            && (particle_next
                || word.next.is_some_and(|n| {
                    let t = n.trim_end_matches([',', ';']);
                    let t = t.trim_end_matches(':');
                    is_initials(t) && (!dotted || t.contains('.'))
                        || matches!(t.to_lowercase().as_str(), "jr." | "sr." | "jr" | "sr")
                }));
        if more || self.given_name_after_initial(word) {
            return ControlFlow::Continue(());
        }
        // "Larry D. Wittie," "Peter W. J. Staar." — middle initials: the family name follows.
        // Not after Vancouver's initials, two or more capitals without stops ("Gutstein WH.
        // Vasopasm, vascular injury": the list's end, then the title), nor a word a chapter's
        // "In" follows ("Okafor B. Tides. In: Kim R, Haas L, editors.": a title of one word).
        let chapter_next = word.next.is_some_and(|n| n.ends_with('.'))
            && word.after_next.is_some_and(|n| n == "In:" || n == "In");
        if self.name.state == NameState::HasWord
            && (2..=4).contains(&self.name.words)
            && !self.vancouver
            && !undotted
            && !chapter_next
            && family_follows(word)
        {
            return ControlFlow::Continue(());
        }
        if !self.complete_name(self.name.has_initials) {
            return ControlFlow::Break(self.last_sep_end);
        }
        self.last_sep_end = word.end;
        // "Goss DL. Moore JH. Title": Vancouver names parted by full stops.
        let vancouver_name_follows = undotted
            && self.name.words == 2
            && word.next.is_some_and(|n| {
                n.chars().next().is_some_and(char::is_uppercase) && !n.ends_with(['.', ',', ':'])
            })
            && word.after_next.is_some_and(|n| {
                let t = n.trim_end_matches(['.', ',']);
                n.len() > t.len() && !t.contains('.') && is_initials(t)
            });
        self.name = NameSoFar::default();
        if vancouver_name_follows {
            return ControlFlow::Continue(());
        }
        Self::end_unless_connector(word)
    }

    /// "Mason, R. Hal and John C. McKelvey", "Lamaire, R. O, and D. N. Serpanos": after the
    /// family name and its comma, a dotted initial, then a given name in mixed case or an
    /// undotted initial before "and": the name goes on to it.
    fn given_name_after_initial(&self, word: &NameWord<'_>) -> bool {
        // The name's state first: most initials are no family's first one after its comma.
        if self.name.state != NameState::Given || self.name.words != 2 || !word.text.ends_with('.')
        {
            return false;
        }
        let (Some(next), Some(after)) = (word.next, word.after_next) else {
            return false;
        };
        let bare = next.trim_end_matches(',');
        let given = bare.len() >= 2
            && bare.starts_with(|c: char| c.is_ascii_uppercase())
            && bare.chars().skip(1).all(char::is_lowercase);
        let initial = bare.len() == 1 && bare.starts_with(|c: char| c.is_ascii_uppercase());
        if !((given || (initial && next.ends_with(','))) && is_connector(after)) {
            return false;
        }
        // The name after "and" shows it: a given name, or a word before initials ("John C.");
        // not a title's "Modular and polymorphic", "Classification and Regression Trees".
        let mut beyond = self.text[word.end..].split_whitespace().skip(2);
        let (third, fourth) = (beyond.next().unwrap_or(""), beyond.next().unwrap_or(""));
        next.ends_with(',')
            || third.starts_with(char::is_uppercase)
                && (is_given_name(bare)
                    || is_given_name(third.trim_end_matches(','))
                    || is_initials(fourth.trim_end_matches([',', '.'])))
    }

    /// The list ends after `word`, unless "and" follows, or a spaced slash before a
    /// capitalised word ("Stroebe, W. / Hewstone, M.", as German lists write them).
    fn end_unless_connector(word: &Word<'_>) -> ControlFlow<usize> {
        let slash = word.next == Some("/")
            && word
                .after_next
                .is_some_and(|n| n.starts_with(char::is_uppercase));
        if slash || word.next.is_some_and(is_connector) {
            ControlFlow::Continue(())
        } else {
            ControlFlow::Break(word.end)
        }
    }

    /// Out of words: the whole text was names only if it ended cleanly.
    fn finish(mut self) -> usize {
        if self.name.words > 0
            && self.words.len() < MAX_WORDS
            && self.complete_name(self.name.has_initials)
        {
            return self.text.len();
        }
        self.last_sep_end
    }

    /// Count a finished name; false when it breaks the list's form (the first name had
    /// initials, this one has none: "S. E. Han, G. Chen, Nano Lett.").
    fn complete_name(&mut self, has_initials: bool) -> bool {
        if self.names > 0 && self.first_has_initials && !has_initials {
            return false;
        }
        if self.names == 0 {
            self.first_has_initials = has_initials;
        }
        self.names += 1;
        true
    }
}

/// After a middle initial ("Larry D."), a capitalised word that closes the name or the list
/// and is neither initials nor an abbreviation: the family name.
fn family_follows(word: &Word<'_>) -> bool {
    word.next.is_some_and(|n| {
        n.chars().next().is_some_and(char::is_uppercase)
            && (n.ends_with([',', '.', ':'])
                || word.after_next.is_none()
                || word.after_next.is_some_and(is_connector))
            && !is_initials(n.trim_end_matches([',', '.']))
            && !is_abbreviation(&n.trim_end_matches([',', '.']).to_lowercase())
    })
}

/// [`opens_journal`], the word after next a number or the next word a journal's ("K.
/// Okafor Astropart. Phys. 3", not "A Civil Action. Dir. Steven Zaillian"): where no comma
/// ends the name before it.
fn journal_with_numbers(word: &Word<'_>) -> bool {
    opens_journal(word)
        && (word
            .after_next
            .is_some_and(|n| n.starts_with(|c: char| c.is_ascii_digit()))
            || word.next.is_some_and(is_journal_word))
}

/// Is `word` a capital's initial opening a journal's abbreviated name, not a person's: the
/// next word an abbreviation with its stop (three letters or more, not initials), and after
/// it a number other than a year ("J. Instrum. 7"; not "J. Smith. 2019."), or, the
/// abbreviation a journal's word, a series letter or another abbreviation ("Z. Phys. A 300",
/// "Z. Phys. Chem.")?
fn initial_opens_journal(word: &Word<'_>) -> bool {
    let (Some(next), Some(after)) = (word.next, word.after_next) else {
        return false;
    };
    let initial = word.text.len() == 2 && word.first.is_ascii_uppercase() && word.trailing == '.';
    let next_core = next.strip_suffix('.').unwrap_or("");
    let abbreviation = next_core.chars().filter(|c| c.is_alphabetic()).count() >= 3
        && is_capitalised_word(next_core)
        && !is_initials(next);
    if !(initial && abbreviation) {
        return false;
    }
    let digits = after.trim_end_matches([',', '.', ';']);
    let number = after.starts_with(|c: char| c.is_ascii_digit()) && !is_year(digits);
    let series = digits.len() == 1 && digits.starts_with(|c: char| c.is_ascii_uppercase());
    let more = after.starts_with(char::is_uppercase) && after.trim_end_matches(',').ends_with('.');
    number || (is_journal_word(next_core) && (series || more))
}

/// Does `word` open a journal's abbreviated name rather than a name: a word of two letters or
/// more with its stop, in mixed case, no initial, title or suffix ("St.", "Dr.", "Jr."), before
/// another capitalised word, either a journal's word itself ("Phys.", "Astron.") or before
/// another abbreviation ("Mon. Not.", "Nucl. Instrum."), then no given name?
fn opens_journal(word: &Word<'_>) -> bool {
    const NOT: &[&str] = &[
        "st", "ste", "dr", "mr", "mrs", "ms", "prof", "jr", "sr", "hon", "mme",
    ];
    let Some(next) = word.next else {
        return false;
    };
    let abbreviation = word.text.ends_with('.')
        && word.text.len() == word.core.len() + 1
        && is_capitalised_word(word.core)
        && !is_initials(word.text)
        && !NOT.contains(&word.lower.as_ref());
    let next_core = next.trim_end_matches([',', ';', ':']);
    // A given name before a one-word title ("Le Roy Ladurie, Emmanuel. Montaillou.") is no
    // abbreviation.
    abbreviation
        && next.starts_with(char::is_uppercase)
        && (is_journal_word(word.core)
            || (next_core.ends_with('.')
                && next_core.chars().filter(|c| c.is_alphabetic()).count() >= 3
                && !is_initials(next_core)
                && !is_given_name(word.core)))
}

/// "(M.I.)," → "M.I.,": initials written in brackets, with what follows the bracket.
fn bracketed_initials(w: &str) -> Option<String> {
    let rest = w.strip_prefix('(')?;
    let close = rest.find(')')?;
    let (inner, after) = (&rest[..close], &rest[close + 1..]);
    let initials = inner.ends_with('.') && is_initials(inner);
    (initials && after.len() <= 1).then(|| format!("{inner}{after}"))
}

/// Byte span of the next whitespace-separated word of `text` from `pos`, which moves past it.
fn next_word_span(text: &str, pos: &mut usize) -> Option<(usize, usize)> {
    let rest = text.get(*pos..)?;
    let skip = rest.len() - rest.trim_start().len();
    let start = *pos + skip;
    let word_len = text[start..]
        .find(char::is_whitespace)
        .unwrap_or(text.len() - start);
    if word_len == 0 {
        return None;
    }
    *pos = start + word_len;
    Some((start, start + word_len))
}

#[cfg(test)]
mod tests;
