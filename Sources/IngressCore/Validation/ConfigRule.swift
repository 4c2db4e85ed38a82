/// One validation rule over the operator's answers (one rule per file, each with its tests).
public protocol ConfigRule: Sendable {
    func check(_ config: Config) -> [Diagnostic]
    /// The same check with the port keys already parsed (`Validator` parses them once for every rule).
    func check(_ config: Config, ports: PortAnswers) -> [Diagnostic]
}

extension ConfigRule {
    /// Rules that read no port ignore the parsed ports.
    public func check(_ config: Config, ports: PortAnswers) -> [Diagnostic] { check(config) }
}
