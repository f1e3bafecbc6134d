#!/usr/bin/env bash
# Installs what actorgraph needs beyond Swift: the Graphviz C libraries (libgraphviz-dev), COIN-OR CBC
# (coinor-libcbc-dev, the integer-programming solver behind `balance`), pkg-config,
# and the fonts diagrams name (fonts-noto-core: Noto Sans, Noto Sans Arabic for Arabic and Persian).
# Idempotent: does nothing when they are already there.
set -euo pipefail
if command -v pkg-config >/dev/null 2>&1 && pkg-config --exists libgvc cbc 2>/dev/null \
  && command -v fc-list >/dev/null 2>&1 && [ -n "$(fc-list "Noto Sans Arabic")" ]; then
  exit 0
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
echo "setup: installing libgraphviz-dev, coinor-libcbc-dev, pkg-config and fonts-noto-core with apt-get" >&2
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends libgraphviz-dev coinor-libcbc-dev pkg-config fonts-noto-core fontconfig >/dev/null
pkg-config --exists libgvc || { echo "setup: libgvc still not found by pkg-config" >&2; exit 1; }
pkg-config --exists cbc || { echo "setup: cbc still not found by pkg-config" >&2; exit 1; }
