#!/usr/bin/env bash
# Where a binary's resident memory at the wizard's first frame comes from: starts each BINARY in a
# 100x30 pseudo-terminal (first install, empty folder), waits for the first frame, and prints the
# resident KiB per mapping (the binary's own segments by permission, shared libraries, heap, stack)
# from /proc/PID/smaps, plus minor page faults and the loader's relocation statistics
# (LD_DEBUG=statistics). Median over RUNS starts (default 5). Compare two builds side by side:
#   Benchmarks/startup-memory.sh OLD_BINARY NEW_BINARY
set -euo pipefail
[ $# -ge 1 ] || { echo "usage: $0 BINARY..." >&2; exit 64; }
python3 - "${RUNS:-5}" "$@" <<'PY'
import os, pty, select, signal, statistics, struct, subprocess, sys, tempfile, time, fcntl, termios

runs, binaries = int(sys.argv[1]), sys.argv[2:]
env = dict(os.environ, TERM="xterm-256color", LANG="C.UTF-8")
env.pop("NO_COLOR", None)

def once(path, work):
    pid, fd = pty.fork()
    if pid == 0:
        fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", 30, 100, 0, 0))
        os.chdir(work)
        os.execvpe(path, [path, "--values", "values.env", "--out", "ingress"], env)
    seen, deadline = b"", time.time() + 10
    while time.time() < deadline and b"What do you want" not in seen:
        r, _, _ = select.select([fd], [], [], 0.5)
        if r:
            try:
                seen += os.read(fd, 65536)
            except OSError:
                break
    rss = {}
    with open(f"/proc/{pid}/smaps") as f:
        current = None
        for line in f:
            fields = line.split()
            if "-" in fields[0] and len(fields) >= 5 and ":" not in fields[0]:
                lo, hi = (int(x, 16) for x in fields[0].split("-"))
                name = fields[5] if len(fields) > 5 else "[anon]"
                current = (lo, hi, int(fields[2], 16), name, fields[1])
            elif fields[0] == "Rss:" and current:
                key = (os.path.basename(current[3]), current[4])
                rss[key] = rss.get(key, 0) + int(fields[1])
    with open(f"/proc/{pid}/stat") as f:
        minflt = int(f.read().rsplit(")", 1)[1].split()[7])
    with open(f"/proc/{pid}/status") as f:
        hwm = next(int(l.split()[1]) for l in f if l.startswith("VmHWM"))
    os.kill(pid, signal.SIGTERM)
    while True:
        try:
            r, _, _ = select.select([fd], [], [], 0.2)
            if not r or not os.read(fd, 65536):
                break
        except OSError:
            break
    os.waitpid(pid, 0)
    os.close(fd)
    return rss, minflt, hwm

for path in binaries:
    path = os.path.abspath(path)
    with tempfile.TemporaryDirectory() as work:
        samples = [once(path, work) for _ in range(runs)]
    keys = sorted({k for s in samples for k in s[0]}, key=lambda k: -statistics.median(s[0].get(k, 0) for s in samples))
    print(f"== {path}  ({os.path.getsize(path) / 1e6:.1f} MB)")
    print(f"   peak RSS {statistics.median(s[2] for s in samples) / 1024:.1f} MiB, "
          f"minor page faults {statistics.median(s[1] for s in samples):.0f} (median of {runs})")
    for key in keys[:14]:
        kib = statistics.median(s[0].get(key, 0) for s in samples)
        if kib >= 64:
            print(f"   {kib:8.0f} KiB  {key[0]} {key[1]}")
    stats = subprocess.run([path, "--version"], env=dict(env, LD_DEBUG="statistics"), capture_output=True, text=True).stderr
    for line in stats.splitlines():
        if "relocations:" in line or "startup time" in line:
            print("   loader: " + line.split(":", 1)[1].strip())
            if "final" in line:
                break
PY
