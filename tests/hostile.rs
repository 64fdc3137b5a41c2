//! Hostile inputs, at sizes small enough for CI (the full sizes run in
//! `scripts/hostile-full.sh`): each gets a report or a one-line error with exit 2, never a
//! panic, a hang or a stack overflow.

mod common;

use std::io::Write;
use std::process::{Command, Stdio};
use std::time::Duration;

/// Run citecheck on `bytes` written to a file named `name`; fail if it runs past `limit`.
fn run_on(name: &str, bytes: &[u8], args: &[&str], limit: Duration) -> (i32, String, String) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(name);
    std::fs::write(&path, bytes).unwrap();
    let mut all: Vec<String> = args.iter().map(|s| s.to_string()).collect();
    all.push(path.display().to_string());
    let child = Command::new(env!("CARGO_BIN_EXE_citecheck"))
        .args(&all)
        .env("NO_COLOR", "1")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let pid = child.id();
    // A bound on time, not a measurement: a hang is the failure this catches. The output is
    // read while the child runs (a full pipe would otherwise stall it).
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let _ = tx.send(child.wait_with_output());
    });
    let out = match rx.recv_timeout(limit) {
        Ok(out) => out.unwrap(),
        Err(_) => {
            let _ = Command::new("kill").args(["-9", &pid.to_string()]).status();
            panic!("{name}: still running after {limit:?}");
        }
    };
    let (stdout, stderr) = (
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    );
    let code = out.status.code().unwrap_or(-1);
    assert!(
        !stderr.contains("panicked") && !stderr.contains("overflow"),
        "{name}: {stderr}"
    );
    assert!([0, 1, 2].contains(&code), "{name}: exit {code}: {stderr}");
    if code == 2 {
        assert_eq!(stderr.lines().count(), 1, "{name}: one line: {stderr}");
    }
    (code, stdout, stderr)
}

const LIMIT: Duration = Duration::from_secs(60);

fn paper_with(body: &str, refs: &str) -> Vec<u8> {
    format!("{body}\n\nReferences\n\n{refs}\n").into_bytes()
}

#[test]
fn a_long_file_with_no_newline() {
    let mut text = String::from("Intro (Smith, 2020). ");
    while text.len() < 8_000_000 {
        text.push_str("Words and more words (Smith, 2020) in one endless line. ");
    }
    let (code, _, err) = run_on(
        "long.md",
        text.as_bytes(),
        &["check", "--format", "json"],
        LIMIT,
    );
    assert_eq!(code, 2, "no reference section: {err}");
    // With a heading at the end of the same line-less text there is still no list to split.
    text.push_str(" References Smith, J. (2020). Title. Press.");
    run_on(
        "long2.md",
        text.as_bytes(),
        &["refs", "--format", "json"],
        LIMIT,
    );
}

/// A long list, kept short enough for a debug build, which parses references with the field
/// model many times slower than a release build: the bound guards against a hang, not a slow
/// machine (10,000 references took 16 s of CPU in a debug build on a loaded machine).
/// `scripts/hostile-full.sh` runs a million references on the release binary.
#[test]
fn many_references() {
    let refs = citecheck::generate::reference_list(3, 3_000);
    let mut text = String::from("A paper (Alvarez, 2018).\n\nReferences\n\n");
    text.push_str(&refs.replace('\n', "\n\n"));
    let (code, out, err) = run_on(
        "many.md",
        text.as_bytes(),
        &["refs", "--format", "json"],
        LIMIT,
    );
    assert_eq!(code, 0, "{err}");
    let report: citecheck::report::RefsReport = serde_json::from_str(&out).unwrap();
    assert_eq!(report.references.len(), 3_000);
}

