import SwiftASN1
import X509

/// The host names a certificate presents, and which required names they cover (RFC 6125).
public struct NameCoverage: Sendable {
    /// The SAN dNSNames, in certificate order.
    public var dnsNames: [String]
    /// The subject's common names; only consulted when there is no SAN dNSName (RFC 6125 6.4.4).
    public var commonNames: [String]

    public init(_ certificate: Certificate) {
        let sans = (try? certificate.extensions.subjectAlternativeNames) ?? nil
        dnsNames = sans.map { $0.compactMap { if case .dnsName(let name) = $0 { name } else { nil } } } ?? []
        commonNames = certificate.subject.flatMap { $0 }
            .filter { $0.type == .RDNAttributeType.commonName }
            .compactMap { String($0.value) }
    }

    /// True when the only host names are in the subject CN: browsers have ignored CN since 2017.
    public var isCommonNameOnly: Bool { dnsNames.isEmpty && !commonNames.isEmpty }

    /// The identifiers that count: SANs, or the CN when there are no SAN dNSNames (as `openssl -checkhost`).
    public var presented: [String] { dnsNames.isEmpty ? commonNames : dnsNames }

    /// Whether the certificate covers `name` (a host name, or `*.sandbox.<main>` which needs that exact wildcard).
    public func covers(_ name: String) -> Bool {
        presented.contains { HostNameMatch.covers($0, name) }
    }
}
