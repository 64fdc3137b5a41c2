//! Theses and reports: their kind (BibLaTeX's `type`) and the body that grants or issues them,
//! in the styles that write them differently; and personal communications, whose kind stands
//! where a title would.

use super::super::parse;
use crate::reference::EntryType;

#[test]
fn theses_have_their_degree_and_university() {
    for (text, work_type, institution) in [
        (
            "Nguyen, T. H. (2018). Sediment transport in tidal channels of the Mekong Delta \
             (Doctoral dissertation). Delft University of Technology, Delft, the Netherlands.",
            Some("phdthesis"),
            "Delft University of Technology",
        ),
        (
            "Okafor, Chidi. 2016. “Informal Credit Networks in Lagos Markets.” Master’s thesis, \
             University of Lagos.",
            Some("mathesis"),
            "University of Lagos",
        ),
        (
            "Lindqvist, E. (2009) Patterns of moorland recovery. PhD thesis. University of \
             Edinburgh.",
            Some("phdthesis"),
            "University of Edinburgh",
        ),
        (
            "Martin, Claire. Les réseaux d’irrigation en Provence. Thèse de doctorat, Université \
             d’Aix-Marseille, 2014.",
            Some("phdthesis"),
            "Université d’Aix-Marseille",
        ),
        // IEEE: the department abbreviated before the university, the city after it.
        (
            "R. K. Gupta, “Low-power scheduling for sensor networks,” M.S. thesis, Dept. Elect. \
             Eng., Univ. of Texas at Austin, Austin, TX, USA, 2012.",
            Some("mathesis"),
            "Univ. of Texas at Austin",
        ),
        // The genre and the institution after it, the school named first, and a page count
        // closing the entry with a note.
        (
            "Okafor, Ada, 2011. Credit Networks in Tidal Markets, Ph.D. Thesis for the Harrow \
             School of Management, MIT, 151 pp. See http://example.org/okafor.pdf",
            Some("phdthesis"),
            "MIT",
        ),
        // German "Diss." and its university after a stop; a university's number.
        (
            "Lindner, H. 1999. Die Hanse und der Salzhandel. Diss. Universität Kiel.",
            Some("phdthesis"),
            "Universität Kiel",
        ),
        (
            "Morel, M. (2003). Les ports francs. Thèse de doctorat, Université Paris 1 \
             Panthéon-Sorbonne, Paris.",
            Some("phdthesis"),
            "Université Paris 1 Panthéon-Sorbonne",
        ),
        // The degree not said: no kind is made up.
        (
            "Kim, S. (2018). Ports of the Yellow Sea. Thesis, University of Leeds.",
            None,
            "University of Leeds",
        ),
    ] {
        let r = parse(text);
        assert_eq!(r.entry_type, EntryType::Thesis, "{text}");
        assert_eq!(r.work_type.as_deref(), work_type, "{text}");
        assert_eq!(r.institution.as_deref(), Some(institution), "{text}");
        assert_eq!((r.container, r.volume), (None, None), "{text}");
    }
}

#[test]
fn an_ieee_thesis_city_is_named_once() {
    let r = parse(
        "R. K. Gupta, “Low-power scheduling for sensor networks,” M.S. thesis, Dept. Elect. \
         Eng., Univ. of Texas at Austin, Austin, TX, USA, 2012.",
    );
    assert_eq!(r.location.as_deref(), Some("Austin, TX, USA"));
    assert_eq!(r.container, None);
    // A city and its state of one name are both named.
    let r = parse("Smith, J. (1990). A book of things. New York, New York: Harper, 1990.");
    assert_eq!(r.location.as_deref(), Some("New York, New York"));
}

