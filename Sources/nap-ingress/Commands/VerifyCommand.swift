import ArgumentParser
import Foundation
import IngressCore

/// `verify`: checks the live install from outside (DNS, TLS, HTTP, WebSocket, TURN); writes nothing.
struct VerifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Check the live install from outside: DNS, certificates, routes, long-lived connections, TURN.",
        discussion: "Exit status: 0 no check failed (warnings allowed), 1 a check failed or values.env is invalid, 64 usage error.")

    @OptionGroup var values: ValuesOption
    @OptionGroup var out: OutOption
    @Option(help: ArgumentHelp("The DNS server to ask instead of the system resolver.", valueName: "ADDR[:PORT]")) var resolver: String?
    @Option(help: ArgumentHelp("Extra trusted root(s), PEM (a private CA).", valueName: "PEM")) var caFile: String?
    @Option(help: ArgumentHelp("How long WebSockets stay idle before their message (default: just past the controller's idle timeout; 0 skips the hold).", valueName: "DURATION"))
    var hold: String?
    @Option(help: ArgumentHelp("The bound of each probe.", valueName: "DURATION")) var timeout: String = "5s"
    @Option(help: ArgumentHelp("coturn's static-auth-secret, for a TURN Allocate.", valueName: "SECRET")) var turnSecret: String?
    @Option(help: ArgumentHelp("A TURN user (with --turn-password).", valueName: "USER")) var turnUser: String?
    @Option(help: ArgumentHelp("The TURN user's password.", valueName: "PASSWORD")) var turnPassword: String?
    @Option(help: ArgumentHelp("Re-check until every check passes or this time is up.", valueName: "DURATION")) var wait: String?
    @Option(help: "Output format: text or json.") var format: VerifyFormat = .text
    @Option(name: .customLong("websocket-path"), help: ArgumentHelp("The WebSocket path of a long-lived route (default /); repeatable.", valueName: "ROUTE=PATH"))
    var webSocketPaths: [String] = []
    @Option(help: ArgumentHelp("For labs: the port HTTPS is checked on instead of 443.", valueName: "PORT")) var httpsPort: Int = 443
    @Option(help: ArgumentHelp("For labs: the port HTTP is checked on instead of 80.", valueName: "PORT")) var httpPort: Int = 80

    func validate() throws {
        for (name, text) in [("--timeout", timeout), ("--hold", hold), ("--wait", wait)] {
            if let text, DurationText.parse(text) == nil {
                throw ValidationError("\(name) \"\(text)\" is not a duration; write e.g. 5s, 500ms, 2m.")
            }
        }
        if DurationText.parse(timeout) == .zero { throw ValidationError("--timeout must be more than 0.") }
        if turnSecret != nil && (turnUser != nil || turnPassword != nil) {
            throw ValidationError("give either --turn-secret or --turn-user with --turn-password, not both.")
        }
        if (turnUser == nil) != (turnPassword == nil) { throw ValidationError("--turn-user and --turn-password go together.") }
        for port in [httpsPort, httpPort] where !(1...65535).contains(port) {
            throw ValidationError("port \(port) is not between 1 and 65535.")
        }
        if let resolver, ResolverAddress(resolver) == nil {
            throw ValidationError("--resolver \"\(resolver)\" is not ADDR[:PORT] with an IP address, e.g. 1.1.1.1 or [2606:4700:4700::1111]:53.")
        }
        _ = try routePaths()
    }

    func run() throws {
        VerifyInterrupt.install()
        let workspace = try Console.workspace(values.values, mustExist: true)
        let plan = try Console.plan(workspace)
        guard plan.mode == .external, let hosts = plan.hosts else {
            Console.err("error: verify checks an install behind an ingress; \(values.values) has INGRESS_MODE=\(plan.mode.rawValue) or no TOS_HOST.")
            throw ExitCode(1)
        }
        // The probes run in their own executable (see ProbeProcess); refuse early, before drawing anything.
        if let caFile {
            do { _ = try CAFile.certificates(caFile) } catch {
                Console.err("error: --ca-file \(error.path) \(error.reason).")
                throw ExitCode(1)
            }
        }
        if case .failure(let missing) = ProbeProcess.locate() {
            Console.err("error: \(missing.message)")
            throw ExitCode(1)
        }
        var generator = SystemRandomNumberGenerator()
        let targets = VerifyTargets(plan: plan, previewName: VerifyTargets.randomPreviewName(sandbox: hosts.sandbox, using: &generator))
        let request = ProbeRequest(
            valuesPath: values.values, outFolder: out.out, previewName: targets.previewName, resolver: resolver, caFile: caFile,
            hold: hold.flatMap(DurationText.parse), timeout: DurationText.parse(timeout) ?? .seconds(5),
            httpsPort: httpsPort, httpPort: httpPort, turnSecret: turnSecret, turnUser: turnUser, turnPassword: turnPassword,
            webSocketPaths: Dictionary(uniqueKeysWithValues: try routePaths().map { ($0.key.rawValue, $0.value) }))
        let report = try VerifyConsole.run(request, targets: targets, format: format,
                                           wait: wait.flatMap(DurationText.parse) ?? .zero)
        if report.hasFailures { throw ExitCode(1) }
    }

    /// `--websocket-path main=/ws` by route.
    func routePaths() throws -> [Route.Name: String] {
        var paths: [Route.Name: String] = [:]
        for item in webSocketPaths {
            let parts = item.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2, let name = Route.Name(rawValue: parts[0]), parts[1].hasPrefix("/") else {
                throw ValidationError("--websocket-path \"\(item)\": write ROUTE=/PATH with ROUTE one of \(Route.Name.allCases.map(\.rawValue).joined(separator: ", ")).")
            }
            paths[name] = parts[1]
        }
        return paths
    }
}

/// `--format` of `verify`.
enum VerifyFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}
