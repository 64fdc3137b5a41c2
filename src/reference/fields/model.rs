//! The trained weights and Viterbi decoding: the best label sequence for a reference's words.
//!
//! The file stores the weights sparse, quantised to `i16` (little-endian):
//!
//! ```text
//! b"CCRF" version:u8 labels:u8 bits:u8 scale:f32
//! start:  labels × f32          score of a sequence starting with each label
//! trans:  labels² × f32         score of label b following label a, at [a * labels + b]
//! count:u32, then count × (bucket delta:LEB128, label:u8, weight:i16)   weights × scale
//! ```

use super::Label;
use std::fmt;

const MAGIC: &[u8; 4] = b"CCRF";
const VERSION: u8 = 1;

/// A linear-chain model over hashed features.
///
/// Each feature bucket's weights for the labels sit side by side as `i16` (times `scale`), one
/// 32-byte row per bucket: scoring a word touches one row per feature, a single cache line,
/// rather than a sparse list and its index (which cost two cache misses a feature and made
/// the model the slowest part of the parser).
#[derive(Debug, Clone, PartialEq)]
pub struct Model {
    pub(super) bits: u8,
    /// Score of a sequence starting with each label.
    pub(super) start: Vec<f32>,
    /// Score of label `b` after label `a`, at `a * LABELS + b`.
    pub(super) trans: Vec<f32>,
    /// Weights of a feature bucket for each label, in units of `scale`.
    rows: Vec<Row>,
    scale: f32,
}

/// One feature bucket's weights for the labels, aligned to its 32 bytes: an unaligned row
/// (the allocation of 2^14 rows starts 16 bytes into a cache line) straddles two cache lines
/// every other time, and each line is a miss of its own.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
#[repr(align(32))]
struct Row([i16; Label::COUNT]);

/// Why a model file could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ModelError(&'static str);

impl fmt::Display for ModelError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "bad field model: {}", self.0)
    }
}

impl std::error::Error for ModelError {}

impl Model {
    /// A model from dense weights (`weights[bucket * LABELS + label]`), keeping the weights
    /// that survive quantisation to `i16` with `|q| >= min_q`.
    pub(super) fn from_dense(
        bits: u8,
        start: Vec<f32>,
        trans: Vec<f32>,
        weights: &[f32],
        min_q: i16,
    ) -> Model {
        let scale = weights.iter().fold(0f32, |m, w| m.max(w.abs())) / f32::from(i16::MAX);
        let scale = if scale > 0.0 { scale } else { 1.0 };
        let rows = weights
            .chunks(Label::COUNT)
            .take(1usize << bits)
            .map(|bucket| {
                Row(std::array::from_fn(|label| {
                    let q = (bucket[label] / scale).round() as i16;
                    if q.unsigned_abs() >= min_q.unsigned_abs().max(1) {
                        q
                    } else {
                        0
                    }
                }))
            })
            .collect();
        Model {
            bits,
            start,
            trans,
            rows,
            scale,
        }
    }

    /// Number of stored (bucket, label) weights.
    pub fn weights(&self) -> usize {
        self.rows
            .iter()
            .flat_map(|row| row.0)
            .filter(|&w| w != 0)
            .count()
    }

    /// Feature hash width the model was trained with.
    pub fn bits(&self) -> u8 {
        self.bits
    }

