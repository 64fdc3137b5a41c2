//! Reading the input of `format` and `export`: a paper (its parsed reference list), a `.bib`
//! file, or a CSL-JSON file, chosen by the file's extension.

use super::{from_bib, from_csl_json, Problem};
use crate::check::read_references;
use crate::document::{Document, InputError};
use crate::reference::Reference;
use std::path::Path;

/// What an input held: its references, and the entries that could not be read.
#[derive(Debug, Clone, Default)]
pub struct Loaded {
    pub references: Vec<Reference>,
    pub problems: Vec<Problem>,
}

/// The kinds of input, by extension.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InputKind {
    Paper,
    Bib,
    CslJson,
}

impl InputKind {
    pub fn of(path: &Path) -> Self {
        match path
            .extension()
            .and_then(|e| e.to_str())
            .map(str::to_ascii_lowercase)
            .as_deref()
        {
            Some("bib") | Some("bibtex") => InputKind::Bib,
            Some("json") => InputKind::CslJson,
            _ => InputKind::Paper,
        }
    }
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
    let doc = Document::read(path, max_bytes)?;
    match InputKind::of(path) {
        InputKind::Paper => {
            let list = read_references(&doc, None)?;
            Ok(Loaded {
                references: list.references,
                problems: Vec::new(),
            })
        }
        InputKind::Bib => {
            let (references, problems) = from_bib(&doc.text);
            Ok(Loaded {
                references,
                problems,
            })
        }
        InputKind::CslJson => {
            let (references, problems) =
                from_csl_json(&doc.text).map_err(|e| LoadError::CslJson(path.to_path_buf(), e))?;
            Ok(Loaded {
                references,
                problems,
            })
        }
    }
}
