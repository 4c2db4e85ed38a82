/// The operator's `values.env` as loaded for one run: its bytes (or the built-in defaults),
/// the answers it holds and what could not be read. The CLI and the wizard share it.
public struct Workspace: Sendable {
    public let valuesPath: String
    /// The file's bytes on disk; nil for a first install without `values.env`.
    public let original: [UInt8]?
    /// The document the answers are written into (the template when there is no file).
    public let file: ValuesFile

    public var exists: Bool { original != nil }
    /// The answers in the file, defaults for absent keys.
    public var config: Config { Config(file: file) }
    /// Lines that could not be read (errors when they set an owned key).
    public var fileDiagnostics: [Diagnostic] { Validator.validate(file: file, path: valuesPath) }

    public static func load(_ valuesPath: String) throws(OutputError) -> Workspace {
        let bytes = try ValuesStore.read(valuesPath)
        return Workspace(valuesPath: valuesPath, original: bytes,
                         file: bytes.map { ValuesFile(bytes: $0) } ?? ValuesFile(text: ValuesTemplate.text))
    }

    /// Validation of the file and of `config`, all findings together.
    public func diagnostics(for config: Config) -> [Diagnostic] {
        fileDiagnostics + Validator.validate(config)
    }

    /// The file with `config` written in, or the findings that block writing.
    public func updatedFile(with config: Config) -> Result<ValuesFile, ConfigWriteError> {
        var updated = file
        var findings = diagnostics(for: config)
        do {
            try config.apply(to: &updated)
        } catch {
            // Unsafe values are reported together with every other finding.
            findings = error.diagnostics + findings
        }
        if findings.hasErrors { return .failure(ConfigWriteError(diagnostics: findings)) }
        return .success(updated)
    }

    /// Answers that cannot be written to this file safely (`value.unsafe`), so that the wizard
    /// can refuse them on their own step rather than on the review. As in `Config.apply`, an
    /// answer the file already holds is never refused. Cheap enough for every keystroke.
    public func unsafeValues(in config: Config, loaded: Config) -> [Diagnostic] {
        OwnedKey.allCases.compactMap { key in
            guard config[key] != loaded[key], let reason = BashQuoting.unsafeReason(config[key]) else { return nil }
            return .unsafeValue(key, reason: reason)
        }
    }

    /// The unified diff `configure --dry-run` and the wizard's review show.
    public func diff(to updated: ValuesFile) -> String {
        let old = original.map { String(decoding: $0, as: UTF8.self) } ?? ""
        return UnifiedDiff.diff(old: old, new: String(decoding: updated.serialized(), as: UTF8.self),
                                oldName: original == nil ? "/dev/null" : "a/\(displayName)", newName: "b/\(displayName)")
    }

    /// Stages the updated file under the writers' lock (see `ValuesStore.stage`); nil when
    /// nothing would change. The file is read again under the lock: when someone changed it
    /// since `load`, the owned keys changed here are applied to the fresh file (which `.bak`
    /// then holds), or, when one of them changed there too, nothing is written and the error
    /// names it. Without `lock`, the lock is taken here.
    public func stage(_ updated: ValuesFile, holding lock: FileLock? = nil, timeout: Double = FileLock.defaultTimeout,
                      onWait: (String) -> Void = { _ in }) throws(OutputError) -> StagedValues? {
        let location = try ValuesLocation.resolve(valuesPath)
        let held: FileLock
        if let lock { held = lock } else { held = try ValuesStore.lock(valuesPath, timeout: timeout, onWait: onWait) }
        let fresh = try FileBytes.read(location.target)
        var bytes = updated.serialized()
        let merged = fresh != original
        if merged { bytes = try ValuesMerge.merge(updated, loaded: file, onto: fresh, path: valuesPath) }
        if bytes == fresh { return nil }
        var staged = try ValuesStore.stage(bytes, at: location, previous: fresh, lock: held)
        staged.merged = merged
        return staged
    }

    /// Writes the updated file atomically (with `values.env.bak`, under the writers' lock, merged
    /// as `stage` says); nil when the file already held these bytes.
    @discardableResult
    public func save(_ updated: ValuesFile, holding lock: FileLock? = nil, timeout: Double = FileLock.defaultTimeout,
                     onWait: (String) -> Void = { _ in }) throws(OutputError) -> StagedValues? {
        guard let staged = try stage(updated, holding: lock, timeout: timeout, onWait: onWait) else { return nil }
        try staged.commit()
        return staged
    }

    private var displayName: String { valuesPath.split(separator: "/").last.map(String.init) ?? valuesPath }
}
