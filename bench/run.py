#!/usr/bin/env python3
"""Time GraphAnalytics against igraph, NetworKit, rustworkx and NetworkX.

Usage:
  python3 bench/generate.py                       # once: writes bench/out/<size>/
  swift build -c release --product agbench        # our side (from the package root)
  python3 bench/run.py [--sizes small,medium,large] [--libs ours,igraph,networkit,rustworkx,networkx]
                       [--ours agbench|cli] [--agbench PATH] [--cli PATH] [--threads 2]
                       [--repeat 3] [--json results.json]

Every library runs in its own fresh process per size. "load" is reading
nodes.csv + edges.csv and building the library's graph: the Python libraries
share one reader (csv module, ids interned in a dict) and then use their bulk
constructor; ours is agbench's byte-level reader. Each time is the best of
--repeat runs, in wall seconds.

Our side, --ours:
  agbench  runs bench/agbench (the executable target `agbench`), which loads the
           graph once and times each measure in process (JSON on stdout);
  cli      runs `actorgraph centrality --data DIR --measure M` once per measure
           and reports the whole process's wall time (so it includes start-up and
           the load); `--measure load` is not a CLI measure, so load is timed as
           `--measure degree`.

Measures: load, degree, pagerank, eigenvector, katz (alpha 0.01: NetworkX's
default 0.1 diverges on these graphs), wcc, scc, closeness, harmonic,
betweenness. On "large" (100k nodes / 1M edges) the O(n·m) measures are
replaced by betweenness_k256 (pivot sampling with 256 sources, where the
library has it) and closeness/harmonic are skipped. NetworkX runs only on
"small"; for "medium" its times are estimated by scaling the small times (O(n·m)
for path measures, O(m) otherwise) and marked "~".
"""

import argparse
import json
import os
import platform
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
KATZ_ALPHA = 0.01
SAMPLE = 256
FULL = ["load", "degree", "pagerank", "eigenvector", "katz", "wcc", "scc", "closeness",
        "harmonic", "betweenness"]
LARGE = ["load", "degree", "pagerank", "eigenvector", "katz", "wcc", "scc", "betweenness_k256"]


def measures_for(size):
    return LARGE if size == "large" else FULL


# ---------------------------------------------------------------- shared loader

def read_csv(d):
    import csv

    index = {}
    with open(os.path.join(d, "nodes.csv"), newline="") as f:
        r = csv.reader(f)
        next(r)
        for row in r:
            index.setdefault(row[0], len(index))
    src, tgt = [], []
    with open(os.path.join(d, "edges.csv"), newline="") as f:
        r = csv.reader(f)
        next(r)
        for row in r:
            s = index.setdefault(row[0], len(index))
            t = index.setdefault(row[1], len(index))
            src.append(s)
            tgt.append(t)
    return len(index), src, tgt


# ---------------------------------------------------------------- library workers

def lib_igraph(d, measures, threads):
    import igraph as ig

    def load():
        n, s, t = read_csv(d)
        return ig.Graph(n=n, edges=list(zip(s, t)), directed=True)

    g = load()
    table = {
        "load": load,
        "degree": lambda: g.degree(),
        "pagerank": lambda: g.pagerank(damping=0.85),
        "eigenvector": lambda: g.eigenvector_centrality(directed=True),
        "wcc": lambda: g.connected_components(mode="weak"),
        "scc": lambda: g.connected_components(mode="strong"),
        "closeness": lambda: g.closeness(mode="in"),
        "harmonic": lambda: g.harmonic_centrality(mode="in"),
        "betweenness": lambda: g.betweenness(directed=True),
    }
    return table, ig.__version__


def lib_networkit(d, measures, threads):
    import networkit as nk
    import numpy as np

    nk.setNumberOfThreads(threads)

    def load():
        n, s, t = read_csv(d)
        g = nk.Graph(n, directed=True)
        g.addEdges((np.asarray(s, dtype=np.uint64), np.asarray(t, dtype=np.uint64)))
        return g

    g = load()
    C = nk.centrality

    def run(algo):
        algo.run()
        return algo

    table = {
        "load": load,
        "degree": lambda: run(C.DegreeCentrality(g)),
        "pagerank": lambda: run(C.PageRank(g, damp=0.85, tol=1e-9)),
        "eigenvector": lambda: run(C.EigenvectorCentrality(g)),
        "katz": lambda: run(C.KatzCentrality(g, alpha=KATZ_ALPHA)),
        "wcc": lambda: run(nk.components.WeaklyConnectedComponents(g)),
        "scc": lambda: run(nk.components.StronglyConnectedComponents(g)),
        "closeness": lambda: run(C.Closeness(g, True, C.ClosenessVariant.GENERALIZED)),
        "harmonic": lambda: run(C.HarmonicCloseness(g, False)),
        "betweenness": lambda: run(C.Betweenness(g, True)),
        "betweenness_k256": lambda: run(C.EstimateBetweenness(g, SAMPLE, True, True)),
    }
    return table, nk.__version__


