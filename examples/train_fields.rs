//! Train the field model (`src/reference/fields/model.bin`) from labelled references.
//!
//! Run: `cargo run --release --example train_fields -- /work/shared/data/anystyle/core.xml
//! /work/shared/data/grobid-citation` (options: `--out PATH` to write elsewhere, `--epochs N`,
//! `--bits N`, `--min-weight N`, `--seed N`, `--orders N` (perceptrons averaged, each
//! in its own order; default 1), `--core-weight N` (default 3: each core sequence shown three
//! times), `--invented PATH` (default `examples/support/invented.xml`), `--invented-weight N`
//! (default 0: left out; 1 shows each once), `--no-grobid`, `--crf` to train a CRF by SGD instead of the averaged perceptron
//! (`--c2-milli N`: its L2 penalty in thousandths), `--dry-run` to train and score without
//! writing), `--dev-fold K` (1-4: the sequences with index % 5 == K are left out too and
//! scored in place of the held-out split; `--show LABEL` prints its words the model gets wrong;
//! nothing is written unless `--out` is given: `scripts/crossval_fields.sh` scores the whole
//! parser with such models).
//!
//! Trains on AnyStyle's `core.xml` less its held-out split (every fifth sequence, see
//! `support/labelled.rs`), on GROBID's citation corpus and evaluation sets, and on our own
//! invented references (`examples/support/invented.xml`, made by
//! `scripts/make_invented_references.py`: styles the other two lack); prints the
//! training time, the model's size, and the word-level accuracy per label on the held-out
//! split, with the share of each label's first run of words read with exactly the gold's
//! bounds (a field is scored whole: a word-level gain inside runs can leave fields as they
//! were). The same data and options give the same file byte for byte.

#[path = "support/labelled.rs"]
mod labelled;

use citecheck::reference::fields::{train, Algorithm, Example, Label, TrainOptions};
use std::path::PathBuf;
use std::time::Instant;

fn main() {
    if let Err(e) = run() {
        eprintln!("train_fields: {e}");
        std::process::exit(2);
    }
}

