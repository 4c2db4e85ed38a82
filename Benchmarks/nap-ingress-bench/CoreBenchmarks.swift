import Foundation
import IngressCore

/// Parse + validate + plan + render every output for one config, in process (target < 1 ms).
func runCoreBenchmarks() {
    let text = """
        # platform values
        INGRESS_MODE=external
        TOS_HOST=nap.acme.com
        SANDBOX_DOMAIN=sandbox.nap.acme.com
        TOS_NODE_PORT=30300
        BROWSER_NODE_PORT=30305
        SANDBOX_NODE_PORT=30306
        INGRESS_CONTROLLER=contour
        INGRESS_ENTRY=203.0.113.10
        PUBLIC_URL="https://${TOS_HOST}"

        """
    // The suffix list is read once per process; load it outside the timed loop.
    _ = PublicSuffixList.shared
    var sink = 0
    let median = Measure.median(runs: 2000) {
        let file = ValuesFile(text: text)
        let (plan, _) = Plan.make(Config(file: file))
        for output in RenderBundle.files(for: plan!) { sink &+= output.contents.count }
    }
    print(String(format: "core: parse + validate + plan + render all outputs: median %.3f ms (target < 1 ms)", median * 1000))
    let file = ValuesFile(text: text)
    let config = Config(file: file)
    let plan = Plan.make(config).0!
    let parts: [(String, () -> Void)] = [
        ("parse values.env", { sink &+= ValuesFile(text: text).assignments.count }),
        ("validate", { sink &+= Validator.validate(config).count }),
        ("plan (incl. validate)", { sink &+= Plan.make(config).0!.routes.count }),
        ("render all outputs", { sink &+= RenderBundle.files(for: plan).count }),
    ]
    for (name, body) in parts {
        print(String(format: "  %@: median %.3f ms", name, Measure.median(runs: 500, body) * 1000))
    }
    if sink == 42 { print("") }
}

/// Timing helper: median wall time of `runs` calls, after a warm-up.
enum Measure {
    static func median(runs: Int, _ body: () -> Void) -> Double {
        for _ in 0..<max(10, runs / 20) { body() }
        var samples: [Double] = []
        samples.reserveCapacity(runs)
        for _ in 0..<runs {
            let start = DispatchTime.now().uptimeNanoseconds
            body()
            samples.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
        }
        samples.sort()
        return samples[samples.count / 2]
    }
}
