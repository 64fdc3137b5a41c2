#!/usr/bin/env python3
"""Write examples/support/invented.xml: labelled references of our own invention for training
the field model, in AnyStyle's XML (one <sequence> of labelled segments per reference).

The references are made up (names, titles and numbers drawn from the lists below with a fixed
seed) in the shapes real reference lists use where the third-party training data is thin:
humanities books and chapters with "Edited by", "ed." and "trans.", French, German, Spanish and
Italian references, theses, reports by organisations, news and web pages, films, conference
papers with their place, series volumes, and publisher and place in either order. The labels
follow AnyStyle's conventions (an editor segment keeps its "In" and "(Eds.)", a news outlet is a
journal, "Retrieved from" is a note), which the parser is scored on.

Run: python3 scripts/make_invented_references.py (deterministic: the same file every time).
"""

import random
from pathlib import Path
from xml.sax.saxutils import escape

OUT = Path(__file__).resolve().parent.parent / "examples" / "support" / "invented.xml"
COUNT = 480

GIVEN = [
    "Margaret", "Thomas", "Élise", "Jürgen", "Carmen", "Giulia", "Henrik", "Amara", "Rafael",
    "Ingrid", "Samuel", "Noémie", "Wolfgang", "Lucía", "Matteo", "Hannah", "Olivier", "Dagmar",
    "Kwame", "Beatriz", "Pierre-Yves", "Annelise", "Tomás", "Chiara", "Robert", "Yusuf",
    "Claire", "Friedrich", "Pilar", "Lorenzo", "Sofia", "Arthur", "Mireille", "Ulrich", "Ines",
    "Davide", "Eleanor", "Joaquín", "Gisela", "Nadia", "Patrick", "Véronique", "Stefan",
    "Esperanza", "Francesca", "Walter", "Aiko", "Bernard", "Renate", "Miguel",
]
FAMILY = [
    "Ashworth", "Delacroix", "Brenner", "Valdés", "Marchetti", "Lindqvist", "Okonkwo", "Ferreira",
    "Holloway", "Moreau", "Schäfer", "Castellanos", "Rinaldi", "Whitcombe", "Dufresne",
    "Kessler", "Ibarra", "Santoro", "Pemberton", "Lefebvre", "Vogt", "Navarro", "Bellini",
    "Thornbury", "Garnier", "Hoffmann", "Quintana", "Galli", "Mensah", "Carrington", "Roussel",
    "Brandt", "Echeverría", "Lombardi", "Fairbairn", "Chevalier", "Albrecht", "Salazar",
    "Pellegrini", "Osei", "Hargreaves", "Fontaine", "Winkler", "Serrano", "Ricci", "Kowalczyk",
    "de la Torre", "van der Berg", "Le Goff", "von Stade", "Di Marco", "McAllister",
    "O'Donnell", "Nakamura", "Haddad", "Ferrand",
]

EN_NOUNS = [
    "Memory", "Empire", "the City", "Silence", "Labour", "the Archive", "Exile", "Faith",
    "the Border", "Print", "the Household", "Ruin", "the Market", "Translation", "Reform",
    "the Body", "Landscape", "Charity", "the Theatre", "Property", "Citizenship", "Devotion",
    "the Press", "Migration", "the River", "Water", "the Courts", "Mourning", "the Village",
    "Science", "Credit", "the Sea", "Childhood", "the Image", "Music", "Hunger",
]
EN_ADJ = [
    "Unfinished", "Quiet", "Contested", "Imagined", "Ordinary", "Invisible", "Broken",
    "Divided", "Common", "Sacred", "Forgotten", "Radical", "Foreign", "Early Modern",
    "Colonial", "Provincial", "Urban", "Moral", "Restless", "Uncertain",
]
EN_PLACES = [
    "Venice", "Lagos", "Lancashire", "the Andes", "Bengal", "the Baltic", "Naples",
    "New England", "Castile", "the Rhineland", "Ottoman Cairo", "Montreal", "the Caribbean",
    "Victorian London", "Weimar Germany", "Third Republic France",
]
CENTURY = ["Sixteenth", "Seventeenth", "Eighteenth", "Nineteenth", "Twentieth"]

