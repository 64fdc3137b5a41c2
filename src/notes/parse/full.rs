//! Full citations in a note: the names before the title, the title, the publication
//! parenthesis and the page, and the same citation made into a bibliography-shaped string
//! (first author inverted) for the reference parser.

use super::*;

/// Names, then a description where a title would be, before a container: "Ward Cunningham,
/// untitled comments, _GitHub_ (2012)", "Ann Lee, interview by the author, ...".
pub(super) static DESCRIBED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*(?P<names>\p{Lu}[\p{L}.'’\-]*(?:\s+\p{Lu}[\p{L}.'’\-]*){1,3}),\s+\p{Ll}[\p{L}\s]{2,40}?,\s*$")
        .expect("DESCRIBED is a valid regex")
});

/// A full citation: the names before the title, the title, the publication parenthesis at
/// `p0..p1`, then a page. The citation is also made into a bibliography-shaped string
/// (first author inverted) for the reference parser.
pub(super) fn full(seg: &str, base: usize, p0: usize, p1: usize) -> Option<NoteCite> {
    let title = citing_title(seg, p0);
    if title.is_none() {
        if let Some(late) = title_after(seg, p1) {
            return dated_first(seg, base, p0, p1, late);
        }
    }
    let limit = title.as_ref().map_or(p0, |t| t.outer.0);
    let mut start = cite_start(seg, limit);
    // With a marked title, the names are the run of name words just before it ("... can be
    // found in David Cole, ‘The ...’": David Cole).
    if title.is_some() {
        start = start.max(name_run_start(&seg[..limit]));
    }
    // No names just before the title, but names and a description open the citation.
    let opened = cite_start(seg, limit);
    let described = DESCRIBED
        .captures(&seg[opened..limit])
        .and_then(|c| c.name("names"))
        .filter(|_| title.is_some() && seg[start..limit].trim().is_empty())
        .map(|m| (opened + m.start(), opened + m.end()));
    if let Some((from, _)) = described {
        start = from;
    }
    let (s, _) = trim_bounds(seg, start, p0);
    let (authors, rest_from, title_text) = match &title {
        Some(t) if t.outer.0 >= s => (
            match described {
                Some((from, to)) => &seg[from..to],
                None => seg[s..t.outer.0].trim().trim_end_matches(',').trim(),
            },
            t.outer.0,
            Some(strip_marks(t.inner(seg))),
        ),
        _ => {
            // No marked title: names up to the first comma not followed by more names.
            let head = &seg[s..p0];
            let cut = plain_author_end(head)?;
            let rest = head[cut..].trim_start_matches([',', ' ']);
            let title = rest.split([',', '(']).next().map(strip_marks);
            (head[..cut].trim(), p0 - rest.len(), title)
        }
    };
    if title_text.as_deref().is_none_or(str::is_empty) {
        return None;
    }
    // A case: "*Harrow v Denbigh Mills Ltd*", "Brown v. Board of Education, 347 U.S. 483".
    let legal_title = title_text.as_deref().is_some_and(names_parties)
        || (title.is_none() && names_parties(authors));
    let authors = without_possessive(authors);
    if authors.chars().any(|c| c.is_ascii_digit()) {
        return None;
    }
    // What follows the parenthesis: an article's page range, then the page cited.
    let tail = &seg[p1..];
    let (range, locator) = tail_pages(tail);
    let (marked, after) = match title.as_ref().filter(|t| t.outer.0 >= s) {
        Some(t) => (
            Some((
                &seg[t.outer.0..t.inner.0],
                t.inner(seg),
                &seg[t.inner.1..t.outer.1],
            )),
            &seg[t.outer.1..p0],
        ),
        None => {
            let rest = &seg[rest_from..p0];
            let cut = rest.find([',', '(']).unwrap_or(rest.len());
            (Some(("", &rest[..cut], "")), &rest[cut..])
        }
    };
    let bib = bibliography_form(&invert(authors), marked, after, &seg[p0..p1], range);
    let mut work = reference::parse(&bib);
    // The parser may take a chapter's book for its title; the note's own title stands.
    if let Some(t) = &title_text {
        if work.title.as_ref() != Some(t) {
            if work.publisher.as_ref() == Some(t) {
                work.publisher = None;
            }
            work.title = Some(t.clone());
        }
    }
    if legal_title {
        work.authors.clear();
    }
    let (_, e) = trim_bounds(seg, s, seg.len());
    let e = s + seg[s..e].trim_end_matches(['.', ',', ';']).len();
    let year = PUB
        .captures(&seg[p0..p1])
        .or_else(|| YEAR.captures(&seg[limit.min(p1)..p1]))
        .and_then(|c| c[2].parse().ok());
    let names = match legal_title {
        true => families(&work, ""),
        false => families(&work, authors),
    };
    Some(NoteCite {
        span: Span::new(base + s, base + e),
        text: collapse(&seg[s..e]),
        form: Form::Full,
        names,
        title: work.title.clone(),
        year,
        prefix: nonempty(&seg[..start]),
        locator,
        legal: legal_title,
        work: Some(Box::new(work)),
    })
}

