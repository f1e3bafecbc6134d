#!/usr/bin/env python3
"""Write the NetworkX reference fixtures for the GraphAnalytics tests.

Usage:  python3 scripts/make-fixtures.py   (needs networkx 3.6.x; CI does not run it)

Writes Tests/GraphAnalyticsTests/Fixtures/<graph>-<undirected|directed>.json for
three graphs built into NetworkX: Zachary's karate club, Padgett's Florentine
families and Les Misérables (edge weights ignored), plus "islands": the
Florentine families with a 4-vertex path and two isolated vertices added, so
that the graph is disconnected.

Node order: vertex i is the i-th node of `sorted(G.nodes())` (numbers for the
karate club, names in Python's string order for the other two). Edges are
listed explicitly as index pairs so the Swift tests rebuild the same graph.

Directed variant (the rule, also in Fixtures/README.md): every undirected edge
{u, v} with indices i < j becomes the arc i -> j; when (i + j) % 3 == 0 the
reverse arc j -> i is added as well. Reciprocal arcs make strongly connected
components that are not singletons.

Measures (NetworkX 3.6 defaults; DiGraph when directed, Graph when undirected),
each as "normalized" (the Swift default) and "raw":
  degree, in_degree, out_degree: *_degree_centrality; raw = plain degree.
  betweenness: betweenness_centrality(normalized=True / False).
  betweenness_sampled: k pivots drawn by random.Random(SEED).sample(nodes, k)
      exactly as NetworkX draws them; the pivot indices are stored.
  closeness: closeness_centrality (wf_improved=True); raw = 1 / (sum of
      incoming distances), 0 when that sum is 0.
  harmonic: raw = harmonic_centrality (NetworkX's own value); normalized =
      raw / (n - 1).
  eigenvector: eigenvector_centrality with tol=1e-15 (unit norm); raw = the
      same vector divided by its largest entry.
  pagerank: pagerank(alpha=0.85, tol=1e-15); raw = n * pagerank.
  katz: katz_centrality(alpha, beta=1, tol=1e-15, normalized=True / False);
      alpha = 0.1 (NetworkX default) except Les Misérables, whose largest
      eigenvalue (about 12.0) makes 0.1 diverge, so alpha = 0.05 there. The
      alpha used is stored as "katz_alpha".
Also: weakly and strongly connected components (sorted largest first, then by
smallest member, members ascending), hop distances for a few pairs (-1 when
unreachable), the lexicographically smallest shortest path and the number of
shortest paths for those pairs, and the lengths of the first k simple paths in
NetworkX's shortest_simple_paths order.
"""

import json
import math
import os
import random
import sys

import networkx as nx

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "Tests", "GraphAnalyticsTests", "Fixtures")
SEED = 42
TIGHT = 1e-15
MAX_ITER = 100000


def base_graphs():
    return [
        ("karate", nx.karate_club_graph(), 0.1),
        ("florentine", nx.florentine_families_graph(), 0.1),
        ("lesmis", nx.les_miserables_graph(), 0.05),
        ("islands", islands_graph(), 0.1),
    ]


def islands_graph():
    """A disconnected graph: the Florentine families, a 4-vertex path and two
    isolated vertices (exercises unreachable pairs and isolated vertices)."""
    G = nx.Graph(nx.florentine_families_graph())
    nx.add_path(G, ["zz-path-a", "zz-path-b", "zz-path-c", "zz-path-d"])
    G.add_nodes_from(["zz-lone-1", "zz-lone-2"])
    return G


def index_graph(G, directed):
    """Return (labels, edges, nx graph on 0..n-1) following the documented rules."""
    labels = sorted(G.nodes())
    index = {v: i for i, v in enumerate(labels)}
    pairs = sorted(tuple(sorted((index[u], index[v]))) for u, v in G.edges() if u != v)
    H = nx.DiGraph() if directed else nx.Graph()
    H.add_nodes_from(range(len(labels)))
    edges = []
    for i, j in pairs:
        edges.append((i, j))
        if directed and (i + j) % 3 == 0:
            edges.append((j, i))
    H.add_edges_from(edges)
    return labels, edges, H


def vec(d, n):
    return [float(d[i]) for i in range(n)]


def components(comps):
    out = [sorted(c) for c in comps]
    out.sort(key=lambda c: (-len(c), c[0]))
    return out


def incoming_distance_sums(H):
    R = H.reverse(copy=True) if H.is_directed() else H
    return {v: sum(nx.single_source_shortest_path_length(R, v).values()) for v in H}


