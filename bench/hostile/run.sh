#!/usr/bin/env bash
# Hostile inputs from issue #14, each through the CLI, with wall time and peak memory.
# Goal: every case answers in under 2 s and 200 MB. Usage:
#   bench/hostile/run.sh [path/to/actorgraph]     (default: .build/release/actorgraph)
# Prints one line per case: name, exit status, seconds, peak RSS in MB, PASS/FAIL against the goal.
# "baseline" lines load the same data without the hostile part: what is left is the loader's own cost.
set -uo pipefail
cd "$(dirname "$0")/../.."
BIN="${1:-.build/release/actorgraph}"
BIN="$(cd "$(dirname "$BIN")" && pwd)/$(basename "$BIN")"
[ -x "$BIN" ] || { echo "no binary at $BIN (swift build -c release --product actorgraph)" >&2; exit 2; }
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
fail=0

run_case() {  # name, folder to run in, args...
  local name="$1" dir="$2"; shift 2
  ( cd "$dir" && /usr/bin/time -o "$WORK/time.txt" -f "%e %M" timeout 60 "$BIN" "$@" > "$WORK/out.txt" 2> "$WORK/err.txt" )
  local rc=$? secs kb
  read -r secs kb < <(tail -n 1 "$WORK/time.txt")
  local mb=$(( kb / 1024 ))
  local lines; lines=$(wc -l < "$WORK/out.txt")
  local verdict=PASS
  if [ "$rc" = "124" ] || awk "BEGIN{exit !($secs >= 2.0)}" || [ "$mb" -ge 200 ]; then verdict=FAIL; fail=1; fi
  printf '%-46s exit %-3s %6ss %5s MB %8s lines out  %s\n' "$name" "$rc" "$secs" "$mb" "$lines" "$verdict"
}

# 1. YAML alias bomb used as a mapping key (10^9 leaves), in a data file.
mkdir -p "$WORK/bomb/graphs/d"
{
  echo 'a: &a [x, x, x, x, x, x, x, x, x, x]'
  p=a; for c in b c d e f g h i j; do echo "$c: &$c [*$p, *$p, *$p, *$p, *$p, *$p, *$p, *$p, *$p, *$p]"; p=$c; done
  echo 'actors:'
  echo '  - {id: boom, name: Boom, kind: state}'
  echo '    ? *j'
  echo '    : v'
} > "$WORK/bomb/graphs/d/data.yaml"
run_case "alias bomb as a key (data file)" "$WORK/bomb" validate graphs

# 2. The same bomb in views.yaml.
mkdir -p "$WORK/vbomb/graphs/d"
printf 'actors:\n  - {id: a, name: A, kind: state}\n' > "$WORK/vbomb/graphs/d/data.yaml"
{
  echo 'views:'
  echo '  - id: v'
  echo '    dataset: d'
  echo '    outputs: [x.svg]'
  echo '    title: &a [x, x, x, x, x, x, x, x, x, x]'
  p=a; for c in b c d e f g h i j; do echo "    $c: &$c [*$p, *$p, *$p, *$p, *$p, *$p, *$p, *$p, *$p, *$p]"; p=$c; done
  echo '    focus: *j'
} > "$WORK/vbomb/graphs/views.yaml"
run_case "alias bomb in views.yaml (validate)" "$WORK/vbomb" validate graphs
run_case "alias bomb in views.yaml (build --check)" "$WORK/vbomb" build --check

# 3. Two symbolic-link loops under graphs/.
mkdir -p "$WORK/loops/graphs/d/sub"
printf 'actors:\n  - {id: a, name: A, kind: state}\n' > "$WORK/loops/graphs/d/data.yaml"
ln -s .. "$WORK/loops/graphs/d/sub/up"
ln -s "$WORK/loops/graphs" "$WORK/loops/graphs/d/sub/root"
run_case "two symlink loops under graphs/ (validate)" "$WORK/loops" validate graphs
run_case "two symlink loops under graphs/ (build)" "$WORK/loops" build

# 4. "Did you mean" on hostile names.
mkdir -p "$WORK/longid/graphs/d"
long=$(head -c 100000 /dev/zero | tr '\0' 'k')
{
  echo 'sources: [{id: s1, outlet: Wire}]'
  echo 'actors:'
  echo "  - {id: a$long, name: Long, kind: state}"
  echo '  - {id: b, name: B, kind: state}'
  echo 'relations:'
  echo "  - {id: r1, type: support, source: b$long, target: b, attribution: confirmed, sources: [s1]}"
} > "$WORK/longid/graphs/d/data.yaml"
run_case "mistyped reference to a 100 KB id" "$WORK/longid" validate graphs

mkdir -p "$WORK/many/graphs/d"
python3 - "$WORK/many/graphs/d/data.yaml" <<'PY'
import sys
with open(sys.argv[1], "w") as f:
    f.write("sources: [{id: s1, outlet: Wire}]\nactors:\n")
    for i in range(2000):
        f.write(f"  - {{id: actor-number-{i}, name: Actor {i}, kind: state}}\n")
    f.write("relations:\n")
    for i in range(4000):
        f.write(f"  - {{id: r{i}, type: support, source: unknown-actor-{i}, target: actor-number-{i % 2000}, attribution: confirmed, sources: [s1]}}\n")
PY
run_case "4,000 unknown names in YAML" "$WORK/many" validate graphs
sed -i 's/source: unknown-actor-\([0-9]*\)/source: actor-number-1/' "$WORK/many/graphs/d/data.yaml"
run_case "  baseline: the same file, names known" "$WORK/many" validate graphs

mkdir -p "$WORK/bulk/graphs/d"
python3 - "$WORK/bulk/graphs/d" <<'PY'
import sys
d = sys.argv[1]
with open(d + "/nodes.csv", "w") as f:
    f.write("id,name,kind\n")
    for i in range(1_000_000):
        f.write(f"n{i:07d},N{i},state\n")
with open(d + "/edges.csv", "w") as f:
    f.write("source,target,type\n")
    for i in range(200):
        f.write(f"m{i:07d},n{i:07d},support\n")
PY
run_case "200 unknown names against 1M CSV nodes" "$WORK/bulk" validate graphs
sed -i 's/^m/n/' "$WORK/bulk/graphs/d/edges.csv"
run_case "  baseline: the same files, names known" "$WORK/bulk" validate graphs

# 5. A CSV header with 1,000,001 fields, as text and as JSON.
mkdir -p "$WORK/wide/graphs/d"
python3 -c "
import sys
sys.stdout.write('source,target,type,' + ','.join('x%d' % i for i in range(1_000_001)) + '\n')
" > "$WORK/wide/graphs/d/edges.csv"
run_case "1,000,001-field CSV header (text)" "$WORK/wide" validate graphs
run_case "1,000,001-field CSV header (json)" "$WORK/wide" validate graphs --format json

exit $fail
