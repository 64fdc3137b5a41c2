//! Deterministic generators of papers, reference lists and `.bib` libraries, for benchmarks
//! and tests.
//!
//! A seeded linear congruential generator picks realistic parts (names with particles and
//! non-ASCII letters, organisations, titles, journals, publishers) and lays them out in one of
//! several citation styles. The same seed always gives the same text.

mod bib;

pub use bib::bib;

/// Citation styles the generator writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GenStyle {
    Apa,
    Chicago,
    Harvard,
    Ieee,
    Vancouver,
}

impl GenStyle {
    pub const ALL: [GenStyle; 5] = [
        GenStyle::Apa,
        GenStyle::Chicago,
        GenStyle::Harvard,
        GenStyle::Ieee,
        GenStyle::Vancouver,
    ];

    pub fn is_numeric(self) -> bool {
        matches!(self, GenStyle::Ieee | GenStyle::Vancouver)
    }
}

/// A small, fast, seeded pseudo-random generator (Knuth's MMIX constants).
#[derive(Debug, Clone)]
pub struct Lcg(u64);

impl Lcg {
    /// A generator whose state is `state` as given (no scrambling of the seed).
    pub fn from_state(state: u64) -> Self {
        Lcg(state)
    }

    pub fn next_u64(&mut self) -> u64 {
        u64::from(self.next_u32())
    }

    /// A number in `0..n` (n > 0), as a `u64`.
    pub fn below_u64(&mut self, n: u64) -> u64 {
        self.next_u64() % n.max(1)
    }

    pub fn new(seed: u64) -> Self {
        Lcg(seed
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407))
    }

    pub fn next_u32(&mut self) -> u32 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (self.0 >> 33) as u32
    }

    /// A number in `0..n` (n > 0).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u32() as usize) % n.max(1)
    }

    pub fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }
}

const FAMILIES: &[&str] = &[
    "Alvarez",
    "Chen",
    "Okafor",
    "Novak",
    "Ibrahim",
    "Brandt",
    "Ødegaard",
    "Sæther",
    "Müller",
    "Nakamura",
    "Kowalczyk",
    "Haddad",
    "O'Neill",
    "Fazl-e-Haider",
    "Mensah",
    "Karimi",
    "Lindqvist",
    "Tanaka",
    "Rossi",
    "Patel",
    "García",
    "Nguyen",
    "Petrov",
    "Dubois",
    "Smith",
    "Jones",
    "Kim",
    "Zhang",
    "Moreau",
    "Costa",
    "Eriksen",
    "Papadopoulos",
    "Yilmaz",
    "Santos",
    "Fischer",
    "Ahmed",
];
const PARTICLES: &[&str] = &["van der", "de la", "von", "al-", "de"];
const GIVEN: &[&str] = &[
    "Maria", "Li", "Ngozi", "Jana", "Omar", "Katrin", "Ingrid", "Bjørn", "Hiroshi", "Anna",
    "Samir", "Siobhán", "Kofi", "Reza", "Elin", "Yuki", "Paolo", "Priya", "Lucía", "Minh", "Ivan",
];
const ORGS: &[&str] = &[
    "World Health Organization",
    "OECD",
    "World Bank",
    "Pew Research Center",
    "Natural England",
    "UNESCO",
];
const TITLE_WORDS: &[&str] = &[
    "homework",
    "sleep",
    "adolescent",
    "networks",
    "remittance",
    "markets",
    "wetland",
    "restoration",
    "attention",
    "sparse",
    "adherence",
    "policy",
    "evidence",
    "panel",
    "rural",
    "households",
    "climate",
    "migration",
    "learning",
    "models",
    "trade",
    "health",
    "outcomes",
    "schools",
    "risk",
    "inequality",
    "governance",
    "memory",
    "reform",
    "identity",
    "transport",
    "energy",
    "urban",
];
const JOURNALS: &[&str] = &[
    "Journal of Applied Ecology",
    "World Development",
    "Nature Communications",
    "Educational Researcher",
    "IEEE Transactions on Pattern Analysis and Machine Intelligence",
    "The Lancet",
    "Review of Economic Studies",
    "Journal of Development Economics",
    "BMJ Open",
    "Computers & Education",
];
const PUBLISHERS: &[(&str, &str)] = &[
    ("Oxford", "Oxford University Press"),
    ("London", "Routledge"),
    ("Cambridge, MA", "MIT Press"),
    ("Berlin", "Springer"),
    ("New York", "Columbia University Press"),
    ("Chicago", "University of Chicago Press"),
];

/// One generated work.
#[derive(Debug, Clone)]
struct Work {
    /// (family with particle, given) per author; an organisation has an empty given name.
    authors: Vec<(String, String)>,
    year: i32,
    title: String,
    journal: Option<&'static str>,
    volume: u32,
    issue: u32,
    first_page: u32,
    publisher: (&'static str, &'static str),
}

