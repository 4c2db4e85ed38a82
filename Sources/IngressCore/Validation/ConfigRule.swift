/// One validation rule over the operator's answers (one rule per file, each with its tests). It
/// reads the draft's typed values, never a raw string it would have to parse again.
public protocol ConfigRule: Sendable {
    func check(_ draft: Draft) -> [Diagnostic]
}

extension ConfigRule {
    /// The rule on answers not yet read into a draft (tests of one rule).
    public func check(_ config: Config) -> [Diagnostic] { check(Draft(config)) }
}
