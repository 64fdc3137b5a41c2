//! Finding citation keys in Pandoc Markdown as Pandoc's own reader finds them: `[@key]`,
//! `[see @a, p. 3; -@b]`, `@key` in running text (with an optional `[locator]`), in captions,
//! link text, notes and the header's text fields, and the YAML header's `bibliography:` and
//! `nocite:`. Code, math, raw TeX and HTML, comments and link destinations are not read; an
//! `@` right after a word (an e-mail address) starts nothing. `tests/pandoc_oracle.rs`
//! compares the keys found with `pandoc -t json` on every Pandoc fixture.

mod grammar;
mod header;
mod mask;

use super::KeyFound;
use header::{front_matter, markdown_values, misplaced_header, read_header};
pub use mask::mask_markdown;
use regex::Regex;
use std::sync::LazyLock;

/// A bracketed citation as Pandoc writes it: `[@key`, `[see @key`, `[-@key`, `[a; @key`.
static PANDOC_BRACKET: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\[(?:[^\]\n]*?[\s;])?-?@[\p{L}\p{N}_{]").expect("PANDOC_BRACKET is a valid regex")
});

/// Does this Markdown text cite by key (a `[@key]` or a YAML `bibliography:`)?
pub fn looks_like_pandoc(text: &str) -> bool {
    let names_bib = |body: crate::span::Span| {
        text[body.start..body.end]
            .lines()
            .any(|l| l.trim_start().starts_with("bibliography:"))
    };
    if front_matter(text).is_some_and(|h| names_bib(h.body)) || misplaced_header(text).is_some() {
        return true;
    }
    PANDOC_BRACKET.is_match(&mask_markdown(text))
}

/// Does the text open with a YAML header Pandoc reads?
pub fn has_yaml_header(text: &str) -> bool {
    front_matter(text).is_some()
}