#[test]
fn deep_nesting_does_not_overflow_the_stack() {
    let deep = format!(
        "{}(Smith, 2020){}",
        "(".repeat(100_000),
        ")".repeat(100_000)
    );
    run_on(
        "parens.md",
        &paper_with(&deep, "Smith, J. (2020). Title. Press."),
        &["check"],
        LIMIT,
    );
    let brackets = format!("{}1{}", "[".repeat(100_000), "]".repeat(100_000));
    run_on(
        "brackets.md",
        &paper_with(&brackets, "[1] J. Smith, \"T,\" 2020."),
        &["check"],
        LIMIT,
    );
    let braces = format!(
        "@article{{k, title = {}x{}}}\n",
        "{".repeat(100_000),
        "}".repeat(100_000)
    );
    run_on("deep.bib", braces.as_bytes(), &["lint"], LIMIT);
    let tex = format!("\\documentclass{{article}}\\begin{{document}}{}\\cite{{k}}{}\\bibliography{{deep}}\\end{{document}}", "{".repeat(100_000), "}".repeat(100_000));
    run_on("deep.tex", tex.as_bytes(), &["check"], LIMIT);
}

#[test]
fn odd_bytes_and_encodings() {
    let paper = "Text (Smith, 2020).\n\nReferences\n\nSmith, J. (2020). Title. Press.\n";
    // NUL bytes scattered in text (not enough to look binary).
    let with_nul = paper.replace("Text", "Te\0xt");
    let (code, _, _) = run_on("nul.md", with_nul.as_bytes(), &["check"], LIMIT);
    assert_eq!(code, 0);
    // Invalid UTF-8: read as Windows-1252 with a warning.
    let mut bad = paper.as_bytes().to_vec();
    bad.extend_from_slice(b"\xff\xfe\xc3(\n");
    let (code, _, err) = run_on("bad.md", &bad, &["check"], LIMIT);
    assert_eq!(code, 0, "{err}");
    // UTF-16 with a byte-order mark.
    let mut utf16 = vec![0xFF, 0xFE];
    utf16.extend(paper.encode_utf16().flat_map(u16::to_le_bytes));
    let (code, out, _) = run_on("utf16.md", &utf16, &["check"], LIMIT);
    assert_eq!(code, 0);
    assert!(out.contains("1 matched"), "{out}");
    // CRLF and lone CR line ends.
    for (name, text) in [
        ("crlf.md", paper.replace('\n', "\r\n")),
        ("cr.md", paper.replace('\n', "\r")),
    ] {
        let (code, out, _) = run_on(name, text.as_bytes(), &["check"], LIMIT);
        assert_eq!(code, 0, "{name}");
        assert!(out.contains("1 matched"), "{name}: {out}");
    }
    // Right-to-left text and zero-width characters around citations.
    let rtl = "نص عربي (Smith, 2020) \u{200f}עברית\u{200b} (Smith,\u{200b} 2020).\n\nReferences\n\nSmith, J. (2020). Title. Press.\n";
    run_on("rtl.md", rtl.as_bytes(), &["check"], LIMIT);
    // Pure binary.
    let (code, _, err) = run_on(
        "bin.md",
        &(0u8..=255).cycle().take(100_000).collect::<Vec<_>>(),
        &["check"],
        LIMIT,
    );
    assert_eq!(code, 2);
    assert!(err.contains("not a text file"), "{err}");
}

#[test]
fn unbalanced_bib_braces() {
    let bib = "@article{a, title = {Open, year = 2020}\n@book{b, title = {Fine}, author = {Smith, J.}, year = {2021}, publisher = {P}}\n";
    let (code, out, _) = run_on(
        "broken.bib",
        bib.as_bytes(),
        &["lint", "--format", "json"],
        LIMIT,
    );
    assert_eq!(code, 1);
    let report: citecheck::report::Report = serde_json::from_str(&out).unwrap();
    assert!(report
        .diagnostics
        .iter()
        .any(|d| d.code == citecheck::rules::Code::BibSyntax));
    assert!(report.references.iter().any(|r| r.reference.key == "b"));
}

