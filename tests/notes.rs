//! Notes-style papers (tests/fixtures/notes/*, written for these tests in Chicago
//! notes-bibliography, MHRA and OSCOLA): for each, a hand-made gold of every work its notes
//! cite (line, column, the citation as written, the entry it should link to) and of every
//! problem it should report, checked whole; the text report snapshotted; and a score over all
//! fixtures (citations found, linked right) printed by `notes_scores`.

mod common;

use common::*;

/// One cited work: line, column, text as written, the entry key it should link to ("" when
/// no entry fits: a case, a statute, a work the bibliography lacks, an unclear "Ibid.").
type Gold = (usize, usize, &'static str, &'static str);

/// A problem: its code and line.
type Problem = (&'static str, usize);

/// A cited work as the report gives it: line, column, text, keys.
type Row = (usize, usize, String, String);

/// Each fixture: its file, its gold citations, its gold problems.
const FIXTURES: &[(&str, &[Gold], &[Problem])] = &[
    (
        "chicago-footnotes.md",
        &[
            (29, 7, "Marguerite Okafor, *Tidewater Ledgers: Merchants and Credit in Colonial Charleston* (Chapel Hill: Coastal Press, 2004), 12", "okafor2004"),
            (31, 7, "Tomas Halvorsen, \"Salt, Silver, and the Baltic Trade, 1550–1620,\" *Journal of Northern History* 38, no. 2 (2011): 205", "halvorsen2011"),
            (33, 11, "Ruth Calloway, *The Weight of Cargo: Shipping and Empire* (New Haven: Yale University Press, 2015), 88", "calloway2015"),
            (33, 119, "Ruth Calloway, *Harbour Law in the Atlantic World* (New Haven: Yale University Press, 2019), 140–42", "calloway2019"),
            (35, 7, "Okafor, *Tidewater Ledgers*, 30", "okafor2004"),
            (37, 7, "Calloway, *Harbour Law*, 150", "calloway2019"),
            (39, 32, "Henry Ashdown, \"Insurance and the Sea,\" in *Ports of Call: Essays on Maritime Commerce*, ed. Lucia Bertolini and Henry Ashdown (London: Meridian Books, 1998), 50", "ashdown1998"),
            (41, 7, "Ibid., 52–53", "ashdown1998"),
            (43, 7, "Halvorsen, \"Salt, Silver,\" 210", "halvorsen2011"),
            (43, 39, "Calloway, *Weight of Cargo*, 91", "calloway2015"),
            (47, 8, "Okafor, *Tidewater Ledgers*, 44", "okafor2004"),
            (49, 42, "Lucia Bertolini and Henry Ashdown, eds., *Ports of Call: Essays on Maritime Commerce* (London: Meridian Books, 1998), 3–9", "bertolini1998"),
            (51, 8, "Calloway, *Harbour Law*, 155", "calloway2019"),
        ],
        &[],
    ),
    (
        // The four faults of the bar, planted: a short form before the full note, "Ibid."
        // after a note citing two works, a note whose year disagrees with the bibliography, a
        // work the bibliography lacks; and an entry no note cites.
        "chicago-faults.md",
        &[
            (7, 7, "Okafor, *Tidewater Ledgers*, 30", "okafor2004"),
            (9, 7, "Tomas Halvorsen, \"Salt, Silver, and the Baltic Trade, 1550–1620,\" *Journal of Northern History* 38, no. 2 (2011): 205", "halvorsen2011"),
            (9, 126, "Ruth Calloway, *The Weight of Cargo: Shipping and Empire* (New Haven: Yale University Press, 2015), 88", "calloway2015"),
            (11, 7, "Ibid., 90", ""),
            (13, 7, "Marguerite Okafor, *Tidewater Ledgers: Merchants and Credit in Colonial Charleston* (Chapel Hill: Coastal Press, 2006), 12", "okafor2004"),
            (15, 7, "Peter Lindqvist, *Fishing Rights and the Crown* (Edinburgh: Northgate Press, 2001), 7", ""),
            (17, 7, "Calloway, *Weight of Cargo*, 95", "calloway2015"),
        ],
        &[
            ("short-form-before-full", 7),
            ("ambiguous-ibid", 11),
            ("note-entry-mismatch", 13),
            ("missing-bibliography-entry", 15),
            ("uncited-reference", 25),
        ],
    ),
    (
        // No bibliography: the full notes are the works; a short form of a work never given
        // in full is reported.
        "chicago-notes-only.md",
        &[
            (7, 7, "Marguerite Okafor, *Tidewater Ledgers: Merchants and Credit in Colonial Charleston* (Chapel Hill: Coastal Press, 2004), 12", "okafor2004"),
            (9, 7, "Ibid., 19", "okafor2004"),
            (11, 7, "Tomas Halvorsen, \"Salt, Silver, and the Baltic Trade, 1550–1620,\" *Journal of Northern History* 38, no. 2 (2011): 205", "halvorsen2011"),
            (13, 7, "Halvorsen, \"Salt, Silver,\" 209", "halvorsen2011"),
            (13, 39, "Okafor, *Tidewater Ledgers*, 22", "okafor2004"),
            (15, 7, "Calloway, *Harbour Law*, 150", ""),
            (17, 7, "Halvorsen, \"Salt, Silver,\" 211", "halvorsen2011"),
        ],
        &[("short-form-before-full", 15)],
    ),
    (
        // Endnotes under a "Notes" heading in text converted from a PDF (italics lost), MHRA
        // short forms ("Okafor, p. 58") and two citations joined by prose in one sentence.
        "mhra-endnotes.txt",
        &[
            (12, 3, "Tomas Halvorsen, ‘Salt, Silver, and the Baltic Trade, 1550–1620’, Journal of Northern History, 38 (2011), 201–29 (p. 203)", "halvorsen2011"),
            (13, 3, "Ibid., p. 207", "halvorsen2011"),
            (14, 3, "Marguerite Okafor, Tidewater Ledgers: Merchants and Credit in Colonial Charleston (Chapel Hill: Coastal Press, 2004), p. 12", "okafor2004"),
            (15, 3, "Ruth Calloway, The Weight of Cargo: Shipping and Empire (New Haven: Yale University Press, 2015), pp. 30–31", "calloway2015"),
            (15, 112, "Ruth Calloway, Harbour Law in the Atlantic World (New Haven: Yale University Press, 2019), p. 9", "calloway2019"),
            (16, 3, "Calloway, Weight of Cargo, p. 44", "calloway2015"),
            (17, 3, "Okafor, p. 58", "okafor2004"),
            (18, 7, "Halvorsen, p. 215", "halvorsen2011"),
            (18, 38, "Calloway, Harbour Law, p. 12", "calloway2019"),
            (19, 3, "Halvorsen, ‘Salt, Silver’, p. 220", "halvorsen2011"),
        ],
        &[],
    ),
    (
        // Notes at the foot of each page of a converted PDF, between running heads and page
        // numbers.
        "page-foot.txt",
        &[
            (6, 3, "Marguerite Okafor, Tidewater Ledgers: Merchants and Credit in Colonial Charleston (Chapel Hill: Coastal Press, 2004), 12", "okafor2004"),
            (8, 3, "Tomas Halvorsen, \"Salt, Silver, and the Baltic Trade, 1550–1620,\" Journal of Northern History 38, no. 2 (2011): 205", "halvorsen2011"),
            (10, 3, "Ruth Calloway, The Weight of Cargo: Shipping and Empire (New Haven: Yale University Press, 2015), 88", "calloway2015"),
            (16, 3, "Okafor, Tidewater Ledgers, 30", "okafor2004"),
            (17, 3, "Ibid., 31", "okafor2004"),
            (18, 3, "Calloway, Weight of Cargo, 140", "calloway2015"),
        ],
        &[],
    ),
    (
        // OSCOLA: a case and statutes (no bibliography entry expected), "ibid", "(n 3)".
        "oscola-footnotes.md",
        &[
            (9, 7, "*Harrow v Denbigh Mills Ltd* [1921] 2 KB 114 (CA) 120", ""),
            (11, 7, "Sale of Goods Act 1979, s 14", ""),
            (13, 7, "Andrew Pell, *Contract and Consequence* (2nd edn, Larkspur Press 2012) 77", "pell2012"),
            (15, 7, "ibid 80", "pell2012"),
            (17, 7, "Nadia Qureshi, ‘Remoteness Revisited’ (2016) 132 LQR 410, 415", "qureshi2016"),
            (19, 7, "Pell (n 3) 81", "pell2012"),
            (21, 7, "*Harrow* (n 1) 122", ""),
            (21, 36, "Qureshi (n 5) 412", "qureshi2016"),
            (23, 7, "Consumer Rights Act 2015, s 9(2)", ""),
        ],
        &[],
    ),
    (
        // OSCOLA with the faults planted: "(n 2)" pointing forward, "ibid" after two works,
        // a year that disagrees, a work the bibliography lacks.
        "oscola-faults.md",
        &[
            (7, 7, "Pell (n 2) 12", "pell2012"),
            (9, 7, "Andrew Pell, *Contract and Consequence* (2nd edn, Larkspur Press 2012) 77", "pell2012"),
            (9, 82, "Nadia Qureshi, ‘Remoteness Revisited’ (2016) 132 LQR 410", "qureshi2016"),
            (11, 7, "ibid 415", ""),
            (13, 7, "Nadia Qureshi, ‘Remoteness Revisited’ (2015) 132 LQR 410, 412", "qureshi2016"),
            (15, 7, "Sara Whitcombe, *Sale and Supply* (Norbury Press 2009) 5", ""),
        ],
        &[
            ("short-form-before-full", 7),
            ("ambiguous-ibid", 11),
            ("note-entry-mismatch", 13),
            ("missing-bibliography-entry", 15),
        ],
    ),
    (
        // A bibliography and short notes only (Chicago allows this): no short form is reported.
        // "Ibid"/"ibid."/"Idem", a title in a Markdown link over two lines, "see also", a
        // corporate author, an anonymous work listed by its title, "n.d." and "n." locators.
        "chicago-short-notes.md",
        &[
            (9, 7, "Marsh, *Lighthouses and Their Keepers*, 14–16", "marsh1990"),
            (11, 7, "Ibid, 22", "marsh1990"),
            (13, 7, "Okafor, *Tidewater Ledgers*, 45n3", "okafor2004"),
            (16, 7, "Okafor, *Tidewater Ledgers*, 51", "okafor2004"),
            (16, 49, "Halvorsen, \"Salt, Silver,\" 207", "halvorsen2011"),
            (18, 7, "*Rules for the Keepers of Harbour Lights*, 3", "rulesnd"),
            (20, 7, "ibid., 4–5", "rulesnd"),
            (22, 7, "Calloway, *Weight of Cargo*, 112 n. 7", "calloway2015"),
            (25, 7, "Idem, 118", "calloway2015"),
            (27, 7, "Harbour Board, *Minutes*, 9", "harbournd"),
        ],
        &[],
    ),
    (
        // MHRA endnotes with the four faults of the bar planted, and an entry no note cites.
        "mhra-faults.txt",
        &[
            (10, 3, "Marsh, Lighthouses, p. 40", "marsh1990"),
            (11, 3, "Ruth Calloway, The Weight of Cargo: Shipping and Empire (New Haven: Yale University Press, 2015), p. 71", "calloway2015"),
            (11, 108, "Tomas Halvorsen, ‘Salt, Silver, and the Baltic Trade, 1550–1620’, Journal of Northern History, 38 (2011), 201–29 (p. 210)", "halvorsen2011"),
            (12, 3, "Ibid., p. 212", ""),
            (13, 3, "Edith Marsh, Lighthouses and Their Keepers (Boston: Harbor Books, 1992), p. 15", "marsh1990"),
            (14, 3, "Ingrid Solberg, Harbours of the Southern Coast (Bergen: Fjord Press, 1998), pp. 33–35", ""),
            (15, 3, "Calloway, Weight of Cargo, p. 80", "calloway2015"),
        ],
        &[
            ("short-form-before-full", 10),
            ("ambiguous-ibid", 12),
            ("note-entry-mismatch", 13),
            ("missing-bibliography-entry", 14),
            ("uncited-reference", 25),
        ],
    ),
    (
        // OSCOLA with tables of cases and legislation: English and American cases, a statute
        // and a European directive are legal authorities, not missing bibliography entries.
        "oscola-table-of-cases.md",
        &[
            (10, 7, "*Harrow v Denbigh Mills Ltd* [1921] 2 KB 114 (CA) 120", ""),
            (12, 7, "Consumer Rights Act 2015, s 9(2)", ""),
            (14, 7, "*Harrow* (n 1) 122", ""),
            (14, 36, "*Ashby v Tolhurst* [1937] 2 KB 242 (CA)", ""),
            (16, 7, "*Henningsen v. Bloomfield Motors, Inc.*, 161 A.2d 69 (N.J. 1960)", ""),
            (18, 7, "ibid 75", ""),
            (20, 7, "Andrew Pell, *Contract and Consequence* (2nd edn, Larkspur Press 2012) 77", "pell2012"),
            (20, 82, "Nadia Qureshi, ‘Remoteness Revisited’ (2016) 132 LQR 410", "qureshi2016"),
            (22, 7, "Qureshi (n 6) 415", "qureshi2016"),
            (24, 7, "Pell, *Contract and Consequence* (n 6) 80–82", "pell2012"),
            (26, 7, "Council Directive 1999/44/EC of 25 May 1999 on certain aspects of the sale of consumer goods and associated guarantees [1999] OJ L171/12, art 2", ""),
        ],
        &[],
    ),
];

fn path(name: &str) -> String {
    format!("tests/fixtures/notes/{name}")
}

/// What `check` reports for a fixture: its citations as gold rows, and its problems.
fn found(name: &str) -> (Vec<Row>, Vec<(String, usize)>) {
    let out = citecheck(&["check", &path(name), "--format", "json"]);
    let report: citecheck::report::Report =
        serde_json::from_str(&stdout(&out)).expect("a JSON report");
    assert_eq!(report.style, citecheck::rules::Style::Notes, "{name}");
    let citations = report
        .citations
        .iter()
        .map(|c| (c.line, c.column, c.text.clone(), c.keys.join(" ")))
        .collect();
    let problems = report
        .diagnostics
        .iter()
        .map(|d| (d.code.as_str().to_string(), d.line))
        .collect();
    (citations, problems)
}

fn own(gold: &[Gold]) -> Vec<Row> {
    gold.iter()
        .map(|&(l, c, t, k)| (l, c, t.to_string(), k.to_string()))
        .collect()
}

#[test]
fn every_fixture_gives_its_gold_citations_and_problems() {
    for &(name, gold, problems) in FIXTURES {
        let (citations, found_problems) = found(name);
        assert_eq!(citations, own(gold), "{name}: citations");
        let want: Vec<(String, usize)> =
            problems.iter().map(|&(c, l)| (c.to_string(), l)).collect();
        assert_eq!(found_problems, want, "{name}: problems");
    }
}

/// Citations found (same place and text) and linked right (same entry), and planted problems
/// reported (same code and line), over every fixture, printed (`cargo test --test notes
/// notes_scores -- --nocapture`).
#[test]
fn notes_scores() {
    let (mut total, mut hits, mut linked) = (0, 0, 0);
    let (mut planted, mut reported) = (0, 0);
    for &(name, gold, problems) in FIXTURES {
        let (citations, found_problems) = found(name);
        planted += problems.len();
        reported += problems
            .iter()
            .filter(|&&(code, line)| found_problems.iter().any(|(c, l)| c == code && *l == line))
            .count();
        for (line, column, text, key) in own(gold) {
            total += 1;
            if let Some(c) = citations
                .iter()
                .find(|c| c.0 == line && c.1 == column && c.2 == text)
            {
                hits += 1;
                linked += usize::from(c.3 == key);
            }
        }
        let extra = citations
            .iter()
            .filter(|c| !gold.iter().any(|g| g.0 == c.0 && g.1 == c.1))
            .count();
        assert_eq!(extra, 0, "{name}: citations not in the gold");
    }
    let ratio = |n: usize| n as f64 / total as f64;
    println!(
        "notes fixtures: {total} cited works; found {hits} ({:.3}), linked right {linked} ({:.3}); \
         {reported} of {planted} planted problems reported",
        ratio(hits),
        ratio(linked)
    );
    assert_eq!((hits, linked, reported), (total, total, planted));
}

#[test]
fn the_text_report_of_each_fixture_is_as_snapshotted() {
    for &(name, _, _) in FIXTURES {
        let out = citecheck(&["check", &path(name), "--color", "never"]);
        let stem = name.rsplit_once('.').map_or(name, |(s, _)| s);
        assert_snapshot(&format!("notes-{stem}.txt"), &stdout(&out));
    }
}

/// `refs` and `export` read a paper with no bibliography through its full notes.
#[test]
fn export_makes_a_bib_from_a_notes_only_paper() {
    let out = citecheck(&["export", &path("chicago-notes-only.md"), "--to", "bibtex"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_snapshot("notes-export.bib", &stdout(&out));
    let out = citecheck(&[
        "refs",
        &path("chicago-notes-only.md"),
        "--format",
        "table",
        "--color",
        "never",
    ]);
    assert_snapshot("notes-refs.txt", &stdout(&out));
}

/// A LaTeX paper under a verbose (notes) biblatex style cites by key in `\footcite`,
/// `\autocite` and `\cite` inside `\footnote`: each is linked to its `.bib` entry.
#[test]
fn a_latex_paper_citing_in_footnotes_links_every_key() {
    let report = report_of(&["check", &path("latex-verbose/paper.tex")], 0);
    let seen: Vec<(usize, &str, Vec<String>, Option<&str>)> = report
        .citations
        .iter()
        .map(|c| {
            (
                c.line,
                c.text.as_str(),
                c.keys.clone(),
                c.locator.as_deref(),
            )
        })
        .collect();
    let keys = |k: &str| vec![k.to_string()];
    assert_eq!(
        seen,
        [
            (5, "okafor2004", keys("okafor2004"), Some("12")),
            (5, "halvorsen2011", keys("halvorsen2011"), Some("205")),
            (6, "calloway2015", keys("calloway2015"), Some("88")),
            (6, "halvorsen2011", keys("halvorsen2011"), None),
        ]
    );
    assert!(report.diagnostics.is_empty());
}

/// An author-date paper whose footnotes happen to give a reference in full stays an
/// author-date paper: its text cites more than its notes.
#[test]
fn an_author_date_paper_with_footnotes_stays_author_date() {
    let report = report_of(&["check", &path("apa-with-footnotes.md")], 0);
    assert_eq!(report.style, citecheck::rules::Style::AuthorDate);
    let seen: Vec<(usize, &str, Vec<String>)> = report
        .citations
        .iter()
        .map(|c| (c.line, c.text.as_str(), c.keys.clone()))
        .collect();
    let keys = |k: &str| vec![k.to_string()];
    assert_eq!(
        seen,
        [
            (3, "Alvarez, 2018", keys("alvarez2018")),
            (3, "Chen & Okafor, 2020", keys("chen2020")),
            (4, "Alvarez, 2018, p. 12", keys("alvarez2018")),
        ]
    );
    assert!(report.diagnostics.is_empty(), "{:?}", report.diagnostics);
}
