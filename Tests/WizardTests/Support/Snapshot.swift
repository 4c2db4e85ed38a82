import Foundation
import Testing
import TestSupport

/// Screen snapshots in `Tests/WizardTests/Snapshots` (or another folder of the package),
/// regenerated like every golden file with `UPDATE_GOLDEN=1`.
enum Snapshot {
    static let packageRoot = ExpectedFile.packageRoot
    static let folder = packageRoot.appendingPathComponent("Tests/WizardTests/Snapshots")

    static func assert(_ actual: String, named name: String, in base: URL = folder, sourceLocation: SourceLocation = #_sourceLocation) {
        ExpectedFile.assert(actual.hasSuffix("\n") ? actual : actual + "\n", matches: base.appendingPathComponent(name),
                            sourceLocation: sourceLocation)
    }
}