FR_TITLES = [
    "La mémoire des lieux", "Les ouvriers de la soie", "Histoire du livre en province",
    "L'invention du paysage", "Les chemins de l'exil", "La ville et ses marges",
    "Le théâtre des passions", "Écrire la guerre", "Les savoirs de l'ombre",
    "La fabrique de l'opinion", "Une société de notables", "Le silence des archives",
    "Les frontières du sacré", "La politique du pain", "Voyages et voyageurs",
]
FR_SUB = [
    "essai sur la culture urbaine", "XVIe-XVIIIe siècle", "une histoire sociale",
    "enquête sur un métier", "pratiques et représentations", "de 1815 à 1914",
]
DE_TITLES = [
    "Die Ordnung der Dinge im Dorf", "Arbeit und Gedächtnis", "Geschichte der Lesekultur",
    "Das Haus als Lebenswelt", "Grenzen der Stadt", "Die Erfindung der Landschaft",
    "Zwischen Kirche und Markt", "Sprache und Herrschaft", "Bürgertum und Bildung",
    "Der Streit um das Erbe", "Die stille Reform", "Räume des Wissens",
]
DE_SUB = [
    "Eine Kulturgeschichte", "Studien zur Frühen Neuzeit", "Beiträge zur Sozialgeschichte",
    "Ein Handbuch", "Untersuchungen zum 19. Jahrhundert",
]
ES_TITLES = [
    "La ciudad y sus sombras", "Historia de la imprenta en Castilla", "El oficio de escribir",
    "Memorias del exilio", "La invención del campo", "Los caminos de la reforma",
    "El teatro de la corte", "Mujeres y trabajo", "La frontera olvidada",
]
IT_TITLES = [
    "La città e la memoria", "Storia del libro in Toscana", "Il mestiere dello storico",
    "Le forme del racconto", "L'invenzione del paesaggio", "La corte e il mercato",
    "Il silenzio degli archivi", "Viaggiatori e mercanti",
]

SCI_TOPICS = [
    "Adaptive scheduling for", "A scalable approach to", "Learning representations of",
    "Robust estimation of", "Fast inference in", "On the complexity of",
    "Energy-aware routing in", "Verifying properties of", "A survey of",
    "Incremental maintenance of", "Modelling uncertainty in",
]
SCI_OBJECTS = [
    "sparse sensor networks", "distributed key-value stores", "streaming graph queries",
    "heterogeneous clusters", "mobile ad hoc networks", "probabilistic programs",
    "noisy time series", "concurrent data structures", "large-scale web crawls",
    "multi-agent planning", "soil moisture data", "coastal flood risk",
]
CONF_TOPICS = [
    "Distributed Computing Systems", "Parallel Processing", "Data Engineering",
    "Software Maintenance", "Machine Learning", "Computer Vision", "Robotics and Automation",
    "Information Retrieval", "Embedded Systems", "Networked Systems Design",
]
CONF_PLACES = [
    "Lombard, IL, USA", "Lisbon, Portugal", "Kyoto, Japan", "Austin, TX", "Nice, France",
    "Vancouver, BC, Canada", "Porto Alegre, Brazil", "Santa Fe, NM, USA", "Dresden, Germany",
    "Hong Kong, China", "Cape Town, South Africa", "Monterey, CA", "Glasgow, UK",
    "Trondheim, Norway", "Bologna, Italy",
]

