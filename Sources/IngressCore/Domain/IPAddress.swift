#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// IPv4/IPv6 literal checks (inet_pton, so exactly what the resolver accepts).
public enum IPAddress {
    public static func isIPv4(_ s: String) -> Bool {
        var addr = in_addr()
        return inet_pton(AF_INET, s, &addr) == 1
    }

    public static func isIPv6(_ s: String) -> Bool {
        var addr = in6_addr()
        return inet_pton(AF_INET6, s, &addr) == 1
    }

    /// Why text made only of digits and dots (at least one) is not an IPv4 address, e.g. `the octet
    /// 300 is above 255`; nil when it is one, or when it is other text (a host name, an IPv6 address).
    public static func ipv4Problem(_ s: String) -> String? {
        guard s.contains("."), s.allSatisfy({ $0 == "." || ($0.isASCII && $0.isNumber) }), !isIPv4(s) else { return nil }
        if s.hasSuffix("."), isIPv4(String(s.dropLast())) {
            return "it ends with a dot"
        }
        let octets = s.split(separator: ".", omittingEmptySubsequences: false)
        if octets.contains(where: \.isEmpty) {
            return "it has an empty part (a leading or trailing dot, or two dots in a row)"
        }
        if let big = octets.first(where: { octet in
            let digits = octet.drop { $0 == "0" }
            return digits.count > 3 || (Int(digits) ?? 0) > 255
        }) {
            return "the octet \(big) is above 255"
        }
        if let padded = octets.first(where: { $0.count > 1 && $0.hasPrefix("0") }) {
            return "the octet \(padded) has a leading zero, which some resolvers read as octal"
        }
        if octets.count != 4 {
            return "it has \(octets.count) octet\(octets.count == 1 ? "" : "s"); an IPv4 address has four"
        }
        return "inet_pton refuses it"
    }

    /// RFC 1918, loopback, link-local, CGNAT and IPv6 ULA/link-local: not reachable from the internet.
    public static func isPrivate(_ s: String) -> Bool {
        if isIPv4(s) {
            let o = s.split(separator: ".").compactMap { Int($0) }
            guard o.count == 4 else { return false }
            return o[0] == 10 || o[0] == 127 || (o[0] == 172 && (16...31).contains(o[1]))
                || (o[0] == 192 && o[1] == 168) || (o[0] == 169 && o[1] == 254) || (o[0] == 100 && (64...127).contains(o[1]))
        }
        if isIPv6(s) {
            let l = s.lowercased()
            return l == "::1" || l.hasPrefix("fc") || l.hasPrefix("fd") || l.hasPrefix("fe80")
        }
        return false
    }
}
