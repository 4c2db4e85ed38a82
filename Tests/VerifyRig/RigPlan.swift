import IngressCore

/// Plans for the rig: an external install on a test domain whose entry is on loopback.
public enum RigPlan {
    /// A plan from `values` over an external Contour install of `main` with INGRESS_ENTRY `entry`.
    public static func make(main: String = "nap.example.com", entry: String = "127.0.0.1", _ values: [OwnedKey: String] = [:]) -> Plan {
        var all: [OwnedKey: String] = [
            .ingressMode: "external", .tosHost: main, .sandboxDomain: "sandbox.\(main)",
            .controller: "contour", .entry: entry, .tlsSource: "self-signed", .sandboxTLSSource: "self-signed",
        ]
        for (key, value) in values { all[key] = value }
        let (plan, diagnostics) = Plan.make(Config(values: all))
        guard let plan else { fatalError("the rig's values do not make a plan: \(diagnostics)") }
        return plan
    }

    /// The dns-records.zone that `render` writes for `plan`.
    public static func renderedZone(_ plan: Plan) -> String {
        guard let file = RenderBundle.files(for: plan).first(where: { $0.path.hasSuffix("dns-records.zone") }) else {
            fatalError("render wrote no dns-records.zone")
        }
        return file.text
    }
}