    /// The model file's bytes (format in the module header).
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(16 + self.weights() * 4);
        out.extend_from_slice(MAGIC);
        out.extend_from_slice(&[VERSION, Label::COUNT as u8, self.bits]);
        out.extend_from_slice(&self.scale.to_le_bytes());
        for w in self.start.iter().chain(&self.trans) {
            out.extend_from_slice(&w.to_le_bytes());
        }
        out.extend_from_slice(&(self.weights() as u32).to_le_bytes());
        let mut previous = 0u32;
        for (bucket, row) in self.rows.iter().enumerate() {
            for (label, &q) in row.0.iter().enumerate() {
                if q != 0 {
                    let bucket = bucket as u32;
                    leb128(&mut out, bucket - previous);
                    previous = bucket;
                    out.push(label as u8);
                    out.extend_from_slice(&q.to_le_bytes());
                }
            }
        }
        out
    }

    /// Read a model file (format in the module header).
    pub fn from_bytes(bytes: &[u8]) -> Result<Model, ModelError> {
        let mut r = Reader { bytes, at: 0 };
        if r.take(4)? != MAGIC {
            return Err(ModelError("not a model file"));
        }
        let [version, labels, bits] = r.take(3)? else {
            return Err(ModelError("truncated header"));
        };
        if *version != VERSION {
            return Err(ModelError("unknown version"));
        }
        if usize::from(*labels) != Label::COUNT {
            return Err(ModelError("label set differs from this build's"));
        }
        if !(4..=24).contains(bits) {
            return Err(ModelError("hash width out of range"));
        }
        let bits = *bits;
        let scale = r.f32()?;
        let start = (0..Label::COUNT)
            .map(|_| r.f32())
            .collect::<Result<Vec<_>, _>>()?;
        let trans = (0..Label::COUNT * Label::COUNT)
            .map(|_| r.f32())
            .collect::<Result<Vec<_>, _>>()?;
        let count = r.u32()? as usize;
        let mut rows = vec![Row::default(); 1usize << bits];
        let mut bucket = 0usize;
        for _ in 0..count {
            bucket += r.leb128()? as usize;
            let label = usize::from(r.take(1)?[0]);
            let q = i16::from_le_bytes([r.take(1)?[0], r.take(1)?[0]]);
            let slot = rows
                .get_mut(bucket)
                .and_then(|row| row.0.get_mut(label))
                .ok_or(ModelError("weight out of range"))?;
            *slot = q;
        }
        if r.at != bytes.len() {
            return Err(ModelError("trailing bytes"));
        }
        Ok(Model {
            bits,
            start,
            trans,
            rows,
            scale,
        })
    }

    /// Add each label's weight for the features `feats` to `scores`.
    #[cfg(test)]
    pub(super) fn emit(&self, feats: &[u32], scores: &mut [f32; Label::COUNT]) {
        let mut sum = [0i32; Label::COUNT];
        for &f in feats {
            if let Some(row) = self.rows.get(f as usize) {
                for (s, &w) in sum.iter_mut().zip(&row.0) {
                    *s += i32::from(w);
                }
            }
        }
        for (slot, s) in scores.iter_mut().zip(sum) {
            *slot += s as f32 * self.scale;
        }
    }

    /// Each token of `text` with its label: a word's weights added up from its features' rows
    /// into a local sum (which the compiler keeps in vector registers), then decoded.
    pub(super) fn label_tokens(&self, text: &str, tokens: &[std::ops::Range<usize>]) -> Vec<Label> {
        let mut emissions: Vec<[f32; Label::COUNT]> = Vec::with_capacity(tokens.len());
        super::features::each_token(text, tokens, self.bits, |_, buckets| {
            let mut sum = [0i32; Label::COUNT];
            for &b in buckets {
                if let Some(row) = self.rows.get(b as usize) {
                    for (s, &w) in sum.iter_mut().zip(&row.0) {
                        *s += i32::from(w);
                    }
                }
            }
            emissions.push(sum.map(|x| x as f32 * self.scale));
        });
        viterbi(&self.start, &self.trans, &emissions)
    }

    /// The best label sequence for tokens with features `feats`.
    #[cfg(test)]
    pub(super) fn decode(&self, feats: &[Vec<u32>]) -> Vec<Label> {
        let emissions: Vec<[f32; Label::COUNT]> = feats
            .iter()
            .map(|f| {
                let mut s = [0f32; Label::COUNT];
                self.emit(f, &mut s);
                s
            })
            .collect();
        viterbi(&self.start, &self.trans, &emissions)
    }
}