fn run() -> Result<(), String> {
    let mut args = std::env::args().skip(1);
    let mut positional = Vec::new();
    let mut out = PathBuf::from("src/reference/fields/model.bin");
    let mut options = TrainOptions::default();
    let mut grobid = true;
    let mut dry_run = false;
    let mut out_given = false;
    let mut dev_fold: Option<usize> = None;
    let mut show: Option<String> = None;
    let mut core_weight = 3;
    let mut invented = PathBuf::from("examples/support/invented.xml");
    let mut invented_weight = 0;
    while let Some(a) = args.next() {
        let mut number = |name: &str| -> Result<i64, String> {
            args.next()
                .and_then(|v| v.parse().ok())
                .ok_or(format!("{name} needs a number"))
        };
        match a.as_str() {
            "--out" => {
                out = PathBuf::from(args.next().ok_or("--out needs a path")?);
                out_given = true;
            }
            "--epochs" => options.epochs = number("--epochs")? as usize,
            "--bits" => options.bits = number("--bits")? as u8,
            "--min-weight" => options.min_weight = number("--min-weight")? as i16,
            "--core-weight" => core_weight = number("--core-weight")?.max(1) as usize,
            "--invented" => invented = PathBuf::from(args.next().ok_or("--invented needs a path")?),
            "--invented-weight" => invented_weight = number("--invented-weight")?.max(0) as usize,
            "--seed" => options.seed = number("--seed")? as u64,
            "--orders" => options.orders = number("--orders")?.max(1) as usize,
            "--crf" => options.algorithm = Algorithm::Crf,
            "--c2-milli" => options.c2 = number("--c2-milli")? as f64 / 1000.0,
            "--no-grobid" => grobid = false,

            "--dry-run" => dry_run = true,
            "--dev-fold" => {
                dev_fold = Some(number("--dev-fold")?.clamp(1, 4) as usize);
                dry_run = true;
            }
            "--show" => show = args.next(),
            _ => positional.push(PathBuf::from(a)),
        }
    }
    let core = positional
        .first()
        .cloned()
        .unwrap_or_else(|| PathBuf::from("../shared/data/anystyle/core.xml"));
    let grobid_dir = positional
        .get(1)
        .cloned()
        .unwrap_or_else(|| PathBuf::from("../shared/data/grobid-citation"));

    let sequences = labelled::anystyle(&core)?;
    let (held, kept): (Vec<_>, Vec<_>) = sequences
        .into_iter()
        .partition(|(i, _)| labelled::held_out(*i));
    // `--dev-fold K`: the sequences with index % 5 == K are left out of training too, and
    // scored (with the words the model gets wrong shown, `--show LABEL`) in place of the
    // held-out split, which is never looked into.
    let (dev, kept): (Vec<_>, Vec<_>) = kept
        .into_iter()
        .partition(|(i, _)| dev_fold.is_some_and(|k| i % 5 == k));
    let held = if dev_fold.is_some() { dev } else { held };
    // A fold's model is written only where `--out` says (never over the shipped one).
    if dev_fold.is_some() && out_given {
        dry_run = false;
    }
    // Core's labels are the ones scored: `--core-weight N` shows each of them N times.
    let mut examples: Vec<Example> = kept
        .iter()
        .flat_map(|(_, e)| std::iter::repeat_n(e.clone(), core_weight))
        .collect();
    let from_core = examples.len();
    if grobid {
        examples.extend(labelled::grobid(&grobid_dir)?);
    }
    let from_grobid = examples.len() - from_core;
    if invented_weight > 0 {
        let ours = labelled::anystyle(&invented)?;
        examples.extend(
            ours.iter()
                .flat_map(|(_, e)| std::iter::repeat_n(e.clone(), invented_weight)),
        );
    }
    println!(
        "training on {} references ({from_core} from {}, {from_grobid} from {}, {} from {}); {} held out",
        examples.len(),
        core.display(),
        grobid_dir.display(),
        examples.len() - from_core - from_grobid,
        invented.display(),
        held.len()
    );
    let start = Instant::now();
    let model = train(&examples, options);
    let seconds = start.elapsed().as_secs_f64();
    let bytes = model.to_bytes();
    println!(
        "trained in {seconds:.1} s: {} weights, {} bytes ({options:?})",
        model.weights(),
        bytes.len()
    );

    // Word-level accuracy per gold label on the held-out split, and run-level: a label's
    // first run of words the same in the model's reading as in the gold's.
    let mut right = [0usize; Label::COUNT];
    let mut total = [0usize; Label::COUNT];
    let mut runs_right = [0usize; Label::COUNT];
    let mut runs = [0usize; Label::COUNT];
    for (_, e) in &held {
        let labelled = model.label(&e.text);
        let got: Vec<Label> = labelled.iter().map(|(_, l)| *l).collect();
        for l in 0..Label::COUNT {
            let want = first_run(&e.labels, l);
            if want.is_some() {
                runs[l] += 1;
                runs_right[l] += usize::from(want == first_run(&got, l));
            }
        }
        for ((_, got), want) in labelled.iter().zip(&e.labels) {
            total[*want as usize] += 1;
            right[*want as usize] += usize::from(got == want);
        }
        let shown = show.as_deref().is_some_and(|show| {
            e.labels.iter().zip(&labelled).any(|(want, (_, got))| {
                want != got && (show == want.as_str() || show == got.as_str())
            })
        });
        if dev_fold.is_some() && shown {
            let words = |labels: &mut dyn Iterator<Item = Label>| {
                labelled
                    .iter()
                    .zip(labels)
                    .map(|((r, _), l)| format!("{}/{}", &e.text[r.clone()], l.as_str()))
                    .collect::<Vec<_>>()
                    .join(" ")
            };
            println!("GOLD {}", words(&mut e.labels.iter().copied()));
            println!("GOT  {}\n", words(&mut labelled.iter().map(|(_, l)| *l)));
        }
    }
    println!(
        "{:<11} {:>6} {:>8} {:>6} {:>8}",
        "label", "words", "accuracy", "runs", "exact"
    );
    for l in 0..Label::COUNT {
        if total[l] > 0 {
            let acc = right[l] as f64 / total[l] as f64;
            println!(
                "{:<11} {:>6} {acc:>8.3} {:>6} {:>8.3}",
                Label::from_index(l).as_str(),
                total[l],
                runs[l],
                runs_right[l] as f64 / runs[l].max(1) as f64
            );
        }
    }
    let acc = right.iter().sum::<usize>() as f64 / total.iter().sum::<usize>().max(1) as f64;
    println!(
        "{:<11} {:>6} {acc:>8.3} {:>6} {:>8.3}",
        "all",
        total.iter().sum::<usize>(),
        runs.iter().sum::<usize>(),
        runs_right.iter().sum::<usize>() as f64 / runs.iter().sum::<usize>().max(1) as f64
    );
    // Labelling speed, single thread: the held-out split, labelled 20 times.
    let start = Instant::now();
    let mut words = 0usize;
    for _ in 0..20 {
        for (_, e) in &held {
            words += model.label(&e.text).len();
        }
    }
    let seconds = start.elapsed().as_secs_f64();
    println!(
        "labelling: {:.1} µs a reference ({words} words in {seconds:.2} s)",
        seconds * 1e6 / (20 * held.len().max(1)) as f64
    );
    if !dry_run {
        std::fs::write(&out, &bytes).map_err(|e| format!("{}: {e}", out.display()))?;
        println!("wrote {}", out.display());
    }
    Ok(())
}

/// The first run of words labelled `label` (by index), as a range of word positions.
fn first_run(labels: &[Label], label: usize) -> Option<std::ops::Range<usize>> {
    let start = labels.iter().position(|l| *l as usize == label)?;
    let len = labels[start..]
        .iter()
        .take_while(|l| **l as usize == label)
        .count();
    Some(start..start + len)
}
