#!/usr/bin/env python3
"""Reads every `actorgraph export` of the seed dataset with NetworkX and igraph and checks that they
find the same actors, relations and attributes as the YAML source read independently with PyYAML.

Usage (from the repository root, after `swift build`):
    python3 scripts/check-exports.py [path/to/actorgraph]
Needs networkx, igraph and PyYAML (.ci/run installs them). Exits 1 on the first mismatch.
"""
import csv
import json
import os
import subprocess
import sys
import tempfile

import igraph as ig
import networkx as nx
import yaml

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA = os.path.join(ROOT, "graphs", "iraq-2026")
BIN = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, ".build", "debug", "actorgraph")


def text(v):
    """YAML scalars as the export spells them (PyYAML turns 2014 into an int, 2026-03-04 into a date)."""
    return v if isinstance(v, str) else str(v)


def when(v):
    """A date as written; a relative date (a mapping such as {before: d3, weekday: tuesday}) is
    resolved by the loader, so only its presence can be checked without actorgraph."""
    if v is None:
        return None
    return RELATIVE if isinstance(v, dict) else text(v)


RELATIVE = "<relative>"


def listed(v):
    if v is None:
        return None
    return ";".join(text(x) for x in (v if isinstance(v, list) else [v]))


def expected():
    """Actors and relations straight from the YAML files, without actorgraph."""
    actors, relations, memberships = {}, [], []
    for name in sorted(os.listdir(DATA)):
        if not name.endswith(".yaml"):
            continue
        with open(os.path.join(DATA, name), encoding="utf-8") as f:
            doc = yaml.safe_load(f) or {}
        for a in doc.get("actors") or []:
            actors[a["id"]] = {"name": a.get("name", a["id"]), "kind": a.get("kind", "unspecified"),
                               "aliases": listed(a.get("aliases")), "sources": listed(a.get("sources"))}
            for u in a.get("member_of") or []:
                memberships.append({"source": a["id"], "target": u, "type": "membership", "id": None,
                                    "attribution": "confirmed", "sources": listed(a.get("sources"))})
        for r in doc.get("relations") or []:
            relations.append({"source": r["source"], "target": r["target"], "type": r["type"], "id": r.get("id"),
                              "attribution": r.get("attribution"), "sources": listed(r.get("sources")),
                              "since": when(r.get("since")), "until": when(r.get("until")),
                              "date": when(r.get("date")), "killed": r.get("killed"),
                              "place": r.get("place"), "event": r.get("event")})
    return actors, relations + memberships


FAILURES = []


def check(cond, what):
    if not cond:
        FAILURES.append(what)


def compare(fmt, nodes, edges):
    """nodes: {id: attrs}; edges: [(source, target, attrs)]; a relation's own id is `relation` (`id` in our CSV)."""
    edges = [(s, t, dict(d, id=d.get("relation", d.get("id") if fmt == "csv" else None))) for s, t, d in edges]
    actors, relations = expected()
    check(set(nodes) == set(actors), f"{fmt}: node ids differ: {sorted(set(nodes) ^ set(actors))[:5]}")
    for aid, want in actors.items():
        got = nodes.get(aid, {})
        for key, value in want.items():
            if value is not None:
                check(str(got.get(key)) == str(value), f"{fmt}: actor {aid} {key}: {got.get(key)!r} != {value!r}")
    check(len(edges) == len(relations), f"{fmt}: {len(edges)} edges, expected {len(relations)}")

    def key(s, t, d):
        return (s, t, d.get("type"), d.get("id") or "", d.get("attribution"), str(d.get("sources") or ""))
    got = sorted(key(s, t, d) for s, t, d in edges)
    want = sorted(key(r["source"], r["target"], r) for r in relations)
    check(got == want, f"{fmt}: relations differ, first: {[x for x in got if x not in want][:2]} vs {[x for x in want if x not in got][:2]}")
    by_id = {d.get("id"): d for _, _, d in edges if d.get("id")}
    for r in relations:
        if not r["id"]:
            continue
        d = by_id.get(r["id"], {})
        for field in ("since", "until", "date", "place", "event"):
            if r[field] == RELATIVE:
                check(bool(d.get(field)), f"{fmt}: relation {r['id']} {field}: the relative date was not resolved")
            elif r[field] is not None:
                check(str(d.get(field)) == str(r[field]), f"{fmt}: relation {r['id']} {field}: {d.get(field)!r} != {r[field]!r}")
        if r["killed"] is not None:
            check(int(d.get("killed")) == int(r["killed"]), f"{fmt}: relation {r['id']} killed: {d.get('killed')!r}")


