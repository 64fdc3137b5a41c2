//! Reading `.bib` files: raw entries with their spans first ([`scan`]), then each entry as our
//! typed [`Reference`](crate::reference::Reference) ([`convert`]), so reports show `.bib`
//! entries in the same JSON shape as parsed reference lists.
//!
//! The scanner is tolerant: a broken entry is one [`SyntaxError`] and the rest of the file still
//! loads. A duplicate key or an undefined `@string` is not an error here at all: those are
//! diagnostics (see `rules`), found after reading.

mod convert;
mod names;
mod scan;
mod tex;

pub use convert::{date_of, entry_type, month_of, to_reference};
pub use names::parse_bib_names;
pub use scan::{parse, scan, Parsed};
pub use tex::detex;

use crate::diagnostic::Source;
use crate::document::{Document, InputError};
use crate::span::Span;
use crate::text::MONTHS;
use std::collections::HashMap;
use std::fmt;
use std::path::Path;

/// `@string` macros by lower-case name (BibTeX macro names ignore case), resolved to their text.
pub type Strings = HashMap<String, String>;

/// The month macros every BibTeX style defines, as biber reads them (`mar` → 3).
pub fn month_strings() -> Strings {
    MONTHS
        .iter()
        .enumerate()
        .map(|(i, m)| (m[..3].to_string(), (i + 1).to_string()))
        .collect()
}

/// One `@type{key, field = value, ...}` as written.
#[derive(Debug, Clone, PartialEq)]
pub struct BibEntry {
    /// Lower case: "article", "inproceedings".
    pub entry_type: String,
    /// As written; empty when the entry has none (a `bib-syntax` error says so).
    pub key: String,
    pub key_span: Span,
    /// From the `@` to the closing delimiter.
    pub span: Span,
    /// 1-based line of the `@` in its file.
    pub line: usize,
    pub fields: Vec<Field>,
}

impl BibEntry {
    /// The first field of that (lower-case) name.
    pub fn field(&self, name: &str) -> Option<&Field> {
        self.fields.iter().find(|f| f.name == name)
    }

    /// A field's value if present and not blank.
    pub fn value(&self, name: &str) -> Option<&str> {
        self.field(name)
            .map(|f| f.value.trim())
            .filter(|v| !v.is_empty())
    }
}

/// One `name = value` of an entry or an `@string`.
#[derive(Debug, Clone, PartialEq)]
pub struct Field {
    /// Lower case.
    pub name: String,
    pub name_span: Span,
    /// The whole value as written, `#` parts and delimiters included.
    pub value_span: Span,
    /// The `@string` names the value uses, in order (empty for most values).
    pub macros: Vec<StringUse>,
    /// The value with delimiters removed and `@string`s expanded (still TeX).
    pub value: String,
}

/// An `@string` name in a value, as written.
#[derive(Debug, Clone, PartialEq)]
pub struct StringUse {
    pub name: String,
    pub span: Span,
}

/// Why part of a `.bib` file could not be read.
#[derive(Debug, Clone, PartialEq)]
pub struct SyntaxError {
    pub span: Span,
    pub kind: SyntaxErrorKind,
}

#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum SyntaxErrorKind {
    /// The entry's braces never balance; `next` is where reading went on.
    Unclosed {
        entry: String,
        depth: usize,
        next: Option<usize>,
    },
    /// A `}` too many ended the entry before its last fields.
    ClosedEarly {
        entry: String,
        closed_at: usize,
    },
    MissingKey {
        entry_type: String,
    },
    /// Inside an entry: what was expected.
    Field {
        entry: String,
        expected: &'static str,
    },
    /// Two fields without a comma between them; the second is read anyway.
    MissingComma {
        entry: String,
    },
    UnclosedQuote,
    /// `@Comment [@key]`: an `@word` opening a line with no `{` or `(` after it. BibTeX
    /// skips it; biber's parser stops with a syntax error and Pandoc rejects the file.
    NoBody {
        item: String,
    },
    /// Internal: a value-level problem before it is tied to its entry.
    Expected(&'static str),
}

