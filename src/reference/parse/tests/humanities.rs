//! Humanities references as Italian, German and classicists' lists write them: editors as
//! "(edd.)", "(a c. di)", "a cura di", "(Hg.)" or "[Hrsg.]", names set apart by spaced dashes
//! or slashes, a place and year with no publisher, and a later printing's note after the year.
//! The references are invented.

use super::super::parse;
use crate::reference::EntryType;

fn families(names: &[crate::reference::Name]) -> Vec<String> {
    names.iter().map(|n| n.cite_name()).collect()
}

#[test]
fn editors_in_latin_and_italian() {
    for (text, editors) in [
        (
            "L. Ferri, ‘Il catalogo delle navi’, in R.M. Galli – P. Neri (edd.), Studi sull’epica \
             arcaica, Bologna 1984, pp. 11-40.",
            vec!["Galli", "Neri"],
        ),
        (
            "A. Bassi, ‘Formule e temi’, in G. Rossetti (a c. di), La voce del poeta, Padova 1991, \
             pp. 201-219.",
            vec!["Rossetti"],
        ),
        (
            "M. Conti, ‘Il viaggio di Odisseo’, in S. Moretti (a cura di), Mito e racconto, \
             Firenze 1999, pp. 5-30.",
            vec!["Moretti"],
        ),
    ] {
        let r = parse(text);
        assert_eq!(families(&r.editors), editors, "{text}");
        assert_eq!(r.entry_type, EntryType::InCollection, "{text}");
    }
}

#[test]
fn a_collection_by_its_editors() {
    let r = parse(
        "R.M. Galli – P. Neri – T. de Santis (edd.), Studi sull’epica arcaica, Bologna 1984.",
    );
    assert!(r.authors.is_empty(), "{:?}", r.authors);
    assert_eq!(families(&r.editors), ["Galli", "Neri", "de Santis"]);
    assert_eq!(r.title.as_deref(), Some("Studi sull’epica arcaica"));
    assert_eq!(r.location.as_deref(), Some("Bologna"));
    assert_eq!(r.year(), Some(1984));
}

#[test]
fn authors_set_apart_by_dashes() {
    let r = parse("E. Rinaldi – M. Costa, La poesia orale e la scrittura, Milano 1988.");
    assert_eq!(families(&r.authors), ["Rinaldi", "Costa"]);
    assert_eq!(r.title.as_deref(), Some("La poesia orale e la scrittura"));
    let r = parse("P. Sala - D. Greco - F. Villa, Il romanzo antico, Torino 1990.");
    assert_eq!(families(&r.authors), ["Sala", "Greco", "Villa"]);
}

#[test]
fn a_later_printing_keeps_the_works_year() {
    let r = parse("T.R. Hale, The Song and the Singer, Oxford 1938 (Rpt. 1991).");
    assert_eq!(r.year(), Some(1938));
    assert_eq!(r.location.as_deref(), Some("Oxford"));
    assert_eq!(r.volume, None);
    assert_eq!(r.number, None);
    let r = parse("G. Valli, Il verso e la memoria, Torino 1952 (rist. Milano 1980).");
    assert_eq!(r.year(), Some(1952));
    assert_eq!(r.volume, None);
}

#[test]
fn a_place_closed_by_the_year_is_the_place() {
    for (text, place) in [
        ("R. Bianchi, La memoria dei poeti, Pescara 1993.", "Pescara"),
        (
            "K. Weber, Die alten Bibliotheken, Mainz am Rhein 2004.",
            "Mainz am Rhein",
        ),
    ] {
        let r = parse(text);
        assert_eq!(r.location.as_deref(), Some(place), "{text}");
        assert_eq!(r.container, None, "{text}");
        assert_eq!(r.entry_type, EntryType::Book, "{text}");
    }
    // A journal writes its numbers after its name: it stays the container.
    let r = parse("A. Cook, ‘Epic and its audience’, Mnemosyne 44 (1991), pp. 63-84.");
    assert_eq!(r.container.as_deref(), Some("Mnemosyne"));
    assert_eq!(r.location, None);
}