EN_PUBLISHERS = [
    ("University of Chicago Press", "Chicago"), ("Yale University Press", "New Haven"),
    ("Princeton University Press", "Princeton"), ("Cambridge University Press", "Cambridge"),
    ("Oxford University Press", "Oxford"), ("Harvard University Press", "Cambridge, MA"),
    ("Cornell University Press", "Ithaca, NY"), ("University of California Press", "Berkeley"),
    ("Routledge", "London"), ("Verso", "London"), ("Penguin", "Harmondsworth"),
    ("Duke University Press", "Durham, NC"), ("Beacon Press", "Boston"),
    ("Manchester University Press", "Manchester"), ("Palgrave Macmillan", "Basingstoke"),
    ("Johns Hopkins University Press", "Baltimore"), ("Edinburgh University Press", "Edinburgh"),
    ("W. W. Norton", "New York"), ("Basic Books", "New York"), ("Blackwell", "Oxford"),
    ("University of Toronto Press", "Toronto"), ("Stanford University Press", "Stanford, CA"),
    ("MIT Press", "Cambridge, MA"), ("Bloomsbury Academic", "London"),
    ("Indiana University Press", "Bloomington"), ("Zone Books", "New York"),
]
# Publishers whose names carry no publisher's word: only their place in the reference tells.
PLAIN_PUBLISHERS = [
    "Adams Media", "Brightwater", "Harlan & Voss", "Kestrel Books", "Greywood", "Lantern Hill",
    "Northfield", "Red Alder", "Tidewater", "Copperline", "Marlowe & Finch", "Bluestem",
    "Sagebrush", "Halcyon House", "Quillon", "Ashgate", "Polity", "Sage", "Wiley", "Elsevier",
    "Springer", "Continuum", "Allen Lane", "Faber and Faber", "Knopf", "Picador", "Vintage",
]
FR_PUBLISHERS = [
    ("Gallimard", "Paris"), ("Éditions du Seuil", "Paris"), ("Presses universitaires de France",
    "Paris"), ("PUF", "Paris"), ("Armand Colin", "Paris"), ("Fayard", "Paris"),
    ("La Découverte", "Paris"), ("Presses universitaires de Rennes", "Rennes"),
    ("ENS Éditions", "Lyon"), ("Droz", "Genève"), ("Belin", "Paris"), ("Albin Michel", "Paris"),
    ("Éditions de Minuit", "Paris"), ("Presses de Sciences Po", "Paris"),
    ("Presses universitaires du Septentrion", "Villeneuve-d'Ascq"), ("Payot", "Lausanne"),
]
DE_PUBLISHERS = [
    ("Suhrkamp", "Frankfurt am Main"), ("C. H. Beck", "München"), ("de Gruyter", "Berlin"),
    ("Vandenhoeck & Ruprecht", "Göttingen"), ("Böhlau", "Köln"), ("Campus", "Frankfurt/New York"),
    ("Metzler", "Stuttgart"), ("Wallstein", "Göttingen"), ("transcript", "Bielefeld"),
    ("Mohr Siebeck", "Tübingen"), ("Hoffmann und Campe", "Hamburg"), ("Reclam", "Stuttgart"),
    ("Voss", "Hamburg und Leipzig"), ("Duncker & Humblot", "Berlin"), ("Niemeyer", "Tübingen"),
    ("Westdeutscher Verlag", "Opladen"), ("Springer VS", "Wiesbaden"),
]
ES_PUBLISHERS = [
    ("Alianza", "Madrid"), ("Crítica", "Barcelona"), ("Cátedra", "Madrid"),
    ("Fondo de Cultura Económica", "México"), ("Siglo XXI", "Buenos Aires"),
    ("Anagrama", "Barcelona"), ("Marcial Pons", "Madrid"), ("Akal", "Madrid"),
    ("Editorial Universitaria", "Santiago de Chile"), ("Paidós", "Barcelona"),
]
IT_PUBLISHERS = [
    ("Einaudi", "Torino"), ("Laterza", "Roma-Bari"), ("Il Mulino", "Bologna"),
    ("Feltrinelli", "Milano"), ("Carocci", "Roma"), ("Donzelli", "Roma"),
    ("Olschki", "Firenze"), ("Bollati Boringhieri", "Torino"), ("Viella", "Roma"),
]
UNIVERSITIES = [
    ("University of Michigan", "Ann Arbor"), ("Université Paris 1 Panthéon-Sorbonne", "Paris"),
    ("University of Edinburgh", "Edinburgh"), ("Universität Heidelberg", "Heidelberg"),
    ("University of Toronto", "Toronto"), ("Universidad Complutense de Madrid", "Madrid"),
    ("Stanford University", "Stanford, CA"), ("University of Cape Town", "Cape Town"),
    ("Università di Bologna", "Bologna"), ("McGill University", "Montreal"),
    ("Columbia University", "New York"), ("Australian National University", "Canberra"),
]
DEPARTMENTS = [
    "Department of History", "Dept. of Computer Science", "School of Geography",
    "Department of Linguistics", "Faculty of Education", "Dept. of Electrical Engineering",
    "Institute of Social Anthropology", "Department of Economics",
]
ORGS = [
    ("World Health Organization", "Geneva"), ("Organisation for Economic Co-operation and "
    "Development", "Paris"), ("National Research Council", "Washington, DC"),
    ("Institute for Fiscal Studies", "London"), ("Food and Agriculture Organization of the "
    "United Nations", "Rome"), ("European Environment Agency", "Copenhagen"),
    ("U.S. Geological Survey", "Reston, VA"), ("Office for National Statistics", "Newport"),
    ("International Labour Office", "Geneva"), ("RAND Corporation", "Santa Monica, CA"),
    ("Australian Bureau of Statistics", "Canberra"), ("Statistics Canada", "Ottawa"),
]
OUTLETS = [
    "The Guardian", "The New York Times", "Le Monde", "The Washington Post", "BBC News",
    "The Atlantic", "Financial Times", "Die Zeit", "El País", "The Economist", "Wired",
    "The Irish Times", "Los Angeles Times", "The Globe and Mail", "Slate", "The Conversation",
]
SITES = {
    "The Guardian": "www.theguardian.com", "The New York Times": "www.nytimes.com",
    "Le Monde": "www.lemonde.fr", "The Washington Post": "www.washingtonpost.com",
    "BBC News": "www.bbc.co.uk/news", "The Atlantic": "www.theatlantic.com",
    "Financial Times": "www.ft.com", "Die Zeit": "www.zeit.de", "El País": "elpais.com",
    "The Economist": "www.economist.com", "Wired": "www.wired.com",
    "The Irish Times": "www.irishtimes.com", "Los Angeles Times": "www.latimes.com",
    "The Globe and Mail": "www.theglobeandmail.com", "Slate": "slate.com",
    "The Conversation": "theconversation.com",
}
NEWS_HEADS = [
    "City council approves new flood defences", "Why the night trains are coming back",
    "Inside the race to map the ocean floor", "A quiet revolution in village schools",
    "Farmers count the cost of a dry spring", "The museum that gave back its collection",
    "How a small port became a data hub", "Libraries are lending more than books",
    "Rents rise again as supply stalls", "The forgotten women of the telegraph office",
]
STUDIOS = [
    "Northlight Pictures", "Criterion Collection", "Meridian Films", "Warner Bros.",
    "Paramount Pictures", "Studio Canal", "Tallgrass Productions", "BBC Films",
]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
MONTHS_SHORT = ["Jan.", "Feb.", "Mar.", "Apr.", "May", "June", "July", "Aug.", "Sept.", "Oct.",
                "Nov.", "Dec."]
