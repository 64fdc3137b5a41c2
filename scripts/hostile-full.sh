#!/usr/bin/env bash
# Hostile inputs at full size, against the release binary (CI runs the same cases smaller, in
# tests/hostile.rs). Prints exit status, wall time and peak memory of each run.
set -uo pipefail
cd "$(dirname "$0")/.."
cargo build -q --release --bin citecheck --example gen_list
bin=target/release/citecheck
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
run() { # name, then the command's arguments
  local name=$1; shift
  /usr/bin/time -f "$name: exit %x, %e s, %M KB peak" "$bin" "$@" > /dev/null 2> "$dir/err" || true
  tail -1 "$dir/err"; head -1 "$dir/err" | grep -v ' s, ' | sed 's/^/    /'
}
python3 - "$dir" <<'PY'
import sys, os
d = sys.argv[1]
line = "Words (Smith, 2020) and more words in a single endless line. " * (100 * 1024 * 1024 // 62)
open(os.path.join(d, "nonewline.md"), "w").write(line)
open(os.path.join(d, "parens.md"), "w").write("(" * 100000 + "(Smith, 2020)" + ")" * 100000 + "\n\nReferences\n\nSmith, J. (2020). T. P.\n")
open(os.path.join(d, "braces.bib"), "w").write("@article{k, title = " + "{" * 100000 + "x" + "}" * 100000 + "}\n")
open(os.path.join(d, "unbalanced.bib"), "w").write("".join(
    ("@article{k%d, title = {T%d, year = 2020}\n" if i == 10 else "@article{k%d, title = {T%d}, year = {2020}, author = {A, B}, journal = {J}}\n") % (i, i)
    for i in range(1000)))
PY
target/release/examples/gen_list 1000000 > "$dir/million.md"
ls -la "$dir"
run "100 MB, no newline" check --max-size 200000000 "$dir/nonewline.md"
run "1,000,000 references" refs --format json --max-size 500000000 "$dir/million.md"
run "parentheses 100,000 deep" check "$dir/parens.md"
run "braces 100,000 deep" lint "$dir/braces.bib"
run "unbalanced .bib (entry 10 of 1,000)" lint "$dir/unbalanced.bib"
