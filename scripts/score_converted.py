#!/usr/bin/env python3
"""Score citecheck on a folder of converted papers with hand-made gold, one line per paper and
the mean: entries found, fields right, citations found, citations linked right, false citations.

usage: scripts/score_converted.py [DIR] [--bin PATH] [--scorer PATH] [--verbose]

DIR defaults to ../shared/corpus/converted (each paper `NAME.md` or `NAME.txt` beside its
`NAME.gold.json`); the scorer defaults to ../shared/tools/score_doc.py, which reads that gold.
The binary defaults to target/release/citecheck (build it first: `cargo build --release`).
A paper citecheck refuses (exit 2) scores zero on every figure and shows its error.
Needs only the Python standard library.
"""
import json
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def arg(name, default):
    if name in sys.argv:
        return sys.argv[sys.argv.index(name) + 1]
    return default


def main():
    rest = [a for i, a in enumerate(sys.argv[1:], 1)
            if not a.startswith("--") and sys.argv[i - 1] not in ("--bin", "--scorer")]
    folder = rest[0] if rest else os.path.join(ROOT, "..", "shared", "corpus", "converted")
    binary = arg("--bin", os.path.join(ROOT, "target", "release", "citecheck"))
    scorer = arg("--scorer", os.path.join(ROOT, "..", "shared", "tools", "score_doc.py"))
    verbose = "--verbose" in sys.argv
    for path, what in ((binary, "binary (cargo build --release)"), (scorer, "scorer")):
        if not os.path.exists(path):
            sys.exit(f"score_converted: no {what} at {path}")
    papers = sorted(f for f in os.listdir(folder)
                    if re.search(r"\.(md|txt)$", f) and f.lower() != "readme.md"
                    and os.path.exists(os.path.join(folder, re.sub(r"\.(md|txt)$", ".gold.json", f))))
    if not papers:
        sys.exit(f"score_converted: no papers with gold in {folder}")
    rows = []
    for name in papers:
        paper = os.path.join(folder, name)
        gold = os.path.join(folder, re.sub(r"\.(md|txt)$", ".gold.json", name))
        run = subprocess.run([binary, "check", paper, "--format", "json"], capture_output=True, text=True)
        g = json.load(open(gold))
        real = len(g.get("citations") or [])
        row = {"paper": name, "refs": 0.0, "extra": 0, "fields": 0.0, "found": 0.0, "linked": 0.0,
               "false": 0, "real": real, "error": None}
        if run.returncode == 2 or not run.stdout.strip():
            row["error"] = run.stderr.strip().splitlines()[-1] if run.stderr.strip() else "no report"
            rows.append(row)
            continue
        with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as f:
            f.write(run.stdout)
            report_path = f.name
        scored = subprocess.run([sys.executable, scorer, gold, report_path] + (["--verbose"] if verbose else []),
                                capture_output=True, text=True)
        os.unlink(report_path)
        text = scored.stdout
        if verbose:
            print(f"== {name}\n{text}")
        m = re.search(r"references: found (\d+)/(\d+), extra (-?\d+); fields (\d+)/(\d+)", text)
        if m:
            row["refs"] = int(m[1]) / max(int(m[2]), 1)
            row["extra"] = int(m[3])
            row["fields"] = int(m[4]) / max(int(m[5]), 1)
        m = re.search(r"citations: found (\d+)/(\d+), extra (\d+); linked right (\d+)/(\d+)", text)
        if m:
            row["found"] = int(m[1]) / max(int(m[2]), 1)
            row["false"] = int(m[3])
            row["linked"] = int(m[4]) / max(int(m[5]), 1)
        rows.append(row)
    head = f"{'paper':34} {'entries':>7} {'extra':>5} {'fields':>6} {'cites':>6} {'linked':>6} {'false/100':>9}"
    print(head)
    print("-" * len(head))
    for r in rows:
        per100 = 100 * r["false"] / max(r["real"], 1)
        line = (f"{r['paper'][:34]:34} {r['refs']:7.3f} {r['extra']:5d} {r['fields']:6.3f} "
                f"{r['found']:6.3f} {r['linked']:6.3f} {per100:9.1f}")
        if r["error"]:
            line += f"  (exit 2: {r['error'][:80]})"
        print(line)
    n = len(rows)
    false_total = sum(r["false"] for r in rows)
    real_total = sum(r["real"] for r in rows)
    print("-" * len(head))
    print(f"{'mean of ' + str(n) + ' papers':34} {sum(r['refs'] for r in rows) / n:7.3f} "
          f"{sum(r['extra'] for r in rows):5d} {sum(r['fields'] for r in rows) / n:6.3f} "
          f"{sum(r['found'] for r in rows) / n:6.3f} {sum(r['linked'] for r in rows) / n:6.3f} "
          f"{100 * false_total / max(real_total, 1):9.1f}")
    print(f"papers with >= 95% of entries found: {sum(r['refs'] >= 0.95 for r in rows)}/{n}")


if __name__ == "__main__":
    main()
