import Foundation

/// Runs a command-line tool the tests check output with, and says why when it cannot run here.
enum ExternalTool {
    struct Result { var status: Int32; var output: String }

    static func run(_ path: String, _ arguments: [String], input: String) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        let stdin = Pipe(), stdout = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stdout
        try process.run()
        stdin.fileHandleForWriting.write(Data(input.utf8))
        try stdin.fileHandleForWriting.close()
        let data = stdout.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, output: String(decoding: data, as: UTF8.self))
    }

    /// The first of `candidates` that exists and accepts `probe` (known-good input), else why not.
    static func usable(_ candidates: [String], arguments: [String], probe: String) -> Result2 {
        guard let path = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else {
            return .unusable("\(candidates.joined(separator: " or ")) is not installed")
        }
        do {
            let result = try run(path, arguments, input: probe)
            if result.status != 0 {
                return .unusable("\(path) \(arguments.joined(separator: " ")) rejects a known-good ruleset here (exit \(result.status): \(result.output.prefix(200))); it probably lacks privileges")
            }
            return .usable(path)
        } catch {
            return .unusable("\(path) cannot be started: \(error)")
        }
    }

    enum Result2 { case usable(String), unusable(String) }
}
