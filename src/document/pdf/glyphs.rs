//! Glyphs as a PDF page draws them: pdf-extract interprets the content streams (fonts,
//! encodings, ToUnicode maps) and hands each glyph here with its place and size.

use compact_str::CompactString;
use pdf_extract::{MediaBox, OutputDev, OutputError, Transform};

/// One drawn glyph, in points, `y` measured down from the top of the page to the baseline.
#[derive(Debug, Clone, PartialEq)]
pub struct Glyph {
    pub x: f32,
    pub y: f32,
    /// Advance width.
    pub width: f32,
    /// Font size as drawn (the text matrix applied).
    pub size: f32,
    pub text: CompactString,
    /// Drawn in an italic face.
    pub italic: bool,
}

impl Glyph {
    pub fn end(&self) -> f32 {
        self.x + self.width
    }
}

/// The glyphs of one page in the order the page draws them.
#[derive(Debug, Clone, Default)]
pub struct RawPage {
    pub width: f32,
    pub glyphs: Vec<Glyph>,
}

/// Collects the glyphs of the pages it is shown, up to a total it will not go past (a
/// pathological page can draw millions).
pub struct Collector {
    pub page: RawPage,
    /// For each piece of text the page shows, in order: is it italic? (See [`super::fonts`].)
    faces: Vec<bool>,
    /// Pieces of text shown on this page so far.
    shows: usize,
    /// The page's top-left corner in PDF space (which counts up from the bottom).
    origin: (f64, f64),
    /// The page's height, in points.
    height: f64,
    budget: usize,
}

impl Collector {
    pub fn new(budget: usize) -> Self {
        Collector {
            page: RawPage::default(),
            faces: Vec::new(),
            shows: 0,
            origin: (0.0, 0.0),
            height: 0.0,
            budget,
        }
    }

    /// Has it stopped at its limit?
    pub fn spent(&self) -> bool {
        self.budget == 0
    }

    /// Say which pieces of text the next page shows in italics.
    pub fn set_faces(&mut self, faces: Vec<bool>) {
        self.faces = faces;
    }

    /// The glyphs collected since the last call. When the page showed a different number of
    /// pieces of text than the faces set for it, the faces were not its own: none is italic.
    pub fn take_page(&mut self) -> RawPage {
        let mut page = std::mem::take(&mut self.page);
        if self.shows != self.faces.len() {
            for g in &mut page.glyphs {
                g.italic = false;
            }
        }
        self.faces.clear();
        self.shows = 0;
        close_blank_gaps(&mut page.glyphs);
        page
    }
}

/// A glyph its font gives no width (browsers' subset fonts: a space, or the digits of an italic
/// volume) leaves what follows it, up to where the page next places text itself, short by the
/// glyph's room: "Asia P acific", "*Journal of Adolescence* , 76", "*76* , 112". The room shows
/// as the jump at that place; it is shared among the widthless glyphs of the stretch before
/// it, each taking its part back (a space at most 0.6 em, another glyph at most an em).
fn close_blank_gaps(glyphs: &mut [Glyph]) {
    let widthless = |g: &Glyph| g.width <= 0.0 && !g.text.is_empty();
    let mut k = 0;
    while k < glyphs.len() {
        if !widthless(&glyphs[k]) {
            k += 1;
            continue;
        }
        // The stretch of glyphs drawn one after another from this glyph on.
        let size = glyphs[k].size;
        let (mut blanks, mut spaces) = (1, usize::from(glyphs[k].text == " "));
        let mut j = k + 1;
        while j < glyphs.len()
            && (glyphs[j].y - glyphs[k].y).abs() < 0.1 * size
            && (glyphs[j].x - glyphs[j - 1].end()).abs() < 0.02 * size
        {
            if widthless(&glyphs[j]) {
                blanks += 1;
                spaces += usize::from(glyphs[j].text == " ");
            }
            j += 1;
        }
        let widest = if spaces == blanks { 0.6 } else { 1.0 } * size;
        let jump = glyphs
            .get(j)
            .filter(|g| (g.y - glyphs[k].y).abs() < 0.1 * size)
            .map(|g| g.x - glyphs[j - 1].end());
        if let Some(jump) = jump.filter(|&d| d > 0.0 && d / (blanks as f32) < widest) {
            let share = jump / blanks as f32;
            let mut shift = 0.0;
            for g in &mut glyphs[k..j] {
                g.x += shift;
                if widthless(g) {
                    shift += share;
                    // A letter or digit fills its room; a space leaves it empty.
                    if g.text != " " {
                        g.width = share;
                    }
                }
            }
        }
        k = j.max(k + 1);
    }
}

