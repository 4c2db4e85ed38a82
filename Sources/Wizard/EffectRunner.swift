import IngressCore

/// Carries out effects through the core's writers; the terminal loop and the tests share it.
public enum EffectRunner {
    /// Runs `effect`; the event to feed back, nil for `quit` (the caller leaves).
    public static func run(_ effect: Effect) -> Event? {
        switch effect {
        case .checkCertificates(let plan):
            return .finished(.certificatesChecked(RenderJob.certificateFindings(plan)))
        case .prepareOutput(let plan, let folder):
            return .finished(.outputPrepared(PreparedOutput.prepare(plan, folder: folder)))
        case .write(let request):
            return .finished(write(request))
        case .exportSheet(let path, let contents):
            do {
                let pending = try PendingWrite.prepare(path, contents: Array(contents.utf8), mode: 0o644)
                try pending.commit()
                return .finished(.exported(path: path))
            } catch {
                return .finished(.exportFailed(error.message))
            }
        case .quit:
            return nil
        }
    }

    static func write(_ request: WriteRequest) -> EffectOutcome {
        let changed: Bool
        do {
            changed = try request.workspace.save(request.updated)
        } catch {
            return .writeFailed("\(error.message); \(request.workspace.valuesPath) was not changed and nothing was written.")
        }
        let backup = changed && request.workspace.exists ? ValuesStore.backupPath(for: request.workspace.valuesPath) : nil
        var report = WriteReport(valuesPath: request.workspace.valuesPath, valuesChanged: changed, backupPath: backup,
                                 output: nil, folder: request.folder)
        do {
            report.output = try OutputWriter.write(request.files, to: request.folder)
        } catch {
            report.outputError = "\(error.message); nothing was changed in \(request.folder)."
        }
        return .written(report)
    }
}
