//! A journal's first abbreviated word read as the title's last, in styles that set no stop
//! between the title and the journal (IOP's "Goßler S et al 2010 The AEI 10 m prototype
//! interferometer Class. Quantum Grav. 27 084023").

use crate::reference::fields::is_journal_word;
use crate::reference::Reference;

/// "... interferometer Class" + "Quantum Grav", "... anti-spring bladesNucl" + "Instrum.
/// Methods Phys. Res. A", "... theories J. Phys" + "A: Math. Theor.": where the year stands
/// right before the title with no stop, the title closes on no stop of its own, so a stop
/// after its last word is an abbreviation's, and capitalised abbreviations (one to six
/// letters each) with the container right after their stops open the journal's name. A word
/// glued to the title's last (PDF text without its space) counts when what it is glued to is
/// in lower case.
pub(super) fn journal_head_in_title(r: &mut Reference) {
    let (Some(title), Some(year)) = (r.title.as_deref(), r.year()) else {
        return;
    };
    // Most titles end on no capitalised abbreviation: nothing else is looked at.
    let last = title.rsplit(' ').next().unwrap_or(title);
    if abbreviation_at_end(last.strip_suffix('.').unwrap_or(last)).is_none() {
        return;
    }
    let raw = r.raw.as_str();
    let Some(first) = title.split(' ').next() else {
        return;
    };
    // The title right after the year, with no stop or bracket between.
    let Some(start) = raw.find(first) else {
        return;
    };
    let before = raw[..start].trim_end();
    let before = before
        .strip_suffix(|c: char| c.is_ascii_lowercase())
        .unwrap_or(before);
    if !before.ends_with(year.to_string().as_str()) || !volume_then_pages(r) {
        return;
    }
    // A whole word of the title that is such an abbreviation with its stop ("J.").
    let stopped_abbreviation = |w: &str| w.strip_suffix('.').is_some_and(whole_abbreviation);
    // Journals' abbreviations run to three words before the rest ("Int. J. Mod." + "Phys").
    for _ in 0..3 {
        let (Some(title), Some(container)) = (r.title.as_deref(), r.container.as_deref()) else {
            return;
        };
        let Some(last) = title.rsplit(' ').next() else {
            return;
        };
        let word = last.strip_suffix('.').unwrap_or(last);
        let Some(abbreviation) = abbreviation_at_end(word) else {
            return;
        };
        // The word, a stop (with spaces around it as the text has them), then the container.
        let container_head = container.split([' ', '.']).next().unwrap_or("");
        let followed = !container_head.is_empty()
            && raw[start..].match_indices(word).any(|(at, _)| {
                let after = &raw[start + at + word.len()..];
                after
                    .trim_start()
                    .strip_prefix('.')
                    .is_some_and(|a| a.trim_start().starts_with(container_head))
            });
        let kept = title[..title.len() - last.len() + word.len() - abbreviation.len()].trim_end();
        // A title in sentence case: the word before is in lower case or a number ("Hair
        // Combs. Kewa" and "Task Force. J Am Coll Cardiol" close titles in title case).
        // Abbreviations before it with their stops are the journal's too ("J. Phys").
        let sentence_case = kept
            .rsplit(' ')
            .find(|w| !stopped_abbreviation(w))
            .is_some_and(|w| !w.starts_with(char::is_uppercase));
        // ISO 4 cuts a word after a consonant ("Canada. Bulletin" closes a title); and the
        // journal's own name has a stop, or the word is a journal's ("J Nutr" has none).
        let cut = !abbreviation.ends_with(['a', 'e', 'i', 'o', 'u', 'y']);
        let journal_like = is_journal_word(abbreviation) || abbreviated(raw, container);
        if !followed || kept.is_empty() || !sentence_case || !cut || !journal_like {
            return;
        }
        let journal = format!("{abbreviation}. {container}");
        r.title = Some(kept.to_string());
        r.container = Some(journal);
    }
}

/// A title of a journal's abbreviations only, right before the container after a stop, the
/// volume given ("A. Kolmogoroff, C. R. Acad. Sci., 30" read as "C. R" + "Acad. Sci"; "Z" +
/// "Phys. A"; "Usp" + "Fiz. Nauk"): no title, the journal's name whole, as the text has it.
pub(super) fn journal_head_as_title(r: &mut Reference) {
    let (Some(title), Some(container)) = (r.title.as_deref(), r.container.as_deref()) else {
        return;
    };
    // Three abbreviations of six letters at most, with their stops and spaces: most titles
    // are longer.
    if r.volume.is_none() || title.len() > 24 {
        return;
    }
    let mut words = title.split([' ', '.']).filter(|w| !w.is_empty());
    let abbreviations = (1..=3).contains(&words.clone().count()) && words.all(whole_abbreviation);
    if !abbreviations {
        return;
    }
    let raw = r.raw.as_str();
    let journal = raw.match_indices(title).find_map(|(at, _)| {
        let after = raw[at + title.len()..].strip_prefix('.')?.trim_start();
        // Each word with its stop ("C. R.", "C.R."), not a title's ("Homers Ilias.").
        let stopped = raw[at..=at + title.len()]
            .split_whitespace()
            .all(|w| w.ends_with('.'));
        (stopped && !journal_written_out(container) && after.starts_with(container))
            .then(|| &raw[at..raw.len() - after.len() + container.len()])
    });
    if let Some(journal) = journal {
        r.container = Some(journal.to_string());
        r.title = None;
    }
}

