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
# Usage: Benchmarks/release-build.sh   (extra arguments go to `swift build`)
set -euo pipefail
cd "$(dirname "$0")/.."
flags=(-c release --static-swift-stdlib
       -Xswiftc -use-ld=lld -Xlinker -z -Xlinker pack-relative-relocs -Xlinker --no-export-dynamic)
swift build "${flags[@]}" --product nap-ingress "$@" >&2
echo "$(swift build "${flags[@]}" "$@" --show-bin-path)/nap-ingress"
