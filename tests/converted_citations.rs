//! Papers as PDF converters write them (tests/fixtures/converted-citations/*, invented text in each
//! converter's idiom): the exact citations found, with line, column, status and keys. Every
//! look-alike in a fixture (figure, table, equation and list numbers, footnote marks, math,
//! DOIs) is absent from its list, so the lists also assert what is not a citation.

mod common;

use common::*;

/// "line:column text status keys" for each citation of a fixture's JSON report.
fn citations(name: &str) -> Vec<String> {
    let path = format!("tests/fixtures/converted-citations/{name}");
    let report = report_of(&["check", &path], 0);
    report
        .citations
        .iter()
        .map(|c| {
            format!(
                "{}:{} {} {} {}",
                c.line,
                c.column,
                c.text,
                format!("{:?}", c.status).to_lowercase(),
                c.keys.join(" ")
            )
        })
        .collect()
}

/// marker: numbers linked one by one ([\[1,](#p)[3–](#p)[5\]](#p)), escaped \[7\]; not cited: Figure [1](#p), [Algorithm 1](#p), algorithms [1](#p) and [2](#p), Table [2](#p), the footnote <sup>1</sup> and its text, $s \in [1, 9]$.
#[test]
fn marker_numeric() {
    assert_eq!(
        citations("marker-numeric.md"),
        [
            "5:69 1 matched ortega2019",
            "5:84 3 matched haldane2016",
            "5:84 4 matched sato2020",
            "5:99 5 matched ferreira2021",
            "9:41 2 matched brenner2004",
            "9:84 3 matched haldane2016",
            "9:100 6 matched nakamura2015",
            "9:169 4 matched sato2020",
            "9:202 7 matched ortega2022",
            "9:257 8 matched lindqvist2023",
            "15:29 1 matched ortega2019",
            "15:32 5 matched ferreira2021",
            "15:32 6 matched nakamura2015",
            "15:34 7 matched ortega2022",
        ]
    );
}

/// olmOCR: \(^1\), \(^{2,3}\), \textsuperscript{4–6}, $^{7}$; not cited: \textsuperscript{a} (a table note), 15–30 cells, equation tags (1) and (2), (09) in a DOI.
#[test]
fn olmocr_superscript() {
    assert_eq!(
        citations("olmocr-superscript.md"),
        [
            "3:78 1 matched okoro2018",
            "3:144 2 matched hartmann2017",
            "3:146 3 matched mwangi2019",
            "3:217 4 matched silva2020",
            "3:217 5 matched tanaka2016",
            "3:219 6 matched lebrun2021",
            "3:254 7 matched novotny2015",
            "13:44 2 matched hartmann2017",
            "13:46 8 matched hartmann2022",
        ]
    );
}

/// docling: [1, 2], [3-5], [6]; not cited: Table [2], the list items (1) (2) (3), equation tags, "the loss in (1)".
#[test]
fn docling_brackets() {
    assert_eq!(
        citations("docling-brackets.md"),
        [
            "3:58 1 matched pereira2015",
            "3:61 2 matched stone2019",
            "3:86 3 matched kowalski2021",
            "3:86 4 matched ahmadi2020",
            "3:88 5 matched kowalski2022",
            "21:18 6 matched stone2018",
            "21:46 7 matched ahmadi2023",
        ]
    );
}

/// CERMINE plain text: [1], [2,3], [2-4]; not cited: (aged 60-85), Table 1.
#[test]
fn cermine_plain() {
    assert_eq!(
        citations("cermine-plain.txt"),
        [
            "4:66 1 matched varela2018",
            "5:34 2 matched lund2019",
            "5:36 3 matched osei2020",
            "6:14 2 matched lund2019",
            "6:14 3 matched osei2020",
            "6:16 4 matched brennan2017",
            "6:53 5 matched varela2021",
        ]
    );
}

/// marker: author-date links, a name split over two links ([\(Hol](#p)[mberg et al., 2012\)](#p)), *[et al.](#p)*, (see, e.g., ...), one name and year told apart by the number of authors
/// ("Holmberg et al." against "Holmberg and Vance"); not cited: Section [3.1\)](#p), Table [1)](#p), the heading before "Since".
#[test]
fn marker_author_date() {
    assert_eq!(
        citations("marker-author-date.md"),
        [
            "5:39 Marchetti et al., 2014 matched marchetti2014",
            "5:91 Quispe and Abara, 2017 matched quispe2017",
            "5:177 Holmberg et al., 2012 matched holmberg2012a",
            "5:232 Marchetti et al. (2014) matched marchetti2014",
            "5:315 Holmberg et al. (2012) matched holmberg2012a",
            "5:402 Okafor, 2019 matched okafor2019",
            "9:8 Quispe and Abara (2017) matched quispe2017",
            "9:92 Holmberg and Vance, 2012 matched holmberg2012b",
        ]
    );
}