def export(fmt, out):
    subprocess.run([BIN, "export", "--to", fmt, "-o", out, "--data", DATA], check=True, stderr=subprocess.DEVNULL)
    return out


def main():
    tmp = tempfile.mkdtemp(prefix="actorgraph-exports-")
    # GraphML: NetworkX and igraph.
    g = nx.read_graphml(export("graphml", os.path.join(tmp, "g.graphml")))
    check(g.is_directed(), "graphml: NetworkX reads a directed graph")
    compare("graphml/networkx", dict(g.nodes(data=True)), list(g.edges(data=True)))
    h = ig.Graph.Read_GraphML(os.path.join(tmp, "g.graphml"))
    check(h.is_directed(), "graphml: igraph reads a directed graph")
    inodes = {v["id"]: v.attributes() for v in h.vs}
    iedges = [(h.vs[e.source]["id"], h.vs[e.target]["id"], {k: v for k, v in e.attributes().items() if v not in ("", None)}) for e in h.es]
    compare("graphml/igraph", inodes, iedges)
    # igraph types keys: killed is a number, inferred a boolean.
    check(any(isinstance(e["killed"], float) and e["killed"] == e["killed"] for e in h.es), "graphml/igraph: killed is numeric")
    # GEXF: NetworkX (dynamic intervals as start/end attributes).
    x = nx.read_gexf(export("gexf", os.path.join(tmp, "g.gexf")))
    gnodes = {n: dict(d, name=d.get("label")) for n, d in x.nodes(data=True)}
    compare("gexf/networkx", gnodes, list(x.edges(data=True)))
    starts = [d.get("start") for _, _, d in x.edges(data=True) if d.get("since") == "2014"]
    check(starts and all(s == "2014-01-01" for s in starts), f"gexf: since 2014 starts 2014-01-01: {starts[:3]}")
    # Node-link JSON.
    with open(export("node-link", os.path.join(tmp, "g.json")), encoding="utf-8") as f:
        n = nx.node_link_graph(json.load(f), edges="edges")
    nl_nodes = {k: {a: (";".join(v) if isinstance(v, list) else v) for a, v in d.items()} for k, d in n.nodes(data=True)}
    nl_edges = [(s, t, {a: (";".join(v) if isinstance(v, list) else v) for a, v in d.items()}) for s, t, d in n.edges(data=True)]
    compare("node-link/networkx", nl_nodes, nl_edges)
    # Our CSV and Neo4j's, read as plain CSV.
    folder = export("csv", os.path.join(tmp, "csv"))
    with open(os.path.join(folder, "nodes.csv"), encoding="utf-8", newline="") as f:
        cn = {r["id"]: r for r in csv.DictReader(f)}
    with open(os.path.join(folder, "edges.csv"), encoding="utf-8", newline="") as f:
        ce = [(r["source"], r["target"], {k: v for k, v in r.items() if v != ""}) for r in csv.DictReader(f)]
    compare("csv", cn, ce)
    folder = export("neo4j", os.path.join(tmp, "neo4j"))
    with open(os.path.join(folder, "nodes.csv"), encoding="utf-8", newline="") as f:
        nn = {r["id:ID"]: {k.split(":")[0]: v for k, v in r.items() if v != ""} for r in csv.DictReader(f)}
    with open(os.path.join(folder, "relationships.csv"), encoding="utf-8", newline="") as f:
        ne = [(r[":START_ID"], r[":END_ID"], {k.split(":")[0]: v for k, v in r.items() if v != "" and not k.startswith(":")})
              for r in csv.DictReader(f)]
    compare("neo4j", nn, ne)
    if FAILURES:
        for f in FAILURES[:40]:
            print("FAIL", f)
        print(f"{len(FAILURES)} mismatches")
        sys.exit(1)
    print("exports: graphml (networkx, igraph), gexf, node-link, csv, neo4j agree with the YAML source")


if __name__ == "__main__":
    main()
