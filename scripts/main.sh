#!/usr/bin/env bash
# README command 1: set up, build, and run the main job on graphs/: validate the data and answer
# the standing questions.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
swift build
ag=.build/debug/actorgraph
$ag validate graphs
echo
$ag who-supports "Kataib Hezbollah" --transitive
echo
$ag show komala
