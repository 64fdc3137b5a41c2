//! Reading inputs: bytes to text (UTF-8, UTF-16, Windows-1252; Word files through [`word`], a
//! PDF's pages through [`pdf`]), and the PDF residue (running headers, page numbers) that later
//! stages must not mistake for prose or references.

mod markup;
pub mod pdf;
mod residue;
pub mod word;

pub use markup::{mask_markup, SUP_CLOSE, SUP_OPEN};
pub use residue::find_residue;

use crate::diagnostic::{Code, Diagnostic};
use crate::span::{LineIndex, Span};
use std::borrow::Cow;
use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// Inputs larger than this are refused rather than read (configurable with `--max-size`).
pub const DEFAULT_MAX_BYTES: u64 = 256 * 1024 * 1024;

/// Why an input could not be read. Each message names what was expected.
#[derive(Debug)]
#[non_exhaustive]
pub enum InputError {
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    Empty {
        path: PathBuf,
    },
    Binary {
        path: PathBuf,
    },
    TooLarge {
        path: PathBuf,
        size: u64,
        limit: u64,
    },
    NoReferences {
        path: PathBuf,
    },
    /// A Word file that cites through a reference manager's fields and has no list: the
    /// manager's bibliography was never inserted.
    NoManagedList {
        path: PathBuf,
        manager: &'static str,
        citations: usize,
    },
    BadLine {
        path: PathBuf,
        line: usize,
        lines: usize,
    },
    /// A file the document names (`\input`, `\bibliography`, `bibliography:`) cannot be read.
    Named {
        path: PathBuf,
        by: PathBuf,
        line: usize,
        what: &'static str,
        reason: String,
    },
    /// A Word file (or what looks like one: a zip, an OLE file) that cannot be read.
    Word {
        path: PathBuf,
        reason: String,
    },
    /// A PDF with no text to read (a scan), encrypted, or broken.
    Pdf {
        path: PathBuf,
        problem: pdf::PdfError,
    },
}

impl fmt::Display for InputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            InputError::Io { path, source } => write!(f, "{}: cannot read: {source}", path.display()),
            InputError::Empty { path } => {
                write!(f, "{}: file is empty; expected a paper or a list of references", path.display())
            }
            InputError::Binary { path } => write!(
                f,
                "{}: not a text file (binary data); expected plain text, Markdown, LaTeX or BibTeX",
                path.display()
            ),
            InputError::TooLarge { path, size, limit } => write!(
                f,
                "{}: file is {size} bytes, over the limit of {limit} bytes (raise it with --max-size)",
                path.display()
            ),
            InputError::NoReferences { path } => write!(
                f,
                "{}: no reference section found; expected a heading such as \"References\" or \
                 \"Bibliography\" (point at the list with --references-at LINE)",
                path.display()
            ),
            InputError::NoManagedList { path, manager, citations } => write!(
                f,
                "{}: no reference list found, though {} {manager} field{}: insert the \
                 bibliography with {manager} (or point at a typed list with --references-at LINE)",
                path.display(),
                match citations {
                    1 => "1 citation is a".to_string(),
                    n => format!("{n} citations are"),
                },
                if *citations == 1 { "" } else { "s" },
            ),
            InputError::BadLine { path, line, lines } => write!(
                f,
                "{}: --references-at {line} is past the end of the file ({lines} lines)",
                path.display()
            ),
            InputError::Named { path, by, line, what, reason } => {
                write!(f, "{}: cannot read the {what} named on line {line} of {}: {reason}", path.display(), by.display())
            }
            InputError::Word { path, reason } => write!(f, "{}: {reason}", path.display()),
            InputError::Pdf { path, problem } => write!(f, "{}: {problem}", path.display()),
        }
    }
}

impl std::error::Error for InputError {}

/// A decoded input text with its line index and any warnings raised while reading it.
#[derive(Debug, Clone)]
pub struct Document {
    pub path: PathBuf,
    pub text: String,
    pub lines: LineIndex,
    /// Problems with the input itself (an encoding guessed, for instance).
    pub warnings: Vec<Diagnostic>,
    /// For a Word file: where each line of `text` came from, and its reference-manager fields.
    pub word: Option<Arc<word::WordMap>>,
    /// For a PDF, the page and line on the page of each line of `text`.
    pub pages: Option<pdf::PageMap>,
}

