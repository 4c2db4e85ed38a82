import Foundation

/// Reads what the TLS sources need from disk, so that `TLSCheck`, `TLSMaterial` and the renderers stay pure.
public enum TLSFileReader {
    /// The PEM files the `files` source names, by Secret name (missing or unreadable files have nil text).
    public static func pairs(for plan: Plan) -> [String: TLSFilePair] {
        var pairs: [String: TLSFilePair] = [:]
        for requirement in plan.tls where requirement.source == .files {
            let keys = TLSFilePair.keys(for: requirement.secretName)
            pairs[requirement.secretName] = pair(certPath: requirement.certFile ?? "", keyPath: requirement.keyFile ?? "",
                                                 certKey: keys.cert, keyKey: keys.key)
        }
        return pairs
    }

    /// One certificate and key file pair (what the wizard's certificate step checks as the operator types).
    public static func pair(certPath: String, keyPath: String, certKey: OwnedKey = .tlsCertFile, keyKey: OwnedKey = .tlsKeyFile) -> TLSFilePair {
        TLSFilePair(certPath: certPath, certPEM: text(certPath), keyPath: keyPath, keyPEM: text(keyPath), certKey: certKey, keyKey: keyKey)
    }

    /// The files an earlier self-signed render left in `folder`, by file name.
    public static func previousSelfSigned(for plan: Plan, in folder: String) -> [String: String] {
        let requirements = plan.tls.filter { $0.source == .selfSigned }
        guard !requirements.isEmpty else { return [:] }
        var found: [String: String] = [:]
        for name in SelfSignedIssuer.fileNames(for: requirements) {
            if let text = text(folder + "/" + name) { found[name] = text }
        }
        return found
    }

    static func text(_ path: String) -> String? {
        guard !path.isEmpty, let bytes = try? FileBytes.read(path) else { return nil }
        return String(decoding: bytes, as: UTF8.self)
    }
}

extension TLSCheck {
    /// The findings for one Secret's files on disk, for the wizard's certificate step.
    public static func findings(for requirement: TLSRequirement, certPath: String, keyPath: String, now: Date) -> [Diagnostic] {
        let keys = TLSFilePair.keys(for: requirement.secretName)
        return findings(for: requirement, files: TLSFileReader.pair(certPath: certPath, keyPath: keyPath, certKey: keys.cert, keyKey: keys.key), now: now)
    }
}
