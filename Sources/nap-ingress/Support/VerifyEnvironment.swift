import Foundation
import IngressCore

/// What `verify`'s lab flags say, for the wizard's Verify screen, read from the environment: the
/// wizard takes no flags beyond `--values`/`--out`, and a lab (a private DNS server, a private CA,
/// an ingress on other ports) must be checkable from the wizard as from the command.
enum VerifyEnvironment {
    /// The variables, each meaning what `verify`'s flag of the same name means.
    static let resolver = "NAP_INGRESS_RESOLVER"
    static let caFile = "NAP_INGRESS_CA_FILE"
    static let httpsPort = "NAP_INGRESS_HTTPS_PORT"
    static let httpPort = "NAP_INGRESS_HTTP_PORT"
    /// coturn's static-auth-secret, for the TURN Allocate (`--turn-secret`).
    static let turnSecret = "NAP_INGRESS_TURN_SECRET"

    /// Sets `    /// Sets `request` from what is set; returns one line per value that cannot be used (the run
    /// goes on without it, and the Verify screen shows the line above the matrix). Checked here,
    /// by the core's rules, because the probe process would refuse the whole run instead.
    static func apply(to request: inout ProbeRequest, environment: [String: String] = ProcessInfo.processInfo.environment) -> [String] {
        var problems: [String] = []
        if let text = environment[resolver], !text.isEmpty {
            if ResolverAddress(text) != nil {
                request.resolver = text
            } else {
                problems.append("\(resolver)=\(text) is not ADDR[:PORT] with an IP address (e.g. 127.0.0.1:5353); the system resolver is asked.")
            }
        }
        request.httpsPort = port(httpsPort, else: request.httpsPort, environment, &problems)
        request.httpPort = port(httpPort, else: request.httpPort, environment, &problems)
        if let secret = environment[turnSecret], !secret.isEmpty { request.turnSecret = secret }
        if let ca = environment[caFile], !ca.isEmpty {
            do {
                _ = try CAFile.certificates(ca)
                request.caFile = ca
            } catch {
                // The system roots and render's own CA still count.
                problems.append("\(caFile) \(error.path) \(error.reason).")
            }
        }
        return problems
    }

    /// The port in `name`, or `fallback` (with a line in `problems` when the value is not a port).
    private static func port(_ name: String, else fallback: Int, _ environment: [String: String], _ problems: inout [String]) -> Int {
        guard let text = environment[name], !text.isEmpty else { return fallback }
        if let port = Int(text), (1...65535).contains(port) { return port }
        problems.append("\(name)=\(text) is not a port between 1 and 65535; \(fallback) is checked.")
        return fallback
    }
}
