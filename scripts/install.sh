#!/usr/bin/env bash
# Builds and installs actorgraph with its man page and shell completions.
#   scripts/install.sh [--prefix DIR] [--debug]         (default prefix: $PREFIX, else /usr/local)
#   As root: scripts/install.sh; as a user: PREFIX=$HOME/.local scripts/install.sh
# Installs (DESTDIR, if set, is put in front of every path, for packaging):
#   PREFIX/bin/actorgraph
#   PREFIX/share/man/man1/actorgraph.1
#   PREFIX/share/bash-completion/completions/actorgraph
#   PREFIX/share/zsh/site-functions/_actorgraph
#   PREFIX/share/fish/vendor_completions.d/actorgraph.fish
# Needs the Graphviz and CBC libraries (scripts/setup.sh installs them) at build and run time.
set -euo pipefail
PREFIX=${PREFIX:-/usr/local}
CONFIG=release
while [ $# -gt 0 ]; do
  case "$1" in
    --prefix) [ $# -ge 2 ] || { echo "--prefix needs a folder" >&2; exit 2; }; PREFIX=$2; shift 2 ;;
    --prefix=*) PREFIX=${1#--prefix=}; shift ;;
    --debug) CONFIG=debug; shift ;;
    -h | --help) sed -n '2,11p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "unknown option '$1' (--prefix DIR, --debug)" >&2; exit 2 ;;
  esac
done
cd "$(dirname "$0")/.."
case "$PREFIX" in /*) ;; *) echo "the prefix must be an absolute path, not '$PREFIX'" >&2; exit 2 ;; esac
DEST="${DESTDIR:-}$PREFIX"
# Fail before a long build when the destination cannot be written.
probe=$DEST
while [ ! -e "$probe" ]; do probe=$(dirname "$probe"); done
if [ ! -d "$probe" ] || [ ! -w "$probe" ]; then
  echo "cannot write to $DEST ($probe is not a writable folder): run as root, or set PREFIX=\$HOME/.local" >&2
  exit 1
fi
GEN=$(mktemp -d "${TMPDIR:-/tmp}/actorgraph-install.XXXXXX")
trap 'rm -rf "$GEN"' EXIT
bash scripts/generate-docs.sh "$GEN" "$CONFIG"
install -D -m 0755 ".build/$CONFIG/actorgraph" "$DEST/bin/actorgraph"
install -D -m 0644 "$GEN/man/man1/actorgraph.1" "$DEST/share/man/man1/actorgraph.1"
install -D -m 0644 "$GEN/completions/bash/actorgraph" "$DEST/share/bash-completion/completions/actorgraph"
install -D -m 0644 "$GEN/completions/zsh/_actorgraph" "$DEST/share/zsh/site-functions/_actorgraph"
install -D -m 0644 "$GEN/completions/fish/actorgraph.fish" "$DEST/share/fish/vendor_completions.d/actorgraph.fish"
echo "installed actorgraph, its man page and bash, zsh and fish completions under $DEST" >&2
