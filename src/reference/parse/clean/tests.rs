//! Unit tests of the cleaning passes.

use super::*;
use crate::reference::parse::{assert_matches, captured};

#[test]
fn spaces_before_commas_dropped() {
    assert_eq!(
        clean("Jordan, S. L., Indares, A. , Dunning, G., Partial melting").0,
        "Jordan, S. L., Indares, A., Dunning, G., Partial melting"
    );
    assert_eq!(
        clean("Smith , J. (2001) , Title").0,
        "Smith, J. (2001), Title"
    );
    // A co-first author's star set off from the initials goes back to them.
    assert_eq!(
        clean("Lind B *, Okafor A*, Holm C. Tides.").0,
        "Lind B*, Okafor A*, Holm C. Tides."
    );
    assert_eq!(
        clean("Tides and stars *, a note").0,
        "Tides and stars *, a note"
    );
}

#[test]
fn markdown_links_undone() {
    let doi = "https://doi.org/10.48550/arXiv.2302.01318";
    assert_eq!(
        unlink(&format!(
            "Chen. 2023. [Accelerating large language]({doi}) [model decoding.]({doi}) *CoRR*."
        )),
        format!("Chen. 2023. Accelerating large language model decoding. *CoRR*. {doi}")
    );
    // A word cut over two links, and a page link, leave only their text.
    assert_eq!(
        unlink("[Lep](#page-37-2)[ikhin et al.,](#page-37-2) 2021. [FiDO: Fusion opti](https://a.org/x)[mized.](https://a.org/x)"),
        "Lepikhin et al., 2021. FiDO: Fusion optimized. https://a.org/x"
    );
    // A URL cut over several links to it is the URL, once.
    let url = "https://github.com/g/f/blob/main/a/b.py";
    assert_eq!(
        unlink(&format!("Rabe. 2023. Memory. [https://github.com/g/f/]({url}) [blob/main/a/]({url}) [b.py]({url})")),
        format!("Rabe. 2023. Memory. {url}")
    );
    // A link whose address the text already gives adds nothing at the end.
    assert_eq!(
        unlink("Title. [https://x.org/a](https://x.org/a)."),
        "Title. https://x.org/a."
    );
    // Brackets that are no link stay.
    assert_eq!(
        unlink("Title [in Russian] (1999)."),
        "Title [in Russian] (1999)."
    );
}

/// Whether a text needs collapsing agrees with collapsing it: it does exactly when
/// collapsing changes it.
#[test]
fn collapse_is_needed_where_it_changes_the_text() {
    let texts = [
        "",
        " ",
        "a",
        "a b",
        "a  b",
        " a",
        "a ",
        "a\tb",
        "a\nb",
        "a\x0bb",
        "a\x0cb",
        "a\rb",
        "a\u{a0}b",
        "a\u{85}b",
        "a\u{2009}b",
        "a\u{3000}b",
        "a\u{1680}b",
        "é è ü",
        "Zürich – “quoted” — ok",
        "a \u{a0}b",
        "ends in space\u{a0}",
    ];
    for text in texts {
        let collapsed = text.split_whitespace().collect::<Vec<_>>().join(" ");
        assert_eq!(needs_collapse(text), collapsed != text, "{text:?}");
    }
}

