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

/// The learning rule.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Algorithm {
    /// Averaged structured perceptron: an update on every sequence decoded wrong.
    Perceptron,
    /// Conditional random field: stochastic gradient ascent on the log-likelihood with an L2
    /// penalty, marginals by forward–backward.
    Crf,
}

/// How to train.
#[derive(Debug, Clone, Copy)]
pub struct TrainOptions {
    pub algorithm: Algorithm,
    /// L2 penalty of the CRF, per sequence: `c2 / sequences` at each step.
    pub c2: f64,
    /// Passes over the data.
    pub epochs: usize,
    /// Feature hash width: `2^bits` buckets.
    pub bits: u8,
    /// Smallest quantised weight (of ±32767) kept in the model; smaller ones are dropped.
    pub min_weight: i16,
    /// Seed of the visiting order.
    pub seed: u64,
    /// Perceptrons trained, each in its own visiting order (seeds `seed`, `seed + 1` ...),
    /// whose weights are averaged: one order's luck moves a field's held-out score by a
    /// percentage point or two, the mean of several much less.
    pub orders: usize,
}

impl Default for TrainOptions {
    fn default() -> Self {
        TrainOptions {
            algorithm: Algorithm::Perceptron,
            c2: 1.0,
            epochs: 12,
            bits: 14,
            min_weight: 16,
            seed: 2024,
            orders: 1,
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
    match options.algorithm {
        Algorithm::Perceptron => {
            let orders = options.orders.max(1);
            let mut sum: Option<Dense> = None;
            for k in 0..orders {
                let seed = options.seed.wrapping_add(k as u64);
                let one = perceptron(&data, TrainOptions { seed, ..options });
                match sum.as_mut() {
                    Some(total) => total.add(&one),
                    None => sum = Some(one),
                }
            }
            let mut mean = sum.unwrap_or_default();
            mean.scale(1.0 / orders as f32);
            Model::from_dense(
                bits,
                mean.start,
                mean.trans,
                &mean.weights,
                options.min_weight,
            )
        }
        Algorithm::Crf => crf(&data, options),
    }
}

/// A visiting order for each epoch: Fisher–Yates with xorshift64, the same on every machine.
struct Shuffle(u64);

impl Shuffle {
    fn shuffle(&mut self, order: &mut [usize]) {
        for i in (1..order.len()).rev() {
            self.0 ^= self.0 << 13;
            self.0 ^= self.0 >> 7;
            self.0 ^= self.0 << 17;
            order.swap(i, (self.0 % (i as u64 + 1)) as usize);
        }
    }
}

type Data<'e> = [(Vec<Vec<u32>>, &'e [Label])];

/// A model's weights before they are quantised.
#[derive(Default)]
struct Dense {
    start: Vec<f32>,
    trans: Vec<f32>,
    weights: Vec<f32>,
}

impl Dense {
    fn add(&mut self, other: &Dense) {
        for (a, b) in [
            (&mut self.start, &other.start),
            (&mut self.trans, &other.trans),
            (&mut self.weights, &other.weights),
        ] {
            a.iter_mut().zip(b).for_each(|(x, y)| *x += y);
        }
    }

    fn scale(&mut self, by: f32) {
        for v in [&mut self.start, &mut self.trans, &mut self.weights] {
            v.iter_mut().for_each(|x| *x *= by);
        }
    }
}

