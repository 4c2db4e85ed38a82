import Foundation

/// Busy child processes that keep the CPUs loaded while a test runs: each spins for at most
/// `seconds` (so none outlives a test that crashed) and `stop()` kills them by their own ids.
public final class CPULoad: @unchecked Sendable {
    private let processes: [Process]

    public init(processes count: Int, seconds: Int) throws {
        var started: [Process] = []
        for _ in 0..<count {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = ["python3", "-c", "import time\nend = time.monotonic() + \(seconds)\nwhile time.monotonic() < end: pass"]
            process.standardInput = FileHandle.nullDevice
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            do { try process.run() } catch {
                started.forEach { kill($0.processIdentifier, SIGKILL); $0.waitUntilExit() }
                throw error
            }
            started.append(process)
        }
        processes = started
    }

    deinit { stop() }

    /// Whether every busy process is still spinning.
    public var running: Bool { processes.allSatisfy(\.isRunning) }

    /// SIGKILL: the test process may block SIGTERM, and its children inherit the mask.
    public func stop() {
        for process in processes where process.isRunning {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
        }
    }
}
