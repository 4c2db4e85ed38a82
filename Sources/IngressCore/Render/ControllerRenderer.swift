/// One ingress controller's translation of the plan: manifests, and what the operator must know.
public protocol ControllerRenderer: Sendable {
    var controller: IngressControllerKind { get }
    /// The controller's objects for the plan's routes (external mode only).
    func render(_ plan: Plan) -> [ManifestFile]
    /// The controller-specific parts of NEXT-STEPS.md.
    func notes(_ plan: Plan) -> ControllerNotes
}

/// Controller-specific text for NEXT-STEPS.md.
public struct ControllerNotes: Equatable, Sendable {
    /// What must be installed first (CRDs, the controller and its version floor).
    public var prerequisites: [String]
    /// Commands that show the routes were accepted.
    public var verify: [String]
    /// Traps the operator must handle outside these manifests.
    public var cautions: [String]

    public init(prerequisites: [String] = [], verify: [String] = [], cautions: [String] = []) {
        self.prerequisites = prerequisites
        self.verify = verify
        self.cautions = cautions
    }
}

/// The renderer for each controller.
public enum Renderers {
    public static func renderer(for controller: IngressControllerKind) -> any ControllerRenderer {
        controller.descriptor.renderer
    }

    /// Controllers with a working renderer (all of them).
    public static var implemented: [IngressControllerKind] { IngressControllerKind.allCases }
}
