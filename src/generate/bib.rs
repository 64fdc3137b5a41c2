//! A deterministic `.bib` of N entries of every type citecheck maps (article, book,
//! incollection, inproceedings, thesis, report, online, misc), with particles, organisations,
//! editors, full and partial dates, DOIs and URLs. The same seed gives the same file.

use super::Lcg;

const FAMILIES: &[&str] = &[
    "Khan", "Ahmed", "Smith", "Okafor", "Chen", "Novak", "Garcia", "Müller", "Rossi", "Tanaka",
    "Ibrahim", "Kowalski", "Haddad", "Silva", "Nguyen", "Berg", "Dubois", "Patel", "Larsen",
    "Costa",
];
const GIVENS: &[&str] = &[
    "Sara", "Ali", "John", "Mei", "Ivan", "Lucia", "Omar", "Anna", "Kenji", "Fatima", "Peter",
    "Ngozi", "Hassan", "Marta", "Luis",
];
const PARTICLES: &[&str] = &["van der", "de", "von", "da"];
const ORGS: &[&str] = &[
    "World Health Organization",
    "United Nations Development Programme",
    "Ministry of Foreign Affairs",
    "International Monetary Fund",
];
const WORDS: &[&str] = &[
    "security",
    "trade",
    "policy",
    "water",
    "energy",
    "regional",
    "cooperation",
    "migration",
    "health",
    "climate",
    "border",
    "economic",
    "networks",
    "learning",
    "urban",
    "history",
    "conflict",
    "growth",
    "models",
    "reform",
];
const JOURNALS: &[&str] = &[
    "Journal of Peace Research",
    "Asian Survey",
    "World Development",
    "Nature Climate Change",
    "Review of International Studies",
];
const PUBLISHERS: &[&str] = &[
    "Oxford University Press",
    "Routledge",
    "Springer",
    "Cambridge University Press",
    "Trafford",
];
const PLACES: &[&str] = &["London", "New York", "Karachi", "Berlin"];
const UNIS: &[&str] = &[
    "University of Oxford",
    "Quaid-i-Azam University",
    "University of Toronto",
];

fn title(rng: &mut Lcg) -> String {
    let n = 3 + rng.below_u64(6) as usize;
    let mut words: Vec<String> = (0..n).map(|_| rng.pick(WORDS).to_string()).collect();
    words[0] = capitalise(&words[0]);
    words.join(" ")
}

fn capitalise(w: &str) -> String {
    let mut c = w.chars();
    c.next()
        .map(|f| f.to_uppercase().collect::<String>() + c.as_str())
        .unwrap_or_default()
}

fn people(rng: &mut Lcg, max: u64) -> String {
    let n = 1 + rng.below_u64(max);
    (0..n)
        .map(|_| match rng.below_u64(12) {
            0 => format!("{{{}}}", rng.pick(ORGS)),
            1 => format!(
                "{} {}, {}",
                rng.pick(PARTICLES),
                rng.pick(FAMILIES),
                rng.pick(GIVENS)
            ),
            _ => format!("{}, {}", rng.pick(FAMILIES), rng.pick(GIVENS)),
        })
        .collect::<Vec<_>>()
        .join(" and ")
}

fn date(rng: &mut Lcg) -> String {
    let year = 1990 + rng.below_u64(35);
    match rng.below_u64(3) {
        0 => year.to_string(),
        1 => format!("{year}-{:02}", 1 + rng.below_u64(12)),
        _ => format!(
            "{year}-{:02}-{:02}",
            1 + rng.below_u64(12),
            1 + rng.below_u64(28)
        ),
    }
}

/// The `.bib` text of `n` entries.
/// A `.bib` library of `n` entries (always the same for the same `n`).
pub fn bib(n: usize) -> String {
    let mut rng = Lcg::from_state(20240119);
    let mut out = String::new();
    for i in 0..n {
        let key = format!("gen{i:05}");
        let kind = rng.below_u64(8);
        let mut fields = vec![
            ("author", people(&mut rng, 4)),
            ("title", title(&mut rng)),
            ("date", date(&mut rng)),
        ];
        let ty = match kind {
            0 | 1 => {
                fields.push(("journaltitle", rng.pick(JOURNALS).into()));
                fields.push(("volume", (1 + rng.below_u64(60)).to_string()));
                fields.push(("number", (1 + rng.below_u64(12)).to_string()));
                let p = 1 + rng.below_u64(400);
                fields.push(("pages", format!("{p}--{}", p + 1 + rng.below_u64(30))));
                if rng.below_u64(2) == 0 {
                    fields.push((
                        "doi",
                        format!(
                            "10.{}/{}",
                            1000 + rng.below_u64(9000),
                            100000 + rng.below_u64(900000)
                        ),
                    ));
                }
                "article"
            }
            2 => {
                fields.push(("publisher", rng.pick(PUBLISHERS).into()));
                if rng.below_u64(2) == 0 {
                    fields.push(("location", rng.pick(PLACES).into()));
                }
                if rng.below_u64(4) == 0 {
                    fields.push(("edition", (2 + rng.below_u64(4)).to_string()));
                }
                "book"
            }
            3 => {
                fields.push(("editor", people(&mut rng, 2)));
                fields.push(("booktitle", title(&mut rng)));
                fields.push(("publisher", rng.pick(PUBLISHERS).into()));
                let p = 1 + rng.below_u64(300);
                fields.push(("pages", format!("{p}--{}", p + 10 + rng.below_u64(20))));
                "incollection"
            }
            4 => {
                fields.push((
                    "booktitle",
                    format!(
                        "Proceedings of the {} Conference",
                        capitalise(rng.pick(WORDS))
                    ),
                ));
                let p = 1 + rng.below_u64(300);
                fields.push(("pages", format!("{p}--{}", p + 5 + rng.below_u64(10))));
                "inproceedings"
            }
            5 => {
                fields.push(("institution", rng.pick(UNIS).into()));
                "thesis"
            }
            6 => {
                fields.push(("institution", rng.pick(ORGS).into()));
                fields.push(("number", (1 + rng.below_u64(99)).to_string()));
                "report"
            }
            _ => {
                fields.push((
                    "url",
                    format!("https://example.org/{}/{i}", rng.pick(WORDS)),
                ));
                if rng.below_u64(2) == 0 {
                    fields.push(("organization", rng.pick(ORGS).into()));
                }
                "online"
            }
        };
        out.push_str(&format!("@{ty}{{{key},\n"));
        for (k, v) in fields {
            out.push_str(&format!("  {k} = {{{v}}},\n"));
        }
        out.push_str("}\n\n");
    }
    out
}
