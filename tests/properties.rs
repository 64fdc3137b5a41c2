//! Property tests: `check` on any input returns a report or a clear error and never panics;
//! its JSON always parses; the `.bib` export read back gives the same entries; parsing a list
//! twice gives the same keys.

use citecheck::check::{check, read_references};
use citecheck::config::Config;
use citecheck::document::Document;
use citecheck::report::{self, Report};
use proptest::prelude::*;
use std::path::Path;

/// Pieces that real papers are made of, so random text reaches deep into the pipeline.
fn fragment() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("References\n".to_string()),
        Just("## Bibliography\n".to_string()),
        Just("\n\n".to_string()),
        Just("(Smith, 2020)".to_string()),
        Just("(Chen & Okafor, 2020; Novak et al., 2019a, p. 4)".to_string()),
        Just("Ødegaard (2021b) and Sæther's (2019)".to_string()),
        Just("[1], [2]-[4], [5, 6]".to_string()),
        Just("Smith, J. (2020). A title. *Journal*, 1(2), 3-4. https://doi.org/10.1/x".to_string()),
        Just("[3] A. B. Author, \"Title,\" J. Stuff, vol. 2, 2019.".to_string()),
        Just(
            "Dawn. (January 18, 2024). *Tehran Ties*. Dawn. (January 18, 2024). *Panic*."
                .to_string()
        ),
        Just("\\cite{key} [@key] @key".to_string()),
        "[ -~]{0,40}",
        "\\PC{0,20}",
        "[(\\[\\]){}.,;:&*_-]{0,10}",
    ]
}

fn paper() -> impl Strategy<Value = String> {
    prop::collection::vec(fragment(), 0..40).prop_map(|parts| parts.join(" "))
}

fn run_check(text: String) -> Option<Report> {
    let doc = Document::from_text(Path::new("p.md"), text, Vec::new()).ok()?;
    let checked = check(doc, &Config::default(), None).ok()?;
    Some(report::build(&checked))
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn check_never_panics_and_its_json_parses(text in paper()) {
        if let Some(report) = run_check(text) {
            let json = serde_json::to_string(&report).unwrap();
            let back: Report = serde_json::from_str(&json).unwrap();
            prop_assert_eq!(back.citations.len(), report.citations.len());
            prop_assert_eq!(back.summary, report.summary);
        }
    }

    #[test]
    fn arbitrary_bytes_are_text_or_a_clear_error(bytes in prop::collection::vec(any::<u8>(), 0..2000)) {
        match Document::from_bytes(Path::new("b.md"), &bytes) {
            Ok(doc) => { let _ = check(doc, &Config::default(), None); }
            Err(e) => prop_assert!(e.to_string().starts_with("b.md: ")),
        }
    }

    #[test]
    fn parsing_a_list_twice_gives_the_same_keys(text in paper()) {
        let text = format!("{text}\n\nReferences\n\n{text}\n");
        let doc = Document::from_text(Path::new("p.md"), text, Vec::new()).unwrap();
        let a = read_references(&doc, None).map(|l| l.references.into_iter().map(|r| r.key).collect::<Vec<_>>()).ok();
        let b = read_references(&doc, None).map(|l| l.references.into_iter().map(|r| r.key).collect::<Vec<_>>()).ok();
        prop_assert_eq!(a, b);
    }

    #[test]
    fn bib_export_reads_back_the_same_entries(seed in 0u64..10_000) {
        let text = citecheck::generate::reference_list(seed, 8);
        let doc = Document::from_text(Path::new("l.txt"), text, Vec::new()).unwrap();
        let references = citecheck::check::parse_lines(&doc);
        let bib = citecheck::export::to_biblatex(&references);
        let parsed = biblatex::Bibliography::parse(&bib).expect("our export parses");
        prop_assert_eq!(parsed.len(), references.len());
        for r in &references {
            let e = parsed.get(&r.key).expect("every key is there");
            prop_assert_eq!(e.get_as::<String>("title").ok(), r.title.clone());
            prop_assert_eq!(e.get_as::<String>("date").ok(), r.date.map(|d| d.to_string()));
            let families: Vec<String> = e.author().unwrap_or_default().iter().map(|p| p.name.clone()).collect();
            let expected: Vec<String> = r.authors.iter().map(|n| n.family().to_string()).collect();
            prop_assert_eq!(families, expected);
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, ..ProptestConfig::default() })]

    /// Any generated list, parsed from its text, formats in APA, Chicago and IEEE with every
    /// entry rendered once and no problem: the year-suffix groups and their second renders
    /// never lose or repeat an entry. The list mixes styles and repeats names and years.
    #[test]
    fn formatting_renders_every_entry_once(seed in any::<u64>(), n in 1usize..60) {
        use citecheck::export::format::{format, load_style, Markup};
        let text = format!("References\n\n{}", citecheck::generate::reference_list(seed, n));
        let doc = Document::from_text(Path::new("l.md"), text, Vec::new()).unwrap();
        let refs = read_references(&doc, None).unwrap().references;
        for style in ["apa", "chicago-author-date", "ieee"] {
            let style = load_style(style).unwrap();
            let out = format(&refs, &style, Markup::Text);
            prop_assert!(out.problems.is_empty(), "{:?}", out.problems);
            let mut keys: Vec<&str> = out.entries.iter().map(|e| e.key.as_str()).collect();
            keys.sort_unstable();
            let mut want: Vec<&str> = refs.iter().map(|r| r.key.as_str()).collect();
            want.sort_unstable();
            prop_assert_eq!(keys, want);
        }
    }
}
