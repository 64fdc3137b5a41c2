//! One line of a reference section read for its shape: converter furniture to skip (images,
//! figure and table captions, table rows, HTML comments), list bullets and empty HTML anchors
//! to step over, and the number label an entry may open with.

use regex::Regex;
use std::sync::LazyLock;

/// "[12] ", "\[12\] ", "12. ", "(12) ", "12) ", "12 " before a capital: a numbered entry's label;
/// also a bracketed label marker wrapped in a link back to the text ("[\[12\]](#page-0-2) ").
static NUMBER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^\s*(?:\[\\\[(\d{1,5})\\\]\]\(#[^)\s]*\)|\\?\[(\d{1,5})\\?\]|\((\d{1,5})\)|(\d{1,5})\\?\.(?:\s|$)|(\d{1,5})\s+\p{Lu}|(\d{1,5})\)\s)\s*",
    )
    .expect("NUMBER is a valid regex")
});

/// A citation key as the label of an entry: "[Altman 1999] ", "[Andreas *et al.* 2017] "
/// (IJCAI), or an alphabetic label "[BGM+20] ", "\\[vdH05a\\] " (alpha, amsalpha), captured
/// as `alpha`.
pub(super) static KEY_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^\\?\[(?:[^\[\]\d]{1,80}?\s(?:1[6-9]|20)\d\d[a-z]?|(?P<alpha>(?:\p{Ll}{1,3})?\p{Lu}(?:[\p{L}+'’\-]|<sup>\+</sup>\s?){0,9}(?:\d{4}|\d{2})[a-z]?))\\?\]\s+",
    )
    .expect("KEY_LABEL is a valid regex")
});

/// natbib's label written before an entry, as nougat keeps it: "Vaswani et al. (2017) ",
/// "Dolan and Brockett (2005) ", "Matthews (1975)" (even glued to the names after it). The
/// entry itself follows with its own authors and year ("Ashish Vaswani, ... 2017. Title.").
static NATBIB_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    let surname = r"(?:\p{Ll}{1,3}\s)?\p{Lu}[\p{L}'’\-]+";
    Regex::new(&format!(
        r"^{surname}(?:\s{surname})?(?:\s+et\s+al\.?|\s+(?:and|&)\s+{surname})?\s\((?:1[6-9]|20)\d\d[a-z]?\)\s*"
    ))
    .expect("NATBIB_LABEL is a valid regex")
});

/// The year an ACL/natbib entry writes after its names: "... and Mike Lewis. 2021. Title".
static NAMES_THEN_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\p{L}\.?[.,]\s(?:1[6-9]|20)\d\d[a-z]?\.(?:\s|$)")
        .expect("NAMES_THEN_YEAR is a valid regex")
});

/// Bytes of a natbib label `body` opens with, when the text after it is an entry of its own:
/// it starts with a capital and names its year after its authors. "Smith (2003) Title. J." is
/// an entry, not a label.
fn natbib_label(body: &str) -> Option<usize> {
    let end = NATBIB_LABEL.find(body)?.end();
    let rest = &body[end..];
    let head = &rest[..crate::span::floor_char_boundary(rest, 1500)];
    (rest.starts_with(char::is_uppercase) && NAMES_THEN_YEAR.is_match(head)).then_some(end)
}

/// An alphabetic label as citations write it: the "+" marker writes raised ("RWC<sup>+</sup>19",
/// "RWC<sup>+</sup> 19") is a plain "+".
pub(super) fn label_text(alpha: &str) -> String {
    alpha
        .replace("<sup>+</sup>", "+")
        .split_whitespace()
        .collect()
}

/// What a converter puts before an entry's text: a Markdown or Word bullet (docling writes two,
/// "- · "), then empty anchors such as marker's `<span id="page-9-4"></span>`.
static LEAD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"^(?:([-*+•·▪◦‣])\s+(?:[•·▪◦‣]\s+)?)?(?:<(?:span|a)\b[^>]*>\s*</(?:span|a)>\s*)*"#)
        .expect("LEAD is a valid regex")
});

/// Lines that are no part of any entry, wherever a page break dropped them into the list:
/// Markdown images, HTML comments (`<!-- image -->`), figure and table captions, table rows
/// and rules.
static FURNITURE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?ix)^(?:
            !\[[^\]]*\]\([^)]*\)\s*$
          | <!--.*-->\s*$
          | <img\b[^>]*>\s*$
          | (?:\*\*|__|\*|_)?(?:figure|fig\.|table|tab\.|scheme|chart|plate)\s*[0-9IVX]+[a-z]?
            (?:(?:\*\*|__|\*|_)?\s*[.:|](?:\*\*|__|\*|_)?(?:\s|$)|\s+\p{Lu}\p{Ll})
          | \|.*\|\s*$
          | (?:-{3,}|\*{3,}|_{3,})\s*$
        )",
    )
    .expect("FURNITURE is a valid regex")
});

