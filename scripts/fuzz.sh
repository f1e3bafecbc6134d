#!/usr/bin/env bash
# Runs one fuzz target with libFuzzer + AddressSanitizer for a bounded time.
#   scripts/fuzz.sh TARGET SECONDS      TARGET: yaml | csv | views | render | selection | import
#   scripts/fuzz.sh build               build every target (later runs rebuild only what changed)
#   scripts/fuzz.sh all SECONDS         build, then run every target for SECONDS each (what .ci/run does);
#                                       runs them all even when one fails, then fails listing each reproducer
# Seeds: Fuzz/Corpus/TARGET (committed). New inputs go to .build-fuzz/corpus/TARGET (not committed).
# A crash or failed oracle exits non-zero and prints the reproducer (saved under .build-fuzz/artifacts/);
# replay it with: .build-fuzz/release/FuzzX .build-fuzz/artifacts/TARGET-crash-…
# Set FUZZ_CONFIG=debug for a faster build and slower runs; FUZZ_SEED=0 for a random seed (default 1);
# FUZZ_SLICE=N to restart the fuzzer every N seconds (render: 60, for Graphviz's leak; others: never).
set -euo pipefail
cd "$(dirname "$0")/.."
CONFIG="${FUZZ_CONFIG:-release}"
SCRATCH=.build-fuzz
product() {
  case "$1" in
    yaml) echo FuzzYAML ;; csv) echo FuzzCSV ;; views) echo FuzzViews ;; render) echo FuzzRender ;;
    selection) echo FuzzSelection ;; import) echo FuzzImport ;;
    *) echo "unknown fuzz target '$1' (yaml, csv, views, render, selection, import)" >&2; exit 2 ;;
  esac
}
build() {
  # The flags from docs (shared notes): -sanitize=fuzzer,address for Swift, fuzzer-no-link for the C
  # the package compiles (libyaml inside Yams, the cgraph shim). -parse-as-library: no top-level code.
  (cd Fuzz && swift build -c "$CONFIG" --scratch-path "../$SCRATCH" ${1:+--product "$1"} \
    -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library \
    -Xcc -fsanitize=fuzzer-no-link,address) >&2
}
# The Swift runtime's own crash handler reads memory ASan guards and buries the real report.
export SWIFT_BACKTRACE=enable=no
TARGETS="yaml csv views render selection import"
if [ "${1:-}" = build ]; then build ""; exit 0; fi
if [ "${1:-}" = all ]; then
  [ $# -eq 2 ] || { echo "usage: scripts/fuzz.sh all SECONDS" >&2; exit 2; }
  build ""
  failed=""
  for t in $TARGETS; do
    SKIP_BUILD=1 "$0" "$t" "$2" || failed="$failed $t"
  done
  if [ -n "$failed" ]; then
    echo "fuzzing FAILED for:$failed (reproducers above, kept in $SCRATCH/artifacts/)" >&2
    exit 1
  fi
  echo "fuzzing: every target ran ${2}s with no crash and no failed oracle" >&2
  exit 0
fi
[ $# -eq 2 ] || { echo "usage: scripts/fuzz.sh TARGET SECONDS | scripts/fuzz.sh build" >&2; exit 2; }
TARGET="$1"; SECONDS_TO_RUN="$2"
P=$(product "$TARGET")
BIN="$SCRATCH/$CONFIG/$P"
# Always build (a no-op when nothing changed): a stale binary would fuzz old code.
[ -n "${SKIP_BUILD:-}" ] || build "$P"
mkdir -p "$SCRATCH/corpus/$TARGET" "$SCRATCH/artifacts"
LOG="$SCRATCH/fuzz-$TARGET.log"
# Leaks are measured separately: LeakSanitizer flags Graphviz/fontconfig caches at exit.
# A fixed seed by default, so CI explores the same inputs in the same order on every run (it can
# only go further on a faster machine); FUZZ_SEED=0 asks libFuzzer for a random one.
# The run is cut into slices of at most SLICE seconds, each a fresh process on the growing corpus:
# Graphviz 2.42 leaks in every layout (bench/graphviz-leak), so one render process grows ~17 KB an
# input and passed the 2 GB limit after ~110,000 inputs (5.7 minutes); a slice stays far below.
SLICE="${FUZZ_SLICE:-$([ "$TARGET" = render ] && echo 60 || echo 100000)}"
SEED="${FUZZ_SEED:-1}"
left="$SECONDS_TO_RUN"; slice=0; executed=0
: > "$LOG"
while [ "$left" -gt 0 ]; do
  now=$(( left < SLICE ? left : SLICE ))
  seed=$SEED; [ "$seed" = 0 ] || seed=$(( SEED + slice ))
  set +e
  ASAN_OPTIONS=detect_leaks=0 "$BIN" -seed="$seed" -max_total_time="$now" -rss_limit_mb=2048 -timeout=10 \
    -print_final_stats=1 -artifact_prefix="$SCRATCH/artifacts/$TARGET-" \
    "$SCRATCH/corpus/$TARGET" "Fuzz/Corpus/$TARGET" >> "$LOG" 2>&1
  STATUS=$?
  set -e
  runs=$(grep -E "^stat::number_of_executed_units:" "$LOG" | tail -n 1 | awk '{print $2}' || true)
  executed=$(( executed + ${runs:-0} ))
  left=$(( left - now )); slice=$(( slice + 1 ))
  [ $STATUS -eq 0 ] || break
done
grep -E "^(stat::|#[0-9]+ +DONE)|cov:" "$LOG" | tail -n 6 >&2 || true
[ "$slice" -le 1 ] || echo "fuzz $TARGET: $slice processes of at most ${SLICE}s, $executed inputs in all" >&2
if [ $STATUS -ne 0 ]; then
  echo "fuzz $TARGET: FAILED (exit $STATUS); what failed, then the end of the log ($LOG):" >&2
  grep -m 5 -E "ORACLE FAILED|ERROR: |Fatal error|deadly signal|out-of-memory|timeout" "$LOG" >&2 || true
  tail -n 40 "$LOG" >&2
  for f in $(grep -oE "$SCRATCH/artifacts/$TARGET-[a-z-]+[0-9a-f]+" "$LOG" | sort -u); do
    echo "reproducer $f ($(wc -c < "$f") bytes), base64:" >&2
    base64 -w 0 "$f" | head -c 4000 >&2; echo >&2
  done
  exit 1
fi
echo "fuzz $TARGET: no crash in ${SECONDS_TO_RUN}s" >&2