JOURNALS = [
    "Past & Present", "Journal of Modern History", "Annales HSC", "Revue historique",
    "Historische Zeitschrift", "Modern Language Review", "French Historical Studies",
    "Comparative Studies in Society and History", "Hispanic Review", "Quaderni storici",
    "Journal of Social History", "Representations", "Critical Inquiry", "Isis",
]
SERIES = [
    "Cambridge Studies in Early Modern History", "Bibliothèque des histoires",
    "Studies in Social Discontinuity", "Veröffentlichungen des Instituts für Europäische "
    "Geschichte", "Biblioteca di storia", "Lecture Notes in Computer Science",
]

R = random.Random(14)


def pick(xs):
    return R.choice(xs)


def person():
    return pick(GIVEN), pick(FAMILY)


def initials(given):
    return " ".join(part[0] + "." for part in given.replace("-", " ").split()) if "-" not in given \
        else "-".join(part[0] + "." for part in given.split("-"))


def year():
    return str(R.randint(1952, 2023))


def pages():
    a = R.randint(3, 480)
    return a, a + R.randint(8, 40)


def en_title():
    shape = R.randint(0, 5)
    if shape == 0:
        return f"{pick(EN_ADJ)} {pick(EN_NOUNS).replace('the ', '').title()}"
    if shape == 1:
        return f"{pick(EN_NOUNS).capitalize()} and {pick(EN_NOUNS)} in {pick(EN_PLACES)}"
    if shape == 2:
        return (f"{pick(EN_ADJ)} {pick(EN_NOUNS).replace('the ', '').title()}: "
                f"{pick(EN_NOUNS).capitalize()} in {pick(CENTURY)}-Century "
                f"{pick(EN_PLACES).removeprefix('the ')}")
    if shape == 3:
        return f"The Politics of {pick(EN_NOUNS).replace('the ', '').title()} in {pick(EN_PLACES)}"
    if shape == 4:
        return (f"{pick(EN_NOUNS).capitalize()}, {pick(EN_NOUNS)}, and {pick(EN_NOUNS)}: "
                f"A History of {pick(EN_PLACES)}")
    return f"A {pick(EN_ADJ)} Inheritance: {pick(EN_NOUNS).capitalize()} after {year()}"


def sci_title():
    return f"{pick(SCI_TOPICS)} {pick(SCI_OBJECTS)}"


def end(text, mark="."):
    """`text` ending in `mark` unless it ends in a question mark already."""
    return text if text.endswith(("?", "!")) else text + mark


# Each style returns a list of (tag, text) segments.

def chicago_book():
    g, f = person()
    pub, place = pick(EN_PUBLISHERS)
    seg = [("author", f"{f}, {g}."), ("title", end(en_title()))]
    r = R.random()
    if r < 0.3:
        eg, ef = person()
        seg.append(("editor", f"Edited by {eg} {ef}."))
    elif r < 0.5:
        tg, tf = person()
        seg.append(("translator", f"Translated by {tg} {tf}."))
    elif r < 0.6:
        tg, tf = person()
        seg.append(("translator", f"Trans. {tg} {tf}."))
    if R.random() < 0.2:
        seg.append(("edition", f"{pick(['2nd', '3rd', 'Rev.', '4th'])} ed."))
    seg += [("location", f"{place}:"), ("publisher", f"{pub},"), ("date", f"{year()}.")]
    return seg


def chicago_note_book():
    g, f = person()
    pub, place = pick(EN_PUBLISHERS + [(p, pl) for p, pl in FR_PUBLISHERS[:4]])
    seg = [("citation-number", f"{R.randint(1, 80)}.")] if R.random() < 0.5 else []
    seg += [("author", f"{g} {f},"), ("title", en_title())]
    if R.random() < 0.35:
        eg, ef = person()
        seg.append(("editor", f"ed. {eg} {ef}"))
    elif R.random() < 0.3:
        tg, tf = person()
        seg.append(("translator", f"trans. {tg} {tf}"))
    seg += [("location", f"({place}:"), ("publisher", f"{pub},"), ("date", f"{year()}),")]
    a, _ = pages()
    seg.append(("pages", f"{a}."))
    return seg


def chicago_chapter():
    g, f = person()
    pub, place = pick(EN_PUBLISHERS)
    e1, e2 = person(), person()
    eds = f"{e1[0]} {e1[1]}" if R.random() < 0.5 else f"{e1[0]} {e1[1]} and {e2[0]} {e2[1]}"
    a, b = pages()
    seg = [("author", f"{f}, {g}."), ("title", f"“{en_title()}.”"),
           ("container-title", f"In {en_title()},"), ("editor", f"edited by {eds},"),
           ("pages", f"{a}–{b}."), ("location", f"{place}:"), ("publisher", f"{pub},"),
           ("date", f"{year()}.")]
    if R.random() < 0.3:
        tg, tf = person()
        seg.insert(4, ("translator", f"translated by {tg} {tf},"))
    return seg