impl Document {
    /// Read and decode a file; `-` reads standard input.
    pub fn read(path: &Path, max_bytes: u64) -> Result<Self, InputError> {
        let io = |source| InputError::Io {
            path: path.to_path_buf(),
            source,
        };
        let bytes = if path == Path::new("-") {
            let mut buf = Vec::new();
            std::io::Read::read_to_end(&mut std::io::stdin().lock(), &mut buf).map_err(io)?;
            buf
        } else {
            let size = std::fs::metadata(path).map_err(io)?.len();
            if size > max_bytes {
                return Err(InputError::TooLarge {
                    path: path.to_path_buf(),
                    size,
                    limit: max_bytes,
                });
            }
            std::fs::read(path).map_err(io)?
        };
        if let Some(doc) = Self::packaged(path, &bytes, max_bytes) {
            return doc;
        }
        Self::decode(path, Cow::Owned(bytes))
    }

    /// Decode bytes: a Word file, else UTF-8 (BOM optional), UTF-16 with a BOM, else
    /// Windows-1252 with a warning.
    pub fn from_bytes(path: &Path, bytes: &[u8]) -> Result<Self, InputError> {
        if let Some(doc) = Self::packaged(path, bytes, DEFAULT_MAX_BYTES) {
            return doc;
        }
        Self::decode(path, Cow::Borrowed(bytes))
    }

    /// A Word file read from its zip, or a flat OpenDocument text from its XML; an OLE
    /// compound file (an encrypted Office file or an old `.doc`) refused with a message
    /// saying so. `None` for any other bytes.
    fn packaged(path: &Path, bytes: &[u8], max_bytes: u64) -> Option<Result<Self, InputError>> {
        if bytes.starts_with(word::OLE_MAGIC) {
            return Some(Err(InputError::Word {
                path: path.to_path_buf(),
                reason: "an encrypted Office file or an old binary .doc (OLE compound file); \
                         save it as .docx without a password"
                    .into(),
            }));
        }
        let word = if bytes.starts_with(word::ZIP_MAGIC) {
            word::read(path, bytes, max_bytes)
        } else if word::is_flat_odt(path, bytes) {
            word::read_flat(path, bytes)
        } else {
            return None;
        };
        Some(word.and_then(|word| {
            let mut doc = Self::from_text(path, word.text, Vec::new())?;
            doc.word = Some(Arc::new(word.map));
            Ok(doc)
        }))
    }

    /// [`Document::from_bytes`]; bytes of our own that are UTF-8 become the text without a copy.
    fn decode(path: &Path, bytes: Cow<'_, [u8]>) -> Result<Self, InputError> {
        let named_pdf = path
            .extension()
            .is_some_and(|e| e.eq_ignore_ascii_case("pdf"));
        if pdf::is_pdf(&bytes) || named_pdf {
            let problem = |problem| InputError::Pdf {
                path: path.to_path_buf(),
                problem,
            };
            if !pdf::is_pdf(&bytes) {
                return Err(problem(pdf::PdfError::Corrupt(
                    "the file is named .pdf but does not start with %PDF-".into(),
                )));
            }
            let extracted = pdf::extract(&bytes).map_err(problem)?;
            let mut doc = Self::from_text(path, extracted.text, Vec::new())?;
            doc.pages = Some(extracted.map);
            return Ok(doc);
        }
        let mut warnings = Vec::new();
        let text = if let Some((encoding, _)) = encoding_rs::Encoding::for_bom(&bytes) {
            let (text, _, _) = encoding.decode(&bytes);
            text.into_owned()
        } else if looks_binary(&bytes) {
            return Err(InputError::Binary {
                path: path.to_path_buf(),
            });
        } else {
            let utf8 = match bytes {
                Cow::Owned(bytes) => {
                    String::from_utf8(bytes).map_err(|e| Cow::Owned(e.into_bytes()))
                }
                Cow::Borrowed(bytes) => std::str::from_utf8(bytes)
                    .map(str::to_string)
                    .map_err(|_| Cow::Borrowed(bytes)),
            };
            match utf8 {
                Ok(text) => text,
                Err(bytes) => {
                    let (text, _, _) = encoding_rs::WINDOWS_1252.decode(&bytes);
                    warnings.push(Diagnostic::new(
                        Code::EncodingFallback,
                        Span::default(),
                        "the file is not valid UTF-8; read it as Windows-1252. Save it as UTF-8 \
                         if characters look wrong",
                    ));
                    text.into_owned()
                }
            }
        };
        Self::from_text(path, text, warnings)
    }

