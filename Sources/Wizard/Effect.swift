import IngressCore

/// Work the shell does for the wizard (disk I/O); `update` itself never touches the disk.
public enum Effect: Sendable {
    /// The certificate and key files of `TLS_SOURCE=files`, checked against the names they must cover.
    case checkCertificates(plan: Plan)
    /// The files a write would produce (certificate files read and checked, self-signed
    /// material kept or issued) and what they would change, for the review screen.
    case prepareOutput(plan: Plan, folder: String)
    /// The confirmed write: values.env first, then the output folder.
    case write(WriteRequest)
    /// A DNS sheet to a file the operator named.
    case exportSheet(SheetExport)
    /// Start checking the live install in the background (the shell picks the preview name and
    /// answers `.verifyStarted`, then `.verified` per slot on its ticks, then `.verifyFinished`).
    case startVerify(plan: Plan, folder: String)
    /// Stop the background verify run (its late answers are dropped).
    case cancelVerify
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

/// What a confirmed write did (values.env and the output folder are written together or not at all).
public struct WriteReport: Equatable, Sendable {
    public var valuesPath: String
    public var valuesChanged: Bool
    /// values.env did not exist before.
    public var created: Bool
    /// Where the previous values.env was kept, when there was one.
    public var backupPath: String?
    /// What the output folder got.
    public var output: OutputWriter.Summary
    public var folder: String

    public init(valuesPath: String, valuesChanged: Bool, created: Bool, backupPath: String?, output: OutputWriter.Summary, folder: String) {
        self.valuesPath = valuesPath
        self.valuesChanged = valuesChanged
        self.created = created
        self.backupPath = backupPath
        self.output = output
        self.folder = folder
    }
}

/// The result of an effect, fed back to `update`.
public enum EffectOutcome: Equatable, Sendable {
    case outputPrepared(PreparedOutput)
    /// The certificate files' findings (errors keep the operator on the certificates step).
    case certificatesChecked([Diagnostic])
    case written(WriteReport)
    /// Nothing was written.
    case writeFailed(String)
    case exported(path: String)
    /// The file exists: the operator is asked before it is replaced.
    case exportWouldReplace(path: String)
    case exportFailed(String)
}

/// The output folder's side of the review, worked out on disk by the shell.
public struct PreparedOutput: Equatable, Sendable {
    /// What Enter would write into the output folder; nil when a certificate finding blocks it.
    public var files: [OutputFile]?
    /// Certificate-file findings and self-signed issuance notes.
    public var findings: [Diagnostic]
    /// What writing `files` would change in the folder.
    public var summary: OutputWriter.Summary?
    /// What the previous render in the folder created that `files` no longer do (the review and
    /// Done name them with the commands to delete them).
    public var retired: RetiredObjects

    public init(files: [OutputFile]?, findings: [Diagnostic], summary: OutputWriter.Summary?, retired: RetiredObjects = .none) {
        self.files = files
        self.findings = findings
        self.summary = summary
        self.retired = retired
    }

    /// Renders `plan` for `folder` the way `nap-ingress render` does, without writing.
    public static func prepare(_ plan: Plan, folder: String) -> PreparedOutput {
        let folderFindings = OutputWriter.folderFindings(folder)
        if !folderFindings.isEmpty { return PreparedOutput(files: nil, findings: folderFindings, summary: nil) }
        let (files, checked, retired) = RenderJob.checkedFiles(for: plan, out: folder)
        // Files the operator put in the folder block the write, as they block `render`.
        let foreign = files.map { OutputWriter.foreignFindings($0, in: folder) } ?? []
        let findings = foreign + checked
        if foreign.hasErrors { return PreparedOutput(files: nil, findings: findings, summary: nil) }
        return PreparedOutput(files: files, findings: findings, summary: files.map { OutputWriter.preview($0, in: folder) }, retired: retired)
    }
}
