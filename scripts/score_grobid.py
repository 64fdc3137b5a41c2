#!/usr/bin/env python3
"""Read-out of citecheck's reference fields on GROBID's labelled references: each `<bibl>` of
the TEI files under DIR, its text given to `citecheck parse` one per line, and the parsed
title, container, volume, pages, publisher, place and year compared with GROBID's own markup
(letters and digits only, compatibility forms such as ligatures folded (NFKC, since
2026-12-07); pages by their first page's digits). Then the authors: GROBID
marks each reference's names as `<author>` strings, and for every reference with some, the
read-out counts those we give no author, those where a family name of ours is not in GROBID's
string (a title or journal word taken for a name), and those whose last name in GROBID's
string is none of ours (the list ended too soon), each reference in the first of these it
falls in.

The shipped field model has trained on these references: the figures flatter it, and only a
comparison of two states of the parser on the same model means anything (a change to the
rules or to the cleaning of PDF text). Held-out measurement is `examples/score_anystyle.rs`.

usage: scripts/score_grobid.py [DIR] [--bin PATH] [--misses FIELD [N]]   (FIELD may be authors)

DIR defaults to ../shared/data/grobid-citation; the binary to target/release/citecheck (build
it first: `cargo build --release`). Needs only the Python standard library.
"""
import glob
import json
import os
import re
import subprocess
import sys
import tempfile
import unicodedata
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
FIELDS = ["title", "container", "volume", "pages", "publisher", "location", "year"]
SCOPES = {"volume": "volume", "vol": "volume", "page": "pages", "pp": "pages"}


def arg(name, default):
    if name in sys.argv:
        return sys.argv[sys.argv.index(name) + 1]
    return default


def local(tag):
    return tag.split("}")[-1]


def words(node):
    return " ".join("".join(node.itertext()).split())


def gold_of(bibl):
    """GROBID's fields of one `<bibl>`: an article's title and its journal or book, or a
    book's title alone."""
    gold, titles = {}, {}
    for e in bibl.iter():
        name, text = local(e.tag), words(e)
        if name == "title":
            titles.setdefault(e.get("level"), text)
        elif name == "biblScope" and (e.get("unit") or e.get("type")) in SCOPES:
            gold.setdefault(SCOPES[e.get("unit") or e.get("type")], text)
        elif name == "publisher":
            gold.setdefault("publisher", text)
        elif name == "pubPlace":
            gold.setdefault("location", text)
        elif name == "date":
            year = re.search(r"(1[5-9]|20)\d\d", text)
            if year:
                gold.setdefault("year", year.group(0))
    if "a" in titles:
        gold["title"] = titles["a"]
        container = titles.get("j") or titles.get("m")
        if container:
            gold["container"] = container
    elif "m" in titles:
        gold["title"] = titles["m"]
    elif "j" in titles:
        gold["container"] = titles["j"]
    return gold


def authors_of(bibl):
    """GROBID's `<author>` strings of one `<bibl>`, joined."""
    return " ".join(words(e) for e in bibl.iter() if local(e.tag) == "author")


# Words of an author string that are no surname.
NOT_SURNAMES = {"and", "et", "al", "others", "eds", "ed", "jr"}


def authors_fault(reference, gold):
    """What is wrong with our authors against GROBID's string `gold`: "none", "outside" (a
    family name of ours not in it), "short" (its last surname none of ours), or None."""
    string = folded("authors", gold)
    families = [folded("authors", a.get("family") or a.get("literal")) for a in reference.get("authors", [])]
    families = [f for f in families if f]
    if not families:
        return "none"
    if any(f not in string for f in families):
        return "outside"
    # The string's last word that looks like a surname: two letters or more, not in capitals
    # unless longer than three ("NASA" is one, "JM" is initials).
    names = [w for w in re.findall(r"[^\W\d_][\w'’-]*", gold) if (len(w) > 1 and not w.isupper()) or len(w) > 3]
    names = [w for w in names if w.lower() not in NOT_SURNAMES]
    if not names or "et al" in gold:
        return None
    last = folded("authors", names[-1])
    if not any(last in f or f in last for f in families):
        return "short"
    return None


