import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A server a test started (named, turnserver): its output goes to a log in the test's own
/// folder, and `stop()` (or deinit) ends it, so no test leaves a server behind.
public final class ServerProcess: @unchecked Sendable {
    public let process: Process
    public let logURL: URL
    public let directory: URL

    /// Starts `executable` with `arguments`; the caller waits for readiness with `waitUntil`.
    public init(executable: String, arguments: [String], directory: URL, name: String) throws {
        self.directory = directory
        logURL = directory.appendingPathComponent("\(name).log")
        _ = FileManager.default.createFile(atPath: logURL.path, contents: nil)
        let log = try FileHandle(forWritingTo: logURL)
        process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.currentDirectoryURL = directory
        process.standardOutput = log
        process.standardError = log
        process.standardInput = FileHandle(forReadingAtPath: "/dev/null")
        try process.run()
    }

    deinit { stop() }

    /// SIGTERM (or `signal`), then SIGKILL if it has not ended within 5 s; then its folder goes.
    public func stop(signal: Int32 = SIGTERM) {
        if process.isRunning {
            kill(process.processIdentifier, signal)
            if !ServerProcess.waitUntil(timeout: 5, { !self.process.isRunning }) {
                kill(process.processIdentifier, SIGKILL)
                process.waitUntilExit()
            }
        }
        try? FileManager.default.removeItem(at: directory)
    }

    /// The server's output so far (for failure messages).
    public var log: String { (try? String(contentsOf: logURL, encoding: .utf8)) ?? "" }

    /// Polls `condition` every 20 ms until it holds or `timeout` seconds pass; true when it held.
    @discardableResult
    public static func waitUntil(timeout: Double, _ condition: () -> Bool) -> Bool {
        let end = Date().addingTimeInterval(timeout)
        while Date() < end {
            if condition() { return true }
            usleep(20_000)
        }
        return condition()
    }

    /// A port free for both TCP and UDP on 127.0.0.1 right now (the kernel's pick, outside the default relay range).
    public static func freePort() -> Int {
        for _ in 0..<20 {
            let tcp = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
            defer { close(tcp) }
            guard let port = Loopback.bind(tcp) else { continue }
            // Never inside the default TURN_RELAY_PORTS: a TURN port drawn there makes the rig's plan invalid.
            if (49152...49252).contains(port) { continue }
            if UDPSocket(port: port) != nil { return port }
        }
        fatalError("no free port on 127.0.0.1")
    }

    /// True when a TCP connection to `host`:`port` succeeds.
    public static func acceptsTCP(_ port: Int, host: String = "127.0.0.1") -> Bool {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        return Loopback.with(Loopback.address(port: port, host: host)) { connect(fd, $0, $1) == 0 }
    }

    /// True when `host`:`port` answers a STUN Binding request over UDP within 200 ms.
    public static func answersSTUNOverUDP(_ port: Int, host: String = "127.0.0.1") -> Bool {
        let fd = socket(AF_INET, Int32(SOCK_DGRAM.rawValue), 0)
        defer { close(fd) }
        // Binding request, no attributes, magic cookie 0x2112A442, a fixed transaction id.
        let request: [UInt8] = [0, 1, 0, 0, 0x21, 0x12, 0xA4, 0x42] + [UInt8](repeating: 7, count: 12)
        let sent = Loopback.with(Loopback.address(port: port, host: host)) { sendto(fd, request, request.count, 0, $0, $1) }
        guard sent == request.count else { return false }
        var entry = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
        guard poll(&entry, 1, 200) == 1 else { return false }
        var reply = [UInt8](repeating: 0, count: 1500)
        let n = recv(fd, &reply, reply.count, 0)
        return n >= 20 && reply[0] == 1 && reply[1] == 1
    }

    /// A new empty folder for one server's files.
    public static func temporaryDirectory(_ prefix: String) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("\(prefix)-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// The first of `candidates` that is installed, or nil.
    public static func installed(_ candidates: [String]) -> String? {
        candidates.first { FileManager.default.isExecutableFile(atPath: $0) }
    }
}

/// A UDP socket bound to 127.0.0.1:`port` that never answers: a filtered port, as a client sees it.
public final class UDPSocket: @unchecked Sendable {
    public let fd: Int32
    public init?(port: Int) {
        fd = socket(AF_INET, Int32(SOCK_DGRAM.rawValue), 0)
        if Loopback.bind(fd, port: port) == nil {
            close(fd)
            return nil
        }
    }
    deinit { close(fd) }
}

/// Runs blocking test set-up (starting a server and polling until it serves, running a
/// client to the end) on its own thread, so it never holds one of the few threads that
/// every concurrently running test shares.
public func offPool<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
    try await withCheckedThrowingContinuation { continuation in
        Thread.detachNewThread { continuation.resume(with: Result { try body() }) }
    }
}