fn work(rng: &mut Lcg, serial: usize) -> Work {
    // Organisations are few and publish often: a handful at the start of every list.
    let organisation = serial < 60 && rng.below(12) == 0;
    let authors = if organisation {
        vec![(rng.pick(ORGS).to_string(), String::new())]
    } else {
        (0..1 + rng.below(4))
            .map(|_| {
                let family = rng.pick(FAMILIES);
                let family = match rng.below(10) {
                    0 => {
                        let p = rng.pick(PARTICLES);
                        if p.ends_with('-') {
                            format!("{p}{family}")
                        } else {
                            format!("{p} {family}")
                        }
                    }
                    _ => family.to_string(),
                };
                // A serial suffix keeps works apart at any size, as in real lists, where one author
                // rarely has more than a few works in one year.
                let family = if serial < FAMILIES.len() {
                    family
                } else {
                    format!("{family}{}", suffix_letters(serial))
                };
                (family, rng.pick(GIVEN).to_string())
            })
            .collect()
    };
    let n = 4 + rng.below(6);
    let mut words: Vec<String> = (0..n).map(|_| rng.pick(TITLE_WORDS).to_string()).collect();
    if let Some(first) = words.first_mut() {
        let mut c = first.chars();
        *first = c
            .next()
            .map(|f| f.to_uppercase().collect::<String>() + c.as_str())
            .unwrap_or_default();
    }
    Work {
        authors,
        year: 1990 + rng.below(35) as i32,
        title: words.join(" "),
        journal: (rng.below(3) > 0).then(|| rng.pick(JOURNALS)),
        volume: 1 + rng.below(80) as u32,
        issue: 1 + rng.below(12) as u32,
        first_page: 1 + rng.below(900) as u32,
        publisher: PUBLISHERS[rng.below(PUBLISHERS.len())],
    }
}

/// "ab", "qx": letters that make a generated family name unique.
fn suffix_letters(mut n: usize) -> String {
    let mut s = String::new();
    loop {
        s.push((b'a' + (n % 26) as u8) as char);
        n /= 26;
        if n == 0 {
            break;
        }
    }
    s
}

/// The first initial with its full stop, as the generated entries write a given name: "J."
/// (generated given names are single words).
fn initials(given: &str) -> String {
    crate::text::initial_letters(given)
        .next()
        .map(|c| format!("{c}."))
        .unwrap_or_default()
}

fn entry(w: &Work, style: GenStyle, number: usize) -> String {
    let org = w.authors.len() == 1 && w.authors[0].1.is_empty();
    let pages = format!("{}–{}", w.first_page, w.first_page + 14);
    match style {
        GenStyle::Apa | GenStyle::Harvard => {
            let names: Vec<String> = w
                .authors
                .iter()
                .map(|(f, g)| {
                    if g.is_empty() {
                        f.clone()
                    } else {
                        format!("{f}, {}", initials(g))
                    }
                })
                .collect();
            let who = match names.as_slice() {
                [one] => one.clone(),
                [rest @ .., last] => format!("{}, & {last}", rest.join(", ")),
                [] => String::new(),
            };
            let who = if org {
                who
            } else {
                who.trim_end_matches('.').to_string() + "."
            };
            match (w.journal, style) {
                (Some(j), GenStyle::Apa) => format!(
                    "{who} ({}). {}. *{j}*, *{}*({}), {pages}.",
                    w.year, w.title, w.volume, w.issue
                ),
                (Some(j), _) => format!(
                    "{who} ({}) '{}', *{j}*, {}({}), pp. {pages}.",
                    w.year, w.title, w.volume, w.issue
                ),
                (None, GenStyle::Apa) => {
                    format!("{who} ({}). *{}*. {}.", w.year, w.title, w.publisher.1)
                }
                (None, _) => format!(
                    "{who} ({}) *{}*. {}: {}.",
                    w.year, w.title, w.publisher.0, w.publisher.1
                ),
            }
        }
        GenStyle::Chicago => {
            let names: Vec<String> = w
                .authors
                .iter()
                .enumerate()
                .map(|(i, (f, g))| {
                    if g.is_empty() {
                        f.clone()
                    } else if i == 0 {
                        format!("{f}, {g}")
                    } else {
                        format!("{g} {f}")
                    }
                })
                .collect();
            let who = match names.as_slice() {
                [one] => one.clone(),
                [rest @ .., last] => format!("{}, and {last}", rest.join(", ")),
                [] => String::new(),
            };
            match w.journal {
                Some(j) => format!(
                    "{who}. {}. “{}.” *{j}* {} ({}): {pages}.",
                    w.year, w.title, w.volume, w.issue
                ),
                None => format!(
                    "{who}. {}. *{}*. {}: {}.",
                    w.year, w.title, w.publisher.0, w.publisher.1
                ),
            }
        }
        GenStyle::Ieee => {
            let names: Vec<String> = w
                .authors
                .iter()
                .map(|(f, g)| {
                    if g.is_empty() {
                        f.clone()
                    } else {
                        format!("{} {f}", initials(g))
                    }
                })
                .collect();
            let who = match names.as_slice() {
                [one] => one.clone(),
                [a, b] => format!("{a} and {b}"),
                [rest @ .., last] => format!("{}, and {last}", rest.join(", ")),
                [] => String::new(),
            };
            match w.journal {
                Some(j) => format!(
                    "[{number}] {who}, “{},” *{j}*, vol. {}, no. {}, pp. {pages}, {}.",
                    w.title, w.volume, w.issue, w.year
                ),
                None => format!(
                    "[{number}] {who}, *{}*. {}: {}, {}.",
                    w.title, w.publisher.0, w.publisher.1, w.year
                ),
            }
        }
        GenStyle::Vancouver => {
            let names: Vec<String> = w
                .authors
                .iter()
                .map(|(f, g)| {
                    if g.is_empty() {
                        f.clone()
                    } else {
                        format!("{f} {}", g.chars().next().unwrap_or('X'))
                    }
                })
                .collect();
            match w.journal {
                Some(j) => format!(
                    "{number}. {}. {}. {j}. {};{}({}):{}-{}.",
                    names.join(", "),
                    w.title,
                    w.year,
                    w.volume,
                    w.issue,
                    w.first_page,
                    w.first_page + 14
                ),
                None => format!(
                    "{number}. {}. {}. {}: {}; {}.",
                    names.join(", "),
                    w.title,
                    w.publisher.0,
                    w.publisher.1,
                    w.year
                ),
            }
        }
    }
}