def folded(field, value):
    if field == "pages":
        return re.sub(r"[^0-9]", "", value or "")[:4]
    # Compatibility forms folded first: a ligature glyph ("classiﬁcation") is its letters.
    v = re.sub(r"[\W_]+", "", unicodedata.normalize("NFKC", value or "")).lower()
    if field in ("title", "container"):
        v = re.sub(r"^(in|proc)", "", v)
    return v


def parsed(reference, field):
    if field == "year":
        return (reference.get("date") or "")[:4]
    if field == "publisher":
        return reference.get("publisher") or reference.get("institution")
    if field == "pages":
        # GROBID marks a book's count of pages ("200p.") as its pages; we give it as the
        # page total, which stands for the pages when there are none (as score_anystyle does).
        return reference.get("pages") or reference.get("pagetotal")
    return reference.get(field)


def main():
    # Positional arguments: neither an option nor an option's value ("--misses FIELD N").
    positional, args = [], sys.argv[1:]
    i = 0
    while i < len(args):
        if args[i] == "--bin":
            i += 1
        elif args[i] == "--misses":
            i += 2 if i + 2 < len(args) and args[i + 2].isdigit() else 1
        elif not args[i].startswith("--"):
            positional.append(args[i])
        i += 1
    folder = positional[0] if positional else os.path.join(ROOT, "..", "shared", "data", "grobid-citation")
    binary = arg("--bin", os.path.join(ROOT, "target", "release", "citecheck"))
    texts, golds, authors = [], [], []
    for path in sorted(glob.glob(os.path.join(folder, "**", "*.xml"), recursive=True)):
        try:
            root = ET.parse(path).getroot()
        except ET.ParseError:
            continue
        for bibl in root.iter():
            if local(bibl.tag) != "bibl":
                continue
            text = words(bibl)
            if text:
                texts.append(text)
                golds.append(gold_of(bibl))
                authors.append(authors_of(bibl))
    if not texts:
        sys.exit(f"no <bibl> found under {folder}")
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False) as f:
        f.write("\n".join(texts) + "\n")
        lines = f.name
    try:
        out = subprocess.run([binary, "parse", lines, "--format", "json"], capture_output=True, text=True)
    finally:
        os.unlink(lines)
    if out.returncode != 0:
        sys.exit(f"citecheck parse failed: {out.stderr.strip()}")
    references = json.loads(out.stdout)["references"]
    if len(references) != len(golds):
        sys.exit(f"{len(references)} references parsed from {len(golds)} lines")
    labelled = {f: 0 for f in FIELDS}
    right = {f: 0 for f in FIELDS}
    show = arg("--misses", None)
    after = sys.argv.index("--misses") + 2 if show else 0
    limit = int(sys.argv[after]) if show and after < len(sys.argv) and sys.argv[after].isdigit() else 40
    shown = 0
    for reference, gold in zip(references, golds):
        for field in FIELDS:
            if field not in gold:
                continue
            labelled[field] += 1
            want, got = folded(field, gold[field]), folded(field, parsed(reference, field))
            if want and want == got:
                right[field] += 1
            elif field == show and shown < limit:
                shown += 1
                print(reference["raw"][:220])
                print(f"   gold: {gold[field][:120]} | parsed: {(parsed(reference, field) or '')[:120]}")
    print(f"{len(golds)} references from {folder}")
    print(f"{'field':<10} {'labelled':>8} {'matched':>8} {'share':>6}")
    for field in FIELDS:
        print(f"{field:<10} {labelled[field]:>8} {right[field]:>8} {right[field] / max(labelled[field], 1):>6.3f}")
    print(f"{'all':<10} {sum(labelled.values()):>8} {sum(right.values()):>8} {sum(right.values()) / max(sum(labelled.values()), 1):>6.3f}")
    faults = {"none": 0, "outside": 0, "short": 0}
    with_authors = 0
    for reference, gold in zip(references, authors):
        if not gold:
            continue
        with_authors += 1
        fault = authors_fault(reference, gold)
        if fault:
            faults[fault] += 1
            if show == "authors" and shown < limit:
                shown += 1
                names = [a.get("family") or a.get("literal") for a in reference.get("authors", [])]
                print(reference["raw"][:220])
                print(f"   {fault}: gold: {gold[:120]} | parsed: {names[:6]}")
    print(
        f"authors: {with_authors} references with GROBID's names; ours none {faults['none']}, "
        f"a name not in GROBID's {faults['outside']}, GROBID's last name missed {faults['short']}"
    )


if __name__ == "__main__":
    main()
