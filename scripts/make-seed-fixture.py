#!/usr/bin/env python3
"""Writes Tests/actorgraphTests/Fixtures/seed-centrality.json: NetworkX's centrality values on the seed dataset.

The graph is built the way `actorgraph centrality` builds it (GraphSelection): every relation of
graphs/iraq-2026, files in name order and relations in file order; vertices are every actor of the
dataset (the node list), so actors no selected relation touches are isolated vertices; alliance and
hostility give arcs both ways; parallel arcs collapse. Directed measures use nx.DiGraph, undirected
ones nx.Graph. "support-only" is the same on the graph of support relations alone, with the whole
node list: most actors are isolated there, which is where a smaller vertex set would change the
normalisation.

Run from the repository root: python3 scripts/make-seed-fixture.py (needs networkx and PyYAML).
"""
import json
import os
import sys

import networkx as nx
import yaml

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA = os.path.join(ROOT, "graphs", "iraq-2026")
OUT = os.path.join(ROOT, "Tests", "actorgraphTests", "Fixtures", "seed-centrality.json")
SYMMETRIC = {"alliance", "hostility"}


def actors():
    out = []
    for name in sorted(os.listdir(DATA)):
        if not name.endswith((".yaml", ".yml")):
            continue
        with open(os.path.join(DATA, name), encoding="utf-8") as f:
            doc = yaml.safe_load(f) or {}
        out += [a["id"] for a in doc.get("actors") or []]
    return out


def arcs():
    relations = []
    memberships = []
    for name in sorted(os.listdir(DATA)):
        if not name.endswith((".yaml", ".yml")):
            continue
        with open(os.path.join(DATA, name), encoding="utf-8") as f:
            doc = yaml.safe_load(f) or {}
        for a in doc.get("actors") or []:
            for u in a.get("member_of") or []:
                memberships.append((a["id"], u, "membership"))
        for r in doc.get("relations") or []:
            relations.append((r["source"], r["target"], r["type"]))
    # member_of shorthands are resolved after the explicit relations, as the loader does.
    return relations + memberships


def build(directed, types=None):
    g = nx.DiGraph() if directed else nx.Graph()
    g.add_nodes_from(actors())
    for s, t, typ in arcs():
        if types is not None and typ not in types:
            continue
        g.add_node(s)
        g.add_node(t)
        g.add_edge(s, t)
        if directed and typ in SYMMETRIC:
            g.add_edge(t, s)
    return g


def measures(g):
    out = {}
    d = g.is_directed()
    out["degree"] = nx.degree_centrality(g)
    if d:
        out["in-degree"] = nx.in_degree_centrality(g)
        out["out-degree"] = nx.out_degree_centrality(g)
    out["betweenness"] = nx.betweenness_centrality(g)
    out["betweenness-raw"] = nx.betweenness_centrality(g, normalized=False)
    out["closeness"] = nx.closeness_centrality(g)
    out["harmonic"] = nx.harmonic_centrality(g)
    out["eigenvector"] = nx.eigenvector_centrality(g, max_iter=100000, tol=1e-13)
    out["pagerank"] = nx.pagerank(g, alpha=0.85, tol=1e-15, max_iter=100000)
    out["katz"] = nx.katz_centrality(g, alpha=0.1, beta=1.0, max_iter=100000, tol=1e-15)
    return {k: {n: float(v) for n, v in sorted(m.items())} for k, m in out.items()}


def main():
    fixture = {
        "networkx": nx.__version__,
        "directed": measures(build(True)),
        "undirected": measures(build(False)),
        "support-only-directed": measures(build(True, {"support"})),
        "support-only-undirected": measures(build(False, {"support"})),
    }
    with open(OUT, "w", encoding="utf-8") as f:
        json.dump(fixture, f, indent=1, sort_keys=True)
        f.write("\n")
    print(f"wrote {OUT}", file=sys.stderr)


if __name__ == "__main__":
    main()