#[test]
fn size_limit_is_configurable_and_says_so() {
    let (code, _, err) = run_on(
        "big.md",
        &vec![b'a'; 2_000],
        &["check", "--max-size", "1000"],
        LIMIT,
    );
    assert_eq!(code, 2);
    assert!(
        err.contains("file is 2000 bytes, over the limit of 1000 bytes (raise it with --max-size)"),
        "{err}"
    );
}

#[test]
fn stdin_is_read_too() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_citecheck"))
        .args(["check", "-", "--format", "json"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(b"Text (Smith, 2020).\n\nReferences\n\nSmith, J. (2020). Title. Press.\n")
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    let report: citecheck::report::Report = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(report.summary.matched, 1);
}

/// A Word file of our own whose document part is `body` (inside `w:body`), deflated.
fn word_file(body: &str) -> Vec<u8> {
    let xml = format!(
        "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">\
         <w:body>{body}</w:body></w:document>"
    );
    let mut out = std::io::Cursor::new(Vec::new());
    let mut zip = zip::ZipWriter::new(&mut out);
    let options = zip::write::SimpleFileOptions::default();
    zip.start_file("word/document.xml", options).unwrap();
    zip.write_all(xml.as_bytes()).unwrap();
    zip.finish().unwrap();
    out.into_inner()
}

/// Word markup nested without end (content controls in content controls, tables in cells),
/// and fields begun and never ended: read to the depth the reader follows, no stack overflow.
#[test]
fn word_markup_nested_deep_and_fields_left_open() {
    let n = 20_000;
    let para = "<w:p><w:r><w:t>Deep (Roe, 2001).</w:t></w:r></w:p>";
    let refs = "<w:p><w:r><w:t>References</w:t></w:r></w:p>\
                <w:p><w:r><w:t>Roe, A. (2001). A study. Journal, 1, 1-2.</w:t></w:r></w:p>";
    let sdt = format!(
        "{}{para}{}{refs}",
        "<w:sdt><w:sdtContent>".repeat(n),
        "</w:sdtContent></w:sdt>".repeat(n)
    );
    let (code, _, err) = run_on("sdt.docx", &word_file(&sdt), &["check"], LIMIT);
    assert!([0, 1, 2].contains(&code), "{err}");
    let tables = format!(
        "{}{para}{}{refs}",
        "<w:tbl><w:tr><w:tc>".repeat(n),
        "</w:tc></w:tr></w:tbl>".repeat(n)
    );
    let (code, _, err) = run_on("tables.docx", &word_file(&tables), &["check"], LIMIT);
    assert!([0, 1, 2].contains(&code), "{err}");
    let open = format!(
        "<w:p>{}<w:r><w:t>Open (Roe, 2001).</w:t></w:r></w:p>{refs}",
        "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>\
         <w:r><w:instrText>ADDIN ZOTERO_ITEM CSL_CITATION {</w:instrText></w:r>"
            .repeat(n)
    );
    let (code, _, err) = run_on("fields.docx", &word_file(&open), &["check"], LIMIT);
    assert!([0, 1, 2].contains(&code), "{err}");
}

/// An OpenDocument text of our own whose `office:text` holds `body`.
fn odt_file(body: &str) -> Vec<u8> {
    let xml = format!(
        "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" \
         xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" \
         xmlns:field=\"urn:openoffice:names:experimental:ooo-ms-interop:xmlns:field:1.0\">\
         <office:body><office:text>{body}</office:text></office:body></office:document-content>"
    );
    let mut out = std::io::Cursor::new(Vec::new());
    let mut zip = zip::ZipWriter::new(&mut out);
    let options = zip::write::SimpleFileOptions::default();
    zip.start_file("content.xml", options).unwrap();
    zip.write_all(xml.as_bytes()).unwrap();
    zip.finish().unwrap();
    out.into_inner()
}

/// OpenDocument markup nested without end (sections, lists), reference marks and field marks
/// begun and never ended in every paragraph, and space counts in the billions: refused or read
/// within the time limit, never a stack overflow or a text multiplied.
#[test]
fn odt_markup_nested_deep_marks_left_open_and_huge_spaces() {
    let n = 20_000;
    let para = "<text:p>Deep (Roe, 2001).</text:p>";
    let refs = "<text:h text:outline-level=\"1\">References</text:h>\
                <text:p>Roe, A. (2001). A study. Journal, 1, 1-2.</text:p>";
    for (name, open, close) in [
        (
            "sections.odt",
            "<text:section text:name=\"ZOTERO_BIBL {} CSL_BIBLIOGRAPHY\">",
            "</text:section>",
        ),
        (
            "lists.odt",
            "<text:list><text:list-item>",
            "</text:list-item></text:list>",
        ),
    ] {
        let body = format!("{}{para}{}{refs}", open.repeat(n), close.repeat(n));
        let (code, _, err) = run_on(name, &odt_file(&body), &["check"], LIMIT);
        assert_eq!(code, 2, "{name}: {err}");
        assert!(
            err.contains("nests elements more than 256 deep"),
            "{name}: {err}"
        );
    }
    let marks = format!(
        "{}{refs}",
        "<text:p><text:reference-mark-start text:name=\"ZOTERO_ITEM CSL_CITATION {\"/>\
         <field:fieldmark-start/>Open (Roe, 2001).<text:s text:c=\"4000000000\"/>x</text:p>"
            .repeat(n)
    );
    let (code, out, err) = run_on("marks.odt", &odt_file(&marks), &["check"], LIMIT);
    assert!([0, 1].contains(&code), "{err}");
    assert!(out.len() < 10_000_000, "{} bytes of report", out.len());
}

#[test]
fn notes_that_are_huge_many_or_full_of_unclosed_marks() {
    // One footnote of a megabyte: unclosed quotation marks, emphasis and joins.
    let mut note = String::from("[^1]: Richard White, ");
    while note.len() < 1_000_000 {
        note.push_str(
            "‘Salt’s ‘Silver *and \"Gold, see also Ann Lee, (New York: Press, 1995), 4. ",
        );
    }
    let text = format!("Text.[^1]\n\n{note}\n");
    let (code, out, err) = run_on(
        "huge-note.md",
        text.as_bytes(),
        &["check", "--format", "json"],
        LIMIT,
    );
    assert!(code < 2, "{err}");
    assert!(out.contains("\"style\": \"notes\""), "{out:.300}");
    // Twenty thousand notes, full, short and "Ibid.", with a bibliography.
    let mut body = String::from("Text");
    let mut notes = String::new();
    // A family name of letters for each number: 1 → "Lb", 28 → "Lcb".
    let name = |mut n: usize| {
        let mut s = String::from("L");
        while n > 0 {
            s.push(char::from(b'a' + (n % 26) as u8));
            n /= 26;
        }
        s
    };
    for n in 1..=20_000 {
        body.push_str(&format!(" claim.[^{n}]"));
        let cite = match n % 3 {
            1 => format!("Ann {}, *Harbours* (Boston: Beacon, 2001), {n}.", name(n)),
            2 => "Ibid., 5.".to_string(),
            _ => format!("{}, *Harbours*, 7.", name(n - 2)),
        };
        notes.push_str(&format!("[^{n}]: {cite}\n"));
    }
    let text =
        format!("{body}\n\n{notes}\nBibliography\n\nLb, Ann. *Harbours*. Boston: Beacon, 2001.\n");
    let (code, out, err) = run_on(
        "many-notes.md",
        text.as_bytes(),
        &["check", "--format", "json"],
        LIMIT,
    );
    assert!(code < 2, "{err}");
    let report: citecheck::report::Report = serde_json::from_str(&out).unwrap();
    assert_eq!(report.summary.citations, 20_000);
    // The bibliography lists one work: its three citations match, the rest of the full
    // citations are missing from it.
    assert_eq!(report.summary.matched, 3);
}