/// The label sequence maximising start + emissions + transitions.
///
/// The forward pass keeps only each step's best scores: for every next label `b` at once, the
/// best of `score[a] + trans[a][b]` over `a`, one add and one maximum across the 16 lanes of
/// `b` (which the compiler vectorises). The best previous label is worked out again only for
/// the one label the backward pass stands on at each step, from the same sums: the first `a`
/// reaching the maximum, as a scan keeping back pointers for every label would pick. Keeping
/// those pointers cost a compare and two selects more a lane and step, and a quarter of the
/// time the field model takes.
pub(super) fn viterbi(
    start: &[f32],
    trans: &[f32],
    emissions: &[[f32; Label::COUNT]],
) -> Vec<Label> {
    const L: usize = Label::COUNT;
    let n = emissions.len();
    if n == 0 {
        return Vec::new();
    }
    // `scores[t]`: the best score of a sequence ending at step `t` with each label.
    let mut scores: Vec<[f32; L]> = Vec::with_capacity(n);
    scores.push(std::array::from_fn(|l| start[l] + emissions[0][l]));
    for emission in &emissions[1..] {
        let score = scores[scores.len() - 1];
        let mut best = [f32::NEG_INFINITY; L];
        for (a, &s) in score.iter().enumerate() {
            let row = &trans[a * L..a * L + L];
            for b in 0..L {
                let v = s + row[b];
                best[b] = if v > best[b] { v } else { best[b] };
            }
        }
        scores.push(std::array::from_fn(|b| best[b] + emission[b]));
    }
    let score = &scores[n - 1];
    let mut last = (0..L)
        .max_by(|&a, &b| score[a].total_cmp(&score[b]).then(b.cmp(&a)))
        .unwrap_or(0);
    let mut out = vec![Label::Other; n];
    for t in (0..n).rev() {
        out[t] = Label::from_index(last);
        if t > 0 {
            last = best_previous(&scores[t - 1], trans, last);
        }
    }
    out
}

/// The first label `a` maximising `score[a] + trans[a][b]`, the sums computed as the forward
/// pass of [`viterbi`] computes them.
fn best_previous(score: &[f32; Label::COUNT], trans: &[f32], b: usize) -> usize {
    let mut best = f32::NEG_INFINITY;
    let mut from = 0;
    for (a, &s) in score.iter().enumerate() {
        let v = s + trans[a * Label::COUNT + b];
        if v > best {
            best = v;
            from = a;
        }
    }
    from
}

fn leb128(out: &mut Vec<u8>, mut v: u32) {
    loop {
        let byte = (v & 0x7f) as u8;
        v >>= 7;
        if v == 0 {
            out.push(byte);
            return;
        }
        out.push(byte | 0x80);
    }
}

struct Reader<'b> {
    bytes: &'b [u8],
    at: usize,
}