/// Does `container` open with a journal's word written out ("Journal of Maritime History",
/// "Revista de História"), which no abbreviation before it is part of ("Tides." before it is
/// a title of one word; "Z." before "Physik" opens the journal)?
fn journal_written_out(container: &str) -> bool {
    let first = container.split(' ').next().unwrap_or("");
    first.len() >= 5 && !first.ends_with('.') && is_journal_word(first)
}

/// The container's first word closing the title after a comma as well ("..., Second order
/// power corrections .I .Formalism and meson form factors, Phys" + "Phys. Rev. D"; a title
/// the rules rewrote, which the model's reading cannot cut): the word is the journal's only.
pub(super) fn container_head_in_title(r: &mut Reference) {
    let (Some(title), Some(container)) = (r.title.as_deref(), r.container.as_deref()) else {
        return;
    };
    // The last comma, found from the end; the title's last word after it and a space.
    let Some(comma) = memchr::memrchr(b',', title.as_bytes()) else {
        return;
    };
    let (kept, last) = (&title[..comma], &title[comma + 1..]);
    let Some(last) = last.strip_prefix(' ') else {
        return;
    };
    let opens_container = container
        .strip_prefix(last)
        .is_some_and(|rest| rest.starts_with(['.', ' ']) && rest.len() > 1);
    if opens_container && last.starts_with(char::is_uppercase) && !last.contains(' ') {
        r.title = Some(kept.trim_end().to_string());
    }
}

/// A container of nothing but the volume, issue and pages read from it ("571, A16", "3 (08)
/// S08002": article numbers, which the rules' pattern for pages leaves and the model reads)
/// is none; a journal's short name read as the title before it is the container ("Planck
/// Collaboration 2016, A&A, 594, A13", "ALICE Collaboration, J. Instrum. 3 (08) (2008)
/// S08002").
pub(super) fn numbers_read_as_container(r: &mut Reference) {
    let Some(container) = r.container.as_deref() else {
        return;
    };
    let read = [r.volume.as_deref(), r.number.as_deref(), r.pages.as_deref()];
    let mut words = container
        .split(|c: char| c.is_whitespace() || ",;:()[].".contains(c))
        .filter(|w| !w.is_empty())
        .peekable();
    let numbered = words
        .peek()
        .is_some_and(|w| w.contains(|c: char| c.is_ascii_digit()));
    let only_numbers = numbered
        && words.all(|w| {
            // A number, or an article number's letter and number ("A16", "S08002").
            w.chars().filter(|c| c.is_alphabetic()).count() <= 1
                && read
                    .iter()
                    .flatten()
                    .any(|v| *v == w || v.split(['-', '–']).any(|part| part == w))
        });
    if !only_numbers {
        return;
    }
    r.container = None;
    let journal = r
        .title
        .as_deref()
        .is_some_and(|t| t.split(' ').count() <= 4 && super::super::journal_name(t));
    if journal {
        r.container = r.title.take();
    }
}

/// Do the volume and the first page stand side by side with no comma ("27 084023", "540 502
/// -19"), as IOP sets them? Harvard's "12, 1-5" after a title closed by its own stop is not
/// that style.
fn volume_then_pages(r: &Reference) -> bool {
    let (Some(volume), Some(pages)) = (r.volume.as_deref(), r.pages.as_deref()) else {
        return false;
    };
    let first = pages.split(['-', '–']).next().unwrap_or(pages);
    !first.is_empty()
        && r.raw.match_indices(volume).any(|(at, _)| {
            r.raw[at + volume.len()..]
                .strip_prefix(' ')
                .is_some_and(|rest| rest.trim_start().starts_with(first))
        })
}

/// Does `container` stand in `raw` with a stop after one of its words ("Quantum Grav.",
/// "Instrum .Methods")?
fn abbreviated(raw: &str, container: &str) -> bool {
    let Some(head) = container.split([' ', '.']).next().filter(|h| !h.is_empty()) else {
        return false;
    };
    raw.find(head).is_some_and(|at| {
        let words = raw[at..]
            .split_whitespace()
            .take(container.split(' ').count() + 1);
        words
            .take_while(|w| !w.starts_with(|c: char| c.is_ascii_digit()))
            .any(|w| w.contains('.'))
    })
}

