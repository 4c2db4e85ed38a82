#!/usr/bin/env bash
# Start to first frame in a pseudo-terminal (100x30), side by side in one run:
#   a minimal C ncurses program (compiled here into a temp dir), `whiptail --inputbox`,
#   and the nap-ingress wizard built the way the README tells operators to build it
#   (Benchmarks/release-build.sh). Prints the median of RUNS starts and the peak RSS.
# Usage: Benchmarks/first-frame.sh [BINARY...]   (RUNS=20 by default)
#   BINARY...          more nap-ingress binaries to measure in the same run
#   SCRATCH=DIR        build in DIR instead of .build (e.g. beside a debug build in use)
#   EXISTING=1         start on an existing external install (its domain is analysed at start)
#   NAP_INGRESS_BINARY=PATH  measure this release binary instead of building one
#   COMPARE_DYNAMIC=1  also build and measure the plain `swift build -c release` binary
#                      (dynamically linked Swift runtime; built once in .build-dynamic)
#   SWIFT_BASELINES=1  also measure two Swift programs that only print one line and wait, built
#                      with the release flags: one linking FoundationEssentials, one full
#                      Foundation (what Yams and swift-crypto pull in): the cost of reaching main
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${RUNS:-20}"
scratch=(); [ -n "${SCRATCH:-}" ] && scratch=(--scratch-path "$SCRATCH")  # SCRATCH=DIR: build in DIR
binaries=("${NAP_INGRESS_BINARY:-$(Benchmarks/release-build.sh "${scratch[@]}")}")
labels=("nap-ingress (release)")
if [ "${COMPARE_DYNAMIC:-0}" = 1 ]; then
    swift build -c release --product nap-ingress --scratch-path .build-dynamic >&2
    binaries+=("$(swift build -c release --scratch-path .build-dynamic --show-bin-path)/nap-ingress")
    labels+=("nap-ingress (dynamic)")
fi
for extra in "$@"; do
    binaries+=("$extra")
    labels+=("$(basename "$(dirname "$extra")")/$(basename "$extra")")
done
command -v whiptail >/dev/null || { echo "whiptail is missing (apt-get install whiptail)" >&2; exit 1; }
command -v cc >/dev/null || { echo "a C compiler is missing" >&2; exit 1; }

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
cat > "$tmp/first.c" <<'C'
#include <ncurses.h>
#include <locale.h>
int main(void) {
    setlocale(LC_ALL, "");
    initscr();
    mvaddstr(0, 0, "ready: a minimal curses program");
    refresh();
    getch();
    endwin();
    return 0;
}
C
cc -O2 -o "$tmp/first" "$tmp/first.c" -lncursesw
baselines=()
if [ "${SWIFT_BASELINES:-0}" = 1 ]; then
    for module in FoundationEssentials Foundation; do
        printf 'import %s\nimport Glibc\n_ = Data([1]).count\nprint("ready: reached main")\nfflush(stdout)\npause()\n' "$module" > "$tmp/$module.swift"
        swiftc -O -static-stdlib -use-ld=lld -Xlinker -z -Xlinker pack-relative-relocs -Xlinker --no-export-dynamic \
            -module-cache-path "$tmp/cache" "$tmp/$module.swift" -o "$tmp/swift-$module" >&2
        baselines+=("Swift main, $module linked" "$tmp/swift-$module")
    done
fi

pairs=()
for i in "${!binaries[@]}"; do pairs+=("${labels[$i]}" "${binaries[$i]}"); done
python3 - "$runs" "$tmp" "${#baselines[@]}" "${baselines[@]}" "${pairs[@]}" <<'PY'
import fcntl, os, pty, select, signal, statistics, struct, sys, termios, time

