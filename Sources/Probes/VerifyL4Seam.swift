import Foundation
import IngressCore

// Stand-ins for verify-l4's DNS and TURN probes, with their agreed signatures, until that branch
// is merged (then this file is deleted). Names resolve through the system resolver only.

/// What the DNS column saw: its cells, and the addresses each host name resolved to.
public struct DNSVerification: Sendable {
    public var cells: [VerifyCell]
    public var addresses: [String: [String]]
    public init(cells: [VerifyCell], addresses: [String: [String]]) {
        self.cells = cells
        self.addresses = addresses
    }
}

/// Resolves every name of the plan (stand-in: getaddrinfo, no resolver choice).
public enum DNSVerifier {
    public static func verify(_ plan: Plan, previewName: String, resolver: String?, timeout: Duration) async -> DNSVerification {
        var cells: [VerifyCell] = [], addresses: [String: [String]] = [:]
        let names = (plan.hosts?.all ?? []).filter { !$0.hasPrefix("*.") } + [previewName]
        for name in names {
            var hints = addrinfo()
            hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
            var list: UnsafeMutablePointer<addrinfo>?
            guard getaddrinfo(name, nil, &hints, &list) == 0 else {
                cells.append(VerifyCell(host: name, check: .dns, status: .failed, code: "dns.not-found", message: "\(name) does not resolve."))
                continue
            }
            var found: [String] = []
            var cursor = list
            while let info = cursor {
                var buffer = [CChar](repeating: 0, count: Int(NI_MAXHOST))
                if getnameinfo(info.pointee.ai_addr, info.pointee.ai_addrlen, &buffer, socklen_t(buffer.count), nil, 0, NI_NUMERICHOST) == 0 {
                    let text = String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
                    if !found.contains(text) { found.append(text) }
                }
                cursor = info.pointee.ai_next
            }
            freeaddrinfo(list)
            addresses[name] = found
            cells.append(VerifyCell(host: name, check: .dns, status: .ok, code: "dns.ok", message: "\(name) resolves to \(found.joined(separator: ", "))."))
        }
        if let wildcard = plan.hosts?.previewWildcard {
            let resolved = addresses[previewName] != nil
            cells.append(VerifyCell(host: wildcard, check: .dns, status: resolved ? .ok : .failed, code: resolved ? "dns.ok" : "dns.not-found",
                                    message: resolved ? "\(previewName) resolves through the wildcard." : "\(previewName) does not resolve."))
        }
        return DNSVerification(cells: cells, addresses: addresses)
    }
}

/// The credentials a TURN Allocate is made with.
public enum TURNCredentials: Sendable {
    case restSecret(String)
    case longTerm(user: String, password: String)
}

/// Stand-in: TURN is not checked until verify-l4's probe is merged.
public enum TURNVerifier {
    public static func verify(_ plan: Plan, credentials: TURNCredentials?, timeout: Duration) async -> [VerifyCell] {
        [VerifyCell(host: "turn", check: .turn, status: .skipped, code: "turn.not-checked", message: "TURN is not checked by this build.")]
    }
}
