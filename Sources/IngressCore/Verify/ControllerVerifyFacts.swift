import X509

/// What `verify` words its findings with, read from the configured controller's descriptor: its
/// placeholder certificate, its default idle timeout, how long-lived routes are fixed, where Secrets live.
public struct ControllerVerifyFacts: Sendable {
    public var placeholder: ControllerDescriptor.PlaceholderCertificate?
    /// How the controller refuses a handshake for a host without a usable Secret, when it does.
    public var handshakeRejection: ControllerDescriptor.HandshakeRejection?
    /// How long an idle proxied connection lives when nothing raises the timeout; when the
    /// descriptor knows no fixed value (Istio, Gateway API), the common 60 s, so a hold just past it
    /// still catches the usual proxy default.
    public var defaultIdleTimeout: Duration
    /// Which setting that is, e.g. "proxy-read-timeout (60 s)".
    public var idleSetting: String
    /// What the operator changes so long-lived routes are not cut.
    public var longLivedFix: String
    /// Where the controller reads the TLS Secrets from.
    public var secretHome: String
    /// Which cell a second object serving the host shows up in, and the sentence that names it as the
    /// likely cause (verify cannot read the cluster; discover can).
    public var secondObject: (symptom: ControllerDescriptor.DuplicateHosts.Symptom, cause: String)? = nil

    /// The facts of the plan's controller.
    public static func of(_ plan: Plan) -> ControllerVerifyFacts {
        let descriptor = plan.controller.descriptor
        let idle = descriptor.defaultIdleTimeout
        return ControllerVerifyFacts(
            placeholder: descriptor.placeholderCertificate,
            handshakeRejection: descriptor.handshakeRejection,
            defaultIdleTimeout: .seconds(idle.seconds ?? 60),
            idleSetting: idle.setting,
            longLivedFix: "with \(descriptor.displayName), \(descriptor.longLivedRoutes): nap-ingress render writes it; apply the ingress folder again and check that nothing else overrides it.",
            secretHome: "namespace \(plan.tls.first?.namespace ?? plan.namespace)",
            secondObject: descriptor.duplicateHosts.symptom.map { ($0, descriptor.duplicateHosts.verifyCause) })
    }

    /// The likely-cause sentence for a cell of `symptom`, when it reads true for this controller.
    public func secondObjectCause(_ symptom: ControllerDescriptor.DuplicateHosts.Symptom) -> String? {
        secondObject.flatMap { $0.symptom == symptom ? $0.cause : nil }
    }

    /// Whether `leaf` is the controller's placeholder certificate, and its description when it is.
    public func placeholderName(_ leaf: Certificate) -> String? {
        guard let placeholder else { return nil }
        func commonName(_ name: DistinguishedName) -> String? {
            name.flatMap { $0 }.first { $0.type == .RDNAttributeType.commonName }.flatMap { String($0.value) }
        }
        return placeholder.matches(subject: commonName(leaf.subject), issuer: commonName(leaf.issuer)) ? placeholder.origin : nil
    }
}
