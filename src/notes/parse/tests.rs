use super::*;

/// Each cited work of a note: "form | names | title | year | prefix | locator | text".
fn read(note: &str) -> Vec<String> {
    parse_note(note, 0)
        .iter()
        .map(|c| {
            // The span covers the text, spaces aside.
            assert_eq!(collapse(&note[c.span.start..c.span.end]), c.text);
            let or = |o: &Option<String>| o.clone().unwrap_or_default();
            format!(
                "{:?} | {} | {} | {} | {} | {} | {}",
                c.form,
                c.names.join(" & "),
                or(&c.title),
                c.year.map(|y| y.to_string()).unwrap_or_default(),
                or(&c.prefix),
                or(&c.locator),
                c.text
            )
        })
        .collect()
}

#[test]
fn chicago_full_short_and_ibid() {
    assert_eq!(
        read("Richard White, *The Organic Machine: The Remaking of the Columbia River* (New York: Hill and Wang, 1995), 45."),
        ["Full | White | The Organic Machine: The Remaking of the Columbia River | 1995 |  | 45 | Richard White, *The Organic Machine: The Remaking of the Columbia River* (New York: Hill and Wang, 1995), 45"]
    );
    assert_eq!(
        read("White, *Organic Machine*, 60."),
        ["Short | White | Organic Machine |  |  | 60 | White, *Organic Machine*, 60"]
    );
    assert_eq!(read("Ibid., 72."), ["Ibid |  |  |  |  | 72 | Ibid., 72"]);
    assert_eq!(read("Ibid."), ["Ibid |  |  |  |  |  | Ibid"]);
    assert_eq!(
        read("White, op. cit., 45."),
        ["Short | White |  |  |  | 45 | White, op. cit., 45"]
    );
}

#[test]
fn a_quotation_ending_in_a_spaced_ellipsis_ends_its_sentence() {
    // pdfLaTeX's ellipsis keeps a space's room after it, before the closing quote.
    assert_eq!(
        read("“The wardens kept their own ledgers . . . ”\nOkafor, “Harbour Tolls and Ledgers,” 7."),
        ["Short | Okafor | Harbour Tolls and Ledgers |  |  | 7 | Okafor, “Harbour Tolls and Ledgers,” 7"]
    );
}

#[test]
fn an_and_at_a_line_end_joins_no_names_to_a_title() {
    // The line breaks after "and", before a title that is no citation's: the citation is
    // the one after "see", with its names.
    assert_eq!(
        read("The charter was copied into both the *Ledger* and\n*Tollbook* of Saltmarsh. For the text, see Ada Okafor, ed., *Harbour\nTolls and Ledgers*, Salt Series 2 (Saltmarsh: Invented Press, 2001)."),
        ["Full | Okafor | Harbour Tolls and Ledgers | 2001 | The charter was copied into both the *Ledger* and *Tollbook* of Saltmarsh. For the text, see |  | Ada Okafor, ed., *Harbour Tolls and Ledgers*, Salt Series 2 (Saltmarsh: Invented Press, 2001)"]
    );
    // Nor is an italic title's last word a name.
    assert_eq!(
        read("It was copied into the *Harbour Roll* and *Tollbook* of Saltmarsh. See Ada Okafor, *Tides of Record* (Brackwater: Gull Press, 2004), 31."),
        ["Full | Okafor | Tides of Record | 2004 | It was copied into the *Harbour Roll* and *Tollbook* of Saltmarsh. See | 31 | Ada Okafor, *Tides of Record* (Brackwater: Gull Press, 2004), 31"]
    );
    assert_eq!(joining_and("and\nWhite"), 4);
    assert_eq!(joining_and(" and\u{a0}White"), 6);
    assert_eq!(joining_and("Anderson"), 0);
    assert_eq!(joining_and("andante"), 0);
}