/// An entry's number label.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Label {
    pub number: u32,
    /// Bytes of the line body the label and the space after it take.
    pub len: usize,
    /// Bracketed (`[3]`), which nothing but a label looks like; `3.` or `3 ` may be a wrapped
    /// line that starts with a number.
    pub bracketed: bool,
}

/// A line of the section with text.
#[derive(Debug, Clone, Copy)]
pub(super) struct Line<'a> {
    /// 1-based line number in the file.
    pub n: usize,
    /// The text after any bullet and anchors (a label, if any, still in it).
    pub body: &'a str,
    /// Source offset of `body`.
    pub offset: usize,
    pub bullet: bool,
    pub label: Option<Label>,
    /// Bytes of a citation-key label ("[Altman 1999] ", "[BJP12] ") the body opens with.
    pub key: Option<usize>,
    /// The label itself when it is alphabetic ("BJP12"): citations name the entry by it.
    pub alpha: Option<&'a str>,
}

/// What a line of the section is.
#[derive(Debug, Clone, Copy)]
pub(super) enum Shape<'a> {
    Blank,
    /// Residue or furniture: skipped, and an entry may go on after it.
    Skipped,
    /// A bullet with nothing after it: marker's "-   " over an entry it indented onto the
    /// next line ("    3.  M. Christ, ...").
    Bullet,
    Text(Line<'a>),
}

/// A table of one column: `| text |`, a box a converter drew around lines of a list (marker
/// puts the last entries of a page so). Tables of data have more than one cell a row.
static ONE_CELL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\|\s*([^|\s](?:[^|]*[^|\s])?)\s*\|\s*$").expect("ONE_CELL is a valid regex")
});

/// Read one line (trimmed text `text` at source offset `offset`).
pub(super) fn shape(n: usize, text: &str, offset: usize) -> Shape<'_> {
    if text.is_empty() {
        return Shape::Blank;
    }
    if matches!(text, "-" | "*" | "+" | "•") {
        return Shape::Bullet;
    }
    if let Some(cell) = ONE_CELL.captures(text).and_then(|c| c.get(1)) {
        if cell.as_str().chars().any(char::is_alphanumeric) {
            return shape(n, cell.as_str(), offset + cell.start());
        }
    }
    if FURNITURE.is_match(text) {
        return Shape::Skipped;
    }
    let lead = LEAD.captures(text);
    let skip = lead.as_ref().and_then(|c| c.get(0)).map_or(0, |m| m.end());
    let bullet = lead.as_ref().is_some_and(|c| c.get(1).is_some());
    let body = &text[skip..];
    if body.trim().is_empty() || (skip > 0 && FURNITURE.is_match(body)) {
        return Shape::Skipped;
    }
    let key = KEY_LABEL.captures(body);
    let number = label(body);
    Shape::Text(Line {
        n,
        body,
        offset: offset + skip,
        bullet,
        label: number,
        key: key
            .as_ref()
            .and_then(|c| c.get(0))
            .map(|m| m.end())
            .or_else(|| number.is_none().then(|| natbib_label(body)).flatten()),
        alpha: key.and_then(|c| c.name("alpha")).map(|m| m.as_str()),
    })
}

/// Is `text` (trimmed) converter furniture or a figure or table caption?
pub(super) fn is_furniture(text: &str) -> bool {
    FURNITURE.is_match(text)
}

