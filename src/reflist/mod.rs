//! Finding a paper's reference section and splitting it into one text per entry.
//!
//! The section starts at a heading (References, Bibliography, Works Cited ...; or a heading run
//! into the list's first line, "References Bodenreider, O. 2004. ...") and ends at the next
//! heading of the same or higher level. Entries are split by the shape of entries: number
//! labels, list bullets, paragraphs, line starts and mid-line starts that look like the start of
//! a reference; converter furniture is skipped, wrapped lines joined and hyphenation undone.

mod lines;
mod runin;
mod split;
mod tail;

pub use split::{split_entries, RawEntry};

use crate::document::{Document, InputError};
use regex::Regex;
use std::borrow::Cow;
use std::sync::LazyLock;

/// Where the reference list is: lines `start..end` (1-based, end exclusive).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Section {
    /// The heading line, if the list was found by its heading.
    pub heading_line: Option<usize>,
    pub start: usize,
    pub end: usize,
}

/// "References", "Reference:", "REFERENCES", "**Bibliography**", "## 7. Works Cited".
static REF_HEADING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?ix)^\s*(?:\#{1,6}\s*)?(?:\*\*|__|\*|_)?\s*(?:[0-9IVX]+\.?\s+)?
          (?:references?(?:\s+list)?|reference\s+list|bibliography|bibliographie|works\s+cited|
             literature\s+cited|cited\s+literature|literature|sources|sources\s+cited|
             r\x20eferences|references\s+(?:and\s+notes|cited)|notes\s+and\s+references|
             références|referencias|literaturverzeichnis)
          \s*:?\s*(?:\*\*|__|\*|_)?\s*:?\s*$",
    )
    .expect("REF_HEADING is a valid regex")
});

/// A heading run into the first entry of the list, as converters of two-column pages leave it:
/// "References Bodenreider, O. 2004. ...", "REFERENCES [1] A. Author, ...". Capitalised, so that
/// a sentence about references is not taken for one.
static RUN_IN_HEADING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^((?:\#{1,6}\s*)?(?:\*\*|__)?(?:References|REFERENCES|Bibliography|BIBLIOGRAPHY|Literature\s+Cited|LITERATURE\s+CITED|Works\s+Cited|WORKS\s+CITED)(?:\*\*|__)?[:.]?\s+)(?:\\?\[\d{1,4}\\?\]\s|\d{1,4}\.\s+\p{Lu}|(?:(?:van|von|de|der|den|del|da|di|du|la|le)\s+){0,2}\p{Lu}[\p{L}'’\-]+(?:\s+\p{Lu}[\p{L}'’\-]+)?,\s*\p{Lu})",
    )
    .expect("RUN_IN_HEADING is a valid regex")
});

/// A Markdown heading of a numbered section of a paper's body: "## 1. Introduction",
/// "### 2 Proof of Theorem 1.1", "## **3.** Results". No reference list holds one.
static SECTION_HEADING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^\s*\#{1,6}\s*(?:\*\*|__)?\d{1,2}(?:\.\d{1,2})*\.?(?:\*\*|__)?\s+(?:\*\*|__)?\p{Lu}",
    )
    .expect("SECTION_HEADING is a valid regex")
});

/// HTML tags in a heading line: `# <span id="page-9-0"></span>References`.
static HTML_TAG: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"<[^<>]*>").expect("HTML_TAG is a valid regex"));

/// A Markdown heading of an appendix, at any level: "#### A PROOFS FOR SECTION 2",
/// "#### **B** Training Details", "## C.1 Ablations", "### Appendix A Proof of the Theorem"
/// (converters seldom keep heading levels).
static APPENDIX_HEADING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*\#{1,6}\s*(?:\*\*|__)?(?:(?:[A-H]|\$\s*\\math[a-z]{2,4}\{[A-H]\}\s*\$)(?:\.\d{1,2})*\.?(?:\*\*|__)?\s+(?:\*\*|__)?\p{Lu}|(?i:appendix|appendices|supplementary)\b)")
        .expect("APPENDIX_HEADING is a valid regex")
});

