import Foundation
import IngressCore

/// What the DNS column found, and the addresses TLS/HTTP/WebSocket must probe per name.
public struct DNSVerification: Sendable {
    /// One `dns` cell per name, incl. `*.sandbox.<main>` and the random preview name.
    public var cells: [VerifyCell]
    /// Name checked -> IP addresses it resolved to (empty when it did not resolve).
    public var addresses: [String: [String]]

    public init(cells: [VerifyCell], addresses: [String: [String]]) {
        self.cells = cells
        self.addresses = addresses
    }
}

/// verify's DNS column: asks one resolver about every host name, all at once, and lets the
/// core judge the answers.
public enum DNSVerifier {
    /// `previewName` is the random `{id}-{port}.sandbox.<main>` name verify-net chose;
    /// `resolver` is `--resolver ADDR[:PORT]` (nil: the system resolver from /etc/resolv.conf).
    public static func verify(_ plan: Plan, previewName: String, resolver: String?, timeout: Duration) async -> DNSVerification {
        let names = DNSJudgement.names(plan, previewName: previewName)
        guard let hosts = plan.hosts, !names.isEmpty else { return DNSVerification(cells: [], addresses: [:]) }
        guard let server = resolver.map(parseResolver) ?? systemResolver() else {
            let why = resolver.map { "--resolver \($0) is not ADDR[:PORT] with an IP address" }
                ?? "/etc/resolv.conf names no nameserver"
            let cells = names.map {
                VerifyCell(host: $0, check: .dns, status: .failed, code: "dns.no-resolver", message: why + ".",
                           fix: "pass --resolver ADDR[:PORT], e.g. --resolver 1.1.1.1 or --resolver [2606:4700:4700::1111]:53")
            }
            return DNSVerification(cells: cells, addresses: [:])
        }
        var extra = ["nap-verify-\(randomLabel()).\(hosts.main)"]
        if case .hostName(let target) = plan.entry { extra.append(target) }

        var seen: [String: DNSObservation] = [:]
        await withTaskGroup(of: DNSObservation.self) { group in
            for name in names + extra {
                group.addTask { await lookUp(name, server: server, timeout: timeout) }
            }
            for await observation in group { seen[observation.name] = observation }
        }
        let lookups = DNSJudgement.Lookups(
            names: seen.filter { names.contains($0.key) },
            absentProbe: seen[extra[0]],
            entryHost: extra.count > 1 ? seen[extra[1]] : nil)
        var addresses: [String: [String]] = [:]
        for name in names { addresses[name] = seen[name]?.addresses ?? [] }
        return DNSVerification(cells: DNSJudgement.cells(plan, previewName: previewName, lookups: lookups), addresses: addresses)
    }

    /// `ADDR`, `ADDR:PORT`, `[IPv6]:PORT` or a bare IPv6 address; port 53 by default. Nil when not one of those.
    public static func parseResolver(_ text: String) -> ProbeResolverAddress? {
        guard let parsed = ResolverAddress(text), let address = ProbeAddress(host: parsed.host, port: parsed.port) else { return nil }
        return ProbeResolverAddress(address: address)
    }

    /// The first nameserver of /etc/resolv.conf.
    static func systemResolver(path: String = "/etc/resolv.conf") -> ProbeResolverAddress? {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return nil }
        for line in text.split(separator: "\n") {
            let fields = line.split(whereSeparator: { $0 == " " || $0 == "\t" })
            if fields.count >= 2, fields[0] == "nameserver",
               let address = ProbeAddress(host: String(fields[1].split(separator: "%")[0]), port: 53) {
                return ProbeResolverAddress(address: address)
            }
        }
        return nil
    }

    private static func randomLabel() -> String {
        String((0..<12).map { _ in "abcdefghijklmnopqrstuvwxyz0123456789".randomElement()! })
    }

    /// A and AAAA for `name`, following a CNAME chain the server left unfinished (up to 8 steps).
    static func lookUp(_ name: String, server: ProbeResolverAddress, timeout: Duration) async -> DNSObservation {
        let address = server.address
        return await runBlockingProbe { cancel in
            let deadline = ProbeDeadline(after: timeout)
            var observation = DNSObservation(name: name, outcome: .answer, resolver: address.description)
            var current = name
            for _ in 0..<8 {
                let a = DNSQuery.ask(current, .a, server: address, deadline: deadline, cancel: cancel)
                let aaaa = DNSQuery.ask(current, .aaaa, server: address, deadline: deadline, cancel: cancel)
                guard case .success(let first) = a else {
                    if case .failure(let error) = a { observation.outcome = outcome(error) }
                    return observation
                }
                var answer = first
                if case .success(let six) = aaaa {
                    answer.addresses += six.addresses
                    if let ttl = six.addressTTL { answer.addressTTL = min(answer.addressTTL ?? ttl, ttl) }
                    if answer.chain.isEmpty { answer.chain = six.chain }
                }
                observation.chain += answer.chain
                observation.addresses = answer.addresses
                observation.ttl = answer.addressTTL
                observation.negativeTTL = answer.negativeTTL
                observation.negativeZone = answer.negativeZone
                observation.outcome = outcome(rcode: answer.rcode)
                guard observation.outcome == .answer, answer.addresses.isEmpty, let next = answer.chain.last?.target else {
                    return observation
                }
                current = next
            }
            return observation
        }
    }

    private static func outcome(_ error: ProbeSocketError) -> DNSObservation.Outcome {
        switch error {
        case .timeout: .timeout
        case .refused: .unreachable("connection refused")
        case .cancelled: .unreachable("cancelled")
        case .failed(let why): .unreachable(why)
        }
    }

    /// RFC 1035/2136 response code names, from 1.
    private static let rcodeNames = ["FORMERR", "SERVFAIL", "NXDOMAIN", "NOTIMP", "REFUSED", "YXDOMAIN", "YXRRSET", "NXRRSET", "NOTAUTH", "NOTZONE"]

    private static func outcome(rcode: Int) -> DNSObservation.Outcome {
        switch rcode {
        case 0: .answer
        case 2: .servfail
        case 3: .nxdomain
        case 1...rcodeNames.count: .rcode(rcodeNames[rcode - 1])
        default: .rcode("RCODE\(rcode)")
        }
    }
}

/// A resolver verify can ask: a literal IP address and port (from `--resolver` or /etc/resolv.conf).
public struct ProbeResolverAddress: Sendable, Equatable, CustomStringConvertible {
    let address: ProbeAddress
    public var description: String { address.description }
}
