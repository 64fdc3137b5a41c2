//! Which text a page draws in an italic face. pdf-extract hands over glyphs without their
//! fonts, so the page's content is walked again here, following only the font state, and each
//! piece of text it shows (a `Tj` string, each string of a `TJ` array, in the order pdf-extract
//! shows them, into form XObjects as it goes) is told italic or not from its font.

use pdf_extract::content::Content;
use pdf_extract::{Dictionary, Document, Object, ObjectId};
use std::collections::HashMap;

/// Forms followed at most this deep (the guard has refused deeper nesting and cycles already).
const MAX_DEPTH: usize = 32;

/// Tells fonts italic or not, remembering each font object it has looked at.
#[derive(Default)]
pub struct Faces {
    italic: HashMap<ObjectId, bool>,
}

impl Faces {
    /// For each piece of text page `page` shows, in order: is its font italic? `None` when the
    /// page's content cannot be read as pdf-extract reads it.
    pub fn italic_shows(&mut self, doc: &Document, page: ObjectId) -> Option<Vec<bool>> {
        let content = doc.get_page_content(page).ok()?;
        let resources = super::guard::page_resources(doc, page);
        let mut shows = Vec::new();
        self.walk(doc, &content, resources, &mut shows, 0)?;
        Some(shows)
    }

    fn walk(
        &mut self,
        doc: &Document,
        content: &[u8],
        resources: Option<&Dictionary>,
        shows: &mut Vec<bool>,
        depth: usize,
    ) -> Option<()> {
        if depth > MAX_DEPTH {
            return None;
        }
        let content = Content::decode(content).ok()?;
        // The font is part of the graphics state: `q` saves it, `Q` restores it.
        let mut italic = false;
        let mut saved = Vec::new();
        for op in &content.operations {
            match op.operator.as_str() {
                "q" => saved.push(italic),
                "Q" => italic = saved.pop().unwrap_or(italic),
                "Tf" => {
                    let name = op.operands.first()?.as_name().ok()?;
                    italic = self.font_is_italic(doc, resources, name);
                }
                "Tj" => shows.push(italic),
                "TJ" => {
                    if let Some(Object::Array(parts)) = op.operands.first() {
                        let strings = parts
                            .iter()
                            .filter(|p| matches!(p, Object::String(..)))
                            .count();
                        shows.extend(std::iter::repeat_n(italic, strings));
                    }
                }
                "Do" => {
                    let name = op.operands.first()?.as_name().ok()?;
                    let stream = resources
                        .and_then(|r| lookup(doc, r, b"XObject"))
                        .and_then(|x| x.get(name).ok())
                        .and_then(|o| doc.dereference(o).ok())
                        .and_then(|(_, o)| o.as_stream().ok())?;
                    let own = stream
                        .dict
                        .get(b"Resources")
                        .ok()
                        .and_then(|r| super::guard::deref_dict(doc, r));
                    let inner = if stream.filters().is_ok() {
                        stream
                            .decompressed_content()
                            .unwrap_or_else(|_| stream.content.clone())
                    } else {
                        stream.content.clone()
                    };
                    self.walk(doc, &inner, own.or(resources), shows, depth + 1)?;
                }
                _ => {}
            }
        }
        Some(())
    }

    /// Is the font named `name` in `resources` italic?
    fn font_is_italic(
        &mut self,
        doc: &Document,
        resources: Option<&Dictionary>,
        name: &[u8],
    ) -> bool {
        let Some(entry) = resources
            .and_then(|r| lookup(doc, r, b"Font"))
            .and_then(|fonts| fonts.get(name).ok())
        else {
            return false;
        };
        let id = entry.as_reference().ok();
        if let Some(known) = id.and_then(|id| self.italic.get(&id)) {
            return *known;
        }
        let italic = super::guard::deref_dict(doc, entry).is_some_and(|font| is_italic(doc, font));
        if let Some(id) = id {
            self.italic.insert(id, italic);
        }
        italic
    }
}

