#!/usr/bin/env bash
# The wizard's first frame with and without the background cluster discovery, side by side in
# one run (discovery must not delay it), and how long until the proposal from the cluster shows.
# The cluster is the tests' stand-in API server with the real kubectl.
# Usage: Benchmarks/wizard-discovery.sh [RUNS] [BINARY]   (default 10 runs, .build/debug/nap-ingress)
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-10}" bin="${2:-.build/debug/nap-ingress}"
[ -x "$bin" ] || swift build --product nap-ingress >/dev/null
. Benchmarks/standin.sh
standin_start k3s-traefik
python3 - "$bin" "$runs" "$work" <<'PY'
import fcntl, os, pty, select, signal, statistics, struct, sys, termios, time
bin, runs, work = os.path.abspath(sys.argv[1]), int(sys.argv[2]), sys.argv[3]

def once(kubeconfig, markers):
    """Seconds from fork to each marker on the terminal (None when it never came)."""
    env = dict(os.environ, TERM="xterm-256color", LANG="C.UTF-8", HOME=work, KUBECONFIG=kubeconfig)
    env.pop("NO_COLOR", None)
    start = time.perf_counter()
    pid, fd = pty.fork()
    if pid == 0:
        fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", 30, 120, 0, 0))
        os.chdir(work)
        os.execve(bin, [bin, "--values", os.path.join(work, "values.env")], env)
    seen, times = b"", [None] * len(markers)
    deadline = start + 10
    while time.perf_counter() < deadline and None in times:
        ready, _, _ = select.select([fd], [], [], 0.2)
        if ready:
            try:
                seen += os.read(fd, 65536)
            except OSError:
                break
        for i, marker in enumerate(markers):
            if times[i] is None and marker in seen:
                times[i] = time.perf_counter() - start
    os.kill(pid, signal.SIGKILL)
    os.waitpid(pid, 0)
    os.close(fd)
    return times

first = b"What do you want"
off, on, proposal = [], [], []
for _ in range(runs):
    off.append(once(os.path.join(work, "missing-kubeconfig"), [first])[0])
    t = once(os.path.join(work, "kubeconfig"), [first, b"cluster: traefik"])
    on.append(t[0])
    if t[1] is not None:
        proposal.append(t[1])
ms = lambda xs: f"{statistics.median(xs)*1000:.1f} ms" if xs else "never"
print(f"first frame without a cluster: median {ms(off)}; with discovery running: median {ms(on)} ({runs} runs each, alternating)")
print(f"proposal from the cluster on the screen: median {ms(proposal)} after start ({len(proposal)}/{runs} runs)")
PY
