import Yams

/// The routing objects nap-ingress would render for the current answers, asked from the core's
/// renderer (never a list of names kept here): an object in the cluster with the same kind,
/// namespace and name is the one `kubectl apply` of the output updates in place.
public struct RenderedRouting: Equatable, Sendable {
    /// One rendered object's identity.
    public struct Identity: Hashable, Sendable {
        public var group: String
        public var kind: String
        public var namespace: String
        public var name: String
    }

    /// The controller they are rendered for.
    public var controller: IngressControllerKind
    public var objects: Set<Identity>
    /// The Gateway the routes attach to when the answers name an existing one (not rendered, not a conflict).
    public var parentGateway: Identity?

    /// The objects for `config` as if `INGRESS_MODE=external` (discover runs before the switch too);
    /// nil when the answers do not make a plan (then nothing can be called adopted).
    public static func of(_ config: Config) -> RenderedRouting? {
        var external = config
        external[.ingressMode] = IngressMode.external.rawValue
        guard let plan = Plan.make(external).0, !plan.routes.isEmpty else { return nil }
        var objects: Set<Identity> = []
        for file in plan.controller.descriptor.renderer.render(plan) {
            for object in file.objects {
                guard let node = try? ManifestNodeEncoder.node(object),
                      let apiVersion = node["apiVersion"]?.string, let kind = node["kind"]?.string,
                      let name = node["metadata"]?["name"]?.string else { continue }
                let group = apiVersion.split(separator: "/").dropLast().first.map(String.init) ?? ""
                objects.insert(Identity(group: group, kind: kind, namespace: node["metadata"]?["namespace"]?.string ?? plan.namespace, name: name))
            }
        }
        let parent = plan.controller == .gatewayAPI ? plan.options.gatewayName.map {
            Identity(group: RoutingKind.gateway.group, kind: RoutingKind.gateway.kind,
                     namespace: plan.options.gatewayNamespace ?? plan.namespace, name: $0)
        } : nil
        return RenderedRouting(controller: plan.controller, objects: objects, parentGateway: parent)
    }

    /// Whether `object` is one of them.
    public func contains(_ object: RoutingObject) -> Bool {
        objects.contains(Identity(group: object.kind.group, kind: object.kind.kind, namespace: object.namespace, name: object.name))
    }

    /// Whether `object` is the existing Gateway the rendered routes attach to.
    public func isParent(_ object: RoutingObject) -> Bool {
        parentGateway == Identity(group: object.kind.group, kind: object.kind.kind, namespace: object.namespace, name: object.name)
    }
}