def measures(H, katz_alpha):
    n = H.number_of_nodes()
    m = {}
    deg = dict(H.degree())
    m["degree"] = {"normalized": vec(nx.degree_centrality(H), n), "raw": vec(deg, n)}
    if H.is_directed():
        m["in_degree"] = {
            "normalized": vec(nx.in_degree_centrality(H), n),
            "raw": vec(dict(H.in_degree()), n),
        }
        m["out_degree"] = {
            "normalized": vec(nx.out_degree_centrality(H), n),
            "raw": vec(dict(H.out_degree()), n),
        }
    m["betweenness"] = {
        "normalized": vec(nx.betweenness_centrality(H, normalized=True), n),
        "raw": vec(nx.betweenness_centrality(H, normalized=False), n),
    }
    sums = incoming_distance_sums(H)
    m["closeness"] = {
        "normalized": vec(nx.closeness_centrality(H), n),
        "raw": [1.0 / sums[v] if sums[v] > 0 else 0.0 for v in range(n)],
    }
    harm = vec(nx.harmonic_centrality(H), n)
    m["harmonic"] = {"normalized": [h / (n - 1) for h in harm], "raw": harm}
    eig = vec(nx.eigenvector_centrality(H, tol=TIGHT, max_iter=MAX_ITER), n)
    top = max(eig)
    m["eigenvector"] = {"normalized": eig, "raw": [x / top for x in eig]}
    pr = vec(nx.pagerank(H, alpha=0.85, tol=TIGHT, max_iter=MAX_ITER), n)
    m["pagerank"] = {"normalized": pr, "raw": [x * n for x in pr]}
    m["katz"] = {
        "normalized": vec(nx.katz_centrality(H, alpha=katz_alpha, beta=1.0, tol=TIGHT,
                                             max_iter=MAX_ITER, normalized=True), n),
        "raw": vec(nx.katz_centrality(H, alpha=katz_alpha, beta=1.0, tol=TIGHT,
                                      max_iter=MAX_ITER, normalized=False), n),
    }
    return m


def sampled_betweenness(H, k):
    # NetworkX: seed = random.Random(SEED); nodes = seed.sample(list(G.nodes()), k)
    pivots = random.Random(SEED).sample(list(H.nodes()), k)
    return {
        "k": k,
        "seed": SEED,
        "sources": pivots,
        "normalized": vec(nx.betweenness_centrality(H, k=k, seed=SEED, normalized=True), len(H)),
        "raw": vec(nx.betweenness_centrality(H, k=k, seed=SEED, normalized=False), len(H)),
    }


def path_checks(H):
    n = H.number_of_nodes()
    rng = random.Random(7)
    pairs = [(0, n - 1), (n - 1, 0), (1, n // 2)] + [
        (rng.randrange(n), rng.randrange(n)) for _ in range(9)
    ]
    out = []
    for s, t in pairs:
        if s == t:
            continue
        entry = {"source": s, "target": t}
        if nx.has_path(H, s, t):
            paths = sorted(nx.all_shortest_paths(H, s, t))
            entry["length"] = len(paths[0]) - 1
            entry["lexicographic_path"] = paths[0]
            entry["path_count"] = len(paths)
            simple = []
            for p in nx.shortest_simple_paths(H, s, t):
                simple.append(len(p) - 1)
                if len(simple) == 8:
                    break
            entry["simple_path_lengths"] = simple
        else:
            entry["length"] = -1
        out.append(entry)
    return out


def main():
    if not nx.__version__.startswith("3.6"):
        print(f"warning: fixtures are specified against networkx 3.6, found {nx.__version__}",
              file=sys.stderr)
    os.makedirs(OUT, exist_ok=True)
    for name, G, katz_alpha in base_graphs():
        for directed in (False, True):
            labels, edges, H = index_graph(G, directed)
            n = len(labels)
            fixture = {
                "name": name,
                "directed": directed,
                "networkx": nx.__version__,
                "labels": [str(x) for x in labels],
                "vertex_count": n,
                "sources": [e[0] for e in edges],
                "targets": [e[1] for e in edges],
                "katz_alpha": katz_alpha,
                "measures": measures(H, katz_alpha),
                "betweenness_sampled": sampled_betweenness(H, max(3, n // 4)),
                "weak_components": components(
                    nx.weakly_connected_components(H) if directed
                    else nx.connected_components(H)),
                "strong_components": components(
                    nx.strongly_connected_components(H) if directed
                    else nx.connected_components(H)),
                "paths": path_checks(H),
            }
            kind = "directed" if directed else "undirected"
            path = os.path.join(OUT, f"{name}-{kind}.json")
            with open(path, "w") as f:
                json.dump(fixture, f, indent=1, sort_keys=True)
                f.write("\n")
            scc = fixture["strong_components"]
            print(f"{path}: n={n} arcs={len(edges)} largest SCC={len(scc[0])} "
                  f"SCCs={len(scc)}")


if __name__ == "__main__":
    main()