#[test]
fn several_works_in_one_note_with_prose_around_them() {
    assert_eq!(
        read("See also Donald Worster, *Rivers of Empire* (New York: Pantheon, 1985), 112–14; and White, *Organic Machine*, 60."),
        [
            "Full | Worster | Rivers of Empire | 1985 | See also | 112–14 | Donald Worster, *Rivers of Empire* (New York: Pantheon, 1985), 112–14",
            "Short | White | Organic Machine |  | and | 60 | White, *Organic Machine*, 60",
        ]
    );
    assert_eq!(
        read("For a contrary view, see Joan W. Scott, \"Gender: A Useful Category,\" *American Historical Review* 91, no. 5 (1986): 1053–75."),
        ["Full | Scott | Gender: A Useful Category | 1986 | For a contrary view, see | 1053–75 | Joan W. Scott, \"Gender: A Useful Category,\" *American Historical Review* 91, no. 5 (1986): 1053–75"]
    );
    // Two sentences, the second citing in short form; two citations joined by ", and compare".
    assert_eq!(
        read("Richard White, The Organic Machine (New York: Hill and Wang, 1995), 45. On silt, see Worster, Rivers of Empire, 12."),
        [
            "Full | White | The Organic Machine | 1995 |  | 45 | Richard White, The Organic Machine (New York: Hill and Wang, 1995), 45",
            "Short | Worster | Rivers of Empire |  | On silt, see | 12 | Worster, Rivers of Empire, 12",
        ]
    );
    assert_eq!(
        read("See Halvorsen, p. 215, and compare Calloway, Harbour Law, p. 12."),
        [
            "Short | Halvorsen |  |  | See | p. 215 | Halvorsen, p. 215",
            "Short | Calloway | Harbour Law |  | and compare | p. 12 | Calloway, Harbour Law, p. 12",
        ]
    );
    // A comment, then "Ibid." after a quotation whose stop is inside its marks.
    assert_eq!(
        read("Turing calls it ‘rather crude.’ Ibid., 296. The counts were lost."),
        ["Ibid |  |  |  |  | 296 | Ibid., 296"]
    );
    // Names are the run of name words just before the title, not the prose before them.
    assert_eq!(
        read("Rebuttals can be found in David Cole, ‘The Chinese Room’, *Encyclopedia* (Stanford: Lab, 2015)."),
        ["Full | Cole | The Chinese Room | 2015 | Rebuttals can be found in |  | David Cole, ‘The Chinese Room’, *Encyclopedia* (Stanford: Lab, 2015)"]
    );
}

#[test]
fn mhra_and_oscola_forms() {
    assert_eq!(
        read("Joan Scott, ‘Gender: A Useful Category’, *American Historical Review*, 91 (1986), 1053–75 (p. 1055)."),
        ["Full | Scott | Gender: A Useful Category | 1986 |  | 1055 | Joan Scott, ‘Gender: A Useful Category’, *American Historical Review*, 91 (1986), 1053–75 (p. 1055)"]
    );
    assert_eq!(
        read("White, p. 60."),
        ["Short | White |  |  |  | p. 60 | White, p. 60"]
    );
    assert_eq!(
        read("Richard White, *The Organic Machine* (Hill and Wang 1995) 45."),
        ["Full | White | The Organic Machine | 1995 |  | 45 | Richard White, *The Organic Machine* (Hill and Wang 1995) 45"]
    );
    assert_eq!(
        read("Nadia Qureshi, ‘Remoteness Revisited’ (2016) 132 LQR 410, 415."),
        ["Full | Qureshi | Remoteness Revisited | 2016 |  | 415 | Nadia Qureshi, ‘Remoteness Revisited’ (2016) 132 LQR 410, 415"]
    );
    assert_eq!(
        read("*Harrow v Denbigh Mills Ltd* [1921] 2 KB 114 (CA) 120."),
        ["Full |  | Harrow v Denbigh Mills Ltd | 1921 |  | 120 | *Harrow v Denbigh Mills Ltd* [1921] 2 KB 114 (CA) 120"]
    );
    assert_eq!(
        read("Human Rights Act 1998, s 3."),
        ["Full |  | Human Rights Act 1998 | 1998 |  | s 3 | Human Rights Act 1998, s 3"]
    );
    assert_eq!(
        read("White (n 1) 60."),
        ["CrossRef(1) | White |  |  |  | 60 | White (n 1) 60"]
    );
    assert_eq!(
        read("*Harrow* (n 1) 122."),
        ["CrossRef(1) |  | Harrow |  |  | 122 | *Harrow* (n 1) 122"]
    );
    assert_eq!(read("ibid 72."), ["Ibid |  |  |  |  | 72 | ibid 72"]);
}

