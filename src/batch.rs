//! Many documents in one run: expanding files, folders and globs into a list, and checking
//! them in parallel with results handed back in input order. A failure in one document is
//! that document's result; the run goes on.

use crate::check::{self, Checked, Keep};
use crate::config::{Config, ConfigError, StyleChoice};
use crate::document::InputError;
use crate::input::Input;
use crate::report::{self, Failure, Reporter};
use std::fmt;
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc;

/// File endings taken when a folder is given.
pub const DOCUMENT_EXTENSIONS: &[&str] = &[
    "md", "markdown", "txt", "text", "tex", "ltx", "latex", "docx", "odt", "fodt",
];

/// Why one document could not be checked.
#[derive(Debug)]
pub enum DocError {
    Input(InputError),
    Config(ConfigError),
}

impl fmt::Display for DocError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DocError::Input(e) => e.fmt(f),
            DocError::Config(e) => e.fmt(f),
        }
    }
}

impl std::error::Error for DocError {}

impl From<InputError> for DocError {
    fn from(e: InputError) -> Self {
        DocError::Input(e)
    }
}

impl From<ConfigError> for DocError {
    fn from(e: ConfigError) -> Self {
        DocError::Config(e)
    }
}

/// How each document is checked.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// A config for every document; otherwise each finds its own `citecheck.toml`.
    pub config: Option<Config>,
    pub style: Option<StyleChoice>,
    pub references_at: Option<usize>,
    /// `.bib` files that replace those LaTeX and Pandoc papers name.
    pub bib: Vec<PathBuf>,
    pub max_bytes: u64,
}

/// Read, configure and check one document, as the command line does: a reference-list
/// paper's citations kept only as tallies ([`Keep::Tallies`]).
pub fn check_one(path: &Path, options: &Options) -> Result<Checked, DocError> {
    let mut config = match &options.config {
        Some(c) => c.clone(),
        None => Config::discover(path)?,
    };
    if let Some(style) = options.style {
        config.style = style;
    }
    let input = Input::read(path, options.max_bytes, !options.bib.is_empty())?;
    let options = check::Options {
        config,
        references_at: options.references_at,
        bib: options.bib.clone(),
        max_bytes: options.max_bytes,
        keep: Keep::Tallies,
    };
    Ok(check::run(input, &options)?)
}

/// What a run over many inputs tells its caller as it goes (the library never prints).
#[derive(Debug)]
pub enum Event<'a> {
    /// An input could not be checked: the one-line error naming it.
    Failed(&'a str),
    /// `done` of `total` inputs are finished, in input order.
    Progress { done: usize, total: usize },
}

/// How a run over many inputs went.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Tallied {
    /// Some report holds a problem at error level.
    pub errors: bool,
    /// Some input could not be checked.
    pub failures: bool,
}

/// Check `paths` on `jobs` threads (all cores when `None`) and write each report through
/// `reporter` to `out` in input order, then the reporter's closing part (a summary table, the
/// JSON document's end). A failure is that input's result; the run goes on.
pub fn check_many(
    paths: &[PathBuf],
    options: &Options,
    jobs: Option<usize>,
    reporter: Reporter,
    out: &mut dyn Write,
    mut on: impl FnMut(Event),
) -> io::Result<Tallied> {
    let jobs = jobs.unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()));
    let mut batch = reporter.batch(out);
    let mut tallied = Tallied::default();
    let mut written = Ok(());
    let total = paths.len();
    for_each_ordered(
        paths,
        jobs,
        |path| {
            let checked = check_one(path, options).map_err(|e| e.to_string())?;
            let view = report::view(&checked);
            // Rendered here, on the worker, so that only the result travels.
            Ok((reporter.piece(&view)?, view.summary().clone()))
        },
        |i, result: Result<_, String>| {
            let file = paths[i].display().to_string();
            let step = match result {
                Ok((piece, summary)) => {
                    tallied.errors |= summary.errors > 0;
                    batch.add(file, piece, summary)
                }
                Err(message) => {
                    tallied.failures = true;
                    on(Event::Failed(&message));
                    batch.fail(Failure::new(file, message))
                }
            };
            if written.is_ok() {
                written = step;
            }
            on(Event::Progress { done: i + 1, total });
        },
    );
    written?;
    batch.finish()?;
    Ok(tallied)
}

