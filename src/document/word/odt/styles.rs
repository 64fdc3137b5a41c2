//! OpenDocument styles as far as our text needs them: which text styles set italics or
//! superscript (following parent styles), and how each list style writes its labels.

use super::{attr, is, FO, STYLE, TEXT};
use roxmltree::Node;
use std::collections::HashMap;

/// Longest chain of parent styles followed (a broken file may loop).
const MAX_PARENTS: usize = 16;

/// What a text style does to its text, as far as the reference parser cares.
#[derive(Debug, Default, Clone, Copy)]
pub struct Look {
    pub italic: Option<bool>,
    pub sup: Option<bool>,
}

/// One level of a list style: how its labels are written.
#[derive(Debug, Default, Clone)]
pub struct Level {
    /// `None` for a bullet (written "-", as the Word reader writes bullets).
    pub format: Option<String>,
    pub prefix: String,
    pub suffix: String,
    pub start: usize,
    /// How many levels' numbers the label shows, this one's last (`text:display-levels`:
    /// 3 writes "1.2.3").
    pub display: usize,
}

/// Text and list styles by name, from `styles.xml` and `content.xml`'s automatic styles.
#[derive(Debug, Default)]
pub struct Styles {
    looks: HashMap<String, (Look, Option<String>)>,
    pub lists: HashMap<String, Vec<Level>>,
}

impl Styles {
    pub fn add(&mut self, doc: &roxmltree::Document) {
        for n in doc.descendants().filter(Node::is_element) {
            if is(&n, STYLE, "style") {
                let Some(name) = attr(&n, STYLE, "name") else {
                    continue;
                };
                let props = n.children().find(|c| is(c, STYLE, "text-properties"));
                let look = Look {
                    italic: props
                        .and_then(|p| attr(&p, FO, "font-style"))
                        .map(|s| s == "italic" || s == "oblique"),
                    sup: props
                        .and_then(|p| attr(&p, STYLE, "text-position"))
                        .map(|s| {
                            s.starts_with("super")
                                || s.starts_with(|c: char| c.is_ascii_digit() && c != '0')
                        }),
                };
                let parent = attr(&n, STYLE, "parent-style-name").map(str::to_string);
                self.looks.insert(name.to_string(), (look, parent));
            } else if is(&n, TEXT, "list-style") {
                let Some(name) = attr(&n, STYLE, "name") else {
                    continue;
                };
                let mut levels = Vec::new();
                for level in n.children().filter(Node::is_element) {
                    let at: usize = attr(&level, TEXT, "level")
                        .and_then(|l| l.parse().ok())
                        .unwrap_or(1);
                    if at == 0 || at > 10 {
                        continue;
                    }
                    if levels.len() < at {
                        levels.resize(at, Level::default());
                    }
                    let numbered = is(&level, TEXT, "list-level-style-number");
                    levels[at - 1] = Level {
                        format: numbered
                            .then(|| attr(&level, STYLE, "num-format").unwrap_or("").to_string()),
                        prefix: attr(&level, STYLE, "num-prefix").unwrap_or("").to_string(),
                        suffix: attr(&level, STYLE, "num-suffix").unwrap_or("").to_string(),
                        start: attr(&level, TEXT, "start-value")
                            .and_then(|s| s.parse().ok())
                            .unwrap_or(1),
                        display: attr(&level, TEXT, "display-levels")
                            .and_then(|s| s.parse().ok())
                            .unwrap_or(1),
                    };
                }
                self.lists.insert(name.to_string(), levels);
            }
        }
    }

    /// The look of a named style, unset settings from its parents.
    pub fn look(&self, name: &str) -> Look {
        let mut look = Look::default();
        let mut next = Some(name);
        for _ in 0..MAX_PARENTS {
            let Some((own, parent)) = next.and_then(|n| self.looks.get(n)) else {
                break;
            };
            look.italic = look.italic.or(own.italic);
            look.sup = look.sup.or(own.sup);
            next = parent.as_deref();
        }
        look
    }
}

/// 1 → "a", 27 → "aa", as list labels count in letters.
pub fn alpha(mut n: usize, upper: bool) -> String {
    let mut out = Vec::new();
    while n > 0 {
        n -= 1;
        out.push(b'a' + (n % 26) as u8);
        n /= 26;
    }
    out.reverse();
    let s = String::from_utf8(out).unwrap_or_default();
    if upper {
        s.to_ascii_uppercase()
    } else {
        s
    }
}
