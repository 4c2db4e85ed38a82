/// The PEM files of the `files` source for one Secret, as read from disk (nil text: no such file).
public struct TLSFilePair: Sendable, CustomStringConvertible, CustomReflectable {
    public var certPath: String
    public var certPEM: String?
    public var keyPath: String
    public var keyPEM: String?
    /// The values.env keys that name the files (diagnostics name the field and the file).
    public var certKey: OwnedKey
    public var keyKey: OwnedKey

    public init(certPath: String, certPEM: String?, keyPath: String, keyPEM: String?,
                certKey: OwnedKey = .tlsCertFile, keyKey: OwnedKey = .tlsKeyFile) {
        self.certPath = certPath
        self.certPEM = certPEM
        self.keyPath = keyPath
        self.keyPEM = keyPEM
        self.certKey = certKey
        self.keyKey = keyKey
    }

    /// The values.env keys naming the files of `secretName`'s source.
    public static func keys(for secretName: String) -> (cert: OwnedKey, key: OwnedKey) {
        secretName == Plan.sandboxSecret ? (.sandboxTLSCertFile, .sandboxTLSKeyFile) : (.tlsCertFile, .tlsKeyFile)
    }

    /// `TLS_CERT_FILE=certs/main.pem`: the field of a finding about the certificate file.
    public var certField: FindingSubject { .file(path: certPath, key: certKey) }
    public var keyField: FindingSubject { .file(path: keyPath, key: keyKey) }

    // The key file's text must never be printed.
    public var description: String { "TLSFilePair(\(certPath), \(keyPath))" }
    public var customMirror: Mirror { Mirror(self, children: ["certPath": certPath, "keyPath": keyPath], displayStyle: .struct) }
}
