use super::*;
use crate::reference::parse::parse;

fn families(names: &[Name]) -> Vec<String> {
    names.iter().map(|n| n.family().to_string()).collect()
}

#[test]
fn names_after_the_mark_are_translators() {
    let cases: &[(&str, &[&str])] = &[
        (
            "Deleuze, Gilles, and Félix Guattari. Anti-Oedipus: Capitalism and Schizophrenia. \
             Translated by Robert Hurley, Helen R. Lane, and Mark Seem. New York: Viking, 1977.",
            &["Hurley", "Lane", "Seem"],
        ),
        (
            "Héring, Jean. The Second Epistle of Saint Paul to the Corinthians. Translated by \
             A. W. Heathcote and P. J. Allcock. Eugene: Wipf & Stock, 1967.",
            &["Heathcote", "Allcock"],
        ),
        (
            "Habermas, Juergen (1995), Between Facts and Norms: Contributions to a Discourse \
             Theory of Law and Democracy, tr. W. Rehg (Cambridge, Mass.: MIT Press).",
            &["Rehg"],
        ),
        (
            "Augustine. On Christian Doctrine, trans. D. W. Robertson, Jr. Indianapolis, 1958.",
            &["Robertson"],
        ),
        (
            "Bakhtine, Mikhaïl. Esthétique et théorie du roman. Traduction de Daria Olivier. \
             Paris : Gallimard, 1978.",
            &["Olivier"],
        ),
        (
            "Tolstoy, L. (1998). Hadji Murat (tr. David Smith and G.A. Kon), London: Penguin.",
            &["Smith", "Kon"],
        ),
        (
            "Bloch, Marc. Feudal Society. Translated from the French by L. A. Manyon. \
             Chicago: University of Chicago Press, 1961.",
            &["Manyon"],
        ),
    ];
    for (text, expected) in cases {
        let r = parse(text);
        assert_eq!(families(&r.translators), *expected, "{text}");
        assert!(
            r.editors.is_empty(),
            "no editors in {text}: {:?}",
            r.editors
        );
    }
}

#[test]
fn names_before_the_mark_are_translators() {
    let cases: &[(&str, &[&str])] = &[
        (
            "Merleau-Ponty, M (1973). Consciousness and the acquisition of language, (H. J. \
             Silverman, Trans.). Evanston, IL: Northwestern University Press.",
            &["Silverman"],
        ),
        (
            "Bourdieu, Pierre, Homo Academicus, Peter Collier (trans.) (Stanford University \
             Press, 1988).",
            &["Collier"],
        ),
        (
            "Bakhtin, Mikhail. Problems of Dostoevsky's Poetics, Caryl Emerson and Michael \
             Holquist (trans.). Minneapolis: University of Minnesota Press, 1984.",
            &["Emerson", "Holquist"],
        ),
    ];
    for (text, expected) in cases {
        let r = parse(text);
        assert_eq!(families(&r.translators), *expected, "{text}");
    }
}

#[test]
fn the_translators_named_before_their_mark_are_no_part_of_the_title() {
    // With the rules alone too: the model may read the title right without them.
    for r in [
        "Conati, Marcello (ed.), Encounters with Verdi, Richard Stokes (trans.) (Ithaca, NY: \
         Cornell University Press, 1984).",
        "Lindqvist, Anna (ed.), Songs of the River, Peter Okafor (trans.) (Oxford: \
         Clarendon Press, 1999).",
    ]
    .into_iter()
    .flat_map(|t| {
        [
            parse(t),
            crate::reference::parse::parse_with(t, crate::reference::ModelFields::NONE),
        ]
    }) {
        let title = r.title.as_deref().unwrap_or("");
        assert!(
            title == "Encounters with Verdi" || title == "Songs of the River",
            "{title:?} in {}",
            r.raw
        );
    }
}

#[test]
fn translators_after_a_quoted_title_are_no_part_of_the_journal() {
    // With the rules alone too: the model may read the journal right without them.
    for t in [
        "Brehm, Anna, “The Quarrel over Lohengrin in 1850,” Peter Okafor (trans.), Opera \
         Quarterly, 31 (May 2004), pp. 5–19.",
        "Hale, Tom, \"A Letter from Weimar,\" Carla Mott and Ugo Tal (trans.), Wagner, 12 \
         (1998), 44-60.",
    ] {
        for r in [
            parse(t),
            crate::reference::parse::parse_with(t, crate::reference::ModelFields::NONE),
        ] {
            assert!(!r.translators.is_empty(), "{t}");
            let journal = r.container.as_deref().unwrap_or("");
            assert!(
                journal == "Opera Quarterly" || journal == "Wagner",
                "{journal:?} in {t}"
            );
        }
    }
}

