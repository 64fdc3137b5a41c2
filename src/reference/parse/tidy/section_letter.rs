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
    let last = container.rsplit([' ', '.']).next().unwrap_or("");
    if !(1..=5).contains(&last.chars().count()) || !last.starts_with(char::is_uppercase) {
        return;
    }
    let raw = r.raw.as_str();
    let journal = raw.match_indices(container).find_map(|(at, _)| {
        let after = raw[at + container.len()..].strip_prefix('.')?;
        let letter_at = raw.len() - after.trim_start_matches(' ').len();
        let rest = raw[letter_at..].strip_prefix(volume)?;
        let alone = !rest.starts_with(|c: char| c.is_alphanumeric() || ".-/".contains(c));
        alone.then(|| raw[at..=letter_at].to_string())
    });
    if let Some(journal) = journal {
        r.volume = Some(digits.into());
        r.container = Some(journal);
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
