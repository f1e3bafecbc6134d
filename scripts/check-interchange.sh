#!/usr/bin/env bash
# Interchange checks CI runs after the test suite: the GEXF and GraphML exports validate against
# their published schemas (xmllint, offline), and NetworkX and igraph read every export and find the
# same actors, relations and attributes as the YAML source (scripts/check-exports.py).
# Installs libxml2-utils (apt) and networkx, igraph, PyYAML (pip) when missing.
set -euo pipefail
cd "$(dirname "$0")/.."
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
if ! command -v xmllint >/dev/null 2>&1; then
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends libxml2-utils >/dev/null
fi
if ! python3 -c "import networkx, igraph, yaml" 2>/dev/null; then
  python3 -m pip install -q networkx igraph pyyaml 2>/dev/null || python3 -m pip install -q --break-system-packages networkx igraph pyyaml
fi
BIN=.build/debug/actorgraph
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
$BIN export -o "$tmp/seed.gexf" 2>/dev/null
$BIN export -o "$tmp/seed.graphml" 2>/dev/null
$BIN export -o "$tmp/support.gexf" --types support --as-of 2026 --drop-isolates 2>/dev/null
xmllint --noout --nonet --schema scripts/schemas/gexf-1.3/gexf.xsd "$tmp/seed.gexf" "$tmp/support.gexf"
xmllint --noout --nonet --schema scripts/schemas/graphml-1.0/graphml.xsd "$tmp/seed.graphml"
python3 -W ignore scripts/check-exports.py "$BIN"
# The real dataset under examples/ imports and validates (membership cycles are warnings there).
$BIN import --from mmp examples/mapping-militants/relationships.csv -o "$tmp/mmp" 2>/dev/null
$BIN validate "$tmp/mmp" >/dev/null
# Every export imports back into a dataset that validates.
for f in graphml gexf; do
  $BIN import --from $f "$tmp/seed.$f" -o "$tmp/back-$f" 2>/dev/null
  $BIN validate "$tmp/back-$f" >/dev/null
done
echo "imports: examples/mapping-militants and the seed's GraphML and GEXF exports validate"