impl fmt::Display for SyntaxErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SyntaxErrorKind::Unclosed { entry, depth, next } => {
                let braces = if *depth == 1 { "1 `{` is".to_string() } else { format!("{depth} `{{` are") };
                let lost = if next.is_some() { "reading goes on at the next entry" } else { "it runs to the end of the file" };
                write!(f, "entry `{entry}` is never closed: {braces} still open where it ends; the entry is skipped and {lost}. Balance its braces")
            }
            SyntaxErrorKind::ClosedEarly { entry, .. } => {
                write!(f, "entry `{entry}` ends early: a `}}` too many closes it, so this text is outside any entry and ignored. Remove the extra `}}`")
            }
            SyntaxErrorKind::MissingKey { entry_type } => write!(f, "@{entry_type} entry has no key: write `@{entry_type}{{key, ...`"),
            SyntaxErrorKind::Field { entry, expected } => write!(f, "entry `{entry}`: expected {expected}; the field is skipped"),
            SyntaxErrorKind::MissingComma { entry } => write!(f, "entry `{entry}`: a comma is missing before this field; add it (the field is read as if it were there)"),
            SyntaxErrorKind::UnclosedQuote => write!(f, "a quoted value is never closed: add the closing `\"`"),
            SyntaxErrorKind::NoBody { item } => write!(f, "`@{item}` is not followed by `{{` or `(`: biber stops with a syntax error here and Pandoc rejects the whole file; write `@{item}{{...}}`, or remove the `@`"),
            SyntaxErrorKind::Expected(what) => write!(f, "expected {what}"),
        }
    }
}

/// A `.bib` file, read and scanned.
#[derive(Debug, Clone)]
pub struct BibFile {
    pub doc: Document,
    pub entries: Vec<BibEntry>,
    pub string_defs: Vec<Field>,
    /// Macros visible in this file (month names, earlier files', its own).
    pub strings: Strings,
    pub errors: Vec<SyntaxError>,
}

impl BibFile {
    /// Scan a decoded document. `inherited` are the `@string`s of files read before it.
    pub fn from_document(doc: Document, inherited: &Strings) -> Self {
        let mut entries = Vec::new();
        let mut file = Self::scan_document(doc, inherited, |e, _| entries.push(e));
        file.entries = entries;
        file
    }

    /// [`BibFile::from_document`] without keeping the entries: each goes to `on_entry`, its
    /// line set, with the `@string`s defined so far, as it is read, and `entries` stays empty.
    /// [`BibFile::each_entry`] reads them again.
    pub fn scan_document(
        doc: Document,
        inherited: &Strings,
        mut on_entry: impl FnMut(BibEntry, &Strings),
    ) -> Self {
        let Parsed {
            string_defs,
            strings,
            errors,
            ..
        } = scan(&doc.text, inherited, |mut e, strings| {
            e.line = doc.lines.line(e.span.start);
            on_entry(e, strings);
        });
        BibFile {
            doc,
            entries: Vec::new(),
            string_defs,
            strings,
            errors,
        }
    }

    /// The entries of a file scanned without keeping them, read again, in file order.
    /// `inherited` must be what the first reading saw.
    pub fn each_entry(&self, inherited: &Strings, mut f: impl FnMut(BibEntry)) {
        scan(&self.doc.text, inherited, |mut e, _| {
            e.line = self.doc.lines.line(e.span.start);
            f(e);
        });
    }

    /// Read one file.
    pub fn read(path: &Path, max_bytes: u64, inherited: &Strings) -> Result<Self, InputError> {
        Ok(Self::from_document(
            Self::read_document(path, max_bytes)?,
            inherited,
        ))
    }

    /// A `.bib` file's text; an empty file is a bibliography with no entries, not a failure.
    pub fn read_document(path: &Path, max_bytes: u64) -> Result<Document, InputError> {
        match Document::read(path, max_bytes) {
            Ok(doc) => Ok(doc),
            Err(InputError::Empty { path }) => Ok(Document {
                path,
                text: String::new(),
                lines: crate::span::LineIndex::new(""),
                warnings: Vec::new(),
                word: None,
                pages: None,
            }),
            Err(e) => Err(e),
        }
    }

    /// Read files in order, each seeing the `@string`s of those before it.
    pub fn read_all(paths: &[impl AsRef<Path>], max_bytes: u64) -> Result<Vec<Self>, InputError> {
        let mut strings = month_strings();
        let mut files = Vec::with_capacity(paths.len());
        for path in paths {
            let file = Self::read(path.as_ref(), max_bytes, &strings)?;
            strings = file.strings.clone();
            files.push(file);
        }
        Ok(files)
    }

    /// The file as a source a report can quote lines from.
    pub fn source(&self) -> Source<'_> {
        Source {
            path: self.doc.path.display().to_string(),
            text: &self.doc.text,
            lines: &self.doc.lines,
            pages: None,
        }
    }

    /// Is this macro name defined here (case-insensitive)?
    pub fn defines(&self, name: &str) -> bool {
        self.strings.contains_key(&name.to_ascii_lowercase())
    }
}