def apa_book():
    g, f = person()
    y = year()
    seg = [("author", f"{f}, {initials(g)}"), ("date", f"({y})."), ("title", end(en_title()))]
    if R.random() < 0.25:
        seg[-1] = ("title", en_title())
        seg.append(("edition", f"({pick(['2nd', '3rd', '5th'])} ed.)."))
    r = R.random()
    if r < 0.4:
        seg.append(("publisher", f"{pick(PLAIN_PUBLISHERS)}."))
    elif r < 0.8:
        pub, place = pick(EN_PUBLISHERS)
        seg += [("location", f"{place}:"), ("publisher", f"{pub}.")]
    else:
        pub = pick(PLAIN_PUBLISHERS)
        place = pick(["New York, NY", "London, UK", "Thousand Oaks, CA", "Hoboken, NJ",
                      "Avon, MA", "Oxford, England", "Chichester, UK"])
        seg += [("location", f"{place}:"), ("publisher", f"{pub}.")]
    return seg


def apa_chapter():
    g, f = person()
    e1, e2 = person(), person()
    eds = (f"{initials(e1[0])} {e1[1]} (Ed.),"
           if R.random() < 0.5 else f"{initials(e1[0])} {e1[1]} & {initials(e2[0])} {e2[1]} (Eds.),")
    a, b = pages()
    seg = [("author", f"{f}, {initials(g)}"), ("date", f"({year()})."), ("title", end(en_title())),
           ("editor", f"In {eds}"), ("container-title", en_title()), ("pages", f"(pp. {a}–{b})."),
           ]
    if R.random() < 0.5:
        pub, place = pick(EN_PUBLISHERS)
        seg += [("location", f"{place}:"), ("publisher", f"{pub}.")]
    else:
        seg.append(("publisher", f"{pick(PLAIN_PUBLISHERS)}."))
    return seg


def mla_chapter():
    g, f = person()
    eg, ef = person()
    a, b = pages()
    pub, _ = pick(EN_PUBLISHERS)
    return [("author", f"{f}, {g}."), ("title", f"“{en_title()}.”"),
            ("container-title", f"{en_title()},"), ("editor", f"edited by {eg} {ef},"),
            ("publisher", f"{pub},"), ("date", f"{year()},"), ("pages", f"pp. {a}–{b}.")]


def edited_book():
    g, f = person()
    pub, place = pick(EN_PUBLISHERS)
    if R.random() < 0.5:
        return [("editor", f"{f}, {g}, {pick(['ed.', 'eds.'])}"), ("title", end(en_title())),
                ("location", f"{place}:"), ("publisher", f"{pub},"), ("date", f"{year()}.")]
    return [("editor", f"{f}, {initials(g)} (Ed.)."), ("date", f"({year()})."),
            ("title", end(en_title())), ("publisher", f"{pick(PLAIN_PUBLISHERS)}.")]


def publisher_then_place():
    g, f = person()
    pub, place = pick(EN_PUBLISHERS)
    return [("author", f"{f}, {initials(g)}"), ("date", f"({year()})."), ("title", end(en_title())),
            ("publisher", f"{pub}:"), ("location", f"{place}.")]


def french_book():
    g, f = person()
    pub, place = pick(FR_PUBLISHERS)
    title = pick(FR_TITLES)
    if R.random() < 0.4:
        title += f". {pick(FR_SUB).capitalize()}" if R.random() < 0.5 else f" : {pick(FR_SUB)}"
    style = R.randint(0, 3)
    if style == 0:
        seg = [("author", f"{f.upper()} {g},"), ("title", f"{title},"), ("location", f"{place},"),
               ("publisher", f"{pub},"), ("date", f"{year()}.")]
    elif style == 1:
        seg = [("editor", f"{f} {initials(g)} (dir.),"), ("title", f"{title},"),
               ("location", f"{place},"), ("publisher", f"{pub},")]
        if R.random() < 0.4:
            seg.append(("collection-title", f"coll. « {pick(SERIES[:2])} »,"))
        seg.append(("date", f"{year()},"))
        seg.append(("pages", f"{R.randint(120, 640)} p."))
    elif style == 2:
        seg = [("author", f"{g} {f},"), ("title", f"{title},"), ("location", f"{place}:"),
               ("publisher", f"{pub},"), ("date", f"{year()}.")]
    else:
        eg, ef = person()
        seg = [("author", f"{f}, {g},"), ("title", f"{title},"),
               ("editor", f"éd. par {eg} {ef},"), ("location", f"{place},"),
               ("publisher", f"{pub},"), ("date", f"{year()}.")]
    return seg


