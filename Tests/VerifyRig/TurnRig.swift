import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// coturn's `turnserver` on 127.0.0.1 at a free port with `static-auth-secret` and a relay
/// range, started and stopped by the test (`stop()` or release).
public final class TurnRig: @unchecked Sendable {
    public static let executable = ServerProcess.installed(["/usr/bin/turnserver", "/usr/sbin/turnserver"])
    public static let secret = "rig-secret-4711"
    public let port: Int
    public let relayPorts: ClosedRange<Int>
    public let server: ServerProcess
    /// Where it listens and relays: 127.0.0.1, or the inner address of `namespace`.
    public let host: String

    /// `externalIP` is coturn's `external-ip` (nil: none, relayed addresses are 127.0.0.1);
    /// `udp: false` starts no UDP listener (`no-udp`), so the port answers on TCP only;
    /// with `namespace`, it runs inside that namespace on its inner address.
    public init(externalIP: String? = nil, udp: Bool = true, port: Int? = nil, namespace: NetnsRig? = nil) throws {
        guard let turnserver = Self.executable else { throw RigError.notInstalled("turnserver (Debian package coturn)") }
        let directory = try ServerProcess.temporaryDirectory("nap-turn")
        self.port = port ?? ServerProcess.freePort()
        // A 16-port relay range at a random place well away from the ephemeral range's busy start.
        let base = Int.random(in: 20_000...28_000)
        relayPorts = base...(base + 15)
        let host = namespace?.innerAddress ?? "127.0.0.1"
        self.host = host
        var arguments = [
            "-n", "--listening-ip=\(host)", "--relay-ip=\(host)", "--listening-port=\(self.port)",
            "--min-port=\(relayPorts.lowerBound)", "--max-port=\(relayPorts.upperBound)",
            "--use-auth-secret", "--static-auth-secret=\(Self.secret)", "--realm=nap.test",
            "--no-tls", "--no-dtls", "--no-cli", "--allow-loopback-peers", "--no-stdout-log", "--simple-log",
            "--pidfile=\(directory.path)/turn.pid", "--log-file=\(directory.path)/turn.log",
            "--userdb=\(directory.path)/turndb",
        ]
        if let externalIP { arguments.append("--external-ip=\(externalIP)") }
        if !udp { arguments.append("--no-udp") }
        let (executable, wrapped) = namespace?.wrap(turnserver, arguments) ?? (turnserver, arguments)
        server = try ServerProcess(executable: executable, arguments: wrapped, directory: directory, name: "turnserver")
        let port = self.port
        let up = ServerProcess.waitUntil(timeout: 20) {
            (ServerProcess.acceptsTCP(port, host: host) && (!udp || ServerProcess.answersSTUNOverUDP(port, host: host))) || !server.process.isRunning
        }
        guard up, server.process.isRunning else {
            let log = server.log + ((try? String(contentsOfFile: "\(directory.path)/turn.log", encoding: .utf8)) ?? "")
            server.stop()
            throw RigError.didNotStart("turnserver", log)
        }
    }

    /// coturn's own log (its `--log-file`).
    public var log: String { (try? String(contentsOf: server.directory.appendingPathComponent("turn.log"), encoding: .utf8)) ?? "" }

    /// coturn started by Foundation's Process ignores SIGTERM for seconds: a test server with
    /// only temporary files is simply killed.
    public func stop() { server.stop(signal: SIGKILL) }
}
