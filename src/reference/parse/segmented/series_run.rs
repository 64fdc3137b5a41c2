//! The series the model reads, where the rules read none.

use super::{Label, Segments};
use crate::reference::parse::tidy::series::series_of_run;
use compact_str::CompactString;

impl Segments<'_> {
    /// The series' name in the model's first run of the label, when it is one
    /// ([`series_of_run`]) and the run opens the name: a run after a word with no mark
    /// between ("Law and Economics Working" + "Paper Series") is the tail of a longer name,
    /// unless the word is "of" or "in" ("Vol. 267 of" + "Graduate Texts in Mathematics");
    /// one inside square brackets is a translation's ("Serija Jekonomika [MGOU Herald.
    /// Economy series]").
    pub(super) fn series(&self) -> Option<CompactString> {
        let (_, run) = self.runs.iter().find(|(l, _)| *l == Label::Series)?;
        let before = self.text[..run.start].trim_end();
        let word = before.rsplit(' ').next().unwrap_or("");
        let in_square = before.rfind('[') > before.rfind(']');
        if in_square
            || (before.ends_with(char::is_alphabetic) && !matches!(word, "of" | "in" | "In"))
        {
            return None;
        }
        series_of_run(&self.text[run.clone()])
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::labelled;
    use super::{Label, Segments};

    fn series_of(parts: &[(Label, &str)]) -> Option<String> {
        let (text, runs) = labelled(parts);
        let segs = Segments { text: &text, runs };
        segs.series().map(String::from)
    }

    #[test]
    fn the_model_series_run_is_read_when_it_opens_a_series_name() {
        use Label::{Container, Date, Pages, Publisher, Series, Title, Volume};
        assert_eq!(
            series_of(&[
                (Title, "Tides."),
                (Container, "In Workshop on Tides,"),
                (Volume, "volume 193,"),
                (Series, "of Lecture Notes in Computer Science,"),
                (Pages, "pages 219-224."),
                (Publisher, "Springer-Verlag,"),
                (Date, "1985."),
            ])
            .as_deref(),
            Some("Lecture Notes in Computer Science")
        );
        assert_eq!(
            series_of(&[
                (Title, "Tides,"),
                (Series, "Mercury Series Directorate Paper 3.")
            ])
            .as_deref(),
            Some("Mercury Series Directorate Paper")
        );
        // The tail of a longer name; a run without a series word.
        assert_eq!(
            series_of(&[
                (Title, "Tides. Law and Economics Working"),
                (Series, "Paper Series,")
            ]),
            None
        );
        assert_eq!(
            series_of(&[(Title, "Tides."), (Series, "Forschungsbericht")]),
            None
        );
        // Inside square brackets: a translated name.
        assert_eq!(
            series_of(&[
                (Container, "Vestnik. Serija [Herald."),
                (Series, "Economy series],")
            ]),
            None
        );
    }
}
