import Foundation

/// `named` (bind9) on 127.0.0.1 at a free port, authoritative for the zones a test gives it
/// and nothing else (no recursion): verify's DNS probes and the nginx tests ask it with
/// `--resolver 127.0.0.1:<port>`. Stopped by `stop()` or when released.
public final class NamedRig: @unchecked Sendable {
    /// One zone: its origin and records (absolute names, e.g. `render`'s dns-records.zone).
    public struct Zone: Sendable {
        public var origin: String
        public var records: String
        /// The SOA MINIMUM: how long resolvers cache a negative answer (RFC 2308).
        public var negativeTTL: Int
        /// A secondary zone whose primary never answers: named answers SERVFAIL for every name in it.
        public var unloadable: Bool = false
        public init(origin: String, records: String, negativeTTL: Int = 120, unloadable: Bool = false) {
            self.origin = origin
            self.records = records
            self.negativeTTL = negativeTTL
            self.unloadable = unloadable
        }

        /// The zone file: SOA and NS, then the records.
        public var file: String {
            """
            $TTL 300
            @\tIN\tSOA\tns.\(origin). hostmaster.\(origin). 1 3600 600 86400 \(negativeTTL)
            @\tIN\tNS\tns.\(origin).
            ns.\(origin).\tIN\tA\t127.0.0.1

            """ + records
        }
    }

    public static let executable = ServerProcess.installed(["/usr/sbin/named", "/usr/bin/named"])
    public let port: Int
    public let server: ServerProcess
    /// `127.0.0.1:<port>`, the value for `--resolver`.
    public var resolver: String { "127.0.0.1:\(port)" }

    /// Starts named and waits until it serves; throws with its log when it does not.
    public init(zones: [Zone]) throws {
        guard let named = Self.executable else { throw RigError.notInstalled("named (Debian package bind9)") }
        let directory = try ServerProcess.temporaryDirectory("nap-named")
        port = ServerProcess.freePort()
        var config = """
            options {
                directory "\(directory.path)";
                pid-file "\(directory.path)/named.pid";
                session-keyfile "\(directory.path)/session.key";
                managed-keys-directory "\(directory.path)";
                listen-on port \(port) { 127.0.0.1; };
                listen-on-v6 { none; };
                recursion no;
                dnssec-validation no;
                allow-query { 127.0.0.1; };
                notify no;
            };
            controls { };

            """
        for zone in zones where zone.unloadable {
            // The primary is a loopback port nobody listens on: the transfer never happens.
            config += "zone \"\(zone.origin)\" { type secondary; primaries { 127.0.0.1 port \(ServerProcess.freePort()); }; };\n"
        }
        for zone in zones where !zone.unloadable {
            let file = directory.appendingPathComponent("\(zone.origin).zone")
            try zone.file.write(to: file, atomically: true, encoding: .utf8)
            config += "zone \"\(zone.origin)\" { type primary; file \"\(file.path)\"; };\n"
        }
        let configFile = directory.appendingPathComponent("named.conf")
        try config.write(to: configFile, atomically: true, encoding: .utf8)
        // -g: foreground, log to stderr; -n 1: one worker (the machine is shared); -4: IPv4 only.
        server = try ServerProcess(executable: named, arguments: ["-g", "-4", "-n", "1", "-c", configFile.path], directory: directory, name: "named")
        // named logs "all zones loaded" once its listeners are up and every zone was read.
        let up = ServerProcess.waitUntil(timeout: 20) { server.log.contains("all zones loaded") || !server.process.isRunning }
        guard up, server.process.isRunning, !server.log.contains("not loaded due to errors"), ServerProcess.acceptsTCP(port) else {
            let log = server.log
            server.stop()
            throw RigError.didNotStart("named", log)
        }
    }

    /// named serving the zone `render` writes for an install of `main` whose entry is 127.0.0.1.
    public convenience init(renderedZoneOf main: String) throws {
        let plan = RigPlan.make(main: main)
        try self.init(zones: [Zone(origin: main, records: RigPlan.renderedZone(plan))])
    }

    public func stop() { server.stop() }
}

/// Why a test rig could not run.
public enum RigError: Error, CustomStringConvertible {
    case notInstalled(String)
    case didNotStart(String, String)
    public var description: String {
        switch self {
        case .notInstalled(let what): "\(what) is not installed (.ci/install-packages installs it)"
        case .didNotStart(let what, let log): "\(what) did not start:\n\(log.suffix(3000))"
        }
    }
}
