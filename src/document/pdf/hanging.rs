//! Paragraphs set with a hanging indent (a word processor's reference list, a numbered list):
//! their wrapped lines are written on the paragraph's first line, as the document's source has
//! each paragraph on one line, so "Safavid Gulf*.\nOxford UP, 2016." cannot read as two entries.
//!
//! A block is a run of lines of one size with no gap, page break or change of column between
//! them (so a heading set close above a list is no part of it). It is
//! set hanging when its lines stand at two places only, its first line at the outer one and
//! the rest indented by half an em to six ems, and, when the block holds several
//! paragraphs, the lines before an outdented line end sentences or links (entries) more often
//! than those before an indented one (in text whose paragraphs indent their first line it is the other way
//! round).

use super::footnotes::ends_sentence;
use super::layout::Line;

/// How far two lines may stand apart and still start at the same place: two fifths of an em
/// (TeX's lines that open with an italic letter or a rule of dashes stand up to a third of an
/// em off the others, by the glyphs' side bearings), and at least 1.5 points.
fn same_x(size: f32) -> f32 {
    (0.4 * size).max(1.5)
}

/// For each line, whether it goes on the line before it: an indented line of a hanging
/// paragraph. `pages[i]` is the page of `lines[i]`.
pub fn continuations(lines: &[&Line], pages: &[u32]) -> Vec<bool> {
    let mut out = vec![false; lines.len()];
    let mut start = 0;
    for i in 1..=lines.len() {
        let boundary = i == lines.len() || {
            let (a, b) = (lines[i - 1], lines[i]);
            b.gap_before
                || pages[i] != pages[i - 1]
                || b.baseline <= a.baseline
                || (b.x0 - a.x0).abs() > 8.0 * a.size.max(b.size)
                || (b.size - a.size).abs() > 0.05 * a.size.max(b.size)
        };
        if boundary {
            mark_block(lines, start..i, &mut out);
            // A page's or a column's first lines go on with the hanging paragraph the page or
            // column before ended in.
            if i < lines.len() && starts_column(lines, pages, i) && !lines[i].gap_before {
                carry_over(lines, start, i, pages[i] == pages[i - 1], &mut out);
            }
            start = i;
        }
    }
    out
}

/// Does `lines[i]` open a page, or a column (it stands higher on its page than the line
/// before it)?
pub fn starts_column(lines: &[&Line], pages: &[u32], i: usize) -> bool {
    i > 0 && (pages[i] != pages[i - 1] || lines[i].baseline < lines[i - 1].baseline)
}

/// The indent of a hanging block `lines[block]`, if it is one (see the module's note), and
/// mark its indented lines.
fn mark_block(lines: &[&Line], block: std::ops::Range<usize>, out: &mut [bool]) {
    // Lines at the top of a page that go on from the page before are left to `carry_over`.
    let outer = block
        .clone()
        .map(|i| lines[i].x0)
        .fold(f32::INFINITY, f32::min);
    let Some(first) = block
        .clone()
        .find(|&i| lines[i].x0 <= outer + same_x(lines[i].size))
    else {
        return;
    };
    let Some(inner) = indent_of(lines, first..block.end, outer) else {
        return;
    };
    if first > block.start
        && block
            .clone()
            .take(first - block.start)
            .any(|i| (lines[i].x0 - inner).abs() > same_x(lines[i].size))
    {
        return;
    }
    let at = |i: usize| lines[i].x0 <= outer + same_x(lines[i].size);
    // Which lines end a sentence before outdented and before indented lines.
    let (mut heads, mut head_ends, mut wraps, mut wrap_ends) = (0, 0, 0, 0);
    for i in first + 1..block.end {
        let ends = ends_unit(&lines[i - 1].text);
        if at(i) {
            heads += 1;
            head_ends += usize::from(ends);
        } else {
            wraps += 1;
            wrap_ends += usize::from(ends);
        }
    }
    if wraps == 0 {
        return;
    }
    // Shares compared without division: head_ends/heads > wrap_ends/wraps, and at least half.
    if heads > 0 && (head_ends * wraps <= wrap_ends * heads || head_ends * 2 < heads) {
        return;
    }
    for (i, joined) in out.iter_mut().enumerate().take(block.end).skip(first + 1) {
        *joined = !at(i);
    }
}

/// Does a line end where a paragraph or a list entry can: a sentence, or a link or DOI (as APA
/// entries end)?
fn ends_unit(text: &str) -> bool {
    let last = text.trim_end().rsplit(' ').next().unwrap_or("");
    let last = last.trim_start_matches(['<', '(']);
    let link = last.contains("://") || last.starts_with("doi:") || last.starts_with("10.");
    ends_sentence(text) || (link && last.ends_with(|c: char| c.is_alphanumeric() || c == '/'))
}

