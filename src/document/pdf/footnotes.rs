//! Footnotes at the foot of a PDF's pages, written as Markdown notes for the notes reader:
//! each note's raised mark in the text becomes `[^3]`, and the note, taken out of the page,
//! becomes `[^3]: …` in a Notes section after the paper. A note is a run of smaller lines
//! at the bottom of a page opening with a raised number that counts on from the last note;
//! a note that breaks over a page goes on at the top of the next page's foot.

use super::layout::Line;

/// A note's lines: (page index, line index) of each, the first opening with its mark.
#[derive(Debug, Clone, PartialEq)]
pub struct Footnote {
    pub label: u32,
    pub lines: Vec<(usize, usize)>,
}

/// Smaller than the body text by this much at least: a note's size (LaTeX sets 9 pt notes
/// under 11 pt text, 8 under 10; Word 10 under 12).
const SMALLER: f32 = 0.92;

/// Find the footnotes of `pages`, rewrite their first lines as `[^k]: …` and their marks in
/// the text above them as `[^k]`.
pub fn find(pages: &mut [Vec<Line>]) -> Vec<Footnote> {
    let Some(body) = body_size(pages) else {
        return Vec::new();
    };
    let pitch = wide_pitch(pages, body);
    let mut notes: Vec<Footnote> = Vec::new();
    let mut expected = 1;
    for p in 0..pages.len() {
        // Each column's foot: LaTeX sets a two-column page's notes under the column whose
        // text marks them, so the left column's notes come before the right column's text.
        let ends: Vec<usize> = (1..=pages[p].len())
            .filter(|&e| e == pages[p].len() || pages[p][e].baseline < pages[p][e - 1].baseline)
            .collect();
        for end in ends {
            expected = foot(pages, p, end, (body, pitch), expected, &mut notes);
        }
    }
    notes
}

/// Take the notes at the foot of the column that ends before line `end` of page `p` (a run of
/// smaller lines, or of lines set closer than the text's wide `pitch`, the first of them
/// opening with the mark `expected`); returns the mark the next note must open with.
fn foot(
    pages: &mut [Vec<Line>],
    p: usize,
    end: usize,
    (body, pitch): (f32, Option<f32>),
    expected: u32,
    notes: &mut Vec<Footnote>,
) -> u32 {
    let lines = &pages[p][..end];
    let small = (0..end)
        .rev()
        .take_while(|&i| lines[i].size < SMALLER * body)
        .last()
        .or_else(|| pitch.and_then(|pitch| close_set(lines, pitch)))
        .unwrap_or(lines.len());
    // A mark counts on from the last note's, or skips one or two whose notes were not read
    // (a line the PDF draws in a way the reader loses) when the text above marks it.
    let marked_above = |k: u32| lines[..small].iter().any(|l| l.text.contains(&sup(k)));
    let follows = |k: u32, next: u32| k == next || (k > next && k <= next + 2 && marked_above(k));
    let counts_on = |i: usize| {
        lines[i]
            .mark
            .is_some_and(|k| follows(k, expected) || (k == 1 && notes.is_empty()))
    };
    let first = (small..lines.len()).find(|&i| counts_on(i));
    // The foot's first lines go on with the last note when they open without a mark of their
    // own (a note broken over a page, TeX's and Word's notes alike).
    let goes_on = small < end && first != Some(small) && goes_on(pages, p, small, body, notes);
    let start = match (goes_on, first) {
        (true, _) => small,
        (false, Some(first)) => first,
        (false, None) => return expected,
    };
    let mut found: Vec<Footnote> = Vec::new();
    let mut next = expected;
    for (i, line) in lines.iter().enumerate().skip(start) {
        match line.mark {
            Some(k) if follows(k, next) || (k == 1 && notes.is_empty() && found.is_empty()) => {
                found.push(Footnote {
                    label: k,
                    lines: vec![(p, i)],
                });
                next = k + 1;
            }
            _ => {
                if let Some(note) = found.last_mut().or(notes.last_mut()) {
                    note.lines.push((p, i));
                }
            }
        }
    }
    // A foot of notes has its marks in the text above it (a foot that only goes on with the
    // last note has none).
    let marked = (found.is_empty() && goes_on)
        || found.iter().any(|n| {
            pages[p][..start]
                .iter()
                .any(|l| l.text.contains(&sup(n.label)))
        });
    if !marked {
        // Continuation lines taken for the last note go back.
        if let Some(note) = notes.last_mut() {
            note.lines.retain(|&(lp, li)| lp != p || li < start);
        }
        return expected;
    }
    let lines = &mut pages[p][..end];
    if goes_on {
        // The space above the foot is no break in the note it goes on with (an italic title
        // broken over the page is one run).
        lines[start].gap_before = false;
    }
    for note in &found {
        let mark = sup(note.label);
        if let Some(line) = lines[..start].iter_mut().find(|l| l.text.contains(&mark)) {
            line.text = line.text.replacen(&mark, &format!("[^{}]", note.label), 1);
        }
        let (_, i) = note.lines[0];
        let rest = lines[i].text.split_once(' ').map_or("", |(_, r)| r);
        lines[i].text = format!("[^{}]: {rest}", note.label);
    }
    notes.extend(found);
    next
}

