/// One validation rule over the operator's answers (one rule per file, each with its tests).
public protocol ConfigRule: Sendable {
    func check(_ config: Config) -> [Diagnostic]
}
