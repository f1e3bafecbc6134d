#!/usr/bin/env bash
# Imports of a ~100 MB file, generated here (never committed): an edge list (CSV) and a GraphML
# file, each through `actorgraph import`, with wall time and peak RSS from /usr/bin/time -v.
# Usage: bench/import/stream.sh [path/to/actorgraph]   (default: .build/release/actorgraph)
# Prints one line per case: file size, seconds, peak RSS, and peak RSS over file size.
set -euo pipefail
cd "$(dirname "$0")/../.."
BIN="${1:-.build/release/actorgraph}"
[ -x "$BIN" ] || { echo "no binary at $BIN (swift build -c release --product actorgraph)" >&2; exit 2; }
BIN="$(cd "$(dirname "$BIN")" && pwd)/$(basename "$BIN")"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

python3 - "$WORK" <<'PY'
import random, sys
work = sys.argv[1]
rng = random.Random(20261202)
types = ["support", "alliance", "hostility", "membership", "alignment"]
n_actors = 50_000
# Edge list: 1,000,000 rows of about 100 bytes (a type, a year, a short note): ~100 MB.
with open(f"{work}/big.csv", "w") as f:
    f.write("source,target,type,since,note\n")
    for i in range(1_000_000):
        s = rng.randrange(n_actors); t = rng.randrange(n_actors - 1); t += t >= s
        f.write(f"actor-{s},actor-{t},{types[i % 5]},{1990 + i % 35},row {i} of a generated edge list for the streaming benchmark\n")
# GraphML: 750,000 edges with two data keys each: ~100 MB.
with open(f"{work}/big.graphml", "w") as f:
    f.write('<?xml version="1.0" encoding="UTF-8"?>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns">\n')
    f.write('  <key id="t" for="edge" attr.name="type" attr.type="string"/>\n  <key id="n" for="edge" attr.name="note" attr.type="string"/>\n')
    f.write('  <graph id="g" edgedefault="directed">\n')
    for a in range(n_actors): f.write(f'    <node id="actor-{a}"/>\n')
    for i in range(750_000):
        s = rng.randrange(n_actors); t = rng.randrange(n_actors - 1); t += t >= s
        f.write(f'    <edge source="actor-{s}" target="actor-{t}"><data key="t">{types[i % 5]}</data><data key="n">generated edge {i}</data></edge>\n')
    f.write("  </graph>\n</graphml>\n")
PY

run() {  # name, format, file
  local size; size=$(stat -c %s "$3")
  /usr/bin/time -v -o "$WORK/time.txt" "$BIN" import --from "$2" "$3" -o "$WORK/out-$1" > /dev/null 2> "$WORK/err.txt" || {
    echo "$1: import failed"; tail -3 "$WORK/err.txt"; exit 1; }
  local kb secs
  kb=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$WORK/time.txt")
  secs=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$WORK/time.txt")
  awk -v n="$1" -v s="$size" -v k="$kb" -v t="$secs" \
    'BEGIN { printf "%-10s %6.1f MB file  %8s wall  %7.0f MB peak RSS  %4.1f× the file\n", n, s/1e6, t, k/1024, k*1024/s }'
}
run edge-list edge-list "$WORK/big.csv"
run graphml graphml "$WORK/big.graphml"
# The loader alone on the imported folder, for comparison: what is left is the import's own cost.
/usr/bin/time -v -o "$WORK/time.txt" "$BIN" validate "$WORK/out-edge-list" > /dev/null 2>&1 || true
awk -F': ' '/Maximum resident set size/ {k=$2} /Elapsed \(wall clock\)/ {t=$2} END { printf "%-10s %23s wall  %7.0f MB peak RSS (validate of the imported edge list)\n", "load", t, k/1024 }' "$WORK/time.txt"
