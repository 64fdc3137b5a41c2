//! What a Word paragraph's style and list numbering make of it: a heading level (from
//! `styles.xml`) and a list label such as "1." or "[3]" (from `numbering.xml`), counted the
//! way Word counts them.

use super::xml::{attr, child, children, w};
use roxmltree::{Document as Xml, Node};
use std::collections::HashMap;

/// Longest chain of `basedOn` styles followed (Word allows cycles in broken files).
const MAX_BASED_ON: usize = 16;

/// A paragraph style's own settings; unset ones come from the style it is based on.
#[derive(Debug, Default, Clone)]
struct Style {
    based_on: Option<String>,
    /// 0-based outline level: "heading 1" and "Title" are 0.
    outline: Option<u8>,
    numbering: Option<(String, u8)>,
}

/// The paragraph styles of a document, by style id.
#[derive(Debug, Default)]
pub struct Styles {
    styles: HashMap<String, Style>,
}

impl Styles {
    pub fn parse(xml: &Xml) -> Styles {
        let mut styles = HashMap::new();
        for style in xml.descendants().filter(|n| w(n, "style")) {
            if attr(&style, "type").is_some_and(|t| t != "paragraph") {
                continue;
            }
            let Some(id) = attr(&style, "styleId") else {
                continue;
            };
            let name = child(&style, "name")
                .and_then(|n| attr(&n, "val"))
                .unwrap_or_default()
                .to_ascii_lowercase();
            let ppr = child(&style, "pPr");
            let outline = ppr
                .and_then(|p| outline_level(&p))
                .or_else(|| heading_name(&name));
            styles.insert(
                id.to_string(),
                Style {
                    based_on: child(&style, "basedOn")
                        .and_then(|n| attr(&n, "val"))
                        .map(str::to_string),
                    outline,
                    numbering: ppr.and_then(|p| numbering_of(&p)),
                },
            );
        }
        Styles { styles }
    }

    /// The heading level and numbering a style gives, following `basedOn`.
    fn resolve(&self, id: &str) -> (Option<u8>, Option<(String, u8)>) {
        let (mut outline, mut numbering) = (None, None);
        let mut next = Some(id);
        for _ in 0..MAX_BASED_ON {
            let Some(style) = next.and_then(|id| self.styles.get(id)) else {
                break;
            };
            outline = outline.or(style.outline);
            numbering = numbering.or_else(|| style.numbering.clone());
            next = style.based_on.as_deref();
        }
        if outline.is_none() {
            // Files written without styles.xml still name the built-in heading styles.
            outline = heading_name(&id.to_ascii_lowercase().replace("heading", "heading "));
        }
        (outline, numbering)
    }
}

/// "heading 2" → 1, "title" → 0.
fn heading_name(name: &str) -> Option<u8> {
    if name == "title" {
        return Some(0);
    }
    let level: u8 = name.strip_prefix("heading ")?.trim().parse().ok()?;
    (1..=9).contains(&level).then(|| level - 1)
}

fn outline_level(ppr: &Node) -> Option<u8> {
    let level: u8 = attr(&child(ppr, "outlineLvl")?, "val")?.parse().ok()?;
    // Level 9 is Word's "body text".
    (level < 9).then_some(level)
}

/// `w:numPr` of a paragraph or style: (numId, ilvl). numId 0 switches numbering off.
fn numbering_of(ppr: &Node) -> Option<(String, u8)> {
    let num = child(ppr, "numPr")?;
    let id = child(&num, "numId").and_then(|n| attr(&n, "val"))?;
    let level = child(&num, "ilvl")
        .and_then(|n| attr(&n, "val"))
        .and_then(|v| v.parse().ok())
        .unwrap_or(0);
    Some((id.to_string(), level))
}

/// How a paragraph opens: its heading level and list label, if any.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Opening {
    pub heading: Option<u8>,
    pub label: Option<String>,
}

/// One level of a list definition.
#[derive(Debug, Clone)]
struct Level {
    start: i64,
    format: String,
    text: String,
}

