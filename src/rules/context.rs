//! What every rule reads: the parsed list, the citations and how each was linked.

use crate::citation::Citation;
use crate::link::Link;
use crate::reference::Reference;

/// Citation style of a paper: decides which rules apply.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize, Default)]
#[serde(rename_all = "kebab-case")]
pub enum Style {
    #[default]
    AuthorDate,
    Numeric,
    /// LaTeX or Pandoc keys.
    Keys,
}

pub struct Context<'a> {
    pub references: &'a [Reference],
    pub citations: &'a [Citation],
    pub links: &'a [Link],
    pub style: Style,
    /// List numbers of a numeric list, parallel to `references`.
    pub numbers: &'a [Option<u32>],
}