    /// Wrap already-decoded text. Fails only if it holds nothing but white space.
    pub fn from_text(
        path: &Path,
        text: String,
        warnings: Vec<Diagnostic>,
    ) -> Result<Self, InputError> {
        let text = normalise_text(text);
        if text.trim().is_empty() {
            return Err(InputError::Empty {
                path: path.to_path_buf(),
            });
        }
        Ok(Self {
            path: path.to_path_buf(),
            lines: LineIndex::new(&text),
            text,
            warnings,
            word: None,
            pages: None,
        })
    }

    /// The text of a span.
    pub fn slice(&self, span: Span) -> &str {
        self.text.get(span.start..span.end).unwrap_or("")
    }

    /// The page and line on the page of 1-based text line `line`, for a PDF.
    pub fn place(&self, line: usize) -> Option<pdf::Place> {
        self.pages.as_ref()?.place(line)
    }

    /// 1-based line and column of a byte offset.
    pub fn line_col(&self, offset: usize) -> (usize, usize) {
        self.lines.line_col(&self.text, offset)
    }
}

/// Make line ends uniform without moving any byte: a lone CR becomes LF, NUL becomes a space,
/// and zero-width characters stay (they are matched around, not removed, so spans stay true).
fn normalise_text(text: String) -> String {
    if !text.contains(['\r', '\0']) {
        return text;
    }
    let mut bytes = text.into_bytes();
    for i in 0..bytes.len() {
        match bytes[i] {
            b'\r' if bytes.get(i + 1) != Some(&b'\n') => bytes[i] = b'\n',
            b'\0' => bytes[i] = b' ',
            _ => {}
        }
    }
    // Only ASCII bytes were replaced by ASCII bytes, so the text is still valid UTF-8.
    String::from_utf8(bytes).unwrap_or_default()
}

/// Binary data: NUL bytes or many control characters in the first 8 KiB.
fn looks_binary(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(8192)];
    let nul = head.iter().filter(|&&b| b == 0).count();
    let control = head
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t' | 0x0c))
        .count();
    (nul > 1 && nul * 100 > head.len()) || control * 10 > head.len().max(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(bytes: &[u8]) -> Result<Document, InputError> {
        Document::from_bytes(Path::new("x.md"), bytes)
    }

    #[test]
    fn decodes_utf8_utf16_and_cp1252() {
        assert_eq!(read("Ødegaard".as_bytes()).unwrap().text, "Ødegaard");
        let utf16: Vec<u8> = [0xFF, 0xFE]
            .into_iter()
            .chain("Hé\n".encode_utf16().flat_map(u16::to_le_bytes))
            .collect();
        assert_eq!(read(&utf16).unwrap().text, "Hé\n");
        let doc = read(b"Caf\xe9 \x93quoted\x94").unwrap();
        assert_eq!(doc.text, "Café “quoted”");
        assert_eq!(doc.warnings[0].code, Code::EncodingFallback);
    }

    #[test]
    fn refuses_empty_and_binary() {
        assert!(matches!(read(b"  \n\n"), Err(InputError::Empty { .. })));
        assert!(matches!(
            read(b"\x7fELF\0\0\0\0\x01\x02\0\0\0\0"),
            Err(InputError::Binary { .. })
        ));
        let err = read(b"").unwrap_err().to_string();
        assert!(err.starts_with("x.md: file is empty"), "{err}");
    }

    #[test]
    fn line_ends_keep_offsets() {
        let doc = read(b"a\rb\r\nc").unwrap();
        assert_eq!(doc.text, "a\nb\r\nc");
        assert_eq!(doc.line_col(5), (3, 1));
    }
}
