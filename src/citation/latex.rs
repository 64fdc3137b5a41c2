//! Finding citation keys in LaTeX: natbib and biblatex cite commands, `\nocite`, the
//! bibliography files named (`\bibliography`, `\addbibresource`) and the files pulled in
//! (`\input`, `\include`), with comments and verbatim text ignored.
//!
//! The text is first masked (comments and verbatim blanked, offsets unchanged), then scanned
//! once for control words; each cite command's optional notes and key groups are read by hand.

use super::{Citation, KeyFound, Target};
use crate::span::Span;
use regex::Regex;
use std::sync::LazyLock;

/// Environments whose content is not LaTeX to read.
const VERBATIM: &[&str] = &[
    "verbatim",
    "verbatim*",
    "Verbatim",
    "BVerbatim",
    "lstlisting",
    "minted",
    "comment",
    "filecontents",
    "filecontents*",
];

/// How a command cites.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Command {
    /// One key group: `\cite[pre][post]{a,b}`.
    Cite {
        narrative: bool,
    },
    /// Several groups: `\cites(pre)(post)[pre][post]{a}[post]{b}`.
    Cites {
        narrative: bool,
    },
    Nocite,
    Bibliography,
    BibResource,
    Input,
    Import,
}

fn command(name: &str) -> Option<Command> {
    use Command::*;
    Some(match name {
        "citet" | "Citet" | "citealt" | "Citealt" | "citeauthor" | "Citeauthor"
        | "citefullauthor" | "textcite" | "Textcite" => Cite { narrative: true },
        "cite" | "Cite" | "citep" | "Citep" | "citealp" | "Citealp" | "citeyear"
        | "citeyearpar" | "citenum" | "citetitle" | "Citetitle" | "citedate" | "citeurl"
        | "parencite" | "Parencite" | "footcite" | "footcitetext" | "autocite" | "Autocite"
        | "smartcite" | "Smartcite" | "supercite" | "fullcite" | "footfullcite" | "notecite"
        | "Notecite" | "pnotecite" | "Pnotecite" | "fnotecite" => Cite { narrative: false },
        "textcites" | "Textcites" => Cites { narrative: true },
        "cites" | "Cites" | "parencites" | "Parencites" | "footcites" | "footcitetexts"
        | "autocites" | "Autocites" | "smartcites" | "Smartcites" | "supercites" => {
            Cites { narrative: false }
        }
        "nocite" => Nocite,
        "bibliography" => Bibliography,
        "addbibresource" | "addglobalbib" | "addsectionbib" => BibResource,
        "input" | "include" | "subfile" => Input,
        "import" | "subimport" | "inputfrom" | "includefrom" => Import,
        _ => return None,
    })
}

/// The text with comments, verbatim environments and `\verb` blanked (newlines kept).
pub fn mask_latex(text: &str) -> String {
    let mut bytes = text.as_bytes().to_vec();
    let src = text.as_bytes();
    let blank = |bytes: &mut [u8], from: usize, to: usize| {
        for b in &mut bytes[from..to.min(src.len())] {
            if *b != b'\n' {
                *b = b' ';
            }
        }
    };
    let mut i = 0;
    while i < src.len() {
        match src[i] {
            b'\\' => {
                let name_end = word_end(src, i + 1);
                let name = &text[i + 1..name_end];
                if name.is_empty() {
                    i += 2; // \% \\ \{ ...
                    continue;
                }
                if name == "begin" {
                    if let Some((env, after)) = braced(text, skip_space(src, name_end)) {
                        if VERBATIM.contains(&env.as_str()) {
                            let end_tag = format!("\\end{{{env}}}");
                            let stop = text[after..]
                                .find(&end_tag)
                                .map_or(src.len(), |p| after + p);
                            blank(&mut bytes, after, stop);
                            i = stop + end_tag.len();
                            continue;
                        }
                    }
                } else if name == "verb" {
                    let mut d = name_end;
                    if src.get(d) == Some(&b'*') {
                        d += 1;
                    }
                    if let Some(&delim) = src.get(d) {
                        let stop = src[d + 1..]
                            .iter()
                            .position(|&b| b == delim || b == b'\n')
                            .map_or(src.len(), |p| d + 1 + p);
                        blank(&mut bytes, i, stop + 1);
                        i = stop + 1;
                        continue;
                    }
                }
                i = name_end;
            }
            b'%' => {
                let stop = src[i..]
                    .iter()
                    .position(|&b| b == b'\n')
                    .map_or(src.len(), |p| i + p);
                blank(&mut bytes, i, stop);
                i = stop;
            }
            _ => i += 1,
        }
    }
    // Only ASCII bytes of whole characters were replaced, so the text is still UTF-8.
    String::from_utf8(bytes).unwrap_or_default()
}