/// A line without its HTML tags (`<span id="page-9-0"></span>`).
fn without_tags(line: &str) -> Cow<'_, str> {
    if line.contains('<') {
        HTML_TAG.replace_all(line, "")
    } else {
        Cow::Borrowed(line)
    }
}

fn is_appendix_heading(line: &str) -> bool {
    APPENDIX_HEADING.is_match(&without_tags(line))
}

/// Pandoc's attributes closing a heading: `# Bibliography {#bibliography .unnumbered}`, `{-}`
/// (what `pandoc -t markdown` writes for a heading of `reference-section-title`).
static HEADING_ATTRIBUTES: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\s*\{\s*(?:[#.][^{}]*|-)\}\s*$").expect("HEADING_ATTRIBUTES is a valid regex")
});

/// Is this line a reference-list heading (HTML tags and a Markdown heading's Pandoc attributes
/// aside)?
fn is_ref_heading(line: &str) -> bool {
    let line = without_tags(line);
    if markdown_level(&line).is_some() {
        if let Some(m) = HEADING_ATTRIBUTES.find(&line) {
            return REF_HEADING.is_match(&line[..m.start()]);
        }
    }
    REF_HEADING.is_match(&line)
}

/// Bytes taken by a heading run into the list's first entry, up to where the entry starts.
pub(crate) fn run_in_heading_len(line: &str) -> Option<usize> {
    Some(RUN_IN_HEADING.captures(line)?.get(1)?.end())
}

/// A year as entries give it: "1997", "(2020)", "2016a".
static YEAR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:1[5-9]|20)[0-9]{2}[a-z]?\b").expect("YEAR is a valid regex")
});

/// Sections that may follow the references and end the list.
static END_HEADING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?ix)^\s*(?:\#{1,6}\s*)?(?:\*\*|__)?\s*(?:[0-9IVX]+\.?\s+)?
          (?:appendix|appendices|notes|endnotes|footnotes|acknowledge?ments?|supplementary|
             about\s+the\s+authors?|author\s+(?:contributions|biograph(?:y|ies))|funding|
             conflicts?\s+of\s+interest|declarations?|figures?|tables?|index)\b[^\n]{0,60}$",
    )
    .expect("END_HEADING is a valid regex")
});

/// A Pandoc fenced div's fence: `::: {#refs .references .csl-bib-body}`, `::: {#ref-key
/// .csl-entry}`, `::: warning`, `:::` (what `pandoc --citeproc -t markdown` writes around the
/// bibliography and each of its entries).
static DIV_FENCE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*:{3,}\s*(?:\{[^{}\n]*\}|[A-Za-z][\w-]*)?\s*:*\s*$")
        .expect("DIV_FENCE is a valid regex")
});

/// A line without the Markdown block-quote marks some converters put before every line ("> ");
/// a Pandoc div fence reads as a blank line, so the entries it wraps are apart.
pub(crate) fn unquote(line: &str) -> &str {
    let t = line.trim_start();
    if t.starts_with(':') && DIV_FENCE.is_match(t) {
        return "";
    }
    if t.starts_with('>') {
        t.trim_start_matches(['>', ' ', '\t'])
    } else {
        line
    }
}

fn markdown_level(line: &str) -> Option<usize> {
    let t = line.trim_start();
    let level = t.chars().take_while(|&c| c == '#').count();
    (level > 0 && t[level..].starts_with([' ', '\t', '*'])).then_some(level)
}