impl OutputDev for Collector {
    fn begin_page(
        &mut self,
        _page_num: u32,
        media_box: &MediaBox,
        _art_box: Option<(f64, f64, f64, f64)>,
    ) -> Result<(), OutputError> {
        self.origin = (
            media_box.llx.min(media_box.urx),
            media_box.ury.max(media_box.lly),
        );
        self.height = (media_box.ury - media_box.lly).abs();
        self.page = RawPage {
            width: (media_box.urx - media_box.llx).abs() as f32,
            glyphs: Vec::new(),
        };
        Ok(())
    }

    fn end_page(&mut self) -> Result<(), OutputError> {
        Ok(())
    }

    fn output_character(
        &mut self,
        trm: &Transform,
        width: f64,
        _spacing: f64,
        font_size: f64,
        char: &str,
    ) -> Result<(), OutputError> {
        if self.budget == 0 {
            return Err(OutputError::FormatError(std::fmt::Error));
        }
        self.budget -= 1;
        // Text drawn up or down the page (a licence or arXiv stamp in the margin, a rotated
        // axis label) is no part of the reading order: read it, it interleaves one letter a
        // line with the columns beside it.
        if trm.m12.abs() > trm.m11.abs() {
            return Ok(());
        }
        // The size is the side of the square of the same area as the unit square drawn at
        // `font_size` through the glyph's matrix.
        let scaled_x = font_size * (trm.m11 + trm.m21);
        let scaled_y = font_size * (trm.m12 + trm.m22);
        let size = (scaled_x * scaled_y).abs().sqrt();
        let (x, y) = (trm.m31 - self.origin.0, self.origin.1 - trm.m32);
        let values = [x, y, size, width * size];
        if values.iter().any(|v| !v.is_finite()) || size <= 0.0 {
            return Ok(());
        }
        if off_page(
            x,
            y,
            width * size,
            size,
            f64::from(self.page.width),
            self.height,
        ) {
            return Ok(());
        }
        self.page.glyphs.push(Glyph {
            x: x as f32,
            y: y as f32,
            width: (width * size) as f32,
            size: size as f32,
            text: CompactString::new(char),
            italic: self.shows > 0 && self.faces.get(self.shows - 1) == Some(&true),
        });
        Ok(())
    }

    fn begin_word(&mut self) -> Result<(), OutputError> {
        // pdf-extract begins a word for each piece of text shown.
        self.shows += 1;
        Ok(())
    }

    fn end_word(&mut self) -> Result<(), OutputError> {
        Ok(())
    }

    fn end_line(&mut self) -> Result<(), OutputError> {
        Ok(())
    }
}

/// Is a glyph (its left edge and baseline measured from the page's top-left corner, its advance
/// and size) wholly off a page of this width and height? Such a glyph is not seen and has no
/// place in the reading order. Text in a form (a figure drawn as a Form XObject) often lands
/// there: pdf-extract places it without the form's matrix, out of place and many times its
/// size, and a line of it would take in the lines of the text it lands among.
fn off_page(x: f64, y: f64, advance: f64, size: f64, width: f64, height: f64) -> bool {
    x + advance <= 0.0 || x >= width || y <= 0.0 || y - size >= height
}