/// The list definitions of a document and the counters Word keeps while it numbers them.
#[derive(Debug, Default)]
pub struct Numbering {
    /// abstractNumId → its levels.
    abstracts: HashMap<String, Vec<Level>>,
    /// numId → (abstractNumId, start overrides by level).
    nums: HashMap<String, (String, HashMap<u8, i64>)>,
    /// Current counters per list (abstract definition, or the numId when it restarts).
    counters: HashMap<String, [Option<i64>; 9]>,
}

impl Numbering {
    pub fn parse(xml: &Xml) -> Numbering {
        let mut numbering = Numbering::default();
        let root = xml.root_element();
        for abs in children(&root, "abstractNum") {
            let Some(id) = attr(&abs, "abstractNumId") else {
                continue;
            };
            let mut levels = vec![
                Level {
                    start: 1,
                    format: "decimal".into(),
                    text: String::new(),
                };
                9
            ];
            for lvl in children(&abs, "lvl") {
                let Some(i) = attr(&lvl, "ilvl").and_then(|v| v.parse::<usize>().ok()) else {
                    continue;
                };
                let val = |name| child(&lvl, name).and_then(|n| attr(&n, "val"));
                if let Some(level) = levels.get_mut(i) {
                    *level = Level {
                        start: val("start").and_then(|v| v.parse().ok()).unwrap_or(1),
                        format: val("numFmt").unwrap_or("decimal").to_string(),
                        text: val("lvlText").unwrap_or_default().to_string(),
                    };
                }
            }
            numbering.abstracts.insert(id.to_string(), levels);
        }
        for num in children(&root, "num") {
            let (Some(id), Some(abs)) = (
                attr(&num, "numId"),
                child(&num, "abstractNumId").and_then(|n| attr(&n, "val")),
            ) else {
                continue;
            };
            let overrides = children(&num, "lvlOverride")
                .filter_map(|o| {
                    let level = attr(&o, "ilvl")?.parse().ok()?;
                    let start = attr(&child(&o, "startOverride")?, "val")?.parse().ok()?;
                    Some((level, start))
                })
                .collect();
            numbering
                .nums
                .insert(id.to_string(), (abs.to_string(), overrides));
        }
        numbering
    }

    /// The label of the next item of list `num` at `level`, counting it.
    fn next_label(&mut self, num: &str, level: u8) -> Option<String> {
        let (abs, overrides) = self.nums.get(num)?;
        let levels = self.abstracts.get(abs)?;
        let level = usize::from(level).min(8);
        // A list that restarts its numbering counts on its own; others share their definition.
        let key = if overrides.is_empty() {
            format!("a{abs}")
        } else {
            format!("n{num}")
        };
        let counters = self.counters.entry(key).or_insert([None; 9]);
        let start = |i: usize| {
            overrides
                .get(&(i as u8))
                .copied()
                .unwrap_or(levels[i].start)
        };
        counters[level] = Some(counters[level].map_or(start(level), |c| c + 1));
        for deeper in counters.iter_mut().skip(level + 1) {
            *deeper = None;
        }
        let this = &levels[level];
        match this.format.as_str() {
            "bullet" => return Some("-".into()),
            "none" => return None,
            _ => {}
        }
        let mut label = this.text.clone();
        for i in (0..=level).rev() {
            let value = counters[i].unwrap_or(start(i));
            label = label.replace(
                &format!("%{}", i + 1),
                &format_number(value, &levels[i].format),
            );
        }
        let label = label.trim().to_string();
        (!label.is_empty()).then_some(label)
    }

    /// How paragraph properties `ppr` (and the style they name) open a paragraph.
    pub fn opening(&mut self, styles: &Styles, ppr: Option<Node>) -> Opening {
        let style = ppr
            .and_then(|p| child(&p, "pStyle"))
            .and_then(|s| attr(&s, "val"));
        let (style_outline, style_numbering) = style.map_or((None, None), |id| styles.resolve(id));
        let heading = ppr.and_then(|p| outline_level(&p)).or(style_outline);
        let numbering = ppr.and_then(|p| numbering_of(&p)).or(style_numbering);
        let label = match numbering {
            Some((num, level)) if num != "0" => self.next_label(&num, level),
            _ => None,
        };
        Opening { heading, label }
    }
}

