/// The main domain as the operator typed it, normalised: trimmed, lower-case, no trailing
/// dot, in IDNA2008 A-label form (with its Unicode form kept for display).
public struct DomainName: Equatable, Sendable {
    /// The A-label form every manifest and DNS record uses, e.g. `xn--bcher-kva.de`.
    public var ascii: String
    /// The Unicode form shown beside it, e.g. `bücher.de` (equal to `ascii` for plain names).
    public var unicode: String
    /// The registrable domain (`acme.co.uk` for `nap.acme.co.uk`), nil without a suffix list.
    public var registrableDomain: String?

    /// Whether the domain is the apex of its registrable domain; nil without a suffix list.
    public var isApex: Bool? { registrableDomain.map { $0 == ascii } }
    public var isInternationalized: Bool { ascii != unicode }
    /// How a sentence names it: `bücher.de (xn--bcher-kva.de)` for an IDN, else the name.
    public var displayed: String { isInternationalized ? "\(unicode) (\(ascii))" : ascii }

    /// Longest main domain: a 63-character preview label under `sandbox.<main>` must still fit in 253.
    public static let maximumLength = 253 - 63 - 1 - "sandbox.".count

    /// The normalised domain, or every rule it breaks (all collected, none stop the others).
    public static func analyze(_ raw: String, suffixes: PublicSuffixList? = PublicSuffixList.shared) -> (DomainName?, [Diagnostic]) {
        DomainRules(raw: raw, suffixes: suffixes).run()
    }

    /// The normalised domain, or the diagnostics as an error.
    public static func normalize(_ raw: String, suffixes: PublicSuffixList? = PublicSuffixList.shared) throws(DomainError) -> DomainName {
        let (name, diagnostics) = analyze(raw, suffixes: suffixes)
        guard let name, !diagnostics.hasErrors else { throw DomainError(diagnostics: diagnostics) }
        return name
    }
}

/// The rules a main domain breaks.
public struct DomainError: Error, Sendable {
    public var diagnostics: [Diagnostic]
}
