#!/usr/bin/env bash
# Split a check of many documents across workers: list the files, cut the list into shards,
# run one `citecheck check --files-from SHARD --format jsonl` per shard (here: local processes;
# on a cluster: GNU parallel over ssh, Spark's RDD.pipe, Ray), then concatenate the JSONL.
#
#   scripts/shard-example.sh ARCHIVE_DIR SHARDS OUT.jsonl
set -euo pipefail
archive=$1 shards=$2 out=$3
bin=${CITECHECK:-citecheck}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
find "$archive" -type f \( -name '*.md' -o -name '*.txt' \) | sort > "$work/files"
split -n "l/$shards" -d "$work/files" "$work/shard."
for shard in "$work"/shard.*; do
  # Exit 1 (errors found in papers) is a result, not a failure of the run.
  "$bin" check --files-from "$shard" --format jsonl --jobs 1 > "$shard.jsonl" || [ $? -eq 1 ] &
done
wait
cat "$work"/shard.*.jsonl > "$out"
