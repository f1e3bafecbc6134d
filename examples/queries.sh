#!/usr/bin/env bash
# The analyst's questions from the README, run against the seed dataset.
# Usage: examples/queries.sh [path/to/actorgraph]   (default: .build/debug/actorgraph)
set -euo pipefail
cd "$(dirname "$0")/.."
ag=${1:-.build/debug/actorgraph}

echo "== Who supports Kataib Hezbollah?"
$ag who-supports "Kataib Hezbollah"

echo; echo "== Who blamed whom for the drone that killed a Komala member, and did the accused comment?"
$ag attacks --on komala

echo; echo "== Which attacks on U.S. facilities in Iraq are only suspected, not claimed?"
$ag attacks --on "United States" --in Iraq --attribution suspected,unattributed

echo; echo "== Which actors attacked sites in Erbil?"
$ag attacks --in Erbil --format csv

echo; echo "== Iran and Iraq: foes in 1985, allies in 2015"
$ag timeline iran iraq --as-of 1985
$ag diff --from 1985 --to 2015 --types alliance,hostility

echo; echo "== The sources behind Iran's backing of Kataib Hezbollah, hop by hop"
$ag why iran kataib-hezbollah --chain

echo; echo "== Brokers of the network"
$ag centrality --measure betweenness --top 5