fn word_end(src: &[u8], mut i: usize) -> usize {
    while i < src.len() && src[i].is_ascii_alphabetic() {
        i += 1;
    }
    i
}

/// Skip spaces, tabs and at most one line end (a blank line ends a command's arguments).
fn skip_space(src: &[u8], mut i: usize) -> usize {
    let mut newlines = 0;
    while i < src.len() && matches!(src[i], b' ' | b'\t' | b'\r' | b'\n') {
        if src[i] == b'\n' {
            newlines += 1;
            if newlines > 1 {
                break;
            }
        }
        i += 1;
    }
    i
}

/// A balanced group `open ... close` at `i`: its inner span and the offset after it. Braces
/// nest inside any group, so `[{]}]` is one optional argument.
fn group(src: &[u8], i: usize, open: u8, close: u8) -> Option<(Span, usize)> {
    if src.get(i) != Some(&open) {
        return None;
    }
    let (mut depth, mut braces) = (0usize, 0usize);
    for (j, &b) in src.iter().enumerate().skip(i) {
        if open != b'{' && b == b'{' {
            braces += 1;
        } else if open != b'{' && b == b'}' {
            braces = braces.saturating_sub(1);
        } else if braces > 0 {
            continue;
        } else if b == open {
            depth += 1;
        } else if b == close {
            depth = depth.saturating_sub(1);
            if depth == 0 {
                return Some((Span::new(i + 1, j), j + 1));
            }
        }
    }
    None
}

fn braced(text: &str, i: usize) -> Option<(String, usize)> {
    let (inner, after) = group(text.as_bytes(), i, b'{', b'}')?;
    Some((text[inner.start..inner.end].trim().to_string(), after))
}

/// Up to two `[...]` groups: (prefix, locator) as natbib and biblatex read them.
fn notes(text: &str, mut i: usize) -> (Option<String>, Option<String>, usize) {
    let src = text.as_bytes();
    let mut found = Vec::new();
    while found.len() < 2 {
        let j = skip_space(src, i);
        let Some((inner, after)) = group(src, j, b'[', b']') else {
            break;
        };
        found.push(text[inner.start..inner.end].trim().to_string());
        i = after;
    }
    let non_empty = |s: String| (!s.is_empty()).then_some(s);
    match found.len() {
        2 => {
            let post = found.pop().and_then(non_empty);
            (found.pop().and_then(non_empty), post, i)
        }
        1 => (None, found.pop().and_then(non_empty), i),
        _ => (None, None, i),
    }
}

/// The comma-separated items of a `{...}` group, each with its span.
fn items(text: &str, inner: Span) -> Vec<(String, Span)> {
    let mut out = Vec::new();
    let mut offset = inner.start;
    for piece in text[inner.start..inner.end].split(',') {
        let trimmed = piece.trim();
        if !trimmed.is_empty() {
            let start = offset + (piece.len() - piece.trim_start().len());
            out.push((trimmed.to_string(), Span::new(start, start + trimmed.len())));
        }
        offset += piece.len() + 1;
    }
    out
}

fn key_citation(
    key: String,
    span: Span,
    narrative: bool,
    prefix: &Option<String>,
    locator: &Option<String>,
) -> Citation {
    Citation {
        span,
        text: key.clone(),
        target: Target::Key(key),
        narrative,
        prefix: prefix.clone(),
        locator: locator.clone(),
    }
}

/// `\usepackage[...]{biblatex}`: `\bibliography` is then biblatex's, read by biber.
static USES_BIBLATEX: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\\usepackage\s*(?:\[[^\]]*\])?\s*\{[^}]*\bbiblatex\b")
        .expect("USES_BIBLATEX is a valid regex")
});

/// Does the text load biblatex (with biber: `backend=bibtex` keeps BibTeX)?
fn found_biblatex(masked: &str, found: &mut KeyFound) {
    found.biblatex |= USES_BIBLATEX.is_match(masked) && !masked.contains("backend=bibtex");
}

