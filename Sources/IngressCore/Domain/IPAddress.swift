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
