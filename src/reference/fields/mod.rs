//! Which field each word of a reference belongs to, as a trained linear-chain model decides.
//!
//! The rules of [`super::parse`] read a reference well where its punctuation is regular; where
//! it is not ("J. Am. Chem. Soc. 2007, 129", "1997, ApJ, 475, 163", "Paris, Gallimard, 2000")
//! a model trained on labelled references tells the fields apart from context. The model
//! labels whitespace-separated words ([`tokens`]) from hashed features of each word and its
//! neighbours ([`features`]), decoded by Viterbi ([`model`]); it is trained by an averaged
//! structured perceptron ([`train`]) with `cargo run --release --example train_fields`, and
//! the shipped weights (`model.bin`) are read once, on first use.

mod features;
mod lexicon;
mod model;
mod train;

pub use features::tokens;
pub use lexicon::{is_journal_word, is_publisher_word, is_region};
pub use model::{Model, ModelError};
pub use train::{train, Algorithm, Example, TrainOptions};

use std::ops::Range;
use std::sync::OnceLock;

/// What a word of a reference is part of.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[repr(u8)]
pub enum Label {
    /// Punctuation and words of no field ("in", "pp." outside the pages, "Retrieved from").
    Other,
    Author,
    Editor,
    Date,
    Title,
    /// Journal, book or proceedings the work is part of.
    Container,
    /// Volume and issue.
    Volume,
    Pages,
    Publisher,
    Location,
    Edition,
    Note,
    /// DOI, URL, ISBN, arXiv and other identifiers.
    Identifier,
    /// The list number ("[13]", "60.").
    Number,
    /// "PhD thesis", "Technical report", "[Film]".
    Genre,
    /// Series the container is part of.
    Series,
}

impl Label {
    /// How many labels there are.
    pub const COUNT: usize = 16;
    const ALL: [Label; Label::COUNT] = [
        Label::Other,
        Label::Author,
        Label::Editor,
        Label::Date,
        Label::Title,
        Label::Container,
        Label::Volume,
        Label::Pages,
        Label::Publisher,
        Label::Location,
        Label::Edition,
        Label::Note,
        Label::Identifier,
        Label::Number,
        Label::Genre,
        Label::Series,
    ];

    /// The label numbered `i` (`Other` when out of range).
    pub fn from_index(i: usize) -> Label {
        Label::ALL.get(i).copied().unwrap_or(Label::Other)
    }

    /// Lower-case name ("container").
    pub fn as_str(self) -> &'static str {
        match self {
            Label::Other => "other",
            Label::Author => "author",
            Label::Editor => "editor",
            Label::Date => "date",
            Label::Title => "title",
            Label::Container => "container",
            Label::Volume => "volume",
            Label::Pages => "pages",
            Label::Publisher => "publisher",
            Label::Location => "location",
            Label::Edition => "edition",
            Label::Note => "note",
            Label::Identifier => "identifier",
            Label::Number => "number",
            Label::Genre => "genre",
            Label::Series => "series",
        }
    }
}

/// The model in use: the shipped one, read on first use, unless [`use_model`] put another
/// in its place before that.
static MODEL: OnceLock<Model> = OnceLock::new();

/// The shipped model. The file is built into the binary and checked by this module's tests,
/// so reading it cannot fail in a released build.
fn shipped() -> Model {
    Model::from_bytes(include_bytes!("model.bin"))
        .unwrap_or_else(|e| panic!("the built-in field model reads: {e}"))
}

/// The model in use (the shipped one unless [`use_model`] replaced it).
pub fn model() -> &'static Model {
    MODEL.get_or_init(shipped)
}

/// Uses `model` in place of the shipped one for the rest of the process: for measuring a
/// model trained with a fold left out (`examples/score_anystyle.rs --model`). Fails, giving
/// the model back, when a model was already in use.
pub fn use_model(model: Model) -> Result<(), Model> {
    MODEL.set(model)
}

impl Model {
    /// Each token of `text` (see [`tokens`]) with its label.
    pub fn label(&self, text: &str) -> Vec<(Range<usize>, Label)> {
        let toks = tokens(text);
        let labels = self.label_tokens(text, &toks);
        toks.into_iter().zip(labels).collect()
    }
}

/// Runs of one label in `text`, as (label, byte range from the run's first word's start to its
/// last word's end), in order.
pub fn segments(text: &str) -> Vec<(Label, Range<usize>)> {
    let mut out: Vec<(Label, Range<usize>)> = Vec::new();
    for (range, label) in model().label(text) {
        match out.last_mut() {
            Some((l, r)) if *l == label => r.end = range.end,
            _ => out.push((label, range)),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_are_numbered_in_order() {
        for (i, l) in Label::ALL.iter().enumerate() {
            assert_eq!(*l as usize, i);
            assert_eq!(Label::from_index(i), *l);
        }
        assert_eq!(Label::from_index(99), Label::Other);
    }

    #[test]
    fn shipped_model_reads() {
        assert_eq!(model().bits(), 14);
        assert!(model().weights() > 0);
    }

    /// The shipped model on references of the common styles, none of them from its training
    /// data: the fields a reader would mark.
    #[test]
    fn shipped_model_segments_common_styles() {
        use Label::*;
        let cases: &[(&str, &[(Label, &str)])] = &[
            (
                "Novak, C. (2010). Winds of change. Nature, 466, 1012–1015.",
                &[
                    (Author, "Novak, C."),
                    (Date, "(2010)."),
                    (Title, "Winds of change."),
                    (Container, "Nature,"),
                    (Volume, "466,"),
                    (Pages, "1012–1015."),
                ],
            ),
            (
                "Dupont, Marie. Histoire de la ville. Paris, Gallimard, 2000.",
                &[
                    (Author, "Dupont, Marie."),
                    (Title, "Histoire de la ville."),
                    (Location, "Paris,"),
                    (Publisher, "Gallimard,"),
                    (Date, "2000."),
                ],
            ),
            (
                "L. Chen, R. Okafor, Tidal flats, J. Coast. Res. 12 (2007) 101–118.",
                &[
                    (Author, "L. Chen, R. Okafor,"),
                    (Title, "Tidal flats,"),
                    (Container, "J. Coast. Res."),
                    (Volume, "12"),
                    (Date, "(2007)"),
                    (Pages, "101–118."),
                ],
            ),
        ];
        for (text, expected) in cases {
            let got: Vec<(Label, &str)> = segments(text)
                .into_iter()
                .filter(|(l, _)| *l != Label::Other)
                .map(|(l, r)| (l, &text[r]))
                .collect();
            assert_eq!(&got, expected, "{text}");
        }
    }
}
