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
        let cert = read(certPath), key = read(keyPath)
        var pair = TLSFilePair(certPath: certPath, certPEM: cert.text, keyPath: keyPath, keyPEM: key.text, certKey: certKey, keyKey: keyKey)
        pair.certProblem = cert.problem
        pair.keyProblem = key.problem
        return pair
    }

    /// The files an earlier self-signed render left in `folder`, by file name.
    public static func previousSelfSigned(for plan: Plan, in folder: String) -> [String: String] {
        let requirements = plan.tls.filter { $0.source == .selfSigned }
        guard !requirements.isEmpty else { return [:] }
        var found: [String: String] = [:]
        for name in SelfSignedIssuer.fileNames(for: requirements) {
            // Never follows a link out of the output folder.
            if let bytes = (try? FileBytes.read(folder + "/" + name, followLinks: false)) ?? nil { found[name] = String(decoding: bytes, as: UTF8.self) }
        }
        return found
    }

    static func text(_ path: String) -> String? { read(path).text }

    /// The file's text, or why it cannot be read (nil for both: it does not exist). Only a
    /// regular file of at most a few MiB is read: a FIFO or a device never blocks or fills memory.
    static func read(_ path: String) -> (text: String?, problem: String?) {
        guard !path.isEmpty else { return (nil, nil) }
        do {
            // The one place a PEM path is read: `~/cert.pem` is the operator's home, as in their shell.
            guard let bytes = try FileBytes.read(HomePath.expand(path)) else { return (nil, nil) }
            return (String(decoding: bytes, as: UTF8.self), nil)
        } catch {
            return (nil, error.message)
        }
    }
}

extension TLSCheck {
    /// The findings for one Secret's files on disk, for the wizard's certificate step.
    public static func findings(for requirement: TLSRequirement, certPath: String, keyPath: String, now: Date) -> [Diagnostic] {
        let keys = TLSFilePair.keys(for: requirement.secretName)
        return findings(for: requirement, files: TLSFileReader.pair(certPath: certPath, keyPath: keyPath, certKey: keys.cert, keyKey: keys.key), now: now)
    }
}
