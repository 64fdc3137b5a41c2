//! Reading the input of `format` and `export`: a paper (its parsed reference list), a `.bib`
//! file, or a CSL-JSON file, as [`crate::input`] tells them apart.

use super::{from_bib, from_csl_json, Problem};
use crate::check::read_references;
use crate::document::InputError;
use crate::input::{Input, Kind};
use crate::reference::Reference;
use std::path::Path;

/// What an input held: its references, and the entries that could not be read.
#[derive(Debug, Clone, Default)]
pub struct Loaded {
    pub references: Vec<Reference>,
    pub problems: Vec<Problem>,
}

/// Why an input could not be read at all.
#[derive(Debug)]
pub enum LoadError {
    Input(InputError),
    CslJson(std::path::PathBuf, String),
}

impl std::fmt::Display for LoadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            LoadError::Input(e) => e.fmt(f),
            LoadError::CslJson(p, e) => write!(f, "{}: {e}", p.display()),
        }
    }
}

impl std::error::Error for LoadError {}

impl From<InputError> for LoadError {
    fn from(e: InputError) -> Self {
        LoadError::Input(e)
    }
}

/// Read an input whole. A paper's list is parsed as `citecheck refs` parses it.
pub fn load(path: &Path, max_bytes: u64) -> Result<Loaded, LoadError> {
    let Input { doc, kind } = Input::read(path, max_bytes, false)?;
    match kind {
        // A paper's list, whichever way it cites (a key paper's list is its own text).
        Kind::Paper | Kind::Docx | Kind::Pdf | Kind::Latex | Kind::Pandoc => {
            let list = read_references(&doc, None)?;
            Ok(Loaded {
                references: list.references,
                problems: Vec::new(),
            })
        }
        Kind::Bib => {
            let (references, problems) = from_bib(&doc.text);
            Ok(Loaded {
                references,
                problems,
            })
        }
        Kind::CslJson => {
            let (references, problems) =
                from_csl_json(&doc.text).map_err(|e| LoadError::CslJson(path.to_path_buf(), e))?;
            Ok(Loaded {
                references,
                problems,
            })
        }
    }
}
