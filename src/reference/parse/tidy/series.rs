//! A book series read as the container's last sentence: Springer's "In: Lindqvist, M. (ed.)
//! ICALP 2005. LNCS, vol. 3580, pp. 1–15" and "... Proceedings of the Workshop on Tides.
//! Lecture Notes in Computer Science, vol. 1234".

use crate::reference::fields::is_journal_word;
use crate::reference::Reference;

/// The container without a series closing it after a stop: an acronym in capitals ("LNCS",
/// "LNAI", "CCIS") or "Lecture Notes ..." (of which the reading may hold the first word
/// only), with the series' volume after a comma in the text ("LNCS, vol. 3580").
pub(super) fn series_closing_container(r: &mut Reference) {
    let Some((head, last)) = r.container.as_deref().and_then(|c| c.rsplit_once(". ")) else {
        return;
    };
    let acronym = (2..=6).contains(&last.len()) && last.bytes().all(|b| b.is_ascii_uppercase());
    let lecture_notes = last.starts_with("Lecture") || last.starts_with("Lect.");
    // The stop a sentence's, not an abbreviation's ("Proc. IEEE, vol. 92" is a journal).
    let head_words = head.split_whitespace().count();
    let abbreviated = head
        .split_whitespace()
        .next_back()
        .is_none_or(is_journal_word);
    if !(acronym || lecture_notes) || head_words < 2 || abbreviated {
        return;
    }
    // In the text: the series, its name's rest up to a comma, then the volume's label.
    let raw = r.raw.as_str();
    let volume_after = raw.match_indices(last).any(|(at, _)| {
        let rest = &raw[at..];
        let name_end = rest.find(',').unwrap_or(rest.len());
        let name = &rest[..name_end];
        let label = rest[name_end..].trim_start_matches([',', ' ']);
        name.len() <= 60
            && !name.contains(". ")
            && label
                .get(..3)
                .is_some_and(|l| l.eq_ignore_ascii_case("vol"))
    });
    if volume_after {
        r.container = Some(head.to_string());
    }
}

#[cfg(test)]
mod tests {
    use super::series_closing_container;
    use crate::reference::Reference;

    fn container_of(raw: &str, container: &str) -> Option<String> {
        let mut r = Reference {
            raw: raw.into(),
            container: Some(container.into()),
            ..Reference::default()
        };
        series_closing_container(&mut r);
        r.container
    }

    #[test]
    fn a_series_with_its_volume_closes_no_container() {
        let raw = "Okafor, B.: Tides. In: Lind, M. (ed.) ICALP 2005. LNCS, vol. 3580, pp. 1–15.";
        assert_eq!(
            container_of(raw, "ICALP 2005. LNCS").as_deref(),
            Some("ICALP 2005")
        );
        let raw = "Okafor, B.: Tides. In: Lind, M. (ed.) Workshop on Tides. Lecture Notes in \
                   Computer Science, vol. 1234, pp. 1–15.";
        assert_eq!(
            container_of(raw, "Workshop on Tides. Lecture").as_deref(),
            Some("Workshop on Tides")
        );
        // A journal's abbreviation before it: no sentence ends there.
        let raw = "Okafor, B.: Tides. Proc. IEEE, vol. 92, pp. 1–15 (2004)";
        assert_eq!(
            container_of(raw, "Proc. IEEE").as_deref(),
            Some("Proc. IEEE")
        );
        // No volume after it: a journal's last sentence stays.
        let raw = "Okafor, B.: Tides. Annals of Tides. USA 12, 1–15 (2005)";
        assert_eq!(
            container_of(raw, "Annals of Tides. USA").as_deref(),
            Some("Annals of Tides. USA")
        );
    }
}