#[test]
fn what_is_not_a_citation() {
    for prose in [
        "The ledgers are held in three county archives.",
        "However, the counts were lost in 1950.",
        "\"Binary & Data\".",
        "See https://example.org/a_b_c.",
        "",
    ] {
        assert_eq!(read(prose), Vec::<String>::new(), "{prose}");
    }
}

#[test]
fn names_and_titles_read_from_a_full_citation() {
    assert_eq!(invert("Richard White"), "White, Richard");
    assert_eq!(invert("Joan W. Scott"), "Scott, Joan W.");
    assert_eq!(
        invert("Richard White and Donald Worster"),
        "White, Richard, and Donald Worster"
    );
    assert_eq!(invert("Alexis de Tocqueville"), "de Tocqueville, Alexis");
    assert_eq!(invert("Martin Luther King Jr."), "King, Martin Luther, Jr.");
    assert_eq!(invert("Chun, Wendy Hui Kyong."), "Chun, Wendy Hui Kyong");
    assert_eq!(invert("Plato"), "Plato");
    assert_eq!(
        plain_author_end("Richard White, The Organic Machine "),
        Some(13)
    );
    assert_eq!(
        plain_author_end("Ann Lee, Bob Cho, and Carl Dunn, The Long Shore "),
        Some(31)
    );
    let head = "For more, see Ole Dahl, ";
    assert_eq!(&head[name_run_start(head)..], "Ole Dahl, ");
    let head = "Lucia Bertolini and Henry Ashdown, eds., ";
    assert_eq!(name_run_start(head), 0);
    let title = |t: &str| title_in(t).map(|t| (t.outer, t.inner));
    assert_eq!(title("A, *B*"), Some(((3, 6), (4, 5))));
    // An apostrophe inside a quoted title does not close it.
    let t = "‘Spinoza’s Ratios’, 3";
    let found = title_in(t).map(|x| x.inner(t).to_string());
    assert_eq!(found.as_deref(), Some("Spinoza’s Ratios"));
    assert!(title("no title here").is_none());
}

#[test]
fn a_full_citation_becomes_a_bibliography_entry() {
    let work = |note: &str| parse_note(note, 0)[0].work.as_deref().cloned().unwrap();
    let w = work("Richard White, *The Organic Machine* (New York: Hill and Wang, 1995), 45.");
    assert_eq!(
        w.raw,
        "White, Richard. *The Organic Machine*. New York: Hill and Wang, 1995."
    );
    assert_eq!(
        (
            w.title.as_deref(),
            w.publisher.as_deref(),
            w.location.as_deref(),
            w.year()
        ),
        (
            Some("The Organic Machine"),
            Some("Hill and Wang"),
            Some("New York"),
            Some(1995)
        )
    );
    let w = work("Henry Ashdown, \"Insurance and the Sea,\" in *Ports of Call*, ed. Lucia Bertolini (London: Meridian Books, 1998), 50.");
    assert_eq!(
        w.raw,
        "Ashdown, Henry. \"Insurance and the Sea.\" In *Ports of Call*, edited by Lucia Bertolini. London: Meridian Books, 1998."
    );
    assert_eq!(w.title.as_deref(), Some("Insurance and the Sea"));
}

