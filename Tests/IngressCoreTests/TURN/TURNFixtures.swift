import Foundation
import Testing
@testable import IngressCore

/// TURN configs the TURN tests share: the fixture external config plus TURN answers.
enum TURNFixtures {
    static func config(_ exposure: TURNExposure, _ extra: [OwnedKey: String] = [:]) -> Config {
        var answers: [OwnedKey: String] = [.turnExposure: exposure.rawValue, .turnExternalIP: "203.0.113.20"]
        if exposure == .nodeport {
            answers[.turnPort] = "32666"
            answers[.turnRelayPorts] = "32667-32767"
        }
        if exposure == .udproute { answers[.turnGatewayClass] = "eg" }
        for (key, value) in extra { answers[key] = value }
        return Fixtures.config(answers)
    }

    static func plan(_ exposure: TURNExposure, _ extra: [OwnedKey: String] = [:]) -> Plan {
        Fixtures.plan(config(exposure, extra))
    }

    /// The codes of every finding for the config.
    static func codes(_ config: Config) -> [String] { Validator.validate(config).map(\.code) }
}

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

/// The repository's sibling `shared/` folder, where the conformance checker lives.
enum Conformance {
    static let validator = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("shared/conformance/validate")

    /// Writes the files into a fresh folder and runs the checker on it; cancels the test, saying why, when it cannot run.
    static func check(_ files: [ManifestFile], sourceLocation: SourceLocation = #_sourceLocation) throws {
        guard FileManager.default.isExecutableFile(atPath: validator.path) else {
            try Test.cancel("skipped: the conformance checker is not at \(validator.path)")
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("nap-turn-conformance-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for file in files { try file.yaml().write(to: folder.appendingPathComponent(file.name), atomically: true, encoding: .utf8) }
        let result = try ExternalTool.run(validator.path, [folder.path], input: "")
        #expect(result.status == 0, "conformance failed:\n\(result.output)", sourceLocation: sourceLocation)
        #expect(result.output.contains(" 0 failed"), "\(result.output)", sourceLocation: sourceLocation)
    }
}