/// Every citation of a Pandoc Markdown text, and the bibliographies its header names.
pub fn find_pandoc(text: &str) -> KeyFound {
    let mut found = KeyFound::default();
    let mut masked = mask_markdown(text);
    let mut body_from = 0;
    if let Some(h) = front_matter(text) {
        read_header(text, h.body, &mut found);
        let values = markdown_values(text, h.body);
        let values = mask::mask_inlines(&values, h.body.start, h.body.end);
        found
            .citations
            .extend(grammar::scan(&values, h.body.start, h.body.end));
        found.citations.sort_by_key(|c| c.span.start);
        body_from = h.block.end;
        // The header was read above; the body scan starts after it.
        masked.replace_range(..body_from, &" ".repeat(body_from));
    } else if let Some(body) = misplaced_header(text) {
        let mut named = KeyFound::default();
        read_header(text, body, &mut named);
        found.bibliographies = named.bibliographies;
        found.misplaced_header = Some(body);
    }
    found
        .citations
        .extend(grammar::scan(&masked, body_from, masked.len()));
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cites(text: &str) -> Vec<(String, bool, Option<String>, Option<String>)> {
        find_pandoc(text)
            .citations
            .into_iter()
            .map(|c| (c.text, c.narrative, c.prefix, c.locator))
            .collect()
    }

    fn s(x: &str) -> Option<String> {
        Some(x.to_string())
    }

    #[test]
    fn braced_key_running_past_its_item_is_no_citation() {
        // Found by the `citations` fuzz target: the braced key ends after the item's `;`.
        for text in ["[@{a;b}]", "[see @{x; @y}]", "[@{k]}"] {
            let _ = cites(text);
        }
        assert_eq!(
            cites("[see @{x; @y}] and [@ok]")
                .last()
                .map(|c| c.0.as_str()),
            Some("ok")
        );
    }

    #[test]
    fn bracketed_forms() {
        assert_eq!(
            cites("Blah [@doe99]."),
            [("doe99".into(), false, None, None)]
        );
        assert_eq!(
            cites("Blah [see @a, p. 3; also @b, ch. 1]."),
            [
                ("a".into(), false, s("see"), s("p. 3")),
                ("b".into(), false, s("also"), s("ch. 1"))
            ]
        );
        assert_eq!(
            cites("Smith says blah [-@smith04]."),
            [("smith04".into(), false, None, None)]
        );
        // Pandoc allows no space in a braced key.
        assert!(cites("[@{weird key}]").is_empty());
    }

    #[test]
    fn the_forms_real_papers_use() {
        let keys =
            |t: &str| -> Vec<(String, bool)> { cites(t).into_iter().map(|c| (c.0, c.1)).collect() };
        let k = |s: &str, n: bool| (s.to_string(), n);
        assert_eq!(
            keys("[@Thurber 2021, @Voisin2013] and [@Nonaka12,@Nonaka18]"),
            [
                k("Thurber", false),
                k("Voisin2013", true),
                k("Nonaka12", false),
                k("Nonaka18", true)
            ]
        );
        assert_eq!(
            keys("![as described in @menzel2020-NeuroImage, Appx. B](fig.pdf)"),
            [k("menzel2020-NeuroImage", true)]
        );
        assert_eq!(
            keys("[@Mesa][^4] and [@Lee_2015][@Szu_Hartley_1987]"),
            [
                k("Mesa", true),
                k("Lee_2015", true),
                k("Szu_Hartley_1987", false)
            ]
        );
        assert!(keys("![tree](@felsenstein1981; @hasegawa1985)").is_empty());
        assert_eq!(
            cites("[-@smith04, p. 3]"),
            [("smith04".into(), false, None, s("p. 3"))]
        );
    }

    #[test]
    fn in_text_forms_and_locators() {
        assert_eq!(
            cites("@smith04 says blah."),
            [("smith04".into(), true, None, None)]
        );
        assert_eq!(
            cites("@smith04 [p. 33] says."),
            [("smith04".into(), true, None, s("p. 33"))]
        );
        assert_eq!(
            cites("As (@smith04) shows."),
            [("smith04".into(), true, None, None)]
        );
    }

    #[test]
    fn emails_code_links_and_escapes_are_not_citations() {
        assert!(cites("Write to jane.doe@example.org or <me@x.io>.").is_empty());
        // Pandoc reads a bare URL as text, so `/@user` cites `user`.
        assert_eq!(cites("see https://x.com/@user.")[0].0, "user");
        assert!(
            cites("Use `@decorator` and\n\n```\n[@inside]\n```\n\n~~~~\n@fenced\n~~~~\n")
                .is_empty()
        );
        assert!(cites("<!-- [@hidden] --> \\@escaped and [a link](http://x/@y)").is_empty());
        // Link text is text: its key is an in-text citation.
        assert_eq!(
            cites("[@linked](http://y)"),
            [("linked".into(), true, None, None)]
        );
        assert_eq!(
            cites("[not a citation; @a]"),
            [("a".into(), true, None, None)]
        );
    }

    #[test]
    fn yaml_bibliography_string_and_lists() {
        let f = find_pandoc("---\ntitle: \"X\"\nbibliography: refs.bib\n---\n[@a]");
        assert_eq!(
            f.bibliographies
                .iter()
                .map(|b| b.0.as_str())
                .collect::<Vec<_>>(),
            ["refs.bib"]
        );
        let text = "---\nbibliography:\n  - 'a.bib'\n  - b/c.bib\nnocite: |\n  @extra, @*\nauthor: me@example.org\n---\ntext";
        let f = find_pandoc(text);
        assert_eq!(
            f.bibliographies
                .iter()
                .map(|b| b.0.as_str())
                .collect::<Vec<_>>(),
            ["a.bib", "b/c.bib"]
        );
        let span = f.bibliographies[1].1;
        assert_eq!(&text[span.start..span.end], "b/c.bib");
        assert!(f.cite_all);
        assert_eq!(
            f.citations
                .iter()
                .map(|c| c.text.as_str())
                .collect::<Vec<_>>(),
            ["extra"]
        );
        let f = find_pandoc("---\nbibliography: [one.bib, \"two.bib\"]\n---\n");
        assert_eq!(
            f.bibliographies
                .iter()
                .map(|b| b.0.as_str())
                .collect::<Vec<_>>(),
            ["one.bib", "two.bib"]
        );
    }

    #[test]
    fn detection() {
        assert!(looks_like_pandoc("Text [@a]."));
        assert!(looks_like_pandoc("Text [see @a, p. 4]."));
        assert!(looks_like_pandoc("---\nbibliography: x.bib\n---\nno cites"));
        assert!(!looks_like_pandoc("Mail [me@example.org] (Smith, 2020)."));
        assert!(!looks_like_pandoc("Code `[@x]` only."));
    }

    #[test]
    fn odd_input_does_not_panic() {
        for t in [
            "@",
            "[@",
            "[@]",
            "@{",
            "@{}",
            "---",
            "---\n",
            "---\nbibliography:\n---",
            "`",
            "```",
            "[-@",
            "é@é",
            "-@x",
            "[;]",
        ] {
            let _ = find_pandoc(t);
            let _ = looks_like_pandoc(t);
        }
    }
}
