"""A generated network for measuring the briefing page: N actors, M relations, dated and sourced.

Seeded, so the same arguments give the same dataset. Writes one YAML dataset file.
    python3 bench/briefing/generate.py 1000 5000 /tmp/briefing-bench/data.yaml
"""
import random
import sys

actors, relations, path = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
rng = random.Random(15)
kinds = ["state", "armed-group", "party", "site", "foreign-force"]
states = ["support", "alliance", "hostility", "alignment", "influence", "presence"]
events = ["attack", "protest", "condemnation"]
levels = ["confirmed", "claimed", "attributed", "blamed", "suspected", "unattributed"]
lines = ["dataset:", "  id: bench", "  title: Generated network for the briefing-page benchmark", "sources:"]
for s in range(20):
    lines.append(f"  - {{id: s{s}, outlet: Outlet {s}, title: Report {s}, published: \"{2000 + s}-06-01\"}}")
lines.append("actors:")
for a in range(actors):
    lines.append(f"  - {{id: a{a}, name: Actor {a}, aliases: [Alias {a}], kind: {rng.choice(kinds)}}}")
lines.append("relations:")
for r in range(relations):
    s, t = rng.sample(range(actors), 2)
    level = rng.choice(levels)
    cites = ", ".join(f"s{c}:p{rng.randint(1, 30)}" for c in rng.sample(range(20), rng.randint(1, 3)))
    if rng.random() < 0.7:
        kind = rng.choice(states)
        start = rng.randint(1960, 2024)
        when = f"since: \"{start}\"" + (f", until: \"{start + rng.randint(0, 20)}\"" if rng.random() < 0.5 else "")
    else:
        kind = rng.choice(events)
        when = f"date: \"{rng.randint(1960, 2025)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}\""
    lines.append(f"  - {{id: r{r}, type: {kind}, source: a{s}, target: a{t}, {when}, attribution: {level}, sources: [{cites}]}}")
with open(path, "w") as f:
    f.write("\n".join(lines) + "\n")