#[test]
fn a_subtitle_runs_on_to_the_imprint() {
    let r = parse("T.R. Hale, Pindar. The Odes. A Reading, Oxford 1981.");
    assert_eq!(r.title.as_deref(), Some("Pindar. The Odes. A Reading"));
    assert_eq!(r.container, None);
    assert_eq!(r.location.as_deref(), Some("Oxford"));
    assert_eq!(r.entry_type, EntryType::Book);
    for (text, title) in [
        (
            "Brenner, Ulrike (1991): Das Haus am See. Eine Erzählung. Opladen: Leske.",
            "Das Haus am See. Eine Erzählung",
        ),
        (
            "Lindner, Karl. 1912. Die Wanderer und die Stadt. Gedichte. Stuttgart, Berlin: Cotta.",
            "Die Wanderer und die Stadt. Gedichte",
        ),
    ] {
        let r = parse(text);
        assert_eq!(r.title.as_deref(), Some(title), "{text}");
        assert_eq!(r.container, None, "{text}");
        assert_eq!(r.entry_type, EntryType::Book, "{text}");
    }
    // A meeting after the title stays what it is.
    let r = parse(
        "Okafor, B. (2014). Reading in two languages. Paper presented at the Annual Meeting of \
         the Literacy Association, Denver, CO.",
    );
    assert_eq!(r.title.as_deref(), Some("Reading in two languages"));
}

#[test]
fn german_editors_and_slashed_lists() {
    for (text, editors) in [
        (
            "Krämer, Lena (1998): Die Stadt als Bühne, in: Vogt, Paul (Hg.): Räume der \
             Moderne. Konstanz. S. 27-38.",
            vec!["Vogt"],
        ),
        (
            "Ostholt, Jan: Lernen im Betrieb. - In: Brandt, Heike; Seidel, Uwe [Hrsg.]: \
             Personal und Organisation. Wiesbaden 2001, S. 3-9.",
            vec!["Brandt", "Seidel"],
        ),
        (
            "Lenz, K. (2004): Jugend im Wandel. In: Haupt, J./Sommer, H.-U. (Hrsg.): \
             Bildung heute. Weinheim, S. 4-20.",
            vec!["Haupt", "Sommer"],
        ),
    ] {
        let r = parse(text);
        assert_eq!(families(&r.editors), editors, "{text}");
    }
    let r =
        parse("Brandt, W. / Seidel, M. / Vogt, G. M. (Hg.). (1999): Gruppen. Berlin: Springer.");
    assert!(r.authors.is_empty(), "{:?}", r.authors);
    assert_eq!(families(&r.editors), ["Brandt", "Seidel", "Vogt"]);
    let r = parse("Haupt, B./ Sommer, E., 1987: Schule und Gemeinde. Freiburg: Lambertus.");
    assert_eq!(families(&r.authors), ["Haupt", "Sommer"]);
}

#[test]
fn a_german_journals_year_of_run_is_its_volume() {
    let r = parse(
        "Brenner, Ulrike (2003): Arbeit im Wandel. In: Zeitschrift für Soziologie der \
         Arbeit, Jg. 12, S. 141-154.",
    );
    assert_eq!(
        r.container.as_deref(),
        Some("Zeitschrift für Soziologie der Arbeit")
    );
    assert_eq!(r.volume.as_deref(), Some("12"));
    assert_eq!(r.pages.as_deref(), Some("141-154"));
    assert_eq!(r.entry_type, EntryType::Article);
}

#[test]
fn a_lone_in_is_no_editor() {
    let r = parse(
        "Haupt, Jana (2004), The Politics of Rivers, in: Journal of Water Studies, 21, 4, \
         303-314.",
    );
    assert!(r.editors.is_empty(), "{:?}", r.editors);
    assert_eq!(r.entry_type, EntryType::Article);
    let r = parse(
        "Sommer, Lena (1992): Die Stadt und der Fluss, in: Uwe Brandt/Karl Vogt (Hg.): \
         Wenn Flüsse steigen. Bremen, S. 33-58.",
    );
    assert_eq!(families(&r.editors), ["Brandt", "Vogt"]);
}

#[test]
fn a_title_of_small_words_after_an_inverted_name_is_no_name() {
    let r = parse("Lind, Ben, Notes on the Tides of the North Sea (1771), in Ada Okafor (ed.), Early Sea Writing (London: Harbour Press, 2003), pp. 12–40.");
    assert_eq!(r.authors.len(), 1);
    assert!(r
        .title
        .as_deref()
        .is_some_and(|t| t.starts_with("Notes on the Tides")));
}

#[test]
fn a_family_name_alone_before_a_quoted_title() {
    // Cited again after a full reference, the author is named by the family name alone.
    for (text, family, title) in [
        (
            "O’Ferri, ‘The Placing of Formulae in the Greek Hexameter’, YClS 8 (1942).",
            "O’Ferri",
            "The Placing of Formulae in the Greek Hexameter",
        ),
        (
            "Lindqvist, “Harbour Ledgers,” Tidal Studies 3 (1999): 1-20.",
            "Lindqvist",
            "Harbour Ledgers",
        ),
    ] {
        let r = parse(text);
        assert_eq!(families(&r.authors), vec![family], "{text}");
        assert_eq!(r.title.as_deref(), Some(title), "{text}");
    }
}

