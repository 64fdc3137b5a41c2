//! Heap in use and its peak after each stage of `check` on a generated paper, from a counting
//! allocator: `cargo run --release --example mem_stages -- ENTRIES CITATIONS`.
use citecheck::check::check;
use citecheck::config::Config;
use citecheck::document::Document;
use citecheck::generate::{paper, GenStyle};
use std::alloc::{GlobalAlloc, Layout, System};
use std::path::Path;
use std::sync::atomic::{AtomicUsize, Ordering::Relaxed};

struct Counting;
static NOW: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, l: Layout) -> *mut u8 {
        let now = NOW.fetch_add(l.size(), Relaxed) + l.size();
        PEAK.fetch_max(now, Relaxed);
        unsafe { System.alloc(l) }
    }
    unsafe fn dealloc(&self, p: *mut u8, l: Layout) {
        NOW.fetch_sub(l.size(), Relaxed);
        unsafe { System.dealloc(p, l) }
    }
    unsafe fn realloc(&self, p: *mut u8, l: Layout, new: usize) -> *mut u8 {
        if new > l.size() {
            let now = NOW.fetch_add(new - l.size(), Relaxed) + new - l.size();
            PEAK.fetch_max(now, Relaxed);
        } else {
            NOW.fetch_sub(l.size() - new, Relaxed);
        }
        unsafe { System.realloc(p, l, new) }
    }
}

#[global_allocator]
static A: Counting = Counting;

fn mb(n: usize) -> String {
    format!("{:.1} MB", n as f64 / 1e6)
}

fn stage(name: &str, input: usize) {
    let (now, peak) = (NOW.load(Relaxed), PEAK.load(Relaxed));
    println!(
        "{name:<28} in use {:>9} ({:>4.1}x)  peak {:>9} ({:>4.1}x)",
        mb(now),
        now as f64 / input as f64,
        mb(peak),
        peak as f64 / input as f64
    );
}

