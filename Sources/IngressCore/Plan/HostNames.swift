/// The five host names, all derived from the main domain here and nowhere else.
public struct HostNames: Equatable, Sendable {
    public var main: String
    public var files: String { "files.\(main)" }
    public var browsers: String { "browsers.\(main)" }
    public var sandbox: String { "sandbox.\(main)" }
    /// `*.sandbox.<main>`: preview hosts `{id}-{port}.sandbox.<main>` are new on every start.
    public var previewWildcard: String { "*.\(sandbox)" }

    public init(mainDomain: String) { main = mainDomain }

    /// In the order of the platform documentation's route table.
    public var all: [String] { [main, files, browsers, sandbox, previewWildcard] }
}
