/// Runs every rule and collects every finding (never stops at the first).
public enum Validator {
    /// The rules, in the order their findings are shown.
    public static let rules: [any ConfigRule] = [
        EnumRule(),
        DomainRule(),
        NamespaceRule(),
        NodePortRule(),
        EntryRule(),
        DNSTTLRule(),
        ControllerOptionsRule(),
        ControllerVersionRule(),
        IngressAnnotationsRule(),
        IstioGatewayRule(),
        GatewayRule(),
        ControllerCautionRule(),
        TLSRule(),
        TURNPortRule(),
        TURNExternalIPRule(),
        TURNSelectorRule(),
        TURNNodePortRule(),
        TURNLoadBalancerRule(),
        TURNUDPRouteRule(),
    ]

    public static func validate(_ config: Config) -> [Diagnostic] {
        validate(Draft(config))
    }

    /// Every rule's findings on one draft (the answers parsed once for all of them).
    public static func validate(_ draft: Draft) -> [Diagnostic] {
        rules.flatMap { $0.check(draft) }
    }

    /// Findings about the file itself: lines nap-ingress cannot read. Such a line blocks
    /// writing only when it assigns a key nap-ingress owns.
    public static func validate(file: ValuesFile, path: String) -> [Diagnostic] {
        var found: [Diagnostic] = file.unparsed.map { line in
            let owned = !line.ownedKeys.isEmpty
            // A statement left open (or a syntax error) ends bash's reading: every owned key after it is lost.
            let stopsReading = line.ownedKeys.count == OwnedKey.allCases.count
            let consequence = stopsReading ? " (bash stops reading values.env here)"
                : owned ? " (it sets \(line.ownedKeys.map(\.rawValue).joined(separator: ", ")))" : "; the line is kept as it is."
            return Diagnostic(owned ? .error : .warning, owned ? "values.unreadable-owned-line" : "values.unreadable-line",
                              .file(path: path, line: line.line),
                              "cannot read `\(line.text.prefix(60))`: \(line.reason)" + consequence,
                              hint: owned ? "rewrite it as a plain KEY=value line." : nil)
        }
        if file.lineEnding == "\n" {
            // A lone carriage return (one line saved by a Windows editor) stays in the value for bash.
            for assignment in file.assignments where assignment.value.unicodeScalars.last == "\r" {
                found.append(Diagnostic(.warning, "values.carriage-return", .file(path: path, line: assignment.line),
                                        "the value of \(assignment.key) ends with a carriage return, which bash keeps: install.sh reads it with that character.",
                                        hint: "remove the carriage return at the end of that line."))
            }
        }
        if file.lineEnding == "\r\n" {
            found.append(Diagnostic(.warning, "values.crlf", .file(path: path),
                                    "has Windows (CRLF) line endings: bash keeps the carriage return at the end of every value install.sh reads.",
                                    hint: .text("convert it with `sed -i 's/\\r$//' \(path)`; nap-ingress keeps the file's line endings as they are.")))
        }
        return found
    }
}