#[test]
fn the_regexes_take_what_they_should() {
    let yes_no = |re: &Regex, yes: &[&str], no: &[&str]| {
        yes.iter()
            .for_each(|t| assert!(re.is_match(t), "{re} on {t}"));
        no.iter()
            .for_each(|t| assert!(!re.is_match(t), "{re} not on {t}"));
    };
    yes_no(
        &PUB,
        &[
            "(New York: Hill and Wang, 1995)",
            "(1986)",
            "(Hart 2012)",
            "(2nd edn, OUP 2012)",
        ],
        &["(p. 45)", "(HL)", "(n 3)"],
    );
    yes_no(
        &PROSE,
        &["See ", "see also ", "Cf. ", "quoted in "],
        &["Seen ", "seesaw"],
    );
    yes_no(
        &IBID,
        &["Ibid.", "ibid 72", "Id. at 5", "Ibid., 72"],
        &["Ibidem is", "Idaho"],
    );
    yes_no(
        &CROSS_REF,
        &["(n 3)", "n. 4 above", "supra note 12"],
        &["(no 3)", "in 3"],
    );
    yes_no(
        &JOIN,
        &["215, and compare ", "1995), see also ", "*X*, cf. "],
        &[" see ", "2, seen ", "For a view, see "],
    );
    yes_no(&YEAR, &["1995", " 2012,", "(1848"], &["/2015/", "win2015"]);
    yes_no(
        &CASE,
        &[
            "*R v Smith* [1998] 1 WLR 2",
            "Donoghue v Stevenson [1932] AC 562",
        ],
        &["White v"],
    );
    yes_no(
        &STATUTE,
        &["Human Rights Act 1998", "Sale of Goods Act 1979, s 14"],
        &["Act now 1998", "the Act 1998"],
    );
    yes_no(
        &CASE_PIN,
        &["[1921] 2 KB 114 (CA) 120"],
        &["[1921] 2 KB 114"],
    );
}

#[test]
fn a_note_written_as_an_author_date_entry() {
    assert_eq!(
        read("Rothstein, Richard. 2018. The Color of Law: A Forgotten History. New York, NY: Liveright Publishing. 55-56."),
        ["Full | Rothstein | The Color of Law: A Forgotten History | 2018 |  | 55-56 | Rothstein, Richard. 2018. The Color of Law: A Forgotten History. New York, NY: Liveright Publishing. 55-56"]
    );
    // Prose that starts like a name is not one.
    assert_eq!(
        read("However, Rothstein. 2018. The argument stands."),
        Vec::<String>::new()
    );
}

#[test]
fn statutes_with_small_words() {
    assert_eq!(
        read("Sale of Goods Act 1979, s 14."),
        ["Full |  | Sale of Goods Act 1979 | 1979 |  | s 14 | Sale of Goods Act 1979, s 14"]
    );
}

#[test]
fn a_quotation_in_the_prose_before_a_citation_is_not_its_title() {
    // The quotation ends its sentence inside the marks; the names before the title stand.
    assert_eq!(
        read("As she puts it, \"the ledger is a map of debts.\" Marguerite Okafor, \"Credit Lines,\" in *Harbour Papers* (Chapel Hill: Coastal Press, 2004), 12."),
        ["Full | Okafor | Credit Lines | 2004 |  | 12 | Marguerite Okafor, \"Credit Lines,\" in *Harbour Papers* (Chapel Hill: Coastal Press, 2004), 12"]
    );
    // In one sentence with the quotation: the title is still the one after the names.
    assert_eq!(
        read("The phrase \"salt and silver\" recurs; see Tomas Halvorsen, *Baltic Salt* (Oslo: Nordic Press, 2011)."),
        ["Full | Halvorsen | Baltic Salt | 2011 | see |  | Tomas Halvorsen, *Baltic Salt* (Oslo: Nordic Press, 2011)"]
    );
    // A short form after a quoted sentence.
    assert_eq!(
        read("On drift: \"The tide turns twice.\" Calloway, \"Harbour Law (and the Sea),\" 24."),
        ["Short | Calloway | Harbour Law (and the Sea) |  |  | 24 | Calloway, \"Harbour Law (and the Sea),\" 24"]
    );
    // Names in prose, possessive.
    assert_eq!(
        read("More can be found in Ruth Calloway’s *Weight of Cargo* (New Haven: Yale University Press, 2015)."),
        ["Full | Calloway | Weight of Cargo | 2015 | More can be found in |  | Ruth Calloway’s *Weight of Cargo* (New Haven: Yale University Press, 2015)"]
    );
}

