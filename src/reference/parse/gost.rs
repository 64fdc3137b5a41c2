//! Russia's GOST 7.1 and 7.0.5 write "//" between a piece and the work it is in ("How learning
//! can guide evolution // Complex Systems. 1987. Т. 1. С. 495–502."), and label volume, issue
//! and pages in Russian ("Т." том, "№", "Вып." выпуск, "С." страницы). The "//" is written as
//! the sentence end it stands for and the labels as the English ones the rules read ("Vol.",
//! "No.", "P."); "и др." after the first names is "et al.".

/// The text with GOST's marks written as the rules read them; `None` where it has none. A
/// "//" after a colon is a web address's ("http: // example.org"); "и др." ("and others")
/// closing a list of names is "et al.".
pub(super) fn normalise(text: &str) -> Option<String> {
    // Most references hold no "/" and no Cyrillic letter (lead byte 0xD0 or 0xD1): one byte
    // search each before the substring searches.
    let b = text.as_bytes();
    let slashes = match memchr::memchr(b'/', b) {
        Some(_) => memchr::memmem::find_iter(b, b" // ")
            .filter(|&i| !text[..i].ends_with(':'))
            .collect::<Vec<_>>(),
        None => Vec::new(),
    };
    let others =
        memchr::memchr(0xD0, b).is_some() && memchr::memmem::find(b, " и др.".as_bytes()).is_some();
    if slashes.is_empty() && !others {
        return None;
    }
    let mut out = String::with_capacity(text.len() + 16);
    let mut last = 0;
    for i in slashes {
        let before = text[last..i].trim_end();
        out.push_str(before);
        if !before.ends_with(['.', '?', '!']) {
            out.push('.');
        }
        out.push(' ');
        last = i + 4;
    }
    out.push_str(&text[last..]);
    if others {
        out = out.replacen(" и др.", " et al.", 1);
    }
    Some(labels(&out))
}

/// Russian labels before a number written as English ones: "Т. 134" -> "Vol. 134", "№ 4" ->
/// "No. 4", "Вып. 2" -> "No. 2", "С. 20–21" -> "P. 20–21".
fn labels(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    let mut rest = text;
    while let Some((at, label)) = next_label(rest) {
        out.push_str(&rest[..at]);
        out.push_str(label.1);
        rest = &rest[at + label.0.len()..];
    }
    out.push_str(rest);
    out
}

const LABELS: [(&str, &str); 6] = [
    ("Т.", "Vol."),
    ("т.", "vol."),
    ("№", "No."),
    ("Вып.", "No."),
    ("С.", "P."),
    ("с.", "p."),
];

/// The first label in `text` that opens a word and is followed by a number, and where it is.
fn next_label(text: &str) -> Option<(usize, (&'static str, &'static str))> {
    text.char_indices()
        .filter(|&(i, _)| i == 0 || text[..i].ends_with([' ', ',', '(']))
        .find_map(|(i, _)| {
            let here = &text[i..];
            LABELS.iter().find_map(|&(label, english)| {
                let after = here.strip_prefix(label)?;
                after
                    .trim_start()
                    .starts_with(|c: char| c.is_ascii_digit())
                    .then_some((i, (label, english)))
            })
        })
}

#[cfg(test)]
mod tests {
    use super::normalise;

    #[test]
    fn slashes_open_the_container_and_labels_read_in_english() {
        assert_eq!(
            normalise("Okafor B. How rivers move // Complex Systems. 1987. Т. 1, № 4. С. 495–502.")
                .as_deref(),
            Some("Okafor B. How rivers move. Complex Systems. 1987. Vol. 1, No. 4. P. 495–502.")
        );
        // A title closed by its own mark keeps it.
        assert_eq!(
            normalise("Marsh R. Why? // Nature. 2001. Vol. 3. P. 5–9.").as_deref(),
            Some("Marsh R. Why? Nature. 2001. Vol. 3. P. 5–9.")
        );
        // No "//", or only a web address's: nothing to do.
        assert_eq!(normalise("Marsh R. Rivers. Nature. 2001. Т. 3."), None);
        assert_eq!(normalise("Portal. http: // example.org/rivers"), None);
        // "и др." after the first names, in a book's entry too.
        assert_eq!(
            normalise("Okafor B. и др. Rivers. London: Verso, 1979.").as_deref(),
            Some("Okafor B. et al. Rivers. London: Verso, 1979.")
        );
        // A Cyrillic word that only starts like a label stays.
        assert_eq!(
            normalise("Марш Р. Реки // Сборник. 2001. Том 3.").as_deref(),
            Some("Марш Р. Реки. Сборник. 2001. Том 3.")
        );
    }
}
