#!/usr/bin/env bash
# Whole-process cost of `nap-ingress render` (target: < 30 ms wall, peak RSS < 20 MB).
# Usage: Benchmarks/render-process.sh [RUNS] [BINARY]
#   (builds the binary the README's release build makes first, unless BINARY is given)
set -euo pipefail
cd "$(dirname "$0")/.."
bin="${2:-$(Benchmarks/release-build.sh)}"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$bin" configure --values "$work/values.env" --mode external --domain nap.acme.com --entry 203.0.113.10 --turn-external-ip 203.0.113.20 >/dev/null
python3 - "$bin" "$work" "${1:-50}" <<'PY'
import os, resource, statistics, subprocess, sys, time
bin, work, runs = sys.argv[1], sys.argv[2], int(sys.argv[3])
walls, peaks = [], []
for _ in range(runs):
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    start = time.perf_counter()
    subprocess.run([bin, "render", "--values", f"{work}/values.env", "--out", f"{work}/out"], check=True, stdout=subprocess.DEVNULL)
    walls.append(time.perf_counter() - start)
    peaks.append(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
print(f"render process: median {statistics.median(walls)*1000:.1f} ms wall over {runs} runs (target < 30 ms); "
      f"peak RSS {max(peaks)/1024:.1f} MiB (target < 20 MB)")
PY