/// Every citation, `\nocite`, bibliography and included file of one LaTeX text.
pub fn find_latex(text: &str) -> KeyFound {
    let masked = mask_latex(text);
    let src = masked.as_bytes();
    let mut found = KeyFound::default();
    found_biblatex(&masked, &mut found);
    let mut i = 0;
    while i < src.len() {
        if src[i] != b'\\' {
            i += 1;
            continue;
        }
        let name_end = word_end(src, i + 1);
        if name_end == i + 1 {
            i += 2;
            continue;
        }
        let Some(cmd) = command(&masked[i + 1..name_end]) else {
            i = name_end;
            continue;
        };
        let mut j = name_end;
        if src.get(j) == Some(&b'*') {
            j += 1;
        }
        i = read_command(&masked, cmd, j, &mut found).unwrap_or(name_end);
    }
    found
}

/// Read one command's arguments from `j`; the offset after them, or `None` if it has none.
fn read_command(text: &str, cmd: Command, j: usize, found: &mut KeyFound) -> Option<usize> {
    let src = text.as_bytes();
    match cmd {
        Command::Cite { narrative } => {
            let (prefix, locator, after_notes) = notes(text, j);
            let (inner, after) = group(src, skip_space(src, after_notes), b'{', b'}')?;
            for (key, span) in items(text, inner) {
                found
                    .citations
                    .push(key_citation(key, span, narrative, &prefix, &locator));
            }
            Some(after)
        }
        Command::Cites { narrative } => {
            // Global notes in parentheses apply to the whole list; they are not per-work notes.
            let mut k = j;
            for _ in 0..2 {
                match group(src, skip_space(src, k), b'(', b')') {
                    Some((_, after)) => k = after,
                    None => break,
                }
            }
            let mut any = false;
            loop {
                let (prefix, locator, after_notes) = notes(text, k);
                let Some((inner, after)) = group(src, skip_space(src, after_notes), b'{', b'}')
                else {
                    break;
                };
                for (key, span) in items(text, inner) {
                    found
                        .citations
                        .push(key_citation(key, span, narrative, &prefix, &locator));
                }
                any = true;
                k = after;
            }
            any.then_some(k)
        }
        Command::Nocite => {
            let (inner, after) = group(src, skip_space(src, j), b'{', b'}')?;
            for (key, span) in items(text, inner) {
                if key == "*" {
                    found.cite_all = true;
                } else {
                    found
                        .citations
                        .push(key_citation(key, span, false, &None, &None));
                }
            }
            Some(after)
        }
        Command::Bibliography => {
            let (inner, after) = group(src, skip_space(src, j), b'{', b'}')?;
            found.bibtex = true;
            for (name, span) in items(text, inner) {
                let name = if name.ends_with(".bib") {
                    name
                } else {
                    format!("{name}.bib")
                };
                found.bibliographies.push((name, span));
            }
            Some(after)
        }
        Command::BibResource => {
            found.biblatex = true;
            let (_, _, after_opts) = notes(text, j);
            let (inner, after) = group(src, skip_space(src, after_opts), b'{', b'}')?;
            let name = text[inner.start..inner.end].trim();
            // A remote resource (location=remote) cannot be read here.
            if !name.contains("://") {
                found.bibliographies.push((name.to_string(), inner));
            }
            Some(after)
        }
        Command::Input => {
            let (inner, after) = group(src, skip_space(src, j), b'{', b'}')?;
            found
                .inputs
                .push((text[inner.start..inner.end].trim().to_string(), inner));
            Some(after)
        }
        Command::Import => {
            let (dir, after_dir) = group(src, skip_space(src, j), b'{', b'}')?;
            let (file, after) = group(src, skip_space(src, after_dir), b'{', b'}')?;
            let dir = text[dir.start..dir.end].trim();
            let sep = if dir.is_empty() || dir.ends_with('/') {
                ""
            } else {
                "/"
            };
            found.inputs.push((
                format!("{dir}{sep}{}", text[file.start..file.end].trim()),
                file,
            ));
            Some(after)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys(found: &KeyFound) -> Vec<(&str, bool, Option<&str>, Option<&str>)> {
        found
            .citations
            .iter()
            .map(|c| {
                (
                    c.text.as_str(),
                    c.narrative,
                    c.prefix.as_deref(),
                    c.locator.as_deref(),
                )
            })
            .collect()
    }

    #[test]
    fn natbib_commands_notes_and_several_keys() {
        let text = r"As \citet{smith2020} and \citep[see][p.~3]{a, b} show; \citealp*{c} \citeauthor{d}, \citeyear{e} \Citep[ch. 2]{f}.";
        let f = find_latex(text);
        assert_eq!(
            keys(&f),
            [
                ("smith2020", true, None, None),
                ("a", false, Some("see"), Some("p.~3")),
                ("b", false, Some("see"), Some("p.~3")),
                ("c", false, None, None),
                ("d", true, None, None),
                ("e", false, None, None),
                ("f", false, None, Some("ch. 2")),
            ]
        );
        let c = &f.citations[2];
        assert_eq!(&text[c.span.start..c.span.end], "b");
    }

    #[test]
    fn biblatex_commands_and_multicites() {
        let text = "\\parencite[12]{p} \\textcite{t} \\autocite*{au} \\footcite[cf.][]{fc} \\fullcite{full} \\Parencite{P}\n\\cites(global)(notes)[see][10]{x}[20]{y}{z} and \\textcites{n1}{n2} then text {not}";
        let f = find_latex(text);
        let got: Vec<&str> = f.citations.iter().map(|c| c.text.as_str()).collect();
        assert_eq!(
            got,
            ["p", "t", "au", "fc", "full", "P", "x", "y", "z", "n1", "n2"]
        );
        assert_eq!(f.citations[0].locator.as_deref(), Some("12"));
        assert!(f.citations[1].narrative);
        assert_eq!(f.citations[3].prefix.as_deref(), Some("cf."));
        assert_eq!(f.citations[3].locator, None);
        assert_eq!(
            (
                f.citations[6].prefix.as_deref(),
                f.citations[6].locator.as_deref()
            ),
            (Some("see"), Some("10"))
        );
        assert_eq!(f.citations[7].locator.as_deref(), Some("20"));
        assert!(f.citations[9].narrative);
    }

    #[test]
    fn nocite_bibliographies_and_inputs() {
        let f = find_latex("\\nocite{extra1, extra2}\\nocite{*}\n\\bibliography{refs,more.bib}\n\\addbibresource[label=x]{lib/main.bib}\n\\input{chapters/intro}\\include{ch2}\\import{sec/}{a.tex}");
        assert!(f.cite_all);
        assert_eq!(
            f.citations
                .iter()
                .map(|c| c.text.as_str())
                .collect::<Vec<_>>(),
            ["extra1", "extra2"]
        );
        assert_eq!(
            f.bibliographies
                .iter()
                .map(|(n, _)| n.as_str())
                .collect::<Vec<_>>(),
            ["refs.bib", "more.bib", "lib/main.bib"]
        );
        assert_eq!(
            f.inputs.iter().map(|(n, _)| n.as_str()).collect::<Vec<_>>(),
            ["chapters/intro", "ch2", "sec/a.tex"]
        );
    }

    #[test]
    fn comments_and_verbatim_are_ignored() {
        let text = "50\\% of \\cite{yes} % \\cite{no1}\n\\\\% \\cite{no2}\n\\begin{verbatim}\n\\cite{no3}\n\\end{verbatim}\n\\begin{lstlisting}[x]\\cite{no4}\\end{lstlisting} \\verb|\\cite{no5}| \\begin{comment}\\cite{no6}\\end{comment}\\cite{yes2}";
        let f = find_latex(text);
        assert_eq!(
            f.citations
                .iter()
                .map(|c| c.text.as_str())
                .collect::<Vec<_>>(),
            ["yes", "yes2"]
        );
        assert_eq!(mask_latex(text).len(), text.len());
    }

    #[test]
    fn arguments_on_the_next_line_but_not_after_a_blank_line() {
        let f = find_latex("\\cite\n  [p. 4]\n  {a}\n\\cite\n\n{b}");
        assert_eq!(
            f.citations
                .iter()
                .map(|c| c.text.as_str())
                .collect::<Vec<_>>(),
            ["a"]
        );
    }

    #[test]
    fn odd_input_does_not_panic() {
        for t in [
            "\\",
            "\\cite",
            "\\cite{",
            "\\cite[",
            "\\cites(",
            "\\verb",
            "\\begin{verbatim}",
            "%",
            "\\cite{é,}",
            "\\import{a}",
        ] {
            let _ = find_latex(t);
        }
    }
}
