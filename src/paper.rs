//! A paper that cites by key (LaTeX or Pandoc Markdown): the files it
//! pulls in (`\input`, `\include`, followed once each, relative to the main file), its
//! citations in reading order, and the `.bib` files it names.

use crate::bibfile::BibFile;
use crate::citation::{self, Citation, KeyFound};
use crate::diagnostic::{Code, Diagnostic, SourceId};
use crate::document::{Document, InputError};
use crate::span::Span;
use std::collections::HashSet;
use std::path::{Path, PathBuf};

/// How a paper's citations are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Syntax {
    Latex,
    Pandoc,
}

/// A bibliography file a paper names, and where.
#[derive(Debug, Clone, PartialEq)]
pub struct NamedBib {
    /// Resolved against the main file's folder.
    pub path: PathBuf,
    pub source: SourceId,
    pub span: Span,
}

/// Everything read from a key-citing paper before its `.bib` files.
#[derive(Debug, Default)]
pub struct KeyPaper {
    /// Files pulled in, in the order first met (`SourceId::Input(i)`).
    pub inputs: Vec<Document>,
    /// Citations in reading order, with the file each is in.
    pub citations: Vec<Citation>,
    pub citation_sources: Vec<SourceId>,
    /// `\nocite{*}` somewhere.
    pub cite_all: bool,
    pub bibliographies: Vec<NamedBib>,
    /// Files pulled in that are missing or empty (`missing-input` warnings).
    pub problems: Vec<Diagnostic>,
    /// Some file names its bibliography with `\bibliography` (BibTeX).
    pub bibtex: bool,
    /// Some file loads biblatex (biber reads the bibliography).
    pub biblatex: bool,
    /// A Pandoc header Pandoc does not read, whose bibliography was taken anyway.
    pub misplaced_header: Option<Span>,
}

/// Deeper than this, `\input` is taken to be looping through different names.
const MAX_DEPTH: usize = 32;

/// Read a paper's citations, following `\input` and `\include` (each file once).
pub fn read_paper(doc: &Document, syntax: Syntax, max_bytes: u64) -> Result<KeyPaper, InputError> {
    let mut paper = KeyPaper::default();
    let base = doc.path.parent().map(Path::to_path_buf).unwrap_or_default();
    let mut seen = HashSet::new();
    if let Ok(p) = std::fs::canonicalize(&doc.path) {
        seen.insert(p);
    }
    read_one(
        doc,
        SourceId::Document,
        syntax,
        &base,
        max_bytes,
        &mut seen,
        &mut paper,
        0,
    )?;
    Ok(paper)
}

#[allow(clippy::too_many_arguments)]
fn read_one(
    doc: &Document,
    source: SourceId,
    syntax: Syntax,
    base: &Path,
    max_bytes: u64,
    seen: &mut HashSet<PathBuf>,
    paper: &mut KeyPaper,
    depth: usize,
) -> Result<(), InputError> {
    let found: KeyFound = match syntax {
        Syntax::Latex => citation::find_latex(&doc.text),
        Syntax::Pandoc => citation::find_pandoc(&doc.text),
    };
    paper.cite_all |= found.cite_all;
    paper.bibtex |= found.bibtex;
    paper.biblatex |= found.biblatex;
    if source == SourceId::Document {
        paper.misplaced_header = found.misplaced_header;
    }
    for (name, span) in found.bibliographies {
        paper.bibliographies.push(NamedBib {
            path: base.join(name),
            source,
            span,
        });
    }
    // Interleave citations and included files by position, so citations stay in reading order.
    let mut citations = found.citations.into_iter().peekable();
    for (name, span) in found.inputs {
        while let Some(c) = citations.next_if(|c| c.span.start < span.start) {
            paper.citations.push(c);
            paper.citation_sources.push(source);
        }
        if depth >= MAX_DEPTH {
            continue;
        }
        let Some(path) = resolve_input(base, &name) else {
            // LaTeX stops at a missing `\input` and skips a missing `\include`; either way the
            // rest of the paper is still worth checking.
            paper.problems.push(missing_input(
                span,
                source,
                format!(
                    "`{name}` is not found (looked for {name}.tex and {name} in the main file's \
                     folder, the working folder and TEXINPUTS); its citations are not checked"
                ),
            ));
            continue;
        };
        // A file already read (a cycle, or one included twice) is not read again.
        let canonical = std::fs::canonicalize(&path).unwrap_or_else(|_| path.clone());
        if !seen.insert(canonical) {
            continue;
        }
        let included = match Document::read(&path, max_bytes) {
            Ok(doc) => doc,
            Err(InputError::Empty { .. }) => {
                paper.problems.push(missing_input(
                    span,
                    source,
                    format!("`{}` is empty; nothing in it to check", path.display()),
                ));
                continue;
            }
            Err(InputError::Io { source: e, .. }) => {
                paper.problems.push(missing_input(
                    span,
                    source,
                    format!(
                        "`{}` cannot be read ({e}); its citations are not checked",
                        path.display()
                    ),
                ));
                continue;
            }
            Err(e) => {
                return Err(InputError::Named {
                    path: path.clone(),
                    by: doc.path.clone(),
                    line: doc.lines.line(span.start),
                    what: "file",
                    reason: reason(&e),
                })
            }
        };
        let id = SourceId::Input(paper.inputs.len());
        paper.inputs.push(included.clone());
        read_one(
            &included,
            id,
            syntax,
            base,
            max_bytes,
            seen,
            paper,
            depth + 1,
        )?;
    }
    for c in citations {
        paper.citations.push(c);
        paper.citation_sources.push(source);
    }
    Ok(())
}

