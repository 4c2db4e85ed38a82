import IngressCore

/// What the review and done screens ask the shell to do, and what its outcomes change.
extension WizardState {
    mutating func confirm() -> [Effect] {
        guard let (updated, files) = review?.writable else {
            message = StatusMessage(text: "Can't write: fix the errors listed above first (Esc goes back).", role: .error)
            return []
        }
        overlay = .writing
        message = StatusMessage(text: "Writing…", role: .dim)
        return [.write(WriteRequest(workspace: workspace, updated: updated, files: files, folder: outFolder))]
    }

    mutating func export() -> [Effect] {
        guard let plan = analysis.plan, plan.domain != nil, !analysis.partial else {
            message = StatusMessage(text: "There is no valid main domain, so there is no DNS sheet to export.", role: .error)
            return []
        }
        let path = text(of: .exportPath).text.trimmingSpaces
        guard !path.isEmpty else {
            message = StatusMessage(text: "Type a file name for the DNS sheet first.", role: .error)
            return []
        }
        // A second Enter on the same name, right after being asked, replaces the file.
        let replace = confirmReplace == path
        if confirmReplace != nil { overlay = .none }
        return [.exportSheet(SheetExport(path: path, contents: exportFormat.format(plan), replace: replace,
                                         valuesPath: workspace.valuesPath, outFolder: outFolder))]
    }

    mutating func finish(_ outcome: EffectOutcome) -> [Effect] {
        switch outcome {
        case .outputPrepared(let output):
            review?.output = output
        case .certificatesChecked(let findings):
            certificateFindings = findings
            if let first = findings.errors.first {
                let more = findings.errors.count > 1 ? " (and \(findings.errors.count - 1) more, under their fields)" : ""
                message = StatusMessage(text: "Can't go on: \(FindingWords(self).line(first))\(more)", role: .error)
                // Put the operator on the file that needs fixing (its findings show under it).
                if let key = first.subject.fieldKey, let index = items.firstIndex(where: { $0.id == .key(key) }) { focus = index }
                return []
            }
            if step == .certificates { return advance() }
        case .written(let written):
            overlay = .none
            report = written
            original = config
            history = []
            step = .done
            focus = 0
            message = StatusMessage(text: analysis.plan?.domain == nil ? "Written. q quits." : "Written. Export the DNS sheet below, or q to quit.", role: .ok)
        case .writeFailed(let reason):
            overlay = .none
            message = StatusMessage(text: "Nothing written: \(reason)", role: .error)
        case .exported(let path):
            if !exported.contains(path) { exported.append(path) }
            // A CSV or JSON sheet holds only records to publish: say where the ones to delete are
            // (before the path, which may be long enough to be cut).
            if !exportFormat.listsRemovals, let count = analysis.plan?.dnsRemovals.count, count > 0 {
                message = StatusMessage(text: "Wrote the \(exportFormat.rawValue) DNS sheet, without the \(count) old record\(count == 1 ? "" : "s") to delete (listed above\(report == nil ? "" : ", and in \(DNSSheetFormat.removalsFileName)")), to \(path).", role: .ok)
            } else {
                message = StatusMessage(text: "Wrote the \(exportFormat.rawValue) DNS sheet to \(path).", role: .ok)
            }
        case .exportWouldReplace(let path):
            overlay = .replaceConfirmation(path: path)
            message = StatusMessage(text: "\(path) exists: Enter again replaces it; or change the name.", role: .warning)
        case .exportFailed(let reason):
            message = StatusMessage(text: "Could not export: \(reason)", role: .error)
        }
        return []
    }
}

extension String {
    /// Without leading and trailing white space (a typed file name).
    var trimmingSpaces: String {
        var s = Substring(self)
        while s.first?.isWhitespace == true { s.removeFirst() }
        while s.last?.isWhitespace == true { s.removeLast() }
        return String(s)
    }
}
