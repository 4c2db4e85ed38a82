import Foundation
import Testing
import TestSupport

/// Golden files in `Tests/IngressCoreTests/Golden` (regenerated with `UPDATE_GOLDEN=1`).
enum Golden {
    static let folder = ExpectedFile.packageRoot.appendingPathComponent("Tests/IngressCoreTests/Golden")

    static var updating: Bool { ExpectedFile.updating }

    static func assert(_ actual: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        ExpectedFile.assert(actual, matches: folder.appendingPathComponent(name), sourceLocation: sourceLocation)
    }
}
