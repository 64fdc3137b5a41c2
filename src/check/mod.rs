//! The pipeline, one run per input: read → find the list → parse entries → find citations →
//! link → rules. [`run`] takes an [`Input`] whose kind is already decided ([`crate::input`])
//! and hands back one [`Checked`], whichever the kind; [`Keep`] says whether the citations are
//! kept or only tallied and found again when a report walks them. Nothing here prints.

mod keys;
mod lint;
mod list;
mod notes;

pub use lint::BibWalk;
pub use list::{body_text, parse_lines, read_references, Plan, RawList, RefList};

use crate::bibfile::{BibEntry, BibFile};
use crate::citation::Citation;
use crate::config::Config;
use crate::diagnostic::{Diagnostic, Severity, Source, Style};
use crate::document::{Document, InputError, DEFAULT_MAX_BYTES};
use crate::input::{Input, Kind};
use crate::link::{Link, Tally};
use crate::paper::Syntax;
use crate::reference::Reference;
use crate::rules::Origins;
use std::collections::HashSet;
use std::path::PathBuf;

/// What a run keeps of a paper's citations (the sink it feeds).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Keep {
    /// Every citation and its link, every entry: for the library and for `fix`.
    #[default]
    Everything,
    /// Only what the citations add up to (per-entry counts and lines) and the problems they
    /// show; a report walks the paper again. A linted `.bib` file's entries are read again
    /// too. Memory stays near the input's size whatever its length.
    Tallies,
}

/// How one input is checked.
#[derive(Debug, Clone)]
pub struct Options {
    pub config: Config,
    /// Line where a paper's reference list starts, when no heading is found.
    pub references_at: Option<usize>,
    /// `.bib` files that replace those LaTeX and Pandoc papers name.
    pub bib: Vec<PathBuf>,
    /// Largest `.bib` or included file read.
    pub max_bytes: u64,
    pub keep: Keep,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            config: Config::default(),
            references_at: None,
            bib: Vec::new(),
            max_bytes: DEFAULT_MAX_BYTES,
            keep: Keep::Everything,
        }
    }
}

impl Options {
    /// Everything kept, with this configuration.
    pub fn with_config(config: Config) -> Self {
        Options {
            config,
            ..Options::default()
        }
    }

    /// Everything kept, the default configuration, the list at line `at` if given.
    pub fn at(at: Option<usize>) -> Self {
        Options {
            references_at: at,
            ..Options::default()
        }
    }

    /// Citations only tallied (as the command line runs), with this configuration.
    pub fn tallies(config: Config) -> Self {
        Options {
            keep: Keep::Tallies,
            ..Options::with_config(config)
        }
    }
}

/// A paper's citations and their links: kept, or found again on each walk.
#[derive(Debug)]
pub enum Cited {
    Kept {
        citations: Vec<Citation>,
        links: Vec<Link>,
    },
    /// A reference-list paper's citations, found and linked again by the same plan; `mla`
    /// says whether author-page citations of unknown names count (see
    /// [`crate::citation::Standing`]).
    Walked { plan: Box<Plan>, mla: bool },
}

/// Everything a run learnt about one input.
#[derive(Debug)]
pub struct Checked {
    pub doc: Document,
    /// What the input was read as.
    pub kind: Kind,
    pub style: Style,
    /// The parsed list. Empty for a linted `.bib` file whose entries were not kept
    /// (`bib_walk` finds them again).
    pub list: RefList,
    pub cited: Cited,
    /// Per entry: how often and where it is cited.
    pub tally: Tally,
    pub diagnostics: Vec<Diagnostic>,
    /// Files a LaTeX paper pulls in (`SourceId::Input`); empty for other papers.
    pub inputs: Vec<Document>,
    /// The `.bib` files of a paper that cites by key, or the linted file (`SourceId::Bib`).
    pub bibs: Vec<BibFile>,
    /// How a linted file's entries are read again when they were not kept.
    pub bib_walk: Option<BibWalk>,
    /// Which file each citation and entry comes from, when not the document.
    pub origins: Origins,
}

