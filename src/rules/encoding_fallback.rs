//! `encoding-fallback`: an input that is not UTF-8, read as Windows-1252.
//!
//! No rule runs for it: [`crate::document::Document::from_bytes`] reports it while decoding
//! (the message is written there, since `document` comes before `rules` and must not use them).
//! This file holds what `citecheck explain` says about it, as every rule file does.

/// `citecheck explain encoding-fallback`: why it matters and how to fix it.
pub(crate) const EXPLANATION: &str =
    "Why it matters: characters may be read wrongly if the guess is wrong.\n\
     How to fix: save the file as UTF-8.";