#[test]
fn stops_glued_to_the_next_word_get_their_space() {
    let got = |s: &str| clean(s).0;
    assert_eq!(
        got("Korepin, V.E.: Quantum inverse scattering.Cambridge University Press, Cambridge (1993)"),
        "Korepin, V.E.: Quantum inverse scattering. Cambridge University Press, Cambridge (1993)"
    );
    assert_eq!(
        got("Blanchard, P. (eds.) The Message. Lect. Notes Phys. 899, pp. 33-45.Springer, Berlin"),
        "Blanchard, P. (eds.) The Message. Lect. Notes Phys. 899, pp. 33-45. Springer, Berlin"
    );
    assert_eq!(
        got("Europhys.Lett. 12 (1990) 5."),
        "Europhys. Lett. 12 (1990) 5."
    );
    assert_eq!(
        got("17.Creed PA, Hicks RE. Behavioural plasticity."),
        "Creed PA, Hicks RE. Behavioural plasticity."
    );
    // Initials, short abbreviations, addresses and DOIs keep their stops as they are.
    for kept in [
        "Smith, J.Am. and U.S.Army, et al.Nature 5 (2001).",
        "See http://example.org/papers/Final.Report.pdf and www.Example.com.",
        "doi:10.1016/nature.Cell.2020.01 and mail.Someone@Example.org.",
        "Version 2.Beta, p.Smith.",
    ] {
        assert_eq!(unglue_stops(kept).as_deref().unwrap_or(kept), kept);
    }
    // (Initials glued to a capitalised word are set apart by their own rule.)
    assert_eq!(
        got("Smith, J.Am. and U.S.Army, et al.Nature 5 (2001)."),
        "Smith, J. Am. and U.S. Army, et al.Nature 5 (2001)."
    );
}

#[test]
fn a_year_glued_to_the_name_is_set_apart() {
    let got = |s: &str| clean(s).0;
    assert_eq!(
        got("김민수(2008). 도시 하천의 수질. 환경과학연구, 28(4), 15-29."),
        "김민수 (2008). 도시 하천의 수질. 환경과학연구, 28(4), 15-29."
    );
    assert_eq!(got("Okafor(2001a). Tides."), "Okafor (2001a). Tides.");
    // Issue numbers and other brackets stay glued.
    let kept = "Okafor, A. (2001). Tides. Harbour Studies, 28(4), 15-29.";
    assert_eq!(got(kept), kept);
}

#[test]
fn initials_glued_before_a_family_name() {
    let got = |s: &str| clean(s).0;
    assert_eq!(
        got("U.Okafor, Nucl. Phys. B 334 (1990) 581."),
        "U. Okafor, Nucl. Phys. B 334 (1990) 581."
    );
    assert_eq!(
        got("H.Lind,P.de Okafor, PoS LATTICE 2015 (2016) 170."),
        "H. Lind, P. de Okafor, PoS LATTICE 2015 (2016) 170."
    );
    assert_eq!(got("J.-P.Lind, L'être."), "J.-P. Lind, L'être.");
    // Not inside a word or a link, nor before a capital alone.
    for kept in ["Lind, Ph.D. thesis", "https://x.org/A.Lind", "U.S.A. 12"] {
        assert_eq!(got(kept), kept);
    }
}