/// Is `word` a capitalised abbreviation whole ("Phys", "J"), not glued to another word?
fn whole_abbreviation(word: &str) -> bool {
    abbreviation_at_end(word).is_some_and(|a| a.len() == word.len())
}

/// The capitalised abbreviation ending `word` ("Class", "J"), whole or glued to a word in
/// lower case ("bladesNucl", "space-timeProc").
fn abbreviation_at_end(word: &str) -> Option<&str> {
    let at = word.rfind(|c: char| c.is_ascii_uppercase())?;
    let abbreviation = &word[at..];
    let shaped =
        abbreviation.len() <= 6 && abbreviation[1..].bytes().all(|b| b.is_ascii_lowercase());
    let glued_to = &word[..at];
    let lower = glued_to.is_empty()
        || (glued_to.len() >= 3
            && glued_to.ends_with(|c: char| c.is_ascii_lowercase())
            && !glued_to.contains(|c: char| c.is_uppercase()));
    (shaped && lower).then_some(abbreviation)
}

#[cfg(test)]
mod tests {
    use super::abbreviation_at_end;
    use crate::reference::parse;

    #[test]
    fn a_title_of_the_journals_first_abbreviations_is_the_journals() {
        for (text, journal) in [
            (
                "A. Okafor, C. R. Acad. Sci., 30, 301-305 (1941).",
                "C. R. Acad. Sci",
            ),
            (
                "T. Lindqvist and R. Marsh, Z. Phys. A 353 (1996), 447.",
                "Z. Phys. A",
            ),
            (
                "G. N. Okafor, Usp. Fiz. Nauk 169, 625 (1999).",
                "Usp. Fiz. Nauk",
            ),
            ("E. W. Okafor, Z. Physik, 146: 333 (1956).", "Z. Physik"),
        ] {
            let r = parse(text);
            assert_eq!(r.container.as_deref(), Some(journal), "{text}");
            assert_eq!(r.title, None, "{text}");
        }
        // The journal's short name read as the title, its numbers as the container.
        for (text, journal) in [
            ("Okafor Collaboration 2016, A&A, 594, A13", "A&A"),
            (
                "TIDES Collaboration, J. Instrum. 3 (08) (2008) S08002.",
                "J. Instrum",
            ),
        ] {
            let r = parse(text);
            assert_eq!(r.container.as_deref(), Some(journal), "{text}");
            assert_eq!(r.title, None, "{text}");
        }
        // A title of one short word before a journal written out is the title.
        for text in [
            "Okafor, B. (2010). Tides. Journal of Maritime History, 12(3), 45-67.",
            "Silva, J. Portos. Revista de História, vol. 12, no. 3, pp. 45-67, 2010.",
        ] {
            let r = parse(text);
            assert!(r.title.is_some(), "{text}: {:?}", r.container);
        }
        // Words of a title, with no stop of their own.
        let text = "J. Okafor (hrsg.), Homers Ilias. Gesamtkommentar. Band I. Erster Gesang (A). Faszikel 2: Kommentar, München und Leipzig 2000.";
        assert_ne!(parse(text).title, None);
    }

    /// A title the rules rewrote (PDF text's stops set apart) keeps the journal's first word
    /// after its comma; the word is the journal's.
    #[test]
    fn the_journals_first_word_closing_the_title_is_the_journals() {
        let text = "A. Okafor and G. Marsh, Second order corrections in the tidal theory .I .Formalism and form factors ,Phys .Rev .D47 ( 1993)2965.";
        let r = parse(text);
        assert_eq!(
            r.title.as_deref(),
            Some("Second order corrections in the tidal theory. I.Formalism and form factors")
        );
        assert_eq!(r.container.as_deref(), Some("Phys. Rev. D"));
        // A title's last word that is not the journal's first.
        let mut r = crate::reference::Reference {
            title: Some("Rivers, Roads and Towns, Harbours".into()),
            container: Some("Harbour Studies".into()),
            ..Default::default()
        };
        super::container_head_in_title(&mut r);
        assert_eq!(
            r.title.as_deref(),
            Some("Rivers, Roads and Towns, Harbours")
        );
    }

    #[test]
    fn an_abbreviation_closes_a_word_whole_or_glued_to_lower_case() {
        assert_eq!(abbreviation_at_end("Class"), Some("Class"));
        assert_eq!(abbreviation_at_end("J"), Some("J"));
        assert_eq!(abbreviation_at_end("bladesNucl"), Some("Nucl"));
        assert_eq!(abbreviation_at_end("space-timeProc"), Some("Proc"));
        // A chemical formula, a word in capitals, a long word, a word in lower case: none.
        for word in ["NbP", "LIGO", "Interferometer", "detector", "aJ"] {
            assert_eq!(abbreviation_at_end(word), None, "{word}");
        }
    }
}
