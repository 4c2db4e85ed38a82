import Foundation
@_spi(FixedExpiryValidationTime) import X509

/// Turns what a TLS handshake showed into the TLS cell of one host and address, by the same
/// certificate rules as `check` (NameCoverage, ValidityCheck's stamps, ChainCheck).
public enum TLSJudgement {
    /// Certificates with less than this left are a warning: time enough to renew before users notice.
    public static let expiryWarning: TimeInterval = 30 * 86400

    /// The cell. `trust` holds the roots the chain must reach (system store, `--ca-file`, the render's CA);
    /// `configured` is the leaf of the configured certificate file when the route's Secret comes from `files`.
    public static func cell(_ seen: TLSObservation, requirement: TLSRequirement?, facts: ControllerVerifyFacts,
                            trust: CertificateStore, configured: Certificate?, now: Date) async -> VerifyCell {
        func cell(_ status: VerifyCell.Status, _ code: String, _ message: String, fix: String? = nil) -> VerifyCell {
            VerifyCell(host: seen.host, check: .tls, status: status, code: code, message: message, fix: fix, address: seen.address)
        }
        let at = "\(seen.address) port \(seen.port)"
        let chain: [Certificate]
        switch seen.outcome {
        case .refused:
            return cell(.failed, "tls.refused", "\(at) refused the connection.",
                        fix: "check that the ingress listens on \(seen.port) at this address and that a firewall lets it through.")
        case .timedOut:
            return cell(.failed, "tls.timeout", "\(at) did not complete a TLS handshake in time.",
                        fix: "check the firewall or security group in front of the ingress for port \(seen.port).")
        case .unreachable(let why):
            return cell(.failed, "tls.unreachable", "\(at) cannot be reached: \(why).", fix: "check the route from here to the ingress address.")
        case .handshakeFailed(let why):
            let secret = requirement?.secretName ?? "the TLS Secret"
            // A controller that refuses rather than serve a placeholder says so: that is what the client saw.
            let fix = facts.handshakeRejection.map { rejection in
                "\(rejection.origin) (TLS alert \(rejection.alert)): check that \(secret) exists in \(facts.secretHome), is of type kubernetes.io/tls and that the route names it."
            } ?? "the ingress has no certificate for this name; check that the Secret \(requirement?.secretName ?? "") exists in \(facts.secretHome)."
            let cause = facts.secondObjectCause(.handshake).map { " Also, \($0)." } ?? ""
            return cell(.failed, "tls.handshake-failed", "\(at) refused a TLS handshake for \(seen.host): \(why).", fix: fix + cause)
        case .presented(let ders):
            chain = ders.compactMap { try? Certificate(derEncoded: $0) }
            guard !chain.isEmpty, chain.count == ders.count else {
                return cell(.failed, "tls.unreadable-certificate", "\(at) presented a certificate that is not valid X.509.")
            }
        }
        let leaf = chain[0]
        let coverage = NameCoverage(leaf)
        let described = describe(leaf)
        let secret = requirement?.secretName ?? "the TLS Secret"

        if let name = facts.placeholderName(leaf) {
            return cell(.failed, "tls.placeholder-certificate", "\(at) serves \(name) (\(described)), not \(secret).",
                        fix: "the controller did not find or could not use \(secret): create it in \(facts.secretHome) and check that the route names it.")
        }
        if now < leaf.notValidBefore {
            return cell(.failed, "tls.not-yet-valid", "the certificate (\(described)) is not valid before \(stamp(leaf.notValidBefore)).",
                        fix: "check the clock of the machine that issued it, or wait.")
        }
        if now > leaf.notValidAfter {
            return cell(.failed, "tls.expired", "the certificate (\(described)) expired on \(stamp(leaf.notValidAfter)).",
                        fix: "renew \(secret) and update the Secret in \(facts.secretHome).")
        }
        if !coverage.covers(seen.host) {
            let has = coverage.presented.isEmpty ? "no DNS names" : coverage.presented.joined(separator: ", ")
            return cell(.failed, "tls.name-not-covered", "the certificate served for \(seen.host) does not cover it (it covers \(has)).",
                        fix: "re-issue \(secret) with \(requirement?.names.joined(separator: ", ") ?? seen.host) in its subjectAltName.")
        }
        var verifier = Verifier(rootCertificates: trust) { RFC5280Policy(fixedExpiryValidationTime: now) }
        let result = await verifier.validate(leaf: leaf, intermediates: CertificateStore(chain.dropFirst()))
        if case .couldNotValidate = result {
            let last = chain[chain.count - 1]
            if !ChainCheck.isSelfSigned(last) {
                return cell(.failed, "tls.chain-incomplete",
                            "the chain the server sends ends at \(last.subject), issued by \(last.issuer), which is not a trusted root: an intermediate is missing.",
                            fix: "put the intermediate certificate(s) after the leaf in \(secret)'s tls.crt (leaf first, then each issuer).")
            }
            return cell(.failed, "tls.untrusted", "the chain ends at \(last.subject), which is not in the trust store.",
                        fix: "use a certificate from a trusted CA; for a private CA, give verify its root certificate as an extra trusted CA file.")
        }
        if let configured, configured != leaf {
            return cell(.failed, "tls.not-configured-certificate",
                        "the served certificate (\(described)) is not the one in the configured file (\(describe(configured))).",
                        fix: "apply the rendered Secret \(secret) again (kubectl apply -f the ingress folder) and check that nothing else manages it.")
        }
        let left = leaf.notValidAfter.timeIntervalSince(now)
        let days = Int(left / 86400)
        if left < expiryWarning {
            return cell(.warning, "tls.expires-soon", "the certificate (\(described)) expires on \(stamp(leaf.notValidAfter)), in \(days) day\(days == 1 ? "" : "s").",
                        fix: "renew \(secret) before then.")
        }
        return cell(.ok, "tls.ok", "valid for \(seen.host), \(days) days left (until \(stamp(leaf.notValidAfter))).")
    }

    /// Its names, or its subject when it has none.
    static func describe(_ certificate: Certificate) -> String {
        let names = NameCoverage(certificate).presented
        return names.isEmpty ? "subject \(certificate.subject)" : "for " + names.prefix(3).joined(separator: ", ") + (names.count > 3 ? ", …" : "")
    }

    static func stamp(_ date: Date) -> String { ValidityCheck.stamp(date) }
}