/// The number label a text opens with.
pub(super) fn label(text: &str) -> Option<Label> {
    let c = NUMBER.captures(text)?;
    let group = (1..=6).find_map(|i| c.get(i).map(|m| (i, m)))?;
    let number = group.1.as_str().parse().ok()?;
    let whole = c.get(0).map_or(0, |m| m.end());
    // "12 Smith" keeps the capital that the pattern looked at.
    let len = if group.0 == 5 {
        let end = group.1.end();
        end + (text[end..].len() - text[end..].trim_start().len())
    } else {
        whole
    };
    Some(Label {
        number,
        len,
        bracketed: group.0 <= 2,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn body(text: &str) -> Option<(String, bool, Option<u32>)> {
        match shape(1, text, 0) {
            Shape::Text(l) => Some((l.body.to_string(), l.bullet, l.label.map(|l| l.number))),
            _ => None,
        }
    }

    #[test]
    fn bullets_anchors_and_labels() {
        assert_eq!(
            body("- <span id=\"page-3-1\"></span>Ames, K. (2001). T."),
            Some(("Ames, K. (2001). T.".into(), true, None))
        );
        assert_eq!(
            body("-   \\[12\\] Ames K. T."),
            Some(("\\[12\\] Ames K. T.".into(), true, Some(12)))
        );
        assert_eq!(
            body("- <span id=\"page-4-0\"></span>[\\[12\\]](#page-0-2) Ames K. T."),
            Some(("[\\[12\\]](#page-0-2) Ames K. T.".into(), true, Some(12)))
        );
        assert_eq!(
            label("[\\[12\\]](#page-0-2) Ames").map(|l| (l.len, l.bracketed)),
            Some((20, true))
        );
        assert_eq!(
            body("- · [3] Ames K."),
            Some(("[3] Ames K.".into(), true, Some(3)))
        );
        assert_eq!(
            body("7 Ames K. T."),
            Some(("7 Ames K. T.".into(), false, Some(7)))
        );
        assert!(!body("*Title in italics*. 2001.").unwrap().1);
    }

    #[test]
    fn empty_bullets_and_one_cell_tables() {
        assert!(matches!(shape(1, "-", 0), Shape::Bullet));
        // A one-column table row is its text; its label may be escaped ("7\\.").
        assert_eq!(
            body("| 7\\. , Weighted sums, J. Anal. 21 (1991). |"),
            Some((
                "7\\. , Weighted sums, J. Anal. 21 (1991).".into(),
                false,
                Some(7)
            ))
        );
        assert_eq!(
            body("| Univ. Press, 1993. |"),
            Some(("Univ. Press, 1993.".into(), false, None))
        );
        // Rules and tables of several cells stay furniture.
        for row in ["|-----------|", "| 12 | 0.5 |", "|  |"] {
            assert!(matches!(shape(1, row, 0), Shape::Skipped), "{row}");
        }
        assert!(ONE_CELL.is_match("| a |") && !ONE_CELL.is_match("| a | b |"));
    }

    #[test]
    fn key_labels_and_alphabetic_ones() {
        let key = |text: &str| match shape(1, text, 0) {
            Shape::Text(l) => l
                .key
                .map(|k| (l.body[k..].to_string(), l.alpha.map(str::to_string))),
            _ => None,
        };
        assert_eq!(
            key("[Altman 1999] Altman, D. T."),
            Some(("Altman, D. T.".into(), None))
        );
        for (text, label) in [
            ("[BJP12] Bates, K. T.", "BJP12"),
            ("- \\[BGM+20\\] Bates, K. T.", "BGM+20"),
            (
                "<span id=\"page-9-1\"></span>[vdH05a] Bates, K. T.",
                "vdH05a",
            ),
            ("[O'N1983] Bates, K. T.", "O'N1983"),
            ("[RWC<sup>+</sup>19] Bates, K. T.", "RWC<sup>+</sup>19"),
        ] {
            assert_eq!(
                key(text),
                Some(("Bates, K. T.".into(), Some(label.to_string()))),
                "{text}"
            );
        }
        for text in [
            "[Online] Available at x.",
            "[ab12] T.",
            "[BJP1] T.",
            "[BJP12]. T.",
        ] {
            assert_eq!(key(text), None, "{text}");
        }
    }

    #[test]
    fn natbib_labels_before_entries() {
        let rest = |text: &str| match shape(1, text, 0) {
            Shape::Text(l) => l.key.map(|k| l.body[k..].to_string()),
            _ => None,
        };
        assert_eq!(
            rest("* Amsel et al. (2019) Ruth Amsel, Tom Bird, and Ana Cole. 2019. A title. In _Proc_."),
            Some("Ruth Amsel, Tom Bird, and Ana Cole. 2019. A title. In _Proc_.".into())
        );
        assert_eq!(
            rest("* Bode and Carr (2005) Lena Bode and Tim Carr. 2005. Sentential pairs."),
            Some("Lena Bode and Tim Carr. 2005. Sentential pairs.".into())
        );
        // A label glued to a wrong entry's names is still a label.
        assert_eq!(
            rest("* Dorn et al. (2019)Mia Vale, Ken Ott, and Ida Moss. 2021. Do maps see? _J_, 3:1-9."),
            Some("Mia Vale, Ken Ott, and Ida Moss. 2021. Do maps see? _J_, 3:1-9.".into())
        );
        assert_eq!(
            rest("Quill (1975) Brian W. Quill. 1975. Folding of a small protein. _Acta_, 4:1-9."),
            Some("Brian W. Quill. 1975. Folding of a small protein. _Acta_, 4:1-9.".into())
        );
        // Entries that open with names and a year in brackets are no labels.
        for text in [
            "Smith and Jones (2003) Rivers of the north. J. Hydrol. 12, 1-9.",
            "Akers RD, Bell T (1999) Soil maps. Soil Sci 35:647-656",
            "Pavlov (1927) Conditioned reflexes. Oxford University Press.",
        ] {
            assert_eq!(rest(text), None, "{text}");
        }
    }

    #[test]
    fn furniture_is_skipped() {
        for text in [
            "![](_page_4_Figure_1.jpeg)",
            "<!-- image -->",
            "Figure 8: Results of the second run.",
            "**Table 2.** Means by group",
            "Fig. 3. Map.",
            "Fig. 4 Sampling sites along the river",
            "| a | b |",
            "<span id=\"page-4-0\"></span>",
            "---",
            "<span id=\"page-12-0\"></span>![](_page_12_Figure_1.jpeg)",
        ] {
            assert!(matches!(shape(1, text, 0), Shape::Skipped), "{text}");
        }
        for text in ["Figueroa, A. (2001). T.", "Tableau, B. 2003. T."] {
            assert!(matches!(shape(1, text, 0), Shape::Text(_)), "{text}");
        }
    }
}
