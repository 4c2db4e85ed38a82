/// `--resolver ADDR[:PORT]` as text: `ADDR`, `ADDR:PORT`, `[IPv6]:PORT` or a bare IPv6 address,
/// port 53 by default. Parsed here so `verify` refuses a bad one as a usage error before it
/// starts its probe, by the same rule the probe resolves with.
public struct ResolverAddress: Sendable, Equatable {
    /// The IP address as typed (inet_pton accepts it).
    public var host: String
    public var port: Int

    /// Nil when the text is not one of the shapes above with an IP address and a port in 1...65535.
    public init?(_ text: String) {
        var host = text, port = 53
        if text.hasPrefix("["), let close = text.firstIndex(of: "]") {
            host = String(text[text.index(after: text.startIndex)..<close])
            let rest = text[text.index(after: close)...]
            if !rest.isEmpty {
                guard rest.hasPrefix(":"), let p = Int(rest.dropFirst()) else { return nil }
                port = p
            }
        } else if text.filter({ $0 == ":" }).count == 1, let colon = text.firstIndex(of: ":") {
            host = String(text[..<colon])
            guard let p = Int(text[text.index(after: colon)...]) else { return nil }
            port = p
        }
        guard (1...65535).contains(port), IPAddress.isIPv4(host) || IPAddress.isIPv6(host) else { return nil }
        self.host = host
        self.port = port
    }
}