/// A `missing-input` warning at `span` of file `source`.
fn missing_input(span: Span, source: SourceId, message: String) -> Diagnostic {
    Diagnostic::new(Code::MissingInput, span, message).in_source(source)
}

/// Where TeX finds `\input{name}`: in the main file's folder, then the working folder, then
/// each folder of `TEXINPUTS` (a trailing `//` is read as the folder itself; empty entries,
/// TeX's own tree, are skipped); in each, `name.tex` first, then `name` as written.
fn resolve_input(base: &Path, name: &str) -> Option<PathBuf> {
    let mut folders = vec![base.to_path_buf(), PathBuf::from(".")];
    if let Some(list) = std::env::var_os("TEXINPUTS") {
        folders.extend(
            std::env::split_paths(&list)
                .filter(|p| !p.as_os_str().is_empty())
                .map(|p| {
                    let text = p.to_string_lossy();
                    PathBuf::from(text.trim_end_matches('/'))
                }),
        );
    }
    let names: Vec<String> = if name.ends_with(".tex") {
        vec![name.to_string()]
    } else {
        vec![format!("{name}.tex"), name.to_string()]
    };
    folders
        .iter()
        .flat_map(|f| names.iter().map(move |n| f.join(n)))
        .find(|p| p.is_file())
}

/// The cause of a read failure without the path (the caller's message names it).
fn reason(e: &InputError) -> String {
    match e {
        InputError::Io { source, .. } => source.to_string(),
        other => {
            let text = other.to_string();
            text.split_once(": ")
                .map_or(text.clone(), |(_, rest)| rest.to_string())
        }
    }
}

/// Read the `.bib` files a paper names, in order; a missing one is an error naming it and
/// where the paper names it.
pub fn read_named_bibs(
    doc: &Document,
    paper: &KeyPaper,
    max_bytes: u64,
) -> Result<Vec<BibFile>, InputError> {
    let mut strings = crate::bibfile::month_strings();
    let mut files: Vec<BibFile> = Vec::new();
    let mut read = HashSet::new();
    for named in &paper.bibliographies {
        if !read.insert(named.path.clone()) {
            continue;
        }
        let file = BibFile::read(&named.path, max_bytes, &strings).map_err(|e| {
            let by = match named.source {
                SourceId::Input(i) => paper.inputs.get(i).unwrap_or(doc),
                _ => doc,
            };
            InputError::Named {
                path: named.path.clone(),
                by: by.path.clone(),
                line: by.lines.line(named.span.start),
                what: "bibliography",
                reason: reason(&e),
            }
        })?;
        strings = file.strings.clone();
        files.push(file);
    }
    Ok(files)
}
