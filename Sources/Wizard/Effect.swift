import IngressCore

/// Work the shell does for the wizard (disk I/O); `update` itself never touches the disk.
public enum Effect: Sendable {
    /// Which files a write would change, for the review screen.
    case previewOutput(files: [OutputFile], folder: String)
    /// The confirmed write: values.env first, then the output folder.
    case write(WriteRequest)
    /// A DNS sheet to a file the operator named.
    case exportSheet(path: String, contents: String)
    /// Leave the wizard with this exit status.
    case quit(status: Int32)
}

/// Everything the review showed and the operator confirmed.
public struct WriteRequest: Sendable {
    public var workspace: Workspace
    public var updated: ValuesFile
    public var files: [OutputFile]
    public var folder: String
}

/// What a confirmed write did.
public struct WriteReport: Equatable, Sendable {
    public var valuesPath: String
    public var valuesChanged: Bool
    /// Where the previous values.env was kept, when there was one.
    public var backupPath: String?
    /// What the output folder got; nil when it could not be written (see `outputError`).
    public var output: OutputWriter.Summary?
    public var folder: String
    /// Set when values.env was written but the output folder could not be.
    public var outputError: String?
}

/// The result of an effect, fed back to `update`.
public enum EffectOutcome: Equatable, Sendable {
    case outputPreview(OutputWriter.Summary)
    case written(WriteReport)
    /// Nothing was written.
    case writeFailed(String)
    case exported(path: String)
    case exportFailed(String)
}
