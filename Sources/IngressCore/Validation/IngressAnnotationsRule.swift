/// INGRESS_ANNOTATIONS: `KEY=VALUE` items with Kubernetes annotation keys, for the generic Ingress only.
struct IngressAnnotationsRule: ConfigRule {
    func check(_ config: Config) -> [Diagnostic] {
        let raw = config[.ingressAnnotations]
        guard !raw.isEmpty else { return [] }
        var found: [Diagnostic] = []
        if config.controller?.descriptor.uses(.ingressAnnotations) != true {
            found.append(.warning("annotations.ignored", .ingressAnnotations,
                                  "is only used by --controller ingress; \(config[.controller]) gets the annotations it needs from nap-ingress.",
                                  hint: "clear it with --ingress-annotation \"\" if you do not plan to switch to the generic Ingress."))
        }
        var seen: [String] = []
        for item in raw.split(separator: ";") {
            let text = item.trimmingWhitespace()
            guard let eq = text.firstIndex(of: "="), eq != text.startIndex else {
                found.append(.error("annotations.invalid", .ingressAnnotations, "\"\(text)\" is not KEY=VALUE.",
                                    hint: "e.g. --ingress-annotation haproxy.org/timeout-tunnel=1h (repeat the flag for more)."))
                continue
            }
            let key = String(text[..<eq]).trimmingWhitespace()
            if let problem = QualifiedName.problem(key) {
                found.append(.error("annotations.invalid", .ingressAnnotations, "\"\(key)\" is not a valid annotation key: \(problem).",
                                    hint: "keys are [prefix/]name, e.g. haproxy.org/timeout-tunnel."))
            }
            if seen.contains(key) {
                found.append(.error("annotations.duplicate", .ingressAnnotations, "sets \"\(key)\" twice.", hint: "give each key once."))
            }
            seen.append(key)
            if key == "kubernetes.io/ingress.class" {
                found.append(.error("annotations.class-conflict", .ingressAnnotations,
                                    "sets kubernetes.io/ingress.class, which Kubernetes rejects next to spec.ingressClassName and which is deprecated.",
                                    hint: "remove it and give the class with --ingress-class."))
            }
        }
        return found
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
            if !ControllerOptionsRule.isSubdomain(prefix) { return "the prefix \"\(prefix)\" is not a lower-case DNS name" }
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
