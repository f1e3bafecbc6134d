#!/usr/bin/env bash
# The exact commands behind the diagrams in diagrams/ (graphs/views.yaml declares the same views;
# `actorgraph build` is how they are kept up to date). Writes into /tmp/actorgraph-examples.
set -euo pipefail
cd "$(dirname "$0")/.."
ag=${1:-.build/debug/actorgraph}
out=/tmp/actorgraph-examples
mkdir -p "$out"
$ag render -o "$out/seed-network.svg" --types alliance,alignment,support,membership,part-of,hostility,attack,presence \
  --title "Iraq between Iran and the United States — the whole seed network"
$ag render -o "$out/iran-support-iraq.svg" --types support,membership,alignment --focus iran --depth 2 --direction out \
  --alone --size-by out-degree --title "Iran's network of support to armed groups in Iraq"
$ag render -o "$out/attacks-on-us-in-iraq.svg" --attacks-on united-states --attacks-in iraq \
  --title "Attacks on U.S. facilities in Iraq, and who is held responsible"
$ag render -o "$out/iraq-between-patrons.svg" --types alliance,support,hostility,attack,presence,influence \
  --focus iraq --depth 1 --alone --highlight iran --highlight united-states --title "Iraq between its two patrons"
$ag render -o "$out/kataib-hezbollah-support.pdf" --types support,membership,alignment --focus kataib-hezbollah \
  --focus pmf --alone --title "Who backs Kataib Hezbollah? Support through the PMF, and alignment with Tehran"
$ag diff --from 1985 --to 2015 --types alliance,hostility,support --render "$out/iran-iraq-foes-to-allies.svg" >/dev/null
ls -l "$out"
