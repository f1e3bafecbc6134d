#!/usr/bin/env python3
"""Time the exact frustration index of `actorgraph balance` against an independent ILP.

The issue's benchmark shape: a signed network of 150 actors and 1,200 ties with two planted camps
and 5 % of the signs flipped (scripts/balance_ilp_check.py's generator, seeded). Our side is the
whole process (`actorgraph balance --format json`, so start-up, the CSV load, the exact two-camp
solve and the bloc search are all included), best of --repeat runs; the reference is the plain
Aref-Mason-Wilson binary model in PuLP, solved by PuLP's bundled CBC, one run (it takes minutes).
Both must be exact and agree, or the row says so.

Usage: python3 bench/balance.py [--binary .build/release/actorgraph] [--actors 150] [--ties 1200]
                                [--noise 0.05] [--seeds 1,2,3] [--repeat 3] [--pulp-limit 600]
                                [--skip-pulp]
Needs `pip install pulp`. Prints one line per network and the ratio PuLP time / our time.
"""
import argparse
import os
import sys
import tempfile
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "scripts"))
from balance_ilp_check import ilp_frustration, planted_network, run_actorgraph, write_dataset  # noqa: E402


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--binary", default=".build/release/actorgraph")
    ap.add_argument("--actors", type=int, default=150)
    ap.add_argument("--ties", type=int, default=1200)
    ap.add_argument("--noise", type=float, default=0.05)
    ap.add_argument("--seeds", default="1,2,3")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--pulp-limit", type=int, default=600)
    ap.add_argument("--skip-pulp", action="store_true")
    args = ap.parse_args()
    print(f"binary {args.binary}; {os.cpu_count()} cores; load average {os.getloadavg()[0]:.1f}")
    for seed in (int(s) for s in args.seeds.split(",")):
        edges = planted_network(args.actors, args.ties, args.noise, seed)
        with tempfile.TemporaryDirectory() as d:
            write_dataset(d, args.actors, edges)
            times = []
            for _ in range(args.repeat):
                answer, elapsed = run_actorgraph(args.binary, d, 120)
                times.append(elapsed)
        camps = answer["camps"]
        ours = min(times)
        line = (f"n={args.actors} m={len(edges)} seed={seed}: actorgraph {camps['frustration']} "
                f"({'exact' if camps['exact'] else 'NOT exact'}) best {ours:.2f} s of {args.repeat}")
        if not args.skip_pulp:
            t0 = time.monotonic()
            reference = ilp_frustration(args.actors, edges, args.pulp_limit)
            theirs = time.monotonic() - t0
            agree = reference is not None and reference == camps["frustration"] and camps["exact"]
            line += (f"; PuLP/CBC {reference if reference is not None else 'no optimum'} {theirs:.1f} s"
                     f"; ratio {theirs / ours:.0f}x; {'agree' if agree else 'DISAGREE'}")
        print(line, flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