#[test]
fn reports_have_their_kind() {
    for (text, work_type, institution) in [
        (
            "Autor, D. H., & Dorn, D. (2013). The growth of low-skill service jobs. Working \
             Paper No. 15150, National Bureau of Economic Research, Cambridge, MA.",
            "Working paper",
            "National Bureau of Economic Research",
        ),
        (
            "Lamport, L. (1979). A new approach to proving the correctness of multiprocess \
             programs. Technical Report CSL-74, SRI International, Menlo Park, CA.",
            "techreport",
            "SRI International",
        ),
        (
            "Bertoli, S., & Fernández-Huertas Moraga, J. (2012). Visa policies, networks and the \
             cliff at the border. IZA Discussion Paper No. 7094, Institute for the Study of \
             Labor, Bonn.",
            "Discussion paper",
            "Institute for the Study of Labor",
        ),
    ] {
        let r = parse(text);
        assert_eq!(r.entry_type, EntryType::Report, "{text}");
        assert_eq!(r.work_type.as_deref(), Some(work_type), "{text}");
        assert_eq!(r.institution.as_deref(), Some(institution), "{text}");
    }
}

/// "Personal communication" where a title would stand is the kind of work, not a title; a
/// month and day after it are the date's.
#[test]
fn personal_communication_has_no_title() {
    let r = parse("Okafor, J. (1995). Personal communication.");
    assert_eq!(r.title, None);
    assert_eq!(r.work_type.as_deref(), Some("Personal communication"));
    let r = parse("Lindqvist, Marta. Personal communication, March 25, 2005.");
    assert_eq!(r.title, None);
    assert_eq!(r.date.map(|d| d.to_string()).as_deref(), Some("2005-03-25"));
    // A title that only opens with the words is one.
    let r =
        parse("Okafor, J. (1995). Personal communication in rural clinics. Health Rivers, 3, 1-9.");
    assert_eq!(
        r.title.as_deref(),
        Some("Personal communication in rural clinics")
    );
}

/// A thesis cited by its genre and university alone, with no title ("Thèse, Université
/// d'Orléans, Orléans, France. 1983."): the university is the institution, the place the
/// location, and there is no title.
#[test]
fn a_thesis_without_a_title() {
    let r = parse("A. OKAFOR. Thèse, Université de Lyon, Lyon, France. 1983.");
    assert_eq!(r.entry_type, EntryType::Thesis);
    assert_eq!(r.title, None);
    assert_eq!(r.institution.as_deref(), Some("Université de Lyon"));
    assert_eq!(r.location.as_deref(), Some("Lyon, France"));
}

#[test]
fn apas_unpublished_thesis_is_no_part_of_the_title() {
    let r = parse(
        "Lenz, A. (2001). Tidal Work. Unpublished master's thesis, University of Harbour, Lindtown, UK.",
    );
    assert_eq!(r.title.as_deref(), Some("Tidal Work"));
    assert_eq!(r.institution.as_deref(), Some("University of Harbour"));
}

#[test]
fn theses_in_other_languages() {
    for (text, title, institution) in [
        (
            "Rossi, M. (2015). Il porto di Genova. Tesi di dottorato, Università di Genova.",
            "Il porto di Genova",
            "Università di Genova",
        ),
        (
            "García, L. (2010). La pesca en Vigo. Tesis doctoral, Universidad de Vigo.",
            "La pesca en Vigo",
            "Universidad de Vigo",
        ),
        (
            "Dupont, M. (2005). Les ports du Ponant (Mémoire de master). Université de Nantes.",
            "Les ports du Ponant",
            "Université de Nantes",
        ),
    ] {
        let r = parse(text);
        assert_eq!(r.entry_type, EntryType::Thesis, "{text}");
        assert_eq!(r.title.as_deref(), Some(title), "{text}");
        assert_eq!(r.institution.as_deref(), Some(institution), "{text}");
    }
    // "mémoire" alone is a title's word.
    let r = parse("Nora P., Les lieux de mémoire, Paris, Gallimard, 1984.");
    assert_eq!(r.entry_type, EntryType::Book);
}

#[test]
fn apa_bracket_names_the_university() {
    // APA 7: the genre and the university in brackets, then the archive holding the thesis.
    for (text, university) in [
        (
            "Lindqvist, M. (2018). Harbour governance [Doctoral dissertation, University of Oslo]. DUO Research Archive.",
            "University of Oslo",
        ),
        (
            "Okafor, B. (2014). Credit and empire in Lagos [Doctoral dissertation, University of Lagos].",
            "University of Lagos",
        ),
    ] {
        let r = parse(text);
        assert_eq!(r.entry_type, EntryType::Thesis, "{text}");
        assert_eq!(r.institution.as_deref(), Some(university), "{text}");
    }
}