def french_chapter():
    g, f = person()
    eg, ef = person()
    pub, place = pick(FR_PUBLISHERS)
    a, b = pages()
    ed = pick([f"{eg} {ef.upper()} (dir.),", f"{ef} {initials(eg)} (sous la dir. de),",
               f"{initials(eg)} {ef} (éd.),"])
    return [("author", f"{f} {initials(g)},"), ("title", f"« {pick(FR_TITLES)} »,"),
            ("editor", f"in {ed}"), ("container-title", f"{pick(FR_TITLES)},"),
            ("location", f"{place},"), ("publisher", f"{pub},"), ("date", f"{year()},"),
            ("pages", f"p. {a}-{b}.")]


def french_article():
    g, f = person()
    a, b = pages()
    return [("author", f"{f.upper()} {g},"), ("title", f"« {pick(FR_TITLES)} »,"),
            ("journal", f"{pick(['Annales HSC', 'Revue historique', 'Le Mouvement social', 'Genèses', 'Revue de synthèse'])},"),
            ("volume", f"vol. {R.randint(10, 90)}, n° {R.randint(1, 4)},"), ("date", f"{year()},"),
            ("pages", f"p. {a}-{b}.")]


def german_book():
    g, f = person()
    pub, place = pick(DE_PUBLISHERS)
    title = pick(DE_TITLES)
    if R.random() < 0.5:
        title += f". {pick(DE_SUB)}"
    style = R.randint(0, 3)
    if style == 0:
        return [("author", f"{f}, {g}:"), ("title", f"{title}."), ("location", f"{place}:"),
                ("publisher", pub), ("date", f"{year()}.")]
    if style == 1:
        return [("author", f"{f}, {g}"), ("date", f"({year()}):"), ("title", f"{title}."),
                ("location", f"{place}:"), ("publisher", f"{pub}.")]
    if style == 2:
        return [("editor", f"{f}, {initials(g)} {pick(['(Hrsg.):', '(Hg.):'])}"),
                ("title", f"{title}."), ("location", f"{place}"), ("date", f"{year()}.")]
    eg, ef = person()
    return [("author", f"{f}, {g}:"), ("title", f"{title}."),
            ("editor", pick([f"Hrsg. v. {eg} {ef}.", f"Hg. von {eg} {ef}.", f"Hrsg. von {eg} {ef}."])),
            ("location", f"{place}:"), ("publisher", f"{pub},"), ("date", f"{year()}.")]


def german_chapter():
    g, f = person()
    eg, ef = person()
    pub, place = pick(DE_PUBLISHERS)
    a, b = pages()
    y = year()
    if R.random() < 0.5:
        return [("author", f"{f}, {g}:"), ("title", f"{pick(DE_TITLES)}."),
                ("editor", f"In: {ef}, {eg} {pick(['(Hrsg.):', '(Hg.):'])}"),
                ("container-title", f"{pick(DE_TITLES)}."), ("location", f"{place}:"),
                ("publisher", f"{pub}"), ("date", f"{y},"), ("pages", f"S. {a}–{b}.")]
    return [("author", f"{f}, {initials(g)}"), ("date", f"({y}):"), ("title", f"{pick(DE_TITLES)}."),
            ("editor", f"In: {initials(eg)} {ef} {pick(['(Hrsg.),', '(Hg.),'])}"),
            ("container-title", f"{pick(DE_TITLES)}"), ("pages", f"(S. {a}–{b})."),
            ("location", f"{place}:"), ("publisher", f"{pub}.")]


def spanish_book():
    g, f = person()
    pub, place = pick(ES_PUBLISHERS)
    style = R.randint(0, 2)
    if style == 0:
        return [("author", f"{f}, {g}."), ("title", f"{pick(ES_TITLES)}."), ("location", f"{place},"),
                ("publisher", f"{pub},"), ("date", f"{year()}.")]
    if style == 1:
        return [("editor", f"{f}, {initials(g)} (ed.)"), ("date", f"({year()}):"),
                ("title", f"{pick(ES_TITLES)},"), ("location", f"{place}:"), ("publisher", f"{pub}.")]
    eg, ef = person()
    a, b = pages()
    return [("author", f"{f.upper()}, {g}"), ("date", f"({year()}):"), ("title", f"«{pick(ES_TITLES)}»,"),
            ("editor", f"en {ef}, {initials(eg)} (coord.),"), ("container-title", f"{pick(ES_TITLES)},"),
            ("location", f"{place},"), ("publisher", f"{pub},"), ("pages", f"pp. {a}-{b}.")]


def italian_book():
    g, f = person()
    pub, place = pick(IT_PUBLISHERS)
    if R.random() < 0.5:
        return [("author", f"{f} {initials(g)},"), ("title", f"{pick(IT_TITLES)},"),
                ("location", f"{place},"), ("publisher", f"{pub},"), ("date", f"{year()}.")]
    eg, ef = person()
    a, b = pages()
    return [("author", f"{g} {f},"), ("title", f"{pick(IT_TITLES)},"),
            ("editor", f"in {pick(IT_TITLES)}, a cura di {eg} {ef},"),
            ("location", f"{place},"), ("publisher", f"{pub},"), ("date", f"{year()},"),
            ("pages", f"pp. {a}-{b}.")]


