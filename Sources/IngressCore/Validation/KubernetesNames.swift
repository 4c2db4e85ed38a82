// The Kubernetes name checks every rule shares (apimachinery's validation), in one place.

/// Kubernetes object-name rules (apimachinery's validation).
public enum KubernetesName {
    /// Why `s` is not a DNS-1123 label, or nil when it is one.
    public static func dns1123LabelProblem(_ s: String) -> String? {
        if s.isEmpty { return "it is empty" }
        if s.count > 63 { return "it is longer than 63 characters" }
        let ok = s.unicodeScalars.allSatisfy { ($0 >= "a" && $0 <= "z") || ($0 >= "0" && $0 <= "9") || $0 == "-" }
        if !ok { return "only lower-case letters, digits and '-' are allowed" }
        if s.hasPrefix("-") || s.hasSuffix("-") { return "it must start and end with a letter or digit" }
        return nil
    }

    /// Whether `s` is a DNS-1123 subdomain (dot-separated labels, at most 253 characters): object,
    /// class and Gateway names, and the prefix of a qualified name.
    public static func isSubdomain(_ s: String) -> Bool {
        !s.isEmpty && s.count <= 253 && s.split(separator: ".", omittingEmptySubsequences: false).allSatisfy {
            dns1123LabelProblem(String($0)) == nil
        }
    }
}

/// Kubernetes qualified names (annotation and label keys): `[prefix/]name`.
enum QualifiedName {
    /// Why `key` is not a qualified name, or nil when it is one.
    static func problem(_ key: String) -> String? {
        let parts = key.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count <= 2 else { return "it has more than one '/'" }
        if parts.count == 2 {
            let prefix = String(parts[0])
            if !KubernetesName.isSubdomain(prefix) { return "the prefix \"\(prefix)\" is not a lower-case DNS name" }
        }
        let name = parts.last.map(String.init) ?? ""
        if name.isEmpty { return "the name part is empty" }
        if name.count > 63 { return "the name part is longer than 63 characters" }
        if !isNameText(name) { return "the name part must be letters, digits, '-', '_' or '.', starting and ending with a letter or digit" }
        return nil
    }

    /// Label values: empty, or up to 63 of the name characters.
    static func labelValueProblem(_ value: String) -> String? {
        if value.isEmpty { return nil }
        if value.count > 63 { return "it is longer than 63 characters" }
        return isNameText(value) ? nil : "it must be letters, digits, '-', '_' or '.', starting and ending with a letter or digit"
    }

    static func isNameText(_ s: String) -> Bool {
        func alnum(_ c: Unicode.Scalar) -> Bool { (c >= "a" && c <= "z") || (c >= "A" && c <= "Z") || (c >= "0" && c <= "9") }
        let scalars = Array(s.unicodeScalars)
        guard let first = scalars.first, let last = scalars.last, alnum(first), alnum(last) else { return false }
        return scalars.allSatisfy { alnum($0) || $0 == "-" || $0 == "_" || $0 == "." }
    }
}