/// Find the reference section. `at` (1-based line) overrides the heading search.
pub fn find_section(
    doc: &Document,
    residue: &[bool],
    at: Option<usize>,
) -> Result<Section, InputError> {
    let count = doc.lines.line_count();
    let line = |n: usize| unquote(doc.slice(doc.lines.line_span(&doc.text, n)));
    let (heading_line, start) = match at {
        Some(n) if n == 0 || n > count => {
            return Err(InputError::BadLine {
                path: doc.path.clone(),
                line: n,
                lines: count,
            })
        }
        Some(n) if is_ref_heading(line(n)) => (Some(n), n + 1),
        Some(n) => (None, n),
        None => {
            // The last reference heading, unless an earlier list is more than twice as long
            // (a supplement's few references after the paper's own list). An earlier "list"
            // that runs on past the last heading, or over a numbered section heading ("## 1.
            // Introduction"), is no list of its own but a cover page's heading over the whole
            // article (JSTOR's "# REFERENCES").
            let headings: Vec<usize> = (1..=count)
                .filter(|&n| !residue[n - 1] && is_ref_heading(line(n)))
                .collect();
            // A list runs to its end or to the next reference heading, whichever comes first;
            // a section with a numbered section heading inside ("## 1. Introduction") is a
            // cover page's over the whole article, and ends past every heading.
            let sized: Vec<(usize, usize, usize)> = headings
                .iter()
                .enumerate()
                .map(|(i, &n)| {
                    let end = section_end(&line, n + 1, count, markdown_level(line(n)));
                    let body = (n + 1..end).any(|k| SECTION_HEADING.is_match(line(k)));
                    let list_end = headings.get(i + 1).map_or(end, |&next| end.min(next));
                    let size = (n + 1..list_end)
                        .filter(|&k| !line(k).trim().is_empty())
                        .count();
                    (n, if body { count + 1 } else { end }, size)
                })
                .collect();
            let heading = sized.last().map(|&(last, _, last_size)| {
                // An earlier heading is one set apart (a word closing a wrapped title,
                // "…a systematic review of the\nliterature", is none) over lines that read as
                // entries, with years or bracketed numbers (a table of contents' "References"
                // is over "1. Introduction").
                let set_apart = |n: usize| {
                    n == 1 || line(n - 1).trim().is_empty() || markdown_level(line(n)).is_some()
                };
                let over_entries = |n: usize| {
                    (n + 1..=count)
                        .map(&line)
                        .filter(|l| !l.trim().is_empty())
                        .take(5)
                        .filter(|l| {
                            YEAR.is_match(l) || lines::label(l.trim()).is_some_and(|b| b.bracketed)
                        })
                        .count()
                        >= 2
                };
                sized
                    .iter()
                    .filter(|&&(n, end, s)| {
                        end <= last && s > 2 * last_size && set_apart(n) && over_entries(n)
                    })
                    .max_by_key(|&&(n, _, s)| (s, n))
                    .map_or(last, |&(n, _, _)| n)
            });
            match heading {
                Some(heading) => (Some(heading), heading + 1),
                None => {
                    // With no heading, a bibliography a reference manager wrote is the list,
                    // wherever it stands ("Here is the reference list created by Mendeley:").
                    if let Some(section) = managed_bibliography(doc) {
                        return Ok(section);
                    }
                    let run_in = (1..=count)
                        .rev()
                        .find(|&n| !residue[n - 1] && run_in_heading_len(line(n).trim()).is_some());
                    match run_in {
                        Some(run_in) => (Some(run_in), run_in),
                        None => match headless_list(&line, residue, count) {
                            Some(first) => (None, first),
                            None => {
                                // A typed list with no heading that ends the paper.
                                let (start, end) = tail::trailing_list(&line, residue, count)
                                    .ok_or_else(|| InputError::NoReferences {
                                        path: doc.path.clone(),
                                    })?;
                                return Ok(Section {
                                    heading_line: None,
                                    start,
                                    end,
                                });
                            }
                        },
                    }
                }
            }
        }
    };
    let level = heading_line.and_then(|n| markdown_level(line(n)));
    // A run-in heading is the list's first line, not the heading that ends it.
    let from = if heading_line == Some(start) {
        start + 1
    } else {
        start
    };
    let mut end = section_end(&line, from, count, level);
    // A bibliography a reference manager wrote inside the section ends the list where it ends:
    // what follows it under the same heading ("Publications of the author", an appendix
    // without a heading of its own) is no entry of this list.
    if let Some(managed) = managed_bibliography(doc) {
        if (start..end).contains(&managed.start) {
            end = end.min(managed.end);
        }
    }
    Ok(Section {
        heading_line,
        start,
        end,
    })
}

