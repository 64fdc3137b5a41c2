//! Hostile and unreadable PDFs: a scan, an encrypted file, a broken or truncated one, forms
//! that draw themselves, streams of junk. Each gets a one-line error naming the file, exit 2,
//! never a panic, a hang or a stack overflow.

mod common;

use common::*;
use std::process::{Command, Stdio};
use std::time::Duration;

/// Run `citecheck check` on `bytes` written as `name`; fail if it runs past a minute (a hang is
/// the failure this catches, not a measurement).
fn check_bytes(name: &str, bytes: &[u8]) -> (i32, String, String) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(name);
    std::fs::write(&path, bytes).unwrap();
    let child = Command::new(env!("CARGO_BIN_EXE_citecheck"))
        .arg("check")
        .arg(&path)
        .env("NO_COLOR", "1")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let pid = child.id();
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let _ = tx.send(child.wait_with_output());
    });
    let out = match rx.recv_timeout(Duration::from_secs(60)) {
        Ok(out) => out.unwrap(),
        Err(_) => {
            let _ = Command::new("kill").args(["-9", &pid.to_string()]).status();
            panic!("{name}: still running after a minute");
        }
    };
    let (stdout, stderr) = (stdout(&out), stderr(&out));
    let code = out.status.code().unwrap_or(-1);
    assert!(
        !stderr.contains("panicked") && !stderr.contains("overflow"),
        "{name}: {stderr}"
    );
    // Paths in the message are the temporary file's: keep only what follows it.
    let message = stderr
        .trim_end()
        .strip_prefix(&format!("citecheck: {}: ", path.display()))
        .unwrap_or(&stderr)
        .to_string();
    (code, stdout, message)
}

/// Assert a one-line error naming the file, exit 2, and return its message.
fn refused(name: &str, bytes: &[u8]) -> String {
    let (code, out, message) = check_bytes(name, bytes);
    assert_eq!(code, 2, "{name}: {message}");
    assert!(out.is_empty(), "{name}: nothing on stdout: {out}");
    assert_eq!(message.lines().count(), 1, "{name}: one line: {message}");
    assert!(
        !message.starts_with("citecheck:"),
        "{name}: names the file: {message}"
    );
    message
}

/// A PDF of the given objects (numbered from 1; object 1 is the catalog) with a correct
/// cross-reference table, and `trailer_extra` added to the trailer.
fn pdf<T: AsRef<[u8]>>(objects: &[T], trailer_extra: &str) -> Vec<u8> {
    let mut out = b"%PDF-1.4\n".to_vec();
    let mut offsets = Vec::new();
    for (i, body) in objects.iter().enumerate() {
        offsets.push(out.len());
        out.extend(format!("{} 0 obj\n", i + 1).as_bytes());
        out.extend(body.as_ref());
        out.extend(b"\nendobj\n");
    }
    let xref = out.len();
    out.extend(format!("xref\n0 {}\n0000000000 65535 f \n", objects.len() + 1).as_bytes());
    for o in offsets {
        out.extend(format!("{o:010} 00000 n \n").as_bytes());
    }
    out.extend(
        format!(
            "trailer\n<< /Size {} /Root 1 0 R {trailer_extra} >>\nstartxref\n{xref}\n%%EOF\n",
            objects.len() + 1
        )
        .as_bytes(),
    );
    out
}

fn stream(dict: &str, data: &str) -> String {
    format!(
        "<< {dict} /Length {} >>\nstream\n{data}\nendstream",
        data.len()
    )
}

/// One page drawing `content`, with `resources`, and `extra` objects from number 5 on.
fn one_page(content: &str, resources: &str, extra: &[String]) -> Vec<u8> {
    let mut objects = vec![
        "<< /Type /Catalog /Pages 2 0 R >>".to_string(),
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>".to_string(),
        format!("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << {resources} >> >>"),
        stream("", content),
    ];
    objects.extend_from_slice(extra);
    pdf(&objects, "")
}

const FONT: &str = "/Font << /F1 5 0 R >>";

fn helvetica() -> String {
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>".to_string()
}

#[test]
fn a_hand_made_pdf_with_text_is_read() {
    let text = "BT /F1 11 Tf 72 700 Td (As shown by Smith \\(2020\\).) Tj ET \
                BT /F1 11 Tf 72 670 Td (References) Tj ET \
                BT /F1 11 Tf 72 650 Td (Smith, J. \\(2020\\). A title. Press.) Tj ET";
    let (code, out, err) = check_bytes("paper.pdf", &one_page(text, FONT, &[helvetica()]));
    assert_eq!(code, 0, "{err}");
    assert!(
        out.ends_with("1 entries, 1 cited (100.0%); 1 citations: 1 matched, 0 ambiguous, 0 unmatched; 0 errors, 0 warnings\n"),
        "{out}"
    );
}

