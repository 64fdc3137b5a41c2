#!/usr/bin/env bash
# Run every fuzz target for SECONDS each (default 600), keeping each target's corpus in
# fuzz/corpus/TARGET between runs. Crashes land in fuzz/artifacts/TARGET; copy each into
# tests/fixtures/fuzz/TARGET/ so that tests/fuzz_regressions.rs replays it for ever.
# Needs cargo-fuzz (`cargo install cargo-fuzz`); the stable toolchain is enough with
# RUSTC_BOOTSTRAP=1. Not part of CI.
#
#   scripts/fuzz.sh [SECONDS] [TARGET...]
set -uo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-600}; shift || true
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=(document reference citations check bibfile config)
export RUSTC_BOOTSTRAP=1
for t in "${targets[@]}"; do
  mkdir -p "fuzz/corpus/$t"
  # Seed with the fixtures: real papers and .bib files reach deep paths at once.
  case $t in
    bibfile) find tests/fixtures -name '*.bib' -exec cp -n {} "fuzz/corpus/$t/" \; ;;
    config) printf 'style = "auto"\n[severity]\nuncited-reference = "allow"\n[aliases]\nWHO = "World Health Organization"\n' > "fuzz/corpus/$t/seed.toml" ;;
    *) find tests/fixtures refs -name '*.md' -size -64k -exec cp -n {} "fuzz/corpus/$t/" \; ;;
  esac
  echo "== $t: ${seconds}s"
  cargo fuzz run "$t" "fuzz/corpus/$t" -- -max_total_time="$seconds" -max_len=65536 -timeout=10 -rss_limit_mb=2048 2>&1 \
    | grep -E '^#[0-9]+ +DONE|^Done|SUMMARY|ERROR|crash-|timeout-|oom-' || true
  ls "fuzz/artifacts/$t" 2>/dev/null | sed "s/^/   finding: /"
done