/// The lines of the last bibliography field with text in a Word file (Zotero's `ZOTERO_BIBL`,
/// Mendeley's, EndNote's `EN.REFLIST`): exactly the list the manager wrote.
fn managed_bibliography(doc: &Document) -> Option<Section> {
    let map = doc.word.as_deref()?;
    map.fields
        .iter()
        .rev()
        .filter(|f| {
            matches!(
                f.kind,
                crate::document::word::FieldKind::Bibliography { .. }
            )
        })
        .find_map(|f| {
            let span = f.result;
            let text = doc.text.get(span.start..span.end)?;
            let lead = text.len() - text.trim_start().len();
            let body = text.trim();
            if body.is_empty() {
                return None;
            }
            let start = doc.lines.line(span.start + lead);
            let last = doc.lines.line(span.start + lead + body.len() - 1);
            Some(Section {
                heading_line: None,
                start,
                end: last + 1,
            })
        })
}

/// A line that opens with a bracketed number label: "[1] S. Kichenassamy, ...", "\[12\] ...".
static BRACKET_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*\\?\[([0-9]{1,4})\\?\]\s+\S").expect("BRACKET_LABEL is a valid regex")
});

/// The first line of a numbered list with no heading over it (a journal's PDF that sets its
/// references under a rule, not a heading): the last line labelled "[1]" whose next labelled
/// lines, up to the list's end, count on "[2]", "[3]" ... for at least three labels.
fn headless_list<'a>(
    line: &impl Fn(usize) -> &'a str,
    residue: &[bool],
    count: usize,
) -> Option<usize> {
    // One pass: the current run of labels counting up from [1], and the last run that reached
    // three.
    let (mut run_start, mut next, mut found) = (None::<usize>, 0u32, None);
    for n in (1..=count).filter(|&n| !residue[n - 1]) {
        let Some(label) = BRACKET_LABEL
            .captures(line(n))
            .and_then(|c| c[1].parse::<u32>().ok())
        else {
            continue;
        };
        if label == 1 {
            (run_start, next) = (Some(n), 2);
        } else if run_start.is_some() && label == next {
            next += 1;
            if next == 4 {
                found = run_start;
            }
        } else {
            run_start = None;
        }
    }
    found
}

/// The line after a list that starts at line `from` under a heading of Markdown `level`: the
/// next heading of that level or above, an appendix heading, or a closing heading.
fn section_end<'a>(
    line: &impl Fn(usize) -> &'a str,
    from: usize,
    count: usize,
    level: Option<usize>,
) -> usize {
    (from..=count)
        .find(|&n| {
            let l = line(n);
            match (markdown_level(l), level) {
                (Some(here), Some(level)) if here <= level => true,
                (Some(_), None) => true,
                (Some(_), Some(_)) if is_appendix_heading(l) => true,
                _ => {
                    let l = without_tags(l);
                    // A heading is short; a figure or table caption, which a PDF's figures set
                    // after the list may open with, can be long.
                    (END_HEADING.is_match(&l) && l.trim().len() <= 60 || is_caption(&l))
                        && !caption_inside_list(line, n, count)
                }
            }
        })
        .unwrap_or(count + 1)
}

/// Is line `n` a figure or table caption that a page's layout set among the entries ("Figure 6:
/// Cavity detuning." between a two-column PDF's entries [2] and [3])? It is when one of the
/// three lines with text after it opens with a bracketed entry number, or one of the twelve
/// (past a caption of a few lines) opens as an author-date entry does ("Werner, S. C., … 2002,
/// Icarus"): the list goes on.
fn caption_inside_list<'a>(line: &impl Fn(usize) -> &'a str, n: usize, count: usize) -> bool {
    if !lines::is_furniture(line(n).trim()) {
        return false;
    }
    let after = || {
        (n + 1..=count)
            .map(|m| line(m).trim())
            .filter(|t| !t.is_empty())
    };
    // Each line read past its list bullet and escapes ("-   \[38\] Zhou Yang, …").
    let body = |t| match lines::shape(0, t, 0) {
        lines::Shape::Text(l) => Some(l),
        _ => None,
    };
    after()
        .take(3)
        .any(|t| body(t).and_then(|l| l.label).is_some_and(|l| l.bracketed))
        || after()
            .take(12)
            .any(|t| body(t).is_some_and(|l| AUTHOR_DATE_START.is_match(l.body)))
}

