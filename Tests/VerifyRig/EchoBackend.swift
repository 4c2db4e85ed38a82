import Foundation

/// The stand-in for the platform's Services behind the ingress: `echo-backend.py` beside this file, a Python stdlib
/// server on loopback that answers `GET /` with 200 and echoes every WebSocket message. Started and stopped by the test.
public final class EchoBackend: @unchecked Sendable {
    /// The script, beside the tests (the benchmark starts the same one).
    public static let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("echo-backend.py")

    let process = Process()
    public let port: Int

    public init() throws {
        let output = Pipe()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", EchoBackend.script.path]
        process.standardOutput = output
        try process.run()
        // The first line is the port it bound (port 0 = any free one, so parallel tests never collide).
        var line = Data()
        while let byte = try output.fileHandleForReading.read(upToCount: 1), !byte.isEmpty, byte != Data([10]) { line += byte }
        guard let port = Int(String(decoding: line, as: UTF8.self)) else {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            throw RigFailure(description: "the echo backend did not start")
        }
        self.port = port
    }

    /// SIGKILL: the test process may block SIGTERM, and its children inherit the mask.
    public func stop() {
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }
}

/// Why the rig could not be set up.
public struct RigFailure: Error, CustomStringConvertible {
    public var description: String
    public init(description: String) { self.description = description }
}