/// `--bib FILE`: the stages of `lint`.
fn lint_stages(path: &str) {
    let input = std::fs::metadata(path).unwrap().len() as usize;
    println!("input {}", mb(input));
    PEAK.store(NOW.load(Relaxed), Relaxed);
    let doc = Document::read(Path::new(path), u64::MAX).unwrap();
    stage("document", input);
    let file =
        citecheck::bibfile::BibFile::from_document(doc, &citecheck::bibfile::month_strings());
    stage("bib file scanned", input);
    println!(
        "  ({} entries, {} fields; sizes: BibEntry {} B, Field {} B)",
        file.entries.len(),
        file.entries.iter().map(|e| e.fields.len()).sum::<usize>(),
        std::mem::size_of::<citecheck::bibfile::BibEntry>(),
        std::mem::size_of::<citecheck::bibfile::Field>()
    );
    // Linted as `check::run` does it: the file scanned again, one entry at a time.
    let options = citecheck::check::Options::with_config(Config::default());
    let checked = citecheck::check::run(citecheck::input::Input::bib(file.doc), &options).unwrap();
    stage("lint", input);
    println!("  ({} diagnostics)", checked.diagnostics.len());
    let view = citecheck::report::view(&checked);
    stage("report view", input);
    serde_json::to_writer(std::io::sink(), &view).unwrap();
    stage("json", input);
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if args.get(1).map(String::as_str) == Some("--bib") {
        return lint_stages(&args[2]);
    }
    let a: Vec<usize> = std::env::args()
        .skip(1)
        .filter_map(|s| s.parse().ok())
        .collect();
    let generate = || {
        paper(
            42,
            GenStyle::Apa,
            a.first().copied().unwrap_or(10_000),
            a.get(1).copied().unwrap_or(100_000),
        )
    };
    let mut text = generate();
    // A file read from disk is exactly its size; the generator's string has room to spare.
    text.shrink_to_fit();
    let input = text.len();
    println!("input {}", mb(input));
    PEAK.store(NOW.load(Relaxed), Relaxed);
    let doc = Document::from_text(Path::new("g.md"), text, Vec::new()).unwrap();
    stage("document", input);
    {
        let list = citecheck::check::read_references(&doc, None).unwrap();
        stage("  reference list", input);
        {
            let (mut cap, mut len, mut names) = (0, 0, 0);
            for r in &list.references {
                // Heap bytes of each text field (short compact strings have none).
                let long = [
                    Some(&r.raw),
                    r.title.as_ref(),
                    r.container.as_ref(),
                    r.publisher.as_ref(),
                    r.institution.as_ref(),
                    r.url.as_ref(),
                ];
                for f in long.into_iter().flatten() {
                    cap += f.capacity();
                    len += f.len();
                }
                let short = [
                    Some(&r.key),
                    r.label.as_ref(),
                    r.pubstate.as_ref(),
                    r.volume.as_ref(),
                    r.number.as_ref(),
                    r.pages.as_ref(),
                    r.edition.as_ref(),
                    r.location.as_ref(),
                    r.doi.as_ref(),
                    r.isbn.as_ref(),
                    r.arxiv.as_ref(),
                ];
                for f in short.into_iter().flatten() {
                    cap += if f.is_heap_allocated() {
                        f.capacity()
                    } else {
                        0
                    };
                    len += f.len();
                }
                names += (r.authors.capacity() + r.editors.capacity())
                    * std::mem::size_of::<citecheck::reference::Name>();
            }
            println!(
                "  (list: structs {}, strings {} for {} of text, name slots {})",
                mb(list.references.capacity()
                    * std::mem::size_of::<citecheck::reference::Reference>()),
                mb(cap),
                mb(len),
                mb(names)
            );
        }
        let body = citecheck::check::body_text(&doc, &list);
        stage("  body text", input);
        let index = citecheck::link::Index::new(&list.references, &list.numbers, &[]);
        stage("  link index", input);
        let found = citecheck::citation::find_author_date(&body, &index.lexicon);
        stage("  citations", input);
        let (mut text, mut names, mut other) = (0, 0, 0);
        for c in &found.citations {
            text += c.text.capacity();
            if let citecheck::citation::Target::AuthorDate {
                names: n,
                suffix,
                pubstate,
                ..
            } = &c.target
            {
                names += n.capacity() * 24 + n.iter().map(|s| s.capacity()).sum::<usize>();
                other += suffix.as_ref().map_or(0, |s| s.capacity())
                    + pubstate.as_ref().map_or(0, |s| s.capacity());
            }
            other += c.prefix.as_ref().map_or(0, |s| s.capacity())
                + c.locator.as_ref().map_or(0, |s| s.capacity());
        }
        println!(
            "  (citation heap: text {}, names {}, other {}; list {} of {} slots)",
            mb(text),
            mb(names),
            mb(other),
            found.citations.len(),
            found.citations.capacity()
        );
        let links = citecheck::link::link_all(&found.citations, &list.references, &index, &body);
        stage("  links", input);
        println!(
            "  ({} references, {} citations, {} links; sizes: Reference {} B, Citation {} B, Link {} B)",
            list.references.len(),
            found.citations.len(),
            links.len(),
            std::mem::size_of::<citecheck::reference::Reference>(),
            std::mem::size_of::<citecheck::citation::Citation>(),
            std::mem::size_of::<citecheck::link::Link>(),
        );
    }
    stage("  (stages dropped)", input);
    let checked = check(doc, &Config::default(), None).unwrap();
    stage("check (citations kept)", input);
    println!("  ({} diagnostics)", checked.diagnostics.len());
    let report = citecheck::report::build(&checked);
    stage("owned report", input);
    drop(report);
    drop(checked);
    stage("dropped", input);

    // What `citecheck check` does: citations kept only as tallies, found again while written.
    let text = generate();
    PEAK.store(NOW.load(Relaxed), Relaxed);
    let base = NOW.load(Relaxed);
    let doc = Document::from_text(Path::new("g.md"), text, Vec::new()).unwrap();
    stage("document", input);
    let streamed = citecheck::check::run(
        citecheck::input::Input::paper(doc),
        &citecheck::check::Options::tallies(Config::default()),
    )
    .unwrap();
    stage("check (streamed)", input);
    println!(
        "  (tally {})",
        mb(streamed
            .tally
            .cited_on
            .iter()
            .map(|l| l.capacity() * 4 + 24)
            .sum::<usize>()
            + streamed.tally.cited.len() * 16)
    );
    let view = citecheck::report::view(&streamed);
    serde_json::to_writer(std::io::sink(), &view).unwrap();
    stage("json written", input);
    println!(
        "  (peak over the streamed run: {} = {:.1}x the input)",
        mb(PEAK.load(Relaxed) - base),
        (PEAK.load(Relaxed) - base) as f64 / input as f64
    );
}
