#!/usr/bin/env python3
"""What the time rule costs on the 1M-edge centrality benchmark.

Usage (from the package root):
  python3 bench/generate.py large                     # once: bench/out/large/
  swift build -c release --product actorgraph
  python3 bench/time_cost.py [--cli .build/release/actorgraph] [--repeat 5] [--measure pagerank]

It writes a dated copy of bench/out/large to bench/out/large-dated/: every relation gets
`since` = 1990 + (row mod 30), so every relation holds on 2026 and both commands below select
the same million edges. It then runs, alternately, in fresh processes:

  A  actorgraph centrality --data large-dated --measure M --top 3 --as-of 2026
     (the snapshot rule — lifespans, known-as-of, validity against the date — evaluated on every
     relation)
  B  the same with --whole-record (the time predicate is not evaluated)

and prints each one's median wall time and the median of the pair-by-pair ratios A/B. The two
answers are compared: the benchmark fails if they differ, so a faster A that selected less
would not pass for a cheap predicate.
"""

import argparse
import os
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def dated_copy(src, dst):
    if os.path.exists(os.path.join(dst, "edges.csv")):
        return
    os.makedirs(dst, exist_ok=True)
    with open(os.path.join(src, "nodes.csv")) as f, open(os.path.join(dst, "nodes.csv"), "w") as g:
        g.write(f.read())
    with open(os.path.join(src, "edges.csv")) as f, open(os.path.join(dst, "edges.csv"), "w") as g:
        header = f.readline().rstrip("\n")
        g.write(header + ",since\n")
        for i, line in enumerate(f):
            g.write(f"{line.rstrip(chr(10))},{1990 + i % 30}\n")


def run(cmd):
    start = time.monotonic()
    out = subprocess.run(cmd, capture_output=True, text=True)
    wall = time.monotonic() - start
    if out.returncode != 0:
        sys.exit(f"failed ({out.returncode}): {' '.join(cmd)}\n{out.stderr}")
    return wall, out.stdout


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--cli", default=os.path.join(ROOT, ".build/release/actorgraph"))
    p.add_argument("--repeat", type=int, default=5)
    p.add_argument("--measure", default="pagerank")
    a = p.parse_args()
    src = os.path.join(HERE, "out", "large")
    if not os.path.exists(os.path.join(src, "edges.csv")):
        sys.exit("run `python3 bench/generate.py large` first")
    data = os.path.join(HERE, "out", "large-dated")
    dated_copy(src, data)
    base = [a.cli, "centrality", "--data", data, "--measure", a.measure, "--top", "3"]
    snapshot = base + ["--as-of", "2026"]
    whole = base + ["--whole-record"]
    run(snapshot)  # warm the page cache
    ta, tb, ratios = [], [], []
    answer = None
    for _ in range(a.repeat):
        wa, oa = run(snapshot)
        wb, ob = run(whole)
        if oa != ob:
            sys.exit(f"the answers differ:\n--as-of 2026:\n{oa}\n--whole-record:\n{ob}")
        answer = oa
        ta.append(wa)
        tb.append(wb)
        ratios.append(wa / wb)
    print(answer, end="")
    print(f"--as-of 2026    median {statistics.median(ta):.2f} s  (min {min(ta):.2f}, max {max(ta):.2f})")
    print(f"--whole-record  median {statistics.median(tb):.2f} s  (min {min(tb):.2f}, max {max(tb):.2f})")
    print(f"ratio A/B, median of {a.repeat} pairs: {statistics.median(ratios):.3f} "
          f"(min {min(ratios):.3f}, max {max(ratios):.3f})")


if __name__ == "__main__":
    main()
