#!/usr/bin/env bash
# Runs the example pre-commit hook (examples/ci/pre-commit) for real, in throw-away git
# repositories holding a copy of this repository's graphs/ and diagrams/, and checks that it
# judges what is STAGED:
#   - a staged broken file with a clean work tree fails;
#   - a staged good file with a broken unstaged edit passes;
#   - `git commit -a` with that broken edit fails (the hook reads the index git hands it);
#   - a staged data change whose diagrams are stale fails, and passes once rebuilt and staged;
#   - a commit that stages nothing under graphs/ or diagrams/ does not run the tool;
#   - 40,001 staged files still run the check (a pipe closed early used to skip it).
# Usage: bash tests/examples/pre-commit.sh   (after `swift build`; ACTORGRAPH overrides the tool,
# HOOK the hook under test). Prints one line per case and "N passed, N failed".
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
ag=${ACTORGRAPH:-$root/.build/debug/actorgraph}
hook=${HOOK:-$root/examples/ci/pre-commit}
[ -x "$ag" ] || { echo "pre-commit test: $ag not found; run 'swift build' first" >&2; exit 1; }
ag=$(cd "$(dirname "$ag")" && pwd)/$(basename "$ag")

# A repository of its own: no global or system git configuration, a fixed identity.
export GIT_CONFIG_NOSYSTEM=1 GIT_CONFIG_GLOBAL=/dev/null
export GIT_AUTHOR_NAME=test GIT_AUTHOR_EMAIL=test@example.invalid
export GIT_COMMITTER_NAME=test GIT_COMMITTER_EMAIL=test@example.invalid
export ACTORGRAPH=$ag

tmp=$(mktemp -d "${TMPDIR:-/tmp}/pre-commit-test.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
passed=0
failed=0
pass() {
  echo "ok - $1"
  passed=$((passed + 1))
}
fail() {
  echo "not ok - $1" >&2
  failed=$((failed + 1))
}

# new_repo DIR: graphs/ and diagrams/ as committed here, the hook installed, a first commit made
# through the hook (on an unborn branch, which the hook must handle too).
new_repo() {
  local repo=$1
  git init -q -b main "$repo"
  (cd "$root" && git ls-files -z graphs diagrams >"$tmp/files")
  (cd "$root" && tar --null -T "$tmp/files" -cf -) | tar -xf - -C "$repo"
  cp "$hook" "$repo/.git/hooks/pre-commit"
  chmod +x "$repo/.git/hooks/pre-commit"
  git -C "$repo" add -A
  git -C "$repo" commit -q -m "seed data" >"$tmp/log" 2>&1 || {
    cat "$tmp/log" >&2
    echo "pre-commit test: the hook refused the unchanged data; is the tool built from this tree?" >&2
    exit 1
  }
}

# commit_should NAME pass|fail REPO [git commit args...]: runs `git commit` (hook included).
commit_should() {
  local name=$1 want=$2 repo=$3
  shift 3
  local got=pass
  git -C "$repo" commit -q -m "$name" "$@" >"$tmp/log" 2>&1 || got=fail
  if [ "$got" = "$want" ]; then pass "$name"; else
    fail "$name (expected the commit to $want, it did $got)"
    sed 's/^/    /' "$tmp/log" >&2
  fi
}

rel=graphs/iraq-2026/relations.yaml
actors=graphs/iraq-2026/actors.yaml

# 1. Staged broken file, clean work tree: the commit fails.
r=$tmp/r1
new_repo "$r"
cp "$r/$rel" "$tmp/good"
printf 'relations: [\n' >"$r/$rel"
git -C "$r" add "$rel"
cp "$tmp/good" "$r/$rel"
commit_should "staged broken file, clean work tree: refused" fail "$r"
if grep -q "validate" "$tmp/log"; then pass "the refusal names validate"; else fail "the refusal names validate"; fi

# 2. Staged good change, broken unstaged edit: the commit passes.
git -C "$r" reset -q
printf '# reviewed\n' >>"$r/$rel"
git -C "$r" add "$rel"
printf 'relations: [\n' >"$r/$rel"
commit_should "staged good file, broken unstaged edit: accepted" pass "$r"
if [ "$(git -C "$r" show HEAD:"$rel" | tail -n 1)" = "# reviewed" ]; then
  pass "the good version was committed"
else fail "the good version was committed"; fi

# 3. `git commit -a` stages that broken edit (in a temporary index): the commit fails.
commit_should "git commit -a with the broken edit: refused" fail "$r" -a
cp "$tmp/good" "$r/$rel"
printf '# reviewed\n' >>"$r/$rel"

# 4. A data change that makes diagrams stale fails; rebuilt and staged, it passes.
sed -i 's/^    name: Iran$/    name: Iran (test)/' "$r/$actors"
git -C "$r" add "$actors"
commit_should "staged data change with stale diagrams: refused" fail "$r"
if grep -q "stale" "$tmp/log"; then pass "the refusal says the diagrams are stale"; else fail "the refusal says the diagrams are stale"; fi
(cd "$r" && "$ag" build >/dev/null 2>&1)
git -C "$r" add -A
commit_should "same change with rebuilt diagrams staged: accepted" pass "$r"

# 5. Nothing staged under graphs/ or diagrams/: the tool is not run (a failing tool stands in).
printf 'notes\n' >"$r/README"
git -C "$r" add README
ACTORGRAPH=/bin/false commit_should "no data staged: the tool is not run" pass "$r"

# 6. 40,001 staged files under graphs/ and one broken data file: the check still runs and fails.
#    The old hook's `git diff --cached --name-only | grep -q` closed the pipe at the first match,
#    git died of SIGPIPE, pipefail turned that into "nothing staged" and the commit passed.
mkdir -p "$r/graphs/zz-bulk"
for ((i = 0; i <= 40000; i++)); do printf '%d\n' "$i" >"$r/graphs/zz-bulk/note-$i.txt"; done
printf 'relations: [\n' >"$r/$rel"
git -C "$r" add -A
commit_should "40,001 staged files and a broken one: refused" fail "$r"
cp "$tmp/good" "$r/$rel"
printf '# reviewed\n' >>"$r/$rel"
git -C "$r" add -A
commit_should "40,001 staged files, all good: accepted" pass "$r"
n=$(git -C "$r" ls-tree -r --name-only HEAD -- graphs/zz-bulk | wc -l)
if [ "$n" -eq 40001 ]; then pass "all 40,001 files were committed"; else fail "all 40,001 files were committed ($n)"; fi

echo "pre-commit hook: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