/// author-date in brackets, works parted by commas, narrative Brennan [2022]; not cited: [the appendix], [A, B, C], [WHO], [0, 1], Section [4].
#[test]
fn bracket_author_date() {
    assert_eq!(
        citations("bracket-author-date.md"),
        [
            "3:31 Varga et al., 2019 matched varga2019",
            "3:76 Osei and Lund, 2020 matched osei2020",
            "3:97 Varga et al., 2021 matched varga2021",
            "3:117 Brennan, 2022 matched brennan2022",
            "3:133 Brennan (2022) matched brennan2022",
            "3:168 Osei and Lund (2020) matched osei2020",
            "3:230 Varga et al., 2019 matched varga2019",
            "3:250 Brennan, 2022 matched brennan2022",
        ]
    );
}

/// docling with superscripts flattened into the line (", 1 the", ". 2-4", "). 6 We", a
/// re-citation ". 3" at a paragraph's end); not cited: counts ("In 2 trials, 12 patients",
/// ". 6 patients", "regions, 5 were"), the list of ages.
#[test]
fn docling_flattened() {
    assert_eq!(
        citations("docling-flattened.md"),
        [
            "5:42 1 matched moreau2015",
            "5:151 2 matched lindgren2017",
            "5:153 3 matched achebe2018",
            "5:153 4 matched varga2019",
            "7:53 5 matched osei2016",
            "7:141 6 matched moreau2020",
            "7:185 3 matched achebe2018",
        ]
    );
}

/// docling (JATS) in PNAS's manner: parentheses, "ref. 1", "see ref. 4", "refs. 5–6", and a
/// table's Reference column ("7", "2,8"); not cited: counts in table cells ("12 (4)", "3 (2)"),
/// a dash for no reference, a column of names.
#[test]
fn docling_refs_and_tables() {
    assert_eq!(
        citations("docling-refs-and-tables.md"),
        [
            "3:39 1 matched strand2001",
            "3:111 2 matched kask1998",
            "3:114 3 matched odum1997",
            "3:172 4 matched varga2005",
            "3:219 5 matched lind2010",
            "3:221 6 matched berg2012",
            "8:25 7 matched holm2013",
            "9:20 2 matched kask1998",
            "9:22 8 matched eklund2014",
        ]
    );
}

/// docling (JATS) with superscripts flattened onto names and words: "Achterberg1 and",
/// "disease2—and", "relational4) trust", beside ". 3" after full stops.
#[test]
fn docling_glued_names() {
    assert_eq!(
        citations("docling-glued-names.md"),
        [
            "3:19 1 matched achterberg1999",
            "3:114 2 matched boateng2001",
            "3:143 3 matched castell1991",
            "3:169 4 matched dahl2004",
            "3:192 5 matched eze2005",
            "3:221 3 matched castell1991",
        ]
    );
}

/// Older marker over an archive copy: the list's numbers lost (bullets, an empty bullet over an
/// indented "3.", a one-column table for the last two), so "\[n\]" counts entries by their
/// place; the cover page's "# REFERENCES" over the whole article is not the list.
#[test]
fn marker_lost_numbers() {
    assert_eq!(
        citations("marker-lost-numbers.md"),
        [
            "17:44 1 matched arlen1980",
            "17:79 3 matched duval1985",
            "17:86 2 matched okafor1983",
            "17:107 5 matched duval1988",
            "17:144 4 matched uniform1986",
            "21:21 6 matched castell1990",
            "21:61 7 matched weighted1991",
            "21:71 8 matched lattice1993",
        ]
    );
}

/// olmOCR with LaTeX: grammar rows numbered "[1] &" inside `\begin{align*}`, "[0], [1]" in a
/// `\[ ... \]` display, displays repeated often enough to look like running heads, and footnote
/// URLs ("[12] http://...") dropped between the entries; none of them cites.
#[test]
fn olmocr_latex_math() {
    assert_eq!(
        citations("olmocr-latex-math.md"),
        [
            "7:87 1 matched aalto1981",
            "7:90 3 matched cho1993",
            "7:114 2 matched brandt1990",
            "22:20 4 matched dahl1994",
            "22:68 5 matched eze1996",
            "32:33 3 matched cho1993",
        ]
    );
}
