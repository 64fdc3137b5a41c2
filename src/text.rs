//! Text utilities the whole crate shares: ASCII folding, month names, initials. A leaf: it
//! uses no other module of the crate.

/// Fold to lower-case ASCII letters and digits: "Ødegaard" → "odegaard".
pub fn ascii_fold(text: &str) -> String {
    deunicode::deunicode(text)
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .map(|c| c.to_ascii_lowercase())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding() {
        assert_eq!(ascii_fold("Ødegaard"), "odegaard");
        assert_eq!(ascii_fold("Fazl-e-Haider"), "fazlehaider");
        assert_eq!(ascii_fold("Sæther, 2019"), "saether2019");
        assert_eq!(ascii_fold("— ."), "");
    }
}
