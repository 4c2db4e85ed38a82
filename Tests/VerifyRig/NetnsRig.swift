import Foundation

/// A network namespace the test makes, joined to this one by a veth pair on a random
/// 10.213.x.y/30, so a server inside can sit behind a real nftables rule. Only the two
/// addresses of that pair are ever used; `stop()` (or release) deletes both.
public final class NetnsRig: @unchecked Sendable {
    public static let ipTool = ServerProcess.installed(["/usr/sbin/ip", "/sbin/ip", "/usr/bin/ip", "/bin/ip"])
    public static let nftTool = ServerProcess.installed(["/usr/sbin/nft", "/sbin/nft", "/usr/bin/nft"])
    public let name: String
    /// Our end of the pair (the client side).
    public let hostAddress: String
    /// The namespace's end, where its server listens.
    public let innerAddress: String
    private let hostLink: String
    private var stopped = false

    public init() throws {
        guard let ip = Self.ipTool else { throw RigError.notInstalled("ip (Debian package iproute2)") }
        let tag = String(UUID().uuidString.replacingOccurrences(of: "-", with: "").prefix(6)).lowercased()
        name = "napv-\(tag)"
        hostLink = "nv\(tag)a"
        let third = Int.random(in: 0...255), fourth = Int.random(in: 0...63) * 4
        hostAddress = "10.213.\(third).\(fourth + 1)"
        innerAddress = "10.213.\(third).\(fourth + 2)"
        let steps: [[String]] = [
            ["netns", "add", name],
            ["netns", "exec", name, ip, "link", "set", "lo", "up"],
            ["link", "add", hostLink, "type", "veth", "peer", "name", "nv\(tag)b", "netns", name],
            ["addr", "add", "\(hostAddress)/30", "dev", hostLink],
            ["link", "set", hostLink, "up"],
            ["netns", "exec", name, ip, "addr", "add", "\(innerAddress)/30", "dev", "nv\(tag)b"],
            ["netns", "exec", name, ip, "link", "set", "nv\(tag)b", "up"],
        ]
        for step in steps {
            let (status, output) = Self.run(ip, step)
            if status != 0 {
                stop()
                throw RigError.didNotStart("network namespace (ip \(step.joined(separator: " ")); needs root/CAP_NET_ADMIN)", output)
            }
        }
    }

    deinit { stop() }

    /// The command line that runs `executable` inside the namespace.
    public func wrap(_ executable: String, _ arguments: [String]) -> (String, [String]) {
        (Self.ipTool ?? "ip", ["netns", "exec", name, executable] + arguments)
    }

    /// Adds an nftables rule set inside the namespace that drops UDP to `ports` on its input.
    public func dropUDP(_ ports: ClosedRange<Int>) throws {
        guard let nft = Self.nftTool, let ip = Self.ipTool else { throw RigError.notInstalled("nft (Debian package nftables)") }
        let range = ports.count == 1 ? "\(ports.lowerBound)" : "\(ports.lowerBound)-\(ports.upperBound)"
        let ruleset = "table inet napverify {\n chain input {\n  type filter hook input priority 0; policy accept;\n  udp dport \(range) drop\n }\n}\n"
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("\(name)-\(ports.lowerBound).nft")
        try ruleset.write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let (status, output) = Self.run(ip, ["netns", "exec", name, nft, "-f", file.path])
        if status != 0 { throw RigError.didNotStart("nft rule in \(name)", output) }
    }

    public func stop() {
        guard !stopped, let ip = Self.ipTool else { return }
        stopped = true
        _ = Self.run(ip, ["link", "del", hostLink])
        _ = Self.run(ip, ["netns", "del", name])
    }

    @discardableResult
    static func run(_ executable: String, _ arguments: [String]) -> (Int32, String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        process.standardInput = FileHandle(forReadingAtPath: "/dev/null")
        do { try process.run() } catch { return (-1, "\(error)") }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
