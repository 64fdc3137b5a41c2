//! `citecheck.toml`: severities per code, name aliases, citation style, limits.
//!
//! Found beside the paper or in a parent folder, or given with `--config`. Unknown keys are an
//! error naming the file, line and key. The command line beats the file, the file beats defaults.

use crate::diagnostic::{Code, Severity, Style};
use serde::Deserialize;
use std::collections::BTreeMap;
use std::fmt;
use std::path::{Path, PathBuf};

pub const FILE_NAME: &str = "citecheck.toml";

/// Style choice in the config or on the command line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize, clap::ValueEnum)]
#[serde(rename_all = "kebab-case")]
pub enum StyleChoice {
    #[default]
    Auto,
    AuthorDate,
    Numeric,
    /// Footnotes or endnotes.
    Notes,
    /// Alphabetic labels ("[BJP12]").
    Alphabetic,
}

impl StyleChoice {
    pub fn fixed(self) -> Option<Style> {
        match self {
            StyleChoice::Auto => None,
            StyleChoice::AuthorDate => Some(Style::AuthorDate),
            StyleChoice::Numeric => Some(Style::Numeric),
            StyleChoice::Notes => Some(Style::Notes),
            StyleChoice::Alphabetic => Some(Style::Alphabetic),
        }
    }
}

/// A severity as the config writes it: ruff-like `allow`/`warn`/`deny`, or the report's names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    Allow,
    Info,
    #[serde(alias = "warning")]
    Warn,
    #[serde(alias = "error")]
    Deny,
}

impl From<Level> for Severity {
    fn from(level: Level) -> Self {
        match level {
            Level::Allow => Severity::Allow,
            Level::Info => Severity::Info,
            Level::Warn => Severity::Warning,
            Level::Deny => Severity::Error,
        }
    }
}

/// The parsed `citecheck.toml`.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    #[serde(default)]
    pub style: StyleChoice,
    /// Code → level, e.g. `uncited-reference = "allow"`.
    #[serde(default)]
    pub severity: BTreeMap<String, Level>,
    /// Name as cited → name in the list, e.g. `WHO = "World Health Organization"`.
    #[serde(default)]
    pub aliases: BTreeMap<String, String>,
    /// Where the file was read from, for messages.
    #[serde(skip)]
    pub path: Option<PathBuf>,
}

/// A config file that could not be used.
#[derive(Debug)]
pub struct ConfigError(pub String);

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for ConfigError {}

impl Config {
    /// Parse config text; `path` only names the file in errors.
    pub fn parse(text: &str, path: &Path) -> Result<Self, ConfigError> {
        let mut config: Config = toml::from_str(text).map_err(|e| {
            let line = e.span().map_or(0, |s| {
                text[..s.start.min(text.len())].matches('\n').count() + 1
            });
            let message = e.message().lines().next().unwrap_or("invalid").to_string();
            ConfigError(format!("{}:{line}: {message}", path.display()))
        })?;
        for code in config.severity.keys() {
            if Code::from_name(code).is_none() {
                let line = text
                    .lines()
                    .position(|l| {
                        l.trim_start()
                            .trim_start_matches('"')
                            .starts_with(code.as_str())
                    })
                    .map_or(0, |i| i + 1);
                return Err(ConfigError(format!(
                    "{}:{line}: unknown diagnostic code `{code}` in [severity] (see `citecheck explain --list`)",
                    path.display()
                )));
            }
        }
        config.path = Some(path.to_path_buf());
        Ok(config)
    }

    /// Read a config file.
    pub fn load(path: &Path) -> Result<Self, ConfigError> {
        let text = std::fs::read_to_string(path)
            .map_err(|e| ConfigError(format!("{}: cannot read config: {e}", path.display())))?;
        Self::parse(&text, path)
    }

    /// The `citecheck.toml` beside `input` or in the nearest parent folder, if any.
    pub fn discover(input: &Path) -> Result<Self, ConfigError> {
        let start = if input == Path::new("-") {
            std::env::current_dir().ok()
        } else {
            std::path::absolute(input)
                .ok()
                .and_then(|p| p.parent().map(Path::to_path_buf))
        };
        let mut dir = start;
        while let Some(d) = dir {
            let candidate = d.join(FILE_NAME);
            if candidate.is_file() {
                return Self::load(&candidate);
            }
            dir = d.parent().map(Path::to_path_buf);
        }
        Ok(Config::default())
    }

    /// Severity of a code after configuration.
    pub fn severity(&self, code: Code) -> Severity {
        self.severity
            .get(code.as_str())
            .map_or(code.default_severity(), |&l| l.into())
    }

    pub fn alias_pairs(&self) -> Vec<(String, String)> {
        self.aliases
            .iter()
            .map(|(a, b)| (a.clone(), b.clone()))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_levels_aliases_and_style() {
        let c = Config::parse("style = \"numeric\"\n[severity]\nuncited-reference = \"allow\"\nunmatched-citation = \"warn\"\n[aliases]\nWHO = \"World Health Organization\"\n", Path::new("c.toml")).unwrap();
        assert_eq!(c.style, StyleChoice::Numeric);
        assert_eq!(c.severity(Code::UncitedReference), Severity::Allow);
        assert_eq!(c.severity(Code::UnmatchedCitation), Severity::Warning);
        assert_eq!(c.severity(Code::AmbiguousCitation), Severity::Warning);
        assert_eq!(
            c.alias_pairs(),
            [("WHO".to_string(), "World Health Organization".to_string())]
        );
    }

    #[test]
    fn unknown_keys_name_file_line_and_key() {
        let err = Config::parse("style = \"auto\"\ncolour = true\n", Path::new("c.toml"))
            .unwrap_err()
            .to_string();
        assert!(err.starts_with("c.toml:2: unknown field `colour`"), "{err}");
        let err = Config::parse("[severity]\nno-such-code = \"deny\"\n", Path::new("c.toml"))
            .unwrap_err()
            .to_string();
        assert_eq!(err, "c.toml:2: unknown diagnostic code `no-such-code` in [severity] (see `citecheck explain --list`)");
    }
}
