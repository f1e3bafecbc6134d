#!/usr/bin/env bash
# scripts/install.sh into a temporary prefix (debug build, so CI builds nothing new): the binary runs,
# the man page is valid mdoc naming every subcommand, each completion script loads in its shell
# (bash always; zsh and fish when installed), and generating twice gives the same bytes.
set -euo pipefail
cd "$(dirname "$0")/../.."
WORK=$(mktemp -d "${TMPDIR:-/tmp}/actorgraph-install-test.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
P="$WORK/prefix"
bash scripts/install.sh --prefix "$P" --debug 2> "$WORK/log" || { cat "$WORK/log" >&2; exit 1; }
fail() { echo "install: $1" >&2; exit 1; }
for f in bin/actorgraph share/man/man1/actorgraph.1 share/bash-completion/completions/actorgraph \
  share/zsh/site-functions/_actorgraph share/fish/vendor_completions.d/actorgraph.fish; do
  [ -s "$P/$f" ] || fail "missing or empty: $f"
done
"$P/bin/actorgraph" --version > /dev/null || fail "the installed binary does not run"
MAN="$P/share/man/man1/actorgraph.1"
grep -q '^\.Dt ACTORGRAPH 1' "$MAN" || fail "the man page has no .Dt header"
# Every subcommand listed by --help appears in the page.
subs=$("$P/bin/actorgraph" --help | awk '/^SUBCOMMANDS:/{on=1; next} on && /^  [a-z]/{print $1}')
[ -n "$subs" ] || fail "no subcommands found in --help"
for s in $subs; do grep -q "^\.It Em $s\$" "$MAN" || fail "the man page lacks the subcommand '$s'"; done
# mandoc/groff: the page renders without warnings about its markup.
if command -v groff > /dev/null; then
  warnings=$(groff -mandoc -Tutf8 -ww "$MAN" 2>&1 > /dev/null | grep -v '^$' || true)
  [ -z "$warnings" ] || fail "groff warns about the man page: $(head -n 3 <<< "$warnings")"
fi
# Completions load in their shells and complete the subcommands.
bash -c "source '$P/share/bash-completion/completions/actorgraph' && complete -p actorgraph" > /dev/null \
  || fail "the bash completion does not load"
COMP_WORDS=(actorgraph val) COMP_CWORD=1 bash -c "
  source '$P/share/bash-completion/completions/actorgraph'
  COMP_WORDS=(actorgraph val); COMP_CWORD=1; COMP_LINE='actorgraph val'; COMP_POINT=\${#COMP_LINE}
  fn=\$(complete -p actorgraph | sed -E 's/.*-F ([^ ]+).*/\1/'); \$fn actorgraph val actorgraph
  printf '%s\n' \"\${COMPREPLY[@]}\"" | grep -qx validate || fail "bash does not complete 'actorgraph val' to validate"
head -n 1 "$P/share/zsh/site-functions/_actorgraph" | grep -q '^#compdef actorgraph' || fail "the zsh completion has no #compdef line"
# zsh and fish for real (installed when missing, as CI can): zsh's compinit finds the function in
# the installed site-functions and binds it to the command; fish completes a subcommand from it.
if ! command -v zsh > /dev/null || ! command -v fish > /dev/null; then
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  echo "install: installing zsh and fish with apt-get, to try the completions in them" >&2
  { $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends zsh fish; } > /dev/null \
    || fail "zsh and fish could not be installed"
fi
zsh -n "$P/share/zsh/site-functions/_actorgraph" || fail "zsh cannot parse its completion"
bound=$(zsh -f -c "fpath=('$P/share/zsh/site-functions' \$fpath); autoload -U compinit; compinit -u -D; print -r -- \${_comps[actorgraph]}")
[ "$bound" = _actorgraph ] || fail "zsh's compinit does not bind _actorgraph to actorgraph (got '$bound')"
fish -n "$P/share/fish/vendor_completions.d/actorgraph.fish" || fail "fish cannot parse its completion"
fish -c "source '$P/share/fish/vendor_completions.d/actorgraph.fish'; complete -C 'actorgraph val'" | cut -f 1 | grep -qx validate \
  || fail "fish does not complete 'actorgraph val' to validate"
fish -c "source '$P/share/fish/vendor_completions.d/actorgraph.fish'; complete -C 'actorgraph render --'" | cut -f 1 | grep -qx -- --focus \
  || fail "fish does not complete render's options"
# Deterministic: a second generation gives the same bytes.
bash scripts/generate-docs.sh "$WORK/again" debug 2> /dev/null
cmp -s "$WORK/again/man/man1/actorgraph.1" "$MAN" || fail "the man page differs between two generations"
cmp -s "$WORK/again/completions/bash/actorgraph" "$P/share/bash-completion/completions/actorgraph" || fail "the bash completion differs"
# PREFIX from the environment, as a user installs (PREFIX=$HOME/.local): the same files there.
mkdir -p "$WORK/home"
PREFIX="$WORK/home/.local" bash scripts/install.sh --debug 2> "$WORK/log" || { cat "$WORK/log" >&2; exit 1; }
for f in bin/actorgraph share/man/man1/actorgraph.1 share/zsh/site-functions/_actorgraph; do
  cmp -s "$WORK/home/.local/$f" "$P/$f" || fail "PREFIX=\$HOME/.local did not install $f as --prefix did"
done
# A prefix that cannot be written (under a regular file, which even root cannot create) is refused
# before building, with exit 1 and the way to install as a user.
touch "$WORK/file"
status=0
PREFIX="$WORK/file/prefix" bash scripts/install.sh --debug 2> "$WORK/refused" || status=$?
[ "$status" -eq 1 ] || fail "an unwritable prefix gave exit $status, not 1"
grep -q 'PREFIX=\$HOME/.local' "$WORK/refused" || fail "the refusal does not say how to install as a user"
! grep -q 'Compiling\|Building' "$WORK/refused" || fail "the refusal came after a build"
echo "install: binary, man page ($(wc -l < "$MAN") lines, $(wc -w <<< "$subs") subcommands) and completions OK"
