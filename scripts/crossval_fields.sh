#!/usr/bin/env bash
# Four-fold cross-validation of the whole reference parser (rules + field model) on the
# training split of AnyStyle's core.xml: for each fold K of 1-4 (index % 5 == K), a model is
# trained without it and the parser is scored on it with that model. The held-out split
# (index % 5 == 0) is never used, so the summed figures may be tuned on.
#
# Usage: scripts/crossval_fields.sh [TRAIN_FIELDS OPTIONS...]   (e.g. --bits 15)
# Data: ../shared/data/anystyle/core.xml and ../shared/data/grobid-citation (override with
# CORE=... GROBID=...). Per-fold output is kept in ${OUT:-/tmp/crossval}.
set -euo pipefail
cd "$(dirname "$0")/.."
core=${CORE:-../shared/data/anystyle/core.xml}
grobid=${GROBID:-../shared/data/grobid-citation}
out=${OUT:-/tmp/crossval}
mkdir -p "$out"
cargo build --release --quiet --example train_fields --example score_anystyle
for k in 1 2 3 4; do
    target/release/examples/train_fields "$core" "$grobid" --dev-fold "$k" \
        --out "$out/fold$k.bin" "$@" > "$out/train$k.txt"
    target/release/examples/score_anystyle "$core" --fold "$k" --model "$out/fold$k.bin" \
        > "$out/score$k.txt"
done
# Sum labelled and correct over the folds, per field.
awk '
    $1 ~ /^[a-z]+$/ && $2 ~ /^[0-9]+$/ && $3 ~ /^[0-9]+$/ {
        if (!($1 in lab)) order[n++] = $1
        lab[$1] += $2; cor[$1] += $3
    }
    END {
        printf "%-10s %8s %8s %8s\n", "field", "labelled", "correct", "accuracy"
        for (i = 0; i < n; i++) {
            f = order[i]
            printf "%-10s %8d %8d %8.3f\n", f, lab[f], cor[f], cor[f] / lab[f]
            tl += lab[f]; tc += cor[f]
        }
        printf "%-10s %8d %8d %8.3f\n", "all", tl, tc, tc / tl
    }' "$out"/score[1-4].txt