#[test]
fn undated_works_dates_before_titles_and_author_date_short_forms() {
    assert_eq!(
        read("Ann Lee, \"Harbour Fees,\" *The Wharf* (n.d.), https://example.org/fees."),
        ["Full | Lee | Harbour Fees |  |  |  | Ann Lee, \"Harbour Fees,\" *The Wharf* (n.d.), https://example.org/fees"]
    );
    assert_eq!(
        read("Ann Lee & Bo Cho (n.d), \"Harbour Fees,\" Wharf Board."),
        ["Full | Lee & Cho | Harbour Fees |  |  |  | Ann Lee & Bo Cho (n.d), \"Harbour Fees,\" Wharf Board"]
    );
    assert_eq!(
        read("Ann Lee, (2006). \"Harbour Fees,\" *Wharf Review* 3 (2006): 80."),
        ["Full | Lee | Harbour Fees | 2006 |  |  | Ann Lee, (2006). \"Harbour Fees,\" *Wharf Review* 3 (2006): 80"]
    );
    assert_eq!(
        read("Holcomb, 2005, 191."),
        ["Short | Holcomb |  | 2005 |  | 191 | Holcomb, 2005, 191"]
    );
    assert_eq!(
        read("Peachem qtd. in Fahnestock, 2011, 129."),
        ["Short | Fahnestock |  | 2011 | Peachem qtd. in | 129 | Fahnestock, 2011, 129"]
    );
    assert_eq!(
        read("Okafor, \"Credit Lines,\" 324 & 346."),
        ["Short | Okafor | Credit Lines |  |  | 324 & 346 | Okafor, \"Credit Lines,\" 324 & 346"]
    );
    // A chapter in a book cited without its publication; a web page with no date.
    assert_eq!(
        read("Derek Lund, \"Tides,\" in Okafor, ed., *Harbour Papers*, 101."),
        ["Full | Lund | Tides |  |  |  | Derek Lund, \"Tides,\" in Okafor, ed., *Harbour Papers*, 101"]
    );
    assert_eq!(
        read("Jo Prine, \"Pier 40 at Forty,\" *Harbour News*, <https://example.org/pier>."),
        ["Full | Prine | Pier 40 at Forty |  |  |  | Jo Prine, \"Pier 40 at Forty,\" *Harbour News*, <https://example.org/pier>"]
    );
    // A straight quote closed by a curly one.
    assert_eq!(
        read("Rob Kell, \"Reading Tides”, in *Sea Studies* (2016), 16."),
        ["Full | Kell | Reading Tides | 2016 |  | 16 | Rob Kell, \"Reading Tides”, in *Sea Studies* (2016), 16"]
    );
    assert_eq!(read("Idem, 12."), ["Ibid |  |  |  |  | 12 | Idem, 12"]);
    assert_eq!(read("Ibid, 45."), ["Ibid |  |  |  |  | 45 | Ibid, 45"]);
}

#[test]
fn the_new_regexes_take_what_they_should() {
    assert!(NAMES_YEAR.is_match("Chris Holcomb, (2006)"));
    assert!(NAMES_YEAR.is_match(" Ann Lee (2006)"));
    assert!(!NAMES_YEAR.is_match("Holcomb, *Prose* (2006)"));
    assert!(!NAMES_YEAR.is_match("the rest (2006)"));
    for nd in [
        "(n.d.)",
        "(n.d)",
        "(New York: Pantheon, n.d.)",
        "(1995)",
        "\\(Oxford: Clarendon, 2011\\)",
        "(publisher and date unknown)",
        "(forthcoming)",
    ] {
        assert!(PUB.is_match(nd), "{nd}");
    }
    assert!(!PUB.is_match("(and)"));
    assert!(quotes_prose("As she puts it,"));
    assert!(quotes_prose("On drift:"));
    assert!(!quotes_prose("Ann Lee,"));
    assert!(!quotes_prose("published in"));
}

