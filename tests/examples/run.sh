#!/usr/bin/env bash
# The examples for other teams, run for real (CI runs this after `swift build`):
#   pre-commit.sh  the example git hook, committing through it in throw-away repositories
#   workflow.py    every shell step of the example GitHub workflow, run locally
# Each prints its checks and "N passed, N failed"; this fails if any of them fails.
set -uo pipefail
cd "$(dirname "$0")"
status=0
bash pre-commit.sh || status=1
python3 workflow.py || status=1
exit $status