def thesis():
    g, f = person()
    uni, place = pick(UNIVERSITIES)
    y = year()
    style = R.randint(0, 4)
    if style == 0:
        return [("author", f"{f}, {initials(g)}"), ("date", f"({y})."), ("title", en_title()),
                ("genre", f"[{pick(['Doctoral dissertation', 'Master’s thesis'])},"),
                ("publisher", f"{uni}]."), ("note", pick(["ProQuest Dissertations and Theses.", ""]) or "")]
    if style == 1:
        return [("author", f"{f}, {g}."), ("title", f"“{en_title()}.”"),
                ("genre", pick(["PhD diss.,", "PhD dissertation,", "MA thesis,"])),
                ("publisher", f"{uni},"), ("date", f"{y}.")]
    if style == 2:
        return [("author", f"{initials(g)} {f},"), ("title", f"{sci_title().capitalize()},"),
                ("genre", pick(["Ph.D. thesis,", "Ph.D. dissertation,", "M.S. thesis,"])),
                ("publisher", f"{pick(DEPARTMENTS)}, {uni},"), ("location", f"{place},"),
                ("date", f"{y}.")]
    if style == 3:
        return [("author", f"{f}, {initials(g)}"), ("date", f"({y})."), ("title", f"{en_title()}."),
                ("genre", "Unpublished doctoral dissertation,"), ("publisher", f"{uni},"),
                ("location", f"{place}.")]
    return [("author", f"{f.upper()} {g},"), ("title", f"{pick(FR_TITLES)},"),
            ("genre", "thèse de doctorat,"), ("publisher", f"{uni},"), ("date", f"{y}.")]


def report():
    org, place = pick(ORGS)
    y = year()
    style = R.randint(0, 3)
    if style == 0:
        return [("author", f"{org}."), ("date", f"({y})."), ("title", en_title()),
                ("genre", f"(Report No. {R.randint(1, 300)})."), ("location", f"{place}:"),
                ("publisher", "Author.")]
    if style == 1:
        g, f = person()
        return [("author", f"{f}, {initials(g)}"), ("date", f"({y})."), ("title", f"{sci_title().capitalize()}"),
                ("genre", f"(Technical Report TR-{y}-{R.randint(1, 40):02d})."), ("publisher", f"{org}.")]
    if style == 2:
        return [("author", f"{org}."), ("title", f"{en_title()}."), ("location", f"{place}:"),
                ("publisher", f"{org},"), ("date", f"{y}.")]
    g, f = person()
    return [("author", f"{initials(g)} {f},"), ("title", f"“{sci_title().capitalize()},”"),
            ("genre", f"Tech. Rep. {R.randint(100, 999)},"), ("publisher", f"{org},"),
            ("location", f"{place},"), ("date", f"{pick(MONTHS_SHORT)} {y}.")]


def news():
    g, f = person()
    outlet = pick(OUTLETS)
    y = year()
    m = R.randint(0, 11)
    d = R.randint(1, 28)
    head = pick(NEWS_HEADS)
    slug = head.lower().replace(" ", "-")
    url = f"https://{SITES[outlet]}/{y}/{m + 1:02d}/{d:02d}/{slug}"
    style = R.randint(0, 3)
    if style == 0:
        return [("author", f"{f}, {initials(g)}"), ("date", f"({y}, {MONTHS[m]} {d})."),
                ("title", f"{head}."), ("journal", f"{outlet}."), ("note", "Retrieved from"),
                ("url", url)]
    if style == 1:
        return [("author", f"{f}, {g}."), ("title", f"“{head}.”"), ("journal", f"{outlet},"),
                ("date", f"{MONTHS[m]} {d}, {y}."), ("url", f"{url}.")]
    if style == 2:
        return [("author", f"{f}, {g}."), ("title", f"“{head}.”"), ("journal", f"{outlet},"),
                ("date", f"{d} {MONTHS_SHORT[m]} {y},"), ("url", f"{url.removeprefix('https://')}."),
                ("note", f"Accessed {R.randint(1, 28)} {pick(MONTHS_SHORT)} {int(y) + 1}.")]
    return [("author", f"{f}, {initials(g)}"), ("date", f"({y}, {MONTHS_SHORT[m]} {d})."),
            ("title", f"{head}"), ("genre", "[Blog post]."), ("journal", f"{outlet}."),
            ("url", url)]


def web_page():
    org, _ = pick(ORGS)
    y = year()
    slug = pick(SCI_OBJECTS).replace(" ", "-")
    host = "www." + "".join(w[0] for w in org.split() if w[0].isupper()).lower() + ".org"
    return [("author", f"{org}."), ("date", f"({y})."), ("title", f"{en_title()}."),
            ("note", f"Retrieved {pick(MONTHS)} {R.randint(1, 28)}, {int(y) + 1}, from"),
            ("url", f"https://{host}/{slug}")]