runs, tmp, nbase = int(sys.argv[1]), sys.argv[2], int(sys.argv[3])
work = os.path.join(tmp, "work")
os.makedirs(work, exist_ok=True)
if os.environ.get("EXISTING") == "1":
    # An existing external install: the start analyses its main domain (public suffix list).
    with open(os.path.join(work, "values.env"), "w") as f:
        f.write("INGRESS_MODE=external\nTOS_HOST=nap.acme.co.uk\nSANDBOX_DOMAIN=sandbox.nap.acme.co.uk\n"
                "INGRESS_CONTROLLER=contour\nINGRESS_ENTRY=203.0.113.10\n")
programs = [
    ("C ncurses (one line)", [os.path.join(tmp, "first")], b"ready"),
    ("whiptail --inputbox", ["whiptail", "--inputbox", "Main domain", "10", "60", "nap.acme.com"], b"Main domain"),
]
base = sys.argv[4:4 + nbase]
for label, binary in zip(base[0::2], base[1::2]):
    programs.append((label, [binary], b"reached main"))
first_wizard = len(programs)
rest = sys.argv[4 + nbase:]
for label, binary in zip(rest[0::2], rest[1::2]):
    programs.append((label, [os.path.abspath(binary), "--values", os.path.join(work, "values.env"),
                             "--out", os.path.join(work, "ingress")], b"What do you want"))
env = dict(os.environ, TERM="xterm-256color", LANG="C.UTF-8")
env.pop("NO_COLOR", None)

def once(argv, marker):
    """Seconds from fork to the marker on the terminal, and peak RSS in KiB."""
    start = time.perf_counter()
    pid, fd = pty.fork()
    if pid == 0:
        fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", 30, 100, 0, 0))
        os.chdir(work)
        os.execvpe(argv[0], argv, env)
    seen, elapsed = b"", None
    deadline = start + 10
    while time.perf_counter() < deadline:
        ready, _, _ = select.select([fd], [], [], 0.5)
        if not ready:
            continue
        try:
            chunk = os.read(fd, 65536)
        except OSError:
            break
        if not chunk:
            break
        seen += chunk
        if marker in seen:
            elapsed = time.perf_counter() - start
            break
    # VmHWM starts afresh at exec, so it is the program's own peak (ru_maxrss would include
    # the forked Python before exec).
    peak = 0
    try:
        with open(f"/proc/{pid}/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    peak = int(line.split()[1])
    except OSError:
        pass
    os.kill(pid, signal.SIGTERM)
    # Drain so the child is never stuck writing while it restores the terminal.
    while True:
        try:
            r, _, _ = select.select([fd], [], [], 0.2)
            if not r or not os.read(fd, 65536):
                break
        except OSError:
            break
    os.waitpid(pid, 0)
    os.close(fd)
    return elapsed, peak

results = {name: ([], []) for name, _, _ in programs}
for _ in range(runs):
    for name, argv, marker in programs:  # interleaved: all of them see the same machine load
        elapsed, rss = once(argv, marker)
        if elapsed is not None:
            results[name][0].append(elapsed * 1000)
        results[name][1].append(rss)

print(f"start to first frame in a 100x30 pseudo-terminal, median of {runs} (interleaved):")
width = max(len(name) for name, _, _ in programs) + 1
print(f"{'program':<{width}} {'median ms':>10} {'min ms':>8} {'peak RSS MiB':>13}")
for name, _, _ in programs:
    times, rss = results[name]
    if not times:
        print(f"{name:<{width}} {'no frame':>10}")
        continue
    print(f"{name:<{width}} {statistics.median(times):>10.1f} {min(times):>8.1f} {max(rss) / 1024:>13.1f}")

whiptail, release = results["whiptail --inputbox"], results[programs[first_wizard][0]]
if whiptail[0] and release[0]:
    ratio = statistics.median(release[0]) / statistics.median(whiptail[0])
    peak = max(release[1]) / 1024
    print(f"{programs[first_wizard][0]}: {ratio:.2f}x whiptail (target <= 1.0x: {'met' if ratio <= 1.0 else 'MISSED'}), "
          f"peak RSS {peak:.1f} MiB (target < 12 MiB: {'met' if peak < 12 else 'MISSED'})")
PY