impl<'b> Reader<'b> {
    fn take(&mut self, n: usize) -> Result<&'b [u8], ModelError> {
        let end = self.at + n;
        let slice = self
            .bytes
            .get(self.at..end)
            .ok_or(ModelError("truncated"))?;
        self.at = end;
        Ok(slice)
    }
    fn u32(&mut self) -> Result<u32, ModelError> {
        let b = self.take(4)?;
        Ok(u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
    }
    fn f32(&mut self) -> Result<f32, ModelError> {
        Ok(f32::from_bits(self.u32()?))
    }
    fn leb128(&mut self) -> Result<u32, ModelError> {
        let mut v = 0u32;
        for shift in (0..35).step_by(7) {
            let b = self.take(1)?[0];
            v |= u32::from(b & 0x7f) << shift;
            if b & 0x80 == 0 {
                return Ok(v);
            }
        }
        Err(ModelError("bad number"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn small() -> Model {
        let bits = 4;
        let mut weights = vec![0f32; (1 << bits) * Label::COUNT];
        weights[3 * Label::COUNT + Label::Title as usize] = 2.0;
        weights[5 * Label::COUNT + Label::Date as usize] = -1.5;
        weights[15 * Label::COUNT + Label::Pages as usize] = 0.25;
        let start = (0..Label::COUNT).map(|l| l as f32 * 0.1).collect();
        let trans = (0..Label::COUNT * Label::COUNT)
            .map(|i| (i % 7) as f32 - 3.0)
            .collect();
        Model::from_dense(bits, start, trans, &weights, 1)
    }

    #[test]
    fn file_round_trips() {
        let m = small();
        assert_eq!(m.weights(), 3);
        let back = Model::from_bytes(&m.to_bytes()).expect("reads its own file");
        assert_eq!(back, m);
    }

    #[test]
    fn damaged_files_are_refused() {
        let bytes = small().to_bytes();
        assert!(Model::from_bytes(&bytes[..bytes.len() - 1]).is_err());
        assert!(Model::from_bytes(b"nonsense").is_err());
        let mut longer = bytes.clone();
        longer.push(0);
        assert!(Model::from_bytes(&longer).is_err());
    }

    /// Viterbi as the textbook writes it, a back pointer kept for every label and step (the
    /// first best previous label on a tie).
    fn viterbi_with_pointers(
        start: &[f32],
        trans: &[f32],
        emissions: &[[f32; Label::COUNT]],
    ) -> Vec<Label> {
        const L: usize = Label::COUNT;
        let n = emissions.len();
        if n == 0 {
            return Vec::new();
        }
        let mut back = vec![[0usize; L]; n];
        let mut score: [f32; L] = std::array::from_fn(|l| start[l] + emissions[0][l]);
        for t in 1..n {
            let previous = score;
            for b in 0..L {
                let mut best = f32::NEG_INFINITY;
                for (a, &s) in previous.iter().enumerate() {
                    let v = s + trans[a * L + b];
                    if v > best {
                        best = v;
                        back[t][b] = a;
                    }
                }
                score[b] = best + emissions[t][b];
            }
        }
        let mut last = (0..L)
            .max_by(|&a, &b| score[a].total_cmp(&score[b]).then(b.cmp(&a)))
            .unwrap_or(0);
        let mut out = vec![Label::Other; n];
        for t in (0..n).rev() {
            out[t] = Label::from_index(last);
            last = back[t][last];
        }
        out
    }

    /// The decoder that recomputes back pointers picks what the textbook one picks, ties
    /// included (scores drawn from a few values, so that sums often tie).
    #[test]
    fn viterbi_matches_the_textbook_decoder() {
        const L: usize = Label::COUNT;
        let mut state = 0x2545_f491_4f6c_dd1du64;
        let mut next = |levels: u64| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            (state % levels) as f32 * 0.5 - 1.0
        };
        for round in 0..200 {
            let levels = if round % 2 == 0 { 3 } else { 1000 };
            let start: Vec<f32> = (0..L).map(|_| next(levels)).collect();
            let trans: Vec<f32> = (0..L * L).map(|_| next(levels)).collect();
            let emissions: Vec<[f32; L]> = (0..round % 40)
                .map(|_| std::array::from_fn(|_| next(levels)))
                .collect();
            assert_eq!(
                viterbi(&start, &trans, &emissions),
                viterbi_with_pointers(&start, &trans, &emissions),
                "round {round}"
            );
        }
    }

    #[test]
    fn viterbi_follows_transitions() {
        const L: usize = Label::COUNT;
        let start = vec![0f32; L];
        let mut trans = vec![-1f32; L * L];
        // Title may follow Author; nothing else is cheap.
        trans[Label::Author as usize * L + Label::Title as usize] = 0.0;
        trans[Label::Author as usize * L + Label::Author as usize] = 0.0;
        let mut e1 = [0f32; L];
        e1[Label::Author as usize] = 1.0;
        let mut e2 = [0f32; L];
        e2[Label::Date as usize] = 0.5; // loses to Title by the transition
        e2[Label::Title as usize] = 0.4;
        let got = viterbi(&start, &trans, &[e1, e2]);
        assert_eq!(got, [Label::Author, Label::Title]);
        assert!(viterbi(&start, &trans, &[]).is_empty());
    }
}
