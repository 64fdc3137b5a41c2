//! Writing parsed references out: BibLaTeX through the `biblatex` crate, BibTeX, CSL-JSON, RIS
//! and hayagriva's YAML; reading `.bib` and CSL-JSON back; formatted bibliographies through
//! hayagriva's CSL engine; and files written whole (temporary file, then rename) and never
//! over an input.

mod bib;
mod bibtex;
mod csl_json;
mod disambiguate;
mod entry;
pub mod format;
mod input;
mod read_bib;
mod ris;
mod style;
mod write;

pub use bib::{to_biblatex, to_entry};
pub use bibtex::{to_bibtex, to_bibtex_entry};
pub use csl_json::{
    from_csl_item, from_csl_json, to_csl_item, to_csl_json, CslDate, CslItem, CslName,
};
pub use entry::{to_hayagriva, to_yaml};
pub use input::{load, LoadError, Loaded};
pub use read_bib::{from_bib, to_reference};
pub use ris::{to_ris, to_ris_record};
pub use write::{write_output, write_output_with, OutputError};

/// An entry of an input that could not be read, or a field of it that was left out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// The entry's key, or where it starts when it has none.
    pub entry: String,
    pub message: String,
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.entry, self.message)
    }
}

/// The export formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExportFormat {
    /// BibLaTeX.
    Bib,
    BibTex,
    CslJson,
    Ris,
    /// hayagriva's YAML.
    Yaml,
}

/// The list written in an export format.
pub fn export(
    references: &[crate::reference::Reference],
    format: ExportFormat,
) -> Result<String, String> {
    Ok(match format {
        ExportFormat::Bib => to_biblatex(references),
        ExportFormat::BibTex => to_bibtex(references),
        ExportFormat::CslJson => to_csl_json(references),
        ExportFormat::Ris => to_ris(references),
        ExportFormat::Yaml => to_yaml(references)?,
    })
}

/// The article the export tests start from: a particle name, a month date, a full container.
#[cfg(test)]
pub(crate) fn test_article() -> crate::reference::Reference {
    use crate::reference::{Date, EntryType, Name, Reference};
    Reference {
        key: "berg2020".into(),
        entry_type: EntryType::Article,
        authors: vec![Name::Person {
            family: "Berg".into(),
            given: Some("P.".into()),
            particle: Some("van der".into()),
            suffix: None,
        }],
        date: Some(Date {
            year: 2020,
            month: Some(3),
            day: None,
        }),
        title: Some("Growth".into()),
        container: Some("Journal of Tests".into()),
        volume: Some("4".into()),
        number: Some("2".into()),
        pages: Some("10–12".into()),
        doi: Some("10.1000/x".into()),
        ..Default::default()
    }
}