#[test]
fn a_comma_glued_to_an_opening_quote() {
    assert_eq!(
        comma_before_quote(r#"J. M. Okafor,"The large N limit," Adv. Theor."#).as_deref(),
        Some(r#"J. M. Okafor, "The large N limit," Adv. Theor."#)
    );
    assert_eq!(
        comma_before_quote("A. Lind,“Über Zahlen”, Math.").as_deref(),
        Some("A. Lind, “Über Zahlen”, Math.")
    );
    // A closing quote after its comma stays glued to the comma; the next word is set off
    // from it (PDF text: "... superconductors ,"Phys .Rev .B").
    assert_eq!(
        comma_before_quote(r#"A. Lind, "A Proposal,"JHEP 07"#).as_deref(),
        Some(r#"A. Lind, "A Proposal," JHEP 07"#)
    );
    assert_eq!(
        comma_before_quote("A. Lind, “Tidal flats,”Phys. Rev. B 90").as_deref(),
        Some("A. Lind, “Tidal flats,” Phys. Rev. B 90")
    );
    assert_eq!(
        comma_before_quote(r#"Lind, B. (2016). "Tidal flats at 117."Pure and Applied Tides 88"#)
            .as_deref(),
        Some(r#"Lind, B. (2016). "Tidal flats at 117." Pure and Applied Tides 88"#)
    );
    assert!(super::glued_quote("“Tides?”Nature"));
    assert!(!super::glued_quote("“Tides?” Nature"));
    // Not a comma inside quoted words followed by a space, nor digits.
    assert_eq!(
        comma_before_quote(r#"A. Lind, "Tides, flats," Nature"#),
        None
    );
    // The whole reference then reads the journal whole.
    let r = crate::reference::parse::parse(
        r#"K. Okafor and M. Lind, "Topology of tidal flats ,"Phys .Rev .B ,vol .90 ,p .165114, Oct2014 ."#,
    );
    assert_eq!(r.title.as_deref(), Some("Topology of tidal flats"));
    assert_eq!(r.container.as_deref(), Some("Phys. Rev. B"));
}

#[test]
fn a_collaboration_before_its_people_goes() {
    let got = |s: &str| clean(s).0;
    assert_eq!(
        got("LHCb collaboration, R. Okafor et al., Tracker tides, Int. J. Mod. Phys. A30 (2015) 1530099."),
        "R. Okafor et al., Tracker tides, Int. J. Mod. Phys. A30 (2015) 1530099."
    );
    assert_eq!(
        got("H.E.S.S. collaboration, Lindqvist M., et al., 2010, A&A, 520, A99"),
        "Lindqvist M., et al., 2010, A&A, 520, A99"
    );
    // Two collaborations, joined by "and" or a comma.
    for two in [
        "Tides and RIVER Scientific collaborations, B.P. Okafor et al., Observation of tides, Phys. Rev. Lett. 116 (2016) 061102.",
        "Tides, RIVER Scientific collaboration, B.P. Okafor et al., Observation of tides, Phys. Rev. Lett. 116 (2016) 061102.",
    ] {
        assert_eq!(
            got(two),
            "B.P. Okafor et al., Observation of tides, Phys. Rev. Lett. 116 (2016) 061102.",
            "{two}"
        );
    }
    // The people in brackets after it.
    assert_eq!(
        got("ATLAS Collab. (G. Okafor et al.), Phys. Lett. B 716, 1 (2012)."),
        "G. Okafor et al., Phys. Lett. B 716, 1 (2012)."
    );
    assert_eq!(
        got("STAR Collaboration (Lind B. I. et al.), Phys. Rev. C, 79 (2009) 064903."),
        "Lind B. I. et al., Phys. Rev. C, 79 (2009) 064903."
    );
    // Before a title or a journal the collaboration is the author.
    for kept in [
        "ATLAS Collaboration, The ATLAS Experiment at the CERN Large Hadron Collider, JINST 3 (2008) S08003",
        "ALICE Collaboration, J. Instrum. 3 (2008) S08002.",
        "ALICE Collaboration (2008), J. Instrum. 3, S08002.",
    ] {
        assert_eq!(got(kept), kept);
    }
}

#[test]
fn emphasis_stars_go_word_stars_stay() {
    assert_eq!(
        drop_emphasis_stars("*Biometry*. A STAR*D report"),
        "Biometry. A STAR*D report"
    );
    assert_eq!(drop_emphasis_stars("**bold** and *it*"), "bold and it");
}

#[test]
fn markup_patterns() {
    let anchor = r#"<a href="https://x.org/a">https://x.org/a</a>"#;
    assert_eq!(captured(&HTML_ANCHOR, anchor, "1"), Some("https://x.org/a"));
    assert_eq!(
        captured(&HTML_ANCHOR, "<A HREF='u'>text</A>", "1"),
        Some("u")
    );
    assert_matches(
        &HTML_ANCHOR,
        &[],
        &[r#"<a name="x">text</a>"#, "<b>bold</b>"],
    );
    assert_eq!(
        captured(&ANGLE_URL, "see <http://x.org/a>.", "1"),
        Some("http://x.org/a")
    );
    assert_matches(&ANGLE_URL, &["<www.x.org>"], &["<b>", "<ftp://x.org>"]);
    assert_matches(
        &HTML_TAG,
        &["<i>", "</i>", "<br/>", r#"<span class="x">"#],
        &["a < b", "<1>", "< i>"],
    );
}

#[test]
fn list_number_patterns() {
    assert_matches(
        &LEADING_NUMBER,
        &[
            "[12] Smith",
            "[3a] Smith",
            "[Smith2006-MIT] Smith",
            "(3) Smith",
            "12. Smith",
            "4) Smith",
        ],
        &["2019. Title", "Smith, J.", "12.5 Smith"],
    );
    assert_eq!(
        captured(&LEADING_BARE_NUMBER, "13 Cartier, E.", "1"),
        Some("C")
    );
    assert_matches(&LEADING_BARE_NUMBER, &[], &["13 cartier", "1999 Smith"]);
    assert_matches(
        &SAME_AUTHOR_DASHES,
        &[
            "———. Title",
            "______. Title",
            "--, Title",
            "- , Title",
            "-, Title",
        ],
        &["— Title", "Smith", "- Smith, J."],
    );
}

#[test]
fn comma_and_emphasis_patterns() {
    assert_eq!(
        COMMA_NO_SPACE.replace_all("Schuraytz,B.C.", ", $1"),
        "Schuraytz, B.C."
    );
    assert_matches(&COMMA_NO_SPACE, &["Ødegaard,Å."], &["5,895", "a, b"]);
    let emph = |s: &str| UNDERSCORE_EMPH.replace_all(s, "$1*$2*$3").into_owned();
    assert_eq!(emph("see _Nature_, 12"), "see *Nature*, 12");
    assert_eq!(emph("_Title_."), "*Title*.");
    assert_eq!(emph("snake_case_name"), "snake_case_name");
}

#[test]
fn spaces_a_pdf_moved() {
    let cleaned = |s: &str| clean(s).0;
    assert_eq!(
        cleaned("Harbour Press ,Berlin ,1983 ."),
        "Harbour Press, Berlin, 1983 ."
    );
    assert_eq!(
        cleaned("Proc. Tides Workshop, Merida( Mexico)2007"),
        "Proc. Tides Workshop, Merida (Mexico) 2007"
    );
    assert_eq!(
        cleaned("Phys. Rev. D68( 2003)104030 ."),
        "Phys. Rev. D68 (2003) 104030 ."
    );
    assert_eq!(cleaned("Title ( 2014 )."), "Title (2014).");
    assert_eq!(
        cleaned("Tides (Berlin:Harbour Press)"),
        "Tides (Berlin: Harbour Press)"
    );
    assert_eq!(
        cleaned("See doi:10.1000/x http://x.org"),
        "See doi:10.1000/x http://x.org"
    );
    // Numbers and brackets written as they should be are left alone.
    assert_eq!(
        cleaned("Tides, 1,000 pp. f(x) (2014)"),
        "Tides, 1,000 pp. f(x) (2014)"
    );
    assert!(!has_glued_number("1,000 and 12,5"));
}

#[test]
fn tidying() {
    let none = SameAuthors::default();
    let one = SameAuthors {
        dashes: 1,
        before_own: 0,
    };
    assert_eq!(
        clean("[3] Smith,J. _Title_.  x"),
        ("Smith, J. *Title*. x".to_string(), none)
    );
    assert_eq!(
        clean("———. 1836. Title."),
        ("1836. Title.".to_string(), one)
    );
    assert_eq!(
        clean("Aho, A. \\textit{Compilers}. In \\textbf{Proc.}, \\texttt{jacc} LDTA\\textsuperscript{39}."),
        ("Aho, A. *Compilers*. In Proc., jacc LDTA.".to_string(), none)
    );
    assert_eq!(
        clean("\\_\\_\\_\\_\\_, Sharp bounds."),
        ("Sharp bounds.".to_string(), one)
    );
    // One group of dashes a name, the entry's own names after "and".
    assert_eq!(
        clean("--, --, and X. Niu, 2001: Winds."),
        (
            "X. Niu, 2001: Winds.".to_string(),
            SameAuthors {
                dashes: 2,
                before_own: 2
            }
        )
    );
    assert_eq!(clean("--, --, and --, 2007: Gales.").1.dashes, 3);
    assert_eq!(collapse_spaces(" a \t b\n"), "a b");
    assert_eq!(
        tidy_punctuation("Title . Journal , 3 ()"),
        "Title. Journal, 3"
    );
    assert_eq!(tidy_punctuation(". Title.. Journal ,"), "Title. Journal,");
    // The fold is skipped only where it would change nothing.
    for text in [
        "Smith, J., & Lee, K. (2020). Title. Journal, 3(2), 1-2.",
        "Smith, J. , Lee",
        "Title.. Journal",
        "Title,, Journal;; x:: y",
        "A ( ) b [ ] c (x) d",
        "A (  ) b",
        "A\t( \u{a0}) b",
        " Title",
        "Title ",
        "Title\u{a0}",
        "\tTitle",
        ". Title",
        "Title.:, x",
        "Title .: x",
        "x.,;:)]",
        "(",
        ")",
        ",",
    ] {
        if !folds(text) {
            assert_eq!(fold(text), text, "{text:?}");
        }
    }
    assert!(!folds("Smith, J., & Lee, K. (2020)."));
    // An ellipsis before a word is text; at the end it is folded.
    assert_eq!(
        tidy_punctuation("Asgaard, G., ... Botros, N. and . . . More..."),
        "Asgaard, G., ... Botros, N. and . . . More."
    );
    assert_eq!(
        field(" *Journal of Tests*, ").as_deref(),
        Some("Journal of Tests")
    );
    assert_eq!(field("(Wiley)").as_deref(), Some("Wiley"));
    assert_eq!(field(" .,; "), None);
}

#[test]
fn a_joining_word_glued_to_a_name_is_set_apart() {
    let got = |s: &str| clean(s).0;
    assert_eq!(
        got("Okafor S, Lindqvist M andMarsh K 2012 Seismic tides Class. Quantum Grav. 29 235004"),
        "Okafor S, Lindqvist M and Marsh K 2012 Seismic tides Class. Quantum Grav. 29 235004"
    );
    assert_eq!(
        got("J. OKAFOR, M. R. LINDQVISTet J. N. MARSH. Inorg. Chim. Acta, 47, 81 (1980)."),
        "J. OKAFOR, M. R. LINDQVIST et J. N. MARSH. Inorg. Chim. Acta, 47, 81 (1980)."
    );
    assert_eq!(
        got("J. P. OkaFORetR. MARSH. C. R. Acad. Sci. Sér. C, 278, 129 (1974)."),
        "J. P. OkaFOR et R. MARSH. C. R. Acad. Sci. Sér. C, 278, 129 (1974)."
    );
    // Words that begin with "and", "et" inside a word in capitals and lower case: as written.
    for kept in [
        "Okafor, A. (2010). Anderson and Andean rivers. Tidal Review, 12, 45-67.",
        "Lindqvist, M. (2001). Rivers of the DETROIT et al. region. Tidal Review, 3, 1-9.",
    ] {
        assert_eq!(got(kept), kept);
    }
}

#[test]
fn a_page_glued_to_its_years_bracket_is_set_apart() {
    assert_eq!(
        unglue_year_and_page("J. Phys. A 714 (2003)589 ."),
        Some("J. Phys. A 714 (2003) 589 .".into())
    );
    assert_eq!(
        unglue_year_and_page("Phys. Rev.C 61 ( 2000)024318 ."),
        Some("Phys. Rev.C 61 ( 2000) 024318 .".into())
    );
    // Not inside an identifier, nor after a bracket that holds no year.
    assert_eq!(unglue_year_and_page("doi:10.1007/JHEP11(2013)158."), None);
    assert_eq!(unglue_year_and_page("Tides 12 (3)45-67."), None);
    // After a space of more than one byte.
    assert_eq!(
        unglue_year_and_page("A 714\u{a0}(2003)589"),
        Some("A 714\u{a0}(2003) 589".into())
    );
    assert_eq!(unglue_year_and_page("10.1/x\u{a0}X/J(2013)158"), None);
    let r = crate::reference::parse("A. Okafor, B. Lind, J. Tidal Phys. A 714 (2003)589 .");
    assert_eq!(r.pages.as_deref(), Some("589"));
}
