#!/usr/bin/env bash
# README command 1: set up, build, and run the main job on graphs/: validate the data, then
# regenerate every declared diagram whose inputs changed (a no-op when nothing did).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
swift build
ag=.build/debug/actorgraph
$ag validate graphs
$ag build
