import CPSL
import Foundation

/// The public suffix list (Debian's `publicsuffix` package), matched by libpsl, the matcher
/// curl and wget use: wildcard and exception rules, internationalised rules, and lookups that
/// cost the same whatever the length of the domain.
public final class PublicSuffixList: Sendable {
    /// Where Debian installs the list; `NAP_INGRESS_PUBLIC_SUFFIX_LIST` overrides it (tests).
    public static let standardPath = "/usr/share/publicsuffix/public_suffix_list.dat"

    /// The same list compiled by the package into libpsl's DAFSA form: loaded without parsing
    /// 11,000 rules, which keeps the wizard's start fast.
    static let standardDAFSAPath = "/usr/share/publicsuffix/public_suffix_list.dafsa"

    /// Where this process reads the list from.
    public static let path = getenv("NAP_INGRESS_PUBLIC_SUFFIX_LIST").map { String(cString: $0) } ?? standardPath

    /// The list read once per process, or nil when it is not installed (or holds no rules).
    public static let shared: PublicSuffixList? = {
        guard access(path, R_OK) == 0 else { return nil }
        if path == standardPath, access(standardDAFSAPath, R_OK) == 0, let list = PublicSuffixList(loading: standardDAFSAPath) {
            return list
        }
        return PublicSuffixList(loading: path)
    }()

    /// libpsl's context: read-only once loaded, and libpsl's lookups are safe from any thread.
    private nonisolated(unsafe) let context: OpaquePointer

    private init(context: OpaquePointer) { self.context = context }

    /// The list in `path` (the text or the DAFSA form); nil when it cannot be read or holds no rules.
    convenience init?(loading path: String) {
        guard let context = psl_load_file(path) else { return nil }
        guard Self.hasRules(context) else {
            psl_free(context)
            return nil
        }
        self.init(context: context)
    }

    /// A list given as text (tests); an empty list matches nothing but the implicit `*` rule.
    public convenience init(text: String) {
        var bytes = Array(text.utf8)
        let context: OpaquePointer? = bytes.withUnsafeMutableBytes { buffer in
            guard let file = fmemopen(buffer.baseAddress, buffer.count, "r") else { return nil }
            defer { fclose(file) }
            return psl_load_fp(file)
        }
        // libpsl refuses only when out of memory; an empty context then stands for an empty list.
        self.init(context: context ?? psl_load_fp(nil)!)
    }

    public convenience init(bytes: [UInt8]) { self.init(text: String(decoding: bytes, as: UTF8.self)) }

    deinit { psl_free(context) }

    /// Whether a loaded list holds at least one rule (an empty or truncated file counts as
    /// missing). The DAFSA form does not count its rules (-1): it exists only with rules.
    private static func hasRules(_ context: OpaquePointer) -> Bool {
        psl_suffix_count(context) != 0 || psl_suffix_exception_count(context) > 0
    }

    /// The public suffix of an A-label domain (the implicit `*` rule applies when nothing matches).
    public func publicSuffix(of domain: String) -> String {
        guard let suffix = psl_unregistrable_domain(context, domain) else {
            return domain.split(separator: ".").last.map(String.init) ?? domain
        }
        return String(cString: suffix)
    }

    /// Whether the list names this suffix explicitly (`com`), not through the implicit `*` rule.
    public func isListed(_ suffix: String) -> Bool {
        psl_is_public_suffix2(context, suffix, nap_PSL_TYPE_ANY | nap_PSL_TYPE_NO_STAR_RULE) != 0
    }

    /// Whether the domain is itself a public suffix (`com`, `co.uk`, `foo.ck`).
    public func isPublicSuffix(_ domain: String) -> Bool { psl_is_public_suffix(context, domain) != 0 }

    /// The registrable domain (one label more than the public suffix), nil for a suffix itself.
    public func registrableDomain(of domain: String) -> String? {
        // libpsl answers with a pointer into the string it was given: read it while that lives.
        domain.withCString { name in psl_registrable_domain(context, name).map { String(cString: $0) } }
    }
}