#[cfg(test)]
mod tests {
    use super::*;

    fn glyph(text: &str, x: f32, width: f32) -> Glyph {
        Glyph {
            x,
            y: 100.0,
            width,
            size: 12.0,
            text: text.into(),
            italic: false,
        }
    }

    fn text_with_gaps(glyphs: &[Glyph]) -> String {
        let mut out = String::new();
        let mut end = f32::NEG_INFINITY;
        for g in glyphs.iter().filter(|g| !g.text.trim().is_empty()) {
            if g.x - end > 1.8 {
                out.push(' ');
            }
            out.push_str(&g.text);
            end = g.end();
        }
        out.trim().to_string()
    }

    #[test]
    fn glyphs_wholly_off_the_page_are_told() {
        // A US Letter page, 612 by 792 points.
        let off = |x, y, advance, size| off_page(x, y, advance, size, 612.0, 792.0);
        assert!(!off(72.0, 100.0, 6.0, 10.0), "in the text block");
        assert!(
            !off(-3.0, 100.0, 6.0, 10.0),
            "a glyph the left edge cuts is partly seen"
        );
        assert!(
            !off(300.0, 795.0, 6.0, 10.0),
            "a descender-deep baseline below the foot"
        );
        assert!(off(-20.0, 100.0, 6.0, 10.0), "left of the page");
        assert!(off(612.0, 100.0, 6.0, 10.0), "right of the page");
        assert!(off(300.0, -4.0, 6.0, 10.0), "above the top");
        assert!(
            off(300.0, 1_500.0, 60.0, 120.0),
            "a figure label scaled up past the foot"
        );
    }

    #[test]
    fn a_space_without_width_leaves_its_gap_before_the_next_word() {
        // "Asia Pacific" as a browser's subset font draws it: the space has no width, so the
        // "P" is reported where the space began and the room the space took follows it.
        let mut glyphs = vec![
            glyph("a", 0.0, 7.0),
            glyph(" ", 7.0, 0.0),
            glyph("P", 7.0, 8.0),
            glyph("a", 18.3, 7.0),
            glyph("c", 25.3, 6.7),
        ];
        assert_eq!(text_with_gaps(&glyphs), "aP ac");
        close_blank_gaps(&mut glyphs);
        assert_eq!(text_with_gaps(&glyphs), "a Pac");
        // Two widthless spaces in a stretch that ends before a comma placed where it belongs:
        // each takes back half the jump, and the comma follows the word.
        let mut glyphs = vec![
            glyph("f", 0.0, 5.0),
            glyph(" ", 5.0, 0.0),
            glyph("A", 5.0, 8.0),
            glyph(" ", 13.0, 0.0),
            glyph("b", 13.0, 7.0),
            glyph(",", 26.0, 3.0),
        ];
        assert_eq!(text_with_gaps(&glyphs), "fAb ,");
        close_blank_gaps(&mut glyphs);
        assert_eq!(text_with_gaps(&glyphs), "f A b,");
        // Italic digits without widths before an upright comma: they take the room up to it.
        let mut glyphs = vec![
            glyph(" ", 0.0, 3.8),
            glyph("7", 3.8, 0.0),
            glyph("6", 3.8, 0.0),
            glyph(",", 19.1, 3.8),
            glyph(" ", 22.9, 3.8),
            glyph("1", 26.7, 6.0),
        ];
        assert_eq!(text_with_gaps(&glyphs), "76 , 1");
        close_blank_gaps(&mut glyphs);
        assert_eq!(text_with_gaps(&glyphs), "76, 1");
        // A space with its width, and a word run on after a real space, are left alone.
        let mut spaced = vec![
            glyph("a", 0.0, 7.0),
            glyph(" ", 7.0, 3.8),
            glyph("P", 10.8, 8.0),
            glyph("a", 18.8, 7.0),
        ];
        let before = spaced.clone();
        close_blank_gaps(&mut spaced);
        assert_eq!(spaced, before);
    }
}
