#!/usr/bin/env bash
# Builds nap-ingress the way the README tells operators to build it, and prints the binary's path.
#   --static-swift-stdlib        the Swift runtime and Foundation linked in: no loading and binding
#                                of a dozen shared libraries at every start (about a third of it)
#   -use-ld=lld, pack-relative-relocs
#                                the ~90,000 relative relocations of a position-independent
#                                executable stored as a 17 KB bitmap (DT_RELR, glibc >= 2.36)
#                                instead of a 2.2 MB table read at every start
#   --no-export-dynamic          the executable's own 13,800 symbols kept out of the dynamic
#                                symbol table (the toolchain exports them by default; nothing in
#                                nap-ingress looks them up); with the two above, -2.7 MiB peak RSS
#   libstdc++ linked in          the C++ runtime that the Swift runtime, Foundation's ICU and
#                                BoringSSL use, taken from GCC's libstdc++.a instead of loading
#                                libstdc++.so.6 and binding its ~1,700 symbols at every start:
#                                -1.0 MiB peak RSS at the wizard's first frame. A `-lstdc++` is
#                                found first as the linker script in .build/static-libstdc++,
#                                which names the archive (`-Xswiftc -L`: the link step puts it
#                                ahead of the system folders; `-Xlinker -L` would come after
#                                them). Without g++'s libstdc++.a the build keeps the shared one.
# Builds verify's probe executable (nap-ingress-probe) beside it: nap-ingress looks for it there.
# Usage: Benchmarks/release-build.sh   (extra arguments go to `swift build`)
set -euo pipefail
cd "$(dirname "$0")/.."
flags=(-c release --static-swift-stdlib
       -Xswiftc -use-ld=lld -Xlinker -z -Xlinker pack-relative-relocs -Xlinker --no-export-dynamic)
archive=$(g++ -print-file-name=libstdc++.a 2>/dev/null || true)
if [ -f "$archive" ]; then
    mkdir -p .build/static-libstdc++
    printf 'INPUT(%s)\n' "$archive" > .build/static-libstdc++/libstdc++.so
    flags+=(-Xswiftc -L -Xswiftc "$(pwd)/.build/static-libstdc++")
else
    echo "release-build.sh: no libstdc++.a (g++ missing): linking the shared libstdc++" >&2
fi
swift build "${flags[@]}" --product nap-ingress "$@" >&2
swift build "${flags[@]}" --product nap-ingress-probe "$@" >&2
echo "$(swift build "${flags[@]}" "$@" --show-bin-path)/nap-ingress"
