"""Print the Markdown table of scripts/compare/run.sh from its results.tsv.

Usage: python table.py results.tsv

Each group (one task on one input) has one citecheck row (role "ours"); every other row of
the group gets the ratios ours / theirs for wall time and peak memory. A ratio below 1 means
citecheck took less. A tool stopped by the time limit gets a bound ("< r"): its real time is
longer than the limit, so the true ratio is smaller still. A tool that failed gets no ratio. Rows of role "info" (e.g. a tool's
start-up cost alone) are shown for reference, without a ratio.
"""
import sys

TASKS = {
    "parse": "reference strings",
    "bib": ".bib read/check",
    "format": "format APA (bundled style)",
    "format-csl": "format APA (same .csl file)",
}


def task_of(group):
    name, _, size = group.rpartition("-")
    return TASKS.get(name, name), size


def fnum(s):
    try:
        return float(s)
    except ValueError:
        return None


def main(path):
    rows = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            parts = line.rstrip("\n").split("\t")
            parts += [""] * (9 - len(parts))
            group, role, tool, size, t, m, runs, status, count = parts[:9]
            rows.append(dict(group=group, role=role, tool=tool, size=size, t=fnum(t),
                             m=fnum(m), runs=runs, status=status, count=count))
    groups = []
    for r in rows:
        if r["group"] not in groups:
            groups.append(r["group"])
    print("| task | input | tool | time s | peak MiB | runs | status | output check "
          "| time ours÷theirs | memory ours÷theirs |")
    print("|---|---|---|---:|---:|---:|---|---|---:|---:|")
    for g in groups:
        members = [r for r in rows if r["group"] == g]
        ours = next((r for r in members if r["role"] == "ours"), None)
        task, _ = task_of(g)
        unit = "entries" if g.startswith(("bib", "format")) else "strings"
        order = {"ours": 0, "theirs": 1, "info": 2}
        for r in sorted(members, key=lambda r: order.get(r["role"], 3)):
            t = "" if r["t"] is None else "%.2f" % r["t"]
            mem = "" if r["m"] is None else "%.1f" % (r["m"] / 1024)
            timed_out = r["status"].startswith("timed out")
            if timed_out:
                t = "> " + t
            rt = rm = ""
            if r["role"] == "ours":
                rt = rm = "(ours)"
            elif r["role"] == "info":
                rt = rm = "(for reference)"
            elif ours is None or ours["t"] is None or ours["status"] != "ok":
                rt = rm = "n/a (citecheck failed)"
            elif r["status"] == "ok" and r["t"] is not None:
                if r["t"] > 0 and ours["t"] > 0:
                    rt = "%.3f" % (ours["t"] / r["t"])
                else:
                    rt = "n/a (a time under the 0.01 s resolution)"
                rm = "%.3f" % (ours["m"] / r["m"]) if r["m"] else "n/a"
            elif timed_out and r["t"]:
                rt = "< %.3f" % (ours["t"] / r["t"])
                rm = "n/a (stopped)"
            else:
                rt = rm = "n/a"
            u = unit[:-1] if r["size"] == "1" else unit
            print("| %s | %s %s | %s | %s | %s | %s | %s | %s | %s | %s |" % (
                task, r["size"], u, r["tool"], t, mem, r["runs"], r["status"],
                r["count"].replace("|", "/"), rt, rm))


if __name__ == "__main__":
    main(sys.argv[1])
