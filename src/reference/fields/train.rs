//! Training the field model: an averaged structured perceptron over the hashed features,
//! decoded by the same Viterbi the parser uses, on labelled references.
//!
//! Deterministic: the examples are visited in an order drawn from a fixed seed, so the same
//! data gives the same model file byte for byte.

use super::features::{features, tokens};
use super::model::{viterbi, Model};
use super::Label;

/// One labelled reference: its text and the label of each of its [`tokens`](super::tokens).
#[derive(Debug, Clone, PartialEq)]
pub struct Example {
    pub text: String,
    pub labels: Vec<Label>,
}

/// How to train.
#[derive(Debug, Clone, Copy)]
pub struct TrainOptions {
    /// Passes over the data.
    pub epochs: usize,
    /// Feature hash width: `2^bits` buckets.
    pub bits: u8,
    /// Smallest quantised weight (of ±32767) kept in the model; smaller ones are dropped.
    pub min_weight: i16,
    /// Seed of the visiting order.
    pub seed: u64,
}

impl Default for TrainOptions {
    fn default() -> Self {
        TrainOptions {
            epochs: 12,
            bits: 18,
            min_weight: 16,
            seed: 2024,
        }
    }
}

const L: usize = Label::COUNT;

/// Dense weights with the sums that averaging needs: the average of `w` over every step is
/// `w - u / steps`, where `u` adds up each change times the step it happened at.
struct Averaged {
    w: Vec<f32>,
    u: Vec<f32>,
}

impl Averaged {
    fn new(n: usize) -> Self {
        Averaged {
            w: vec![0.0; n],
            u: vec![0.0; n],
        }
    }
    fn add(&mut self, i: usize, by: f32, step: f32) {
        self.w[i] += by;
        self.u[i] += by * step;
    }
    fn average(&self, steps: f32) -> Vec<f32> {
        self.w
            .iter()
            .zip(&self.u)
            .map(|(w, u)| w - u / steps)
            .collect()
    }
}

/// Train a model on `examples` (an example whose label count differs from its token count
/// is skipped).
pub fn train(examples: &[Example], options: TrainOptions) -> Model {
    let bits = options.bits;
    let data: Vec<(Vec<Vec<u32>>, &[Label])> = examples
        .iter()
        .filter_map(|e| {
            let toks = tokens(&e.text);
            (toks.len() == e.labels.len() && !toks.is_empty())
                .then(|| (features(&e.text, &toks, bits), e.labels.as_slice()))
        })
        .collect();
    let mut weights = Averaged::new((1usize << bits) * L);
    let mut start = Averaged::new(L);
    let mut trans = Averaged::new(L * L);
    let mut order: Vec<usize> = (0..data.len()).collect();
    let mut rng = options.seed | 1;
    let mut step = 1f32;
    for _ in 0..options.epochs {
        // Fisher–Yates with xorshift64: the same order on every machine.
        for i in (1..order.len()).rev() {
            rng ^= rng << 13;
            rng ^= rng >> 7;
            rng ^= rng << 17;
            order.swap(i, (rng % (i as u64 + 1)) as usize);
        }
        for &k in &order {
            let (feats, gold) = &data[k];
            let emissions: Vec<[f32; L]> = feats
                .iter()
                .map(|f| {
                    let mut s = [0f32; L];
                    for &b in f {
                        let row = &weights.w[b as usize * L..b as usize * L + L];
                        for (slot, w) in s.iter_mut().zip(row) {
                            *slot += w;
                        }
                    }
                    s
                })
                .collect();
            let guess = viterbi(&start.w, &trans.w, &emissions);
            if guess != *gold {
                for (t, (g, p)) in gold.iter().zip(&guess).enumerate() {
                    if g != p {
                        for &b in &feats[t] {
                            weights.add(b as usize * L + *g as usize, 1.0, step);
                            weights.add(b as usize * L + *p as usize, -1.0, step);
                        }
                    }
                    let (gp, pp) = if t == 0 {
                        (None, None)
                    } else {
                        (Some(gold[t - 1]), Some(guess[t - 1]))
                    };
                    if (gp, g) != (pp, p) {
                        match (gp, pp) {
                            (Some(a), Some(b)) => {
                                trans.add(a as usize * L + *g as usize, 1.0, step);
                                trans.add(b as usize * L + *p as usize, -1.0, step);
                            }
                            _ => {
                                start.add(*g as usize, 1.0, step);
                                start.add(*p as usize, -1.0, step);
                            }
                        }
                    }
                }
            }
            step += 1.0;
        }
    }
    Model::from_dense(
        bits,
        start.average(step),
        trans.average(step),
        &weights.average(step),
        options.min_weight,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn example(words: &[(&str, Label)]) -> Example {
        Example {
            text: words.iter().map(|w| w.0).collect::<Vec<_>>().join(" "),
            labels: words.iter().map(|w| w.1).collect(),
        }
    }

    #[test]
    fn learns_a_small_style_and_is_deterministic() {
        use Label::*;
        let data = vec![
            example(&[
                ("Smith,", Author),
                ("J.", Author),
                ("(2001).", Date),
                ("Rivers", Title),
                ("of", Title),
                ("sand.", Title),
                ("Nature,", Container),
                ("12,", Volume),
                ("3–9.", Pages),
            ]),
            example(&[
                ("Okafor,", Author),
                ("B.", Author),
                ("(1999).", Date),
                ("Clouds", Title),
                ("and", Title),
                ("rain.", Title),
                ("Science,", Container),
                ("7,", Volume),
                ("10–19.", Pages),
            ]),
        ];
        let options = TrainOptions {
            epochs: 5,
            bits: 12,
            min_weight: 1,
            seed: 7,
        };
        let model = train(&data, options);
        assert_eq!(
            model.to_bytes(),
            train(&data, options).to_bytes(),
            "same data, same model"
        );
        let text = "Novak, C. (2010). Winds of change. Nature, 4, 1–2.";
        let toks = tokens(text);
        let got = model.decode(&features(text, &toks, options.bits));
        assert_eq!(
            got,
            [Author, Author, Date, Title, Title, Title, Container, Volume, Pages]
        );
    }
}