fn perceptron(data: &Data<'_>, options: TrainOptions) -> Dense {
    let bits = options.bits;
    let mut weights = Averaged::new((1usize << bits) * L);
    let mut start = Averaged::new(L);
    let mut trans = Averaged::new(L * L);
    let mut order: Vec<usize> = (0..data.len()).collect();
    let mut shuffle = Shuffle(options.seed | 1);
    let mut step = 1f32;
    for _ in 0..options.epochs {
        shuffle.shuffle(&mut order);
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
    Dense {
        start: start.average(step),
        trans: trans.average(step),
        weights: weights.average(step),
    }
}

fn crf(data: &Data<'_>, options: TrainOptions) -> Model {
    let bits = options.bits;
    // Feature weights are `scale * v`: the L2 penalty shrinks every weight at every step,
    // which the one factor does without touching them all.
    let mut v = vec![0f64; (1usize << bits) * L];
    let mut scale = 1f64;
    let mut start = vec![0f64; L];
    let mut trans = vec![0f64; L * L];
    let lambda = options.c2 / data.len().max(1) as f64;
    let eta0 = 0.1;
    let mut order: Vec<usize> = (0..data.len()).collect();
    let mut shuffle = Shuffle(options.seed | 1);
    let mut step = 0f64;
    for _ in 0..options.epochs {
        shuffle.shuffle(&mut order);
        for &k in &order {
            let (feats, gold) = &data[k];
            let eta = eta0 / (1.0 + lambda * eta0 * step);
            step += 1.0;
            scale *= 1.0 - eta * lambda;
            if scale < 1e-9 {
                for w in &mut v {
                    *w *= scale;
                }
                scale = 1.0;
            }
            let n = feats.len();
            let emissions: Vec<[f64; L]> = feats
                .iter()
                .map(|f| {
                    let mut s = [0f64; L];
                    for &b in f {
                        let row = &v[b as usize * L..b as usize * L + L];
                        for (slot, w) in s.iter_mut().zip(row) {
                            *slot += w;
                        }
                    }
                    s.map(|x| x * scale)
                })
                .collect();
            let m = Marginals::new(&start, &trans, &emissions);
            let up = eta / scale;
            for t in 0..n {
                for l in 0..L {
                    let g = f64::from(u8::from(gold[t] as usize == l)) - m.node(t, l);
                    if g.abs() > 1e-6 {
                        for &b in &feats[t] {
                            v[b as usize * L + l] += up * g;
                        }
                    }
                }
            }
            for (l, w) in start.iter_mut().enumerate() {
                *w += eta * (f64::from(u8::from(gold[0] as usize == l)) - m.node(0, l));
            }
            for t in 1..n {
                for a in 0..L {
                    for b in 0..L {
                        let observed = gold[t - 1] as usize == a && gold[t] as usize == b;
                        trans[a * L + b] += eta * (f64::from(u8::from(observed)) - m.edge(t, a, b));
                    }
                }
            }
        }
    }
    let weights: Vec<f32> = v.iter().map(|w| (w * scale) as f32).collect();
    Model::from_dense(
        bits,
        start.iter().map(|&x| x as f32).collect(),
        trans.iter().map(|&x| x as f32).collect(),
        &weights,
        options.min_weight,
    )
}

/// Node and edge marginals of a linear chain, by scaled forward–backward.
struct Marginals {
    alpha: Vec<[f64; L]>,
    beta: Vec<[f64; L]>,
    /// `exp(emission)` (shifted by each word's maximum) of every word.
    e: Vec<[f64; L]>,
    /// `exp(trans)`.
    m: Vec<f64>,
    /// The forward pass's normaliser at each word.
    c: Vec<f64>,
}

impl Marginals {
    fn new(start: &[f64], trans: &[f64], emissions: &[[f64; L]]) -> Self {
        let n = emissions.len();
        let m: Vec<f64> = trans.iter().map(|x| x.exp()).collect();
        let e: Vec<[f64; L]> = emissions
            .iter()
            .map(|s| {
                let max = s.iter().fold(f64::NEG_INFINITY, |a, &b| a.max(b));
                s.map(|x| (x - max).exp())
            })
            .collect();
        let mut alpha = vec![[0f64; L]; n];
        let mut c = vec![0f64; n];
        for l in 0..L {
            alpha[0][l] = start[l].exp() * e[0][l];
        }
        c[0] = alpha[0].iter().sum::<f64>().max(f64::MIN_POSITIVE);
        alpha[0] = alpha[0].map(|x| x / c[0]);
        for t in 1..n {
            for b in 0..L {
                let s: f64 = (0..L).map(|a| alpha[t - 1][a] * m[a * L + b]).sum();
                alpha[t][b] = s * e[t][b];
            }
            c[t] = alpha[t].iter().sum::<f64>().max(f64::MIN_POSITIVE);
            alpha[t] = alpha[t].map(|x| x / c[t]);
        }
        let mut beta = vec![[1f64; L]; n];
        for t in (0..n.saturating_sub(1)).rev() {
            for a in 0..L {
                let s: f64 = (0..L)
                    .map(|b| m[a * L + b] * e[t + 1][b] * beta[t + 1][b])
                    .sum();
                beta[t][a] = s / c[t + 1];
            }
        }
        Marginals {
            alpha,
            beta,
            e,
            m,
            c,
        }
    }

    /// P(word `t` has label `l`).
    fn node(&self, t: usize, l: usize) -> f64 {
        self.alpha[t][l] * self.beta[t][l]
    }

    /// P(word `t - 1` has label `a` and word `t` label `b`).
    fn edge(&self, t: usize, a: usize, b: usize) -> f64 {
        self.alpha[t - 1][a] * self.m[a * L + b] * self.e[t][b] * self.beta[t][b] / self.c[t]
    }
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
        for algorithm in [Algorithm::Perceptron, Algorithm::Crf] {
            let options = TrainOptions {
                algorithm,
                c2: 1.0,
                epochs: 5,
                bits: 12,
                min_weight: 1,
                seed: 7,
                orders: 2,
            };
            let model = train(&data, options);
            assert_eq!(
                model.to_bytes(),
                train(&data, options).to_bytes(),
                "same data, same model ({algorithm:?})"
            );
            let text = "Novak, C. (2010). Winds of change. Nature, 4, 1–2.";
            let toks = tokens(text);
            let got = model.decode(&features(text, &toks, options.bits));
            assert_eq!(
                got,
                [Author, Author, Date, Title, Title, Title, Container, Volume, Pages],
                "{algorithm:?}"
            );
        }
    }
}