/// Do the small lines from `small` at the foot of page `p` go on with the last note? They do
/// when they are set apart from the text above them (not under a heading: a reference list
/// set small after its heading is no note), the note's last line was the lowest line of the
/// page before (or ended the column before: the note ran to the foot) and they are set in
/// its size: a note breaks off at a page's foot (at a sentence's end too: TeX and Word break
/// a long note between its sentences) and goes on at the top of the next page's foot without
/// a mark. The last note breaking off unfinished (no full stop) is enough for the size.
fn goes_on(pages: &[Vec<Line>], p: usize, small: usize, body: f32, notes: &[Footnote]) -> bool {
    let head = &pages[p][small];
    if !head.gap_before || head.mark.is_some() {
        return false;
    }
    if small > 0 && pages[p][small - 1].size * SMALLER > body {
        return false;
    }
    let Some(&(lp, li)) = notes.last().and_then(|n| n.lines.last()) else {
        return false;
    };
    let last = &pages[lp][li];
    let ran_to_foot = if lp + 1 == p {
        pages[lp].iter().all(|l| l.baseline <= last.baseline + 1.0)
    } else {
        lp == p && li < small && pages[p][li + 1].baseline < last.baseline
    };
    ran_to_foot
        && (!ends_sentence(&last.text) || (head.size - last.size).abs() <= SAME_SIZE * last.size)
}

/// Two lines of notes are set in one size when their sizes differ by no more than this share.
const SAME_SIZE: f32 = 0.05;

fn sup(label: u32) -> String {
    format!("<sup>{label}</sup>")
}

/// The size of the text that notes are marked in: the median size of the lines with raised
/// numbers in them, not opening with one as a note does (notes can outnumber the text's own
/// lines: a law paper's do). The author line, larger than the text, may be one of them, its
/// affiliations marked (taken for the text's size, every line of the paper would be small
/// enough for a note): so of two middle sizes the smaller is taken, and a single line's size
/// counts only up to the median size of all lines.
fn body_size(pages: &[Vec<Line>]) -> Option<f32> {
    let median = |mut sizes: Vec<f32>| -> Option<f32> {
        let mid = sizes.len().checked_sub(1)? / 2;
        Some(*sizes.select_nth_unstable_by(mid, f32::total_cmp).1)
    };
    let marked: Vec<f32> = pages
        .iter()
        .flatten()
        .filter(|l| l.text.contains("<sup>") && l.mark.is_none())
        .map(|l| l.size)
        .collect();
    let single = marked.len() == 1;
    let size = median(marked)?;
    if single {
        let all = median(pages.iter().flatten().map(|l| l.size).collect())?;
        return Some(size.min(all));
    }
    Some(size)
}

/// The step from line to line of the text when it is set wide (double or one-and-a-half
/// spaced, as Word papers often are, their notes single spaced in the text's size): the
/// median step into the lines with a raised number in them (the text's lines, as in
/// [`body_size`]); `None` when it is under 1.6 times the text's size.
fn wide_pitch(pages: &[Vec<Line>], body: f32) -> Option<f32> {
    let mut steps: Vec<f32> = pages
        .iter()
        .flat_map(|lines| lines.windows(2))
        .filter(|w| w[1].text.contains("<sup>") && w[1].mark.is_none())
        .map(|w| w[1].baseline - w[0].baseline)
        .filter(|&d| d > 0.0 && d <= 3.0 * body)
        .collect();
    let mid = steps.len().checked_sub(1)? / 2;
    let pitch = *steps.select_nth_unstable_by(mid, f32::total_cmp).1;
    (pitch >= 1.6 * body).then_some(pitch)
}

/// A step between two lines this share of a wide pitch or less sets them close.
const CLOSE: f32 = 0.75;

