#!/usr/bin/env bash
# Render benchmark: in-process libgvc (RenderBench) vs `dot -Tsvg` processes.
# The dot CLI is used here only, as the baseline; actorgraph never starts it.
#
#   bench/render/run.sh                # uses the package at the repo root
#   PACKAGE_PATH=/path/to/pkg bench/render/run.sh
#
# Environment: PACKAGE_PATH (package with the RenderBench product),
# SCRATCH_PATH (its build folder), DOT_TIMEOUT (seconds for one dot layout
# of the 5,000-node graph before falling back to sfdp; default 120).
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
package="${PACKAGE_PATH:-$(cd "$here/../.." && pwd)}"
scratch="${SCRATCH_PATH:-$package/.build}"
timeout_s="${DOT_TIMEOUT:-120}"

swift build -c release --product RenderBench --package-path "$package" \
  --scratch-path "$scratch" >/dev/null
bench="$scratch/release/RenderBench"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
"$bench" generate "$work"

now() { date +%s.%N; }
elapsed() { echo "$2 - $1" | bc -l | xargs printf '%.3f'; }

echo "machine: $(nproc) cores, $(dot -V 2>&1)"
echo
echo "| graph | engine | renders | in-process total (s) | per render (s) | dot processes total (s) | per process (s) |"
echo "|---|---|---|---|---|---|---|"
for spec in "50 dot 20" "500 dot 2" "5000 dot 1"; do
  set -- $spec
  size=$1 engine=$2 count=$3
  file="$work/graph-$size.dot"
  if [ "$size" = 5000 ]; then
    start=$(now)
    if ! timeout "$timeout_s" dot -K"$engine" -Tsvg "$file" >/dev/null 2>&1; then
      echo "| $size nodes | dot | – | – | – | did not finish in ${timeout_s}s | – |"
      engine=sfdp
    fi
  fi
  line=$("$bench" time "$file" "$engine" "$count")
  total=$(echo "$line" | sed -E 's/.*: ([0-9.]+) s total.*/\1/')
  each=$(echo "$line" | sed -E 's/.*total, ([0-9.]+) s each.*/\1/')
  start=$(now)
  for _ in $(seq "$count"); do dot -K"$engine" -Tsvg "$file" >/dev/null; done
  end=$(now)
  cli=$(elapsed "$start" "$end")
  per=$(echo "$cli / $count" | bc -l | xargs printf '%.3f')
  echo "| $size nodes | $engine | $count | $total | $each | $cli | $per |"
done

line=$("$bench" many "$work" dot)
inproc=$(echo "$line" | sed -E 's/.*: ([0-9.]+) s/\1/')
start=$(now)
for i in $(seq 0 199); do dot -Tsvg "$work/small-$i.dot" >/dev/null; done
end=$(now)
echo "| 200 small diagrams (8 nodes, 2 clusters, 10 labelled edges) | dot | 200 | $inproc | $(echo "$inproc / 200" | bc -l | xargs printf '%.4f') | $(elapsed "$start" "$end") | $(echo "($end - $start) / 200" | bc -l | xargs printf '%.4f') |"
