//! Inputs the fuzzers found (tests/fixtures/fuzz/TARGET/*), replayed through the same code as
//! their target in fuzz/fuzz_targets/. Each must finish without a panic.

use citecheck::check::{check, run, Keep, Options};
use citecheck::config::Config;
use citecheck::document::Document;
use citecheck::input::{Input, Kind};
use citecheck::report::{build, view, write_text, Colors};
use std::path::Path;

fn replay(target: &str, data: &[u8]) {
    let text = String::from_utf8_lossy(data).into_owned();
    match target {
        "document" => {
            if let Ok(doc) = Document::from_bytes(Path::new("f.md"), data) {
                let _ = check(doc, &Config::default(), None);
            }
        }
        "check" => {
            if let Ok(doc) = Document::from_text(Path::new("f.md"), text, Vec::new()) {
                let config = Config::default();
                let kept = check(doc.clone(), &config, None);
                let options = Options {
                    keep: Keep::Tallies,
                    ..Options::with_config(config.clone())
                };
                let paper = Input {
                    doc,
                    kind: Kind::Paper,
                };
                let streamed = run(paper, &options);
                assert_eq!(kept.is_ok(), streamed.is_ok());
                if let (Ok(kept), Ok(streamed)) = (kept, streamed) {
                    let view = view(&streamed);
                    let report = build(&kept);
                    assert!(view.to_report() == report);
                    let _ = serde_json::to_string(&report).unwrap();
                    let summary = view.to_summary_report();
                    write_text(
                        &mut std::io::sink(),
                        &summary,
                        Colors(false),
                        Some(&view.coverage()),
                    )
                    .unwrap();
                }
            }
        }
        "reference" => {
            let _ = citecheck::reference::parse(&text);
        }
        "citations" => {
            let names = citecheck::lexicon::NameIndex::default();
            let _ = citecheck::citation::find_author_date(&text, &names);
            let _ = citecheck::citation::find_numeric(&text, 20);
            let _ = citecheck::citation::find_latex(&text);
            let _ = citecheck::citation::find_pandoc(&text);
        }
        "bibfile" => {
            if let Ok(doc) = Document::from_text(Path::new("f.bib"), text, Vec::new()) {
                let lint = |doc, keep| {
                    let input = Input {
                        doc,
                        kind: Kind::Bib,
                    };
                    let options = Options {
                        keep,
                        ..Options::default()
                    };
                    run(input, &options).unwrap()
                };
                let kept = lint(doc.clone(), Keep::Everything);
                let linted = lint(doc, Keep::Tallies);
                assert!(view(&linted).to_report() == build(&kept));
            }
        }
        "config" => {
            let _ = Config::parse(&text, Path::new("citecheck.toml"));
        }
        other => panic!("no fuzz target named {other}"),
    }
}

#[test]
fn every_recorded_finding_replays_cleanly() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/fuzz");
    let mut replayed = 0;
    for target in std::fs::read_dir(&root)
        .into_iter()
        .flatten()
        .flatten()
        .filter(|e| e.path().is_dir())
    {
        let name = target.file_name().to_string_lossy().into_owned();
        for case in std::fs::read_dir(target.path()).unwrap().flatten() {
            replay(&name, &std::fs::read(case.path()).unwrap());
            replayed += 1;
        }
    }
    // The replay machinery itself is exercised even before any finding is recorded.
    for target in [
        "document",
        "check",
        "reference",
        "citations",
        "bibfile",
        "config",
    ] {
        replay(
            target,
            b"Text (Smith, 2020).\n\nReferences\n\nSmith, J. (2020). T. P.\n",
        );
    }
    eprintln!("replayed {replayed} recorded findings");
}
