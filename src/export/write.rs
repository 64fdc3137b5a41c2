//! Writing an output file whole: a temporary file beside it, then a rename. An output path that
//! is one of the inputs is refused, so nothing the user gave us is overwritten.

use std::fmt;
use std::io::Write;
use std::path::{Path, PathBuf};

#[derive(Debug)]
pub enum OutputError {
    IsInput(PathBuf),
    Io(PathBuf, std::io::Error),
}

impl fmt::Display for OutputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            OutputError::IsInput(p) => write!(
                f,
                "{}: refusing to write the output over an input file",
                p.display()
            ),
            OutputError::Io(p, e) => write!(f, "{}: cannot write output: {e}", p.display()),
        }
    }
}

impl std::error::Error for OutputError {}

fn same_file(a: &Path, b: &Path) -> bool {
    match (std::fs::canonicalize(a), std::fs::canonicalize(b)) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    }
}

/// Write `contents` to `path` atomically; refuse if `path` is any of `inputs`.
pub fn write_output(path: &Path, contents: &str, inputs: &[&Path]) -> Result<(), OutputError> {
    write_output_with(path, inputs, |w| w.write_all(contents.as_bytes()))
}

/// Like [`write_output`], for output produced by a writer (large reports are streamed, never
/// held whole in memory).
pub fn write_output_with(
    path: &Path,
    inputs: &[&Path],
    write: impl FnOnce(&mut dyn Write) -> std::io::Result<()>,
) -> Result<(), OutputError> {
    if inputs.iter().any(|i| same_file(i, path)) {
        return Err(OutputError::IsInput(path.to_path_buf()));
    }
    let io = |e| OutputError::Io(path.to_path_buf(), e);
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "output".into());
    let tmp = dir.join(format!(".{name}.{}.tmp", std::process::id()));
    let result = (|| {
        let file = std::fs::File::create(&tmp)?;
        let mut buffered = std::io::BufWriter::new(file);
        write(&mut buffered)?;
        let file = buffered.into_inner().map_err(|e| e.into_error())?;
        file.sync_all()?;
        std::fs::rename(&tmp, path)
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result.map_err(io)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_whole_and_refuses_inputs() {
        let dir = tempfile::tempdir().unwrap();
        let input = dir.path().join("paper.md");
        std::fs::write(&input, "keep me").unwrap();
        let out = dir.path().join("out.bib");
        write_output(&out, "@misc{a}", &[&input]).unwrap();
        assert_eq!(std::fs::read_to_string(&out).unwrap(), "@misc{a}");
        let err = write_output(&input, "x", &[&input]).unwrap_err();
        assert!(matches!(err, OutputError::IsInput(_)));
        assert_eq!(std::fs::read_to_string(&input).unwrap(), "keep me");
        assert!(write_output(&dir.path().join("no/such/dir/x"), "x", &[]).is_err());
    }
}
