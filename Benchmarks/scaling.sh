#!/usr/bin/env bash
# Cost must grow with the input, never with its square. Generates the inputs, runs the release
# binary (Benchmarks/release-build.sh) on them, and prints wall time and peak RSS against each
# target (issue 11):
#   values.env of 100,000 lines through `check`, `configure` and `configure --dry-run`:
#       under 1 s and 64 MiB each
#   a main domain of 60,000 labels refused: under 10 ms (in process: nap-ingress-bench scaling)
# Usage: Benchmarks/scaling.sh [LINES]   (RUNS=3: the median of RUNS runs is shown;
#        SCRATCH=DIR builds in DIR instead of .build, e.g. beside a debug build in use)
set -euo pipefail
cd "$(dirname "$0")/.."
lines="${1:-100000}"
runs="${RUNS:-3}"
scratch=(); [ -n "${SCRATCH:-}" ] && scratch=(--scratch-path "$SCRATCH")
binary="$(Benchmarks/release-build.sh "${scratch[@]}")"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

# An install.sh-style values.env: the platform's keys, then LINES lines of the operator's own
# keys, comments and quoted values (what a long generated or merged file holds).
python3 - "$tmp/values.env" "$lines" <<'PY'
import sys
path, lines = sys.argv[1], int(sys.argv[2])
out = ["INGRESS_MODE=external", "TOS_HOST=nap.acme.com", "SANDBOX_DOMAIN=sandbox.nap.acme.com",
       "TOS_NODE_PORT=30300", "BROWSER_NODE_PORT=30305", "SANDBOX_NODE_PORT=30306",
       "INGRESS_CONTROLLER=contour", "INGRESS_ENTRY=203.0.113.10"]
i = 0
while len(out) < lines:
    kind = i % 4
    if kind == 0: out.append(f"# setting {i}")
    elif kind == 1: out.append(f"OPERATOR_KEY_{i}=value-{i}")
    elif kind == 2: out.append(f'export OPERATOR_QUOTED_{i}="a value with spaces {i}"')
    else: out.append(f"OPERATOR_SINGLE_{i}='single {i}'")
    i += 1
open(path, "w").write("\n".join(out) + "\n")
PY

python3 - "$binary" "$tmp" "$runs" <<'PY'
import os, resource, shutil, statistics, subprocess, sys, time
binary, tmp, runs = sys.argv[1], sys.argv[2], int(sys.argv[3])
original = os.path.join(tmp, "values.env")
cases = [
    ("check", ["check"]),
    ("configure --dry-run", ["configure", "--dry-run", "--domain", "nap.other.com", "--entry", "198.51.100.7"]),
    ("configure", ["configure", "--domain", "nap.other.com", "--entry", "198.51.100.7"]),
]

def run(args):
    work = os.path.join(tmp, "work")
    shutil.rmtree(work, ignore_errors=True)
    os.mkdir(work)
    shutil.copy(original, os.path.join(work, "values.env"))
    start = time.perf_counter()
    pid = os.fork()
    if pid == 0:
        os.chdir(work)
        fd = os.open(os.devnull, os.O_WRONLY)
        os.dup2(fd, 1); os.dup2(fd, 2)
        os.execv(binary, [binary] + args)
    _, status, usage = os.wait4(pid, 0)
    elapsed = time.perf_counter() - start
    code = os.waitstatus_to_exitcode(status)
    return elapsed, usage.ru_maxrss / 1024, code

print(f"values.env: {sum(1 for _ in open(original))} lines, {os.path.getsize(original) / 1048576:.1f} MiB")
for name, args in cases:
    samples = [run(args) for _ in range(runs)]
    t = statistics.median(s[0] for s in samples)
    rss = max(s[1] for s in samples)
    codes = sorted({s[2] for s in samples})
    ok = t < 1.0 and rss < 64
    print(f"  {name:22s} {t * 1000:8.1f} ms  peak {rss:6.1f} MiB  exit {codes}  "
          f"(target < 1000 ms, < 64 MiB: {'ok' if ok else 'MISSED'})")
PY

echo "main domain of 60,000 labels (in process):"
flags=(-c release --static-swift-stdlib
       -Xswiftc -use-ld=lld -Xlinker -z -Xlinker pack-relative-relocs -Xlinker --no-export-dynamic)
swift build "${flags[@]}" "${scratch[@]}" --product nap-ingress-bench >&2
"$(swift build "${flags[@]}" "${scratch[@]}" --show-bin-path)/nap-ingress-bench" scaling | sed 's/^/  /'
