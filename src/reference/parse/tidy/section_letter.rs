//! A journal's section letter written on the volume ("Phys. Rev. D60", "Nucl. Phys. B364",
//! "Eur.Phys.J. C71"): the letter names the journal (Physical Review D is a journal of its
//! own), the number is the volume.

use crate::reference::Reference;

/// Move a section letter from the volume to the container where the text writes it right
/// after the journal's closing abbreviation and its stop ("Phys. Rev. D60 (1999)").
pub(super) fn section_letter_to_journal(r: &mut Reference) {
    let (Some(container), Some(volume)) = (r.container.as_deref(), r.volume.as_deref()) else {
        return;
    };
    let Some(digits) = volume
        .strip_prefix(|c: char| c.is_ascii_uppercase())
        .filter(|d| !d.is_empty() && d.bytes().all(|b| b.is_ascii_digit()))
    else {
        return;
    };
    // The journal's last word an abbreviation ("Rev", "J" of "Eur.Phys.J"), not a word in
    // full ("Aus Politik und Zeitgeschichte. B41-42/98").
    let last = container
        .trim_end_matches('.')
        .rsplit([' ', '.'])
        .next()
        .unwrap_or("");
    if !(1..=5).contains(&last.chars().count()) || !last.starts_with(char::is_uppercase) {
        return;
    }
    // In the text: the volume right after the journal's last word and its stop, with or
    // without spaces around the stop ("Nucl.Phys. B214", "Phys .Rev .D83").
    let raw = r.raw.as_str();
    let after_journal = raw.match_indices(volume).any(|(at, _)| {
        let before = raw[..at].trim_end();
        let alone = !raw[at + volume.len()..]
            .starts_with(|c: char| c.is_alphanumeric() || ".-/".contains(c));
        // A comma after the stop as well ("Phys. Rev., D66, 103511").
        let before = before.strip_suffix(',').map_or(before, str::trim_end);
        let head = before.strip_suffix('.').map(str::trim_end);
        alone
            && head.is_some_and(|h| {
                h.ends_with(last) && !h[..h.len() - last.len()].ends_with(char::is_alphanumeric)
            })
    });
    if after_journal {
        let letter = &volume[..1];
        r.container = Some(format!("{}. {letter}", container.trim_end_matches('.')));
        r.volume = Some(digits.into());
    }
}

#[cfg(test)]
mod tests {
    use crate::reference::parse;

    #[test]
    fn a_section_letter_on_the_volume_names_the_journal() {
        for (text, journal, volume) in [
            (
                "M. Okafor et al. Phys. Rev. D60 (1999) 082002.",
                "Phys. Rev. D",
                "60",
            ),
            (
                "T. Lindqvist, Nucl. Phys. B364, 237 (1991)",
                "Nucl. Phys. B",
                "364",
            ),
            (
                "R. Marsh and T. Okafor, Eur.Phys.J. C71 (2011) 1554.",
                "Eur.Phys.J. C",
                "71",
            ),
            (
                "A. Okafor, Nucl.Phys. B214, 285 (1983)",
                "Nucl. Phys. B",
                "214",
            ),
            (
                "R. Lindqvist ,Phys .Rev .D83 ,074021 ( 2011)",
                "Phys. Rev. D",
                "83",
            ),
            (
                "Okafor, A. & Marsh, S. 2002, Phys. Rev., D66, 103511",
                "Phys. Rev. D",
                "66",
            ),
        ] {
            let r = parse(text);
            assert_eq!(r.container.as_deref(), Some(journal), "{text}");
            assert_eq!(r.volume.as_deref(), Some(volume), "{text}");
        }
    }

    #[test]
    fn a_letter_after_no_abbreviation_stays_on_the_volume() {
        // No stop of an abbreviation between the journal and the letter.
        let r = parse("Okafor, A. (2010). Rivers of the north. Tidal Review, S12, 45-67.");
        assert_ne!(r.volume.as_deref(), Some("12"));
        // A word in full before the stop, a range after the volume: an issue's own label.
        let r = parse("Marsh, Detlev, 1998. Die Flüsse des Nordens. Aus Politik und Zeitgeschichte. B41-42/98: 9-23");
        assert_eq!(
            r.container.as_deref(),
            Some("Aus Politik und Zeitgeschichte")
        );
    }
}
