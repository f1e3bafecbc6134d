#!/usr/bin/env bash
# Generates the man page and the shell completions of actorgraph from its own argument parser:
#   scripts/generate-docs.sh OUTDIR [debug|release]     (default: release, built if needed)
# Writes OUTDIR/man/man1/actorgraph.1 (swift-argument-parser's generate-manual plugin; one page with
# every subcommand), OUTDIR/completions/bash/actorgraph, OUTDIR/completions/zsh/_actorgraph and
# OUTDIR/completions/fish/actorgraph.fish (`actorgraph --generate-completion-script`).
# The page's date is the last commit's (or SOURCE_DATE_EPOCH's), so the same commit gives the same bytes.
set -euo pipefail
[ $# -ge 1 ] || { echo "usage: scripts/generate-docs.sh OUTDIR [debug|release]" >&2; exit 2; }
OUT=$(mkdir -p "$1" && cd "$1" && pwd)
CONFIG=${2:-release}
cd "$(dirname "$0")/.."
case "$CONFIG" in debug | release) ;; *) echo "configuration must be debug or release" >&2; exit 2 ;; esac
swift build -c "$CONFIG" --product actorgraph >&2
TOOL=.build/$CONFIG/actorgraph
if [ -n "${SOURCE_DATE_EPOCH:-}" ]; then
  DATE=$(date -u -d "@$SOURCE_DATE_EPOCH" +%Y-%m-%d)
else
  DATE=$(git log -1 --format=%cd --date=format:%Y-%m-%d 2>/dev/null || date -u +%Y-%m-%d)
fi
mkdir -p "$OUT/man/man1" "$OUT/completions/bash" "$OUT/completions/zsh" "$OUT/completions/fish"
swift package generate-manual --configuration "$CONFIG" --date "$DATE" >&2
# mdoc treats an empty line as an error in the text; the help text's paragraph breaks become .Pp.
sed 's/^$/.Pp/' .build/plugins/GenerateManual/outputs/actorgraph/actorgraph.1 > "$OUT/man/man1/actorgraph.1"
"$TOOL" --generate-completion-script bash > "$OUT/completions/bash/actorgraph"
"$TOOL" --generate-completion-script zsh > "$OUT/completions/zsh/_actorgraph"
"$TOOL" --generate-completion-script fish > "$OUT/completions/fish/actorgraph.fish"
echo "generated $OUT/man/man1/actorgraph.1 and completions for bash, zsh and fish in $OUT/completions" >&2