/// A list counter in a Word number format.
fn format_number(n: i64, format: &str) -> String {
    match format {
        "lowerLetter" => letters(n).to_ascii_lowercase(),
        "upperLetter" => letters(n),
        "lowerRoman" => roman(n).to_ascii_lowercase(),
        "upperRoman" => roman(n),
        "decimalZero" if (0..10).contains(&n) => format!("0{n}"),
        _ => n.to_string(),
    }
}

/// Word's letters: A..Z, then AA..ZZ, and so on.
fn letters(n: i64) -> String {
    if n < 1 {
        return n.to_string();
    }
    let n = n - 1;
    let letter = char::from(b'A' + (n % 26) as u8);
    std::iter::repeat_n(letter, (n / 26) as usize + 1).collect()
}

/// Roman numerals, as Word's and OpenDocument's list labels count; other numbers as digits.
pub(super) fn roman(mut n: i64) -> String {
    if !(1..4000).contains(&n) {
        return n.to_string();
    }
    const NUMERALS: [(i64, &str); 13] = [
        (1000, "M"),
        (900, "CM"),
        (500, "D"),
        (400, "CD"),
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ];
    let mut out = String::new();
    for (value, numeral) in NUMERALS {
        while n >= value {
            out.push_str(numeral);
            n -= value;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const W: &str = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";

    #[test]
    fn numbers_in_word_formats() {
        assert_eq!(format_number(4, "decimal"), "4");
        assert_eq!(format_number(14, "upperRoman"), "XIV");
        assert_eq!(format_number(3, "lowerLetter"), "c");
        assert_eq!(format_number(28, "upperLetter"), "BB");
    }

    #[test]
    fn lists_count_restart_and_nest() {
        let xml = format!(
            "<w:numbering {W}>\
             <w:abstractNum w:abstractNumId=\"7\">\
               <w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"[%1]\"/></w:lvl>\
               <w:lvl w:ilvl=\"1\"><w:start w:val=\"1\"/><w:numFmt w:val=\"lowerLetter\"/><w:lvlText w:val=\"%1.%2)\"/></w:lvl>\
             </w:abstractNum>\
             <w:abstractNum w:abstractNumId=\"8\"><w:lvl w:ilvl=\"0\"><w:numFmt w:val=\"bullet\"/><w:lvlText w:val=\"•\"/></w:lvl></w:abstractNum>\
             <w:num w:numId=\"1\"><w:abstractNumId w:val=\"7\"/></w:num>\
             <w:num w:numId=\"2\"><w:abstractNumId w:val=\"7\"/><w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"5\"/></w:lvlOverride></w:num>\
             <w:num w:numId=\"3\"><w:abstractNumId w:val=\"8\"/></w:num>\
             </w:numbering>"
        );
        let xml = Xml::parse(&xml).unwrap();
        let mut n = Numbering::parse(&xml);
        let labels: Vec<_> = [
            ("1", 0),
            ("1", 0),
            ("1", 1),
            ("1", 1),
            ("1", 0),
            ("2", 0),
            ("3", 0),
        ]
        .iter()
        .map(|&(num, level)| n.next_label(num, level))
        .collect();
        let s = |l: &str| Some(l.to_string());
        assert_eq!(
            labels,
            [
                s("[1]"),
                s("[2]"),
                s("2.a)"),
                s("2.b)"),
                s("[3]"),
                s("[5]"),
                s("-")
            ]
        );
        assert_eq!(n.next_label("9", 0), None);
    }

    #[test]
    fn styles_give_headings_through_based_on() {
        let xml = format!(
            "<w:styles {W}>\
             <w:style w:type=\"paragraph\" w:styleId=\"berschrift1\"><w:name w:val=\"heading 1\"/></w:style>\
             <w:style w:type=\"paragraph\" w:styleId=\"RefHead\"><w:basedOn w:val=\"berschrift1\"/></w:style>\
             <w:style w:type=\"paragraph\" w:styleId=\"Body\"><w:pPr><w:outlineLvl w:val=\"9\"/></w:pPr></w:style>\
             </w:styles>"
        );
        let xml = Xml::parse(&xml).unwrap();
        let styles = Styles::parse(&xml);
        assert_eq!(styles.resolve("RefHead").0, Some(0));
        assert_eq!(styles.resolve("Body").0, None);
        assert_eq!(styles.resolve("Heading3").0, Some(2));
    }
}