def lib_rustworkx(d, measures, threads):
    os.environ["RAYON_NUM_THREADS"] = str(threads)
    import rustworkx as rx

    def load():
        n, s, t = read_csv(d)
        g = rx.PyDiGraph(multigraph=False)
        g.add_nodes_from(range(n))
        g.add_edges_from_no_data(list(zip(s, t)))
        return g

    g = load()
    table = {
        "load": load,
        "pagerank": lambda: rx.pagerank(g, alpha=0.85, tol=1e-9),
        "eigenvector": lambda: rx.eigenvector_centrality(g, max_iter=1000, tol=1e-9),
        "katz": lambda: rx.katz_centrality(g, alpha=KATZ_ALPHA, max_iter=1000, tol=1e-9),
        "wcc": lambda: rx.weakly_connected_components(g),
        "scc": lambda: rx.strongly_connected_components(g),
        "closeness": lambda: rx.closeness_centrality(g, wf_improved=True),
        "betweenness": lambda: rx.betweenness_centrality(g, parallel_threshold=50),
    }
    if hasattr(rx, "degree_centrality"):
        table["degree"] = lambda: rx.degree_centrality(g)
    return table, rx.__version__


def lib_networkx(d, measures, threads):
    import networkx as nx

    def load():
        n, s, t = read_csv(d)
        g = nx.DiGraph()
        g.add_nodes_from(range(n))
        g.add_edges_from(zip(s, t))
        return g

    g = load()
    table = {
        "load": load,
        "degree": lambda: nx.degree_centrality(g),
        "pagerank": lambda: nx.pagerank(g),
        "eigenvector": lambda: nx.eigenvector_centrality(g, max_iter=1000),
        "katz": lambda: nx.katz_centrality(g, alpha=KATZ_ALPHA),
        "wcc": lambda: list(nx.weakly_connected_components(g)),
        "scc": lambda: list(nx.strongly_connected_components(g)),
        "closeness": lambda: nx.closeness_centrality(g),
        "harmonic": lambda: nx.harmonic_centrality(g),
        "betweenness": lambda: nx.betweenness_centrality(g),
        "betweenness_k256": lambda: nx.betweenness_centrality(g, k=SAMPLE, seed=1),
    }
    return table, nx.__version__


LIBS = {"igraph": lib_igraph, "networkit": lib_networkit, "rustworkx": lib_rustworkx,
        "networkx": lib_networkx}


def worker(lib, d, measures, threads, repeat):
    table, version = LIBS[lib](d, measures, threads)
    times = {}
    for m in measures:
        fn = table.get(m)
        if fn is None:
            continue
        best = float("inf")
        for _ in range(repeat):
            t0 = time.perf_counter()
            try:
                fn()
            except Exception as e:  # noqa: BLE001 - report and go on
                print(f"{lib} {m}: {e}", file=sys.stderr)
                best = None
                break
            best = min(best, time.perf_counter() - t0)
        if best is not None:
            times[m] = best
    print(json.dumps({"library": lib, "version": version, "times": times}))


# ---------------------------------------------------------------- our side

def run_ours(args, d, size, measures):
    if args.ours == "agbench":
        ms = ["betweenness" if m == "betweenness_k256" else m for m in measures]
        cmd = [args.agbench, d, "--measures", ",".join(ms), "--threads", str(args.threads),
               "--repeat", str(args.repeat), "--katz-alpha", str(KATZ_ALPHA)]
        if "betweenness_k256" in measures:
            cmd += ["--betweenness-sample", str(SAMPLE)]
        out = json.loads(subprocess.run(cmd, check=True, capture_output=True, text=True).stdout)
        times = out["times"]
        if "betweenness_k256" in measures and "betweenness" in times:
            times["betweenness_k256"] = times.pop("betweenness")
        return {"library": "ours (agbench)", "version": "working tree", "times": times}
    times = {}
    for m in measures:
        cli_measure = "degree" if m == "load" else m.replace("_k256", "")
        cmd = [args.cli, "centrality", "--data", d, "--measure", cli_measure]
        if m == "betweenness_k256":
            cmd += ["--sample", str(SAMPLE)]
        best = float("inf")
        for _ in range(args.repeat):
            t0 = time.perf_counter()
            subprocess.run(cmd, check=True, capture_output=True)
            best = min(best, time.perf_counter() - t0)
        times[m] = best
    return {"library": "ours (actorgraph CLI, whole process)", "version": "working tree",
            "times": times}


