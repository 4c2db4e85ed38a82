import Foundation

/// The public suffix list (Debian's `publicsuffix` package), with its wildcard and exception rules.
public struct PublicSuffixList: Sendable {
    /// Where Debian installs the list; `NAP_INGRESS_PUBLIC_SUFFIX_LIST` overrides it (tests).
    public static let standardPath = "/usr/share/publicsuffix/public_suffix_list.dat"

    private var rules: Set<String> = []
    private var wildcards: Set<String> = []  // "ck" for "*.ck"
    private var exceptions: Set<String> = []  // "www.ck" for "!www.ck"

    /// Where this process reads the list from.
    public static let path = ProcessInfo.processInfo.environment["NAP_INGRESS_PUBLIC_SUFFIX_LIST"] ?? standardPath

    /// The list read once per process, or nil when it is not installed (or holds no rules).
    public static let shared: PublicSuffixList? = {
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        let list = PublicSuffixList(text: String(decoding: data, as: UTF8.self))
        return list.rules.isEmpty ? nil : list
    }()

    public init(text: String) {
        // Byte-level: the list has some 11,000 rules and is read on every run that checks a domain.
        var text = text
        text.withUTF8 { bytes in
            var lineStart = 0
            while lineStart < bytes.count {
                var end = lineStart
                while end < bytes.count, bytes[end] != 0x0A, bytes[end] != 0x0D, bytes[end] != 0x20, bytes[end] != 0x09 { end += 1 }
                var next = end
                while next < bytes.count, bytes[next] != 0x0A { next += 1 }
                defer { lineStart = next + 1 }
                guard end > lineStart, !(bytes[lineStart] == 0x2F && end > lineStart + 1 && bytes[lineStart + 1] == 0x2F) else { continue }
                let word = UnsafeBufferPointer(rebasing: bytes[lineStart..<end])
                let rule = word.allSatisfy { $0 < 0x80 }
                    ? String(decoding: word.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }, as: UTF8.self)
                    : Self.ascii(String(decoding: word, as: UTF8.self).lowercased())
                if rule.hasPrefix("!") {
                    exceptions.insert(String(rule.dropFirst()))
                } else if rule.hasPrefix("*.") {
                    wildcards.insert(String(rule.dropFirst(2)))
                } else {
                    rules.insert(rule)
                }
            }
        }
    }

    /// The public suffix of an A-label domain (the implicit `*` rule applies when nothing matches).
    public func publicSuffix(of domain: String) -> String {
        let labels = domain.split(separator: ".").map(String.init)
        // Walk from the longest candidate to the shortest; the first (longest) match wins,
        // and an exception rule makes its parent the suffix.
        for start in labels.indices {
            let candidate = labels[start...].joined(separator: ".")
            if exceptions.contains(candidate) {
                return labels[(start + 1)...].joined(separator: ".")
            }
            if rules.contains(candidate) { return candidate }
            if start + 1 < labels.count, wildcards.contains(labels[(start + 1)...].joined(separator: ".")) {
                return candidate
            }
        }
        return labels.last ?? domain
    }

    /// Whether the list names this suffix explicitly (`com`), not through the implicit `*` rule.
    public func isListed(_ suffix: String) -> Bool { rules.contains(suffix) }

    /// Whether the domain is itself a public suffix (`com`, `co.uk`, `foo.ck`).
    public func isPublicSuffix(_ domain: String) -> Bool { publicSuffix(of: domain) == domain }

    /// The registrable domain (one label more than the public suffix), nil for a suffix itself.
    public func registrableDomain(of domain: String) -> String? {
        let suffix = publicSuffix(of: domain)
        guard domain != suffix, domain.hasSuffix("." + suffix) else { return nil }
        let rest = domain.dropLast(suffix.count + 1)
        let label = rest.split(separator: ".").last.map(String.init) ?? String(rest)
        return label + "." + suffix
    }

    /// Rules are Unicode in the list; compare in A-label form like the domains.
    private static func ascii(_ rule: String) -> String {
        guard rule.unicodeScalars.contains(where: { !$0.isASCII }) else { return rule }
        let prefix = rule.hasPrefix("!") ? "!" : rule.hasPrefix("*.") ? "*." : ""
        let body = String(rule.dropFirst(prefix.count))
        return prefix + (IDNA.toASCII(body) ?? body)
    }
}