/// The first of the lines at the foot of `lines` set close together, as notes under wide text
/// are: each is set close under the line before it, or the line after it is under it (a note
/// or a note's paragraph opening after a gap), or it opens with a raised number (a note of
/// one line). `None` if there are none.
fn close_set(lines: &[Line], pitch: f32) -> Option<usize> {
    let close = |i: usize| {
        i > 0 && i < lines.len() && {
            let step = lines[i].baseline - lines[i - 1].baseline;
            step > 0.0 && step <= CLOSE * pitch
        }
    };
    (0..lines.len())
        .rev()
        .take_while(|&i| close(i) || close(i + 1) || lines[i].mark.is_some())
        .last()
}

/// Does a line end a sentence (a full stop, perhaps inside quotes or brackets)?
pub(super) fn ends_sentence(text: &str) -> bool {
    text.trim_end()
        .trim_end_matches(['”', '"', '’', ')', ']', '*'])
        .ends_with(['.', '?', '!'])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn line(text: &str, size: f32, gap_before: bool) -> Line {
        let mark = text
            .split_once(' ')
            .and_then(|(n, _)| n.parse().ok())
            .filter(|_| size < 10.0);
        Line {
            text: text.into(),
            x0: 50.0,
            baseline: 0.0,
            size,
            gap_before,
            italic_head: false,
            italic_tail: false,
            mark,
        }
    }

    fn texts(pages: &[Vec<Line>]) -> Vec<Vec<&str>> {
        pages
            .iter()
            .map(|p| p.iter().map(|l| l.text.as_str()).collect())
            .collect()
    }

    #[test]
    fn notes_at_the_foot_are_marked_and_go_on_over_a_page() {
        let mut pages = vec![
            vec![
                line(
                    "Credit ran on ledgers,<sup>1</sup> and on law.<sup>2</sup> So",
                    11.0,
                    false,
                ),
                line(
                    "it was for a century in the ports of the north and the",
                    11.0,
                    false,
                ),
                line("1 Okafor, Tidewater Ledgers, 12.", 9.0, true),
                line("2 Calloway, Harbour Law, 150; and see", 9.0, false),
            ],
            vec![
                line("south alike.<sup>3</sup> Trade went on.", 11.0, false),
                line("Halvorsen, Salt, 205.", 9.0, true),
                line("3 Ibid., 52.", 9.0, false),
            ],
        ];
        let notes = find(&mut pages);
        assert_eq!(
            notes,
            vec![
                Footnote {
                    label: 1,
                    lines: vec![(0, 2)]
                },
                Footnote {
                    label: 2,
                    lines: vec![(0, 3), (1, 1)]
                },
                Footnote {
                    label: 3,
                    lines: vec![(1, 2)]
                },
            ]
        );
        assert_eq!(
            texts(&pages),
            vec![
                vec![
                    "Credit ran on ledgers,[^1] and on law.[^2] So",
                    "it was for a century in the ports of the north and the",
                    "[^1]: Okafor, Tidewater Ledgers, 12.",
                    "[^2]: Calloway, Harbour Law, 150; and see",
                ],
                vec![
                    "south alike.[^3] Trade went on.",
                    "Halvorsen, Salt, 205.",
                    "[^3]: Ibid., 52.",
                ],
            ]
        );
    }

    #[test]
    fn a_foot_with_no_mark_goes_on_with_the_note_before() {
        // Note 1 breaks over the page at a sentence's end; the next page's foot holds only
        // its rest, with no mark, and note 2 opens on the page after that.
        let mut pages = vec![
            vec![
                line("Credit ran on ledgers.<sup>1</sup> So it was", 11.0, false),
                line("1 Okafor, Tidewater Ledgers, 12. See also", 9.0, true),
                line("the harbour rolls for the later years.", 9.0, false),
            ],
            vec![
                line("for a century in the ports of the north.", 11.0, false),
                line("Calloway, Harbour Law, 150.", 9.0, true),
                line("Halvorsen, Salt, 205.", 9.0, false),
            ],
            vec![
                line("Trade went on.<sup>2</sup>", 11.0, false),
                line("2 Ibid., 52.", 9.0, true),
            ],
        ];
        let notes = find(&mut pages);
        assert_eq!(
            notes,
            vec![
                Footnote {
                    label: 1,
                    lines: vec![(0, 1), (0, 2), (1, 1), (1, 2)]
                },
                Footnote {
                    label: 2,
                    lines: vec![(2, 1)]
                },
            ]
        );
        assert_eq!(pages[1][1].text, "Calloway, Harbour Law, 150.");
        assert!(!pages[1][1].gap_before);
    }

    #[test]
    fn small_lines_unlike_the_note_before_stay_in_the_text() {
        // The note before ended a sentence, and the next page's small lines are set smaller
        // still (a table's notes): they are not the note's; nor are small lines two pages on.
        let mut pages = vec![
            vec![
                line("Credit ran on ledgers.<sup>1</sup> So it was", 11.0, false),
                line("1 Okafor, Tidewater Ledgers, 12.", 9.0, true),
            ],
            vec![
                line("for a century in the ports of the north.", 11.0, false),
                line("Source: harbour rolls, 1820 to 1860.", 7.0, true),
            ],
            vec![
                line(
                    "Trade went on in the south (χ<sup>2</sup> tests).",
                    11.0,
                    false,
                ),
                line("Source: customs books, 1861 to 1890.", 9.0, true),
            ],
        ];
        let notes = find(&mut pages);
        assert_eq!(
            notes,
            vec![Footnote {
                label: 1,
                lines: vec![(0, 1)]
            }]
        );
    }

    #[test]
    fn a_small_list_under_a_heading_or_after_a_short_note_is_no_note() {
        let at = |text: &str, size: f32, gap_before: bool, baseline: f32| Line {
            baseline,
            ..line(text, size, gap_before)
        };
        let first_page = || {
            vec![
                at(
                    "Credit ran on ledgers<sup>1</sup> and on",
                    11.0,
                    false,
                    100.0,
                ),
                at("the law of the ports.<sup>2</sup>", 11.0, false, 112.0),
                at("1 Okafor, Tidewater Ledgers, 12.", 9.0, true, 700.0),
                at(
                    "2 See the rolls at https://example.org/rolls-",
                    9.0,
                    false,
                    712.0,
                ),
            ]
        };
        // The next page's small lines are a reference list under its heading.
        let mut pages = vec![
            first_page(),
            vec![
                at("References", 13.0, true, 100.0),
                at("1. Okafor, N.: Tidewater Ledgers (2004)", 9.0, true, 120.0),
            ],
        ];
        let notes = find(&mut pages);
        assert_eq!(notes[1].lines, vec![(0, 3)]);
        // The note stopped short of the page's foot: a figure's labels, drawn after it, stand
        // lower.
        let mut pages = vec![first_page(), vec![at("Trade went on.", 11.0, false, 100.0)]];
        pages[0].push(at("Ledger", 9.0, false, 705.0));
        pages[0].push(at("Figure 1", 9.0, false, 760.0));
        pages[1].push(at("Source: customs books, 1861.", 9.0, true, 700.0));
        let notes = find(&mut pages);
        assert_eq!(notes[1].lines, vec![(0, 3)]);
        assert_eq!(pages[1][1].text, "Source: customs books, 1861.");
    }

    /// A line of 12 pt text at `baseline`, a note's when it opens with a raised number.
    fn word(text: &str, baseline: f32, gap_before: bool) -> Line {
        let mark = text
            .strip_prefix("<sup>")
            .and_then(|t| t.split_once("</sup>"))
            .and_then(|(n, _)| n.parse().ok());
        Line {
            baseline,
            mark,
            ..line(text, 12.0, gap_before)
        }
    }

    #[test]
    fn single_spaced_notes_under_double_spaced_text_in_its_size() {
        // A Word paper: text double spaced (a 32 pt step), its notes single spaced (16 pt)
        // in the same 12 pt type; note 1 runs over the page, and a note's second paragraph
        // opens after a wider step.
        let mut pages = vec![
            vec![
                word("Credit ran on ledgers<sup>1</sup> and on", 100.0, false),
                word("the law of the ports.<sup>2</sup> It was so", 132.0, false),
                word(
                    "<sup>1</sup> Okafor, Tidewater Ledgers, 12. See",
                    600.0,
                    true,
                ),
                word("also the rolls of the harbour", 616.0, false),
                word("<sup>2</sup> Calloway, Harbour Law, 150.", 632.0, false),
                word(
                    "The Admiralty papers survive only in part, and",
                    662.0,
                    true,
                ),
                word("the rest of them is lost.", 678.0, false),
            ],
            vec![
                word("for a century in the north.<sup>3</sup>", 100.0, false),
                word("Trade went on for decades after.", 132.0, false),
                word("<sup>3</sup> Ibid., 52.", 600.0, true),
            ],
        ];
        let notes = find(&mut pages);
        let lines: Vec<Vec<(usize, usize)>> = notes.iter().map(|n| n.lines.clone()).collect();
        assert_eq!(
            lines,
            vec![
                vec![(0, 2), (0, 3)],
                vec![(0, 4), (0, 5), (0, 6)],
                vec![(1, 2)]
            ]
        );
        assert_eq!(pages[1][0].text, "for a century in the north.[^3]");
        // Single spaced text has no such notes: close lines at its foot are text.
        let mut pages = vec![vec![
            word("Credit ran on ledgers<sup>1</sup> and on", 100.0, false),
            word("the law of the ports.<sup>2</sup> It was so", 114.0, false),
            word("<sup>1</sup> Okafor, Tidewater Ledgers, 12.", 140.0, true),
            word("<sup>2</sup> Calloway, Harbour Law, 150.", 154.0, false),
        ]];
        assert!(find(&mut pages).is_empty());
    }

    #[test]
    fn a_note_that_was_not_read_does_not_stop_the_next() {
        // Note 2's line was lost; note 3, marked in the text above it, is still read.
        let mut pages = vec![
            vec![
                line("Credit ran on ledgers.<sup>1</sup> So it was", 11.0, false),
                line("1 Okafor, Tidewater Ledgers, 12.", 9.0, true),
            ],
            vec![
                line(
                    "for a century<sup>2</sup> in the north.<sup>3</sup>",
                    11.0,
                    false,
                ),
                line("3 Ibid., 52.", 9.0, true),
            ],
            vec![
                line(
                    "Trade went on.<sup>4</sup> And on.<sup>8</sup>",
                    11.0,
                    false,
                ),
                line("4 Halvorsen, Salt, 205.", 9.0, true),
                line("8 Marsh, Tides, 9.", 9.0, false),
            ],
        ];
        let labels: Vec<u32> = find(&mut pages).iter().map(|n| n.label).collect();
        // Three notes lost is too many: 8 does not follow 4.
        assert_eq!(labels, vec![1, 3, 4]);
        assert_eq!(
            pages[1][0].text,
            "for a century<sup>2</sup> in the north.[^3]"
        );
    }

    #[test]
    fn notes_under_the_left_column_are_taken_before_the_right_column() {
        // A two-column page: the left column's notes sit under it, before the right column's
        // text in reading order (its first line is higher up the page).
        let at = |text: &str, size: f32, baseline: f32| Line {
            baseline,
            ..line(text, size, false)
        };
        let mut pages = vec![vec![
            at("Ledgers ran on credit<sup>1</sup> in every", 10.0, 100.0),
            at("port of the coast.<sup>2</sup> Merchants kept", 10.0, 112.0),
            at("1 Okafor, Tidewater Ledgers, 12.", 8.0, 140.0),
            at("2 Calloway, Harbour Law, 150.", 8.0, 150.0),
            at("them for decades, as the records of the", 10.0, 100.0),
            at("exchange show for the later years.", 10.0, 112.0),
        ]];
        let notes = find(&mut pages);
        assert_eq!(
            notes,
            vec![
                Footnote {
                    label: 1,
                    lines: vec![(0, 2)]
                },
                Footnote {
                    label: 2,
                    lines: vec![(0, 3)]
                },
            ]
        );
        assert_eq!(
            texts(&pages),
            vec![vec![
                "Ledgers ran on credit[^1] in every",
                "port of the coast.[^2] Merchants kept",
                "[^1]: Okafor, Tidewater Ledgers, 12.",
                "[^2]: Calloway, Harbour Law, 150.",
                "them for decades, as the records of the",
                "exchange show for the later years.",
            ]]
        );
    }

    #[test]
    fn affiliations_under_a_larger_author_line_are_no_notes() {
        // The author line's marks are raised, and so is a squared χ in the text: the text's
        // size is the smaller, and the affiliations at the top are no smaller than it.
        let mut pages = vec![vec![
            line("Ann Lund,<sup>1</sup> Bo Berg<sup>2</sup>", 12.0, false),
            line("1 Umeå University", 8.0, true),
            line("2 Stockholm University", 8.0, false),
            line("Stress was common (χ<sup>2</sup> tests).", 10.0, true),
            line("It was measured twice.", 10.0, false),
        ]];
        assert!(find(&mut pages).is_empty());
        let mut pages = vec![vec![
            line("Ann Lund,<sup>1</sup> Bo Berg<sup>2</sup>", 12.0, false),
            line("1 Umeå University", 8.0, true),
            line("Stress was common.", 10.0, true),
            line("It was measured twice.", 10.0, false),
        ]];
        assert!(find(&mut pages).is_empty());
    }

    #[test]
    fn raised_numbers_without_a_foot_of_notes_stay_citations() {
        // Superscript citations in the text and a small numbered line that is no note.
        let mut pages = vec![vec![
            line("Warfarin is common.<sup>1</sup>", 11.0, false),
            line("Its adherence is poor.<sup>2,3</sup>", 11.0, false),
            line("4 Table note in small type.", 9.0, true),
        ]];
        assert!(find(&mut pages).is_empty());
        assert_eq!(pages[0][0].text, "Warfarin is common.<sup>1</sup>");
    }
}
