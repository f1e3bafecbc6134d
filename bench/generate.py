#!/usr/bin/env python3
"""Write deterministic scale-free directed benchmark graphs.

Usage:  python3 bench/generate.py [small|medium|large|all]   (default: all)

Sizes (nodes / edges): small 1,000 / 5,000; medium 10,000 / 50,000;
large 100,000 / 1,000,000. Each goes to bench/out/<size>/ (git-ignored) as
  nodes.csv  with column  id            (ids "n0", "n1", ...)
  edges.csv  with columns source,target,type   (type is always "support")

Model (seeded, so the files are byte-identical on every run):
- 97 % of the nodes form the main body: a preferential-attachment tree (each
  node links to an earlier node drawn in proportion to degree + 1), topped up
  with Chung-Lu arcs whose tails and heads are drawn in proportion to
  power-law weights (exponent ~2.2 for out-, ~2.1 for in-weights), so
  degrees are heavy-tailed;
- 3 % form small islands of 3-6 nodes joined by paths.
Self-loops and repeated arcs are never written, so every library sees the
same simple digraph.
"""

import os
import random
import sys

SIZES = {"small": (1_000, 5_000), "medium": (10_000, 50_000), "large": (100_000, 1_000_000)}
SEED = 20240601
HERE = os.path.dirname(os.path.abspath(__file__))


def generate(n, m, seed):
    rng = random.Random(seed)
    body = n - int(0.03 * n)
    arcs = set()
    order = []

    def add(u, v):
        if u != v and (u, v) not in arcs:
            arcs.add((u, v))
            order.append((u, v))
            return True
        return False

    # Preferential-attachment tree over the body.
    ends = [0]
    for v in range(1, body):
        u = ends[rng.randrange(len(ends))] if rng.random() < 0.8 else rng.randrange(v)
        if rng.random() < 0.5:
            add(v, u)
        else:
            add(u, v)
        ends.extend((u, v))
    # Islands: paths of 3-6 nodes.
    v = body
    while v < n:
        size = min(rng.randint(3, 6), n - v)
        for i in range(v, v + size - 1):
            add(i, i + 1)
        v += size
    # Chung-Lu top-up on the body with power-law weights.
    perm_out = list(range(body))
    perm_in = list(range(body))
    rng.shuffle(perm_out)
    rng.shuffle(perm_in)
    w_out = [(i + 1) ** (-1 / 1.2) for i in range(body)]
    w_in = [(i + 1) ** (-1 / 1.1) for i in range(body)]
    cum_out = cumulative(w_out)
    cum_in = cumulative(w_in)
    while len(order) < m:
        u = perm_out[draw(cum_out, rng)]
        w = perm_in[draw(cum_in, rng)]
        add(u, w)
    return order


def cumulative(weights):
    total = 0.0
    out = []
    for w in weights:
        total += w
        out.append(total)
    return out


def draw(cum, rng):
    import bisect

    return min(bisect.bisect_left(cum, rng.random() * cum[-1]), len(cum) - 1)


def main():
    which = sys.argv[1] if len(sys.argv) > 1 else "all"
    names = list(SIZES) if which == "all" else [which]
    for name in names:
        n, m = SIZES[name]
        arcs = generate(n, m, SEED + n)
        out = os.path.join(HERE, "out", name)
        os.makedirs(out, exist_ok=True)
        with open(os.path.join(out, "nodes.csv"), "w") as f:
            f.write("id\n")
            f.writelines(f"n{i}\n" for i in range(n))
        with open(os.path.join(out, "edges.csv"), "w") as f:
            f.write("source,target,type\n")
            f.writelines(f"n{u},n{v},support\n" for u, v in arcs)
        print(f"{out}: {n} nodes, {len(arcs)} edges")


if __name__ == "__main__":
    main()