/// "Douglas R. Hofstadter’s" → "Douglas R. Hofstadter": names in prose ("found in Hofstadter’s
/// *Gödel, Escher, Bach*").
pub(super) fn without_possessive(names: &str) -> &str {
    let names = names.trim_end_matches(['\'', '’']);
    names
        .strip_suffix("’s")
        .or_else(|| names.strip_suffix("'s"))
        .unwrap_or(names)
}

/// A full citation whose date comes between the names and the title, author-date fashion:
/// "Limor Fried & Federico Gomez Suarez (n.d), “Binary & Data,” Khan Academy."
pub(super) fn dated_first(
    seg: &str,
    base: usize,
    p0: usize,
    p1: usize,
    title: Title,
) -> Option<NoteCite> {
    let start = cite_start(seg, p0).max(name_run_start(&seg[..p0]));
    let (s, _) = trim_bounds(seg, start, p0);
    let authors = seg[s..p0].trim().trim_end_matches(',').trim();
    if authors.is_empty() || authors.chars().any(|c| c.is_ascii_digit()) {
        return None;
    }
    let (_, e) = trim_bounds(seg, s, seg.len());
    let e = s + seg[s..e].trim_end_matches(['.', ',', ';']).len();
    let marks = (
        &seg[title.outer.0..title.inner.0],
        title.inner(seg),
        &seg[title.inner.1..title.outer.1],
    );
    let bib = bibliography_form(
        &invert(authors),
        Some(marks),
        &seg[title.outer.1..e],
        &seg[p0..p1],
        None,
    );
    let mut work = reference::parse(&bib);
    work.title = Some(strip_marks(title.inner(seg)));
    let names = families(&work, authors);
    Some(NoteCite {
        span: Span::new(base + s, base + e),
        text: collapse(&seg[s..e]),
        form: Form::Full,
        names,
        title: work.title.clone(),
        year: PUB.captures(&seg[p0..p1]).and_then(|c| c[2].parse().ok()),
        prefix: nonempty(&seg[..start]),
        locator: None,
        legal: false,
        work: Some(Box::new(work)),
    })
}

