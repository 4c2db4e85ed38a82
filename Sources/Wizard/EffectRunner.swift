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
        case .exportSheet(let export):
            if let refusal = export.refusal() { return .finished(.exportFailed(refusal)) }
            if !export.replace, export.targetExists() { return .finished(.exportWouldReplace(path: export.path)) }
            do {
                let pending = try PendingWrite.prepare(export.path, contents: Array(export.contents.utf8), mode: 0o644)
                try pending.commit()
                return .finished(.exported(path: export.absolutePath()))
            } catch {
                return .finished(.exportFailed(error.message))
            }
        case .quit, .startVerify, .cancelVerify:
            // The terminal loop runs these itself: they outlive one call.
            return nil
        }
    }

    /// values.env and the output folder together or not at all: values.env is staged first
    /// (under its writers' lock, merged with edits made since the wizard read it, or refused
    /// when an edit touched the same key), the folder is written (a transaction of its own),
    /// and only then is values.env put in place.
    static func write(_ request: WriteRequest) -> EffectOutcome {
        let staged: StagedValues?
        do {
            staged = try request.workspace.stage(request.updated)
        } catch {
            return .writeFailed("\(error.message); \(request.workspace.valuesPath) was not changed and nothing was written.")
        }
        let output: OutputWriter.Summary
        do {
            output = try OutputWriter.write(request.files, to: request.folder, holding: staged?.heldLock)
        } catch {
            staged?.discard()
            return .writeFailed("\(error.message); \(request.workspace.valuesPath)" + (error.changedNothing ? " and \(request.folder) were not changed." : " was not changed."))
        }
        do {
            try staged?.commit()
        } catch {
            return .writeFailed("\(error.message); \(request.folder) was written but \(request.workspace.valuesPath) was not changed: write again, or run `nap-ingress render` after fixing it.")
        }
        let changed = staged != nil
        let backup = changed && request.workspace.exists ? ValuesStore.backupPath(for: request.workspace.valuesPath) : nil
        return .written(WriteReport(valuesPath: request.workspace.valuesPath, valuesChanged: changed, created: !request.workspace.exists,
                                    backupPath: backup, output: output, folder: request.folder))
    }
}