#[test]
fn a_mark_opening_the_text_in_any_letters() {
    // "Ü" is two bytes: the mark's start is no place to cut the text.
    let r = parse("Übersetzt von Johann Jancke. Leipzig, 1754.");
    assert_eq!(families(&r.translators), ["Jancke"]);
    let r = parse("Edited and translated by Maja Lindqvist-Okafor. Oxford: Blackwell, 1991.");
    assert_eq!(families(&r.translators), ["Lindqvist-Okafor"]);
}

#[test]
fn editors_who_translate_stay_editors() {
    let r = parse(
        "Debord, Guy. The Society of the Spectacle. Edited and translated by Donald \
         Nicholson-Smith. New York: Zone Books, 1994.",
    );
    assert_eq!(families(&r.translators), ["Nicholson-Smith"]);
    assert_eq!(families(&r.editors), ["Nicholson-Smith"]);
    let r = parse(
        "Nietzsche, Friedrich. Writings from the Late Notebooks, Douglas W. Stott (ed. and \
         trans.). Cambridge: Cambridge University Press, 2003.",
    );
    assert_eq!(families(&r.translators), ["Stott"]);
}

#[test]
fn an_editor_named_again_as_translator_is_both() {
    let r = parse(
        "Bakhtin, Mikhail M. 'Forms of Time and of the Chronotope in the Novel'. In The \
         Dialogic Imagination: Four Essays, edited by Michael Holquist, translated by Caryl \
         Emerson and Michael Holquist. Austin: University of Texas Press, 1982.",
    );
    assert_eq!(families(&r.translators), ["Emerson", "Holquist"]);
    assert_eq!(families(&r.editors), ["Holquist"]);
}

#[test]
fn journals_named_transactions_name_no_translator() {
    for text in [
        "A. Smith, Trans. Amer. Math. Soc. 12 (1911) 45-67.",
        "Lowe, D. G. Distinctive image features. IEEE Trans. Pattern Anal. Mach. Intell. 60, \
         91-110 (2004).",
        "J. Doe, Phil. Trans. R. Soc. A 370, 1 (2012).",
        "Brown, K. (2003). Notes on ice. Trans. Am. Geophys. Union 84, 12.",
        "Kim, H. (2010). A survey, tr. report 12, Seoul National University.",
    ] {
        assert!(parse(text).translators.is_empty(), "{text}");
    }
}

#[test]
fn the_cue_is_cheap_and_wide() {
    assert!(may_name_translators("trans. Gerald M. Browne"));
    assert!(may_name_translators("übersetzt von Johann Jancke"));
    assert!(may_name_translators("Traduction de Chantal Thérond"));
    assert!(may_name_translators("(H. J. Silverman, Trans.)"));
    assert!(may_name_translators("Douglas W. Stott (ed. and trans.)"));
    assert!(may_name_translators("(tr. David Smith)"));
    assert!(may_name_translators("traducción de Ana Ruiz"));
    assert!(!may_name_translators(
        "Smith, J. (2020). A title. Journal, 3, 1-2."
    ));
    assert!(!may_name_translators(
        "Transport of radiation in transition metals. IEEE Trans Nucl Sci, 3, 1-2."
    ));
}

#[test]
fn a_translated_work_on_its_own_is_a_book() {
    for text in [
        "Augustine. On Christian Doctrine, trans. D. W. Robertson, Jr. Indianapolis, 1958.",
        "Bruhier, J. Abhandlungen von der Ungewissheit der Kennzeichen des Todes. Übersetzt \
         von Johann Jancke. Leipzig, 1754.",
    ] {
        assert_eq!(
            parse(text).entry_type,
            crate::reference::EntryType::Book,
            "{text}"
        );
    }
}

#[test]
fn a_publishers_one_word_name_ends_the_translators() {
    // MLA: "Translated by" a name written in full, then the publisher.
    let r = parse("Lund, Maren. Harbour Cities. Translated by Bisi Okafor, Verso, 2015.");
    let translators: Vec<&str> = r.translators.iter().map(|n| n.family()).collect();
    assert_eq!(translators, ["Okafor"]);
    assert_eq!(r.publisher.as_deref(), Some("Verso"));
}
