/// Kubernetes label keys and values (apimachinery's qualified names).
enum LabelSyntax {
    private static func isNamePart(_ s: String, max: Int) -> Bool {
        guard !s.isEmpty, s.count <= max, let first = s.unicodeScalars.first, let last = s.unicodeScalars.last else { return false }
        func alnum(_ c: Unicode.Scalar) -> Bool { (c >= "a" && c <= "z") || (c >= "A" && c <= "Z") || (c >= "0" && c <= "9") }
        return alnum(first) && alnum(last) && s.unicodeScalars.allSatisfy { alnum($0) || $0 == "-" || $0 == "_" || $0 == "." }
    }

    /// Why `key` is not `[prefix/]name`, or nil.
    static func keyProblem(_ key: String) -> String? {
        let parts = key.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        guard parts.count <= 2 else { return "more than one '/'" }
        if parts.count == 2, !ControllerOptionsRule.isSubdomain(parts[0]) { return "the prefix is not a DNS subdomain" }
        return isNamePart(parts.last!, max: 63) ? nil : "the name is not 1-63 letters, digits, '-', '_' or '.'"
    }

    /// Why `value` is not a label value, or nil (empty is allowed).
    static func valueProblem(_ value: String) -> String? {
        value.isEmpty || isNamePart(value, max: 63) ? nil : "not 0-63 letters, digits, '-', '_' or '.'"
    }
}