def film():
    g, f = person()
    studio = pick(STUDIOS)
    title = en_title()
    y = year()
    style = R.randint(0, 2)
    if style == 0:
        return [("director", f"{f}, {initials(g)} (Director)."), ("date", f"({y})."),
                ("title", title), ("genre", pick(["[Film].", "[Motion picture].", "[Documentary]."])),
                ("publisher", f"{studio}.")]
    if style == 1:
        p1, p2 = person(), person()
        return [("title", f"{title}."), ("director", f"Dir. {g} {f}."),
                ("note", f"Perf. {p1[0]} {p1[1]}, {p2[0]} {p2[1]}."), ("publisher", f"{studio},"),
                ("date", f"{y}."), ("medium", "Film.")]
    return [("title", f"{title}."), ("director", f"Directed by {g} {f}."),
            ("location", f"{pick(['Los Angeles', 'London', 'Burbank, CA', 'Paris'])}:"),
            ("publisher", f"{studio},"), ("date", f"{y}."), ("medium", "DVD.")]


def conference():
    g1, f1 = person()
    g2, f2 = person()
    topic = pick(CONF_TOPICS)
    place = pick(CONF_PLACES)
    y = year()
    a, b = pages()
    n = R.randint(2, 30)
    ordinal = f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"
    acro = "".join(w[0] for w in topic.split()).upper()
    style = R.randint(0, 3)
    if style == 0:
        return [("author", f"{initials(g1)} {f1} and {initials(g2)} {f2},"),
                ("title", f"“{sci_title().capitalize()},”"),
                ("container-title", f"in Proc. {ordinal} Int. Conf. on {topic} ({acro} '{y[2:]}),"),
                ("location", f"{place},"), ("date", f"{pick(MONTHS_SHORT)} {y},"),
                ("pages", f"pp. {a}–{b}.")]
    if style == 1:
        return [("author", f"{f1}, {initials(g1)}, & {f2}, {initials(g2)}"), ("date", f"({y})."),
                ("title", f"{sci_title().capitalize()}."),
                ("container-title", f"In Proceedings of the {ordinal} Annual Conference on {topic}"),
                ("pages", f"(pp. {a}–{b})."), ("location", f"{place}:"), ("publisher", f"{pick(['ACM', 'IEEE', 'IEEE Computer Society', 'AAAI Press', 'USENIX Association'])}.")]
    if style == 2:
        eg, ef = person()
        return [("author", f"{f1}, {initials(g1)}, {f2}, {initials(g2)}:"),
                ("title", f"{sci_title().capitalize()}."),
                ("editor", f"In: {ef}, {initials(eg)} (ed.)"),
                ("container-title", f"{acro} {y}."), ("collection-title", "LNCS,"),
                ("volume", f"vol. {R.randint(1000, 9999)},"), ("pages", f"pp. {a}–{b}."),
                ("publisher", "Springer,"), ("location", f"{pick(['Heidelberg', 'Berlin', 'Cham'])}"),
                ("date", f"({y})")]
    return [("author", f"{initials(g1)} {f1}, {initials(g2)} {f2}."),
            ("title", f"{sci_title().capitalize()}."),
            ("container-title", f"In {acro}, {pick(['LNCS', 'LNAI'])}"), ("volume", f"{R.randint(100, 9999)},"),
            ("pages", f"pages {a}–{b}."), ("publisher", "Springer,"), ("date", f"{y}.")]


def article_humanities():
    g, f = person()
    a, b = pages()
    return [("author", f"{f}, {g}."), ("title", f"“{en_title()}.”"), ("journal", pick(JOURNALS)),
            ("volume", f"{R.randint(1, 120)}, no. {R.randint(1, 4)}"), ("date", f"({year()}):"),
            ("pages", f"{a}–{b}.")]


STYLES = [
    (chicago_book, 5), (chicago_note_book, 3), (chicago_chapter, 5), (apa_book, 5),
    (apa_chapter, 4), (mla_chapter, 2), (edited_book, 2), (publisher_then_place, 2), (french_book, 4),
    (french_chapter, 3), (french_article, 1), (german_book, 4), (german_chapter, 3),
    (spanish_book, 3), (italian_book, 2), (thesis, 4), (report, 4), (news, 4), (web_page, 1),
    (film, 2), (conference, 4), (article_humanities, 1),
]


def main():
    total = sum(w for _, w in STYLES)
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           "<!-- Invented references for training the field model; made by "
           "scripts/make_invented_references.py. -->",
           "<dataset>"]
    for i in range(COUNT):
        x = R.uniform(0, total)
        for style, w in STYLES:
            x -= w
            if x <= 0:
                break
        out.append("  <sequence>")
        for tag, text in style():
            if text:
                out.append(f"    <{tag}>{escape(text)}</{tag}>")
        out.append("  </sequence>")
    out.append("</dataset>")
    OUT.write_text("\n".join(out) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