/// A full citation as a bibliography would give it: names inverted, the title closed with a
/// stop, "ed."/"trans." spelt out, and a Chicago or MHRA publication parenthesis ("(New York:
/// Hill and Wang, 1995)") opened into "New York: Hill and Wang, 1995." (an article's date
/// and an OSCOLA "(Hart 2012)" stay in parentheses).
pub(super) fn bibliography_form(
    inverted: &str,
    marked: Option<(&str, &str, &str)>,
    after: &str,
    paren: &str,
    range: Option<String>,
) -> String {
    let mut bib = String::new();
    if !inverted.is_empty() {
        bib.push_str(inverted);
        bib.push_str(". ");
    }
    if let Some((open, inner, close)) = marked {
        let (open, close) = match open {
            "'" | "‘" => ("“", "”"),
            _ => (open, close),
        };
        let inner = inner.trim().trim_end_matches([',', '.']);
        // A stop goes inside quotation marks and after emphasis.
        match open {
            "*" | "_" => bib.push_str(&format!("{open}{inner}{close}.")),
            _ => bib.push_str(&format!("{open}{inner}.{close}")),
        }
    }
    let mut after = after
        .trim()
        .trim_start_matches([',', '.'])
        .trim()
        .to_string();
    if let Some(book) = after.strip_prefix("in ") {
        after = format!("In {book}");
    }
    let after = after
        .replace(", ed. ", ", edited by ")
        .replace(", eds. ", ", edited by ")
        .replace(", trans. ", ", translated by ");
    if !after.is_empty() {
        bib.push(' ');
        bib.push_str(&after);
    }
    let inner = paren
        .strip_prefix('(')
        .and_then(|p| p.strip_suffix(')'))
        .unwrap_or(paren);
    if paren.is_empty() {
        // No parenthesis: the date and place stay where the note has them.
    } else if inner.contains(':') {
        if !bib.ends_with(['.', '”', '"']) {
            bib.push('.');
        }
        bib.push(' ');
        bib.push_str(inner.trim());
    } else {
        bib.push_str(" (");
        bib.push_str(inner.trim());
        bib.push(')');
        if let Some(range) = &range {
            bib.push_str(": ");
            bib.push_str(range);
        }
    }
    bib.push('.');
    collapse(&bib)
}

/// Where the names before a title begin: walking back over capitalised words, initials,
/// particles, "and", "ed." and commas, up to a word of prose.
pub(super) fn name_run_start(head: &str) -> usize {
    const PARTICLES: &[&str] = &[
        "and", "&", "de", "van", "von", "der", "den", "da", "di", "du", "la", "le", "del", "ed.",
        "eds.", "et", "al.", "al",
    ];
    let mut start = head.len();
    let mut end = head.len();
    let mut last = true;
    for word in head.split_inclusive(char::is_whitespace).rev() {
        end -= word.len();
        let core = word.trim().trim_end_matches([',', ';']);
        // The word just before the title may end the names with a stop ("Chun, Wendy Hui
        // Kyong. “On Software”").
        let core = match last && !core.is_empty() {
            true => core.trim_end_matches('.'),
            false => core,
        };
        last &= core.is_empty();
        let name_like = is_initial(core)
            || PARTICLES.contains(&core)
            || PARTICLES.contains(&word.trim().trim_end_matches([',', ';']))
            || (core.chars().next().is_some_and(char::is_uppercase)
                && !NOT_NAMES.contains(&core)
                && !core.ends_with(['.', ':'])
                // The last word of an italic title ("*Harbour Roll* and *Tollbook*").
                && !core.contains(['*', '_']));
        if !core.is_empty() && !name_like {
            break;
        }
        start = end;
    }
    // A run opening with "and" is prose joining two citations.
    start + joining_and(&head[start..])
}

/// Where `text` goes on after an opening "and" and the space or line end after it ("and
/// White, *Organic Machine*", "the *Ledger* and⏎*Tollbook*"); 0 when it does not open so.
pub(super) fn joining_and(text: &str) -> usize {
    let rest = text.trim_start();
    let lead = text.len() - rest.len();
    match rest
        .strip_prefix("and")
        .and_then(|after| after.chars().next())
        .filter(|c| c.is_whitespace())
    {
        Some(space) => lead + "and".len() + space.len_utf8(),
        None => 0,
    }
}

/// "A.", "M.", "J.-P.": an initial.
pub(super) fn is_initial(word: &str) -> bool {
    let letters: Vec<char> = word.chars().filter(|c| c.is_alphabetic()).collect();
    !letters.is_empty()
        && letters.len() <= 2
        && letters.iter().all(|c| c.is_uppercase())
        && word.ends_with('.')
}