/// The one place the lines of `lines[range]` other than its first are indented to, half an
/// em to six ems in from `outer`; `None` if any line stands elsewhere.
fn indent_of(lines: &[&Line], range: std::ops::Range<usize>, outer: f32) -> Option<f32> {
    let mut inner: Option<f32> = None;
    for line in &lines[range.start + 1..range.end] {
        let (x, size) = (line.x0, line.size);
        if x <= outer + same_x(size) {
            continue;
        }
        match inner {
            Some(at) if (x - at).abs() <= same_x(size) => {}
            Some(_) => return None,
            None if x - outer >= 0.5 * size && x - outer <= 6.0 * size => inner = Some(x),
            None => return None,
        }
    }
    inner
}

/// The lines at the top of the block starting at `next`, on a new page or (`same_page`) in the
/// next column, indented as the wrapped lines of the hanging paragraph that
/// `lines[block_start..next]` ended with: they go on with it. The next column's lines are
/// measured from its own outer edge, the leftmost of its lines.
fn carry_over(lines: &[&Line], block_start: usize, next: usize, same_page: bool, out: &mut [bool]) {
    // The page before ended in a hanging paragraph: its last line is one of its heads or
    // wraps, and some wrap in the block shows the indent.
    let Some(wrap) = (block_start..next).rev().find(|&i| out[i]) else {
        return;
    };
    let mut inner = lines[wrap].x0;
    let mut outer = (block_start..next)
        .map(|i| lines[i].x0)
        .fold(f32::INFINITY, f32::min);
    if same_page {
        let column = (next..lines.len())
            .take_while(|&k| k == next || lines[k].baseline > lines[k - 1].baseline)
            .map(|k| lines[k].x0)
            .fold(f32::INFINITY, f32::min);
        inner += column - outer;
        outer = column;
    }
    let last = lines[next - 1];
    if ends_sentence(&last.text) {
        return;
    }
    let mut i = next;
    while i < lines.len()
        && (lines[i].x0 - inner).abs() <= same_x(lines[i].size)
        && (i == next || !lines[i].gap_before)
        && lines[i].x0 > outer + same_x(lines[i].size)
    {
        out[i] = true;
        i += 1;
        if i < lines.len() && lines[i].baseline <= lines[i - 1].baseline {
            break;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn line(x0: f32, baseline: f32, text: &str, gap_before: bool) -> Line {
        Line {
            text: text.into(),
            x0,
            baseline,
            size: 12.0,
            gap_before,
            italic_head: false,
            italic_tail: false,
            mark: None,
        }
    }

    fn joined(lines: &[Line], pages: &[u32]) -> Vec<bool> {
        let refs: Vec<&Line> = lines.iter().collect();
        continuations(&refs, pages)
    }

    #[test]
    fn a_hanging_list_without_space_between_entries() {
        let lines = [
            line(
                70.0,
                100.0,
                "Fazl-e-Haider, S. Boat Owners of the Makran",
                false,
            ),
            line(106.0, 114.0, "Coast. Oxford UP, 2016.", false),
            line(70.0, 128.0, "Karimi, R. Ports of Empire. Iranian", false),
            line(
                106.0,
                142.0,
                "Studies, vol. 52, no. 1, 2019, pp. 1-24.",
                false,
            ),
            line(
                70.0,
                156.0,
                "Mirza, H. The Company. Cambridge UP, 2014.",
                false,
            ),
            line(70.0, 170.0, "Okafor, N. A very long title that goes", false),
            line(106.0, 184.0, "on and on", false),
            line(106.0, 198.0, "over three lines. Press, 2019.", false),
        ];
        assert_eq!(
            joined(&lines, &[1; 8]),
            [false, true, false, true, false, false, true, true]
        );
    }

    #[test]
    fn entries_ending_in_links() {
        let lines = [
            line(
                70.0,
                100.0,
                "Brandt, K. (2021a). Sleep duration and classroom",
                false,
            ),
            line(
                106.0,
                114.0,
                "engagement. https://doi.org/10.1111/josh.13012",
                false,
            ),
            line(
                70.0,
                128.0,
                "Brandt, K. (2021b). Screens after dark: Evening",
                false,
            ),
            line(
                106.0,
                142.0,
                "device use. *Sleep Health*, *7*(6), 655–662.",
                false,
            ),
            line(
                106.0,
                156.0,
                "https://doi.org/10.1016/j.sleh.2021.08.004",
                false,
            ),
            line(70.0, 170.0, "Chen, L. (2020). Homework time. Press.", false),
        ];
        assert_eq!(
            joined(&lines, &[1; 6]),
            [false, true, false, true, true, false]
        );
        assert!(ends_unit("at https://doi.org/10.1111/josh.13012"));
        assert!(ends_unit("doi: 10.1093/ageing/afy061"));
        assert!(!ends_unit("https://doi.org/10.1007/s12564-"));
        assert!(!ends_unit("in Korean middle"));
    }

    #[test]
    fn entries_set_apart_by_space() {
        let lines = [
            line(
                70.0,
                100.0,
                "Fazl-e-Haider, S. Boat Owners of the Makran Coast.",
                false,
            ),
            line(106.0, 114.0, "Oxford UP, 2016.", false),
            line(70.0, 134.0, "Karimi, R. Ports of Empire.", true),
        ];
        assert_eq!(joined(&lines, &[1; 3]), [false, true, false]);
    }

    #[test]
    fn paragraphs_that_indent_their_first_line_are_not_hanging() {
        // After a heading the first paragraph is not indented; the next ones are.
        let lines = [
            line(70.0, 100.0, "The first paragraph runs over", false),
            line(70.0, 114.0, "two lines and ends here.", false),
            line(88.0, 128.0, "The second paragraph is indented", false),
            line(70.0, 142.0, "and goes on for a while without", false),
            line(70.0, 156.0, "ending a sentence at all until here.", false),
            line(88.0, 170.0, "A third begins.", false),
        ];
        assert_eq!(joined(&lines, &[1; 6]), [false; 6]);
    }

    #[test]
    fn an_entry_broken_over_a_page_goes_on() {
        let lines = [
            line(70.0, 700.0, "Karimi, R. Ports of Empire. Iranian", false),
            line(
                106.0,
                714.0,
                "Studies, vol. 52, no. 1, 2019, pp. 1-24.",
                false,
            ),
            line(70.0, 728.0, "Okafor, N. A very long title that goes", false),
            line(106.0, 80.0, "over the page. Press, 2019.", false),
            line(70.0, 94.0, "Zhou, K. A title. Press, 2020.", false),
        ];
        assert_eq!(
            joined(&lines, &[1, 1, 1, 2, 2]),
            [false, true, false, true, false]
        );
    }

    #[test]
    fn an_entry_broken_over_a_column_goes_on() {
        // The left column ends inside an entry; the right one opens with its wrapped rest and
        // then the next entry.
        let lines = [
            line(70.0, 700.0, "Karimi, R. Ports of Empire. Iranian", false),
            line(82.0, 714.0, "Studies, 52(1):1-24.", false),
            line(70.0, 728.0, "Okafor, N. A very long title that goes", false),
            line(320.0, 80.0, "Press, 2019.", false),
            line(308.0, 94.0, "Zhou, K. A title. Press, 2020.", false),
        ];
        assert_eq!(
            joined(&lines, &[1, 1, 1, 1, 1]),
            [false, true, false, true, false]
        );
    }

    #[test]
    fn glyphs_side_bearings_do_not_move_a_line() {
        // TeX's hanging list: a line opening with an italic letter stands a point or two off
        // the other wrapped lines, a repeated-author rule three points left of the heads.
        let at = |x0: f32, baseline: f32, text: &str| Line {
            size: 10.0,
            ..line(x0, baseline, text, false)
        };
        let lines = [
            at(
                133.8,
                100.0,
                "Okafor, N. *The Harbour Ledgers of the Northern*",
            ),
            at(
                146.8,
                112.0,
                "*Coast, 1820-1860*. Studies in Trade 4. Saltmarsh:",
            ),
            at(148.7, 124.0, "Gull Press, 2016."),
            at(
                130.8,
                136.0,
                "———. \"Credit on the Quays.\" In *Harbours and*",
            ),
            at(
                147.5,
                148.0,
                "*Markets*, edited by R. Lund, 12-30. Brackwater:",
            ),
            at(148.2, 160.0, "Tern Books, 2019."),
            at(133.8, 172.0, "Zhou, K. *A Short Title*. Press, 2020."),
        ];
        assert_eq!(
            joined(&lines, &[1; 7]),
            [false, true, true, false, true, true, false]
        );
    }

    #[test]
    fn lines_at_three_places_are_no_hanging_paragraph() {
        let lines = [
            line(70.0, 100.0, "Head line of the block", false),
            line(106.0, 114.0, "indented once", false),
            line(130.0, 128.0, "indented again", false),
        ];
        assert_eq!(joined(&lines, &[1; 3]), [false; 3]);
    }
}
