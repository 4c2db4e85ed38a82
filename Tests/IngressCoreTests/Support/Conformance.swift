import Foundation
import Testing
@testable import IngressCore

/// The repository's sibling `shared/` folder, where the conformance checker lives.
enum Conformance {
    static let validator = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("shared/conformance/validate")

    /// Writes the files into a fresh folder and runs the checker on it; cancels the test, saying why, when it cannot run.
    static func check(_ files: [ManifestFile], sourceLocation: SourceLocation = #_sourceLocation) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("nap-conformance-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for file in files { try file.yaml().write(to: folder.appendingPathComponent(file.name), atomically: true, encoding: .utf8) }
        _ = try check(folder: folder.path, sourceLocation: sourceLocation)
    }

    /// Runs the checker on a folder and returns its report; cancels the test, saying why, when it cannot run.
    @discardableResult
    static func check(folder: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        guard FileManager.default.isExecutableFile(atPath: validator.path) else {
            try Test.cancel("skipped: the conformance checker is not at \(validator.path)")
        }
        let result = try ExternalTool.run(validator.path, [folder], input: "")
        #expect(result.status == 0, "conformance failed:\n\(result.output)", sourceLocation: sourceLocation)
        #expect(result.output.contains(" 0 failed"), "\(result.output)", sourceLocation: sourceLocation)
        return result.output
    }
}
