/// Whether a main domain is meant for the public internet (not reserved, not a private-use name).
enum PublicDomain {
    /// Private-use top-level names (RFC 6762 appendix G, RFC 8375) besides the reserved ones.
    static let privateSuffixes = ["home.arpa", "lan", "corp", "home", "intranet", "private"]

    static func isPublic(_ name: DomainName?) -> Bool {
        guard let name else { return false }
        if DomainRules.reservedName(name.ascii) != nil { return false }
        return !privateSuffixes.contains { name.ascii == $0 || name.ascii.hasSuffix("." + $0) }
    }
}
