import Foundation
import Synchronization

/// The public suffix list (Debian's `publicsuffix` package), with its wildcard and exception rules.
///
/// The list has some 11,000 rules and is consulted for one or two domains per run, so it is
/// not turned into sets: each lookup scans the raw bytes once for the few rules that could
/// apply to that domain (its own suffixes, in A-label and Unicode form) and caches the answer.
public final class PublicSuffixList: Sendable {
    /// Where Debian installs the list; `NAP_INGRESS_PUBLIC_SUFFIX_LIST` overrides it (tests).
    public static let standardPath = "/usr/share/publicsuffix/public_suffix_list.dat"

    /// Where this process reads the list from.
    public static let path = getenv("NAP_INGRESS_PUBLIC_SUFFIX_LIST").map { String(cString: $0) } ?? standardPath

    /// The list read once per process, or nil when it is not installed (or holds no rules).
    /// (Read with `read(2)` straight into the byte array: going through FileManager and Data
    /// took a measurable part of the wizard's start.)
    public static let shared: PublicSuffixList? = {
        guard let bytes = (try? FileBytes.read(path)) ?? nil else { return nil }
        let list = PublicSuffixList(bytes: bytes)
        return list.hasRules ? list : nil
    }()

    private let bytes: [UInt8]
    private let cache = Mutex<[String: Matches]>([:])

    /// The rules that concern one domain's suffixes, in A-label form.
    private struct Matches {
        var rules: Set<String> = []
        var wildcards: Set<String> = []  // "ck" for "*.ck"
        var exceptions: Set<String> = []  // "www.ck" for "!www.ck"
    }

    public init(bytes: [UInt8]) { self.bytes = bytes }

    public convenience init(text: String) { self.init(bytes: Array(text.utf8)) }

    /// Whether the file holds at least one rule (an empty or truncated file counts as missing).
    var hasRules: Bool {
        var found = false
        forEachRule { _ in found = true; return false }
        return found
    }

    /// The public suffix of an A-label domain (the implicit `*` rule applies when nothing matches).
    public func publicSuffix(of domain: String) -> String {
        let labels = domain.split(separator: ".").map(String.init)
        let matches = self.matches(for: domain)
        // Walk from the longest candidate to the shortest; the first (longest) match wins,
        // and an exception rule makes its parent the suffix.
        for start in labels.indices {
            let candidate = labels[start...].joined(separator: ".")
            if matches.exceptions.contains(candidate) {
                return labels[(start + 1)...].joined(separator: ".")
            }
            if matches.rules.contains(candidate) { return candidate }
            if start + 1 < labels.count, matches.wildcards.contains(labels[(start + 1)...].joined(separator: ".")) {
                return candidate
            }
        }
        return labels.last ?? domain
    }

    /// Whether the list names this suffix explicitly (`com`), not through the implicit `*` rule.
    public func isListed(_ suffix: String) -> Bool { matches(for: suffix).rules.contains(suffix) }

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

    // MARK: scanning

    private func matches(for domain: String) -> Matches {
        if let cached = cache.withLock({ $0[domain] }) { return cached }
        let labels = domain.lowercased().split(separator: ".").map(String.init)
        // Each suffix of the domain, as the bytes a rule would spell it with (the list writes
        // internationalised rules in Unicode), with its A-label form. A handful of candidates,
        // compared byte by byte: no allocation for each of the list's 11,000 rules.
        var candidates: [(bytes: [UInt8], ascii: String)] = []
        for start in labels.indices {
            let ascii = labels[start...].joined(separator: ".")
            candidates.append((Array(ascii.utf8), ascii))
            let unicode = IDNA.toUnicode(ascii)
            if unicode != ascii { candidates.append((Array(unicode.utf8), ascii)) }
        }
        let lengths = Set(candidates.map(\.bytes.count))
        var found = Matches()
        forEachRule { rule in
            var body = rule
            var kind = 0  // 0 rule, 1 wildcard, 2 exception
            if body.first == UInt8(ascii: "!") {
                kind = 2
                body = UnsafeBufferPointer(rebasing: body.dropFirst())
            } else if body.count > 2, body[0] == UInt8(ascii: "*"), body[1] == UInt8(ascii: ".") {
                kind = 1
                body = UnsafeBufferPointer(rebasing: body.dropFirst(2))
            }
            guard lengths.contains(body.count),
                  let ascii = candidates.first(where: { $0.bytes.elementsEqual(body) })?.ascii else { return true }
            switch kind {
            case 1: found.wildcards.insert(ascii)
            case 2: found.exceptions.insert(ascii)
            default: found.rules.insert(ascii)
            }
            return true
        }
        cache.withLock { $0[domain] = found }
        return found
    }

    /// Calls `body` with each rule's bytes (the first word of a line that is not a comment)
    /// until it returns false.
    private func forEachRule(_ body: (UnsafeBufferPointer<UInt8>) -> Bool) {
        bytes.withUnsafeBufferPointer { all in
            var lineStart = 0
            while lineStart < all.count {
                var end = lineStart
                while end < all.count, all[end] != 0x0A, all[end] != 0x0D, all[end] != 0x20, all[end] != 0x09 { end += 1 }
                var next = end
                while next < all.count, all[next] != 0x0A { next += 1 }
                defer { lineStart = next + 1 }
                guard end > lineStart, !(all[lineStart] == 0x2F && end > lineStart + 1 && all[lineStart + 1] == 0x2F) else { continue }
                if !body(UnsafeBufferPointer(rebasing: all[lineStart..<end])) { return }
            }
        }
    }
}
