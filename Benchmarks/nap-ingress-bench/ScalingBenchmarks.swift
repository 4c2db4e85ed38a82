import Foundation
import IngressCore

/// In-process scaling figures that a process start would drown (Benchmarks/scaling.sh runs the
/// file-sized ones through the binary): an over-long main domain is refused on its length alone.
func runScalingBenchmarks() {
    _ = PublicSuffixList.shared
    let huge = Array(repeating: "a", count: 60_000).joined(separator: ".") + ".com"
    let unicode = Array(repeating: "ü", count: 60_000).joined(separator: ".") + ".de"
    for (name, domain) in [("60,000 ASCII labels", huge), ("60,000 Unicode labels", unicode)] {
        var codes: [String] = []
        let median = Measure.median(runs: 50) { codes = DomainName.analyze(domain).1.map(\.code) }
        let verdict = median < 0.010 ? "ok" : "MISSED"
        print(String(format: "%@ (%d bytes) refused %@: median %.3f ms (target < 10 ms: %@)",
                     name, domain.utf8.count, codes.description, median * 1000, verdict))
    }
}