/// Is `line` a figure or table caption ("Figure 1. …", "**Table 2:** …")?
fn is_caption(line: &str) -> bool {
    let t = line.trim();
    lines::is_furniture(t)
        && t.trim_start_matches(['*', '_'])
            .starts_with(char::is_alphabetic)
}

/// A line that opens as an author-date entry: a capitalised family name and a comma or
/// Vancouver initials, and a year on the line ("Werner, S. C., Harris, A. W. 2002, Icarus",
/// "Kim, H. (2016).", "Johnson L, Otani H (2001) Spontaneous loss").
static AUTHOR_DATE_START: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^\p{Lu}[\p{L}'’-]+(?:,\s+\p{Lu}|\s+\p{Lu}{1,3}[,.\s]).*\b(?:1[5-9]|20)[0-9]{2}[a-z]?\b",
    )
    .expect("AUTHOR_DATE_START is a valid regex")
});

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    fn section(text: &str) -> Result<Section, InputError> {
        let doc = Document::from_text(Path::new("t.md"), text.to_string(), Vec::new()).unwrap();
        let residue = vec![false; doc.lines.line_count()];
        find_section(&doc, &residue, None)
    }

    #[test]
    fn a_managed_bibliography_without_a_heading_is_the_list() {
        use crate::document::word::{Field, FieldKind, Manager, WordMap};
        let text = "A reference (Herman)\nHerman, Luc. Gravity. Athens: Press, 2013.\n\
                    Hume, Kathryn. Realities. Orbit 2.1 (2013).\n\nThat is all.\n";
        let mut doc =
            Document::from_text(Path::new("t.docx"), text.to_string(), Vec::new()).unwrap();
        let start = text.find("Herman, Luc").unwrap();
        let end = text.find("That is").unwrap();
        let bibliography = |start, end| Field {
            manager: Manager::Zotero,
            kind: FieldKind::Bibliography { extra: false },
            result: crate::span::Span::new(start, end),
        };
        let residue = vec![false; doc.lines.line_count()];
        doc.word = Some(std::sync::Arc::new(WordMap {
            places: Vec::new(),
            fields: vec![bibliography(start, end), bibliography(end, end)],
        }));
        let s = find_section(&doc, &residue, None).unwrap();
        assert_eq!((s.heading_line, s.start, s.end), (None, 2, 4));
        // Without the field there is no list.
        doc.word = None;
        assert!(find_section(&doc, &residue, None).is_err());
        // Under a heading, the list ends with the field, not with the section.
        let text = "A reference (Herman)\nReferences\nHerman, Luc. Gravity. Athens: Press, 2013.\n\
                    Publications of the author\n1. Roe, A. (2001). Mine. Journal, 1, 1-2.\n";
        let mut doc =
            Document::from_text(Path::new("t.docx"), text.to_string(), Vec::new()).unwrap();
        let start = text.find("Herman, Luc").unwrap();
        let end = text.find("Publications").unwrap();
        doc.word = Some(std::sync::Arc::new(WordMap {
            places: Vec::new(),
            fields: vec![bibliography(start, end)],
        }));
        let residue = vec![false; doc.lines.line_count()];
        let s = find_section(&doc, &residue, None).unwrap();
        assert_eq!((s.heading_line, s.start, s.end), (Some(2), 3, 4));
    }

    #[test]
    fn headings_in_many_forms() {
        for h in [
            "References",
            "# Reference:",
            "REFERENCES",
            "**Bibliography**",
            "## Works Cited",
            "Literature Cited",
            "### 7. References",
            "__Sources__",
            "**Reference list**",
            "# <span id=\"page-9-0\"></span>References",
            "> ## References",
            "REFERENCES CITED",
            "References and Notes",
            "LITERATURE CITED",
            "R EFERENCES",
            "# Bibliography {#bibliography .unnumbered}",
            "## References {-}",
            "### Works Cited {.unnumbered #works}",
        ] {
            let s = section(&format!("Intro.\n{h}\nA, B. (2020). T.\n"))
                .unwrap_or_else(|_| panic!("{h}"));
            assert_eq!((s.heading_line, s.start, s.end), (Some(2), 3, 5), "{h}");
        }
    }

    #[test]
    fn pandoc_div_fences_are_blank_lines() {
        let text = "Intro.\n\n# Bibliography {#bibliography .unnumbered}\n\n\
            ::: {#refs .references .csl-bib-body .hanging-indent}\n\
            ::: {#ref-a .csl-entry}\nAmsel, Tova. *Salt Roads*. Lyon: Brume, 1990.\n:::\n\n\
            ::: {#ref-b .csl-entry}\nBerg, Ivo. *Ferry Tolls*. Oslo: Fjord, 2001.\n:::\n::::::\n";
        let s = section(text).expect("a list");
        assert_eq!((s.heading_line, s.start), (Some(3), 4));
        let doc = Document::from_text(Path::new("t.md"), text.to_string(), Vec::new()).unwrap();
        let residue = vec![false; doc.lines.line_count()];
        let entries = super::split::split_entries(&doc, &residue, &s);
        let texts: Vec<&str> = entries.iter().map(|e| e.text.as_str()).collect();
        assert_eq!(
            texts,
            [
                "Amsel, Tova. *Salt Roads*. Lyon: Brume, 1990.",
                "Berg, Ivo. *Ferry Tolls*. Oslo: Fjord, 2001."
            ]
        );
        assert_eq!(unquote("::: note"), "");
        assert_eq!(unquote(":::"), "");
        assert_eq!(unquote(": a definition"), ": a definition");
        assert_eq!(unquote("::: and text after it"), "::: and text after it");
    }

    #[test]
    fn braces_closing_a_line_that_is_no_heading_are_not_attributes() {
        // Only a Markdown heading's trailing `{#id .class}` is Pandoc's; a plain line keeps them.
        assert!(!is_ref_heading("References {#refs}"));
        assert!(!is_ref_heading("# Bibliography of {#x} works"));
        assert!(is_ref_heading("# Bibliography {#x}"));
    }

    #[test]
    fn list_ends_at_an_appendix_heading_of_any_level() {
        for h in [
            "#### A PROOFS",
            "#### <span id=\"p\"></span>B.1 Runs",
            "### **C** Details",
            "#### $\\mathbf{A}$ Why it holds",
            "## <span id=\"p\"></span>6. Appendix",
            "### Appendix A Proof of the Instantaneous Change of Variables Theorem",
        ] {
            let s = section(&format!("# References\nA. (2020).\n{h}\nx\n")).unwrap();
            assert_eq!(s.end, 3, "{h}");
        }
        let s = section("# References\n### Primary sources\nA. (2020).\n").unwrap();
        assert_eq!(s.end, 5);
    }

    #[test]
    fn a_supplement_s_short_list_is_not_the_paper_s() {
        let text = "# Paper\n# References\n[1] A.\n[2] B.\n[3] C.\n[4] D.\n[5] E.\n\
                    # Appendix\nx\n# References\n[1] A.\n[2] F.\n";
        assert_eq!(section(text).unwrap().heading_line, Some(2));
        // Lists of like length: the last one.
        let text = "# Paper\n# References\n[1] A.\n[2] B.\n# Appendix\n# References\n[1] A.\n";
        assert_eq!(section(text).unwrap().heading_line, Some(6));
    }

    #[test]
    fn a_cover_page_heading_over_the_whole_article_is_not_the_list() {
        // An archive's cover page: "# REFERENCES" with a note, then the article under lower
        // headings, its own list last. The first "section" runs past the last heading.
        let mut text = String::from("# REFERENCES\nLinked references are online.\n## 1. Intro\n");
        for k in 0..20 {
            text.push_str(&format!("Body line {k} cites [1].\n"));
        }
        text.push_str(
            "#### REFERENCES\n- A. Author, One, J. 1 (1990).\n- B. Author, Two, J. 2 (1991).\n",
        );
        let s = section(&text).unwrap();
        assert_eq!((s.heading_line, s.start, s.end), (Some(24), 25, 28));
        // The same with the article's acknowledgments closing the cover page's "list".
        let text = text.replace(
            "#### REFERENCES",
            "#### ACKNOWLEDGMENT\nThanks.\n#### REFERENCES",
        );
        assert_eq!(section(&text).unwrap().heading_line, Some(26));
    }

    #[test]
    fn section_heading_regex() {
        for yes in [
            "## 1. Introduction",
            "### 2 Proof of Theorem 1.1",
            "## **3.** Results",
            "#### 4.2 Data",
        ] {
            assert!(SECTION_HEADING.is_match(yes), "{yes}");
        }
        for no in [
            "## References",
            "### Primary sources",
            "1. Smith, J. (2000).",
            "## 2020 reports",
        ] {
            assert!(!SECTION_HEADING.is_match(no), "{no}");
        }
    }

    #[test]
    fn an_earlier_heading_counts_its_list_up_to_the_next_heading() {
        // A title's last line reads as a heading; the body after it holds the real list.
        let mut text = String::from("A review of the\nliterature\nAbstract\n");
        for i in 0..30 {
            text.push_str(&format!("Body line {i}.\n"));
        }
        text.push_str("References\n1. Lee A: One. J 2001, 1:2.\n2. Kim B: Two. J 2002, 3:4.\n");
        assert_eq!(section(&text).unwrap().heading_line, Some(34));
    }

    #[test]
    fn a_table_of_contents_heading_is_not_the_list() {
        let mut text =
            String::from("Contents\n\n1. Introduction\n\nReferences\n\n1. Introduction\n7\n");
        for i in 0..30 {
            text.push_str(&format!("Body line {i}.\n"));
        }
        text.push_str("\nReferences\n[1] Lee A 2001 J. 1 2\n[2] Kim B 2002 J. 3 4\n");
        assert_eq!(section(&text).unwrap().heading_line, Some(40));
    }

    #[test]
    fn year_pattern() {
        for y in ["Lee (2020).", "1997, 19:3", "2016a. Title"] {
            assert!(YEAR.is_match(y), "{y}");
        }
        for y in ["page 7", "12345", "3000"] {
            assert!(!YEAR.is_match(y), "{y}");
        }
    }

    #[test]
    fn a_caption_set_among_numbered_entries_does_not_end_the_list() {
        let text = "Text.\nREFERENCES\n[1] A. Lee, \u{201c}One\u{201d}, 2013.\n\
                    Figure 6: Cavity detuning by external sources.\n\
                    [2] B. Kim, \u{201c}Two\u{201d}, 2016.\n";
        assert_eq!(section(text).unwrap().end, 7);
        // A table after the list, its rows no entries, still ends it.
        let text = "Text.\nREFERENCES\n[1] A. Lee, \u{201c}One\u{201d}, 2013.\n\
                    Table 1. Baseline characteristics\nAge 54 61\n";
        assert_eq!(section(text).unwrap().end, 4);
    }

    #[test]
    fn a_long_caption_after_an_author_date_list_ends_it() {
        // A two-column PDF's figures set after the list: a caption longer than any heading,
        // then the figure's axis labels.
        let text = "Text.\nReferences\nAmes, K. 2004, ApJ, 1, 2\nBrook, J. 2005, AJ, 3, 4\n\
                    Figure 1. Histogram of the magnitudes of all objects detected in the survey, \
                    from the first night to the last\n100\n80\n0 20 21 magnitude\n";
        assert_eq!(section(text).unwrap().end, 5);
        // A caption of a figure set on a page of the list, entries after it: the list goes on.
        let text = "Text.\nReferences\nAmes, K. 2004, ApJ, 1, 2\n\
                    Figure 1. Histogram of the magnitudes of all objects detected in the survey, \
                    from the first night to the last\nof the run.\nBrook, J. 2005, AJ, 3, 4\n";
        assert_eq!(section(text).unwrap().end, 8);
        // Nor one before name-year entries with Vancouver names.
        let text = "Text.\nReferences\nAmes K (2004) One. J Bot 1:2\n\
                    **Fig. 8.** Lesion formation on the leaves of the first strain and its mutants \
                    over ten days of the trial\nspores. Mol Bot 5:3\n\
                    Brook J, Cole H (2005) Two. J Bot 3:4\n";
        assert_eq!(section(text).unwrap().end, 8);
        // Nor does a long caption among a converter's bulleted, escaped entries.
        let text = "Text.\n## References\n-   \\[1\\] A. Lee. One. 2013.\n\
                    Figure 8: Naturalness of the transformations that we used in our experiments, \
                    lower is better.\nand B. Kim. Two words more. 2014.\n-   \\[2\\] B. Kim. Two. 2016.\n";
        assert_eq!(section(text).unwrap().end, 8);
    }

    #[test]
    fn list_ends_at_next_heading_of_same_level() {
        let s =
            section("# Paper\n## References\nA. (2020).\n### Sub\nB. (2021).\n## Appendix A\nx\n")
                .unwrap();
        assert_eq!((s.start, s.end), (3, 6));
        let s = section("Text\nReferences\nA. (2020).\nAppendix\nx\n").unwrap();
        assert_eq!(s.end, 4);
    }

    #[test]
    fn heading_run_into_the_first_entry() {
        for (text, first) in [
            (
                "Thanks.\nReferences Ames, K. 2004. T. J, 1: 2. Brook, J. 2005. U.\n",
                "Ames",
            ),
            ("Thanks.\nREFERENCES [1] K. Ames, \"T,\" 2004.\n", "[1]"),
        ] {
            let s = section(text).unwrap();
            assert_eq!((s.heading_line, s.start, s.end), (Some(2), 2, 4), "{text}");
            let line = text.lines().nth(1).unwrap();
            assert!(line[run_in_heading_len(line).unwrap()..].starts_with(first));
        }
        // A sentence about references is no heading.
        assert!(section("Intro.\nReferences to Smith, J. are common.\n").is_err());
    }

    #[test]
    fn a_numbered_list_with_no_heading() {
        let text =
            "Intro [1, 2].\nMore [3].\n\n[1] S. Kichenassamy, Nonlinearity 10, 133 (1997).\n\
                    [2] A. Berk, Phys. Rev. 12, 4 (2001).\n[3] C. Dunn, Icarus 3, 7 (1999).\n";
        let s = section(text).unwrap();
        assert_eq!((s.heading_line, s.start), (None, 4));
        // Two labels, or labels that do not count up from [1], are no list.
        assert!(section("Text.\n[1] A point.\n[2] Another.\n").is_err());
        assert!(section("Text.\n[1] A.\n[3] B.\n[4] C.\n").is_err());
    }

    #[test]
    fn a_typed_list_with_no_heading_ends_the_paper() {
        let text = "Rivers move silt (Abbott, 2001; Baker, 2003).\n\nAbbott, R. (2001). Rivers. *Water*, 3, 1-9.\n\nBaker, S. (2003). *Coasts and silt*. Verso.\n";
        let s = section(text).unwrap();
        assert_eq!((s.heading_line, s.start, s.end), (None, 3, 6));
    }

    #[test]
    fn no_heading_is_an_error() {
        let err = section("Just text (Smith, 2020).\n")
            .unwrap_err()
            .to_string();
        assert!(err.contains("no reference section found"), "{err}");
    }
}