impl Checked {
    /// The `.bib` files as sources that a report locates problems in.
    pub fn bib_sources(&self) -> Vec<Source<'_>> {
        self.bibs.iter().map(BibFile::source).collect()
    }

    /// How many entries the list has.
    pub fn entry_count(&self) -> usize {
        match &self.bib_walk {
            Some(walk) => walk.references,
            None => self.list.references.len(),
        }
    }

    /// The entries, when they are at hand (they are whenever there are citations to point at
    /// them); empty for a linted file whose entries were not kept.
    pub fn references(&self) -> &[Reference] {
        &self.list.references
    }

    /// Each entry with its place in the list, kept or read again.
    pub fn each_reference(&self, mut f: impl FnMut(usize, &Reference)) {
        match (&self.bib_walk, self.bibs.first()) {
            (Some(walk), Some(bib)) => {
                let mut i = 0;
                walk.each(bib, |r| {
                    f(i, r);
                    i += 1;
                });
            }
            _ => self
                .list
                .references
                .iter()
                .enumerate()
                .for_each(|(i, r)| f(i, r)),
        }
    }

    /// Each citation kept (the same whether kept or walked), with its link and its place in
    /// text order.
    pub fn each_citation(&self, mut f: impl FnMut(usize, &Citation, &Link)) {
        match &self.cited {
            Cited::Kept { citations, links } => citations
                .iter()
                .zip(links)
                .enumerate()
                .for_each(|(n, (c, l))| f(n, c, l)),
            Cited::Walked { plan, mla } => {
                let mut n = 0;
                plan.walk_kept(&self.doc, &self.list, *mla, |c, l| {
                    f(n, &c, &l);
                    n += 1;
                });
            }
        }
    }

    /// The citations, when they were kept ([`Keep::Everything`]); empty when walked.
    pub fn citations(&self) -> &[Citation] {
        match &self.cited {
            Cited::Kept { citations, .. } => citations,
            Cited::Walked { .. } => &[],
        }
    }

    /// The citations' links, parallel to [`Checked::citations`].
    pub fn links(&self) -> &[Link] {
        match &self.cited {
            Cited::Kept { links, .. } => links,
            Cited::Walked { .. } => &[],
        }
    }
}

/// Check one input, whatever its kind: a paper with its own reference list, a LaTeX or Pandoc
/// paper against its `.bib` files (`options.bib` overrides those it names), a `.bib` file on
/// its own.
pub fn run(input: Input, options: &Options) -> Result<Checked, InputError> {
    let mut kind = input.kind;
    let mut checked = match input.kind {
        Kind::Latex => keys::check(input.doc, Syntax::Latex, options),
        Kind::Pandoc => keys::check(input.doc, Syntax::Pandoc, options),
        Kind::Bib => Ok(lint::check(input.doc, options)),
        // A Markdown file with a Pandoc YAML header, or with Pandoc citations ("as @smith2020
        // shows"), and no reference list is a Pandoc document (Pandoc builds it): a report,
        // not a refusal.
        Kind::Paper
            if crate::citation::has_yaml_header(&input.doc.text)
                || (input.doc.text.contains('@')
                    && !crate::citation::find_pandoc(&input.doc.text)
                        .citations
                        .is_empty()) =>
        {
            match list::check(input.doc.clone(), options) {
                Err(InputError::NoReferences { .. }) => {
                    kind = Kind::Pandoc;
                    keys::check(input.doc, Syntax::Pandoc, options)
                }
                other => other,
            }
        }
        Kind::Paper | Kind::Pdf | Kind::CslJson | Kind::Docx => list::check(input.doc, options),
    }?;
    checked.kind = kind;
    Ok(checked)
}

/// Check a text as a paper with its own reference list, everything kept: the library's
/// shortest path (`at` points at the list by line number).
pub fn check(doc: Document, config: &Config, at: Option<usize>) -> Result<Checked, InputError> {
    let options = Options {
        references_at: at,
        ..Options::with_config(config.clone())
    };
    run(
        Input {
            doc,
            kind: Kind::Paper,
        },
        &options,
    )
}

/// The document's own warnings, then the rules' problems, at their configured levels.
fn settle_levels(doc: &Document, found: Vec<Diagnostic>, config: &Config) -> Vec<Diagnostic> {
    let mut diagnostics = doc.warnings.clone();
    diagnostics.extend(found);
    for d in &mut diagnostics {
        d.severity = config.severity(d.code);
    }
    diagnostics.retain(|d| d.severity != Severity::Allow);
    diagnostics
}