#[test]
fn a_books_volume_label_after_the_title() {
    for (text, title, volume) in [
        (
            "Wehler, Hans-Ulrich: Deutsche Gesellschaftsgeschichte, Bd. 3, München: C. H. Beck, 1995.",
            "Deutsche Gesellschaftsgeschichte",
            "3",
        ),
        (
            "Braudel F., Civilisation matérielle, économie et capitalisme, t. 2, Paris, Armand Colin, 1979.",
            "Civilisation matérielle, économie et capitalisme",
            "2",
        ),
    ] {
        let r = parse(text);
        assert_eq!(r.title.as_deref(), Some(title), "{text}");
        assert_eq!(r.volume.as_deref(), Some(volume), "{text}");
        assert_eq!(r.container, None, "{text}");
    }
    // Pages after the volume: the piece before the label is the journal.
    let r = parse("Mann, Steffen (2004), Soziale Ungleichheit in der Europäischen Union, Aus Politik und Zeitgeschichte, Bd. 38, S. 38–46.");
    assert_eq!(
        r.title.as_deref(),
        Some("Soziale Ungleichheit in der Europäischen Union")
    );
    assert_eq!(
        r.container.as_deref(),
        Some("Aus Politik und Zeitgeschichte")
    );
    assert_eq!(r.volume.as_deref(), Some("38"));
}

#[test]
fn a_volume_label_closing_the_title_goes() {
    let mut r = crate::reference::Reference {
        title: Some("Das Prinzip Hoffnung, Gesamtausgabe, Bd".into()),
        volume: Some("5".into()),
        ..Default::default()
    };
    super::super::title::drop_volume_label(&mut r);
    assert_eq!(
        r.title.as_deref(),
        Some("Das Prinzip Hoffnung, Gesamtausgabe")
    );
    // With no volume read, the title is left as it is.
    let mut r = crate::reference::Reference {
        title: Some("Studies, Vol".into()),
        ..Default::default()
    };
    super::super::title::drop_volume_label(&mut r);
    assert_eq!(r.title.as_deref(), Some("Studies, Vol"));
}

#[test]
fn a_book_title_run_on_over_another_languages_and() {
    // The model ended the book's run at "et": a word no title ends on.
    let r = parse("Dubois, J.-P., « Les ports francs au XVIIIe siècle », dans M. Morineau (dir.), Commerce et navigation, Rennes, PUR, 2002, p. 77-98.");
    assert_eq!(r.container.as_deref(), Some("Commerce et navigation"));
    assert_eq!(r.entry_type, EntryType::InCollection);
}

#[test]
fn french_dans_opens_a_chapters_book() {
    let text = "Dubois, J.-P., « Les ports francs au XVIIIe siècle », dans M. Morineau (éd.), Commerce et navigation, Rennes, Presses universitaires de Rennes, 2002, p. 77-98.";
    let r = parse(text);
    assert_eq!(families(&r.editors), ["Morineau"]);
    assert_eq!(r.container.as_deref(), Some("Commerce et navigation"));
    assert_eq!(r.location.as_deref(), Some("Rennes"));
    assert_eq!(
        r.publisher.as_deref(),
        Some("Presses universitaires de Rennes")
    );
}

#[test]
fn a_chapters_book_then_city_and_publisher_after_commas() {
    for (text, book, place, publisher) in [
        (
            "Dubois, Marie. « Les ports bretons ». In Pierre Martin (dir.), Histoire maritime, \
             Rennes, PUR, 2012, p. 45-67.",
            "Histoire maritime",
            "Rennes",
            "PUR",
        ),
        (
            "Okafor, A. (1953): «La frontera olvidada», en Valdés, D. (coord.), Mujeres del \
             puerto, Buenos Aires, Siglo XXI, pp. 416-439.",
            "Mujeres del puerto",
            "Buenos Aires",
            "Siglo XXI",
        ),
    ] {
        let r = parse(text);
        assert_eq!(r.container.as_deref(), Some(book), "{text}");
        assert_eq!(r.location.as_deref(), Some(place), "{text}");
        assert_eq!(r.publisher.as_deref(), Some(publisher), "{text}");
        assert_eq!(r.entry_type, EntryType::InCollection, "{text}");
    }
}
