//! The `citecheck` command: parse arguments, call the library, print, map the exit status.

use citecheck::batch;
use citecheck::bibfile::BibFile;
use citecheck::check::{self, parse_lines, read_references, Keep, RawList};
use citecheck::config::{Config, StyleChoice};
use citecheck::document::{Document, DEFAULT_MAX_BYTES};
use citecheck::export::format::{self, Markup};
use citecheck::export::{
    export, load, to_biblatex, write_output, write_output_with, ExportFormat, Loaded, Problem,
};
use citecheck::fix;
use citecheck::input::{Input, Kind};
use citecheck::reference::Reference;
use citecheck::report::{
    self, render_refs_table, Colors, CoverageFormat, Entries, RefsView, Reporter,
};
use citecheck::rules::{self, Code, ALL_CODES};
use clap::{Args, Parser, Subcommand, ValueEnum};
use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Check that a paper's in-text citations and its reference list agree.
#[derive(Parser)]
#[command(name = "citecheck", version, about)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Link every in-text citation to its entry and report problems and coverage.
    Check {
        /// Papers, folders (searched for .md, .markdown, .txt) or glob patterns; `-` reads stdin.
        #[arg(required_unless_present = "files_from")]
        paths: Vec<PathBuf>,
        /// Read more paths from FILE, one per line (`-` reads stdin).
        #[arg(long, value_name = "FILE")]
        files_from: Option<PathBuf>,
        /// Documents checked at once (default: all cores).
        #[arg(short, long, value_name = "N")]
        jobs: Option<usize>,
        #[command(flatten)]
        settings: CheckSettings,
        #[arg(long, value_enum, default_value = "text")]
        format: CheckFormat,
        /// Leave out the coverage table from text output.
        #[arg(long)]
        no_coverage: bool,
        #[command(flatten)]
        common: CommonArgs,
    },
    /// Print only the coverage report: which entries are cited, how often, where.
    Coverage {
        /// The paper (plain text, Markdown, LaTeX or Pandoc Markdown); `-` reads standard input.
        paper: PathBuf,
        #[command(flatten)]
        settings: CheckSettings,
        #[arg(long, value_enum, default_value = "table")]
        format: CoverageFormat,
        #[command(flatten)]
        common: CommonArgs,
    },
    /// Find a paper's reference list and print its entries as BibLaTeX, JSON or a table.
    Refs {
        /// The paper (plain text or Markdown); `-` reads standard input.
        paper: PathBuf,
        /// Line where the reference list starts, when no heading is found.
        #[arg(long, value_name = "LINE")]
        references_at: Option<usize>,
        #[arg(long, value_enum)]
        format: Option<RefsFormat>,
        #[command(flatten)]
        common: CommonArgs,
    },
    /// Parse bare reference strings, one per line (`-` reads standard input).
    Parse {
        file: PathBuf,
        #[arg(long, value_enum)]
        format: Option<RefsFormat>,
        #[command(flatten)]
        common: CommonArgs,
    },
    /// Print the bibliography of a paper, a .bib or a CSL-JSON file in a citation style.
    Format {
        /// A paper, a `.bib` file or a CSL-JSON `.json` file.
        input: PathBuf,
        /// A bundled style (`citecheck styles` lists them) or a path to a `.csl` file.
        #[arg(long, default_value = "apa")]
        style: String,
        #[arg(long, value_enum, default_value = "text")]
        to: FormatMarkup,
        #[command(flatten)]
        common: CommonArgs,
    },
    /// List the citation styles bundled with citecheck.
    Styles,
    /// Convert a paper's list, a .bib or a CSL-JSON file to another format.
    Export {
        /// A paper, a `.bib` file or a CSL-JSON `.json` file.
        input: PathBuf,
        #[arg(long, value_enum)]
        to: ExportTo,
        #[command(flatten)]
        common: CommonArgs,
    },
    /// Write a corrected copy of a paper: citations fixed, the list re-rendered in a style.
    Fix {
        /// The paper (plain text or Markdown).
        paper: PathBuf,
        /// Settle an ambiguous citation: the citation as written, `=`, the entry's key
        /// (`--pick "Dawn, 2024=dawn2024c"`). Repeatable.
        #[arg(long, value_name = "CITATION=KEY")]
        pick: Vec<String>,
        /// Re-render the reference list in this style (bundled name or .csl path).
        #[arg(long)]
        style: Option<String>,
        /// Configuration file (default: citecheck.toml beside the paper or in a parent folder).
        #[arg(long, value_name = "FILE")]
        config: Option<PathBuf>,
        #[command(flatten)]
        common: CommonArgs,
    },
    /// Check a .bib file on its own: syntax, duplicate keys, required fields, dates, @strings,
    /// crossrefs, pages, DOIs, URLs and ISBNs.
    Lint {
        /// The .bib file; `-` reads standard input.
        bib: PathBuf,
        /// Configuration file (default: citecheck.toml beside the file or in a parent folder).
        #[arg(long, value_name = "FILE")]
        config: Option<PathBuf>,
        #[arg(long, value_enum, default_value = "text")]
        format: CheckFormat,
        #[command(flatten)]
        common: CommonArgs,
    },
    /// Explain a diagnostic code: what it means and how to fix it.
    Explain {
        /// The code, e.g. unmatched-citation.
        code: Option<String>,
        /// List every code with its default severity.
        #[arg(long)]
        list: bool,
    },
}

