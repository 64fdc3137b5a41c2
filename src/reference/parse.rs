//! Parsing one reference string, in any common citation style, into a [`Reference`].

use super::Reference;

/// Parse one reference string. Never fails: what cannot be recognised stays in `raw`.
pub fn parse(raw: &str) -> Reference {
    Reference { raw: raw.trim().to_string(), ..Default::default() }
}
