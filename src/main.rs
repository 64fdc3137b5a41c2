//! The `citecheck` command: parse arguments, call the library, print, map the exit status.

use citecheck::bibfile::{month_strings, BibFile};
use citecheck::check::{check_paper, lint, parse_lines, read_references};
use citecheck::config::{Config, StyleChoice};
use citecheck::document::{Document, DEFAULT_MAX_BYTES};
use citecheck::export::{to_biblatex, write_output};
use citecheck::reference::Reference;
use citecheck::report::{self, render_coverage, render_refs_table, render_text, Colors, CoverageFormat, RefsReport};
use citecheck::rules::{Code, ALL_CODES};
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
        #[command(flatten)]
        paper: PaperArgs,
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
        #[command(flatten)]
        paper: PaperArgs,
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
struct PaperArgs {
    /// The paper (plain text, Markdown, LaTeX or Pandoc Markdown); `-` reads standard input.
    paper: PathBuf,
    /// A .bib file to check a LaTeX or Pandoc paper against, instead of those it names
    /// (repeatable).
    #[arg(long = "bib", value_name = "FILE")]
    bib: Vec<PathBuf>,
    /// Configuration file (default: citecheck.toml beside the paper or in a parent folder).
    #[arg(long, value_name = "FILE")]
    config: Option<PathBuf>,
    /// Line where the reference list starts, when no heading is found.
    #[arg(long, value_name = "LINE")]
    references_at: Option<usize>,
    /// Citation style (overrides the config).
    #[arg(long, value_enum)]
    style: Option<StyleChoice>,
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

#[derive(Clone, Copy, ValueEnum)]
enum CheckFormat {
    Text,
    Json,
}

#[derive(Clone, Copy, ValueEnum)]
enum RefsFormat {
    Table,
    Json,
    Bib,
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
        ColorChoice::Auto => common.output.is_none() && std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()),
    })
}

/// Print to stdout, or write the file whole.
fn emit(text: &str, common: &CommonArgs, inputs: &[&Path]) -> Result<(), Failure> {
    match &common.output {
        Some(path) => write_output(path, text, inputs)?,
        None => {
            let mut out = std::io::stdout().lock();
            // A closed pipe (`| head`) is not an error worth a message.
            if let Err(e) = out.write_all(text.as_bytes()).and_then(|_| out.flush()) {
                if e.kind() != std::io::ErrorKind::BrokenPipe {
                    return Err(e.into());
                }
            }
        }
    }
    Ok(())
}

fn warn_input(doc: &Document) {
    for w in &doc.warnings {
        eprintln!("citecheck: warning: {}: {}", doc.path.display(), w.message);
    }
}

fn load_config(paper: &PaperArgs) -> Result<Config, Failure> {
    let mut config = match &paper.config {
        Some(path) => Config::load(path)?,
        None => Config::discover(&paper.paper)?,
    };
    if let Some(style) = paper.style {
        config.style = style;
    }
    Ok(config)
}

fn run(cli: Cli) -> Result<Status, Failure> {
    match cli.command {
        Command::Check { paper, format, no_coverage, common } => {
            let config = load_config(&paper)?;
            let doc = Document::read(&paper.paper, common.max_size)?;
            let checked = check_paper(doc, &config, paper.references_at, &paper.bib, common.max_size)?;
            let report = report::build(&checked, &checked.bib_sources());
            let text = match format {
                CheckFormat::Json => serde_json::to_string_pretty(&report)? + "\n",
                CheckFormat::Text => render_text(&report, colors(&common), !no_coverage),
            };
            emit(&text, &common, &[&paper.paper])?;
            Ok(if report.has_errors() { Status::Problems } else { Status::Clean })
        }
        Command::Coverage { paper, format, common } => {
            let config = load_config(&paper)?;
            let doc = Document::read(&paper.paper, common.max_size)?;
            warn_input(&doc);
            let checked = check_paper(doc, &config, paper.references_at, &paper.bib, common.max_size)?;
            let report = report::build(&checked, &checked.bib_sources());
            emit(&render_coverage(&report, format), &common, &[&paper.paper])?;
            Ok(Status::Clean)
        }
        Command::Refs { paper, references_at, format, common } => {
            let doc = Document::read(&paper, common.max_size)?;
            warn_input(&doc);
            let list = read_references(&doc, references_at)?;
            print_refs(&doc.path, &list.references, format, &common, &paper)
        }
        Command::Parse { file, format, common } => {
            let doc = Document::read(&file, common.max_size)?;
            warn_input(&doc);
            let references = parse_lines(&doc);
            print_refs(&doc.path, &references, format, &common, &file)
        }
        Command::Lint { bib, config, format, common } => {
            let config = match &config {
                Some(path) => Config::load(path)?,
                None => Config::discover(&bib)?,
            };
            let file = BibFile::read(&bib, common.max_size, &month_strings())?;
            let checked = lint(file, &config);
            let report = report::build(&checked, &checked.bib_sources());
            let text = match format {
                CheckFormat::Json => serde_json::to_string_pretty(&report)? + "\n",
                CheckFormat::Text => render_text(&report, colors(&common), false),
            };
            emit(&text, &common, &[&bib])?;
            Ok(if report.has_errors() { Status::Problems } else { Status::Clean })
        }
        Command::Explain { code, list } => explain(code.as_deref(), list),
    }
}

fn print_refs(path: &Path, references: &[Reference], format: Option<RefsFormat>, common: &CommonArgs, input: &Path) -> Result<Status, Failure> {
    let format = format.unwrap_or(if common.output.is_none() && std::io::stdout().is_terminal() { RefsFormat::Table } else { RefsFormat::Json });
    let text = match format {
        RefsFormat::Table => render_refs_table(references),
        RefsFormat::Bib => to_biblatex(references),
        RefsFormat::Json => {
            let report = RefsReport { version: report::VERSION, file: path.display().to_string(), references: references.to_vec() };
            serde_json::to_string_pretty(&report)? + "\n"
        }
    };
    emit(&text, common, &[input])?;
    Ok(Status::Clean)
}

fn explain(code: Option<&str>, list: bool) -> Result<Status, Failure> {
    let mut out = String::new();
    match (code, list) {
        (Some(name), _) => {
            let code = Code::from_name(name).ok_or_else(|| format!("unknown code `{name}`; `citecheck explain --list` lists them"))?;
            out.push_str(&format!("{code} ({} by default)\n\n{}\n\n{}\n", code.default_severity().as_str(), code.summary(), code.explanation()));
        }
        (None, _) => {
            for code in ALL_CODES {
                out.push_str(&format!("{:<22} {:<8} {}\n", code.as_str(), code.default_severity().as_str(), code.summary()));
            }
        }
    }
    print!("{out}");
    Ok(Status::Clean)
}
