import Foundation
import Testing

/// Screen snapshots: compares text with `Snapshots/<name>` beside this test target (or a file
/// under the package root); with `UPDATE_SNAPSHOTS=1` it rewrites the file instead.
enum Snapshot {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    static let folder = packageRoot.appendingPathComponent("Tests/WizardTests/Snapshots")

    static var updating: Bool { ProcessInfo.processInfo.environment["UPDATE_SNAPSHOTS"] == "1" }

    static func assert(_ actual: String, named name: String, in base: URL = folder, sourceLocation: SourceLocation = #_sourceLocation) {
        let url = base.appendingPathComponent(name)
        let actual = actual.hasSuffix("\n") ? actual : actual + "\n"
        if updating {
            try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try? actual.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            Issue.record("missing snapshot \(name); run with UPDATE_SNAPSHOTS=1 to create it", sourceLocation: sourceLocation)
            return
        }
        if expected != actual {
            let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
            let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
            let line = Array(zip(e, a)).firstIndex { $0 != $1 } ?? min(e.count, a.count)
            Issue.record("""
                snapshot \(name) differs at line \(line + 1):
                  expected: \(line < e.count ? String(e[line]) : "<end>")
                  actual:   \(line < a.count ? String(a[line]) : "<end>")
                run with UPDATE_SNAPSHOTS=1 to accept the new screen, then review the diff.
                """, sourceLocation: sourceLocation)
        }
    }
}