fn cite_name(w: &Work) -> String {
    let fam = |i: usize| w.authors[i].0.clone();
    match w.authors.len() {
        1 => fam(0),
        2 => format!("{} & {}", fam(0), fam(1)),
        _ => format!("{} et al.", fam(0)),
    }
}

const SENTENCES: &[&str] = &[
    "Earlier work reports similar effects in comparable settings",
    "The estimates are robust to the choice of controls",
    "This pattern has been documented across several regions",
    "Measurement follows the protocol described in the original study",
    "The argument is contested in the literature",
    "Results of this kind were replicated with larger samples",
];

/// A paper with `entries` references and `citations` in-text citations, in `style`.
/// The text cites works in order of first citation, as numeric styles require.
pub fn paper(seed: u64, style: GenStyle, entries: usize, citations: usize) -> String {
    let mut rng = Lcg::new(seed);
    let works: Vec<Work> = (0..entries).map(|i| work(&mut rng, i)).collect();
    let mut out = String::with_capacity(entries * 160 + citations * 120);
    out.push_str("# A generated paper\n\n");
    let per_paragraph = 6;
    for c in 0..citations {
        // First citations in list order, then anything.
        let i = if c < entries {
            c
        } else {
            rng.below(entries.max(1))
        };
        let w = &works[i];
        let cite = if style.is_numeric() {
            format!("[{}]", i + 1)
        } else if style == GenStyle::Chicago {
            format!("({} {})", cite_name(w).replace(" & ", " and "), w.year)
        } else {
            format!("({}, {})", cite_name(w), w.year)
        };
        out.push_str(rng.pick(SENTENCES));
        out.push(' ');
        out.push_str(&cite);
        out.push_str(". ");
        if c % per_paragraph == per_paragraph - 1 {
            out.push_str("\n\n");
        }
    }
    out.push_str("\n\n## References\n\n");
    reference_lines(&works, style, &mut out, "\n\n");
    out
}

/// A list of `n` bare reference strings, one per line, in mixed styles.
pub fn reference_list(seed: u64, n: usize) -> String {
    let mut rng = Lcg::new(seed);
    let mut out = String::with_capacity(n * 150);
    for i in 0..n {
        let w = work(&mut rng, i);
        let style = GenStyle::ALL[i % GenStyle::ALL.len()];
        let line = entry(&w, style, i + 1);
        // Bare strings carry no list numbers.
        let line = if style.is_numeric() {
            line.split_once(' ')
                .map_or(line.clone(), |(_, rest)| rest.to_string())
        } else {
            line
        };
        out.push_str(&line);
        out.push('\n');
    }
    out
}

fn reference_lines(works: &[Work], style: GenStyle, out: &mut String, sep: &str) {
    let mut order: Vec<usize> = (0..works.len()).collect();
    if !style.is_numeric() {
        order.sort_by(|&a, &b| {
            crate::lexicon::fold_name(&works[a].authors[0].0)
                .cmp(&crate::lexicon::fold_name(&works[b].authors[0].0))
        });
    }
    for i in order {
        out.push_str(&entry(&works[i], style, i + 1));
        out.push_str(sep);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn deterministic_and_sized() {
        assert_eq!(
            paper(7, GenStyle::Apa, 20, 50),
            paper(7, GenStyle::Apa, 20, 50)
        );
        assert_ne!(
            paper(7, GenStyle::Apa, 20, 50),
            paper(8, GenStyle::Apa, 20, 50)
        );
        assert_eq!(reference_list(1, 100).lines().count(), 100);
    }
}
