//! A journal the model reads from inside the rules' title: after the title's own question
//! mark ("... measles, mumps and rubella? Acta Paediatr 93"), or over a title and journal
//! that commas set side by side ("1986, Common agency, Econometrica, 54 (4)"). The rules'
//! reading stands; not where the title's words in the run are a journal's head ("..., The
//! London, Edinburgh, and Dublin Philosophical Magazine ...").

use super::super::parse;

#[test]
fn a_question_mark_ends_the_title_before_the_journal() {
    let r = parse("Okafor R, Lind E, Marsh B (2004) Why do sailors hesitate to vaccinate their crews against measles, mumps and rubella? Acta Paediatr 93:1232–1237");
    assert_eq!(
        r.title.as_deref(),
        Some(
            "Why do sailors hesitate to vaccinate their crews against measles, mumps and rubella?"
        )
    );
    assert_eq!(r.container.as_deref(), Some("Acta Paediatr"));
}

#[test]
fn a_title_and_journal_side_by_side() {
    for (text, title, journal) in [
        (
            "Okafor, D. and M. Lind, 1986, Common tides, Econometrica, 54 (4), 923- 942.",
            "Common tides",
            "Econometrica",
        ),
        (
            "Okafor, T. and Lind-Marsh, A. (2004), Tides, Self-Selection and Income Inequality: An International Analysis, KYKLOS, Vol. 57, 125-146.",
            "Tides, Self-Selection and Income Inequality: An International Analysis",
            "KYKLOS",
        ),
    ] {
        let r = parse(text);
        assert_eq!(r.title.as_deref(), Some(title), "{text}");
        assert_eq!(r.container.as_deref(), Some(journal), "{text}");
    }
    // A journal whose name holds a comma stays whole.
    let r = parse("Okafor, K. 1901. On lines and planes of closest fit to tides, The London, Edinburgh, and Dublin Philosophical Magazine and Journal of Science, 2(11), 559--572.");
    assert_eq!(
        r.container.as_deref(),
        Some("The London, Edinburgh, and Dublin Philosophical Magazine and Journal of Science")
    );
}
