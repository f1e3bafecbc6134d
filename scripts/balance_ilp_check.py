#!/usr/bin/env python3
"""Checks `actorgraph balance` against an independent integer program (PuLP with its bundled CBC).

For random signed networks of 20-300 actors (planted camps, a share of ties given the wrong sign,
seeded so every run builds the same networks), it writes each network as a CSV dataset, runs
`actorgraph balance --format json`, and solves the frustration index again here with the plain
binary model of Aref, Mason and Wilson (no peeling, no components, no triangle cuts: written apart
from the Swift code on purpose). The two minima must agree, and the camps actorgraph reports must
frustrate exactly the ties it lists. On the smaller networks the bloc (k-balance) minimum is
checked the same way against a clique-partitioning program.

Usage: scripts/balance_ilp_check.py [--binary .build/debug/actorgraph] [--quick]
(--quick, run by .ci/run: five networks of 20-300 actors, about two minutes; the full run adds four.)
Exit status 0 when every case agrees, 1 otherwise. Needs `pip install pulp`.
"""
import argparse
import csv
import json
import os
import random
import subprocess
import sys
import tempfile
import time

import pulp


def planted_network(n, m, noise, seed, camps=2):
    rng = random.Random(seed)
    camp = [rng.randrange(camps) for _ in range(n)]
    edges = {}
    # A spanning path first so the network is connected, then random pairs.
    order = list(range(n))
    rng.shuffle(order)
    pairs = [(order[i], order[i + 1]) for i in range(n - 1)]
    while len(edges) + len(pairs) < m:
        u, v = rng.randrange(n), rng.randrange(n)
        if u != v:
            pairs.append((u, v))
    for u, v in pairs:
        key = (min(u, v), max(u, v))
        if key in edges or len(edges) >= m:
            continue
        s = 1 if camp[u] == camp[v] else -1
        if rng.random() < noise:
            s = -s
        edges[key] = s
    return [(u, v, s) for (u, v), s in sorted(edges.items())]


def ilp_frustration(n, edges, time_limit):
    prob = pulp.LpProblem("frustration", pulp.LpMinimize)
    x = [pulp.LpVariable(f"x{i}", cat="Binary") for i in range(n)]
    f = [pulp.LpVariable(f"f{k}", cat="Binary") for k in range(len(edges))]
    prob += pulp.lpSum(f)
    for k, (u, v, s) in enumerate(edges):
        if s > 0:
            prob += f[k] >= x[u] - x[v]
            prob += f[k] >= x[v] - x[u]
        else:
            prob += f[k] >= x[u] + x[v] - 1
            prob += f[k] >= 1 - x[u] - x[v]
    status = prob.solve(pulp.PULP_CBC_CMD(msg=False, timeLimit=time_limit))
    if pulp.LpStatus[status] != "Optimal":
        return None
    return round(pulp.value(prob.objective))


def ilp_blocs(n, edges, time_limit):
    prob = pulp.LpProblem("blocs", pulp.LpMinimize)
    y = {(i, j): pulp.LpVariable(f"y{i}_{j}", cat="Binary") for i in range(n) for j in range(i + 1, n)}
    prob += pulp.lpSum((1 - y[(u, v)]) if s > 0 else y[(u, v)] for u, v, s in edges)
    for i in range(n):
        for j in range(i + 1, n):
            for k in range(j + 1, n):
                prob += y[(i, j)] + y[(j, k)] - y[(i, k)] <= 1
                prob += y[(i, j)] - y[(j, k)] + y[(i, k)] <= 1
                prob += -y[(i, j)] + y[(j, k)] + y[(i, k)] <= 1
    status = prob.solve(pulp.PULP_CBC_CMD(msg=False, timeLimit=time_limit))
    if pulp.LpStatus[status] != "Optimal":
        return None
    return round(pulp.value(prob.objective))


def write_dataset(folder, n, edges):
    with open(os.path.join(folder, "nodes.csv"), "w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["id"])
        for i in range(n):
            w.writerow([f"a{i:03d}"])
    with open(os.path.join(folder, "edges.csv"), "w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["source", "target", "type"])
        for u, v, s in edges:
            w.writerow([f"a{u:03d}", f"a{v:03d}", "alliance" if s > 0 else "hostility"])


def run_actorgraph(binary, folder, time_limit):
    t0 = time.monotonic()
    out = subprocess.run(
        [binary, "balance", "--data", folder, "--format", "json", "--time-limit", str(time_limit)],
        capture_output=True, text=True, timeout=time_limit * 3 + 60)
    elapsed = time.monotonic() - t0
    if out.returncode != 0:
        raise RuntimeError(f"actorgraph exited {out.returncode}: {out.stderr[:400]}")
    return json.loads(out.stdout), elapsed


def check_partition(answer, edges, key):
    """The listed frustrated ties must be exactly those the reported groups frustrate."""
    group = {}
    for g, members in enumerate(answer[key]["groups"]):
        for a in members:
            group[a] = g
    frustrated = set()
    for u, v, s in edges:
        a, b = f"a{u:03d}", f"a{v:03d}"
        same = group[a] == group[b]
        if (s > 0) != same:
            frustrated.add((a, b))
    listed = {tuple(t["actors"]) for t in answer[key]["frustrated"]}
    return frustrated == listed and len(listed) == answer[key]["frustration"]


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--binary", default=".build/debug/actorgraph")
    ap.add_argument("--quick", action="store_true", help="fewer, smaller cases")
    args = ap.parse_args()
    # (actors, ties, share of wrong signs, seed); blocs checked when actors <= 30.
    cases = [(20, 50, 0.15, 1), (25, 70, 0.2, 2), (30, 90, 0.1, 3), (60, 200, 0.1, 4), (300, 900, 0.02, 9)]
    if not args.quick:
        cases += [(100, 350, 0.08, 5), (150, 600, 0.05, 6), (200, 700, 0.05, 7), (300, 1000, 0.04, 8)]
    failures = 0
    for n, m, noise, seed in cases:
        edges = planted_network(n, m, noise, seed)
        with tempfile.TemporaryDirectory() as d:
            write_dataset(d, n, edges)
            answer, ours = run_actorgraph(args.binary, d, 120)
        t0 = time.monotonic()
        reference = ilp_frustration(n, edges, 300)
        theirs = time.monotonic() - t0
        camps = answer["camps"]
        ok = camps["exact"] and reference is not None and camps["frustration"] == reference
        ok = ok and check_partition(answer, edges, "camps")
        line = (f"n={n:3d} m={len(edges):4d}: frustration actorgraph {camps['frustration']} "
                f"({'exact' if camps['exact'] else 'NOT exact'}, {ours:.2f} s incl. process) "
                f"vs PuLP/CBC {reference} ({theirs:.2f} s)")
        if n <= 30:
            blocs = answer["blocs"]
            ref_blocs = ilp_blocs(n, edges, 300)
            ok = ok and blocs["exact"] and blocs["frustration"] == ref_blocs and check_partition(answer, edges, "blocs")
            line += f"; blocs {blocs['frustration']} vs {ref_blocs}"
        print(("ok   " if ok else "FAIL ") + line, flush=True)
        failures += 0 if ok else 1
    if failures:
        print(f"{failures} case(s) disagree", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