#[test]
fn cases_in_american_form_and_european_legislation_are_legal_authorities() {
    let legal = |note: &str| {
        parse_note(note, 0)
            .iter()
            .map(|c| c.legal)
            .collect::<Vec<_>>()
    };
    assert_eq!(
        legal("*Henningsen v. Bloomfield Motors, Inc.*, 161 A.2d 69 (N.J. 1960)."),
        [true]
    );
    assert_eq!(
        legal("Brown v. Board of Education, 347 U.S. 483 (1954)."),
        [true]
    );
    assert_eq!(
        read("Council Directive 1999/44/EC of 25 May 1999 on the sale of consumer goods [1999] OJ L171/12, art 2."),
        ["Full |  | Council Directive 1999/44/EC | 1999 |  |  | Council Directive 1999/44/EC of 25 May 1999 on the sale of consumer goods [1999] OJ L171/12, art 2"]
    );
    let c = EU_LAW
        .captures("Regulation (EC) No 1907/2006 of the European Parliament")
        .unwrap();
    assert_eq!(
        (&c["title"], c.name("year2").map(|y| y.as_str())),
        ("Regulation (EC) No 1907/2006", Some("2006"))
    );
    assert!(EU_LAW.captures("Directives on goods").is_none());
}

#[test]
fn a_title_in_a_markdown_link_over_two_lines_is_read() {
    let note = "Okafor, [*Tidewater\n    Ledgers*](https://example.org/okafor), 45n3.";
    let cites = parse_note(note, 0);
    assert_eq!(cites.len(), 1);
    assert_eq!(cites[0].text, "Okafor, *Tidewater Ledgers*, 45n3");
    assert_eq!(cites[0].title.as_deref(), Some("Tidewater Ledgers"));
    assert_eq!(cites[0].locator.as_deref(), Some("45n3"));
    assert_eq!(
        (cites[0].span.start, cites[0].span.end),
        (0, note.len() - 1)
    );
    assert_eq!(
        unlink("[a](b) [c d](https://e.f/g)"),
        " a      c d                "
    );
}

#[test]
fn names_before_a_description_in_place_of_a_title() {
    assert_eq!(
        read("Ann Lee, untitled comments, _Harbour Forum_ (2012), https://example.org/a."),
        ["Full | Lee | Harbour Forum | 2012 |  |  | Ann Lee, untitled comments, _Harbour Forum_ (2012), https://example.org/a"]
    );
    // Prose before the title is still prose.
    assert_eq!(
        read("This was said in passing, see _Harbour Forum_ (2012).").len(),
        1
    );
    assert!(DESCRIBED.is_match("Ward Cunningham, untitled comments, "));
    assert!(!DESCRIBED.is_match("the keepers, in their logs, "));
}

#[test]
fn pages_with_a_double_hyphen_for_the_en_dash() {
    // `pandoc -t markdown` writes an en dash as "--": "146--48" is the range "146–48".
    assert_eq!(
        read("Okafor, *The Salt Ledgers*, 146--48."),
        ["Short | Okafor | The Salt Ledgers |  |  | 146--48 | Okafor, *The Salt Ledgers*, 146--48"]
    );
    assert_eq!(
        read("Okafor, 148--51."),
        ["Short | Okafor |  |  |  | 148--51 | Okafor, 148--51"]
    );
    assert_eq!(
        read("Tova Amsel, *Salt Roads* (Lyon: Brume, 1990), 12--14."),
        ["Full | Amsel | Salt Roads | 1990 |  | 12--14 | Tova Amsel, *Salt Roads* (Lyon: Brume, 1990), 12--14"]
    );
}