/// A year standing alone in a citation's text, not inside a web address (group 2, as
/// [`PUB`]'s).
pub(super) static YEAR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(^|[\s,(])(1[5-9]\d{2}|20\d{2})\b").expect("YEAR is a valid regex")
});

/// A full citation with no publication parenthesis: names, a marked title, then a date
/// ("Jane Doe, ‘Ports Reopen’, *The Courier*, 19 June 2012, sec. News"). With no names, the
/// title must open the citation (an authorless work).
pub(super) fn undated_full(seg: &str, base: usize) -> Option<NoteCite> {
    let t = title_in(seg)?;
    let start = cite_start(seg, t.outer.0);
    let names = name_run_start(&seg[..t.outer.0]).max(start);
    let named = !seg[names..t.outer.0]
        .trim()
        .trim_end_matches(',')
        .trim()
        .is_empty();
    if !named && !seg[start..t.outer.0].trim().is_empty() {
        return None;
    }
    // The date comes after the title, outside any web address.
    let after = &seg[t.outer.1..];
    let dated = after
        .split_whitespace()
        .filter(|w| !w.contains("http") && !w.contains('/'))
        .any(|w| YEAR.is_match(w));
    // With names, a chapter in a book cited without its publication ("Derek Robinson,
    // “Function,” in Fuller, ed., *Software Studies*, 101") or a web page with no date.
    let in_book = after.trim_start_matches([',', ' ']).starts_with("in ");
    let online = after.contains("http");
    if !dated && !(named && (in_book || online)) {
        return None;
    }
    let end = seg.trim_end().trim_end_matches(['.', ',', ';']).len();
    full(seg, base, end, end)
}

/// The end of the names in a citation whose title is not marked: "Richard White, The ..." →
/// after "Richard White"; "Ann Lee, Bob Cho, and Carl Dunn, The ..." → after "Carl Dunn".
pub(super) fn plain_author_end(head: &str) -> Option<usize> {
    let mut end = head.find(", ")?;
    loop {
        let rest = &head[end + 2..];
        let next = rest.find(", ").map(|j| end + 2 + j);
        let and_follows =
            rest.starts_with("and ") || next.is_some_and(|j| head[j + 2..].starts_with("and "));
        match next {
            Some(j) if and_follows && looks_like_names(&head[end + 2..j]) => end = j,
            _ => {
                if let Some(stripped) = rest.strip_prefix("and ") {
                    let j = stripped.find(", ")?;
                    end = end + 2 + 4 + j;
                }
                return Some(end);
            }
        }
    }
}

pub(super) fn looks_like_names(text: &str) -> bool {
    let words: Vec<&str> = text.trim_start_matches("and ").split_whitespace().collect();
    (1..=4).contains(&words.len())
        && words
            .iter()
            .all(|w| w.chars().next().is_some_and(char::is_uppercase))
}