#[derive(Args)]
struct CheckSettings {
    /// Configuration file (default: citecheck.toml beside the paper or in a parent folder).
    #[arg(long, value_name = "FILE")]
    config: Option<PathBuf>,
    /// Line where the reference list starts, when no heading is found.
    #[arg(long, value_name = "LINE")]
    references_at: Option<usize>,
    /// Citation style (overrides the config).
    #[arg(long, value_enum)]
    style: Option<StyleChoice>,
    /// A .bib file to check LaTeX or Pandoc papers against, instead of those they name
    /// (repeatable).
    #[arg(long = "bib", value_name = "FILE")]
    bib: Vec<PathBuf>,
}

#[derive(Args)]
struct CommonArgs {
    /// Write the output to FILE (whole, via a temporary file) instead of standard output.
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,
    /// When to colour text output.
    #[arg(long, value_enum, default_value = "auto")]
    color: ColorChoice,
    /// Largest input accepted, in bytes.
    #[arg(long, value_name = "BYTES", default_value_t = DEFAULT_MAX_BYTES)]
    max_size: u64,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum CheckFormat {
    Text,
    Json,
    /// One JSON report per line, per document (for archives and pipelines).
    Jsonl,
    /// SARIF 2.1.0 (GitHub code scanning, GitLab, editors); many documents make one log.
    Sarif,
    /// GitHub Actions annotations (`::error file=...,line=...::message`).
    Github,
    /// One self-contained HTML page: the text with citations marked, entries, diagnostics.
    Html,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum RefsFormat {
    Table,
    Json,
    Bib,
}

#[derive(Clone, Copy, ValueEnum)]
enum FormatMarkup {
    Text,
    Markdown,
    Html,
}

#[derive(Clone, Copy, ValueEnum)]
enum ExportTo {
    Bib,
    Bibtex,
    CslJson,
    Ris,
    Yaml,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum ColorChoice {
    Auto,
    Always,
    Never,
}

/// Exit status: 0 nothing at error level, 1 problems at error level, 2 bad usage or input.
#[derive(Clone, Copy)]
enum Status {
    Clean = 0,
    Problems = 1,
    Failed = 2,
}

type Failure = Box<dyn std::error::Error>;

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(status) => ExitCode::from(status as u8),
        Err(e) => {
            eprintln!("citecheck: {e}");
            ExitCode::from(Status::Failed as u8)
        }
    }
}

fn colors(common: &CommonArgs) -> Colors {
    Colors(match common.color {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => {
            common.output.is_none()
                && std::io::stdout().is_terminal()
                && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
        }
    })
}

/// Print to stdout, or write the file whole.
fn emit(text: &str, common: &CommonArgs, inputs: &[&Path]) -> Result<(), Failure> {
    emit_with(common, inputs, |w| w.write_all(text.as_bytes()))
}

/// Stream output to stdout, or to the output file written whole.
fn emit_with(
    common: &CommonArgs,
    inputs: &[&Path],
    write: impl FnOnce(&mut dyn Write) -> std::io::Result<()>,
) -> Result<(), Failure> {
    match &common.output {
        Some(path) => write_output_with(path, inputs, write)?,
        None => {
            let mut out = std::io::BufWriter::new(std::io::stdout().lock());
            // A closed pipe (`| head`) is not an error worth a message.
            if let Err(e) = write(&mut out).and_then(|_| out.flush()) {
                if e.kind() != std::io::ErrorKind::BrokenPipe {
                    return Err(e.into());
                }
            }
        }
    }
    Ok(())
}

/// JSON, pretty-printed, streamed.
fn emit_json<T: serde::Serialize>(
    value: &T,
    common: &CommonArgs,
    inputs: &[&Path],
) -> Result<(), Failure> {
    emit_with(common, inputs, |w| {
        serde_json::to_writer_pretty(&mut *w, value).map_err(std::io::Error::other)?;
        w.write_all(b"\n")
    })
}

fn warn_input(doc: &Document) {
    for w in &doc.warnings {
        eprintln!("citecheck: warning: {}: {}", doc.path.display(), w.message);
    }
}

/// How each document is checked, from the command line.
fn check_options(settings: CheckSettings, common: &CommonArgs) -> Result<batch::Options, Failure> {
    Ok(batch::Options {
        config: settings.config.as_deref().map(Config::load).transpose()?,
        style: settings.style,
        references_at: settings.references_at,
        bib: settings.bib,
        max_bytes: common.max_size,
    })
}

fn run(cli: Cli) -> Result<Status, Failure> {
    match cli.command {
        Command::Check {
            paths,
            files_from,
            jobs,
            settings,
            format,
            no_coverage,
            common,
        } => {
            let mut inputs = paths;
            if let Some(list) = &files_from {
                let text = if list == Path::new("-") {
                    std::io::read_to_string(std::io::stdin())?
                } else {
                    std::fs::read_to_string(list)
                        .map_err(|e| format!("{}: cannot read file list: {e}", list.display()))?
                };
                inputs.extend(batch::read_file_list(&text));
            }
            let documents = batch::expand_inputs(&inputs)?;
            let options = check_options(settings, &common)?;
            let reporter = reporter(format, &common, !no_coverage);
            if format == CheckFormat::Html && documents.len() != 1 {
                return Err(
                    "--format html writes one page for one document; check one at a time".into(),
                );
            }
            if documents.len() == 1 && format != CheckFormat::Jsonl {
                let checked = batch::check_one(&documents[0], &options)?;
                return report_one(&checked, reporter, &common, &documents[0]);
            }
            check_many(&documents, &options, jobs, reporter, &common)
        }
        Command::Coverage {
            paper,
            settings,
            format,
            common,
        } => {
            let checked = batch::check_one(&paper, &check_options(settings, &common)?)?;
            warn_input(&checked.doc);
            report_one(&checked, Reporter::Coverage(format), &common, &paper)?;
            Ok(Status::Clean)
        }
        Command::Refs {
            paper,
            references_at,
            format,
            common,
        } => {
            let doc = Document::read(&paper, common.max_size)?;
            warn_input(&doc);
            if refs_format(format, &common) == RefsFormat::Json {
                // Parsed as written: a list of any length.
                let list = RawList::read(&doc, references_at)?;
                let file = doc.path.display().to_string();
                let report = RefsView {
                    file: &file,
                    entries: Entries::Raw(&list),
                };
                emit_json(&report, &common, &[&paper])?;
                return Ok(Status::Clean);
            }
            let list = read_references(&doc, references_at)?;
            print_refs(&doc.path, &list.references, format, &common, &paper)
        }
        Command::Parse {
            file,
            format,
            common,
        } => {
            let doc = Document::read(&file, common.max_size)?;
            warn_input(&doc);
            if refs_format(format, &common) == RefsFormat::Json {
                // Parsed again as written: a list of any length.
                let list = RawList::lines(&doc);
                let path = doc.path.display().to_string();
                drop(doc);
                let report = RefsView {
                    file: &path,
                    entries: Entries::Raw(&list),
                };
                emit_json(&report, &common, &[&file])?;
                return Ok(Status::Clean);
            }
            let references = parse_lines(&doc);
            print_refs(&doc.path, &references, format, &common, &file)
        }
        Command::Lint {
            bib,
            config,
            format,
            common,
        } => {
            let config = match &config {
                Some(path) => Config::load(path)?,
                None => Config::discover(&bib)?,
            };
            // Read one entry at a time: the entries are read again as the report is written.
            let input = Input {
                doc: BibFile::read_document(&bib, common.max_size)?,
                kind: Kind::Bib,
            };
            let options = check::Options {
                keep: Keep::Tallies,
                ..check::Options::with_config(config)
            };
            let checked = check::run(input, &options)?;
            report_one(&checked, reporter(format, &common, false), &common, &bib)
        }
        Command::Explain { code, list } => explain(code.as_deref(), list),
        Command::Format {
            input,
            style,
            to,
            common,
        } => {
            let style = format::load_style(&style)?;
            let loaded = load_input(&input, &common)?;
            let markup = match to {
                FormatMarkup::Text => Markup::Text,
                FormatMarkup::Markdown => Markup::Markdown,
                FormatMarkup::Html => Markup::Html,
            };
            let formatted = format::format(&loaded.references, &style, markup);
            report_problems(&input, &formatted.problems);
            emit(&formatted.render(markup), &common, &[&input])?;
            Ok(problem_status(&loaded, &formatted.problems))
        }
        Command::Styles => {
            let mut out = String::new();
            for (names, title) in format::bundled_styles() {
                out.push_str(&std::format!("{:<40} {title}\n", names.join(", ")));
            }
            print!("{out}");
            Ok(Status::Clean)
        }
        Command::Export { input, to, common } => {
            let loaded = load_input(&input, &common)?;
            let to = match to {
                ExportTo::Bib => ExportFormat::Bib,
                ExportTo::Bibtex => ExportFormat::BibTex,
                ExportTo::CslJson => ExportFormat::CslJson,
                ExportTo::Ris => ExportFormat::Ris,
                ExportTo::Yaml => ExportFormat::Yaml,
            };
            let text = export(&loaded.references, to)?;
            emit(&text, &common, &[&input])?;
            Ok(problem_status(&loaded, &[]))
        }
        Command::Fix {
            paper,
            pick,
            style,
            config,
            common,
        } => {
            let config = match &config {
                Some(path) => Config::load(path)?,
                None => Config::discover(&paper)?,
            };
            let style = style.as_deref().map(format::load_style).transpose()?;
            let picks = pick
                .iter()
                .map(|p| fix::Pick::parse(p))
                .collect::<Result<Vec<_>, _>>()?;
            let input = Input::read(&paper, common.max_size, false)?;
            if input.kind != Kind::Paper {
                return Err(format!(
                    "{}: fix corrects papers with their own reference list; this is {}",
                    paper.display(),
                    match input.kind {
                        Kind::Latex | Kind::Pandoc =>
                            "a paper that cites by key (fix its .bib instead)",
                        Kind::Bib => "a .bib file",
                        Kind::Docx =>
                            "a Word file (correct it in Word; check shows what to change)",
                        Kind::Pdf => "a PDF (fix its source instead)",
                        _ => "a CSL-JSON file",
                    }
                )
                .into());
            }
            let checked = check::run(input, &check::Options::with_config(config))?;
            let fixed = fix::fix(&checked, &picks, style.as_ref());
            let out = common
                .output
                .as_deref()
                .ok_or("fix needs -o FILE: it never writes over the paper")?;
            write_output(out, &fixed.text, &[&paper])?;
            print!("{}", fixed.summary());
            Ok(if fixed.left_alone.is_empty() {
                Status::Clean
            } else {
                Status::Problems
            })
        }
    }
}

fn load_input(input: &Path, common: &CommonArgs) -> Result<Loaded, Failure> {
    let loaded = load(input, common.max_size)?;
    report_problems(input, &loaded.problems);
    Ok(loaded)
}

/// Entries that could not be read or rendered: each on stderr; the run goes on.
fn report_problems(input: &Path, problems: &[Problem]) {
    for p in problems {
        eprintln!("citecheck: warning: {}: {p}", input.display());
    }
}

/// 1 when some entries were left out, 0 otherwise.
fn problem_status(loaded: &Loaded, more: &[Problem]) -> Status {
    if loaded.problems.is_empty() && more.is_empty() {
        Status::Clean
    } else {
        Status::Problems
    }
}

/// The reporter `--format` names; text shows the coverage table when `coverage`.
fn reporter(format: CheckFormat, common: &CommonArgs, coverage: bool) -> Reporter {
    match format {
        CheckFormat::Text => Reporter::Text {
            colors: colors(common),
            coverage,
        },
        CheckFormat::Json => Reporter::Json,
        CheckFormat::Jsonl => Reporter::Jsonl,
        CheckFormat::Sarif => Reporter::Sarif,
        CheckFormat::Github => Reporter::Github,
        CheckFormat::Html => Reporter::Html,
    }
}

/// Write one checked input's report; its exit status.
fn report_one(
    checked: &check::Checked,
    reporter: Reporter,
    common: &CommonArgs,
    input: &Path,
) -> Result<Status, Failure> {
    let view = report::view(checked);
    emit_with(common, &[input], |w| reporter.write(&view, w))?;
    Ok(if view.has_errors() {
        Status::Problems
    } else {
        Status::Clean
    })
}

/// Check many documents in parallel; print each report in input order, then a summary.
fn check_many(
    documents: &[PathBuf],
    options: &batch::Options,
    jobs: Option<usize>,
    reporter: Reporter,
    common: &CommonArgs,
) -> Result<Status, Failure> {
    let progress = std::io::stderr().is_terminal() && documents.len() > 1;
    let inputs: Vec<&Path> = documents.iter().map(PathBuf::as_path).collect();
    let mut tallied = batch::Tallied::default();
    emit_with(common, &inputs, |w| {
        tallied = batch::check_many(documents, options, jobs, reporter, w, |event| match event {
            batch::Event::Failed(message) => eprintln!("citecheck: {message}"),
            batch::Event::Progress { done, total } if progress => {
                eprint!("\rchecked {done}/{total}");
                if done == total {
                    eprintln!();
                }
            }
            batch::Event::Progress { .. } => {}
        })?;
        Ok(())
    })?;
    Ok(if tallied.failures {
        Status::Failed
    } else if tallied.errors {
        Status::Problems
    } else {
        Status::Clean
    })
}

/// The format asked for, else a table on a terminal and JSON elsewhere.
fn refs_format(format: Option<RefsFormat>, common: &CommonArgs) -> RefsFormat {
    format.unwrap_or(
        if common.output.is_none() && std::io::stdout().is_terminal() {
            RefsFormat::Table
        } else {
            RefsFormat::Json
        },
    )
}

fn print_refs(
    path: &Path,
    references: &[Reference],
    format: Option<RefsFormat>,
    common: &CommonArgs,
    input: &Path,
) -> Result<Status, Failure> {
    match refs_format(format, common) {
        RefsFormat::Table => emit(&render_refs_table(references), common, &[input])?,
        RefsFormat::Bib => emit(&to_biblatex(references), common, &[input])?,
        RefsFormat::Json => {
            let file = path.display().to_string();
            emit_json(
                &RefsView {
                    file: &file,
                    entries: Entries::Parsed(references),
                },
                common,
                &[input],
            )?
        }
    }
    Ok(Status::Clean)
}

fn explain(code: Option<&str>, list: bool) -> Result<Status, Failure> {
    let mut out = String::new();
    match (code, list) {
        (Some(name), _) => {
            let code = Code::from_name(name).ok_or_else(|| {
                format!("unknown code `{name}`; `citecheck explain --list` lists them")
            })?;
            out.push_str(&format!(
                "{code} ({} by default)\n\n{}\n\n{}\n",
                code.default_severity().as_str(),
                code.summary(),
                rules::explanation(code)
            ));
        }
        (None, _) => {
            // The codes in one column, however long the longest.
            let width = ALL_CODES
                .iter()
                .map(|c| c.as_str().len())
                .max()
                .unwrap_or(0);
            for code in ALL_CODES {
                out.push_str(&format!(
                    "{:<width$} {:<8} {}\n",
                    code.as_str(),
                    code.default_severity().as_str(),
                    code.summary()
                ));
            }
        }
    }
    print!("{out}");
    Ok(Status::Clean)
}