/// `key` in `dict`, a dictionary or a reference to one.
fn lookup<'a>(doc: &'a Document, dict: &'a Dictionary, key: &[u8]) -> Option<&'a Dictionary> {
    super::guard::deref_dict(doc, dict.get(key).ok()?)
}

/// A font dictionary's face, from its name and its descriptor (a composite font's from its
/// descendant's).
fn is_italic(doc: &Document, font: &Dictionary) -> bool {
    let name = font
        .get(b"BaseFont")
        .and_then(Object::as_name)
        .unwrap_or_default();
    let descendant = font
        .get(b"DescendantFonts")
        .ok()
        .and_then(|d| doc.dereference(d).ok())
        .and_then(|(_, d)| d.as_array().ok())
        .and_then(|d| d.first())
        .and_then(|d| super::guard::deref_dict(doc, d));
    let descriptor = descendant
        .unwrap_or(font)
        .get(b"FontDescriptor")
        .ok()
        .and_then(|d| super::guard::deref_dict(doc, d));
    let number = |key: &[u8]| -> f32 {
        match descriptor.and_then(|d| d.get(key).ok()) {
            Some(Object::Integer(i)) => *i as f32,
            Some(Object::Real(r)) => *r,
            _ => 0.0,
        }
    };
    face_is_italic(
        &String::from_utf8_lossy(name),
        number(b"Flags") as i64,
        number(b"ItalicAngle"),
    )
}

/// Descriptor flag bit 7: the face is italic.
const ITALIC_FLAG: i64 = 1 << 6;

/// Is a face with this PostScript name, descriptor flags and italic angle an italic text face?
/// Math and symbol fonts slant but are not emphasis ("p < 0.05", "τ ∈").
fn face_is_italic(name: &str, flags: i64, angle: f32) -> bool {
    // A subset's name is prefixed with six capitals and a plus.
    let name = name
        .split_once('+')
        .filter(|(tag, _)| tag.len() == 6)
        .map_or(name, |(_, rest)| rest)
        .to_ascii_lowercase();
    const MATH: [&str; 9] = [
        "math", "symbol", "cmmi", "cmsy", "cmex", "cmbsy", "msam", "msbm", "eufm",
    ];
    if MATH.iter().any(|m| name.contains(m)) {
        return false;
    }
    let style = name.rsplit_once(['-', ',']).map_or("", |(_, s)| s);
    const TEX_ITALIC: [&str; 6] = ["cmti", "cmbxti", "cmsl", "cmbxsl", "ecti", "ecsl"];
    name.contains("italic")
        || name.contains("oblique")
        || style.ends_with("it")
        || style.ends_with("obl")
        || TEX_ITALIC.iter().any(|t| name.starts_with(t))
        || flags & ITALIC_FLAG != 0
        || (angle.is_finite() && angle.abs() >= 1.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn faces_told_by_name_flags_and_angle() {
        for name in [
            "JMWGTF+LMRoman10-Italic",
            "Times-BoldItalic",
            "Helvetica-Oblique",
            "MinionPro-It",
            "MinionPro-BoldIt",
            "ABCDEF+CMTI10",
            "Arial,Italic",
        ] {
            assert!(face_is_italic(name, 32, 0.0), "{name}");
        }
        for name in [
            "NGOBJM+LMRoman10-Regular",
            "Times-Roman",
            "MinionPro-Regular",
            "ABCDEF+CMR10",
            "Arial-BoldMT",
        ] {
            assert!(!face_is_italic(name, 32, 0.0), "{name}");
        }
        // Told by the descriptor when the name says nothing.
        assert!(face_is_italic("F12", 32 | 64, 0.0));
        assert!(face_is_italic("F12", 32, -12.0));
        // Math slants but is not emphasis.
        assert!(!face_is_italic("ABCDEF+CMMI10", 4, -14.04));
        assert!(!face_is_italic("LMMathItalic10-Regular", 4, -14.04));
        assert!(!face_is_italic("CMSY10", 4, -14.04));
    }
}