/// "Richard White" → "White, Richard"; "Richard White and Donald Worster" → "White, Richard,
/// and Donald Worster"; "Jane Doe, ed." → "Doe, Jane, ed.".
pub(super) fn invert(authors: &str) -> String {
    let authors = authors.trim().trim_end_matches(',');
    // A stop that ends the names goes ("Kyong."), one that ends an initial or "Jr." stays.
    let last = authors.split_whitespace().last().unwrap_or_default();
    let authors = if is_initial(last) || matches!(last, "Jr." | "Sr.") {
        authors
    } else {
        authors.trim_end_matches('.')
    };
    if authors.is_empty() {
        return String::new();
    }
    // Already family name first, as a bibliography has it: "Chun, Wendy Hui Kyong".
    if let Some((family, _)) = authors.split_once(", ") {
        if !family.contains(' ') && !authors.contains(" and ") && !authors.contains(" & ") {
            return authors.to_string();
        }
    }
    let and = authors.find(" and ").or_else(|| authors.find(" & "));
    let (first, rest) = match (authors.find(", "), and) {
        (Some(c), Some(a)) => {
            let at = c.min(a);
            (&authors[..at], &authors[at..])
        }
        (Some(c), None) => (&authors[..c], &authors[c..]),
        (None, Some(a)) => (&authors[..a], &authors[a..]),
        (None, None) => (authors, ""),
    };
    let words: Vec<&str> = first.split_whitespace().collect();
    const SUFFIXES: &[&str] = &["Jr.", "Jr", "Sr.", "II", "III", "IV"];
    let (family_at, suffix) = match words.last() {
        Some(w) if SUFFIXES.contains(w) && words.len() > 2 => (words.len() - 2, Some(*w)),
        _ => (words.len().saturating_sub(1), None),
    };
    if words.len() < 2 {
        return authors.to_string();
    }
    // Particles go with the family name: "Alexis de Tocqueville" → "de Tocqueville".
    let mut from = family_at;
    while from > 1
        && words[from - 1]
            .chars()
            .next()
            .is_some_and(char::is_lowercase)
    {
        from -= 1;
    }
    let family = words[from..=family_at].join(" ");
    let given = words[..from].join(" ");
    let rest = rest.trim_start_matches(',').trim();
    let mut out = format!("{family}, {given}");
    if let Some(s) = suffix {
        out.push_str(", ");
        out.push_str(s);
    }
    if !rest.is_empty() {
        out.push_str(", ");
        out.push_str(rest);
    }
    out
}

/// After a publication parenthesis: an article's page range (": 1053–75", ", 1053–75") and
/// the page cited (", 45", " 45", "(p. 1055)", ", 1055").
pub(super) fn tail_pages(tail: &str) -> (Option<String>, Option<String>) {
    static PAGES: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^\s*[,:]?\s*(?:at\s+)?(?:pp?\.\s*)?(?P<a>[\dxivlc]+(?:\s*(?:[–—]|-{1,3})\s*[\dxivlc]+)?)(?:,\s*(?:pp?\.\s*)?(?P<b>\d+(?:\s*(?:[–—]|-{1,3})\s*\d+)?))?(?:\s*\((?:pp?\.\s*)?(?P<c>[^)]+)\))?")
            .expect("PAGES is a valid regex")
    });
    static JOURNAL: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"^\s*\d{1,4}\s+\p{Lu}[\p{L}.&\s]{0,60}?\s+\d+(?:,\s*(?P<pin>\d+(?:\s*(?:–|-{1,3})\s*\d+)?))?",
        )
        .expect("JOURNAL is a valid regex")
    });
    // OSCOLA: "(2016) 132 LQR 410, 415": volume, journal, first page, page cited.
    if let Some(c) = JOURNAL.captures(tail) {
        return (None, c.name("pin").map(|m| m.as_str().to_string()));
    }
    let Some(c) = PAGES.captures(tail) else {
        return (None, None);
    };
    let a = c.name("a").map(|m| m.as_str().to_string());
    let later = c.name("b").or(c.name("c")).map(|m| m.as_str().to_string());
    match later {
        Some(page) => (a, Some(page)),
        None => (None, a),
    }
}

/// Does a title name the parties to a case ("Harrow v Denbigh", "Henningsen v. Bloomfield")?
fn names_parties(title: &str) -> bool {
    title.contains(" v ") || title.contains(" v. ")
}

/// The family names of a work read from a note, or, where the parser could read none, the
/// last word of each name as the note has them (`authors`).
fn families(work: &reference::Reference, authors: &str) -> Vec<String> {
    let names: Vec<String> = work
        .creators()
        .iter()
        .map(|n| n.family().to_string())
        .filter(|n| !n.is_empty())
        .collect();
    match names.is_empty() {
        true => surnames(authors.trim_end_matches([',', '.'])),
        false => names,
    }
}