#[test]
fn a_scan_without_text_says_so() {
    // An image and a drawn line, but no text.
    let image = stream(
        "/Type /XObject /Subtype /Image /Width 1 /Height 1 /ColorSpace /DeviceGray /BitsPerComponent 8",
        "\u{7f}",
    );
    let content = "q 500 0 0 700 50 50 cm /Im1 Do Q 0 0 m 100 100 l S";
    let message = refused(
        "scan.pdf",
        &one_page(content, "/XObject << /Im1 5 0 R >>", &[image]),
    );
    assert_eq!(
        message,
        "the PDF has no text layer (a scan? 1 page without text); citecheck does no OCR: run OCR \
         first (e.g. ocrmypdf) or check the paper's source"
    );
}

#[test]
fn an_encrypted_pdf_says_so() {
    // A standard security handler whose user password is not empty: we cannot open it.
    let encrypt = format!(
        "<< /Filter /Standard /V 1 /R 2 /O <{o}> /U <{u}> /P -4 >>",
        o = "11".repeat(32),
        u = "22".repeat(32)
    );
    let mut objects = vec![
        "<< /Type /Catalog /Pages 2 0 R >>".to_string(),
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>".to_string(),
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>".to_string(),
        stream("", "BT /F1 11 Tf 72 700 Td (secret) Tj ET"),
    ];
    objects.push(encrypt);
    let bytes = pdf(&objects, "/Encrypt 5 0 R /ID [<00112233445566778899aabbccddeeff> <00112233445566778899aabbccddeeff>]");
    let message = refused("locked.pdf", &bytes);
    assert_eq!(
        message,
        "the PDF is encrypted and needs a password; check an unencrypted copy"
    );
}

#[test]
fn broken_pdfs_are_one_line_errors() {
    let good = std::fs::read(root().join("tests/fixtures/pdf/apa.pdf")).unwrap();
    for (name, bytes) in [
        (
            "junk.pdf",
            b"%PDF-1.7\n\x00\x01\x02 junk junk \xff\xfe".to_vec(),
        ),
        ("truncated.pdf", good[..good.len() / 3].to_vec()),
        ("header-only.pdf", b"%PDF-1.4\n%%EOF\n".to_vec()),
    ] {
        let message = refused(name, &bytes);
        assert!(
            message.starts_with("not a readable PDF: "),
            "{name}: {message}"
        );
    }
    let message = refused("paper.pdf", b"Plain text, named as if a PDF.\n");
    assert_eq!(
        message,
        "not a readable PDF: the file is named .pdf but does not start with %PDF-"
    );
}

#[test]
fn forms_that_draw_themselves_are_refused() {
    // Form 5 draws form 6, which draws form 5: pdf-extract would recurse without end.
    let form = |other: usize| {
        stream(
            &format!("/Type /XObject /Subtype /Form /BBox [0 0 10 10] /Resources << /XObject << /X {other} 0 R >> >>"),
            "/X Do",
        )
    };
    let bytes = one_page("/X Do", "/XObject << /X 5 0 R >>", &[form(6), form(5)]);
    let message = refused("cycle.pdf", &bytes);
    assert_eq!(
        message,
        "the PDF is too complex to read safely: its forms draw one another in a cycle or nest too deep"
    );
}

#[test]
fn odd_content_streams_never_panic() {
    let cases = [
        "BT /Nofont 11 Tf (text without a font) Tj ET",
        "BT (no font selected at all) Tj ET",
        "BT /F1 1e308 Tf 1e308 0 0 1e308 0 0 Tm (huge) Tj ET",
        "BT /F1 11 Tf 0 0 0 0 0 0 Tm (degenerate matrix) Tj ET",
        "q q q q q q q q Q Q Q BT /F1 11 Tf [(a) -1e9 (b)] TJ ET ] ] >> <<",
    ];
    for content in cases {
        let (code, _, message) = check_bytes("odd.pdf", &one_page(content, FONT, &[helvetica()]));
        assert!([0, 1, 2].contains(&code), "{content}: {message}");
    }
}

#[test]
fn a_content_stream_that_inflates_without_end_is_refused() {
    use std::io::Write;
    // 80 MiB of drawing operators in about 80 KB: refused before it is inflated whole.
    let mut z = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::fast());
    let chunk = b"0 0 m 1 1 l S\n".repeat(1 << 16);
    for _ in 0..(80 << 20) / chunk.len() {
        z.write_all(&chunk).unwrap();
    }
    let data = z.finish().unwrap();
    let mut content = format!(
        "<< /Filter /FlateDecode /Length {} >>\nstream\n",
        data.len()
    )
    .into_bytes();
    content.extend(&data);
    content.extend(b"\nendstream");
    let objects: Vec<Vec<u8>> = vec![
        b"<< /Type /Catalog /Pages 2 0 R >>".to_vec(),
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>".to_vec(),
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>".to_vec(),
        content,
    ];
    let message = refused("bomb.pdf", &pdf(&objects, ""));
    assert_eq!(
        message,
        "the PDF is too complex to read safely: a page's content inflates past 64 MiB"
    );
}
