#!/usr/bin/env bash
# Installs what actorgraph needs beyond Swift: the Graphviz C libraries (libgraphviz-dev), pkg-config,
# and the fonts diagrams name (fonts-noto-core: Noto Sans, Noto Sans Arabic for Arabic and Persian).
# Idempotent: does nothing when they are already there.
set -euo pipefail
if command -v pkg-config >/dev/null 2>&1 && pkg-config --exists libgvc 2>/dev/null \
  && command -v fc-list >/dev/null 2>&1 && [ -n "$(fc-list "Noto Sans Arabic")" ]; then
  exit 0
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
echo "setup: installing libgraphviz-dev, pkg-config and fonts-noto-core with apt-get" >&2
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends libgraphviz-dev pkg-config fonts-noto-core fontconfig >/dev/null
pkg-config --exists libgvc || { echo "setup: libgvc still not found by pkg-config" >&2; exit 1; }
