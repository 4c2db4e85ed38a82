#!/usr/bin/env bash
# Whole `nap-ingress discover` against the stand-in API server of the tests, with the real
# kubectl (target: < 1 s wall per discovery; the `silent` scenario measures how long giving up
# on an API server that never answers takes). Usage: Benchmarks/discover.sh [RUNS] [SCENARIO] [BINARY]
#   (SCENARIO: a file of Tests/EndToEndTests/DiscoverFixtures, default k3s-traefik;
#    BINARY: default .build/debug/nap-ingress, built with `swift build` first)
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-10}" scenario="${2:-k3s-traefik}" bin="${3:-.build/debug/nap-ingress}"
[ -x "$bin" ] || swift build --product nap-ingress >/dev/null
. Benchmarks/standin.sh
standin_start "$scenario"
HOME="$work" KUBECONFIG="$kubeconfig" python3 - "$bin" "$runs" "$work" <<'PY'
import statistics, subprocess, sys, time
bin, runs, work = sys.argv[1], int(sys.argv[2]), sys.argv[3]
walls, statuses = [], set()
for _ in range(runs):
    start = time.perf_counter()
    done = subprocess.run([bin, "discover", "--values", f"{work}/none.env", "--format", "json"],
                          stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    walls.append(time.perf_counter() - start)
    statuses.add(done.returncode)
print(f"discover: median {statistics.median(walls)*1000:.0f} ms, max {max(walls)*1000:.0f} ms wall over {runs} runs, "
      f"exit {sorted(statuses)} (target < 1000 ms for a cluster that answers; the silent scenario measures giving up)")
PY
