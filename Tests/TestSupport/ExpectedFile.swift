import Foundation
import Testing

/// Text compared with a file kept in the repository (golden files, screen snapshots); with
/// `UPDATE_GOLDEN=1` the file is rewritten instead, so every change is reviewed in the diff.
public enum ExpectedFile {
    /// The package's root folder (where `swift test` runs and the files are kept).
    public static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    public static var updating: Bool { ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] == "1" }

    /// Compares `actual` with the file at `url` and records the first differing line.
    public static func assert(_ actual: String, matches url: URL, sourceLocation: SourceLocation = #_sourceLocation) {
        let name = url.path.hasPrefix(packageRoot.path + "/") ? String(url.path.dropFirst(packageRoot.path.count + 1)) : url.path
        if updating {
            try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try? actual.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            Issue.record("missing \(name); run with UPDATE_GOLDEN=1 to create it", sourceLocation: sourceLocation)
            return
        }
        guard expected != actual else { return }
        let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
        let line = Array(zip(e, a)).firstIndex { $0 != $1 } ?? min(e.count, a.count)
        Issue.record("""
            \(name) differs at line \(line + 1):
              expected: \(line < e.count ? String(e[line]) : "<end>")
              actual:   \(line < a.count ? String(a[line]) : "<end>")
            run with UPDATE_GOLDEN=1 to accept the new output, then review the diff.
            """, sourceLocation: sourceLocation)
    }
}
