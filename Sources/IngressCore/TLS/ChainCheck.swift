import X509

/// Chain order (each certificate issued by the next) and whether the chain ends at a self-signed root.
enum ChainCheck {
    static func findings(_ chain: [Certificate], leafIndex: Int, field: FindingSubject) -> [Diagnostic] {
        var found: [Diagnostic] = []
        // A leaf out of place is already reported; only check the order of what follows a correct leaf.
        if leafIndex == 0 {
            for index in chain.indices.dropLast() where !issued(chain[index + 1], chain[index]) {
                let issuer = chain.firstIndex { issued($0, chain[index]) && $0 != chain[index] }
                found.append(Diagnostic(.error, "tls.chain-order", field,
                                        "certificate \(index + 2) in the file (\(chain[index + 1].subject)) did not issue certificate \(index + 1) (\(chain[index].subject))"
                                        + (issuer.map { "; its issuer is certificate \($0 + 1)." } ?? "."),
                                        hint: "order the file leaf first, then each issuer in turn; leave out certificates that do not belong to this chain."))
                break
            }
        }
        if let last = chain.last, isSelfSigned(last) {
            let what = chain.count == 1 ? "the certificate is self-signed (\(last.subject))" : "the chain ends at the self-signed root \(last.subject)"
            found.append(Diagnostic(.warning, "tls.untrusted-root", field,
                                    "\(what); browsers trust it only if that root is in their trust store.",
                                    hint: "for a private CA, install its root on every client; for a public CA, leave the root out of the file."))
        }
        return found
    }

    /// Whether `issuer` signed `certificate` (names chain and the signature verifies).
    static func issued(_ issuer: Certificate, _ certificate: Certificate) -> Bool {
        certificate.issuer == issuer.subject && issuer.publicKey.isValidSignature(certificate.signature, for: certificate)
    }

    static func isSelfSigned(_ certificate: Certificate) -> Bool { issued(certificate, certificate) }
}