# ---------------------------------------------------------------- driver

def machine():
    model = "unknown"
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    model = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    return {"nproc": os.cpu_count(), "cpu": model, "python": platform.python_version()}


def estimate_networkx(small, size):
    """Scale NetworkX small-graph times to a bigger graph."""
    n0, m0 = 1_000, 5_000
    n1, m1 = {"medium": (10_000, 50_000), "large": (100_000, 1_000_000)}[size]
    path = {"closeness", "harmonic", "betweenness"}
    return {k: v * ((n1 * m1) / (n0 * m0) if k in path else m1 / m0)
            for k, v in small.items() if k in measures_for(size)}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="small,medium,large")
    ap.add_argument("--libs", default="ours,igraph,networkit,rustworkx,networkx")
    ap.add_argument("--ours", choices=["agbench", "cli"], default="agbench")
    ap.add_argument("--agbench", default=os.path.join(ROOT, ".build", "release", "agbench"))
    ap.add_argument("--cli", default=os.path.join(ROOT, ".build", "release", "actorgraph"))
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--json", default=None)
    ap.add_argument("--worker", nargs=2, metavar=("LIB", "DIR"), help=argparse.SUPPRESS)
    ap.add_argument("--measures", default=None, help=argparse.SUPPRESS)
    args = ap.parse_args()

    if args.worker:
        worker(args.worker[0], args.worker[1], args.measures.split(","), args.threads,
               args.repeat)
        return

    report = {"machine": machine(), "results": {}}
    for size in args.sizes.split(","):
        d = os.path.join(HERE, "out", size)
        if not os.path.exists(os.path.join(d, "edges.csv")):
            sys.exit(f"missing {d}: run bench/generate.py first")
        measures = measures_for(size)
        rows = {}
        for lib in args.libs.split(","):
            if lib == "ours":
                rows["ours"] = run_ours(args, d, size, measures)
            elif lib == "networkx" and size != "small":
                small = report["results"].get("small", {}).get("networkx")
                if small:
                    rows["networkx"] = {"library": "networkx", "version": small["version"],
                                        "estimated": True,
                                        "times": estimate_networkx(small["times"], size)}
                continue
            else:
                reps = 1 if lib == "networkx" else args.repeat
                cmd = [sys.executable, os.path.abspath(__file__), "--worker", lib, d,
                       "--measures", ",".join(measures), "--threads", str(args.threads),
                       "--repeat", str(reps)]
                p = subprocess.run(cmd, capture_output=True, text=True)
                if p.returncode != 0:
                    print(p.stderr, file=sys.stderr)
                    continue
                if p.stderr:
                    print(p.stderr, file=sys.stderr, end="")
                rows[lib] = json.loads(p.stdout.strip().splitlines()[-1])
            print(f"{size} {lib}: {json.dumps(rows.get(lib, {}).get('times', {}))}",
                  file=sys.stderr)
        report["results"][size] = rows
        print_table(size, measures, rows)
    if args.json:
        with open(args.json, "w") as f:
            json.dump(report, f, indent=1)


def print_table(size, measures, rows):
    libs = list(rows)
    print(f"\n### {size}\n")
    print("| measure | " + " | ".join(libs) + " | ours / best other | ours / igraph |")
    print("|---|" + "---|" * (len(libs) + 2))
    for m in measures:
        cells = []
        for lib in libs:
            t = rows[lib]["times"].get(m)
            mark = "~" if rows[lib].get("estimated") else ""
            cells.append(f"{mark}{t:.4g}" if t is not None else "n/a")
        ours = rows.get("ours", {}).get("times", {}).get(m)
        others = [rows[lib]["times"][m] for lib in libs
                  if lib != "ours" and not rows[lib].get("estimated") and m in rows[lib]["times"]]
        ratio = f"{ours / min(others):.2f}" if ours and others else "n/a"
        ig = rows.get("igraph", {}).get("times", {}).get(m)
        rig = f"{ours / ig:.2f}" if ours and ig else "n/a"
        print(f"| {m} | " + " | ".join(cells) + f" | {ratio} | {rig} |")


if __name__ == "__main__":
    main()