/// Configured levels applied, silenced codes dropped, in source order.
fn settle(mut diagnostics: Vec<Diagnostic>, config: &Config) -> Vec<Diagnostic> {
    for d in &mut diagnostics {
        // Only a configured level replaces a rule's own: `duplicate-key` notes case variants as info.
        if let Some(&level) = config.severity.get(d.code.as_str()) {
            d.severity = level.into();
        }
    }
    diagnostics.retain(|d| d.severity != Severity::Allow);
    diagnostics.sort_by_key(|d| (d.source, d.span.start, d.code));
    diagnostics
}

/// Only the first entry of a key becomes a reference (`duplicate-key` reports the others; biber
/// drops them); an entry without a key never does.
fn first_of_its_key(seen: &mut HashSet<String>, entry: &BibEntry) -> bool {
    !entry.key.is_empty() && seen.insert(entry.key.clone())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostic::{Code, SourceId};
    use crate::link::Status;
    use crate::span::Span;
    use std::path::Path;

    /// A small paper: matched, misspelt, ambiguous and given-name citations, an uncited entry.
    pub(super) const PAPER: &str = "\
Homework and its critics

Homework helps (Alvarez, 2018). As Chen and Okafor (2020) show, time matters.
Strikes spread (Brandt, 2021), but see (Brandtt, 2021).
Wheat farmers protested (Dawn, 2024). Asfandyar (2019) agrees.

References

Alvarez, M. (2018). The homework wars. Routledge.

Brandt, K. (2021). Strikes and unions in the north. Labour Press.

Chen, L., & Okafor, N. (2020). Homework time. Journal of Tests, 4(2), 5-6.

Dawn. (2024, January 29). Farmers protest wheat prices. Dawn.

Dawn. (2024, March 3). Court orders inquiry into strike. Dawn.

Mir, Asfandyar. (2019). Frontier politics. Oxford University Press.

Novak, P. (2019). Never cited. Science, 1, 1-2.
";

    fn doc(path: &str, text: &str) -> Document {
        Document::from_text(Path::new(path), text.to_string(), Vec::new()).unwrap()
    }

    fn run_paper(text: &str, config: Config, keep: Keep) -> Checked {
        let options = Options {
            keep,
            ..Options::with_config(config)
        };
        run(Input::paper(doc("paper.md", text)), &options).unwrap()
    }

    /// (code, severity, line, message) of each diagnostic.
    fn problems(checked: &Checked) -> Vec<(Code, Severity, usize, String)> {
        checked
            .diagnostics
            .iter()
            .map(|d| {
                let line = checked.doc.lines.line(d.span.start);
                (d.code, d.severity, line, d.message.clone())
            })
            .collect()
    }

    /// Each citation as `each_citation` walks it: (place, text, span, link).
    fn walked(checked: &Checked) -> Vec<(usize, String, Span, Link)> {
        let mut out = Vec::new();
        checked.each_citation(|n, c, l| out.push((n, c.text.clone(), c.span, l.clone())));
        out
    }

    #[test]
    fn markdown_citing_by_key_without_a_list_is_checked_as_pandoc() {
        let options = Options::with_config(Config::default());
        let text = "As @smith2020 shows, rivers move.\n";
        let checked = run(Input::paper(doc("paper.md", text)), &options).unwrap();
        assert_eq!(checked.kind, Kind::Pandoc);
        assert_eq!(checked.citations().len(), 1);
        // An e-mail address cites nothing: a paper without a list is still refused.
        let mail = "Write to a@b.org about rivers.\n";
        let refused = run(Input::paper(doc("paper.md", mail)), &options);
        assert!(matches!(refused, Err(InputError::NoReferences { .. })));
    }

    #[test]
    fn a_paper_checked_both_ways_gives_one_tally_and_one_set_of_problems() {
        let kept = run_paper(PAPER, Config::default(), Keep::Everything);
        let tallied = run_paper(PAPER, Config::default(), Keep::Tallies);
        let expected = Tally {
            cited: vec![1, 1, 1, 0, 0, 1, 0],
            maybe: vec![0, 0, 0, 1, 1, 0, 0],
            cited_on: vec![vec![3], vec![4], vec![3], vec![], vec![], vec![5], vec![]],
            citations: 6,
            matched: 4,
            ambiguous: 1,
            unmatched: 1,
        };
        assert_eq!(kept.tally, expected);
        assert_eq!(tallied.tally, expected);
        let expected = [
            (
                Code::UnmatchedCitation,
                Severity::Error,
                4,
                "\"Brandtt, 2021\" matches no entry of the reference list: no entry by Brandtt; \
                 did you mean Brandt (2021)?"
                    .to_string(),
            ),
            (
                Code::AmbiguousCitation,
                Severity::Warning,
                5,
                "\"Dawn, 2024\" fits 2 entries: 2024a \"Farmers protest wheat prices\" and 2024b \
                 \"Court orders inquiry into strike\"; best guess from the sentence: 2024a \
                 (dawn2024a). Give the entries these year suffixes in the list and cite the one \
                 meant, e.g. (Dawn, 2024a)"
                    .to_string(),
            ),
            (
                Code::GivenNameCitation,
                Severity::Warning,
                5,
                "\"Asfandyar (2019)\" cites Mir, Asfandyar by the given name; write (Mir, 2019)"
                    .to_string(),
            ),
            (
                Code::UncitedReference,
                Severity::Warning,
                21,
                "novak2019 (Novak, 2019) is never cited; cite it where it is used or remove it \
                 from the list"
                    .to_string(),
            ),
        ];
        assert_eq!(problems(&kept), expected);
        assert_eq!(kept.diagnostics, tallied.diagnostics);
        for checked in [&kept, &tallied] {
            assert_eq!(checked.kind, Kind::Paper);
            assert_eq!(checked.style, Style::AuthorDate);
            assert_eq!(checked.entry_count(), 7);
            assert_eq!(checked.references().len(), 7);
            assert!(checked.bib_walk.is_none() && checked.bibs.is_empty());
        }
        // Only the kept run holds the citations; the other finds them again.
        assert_eq!(kept.citations().len(), 6);
        assert_eq!(kept.links().len(), 6);
        assert!(matches!(kept.cited, Cited::Kept { .. }));
        assert!(tallied.citations().is_empty() && tallied.links().is_empty());
        assert!(matches!(tallied.cited, Cited::Walked { mla: false, .. }));
    }

    #[test]
    fn each_citation_walks_the_same_citations_either_way() {
        let kept = walked(&run_paper(PAPER, Config::default(), Keep::Everything));
        let tallied = walked(&run_paper(PAPER, Config::default(), Keep::Tallies));
        assert_eq!(kept, tallied);
        let seen: Vec<(usize, &str, Status, &[usize])> = kept
            .iter()
            .map(|(n, t, _, l)| (*n, t.as_str(), l.status, l.entries.as_slice()))
            .collect();
        assert_eq!(
            seen,
            [
                (0, "Alvarez, 2018", Status::Matched, &[0][..]),
                (1, "Chen and Okafor (2020)", Status::Matched, &[2]),
                (2, "Brandt, 2021", Status::Matched, &[1]),
                (3, "Brandtt, 2021", Status::Unmatched, &[]),
                (4, "Dawn, 2024", Status::Ambiguous, &[3, 4]),
                (5, "Asfandyar (2019)", Status::Matched, &[5]),
            ]
        );
        // Spans point into the paper.
        assert!(kept
            .iter()
            .all(|(_, text, span, _)| PAPER[span.start..span.end] == **text));
    }

    const MLA: &str = "\
Homework helps (Alvarez 44). Time matters (Chen and Okafor 520).
Others disagree (Smyth 12). Still, homework helps (Alvarez 45).

Works Cited

Alvarez, Maria. The Homework Wars. Routledge, 2018.

Chen, Li, and Nia Okafor. \"Homework Time.\" Journal of Tests, vol. 4, no. 2, 2020, pp. 5-6.
";

    #[test]
    fn an_mla_papers_citations_come_in_text_order_either_way() {
        let kept = run_paper(MLA, Config::default(), Keep::Everything);
        let tallied = run_paper(MLA, Config::default(), Keep::Tallies);
        assert!(matches!(tallied.cited, Cited::Walked { mla: true, .. }));
        let texts = |c: &Checked| -> Vec<(String, Status)> {
            walked(c)
                .into_iter()
                .map(|(_, t, _, l)| (t, l.status))
                .collect()
        };
        let expected = [
            ("Alvarez 44", Status::Matched),
            ("Chen and Okafor 520", Status::Matched),
            // An author-page citation of a name the list does not know counts in an MLA paper.
            ("Smyth 12", Status::Unmatched),
            ("Alvarez 45", Status::Matched),
        ]
        .map(|(t, s)| (t.to_string(), s));
        assert_eq!(texts(&kept), expected);
        assert_eq!(texts(&tallied), expected);
        assert_eq!(kept.tally, tallied.tally);
        assert_eq!(kept.tally.cited_on, [vec![1, 2], vec![1]]);
        assert_eq!(kept.diagnostics, tallied.diagnostics);
        assert_eq!(
            problems(&kept),
            [(
                Code::UnmatchedCitation,
                Severity::Error,
                2,
                "\"Smyth 12\" matches no entry of the reference list; add the entry or correct \
                 the citation"
                    .to_string()
            )]
        );
    }

    #[test]
    fn configured_severities_apply_and_allow_drops_a_code() {
        let config = Config::parse(
            "[severity]\nuncited-reference = \"allow\"\nambiguous-citation = \"deny\"\n\
             given-name-citation = \"info\"\n",
            Path::new("citecheck.toml"),
        )
        .unwrap();
        for keep in [Keep::Everything, Keep::Tallies] {
            let checked = run_paper(PAPER, config.clone(), keep);
            let levels: Vec<(Code, Severity)> = checked
                .diagnostics
                .iter()
                .map(|d| (d.code, d.severity))
                .collect();
            assert_eq!(
                levels,
                [
                    (Code::UnmatchedCitation, Severity::Error),
                    (Code::AmbiguousCitation, Severity::Error),
                    (Code::GivenNameCitation, Severity::Info),
                ]
            );
        }
    }

    fn diagnostic(code: Code, severity: Severity, source: SourceId, start: usize) -> Diagnostic {
        Diagnostic {
            severity,
            ..Diagnostic::new(
                code,
                Span::new(start, start + 1),
                format!("{code:?} at {start}"),
            )
            .in_source(source)
        }
    }

    #[test]
    fn settle_levels_puts_the_documents_warnings_first_at_configured_levels() {
        // Bytes that are not UTF-8: the document warns that it fell back to Windows-1252.
        let bytes = b"Caf\xe9 (Alvarez, 2018).\n\nReferences\n\nAlvarez, M. (2018). T. R.\n";
        let doc = Document::from_bytes(Path::new("paper.txt"), bytes).unwrap();
        assert_eq!(doc.warnings.len(), 1);
        let config = Config::parse(
            "[severity]\nuncited-reference = \"allow\"\nencoding-fallback = \"deny\"\n",
            Path::new("c.toml"),
        )
        .unwrap();
        let found = vec![
            diagnostic(
                Code::UncitedReference,
                Severity::Warning,
                SourceId::Document,
                9,
            ),
            // Levels a rule set itself give way to the code's default (this path has no rule
            // that sets one: only `.bib` rules do, and `settle` keeps theirs).
            diagnostic(Code::DuplicateKey, Severity::Info, SourceId::Document, 5),
            diagnostic(Code::MissingField, Severity::Error, SourceId::Document, 1),
        ];
        let settled = settle_levels(&doc, found, &config);
        let levels: Vec<(Code, Severity, usize)> = settled
            .iter()
            .map(|d| (d.code, d.severity, d.span.start))
            .collect();
        assert_eq!(
            levels,
            [
                (Code::EncodingFallback, Severity::Error, 0),
                (Code::DuplicateKey, Severity::Error, 5),
                (Code::MissingField, Severity::Warning, 1),
            ]
        );
    }

    #[test]
    fn settle_keeps_unconfigured_levels_drops_allowed_codes_and_sorts_by_source() {
        let config = Config::parse(
            "[severity]\nmissing-field = \"allow\"\ninvalid-date = \"warn\"\n",
            Path::new("c.toml"),
        )
        .unwrap();
        let found = vec![
            diagnostic(Code::InvalidDate, Severity::Error, SourceId::Bib(1), 3),
            diagnostic(Code::DuplicateKey, Severity::Info, SourceId::Bib(0), 7),
            diagnostic(Code::MissingField, Severity::Warning, SourceId::Bib(0), 2),
            diagnostic(
                Code::UnmatchedCitation,
                Severity::Error,
                SourceId::Document,
                40,
            ),
            diagnostic(Code::BibSyntax, Severity::Error, SourceId::Bib(0), 7),
        ];
        let levels: Vec<(SourceId, usize, Code, Severity)> = settle(found, &config)
            .iter()
            .map(|d| (d.source, d.span.start, d.code, d.severity))
            .collect();
        assert_eq!(
            levels,
            [
                (
                    SourceId::Document,
                    40,
                    Code::UnmatchedCitation,
                    Severity::Error
                ),
                (SourceId::Bib(0), 7, Code::DuplicateKey, Severity::Info),
                (SourceId::Bib(0), 7, Code::BibSyntax, Severity::Error),
                (SourceId::Bib(1), 3, Code::InvalidDate, Severity::Warning),
            ]
        );
    }

    #[test]
    fn the_checked_kind_is_the_inputs() {
        let paper = run(Input::paper(doc("paper.md", PAPER)), &Options::default()).unwrap();
        assert_eq!(paper.kind, Kind::Paper);
        let bib =
            "@article{a2001, author = {Doe, Jane}, title = {T}, journal = {J}, year = {2001}}\n";
        let linted = run(Input::bib(doc("refs.txt", bib)), &Options::default()).unwrap();
        assert_eq!((linted.kind, linted.style), (Kind::Bib, Style::Keys));
        // A CSL-JSON file is read as a paper with its own list: it has no reference section...
        let json = doc("items.json", "[{\"id\": \"a\", \"title\": \"T\"}]\n");
        let input = Input::new(json, false);
        assert_eq!(input.kind, Kind::CslJson);
        let err = run(input, &Options::default()).unwrap_err();
        assert!(matches!(err, InputError::NoReferences { .. }), "{err}");
        // ...and when it has one, the run says what it was read as.
        let input = Input {
            doc: doc("items.json", PAPER),
            kind: Kind::CslJson,
        };
        assert_eq!(run(input, &Options::default()).unwrap().kind, Kind::CslJson);
    }

    #[test]
    fn check_keeps_everything_and_finds_the_list_where_told() {
        let text = "Homework helps (Alvarez, 2018).\n\nAlvarez, M. (2018). The homework wars. Routledge.\n";
        let err = check(doc("p.md", text), &Config::default(), None).unwrap_err();
        assert!(matches!(err, InputError::NoReferences { .. }), "{err}");
        let checked = check(doc("p.md", text), &Config::default(), Some(3)).unwrap();
        assert_eq!(checked.list.section.heading_line, None);
        assert_eq!(checked.list.section.start, 3);
        assert_eq!(checked.references()[0].key, "alvarez2018");
        let links: Vec<(Status, &[usize])> = checked
            .links()
            .iter()
            .map(|l| (l.status, l.entries.as_slice()))
            .collect();
        assert_eq!(links, [(Status::Matched, &[0][..])]);
    }

    #[test]
    fn options_keep_everything_unless_asked_for_tallies() {
        let options = Options::default();
        assert_eq!(options.keep, Keep::Everything);
        assert_eq!(options.max_bytes, DEFAULT_MAX_BYTES);
        assert_eq!((options.references_at, options.bib.len()), (None, 0));
        let config = Config::parse("style = \"numeric\"\n", Path::new("c.toml")).unwrap();
        assert_eq!(Options::with_config(config.clone()).keep, Keep::Everything);
        let tallies = Options::tallies(config);
        assert_eq!(tallies.keep, Keep::Tallies);
        assert_eq!(tallies.config.style, crate::config::StyleChoice::Numeric);
    }

    #[test]
    fn only_the_first_entry_of_a_key_becomes_a_reference() {
        let entry = |key: &str| BibEntry {
            entry_type: "article".into(),
            key: key.to_string(),
            key_span: Span::default(),
            span: Span::default(),
            line: 1,
            fields: Vec::new(),
        };
        let mut seen = HashSet::new();
        let firsts: Vec<bool> = ["a", "b", "a", "", "", "A"]
            .iter()
            .map(|k| first_of_its_key(&mut seen, &entry(k)))
            .collect();
        assert_eq!(firsts, [true, true, false, false, false, true]);
    }
}
