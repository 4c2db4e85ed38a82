import Foundation
import IngressCore
import X509

/// The roots a served chain is checked against: the system's, `--ca-file`, and the local CA
/// `render` wrote for `self-signed` (so a lab install verifies without extra flags).
public enum TrustRoots {
    /// Why a given CA file cannot be used.
    public typealias Unusable = CAFile.Unusable

    /// The store; fails only on a `--ca-file` that cannot be read.
    public static func load(_ plan: Plan, caFile: String?, outFolder: String) throws(Unusable) -> CertificateStore {
        var extra: [Certificate] = []
        if let caFile { extra += try CAFile.certificates(caFile) }
        if plan.tls.contains(where: { $0.source == .selfSigned }),
           let text = try? String(contentsOfFile: outFolder + "/" + SelfSignedIssuer.caCertificateFile, encoding: .utf8),
           let chain = try? PEMChain(pem: text) {
            extra += chain.certificates
        }
        return CertificateStore.systemTrustRoots.appending(contentsOf: extra)
    }

    /// The leaf of each configured certificate file (`TLS_SOURCE=files`), to tell whether it is what is served.
    public static func configuredLeaves(_ plan: Plan) -> [String: Certificate] {
        var leaves: [String: Certificate] = [:]
        for (secret, pair) in TLSFileReader.pairs(for: plan) {
            if let text = pair.certPEM, let first = (try? PEMChain(pem: text))?.certificates.first { leaves[secret] = first }
        }
        return leaves
    }
}

extension VerifySettings {
    /// Sets the trust roots and the configured certificates' leaves for `plan`.
    public mutating func trust(_ plan: Plan, caFile: String?, outFolder: String) throws(TrustRoots.Unusable) {
        trust = try TrustRoots.load(plan, caFile: caFile, outFolder: outFolder)
        configuredLeaves = TrustRoots.configuredLeaves(plan)
    }
}

extension CAFile.Unusable {
    /// `--ca-file PATH cannot be read.`: the words `verify` has always used.
    public var message: String { "--ca-file \(path) \(reason)." }
}