/// Expand paths (files, folders searched recursively for documents, glob patterns) and the
/// lines of a list file into document paths, in a stable order.
pub fn expand_inputs(paths: &[PathBuf]) -> Result<Vec<PathBuf>, InputError> {
    let mut out = Vec::new();
    for path in paths {
        let text = path.to_string_lossy();
        if path.is_dir() {
            walk(path, &mut out).map_err(|source| InputError::Io {
                path: path.clone(),
                source,
            })?;
        } else if !path.exists() && text.contains(['*', '?', '[']) {
            let matches = glob::glob(&text).map_err(|e| InputError::Io {
                path: path.clone(),
                source: std::io::Error::new(std::io::ErrorKind::InvalidInput, e.msg),
            })?;
            let mut found: Vec<PathBuf> = matches.flatten().filter(|p| p.is_file()).collect();
            found.sort();
            out.extend(found);
        } else {
            out.push(path.clone());
        }
    }
    Ok(out)
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>) -> std::io::Result<()> {
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)?
        .flatten()
        .map(|e| e.path())
        .collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            walk(&path, out)?;
        } else if path
            .extension()
            .and_then(|e| e.to_str())
            .is_some_and(|e| DOCUMENT_EXTENSIONS.contains(&e.to_ascii_lowercase().as_str()))
        {
            out.push(path);
        }
    }
    Ok(())
}

/// Paths listed one per line (blank lines and `#` comments skipped).
pub fn read_file_list(text: &str) -> Vec<PathBuf> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(PathBuf::from)
        .collect()
}

/// Apply `work` to every item on `jobs` threads; `done` receives each result in input order,
/// as soon as it and all before it are finished.
pub fn for_each_ordered<T, R, W, D>(items: &[T], jobs: usize, work: W, mut done: D)
where
    T: Sync,
    R: Send,
    W: Fn(&T) -> R + Sync,
    D: FnMut(usize, R),
{
    let jobs = jobs.clamp(1, items.len().max(1));
    let next = AtomicUsize::new(0);
    let (tx, rx) = mpsc::channel::<(usize, R)>();
    std::thread::scope(|scope| {
        for _ in 0..jobs {
            let tx = tx.clone();
            let (next, work) = (&next, &work);
            scope.spawn(move || loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                let Some(item) = items.get(i) else { break };
                if tx.send((i, work(item))).is_err() {
                    break;
                }
            });
        }
        drop(tx);
        // Reorder buffer: hand results out in input order.
        let mut pending: Vec<Option<R>> = (0..items.len()).map(|_| None).collect();
        let mut emitted = 0;
        for (i, result) in rx {
            pending[i] = Some(result);
            while let Some(r) = pending.get_mut(emitted).and_then(Option::take) {
                done(emitted, r);
                emitted += 1;
            }
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn results_come_back_in_input_order() {
        let items: Vec<u64> = (0..200).collect();
        let mut seen = Vec::new();
        let work = |&n: &u64| {
            // Uneven work so that threads finish out of order.
            std::thread::sleep(std::time::Duration::from_micros((n * 37) % 300));
            n * 2
        };
        for_each_ordered(&items, 4, work, |i, r| seen.push((i, r)));
        assert_eq!(seen.len(), 200);
        assert!(seen
            .iter()
            .enumerate()
            .all(|(k, &(i, r))| k == i && r == i as u64 * 2));
    }

    #[test]
    fn file_lists_skip_blanks_and_comments() {
        assert_eq!(
            read_file_list("a.md\n\n# x\n b.md \n"),
            [PathBuf::from("a.md"), PathBuf::from("b.md")]
        );
    }
}
