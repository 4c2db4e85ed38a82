#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes the rendered files into the output folder as one transaction (see `OutputJournal`),
/// removes files it wrote before that the plan no longer produces, and never replaces or
/// removes a file it did not write.
///
/// Owned files: the names listed in `.nap-ingress-files`, the record nap-ingress keeps in the
/// folder. A name is added to the record before nap-ingress first writes that file, and leaves
/// it once the file is removed. Anything else in the folder is the operator's.
public enum OutputWriter {
    /// The list of files nap-ingress wrote, kept in the output folder.
    public static let recordName = ".nap-ingress-files"

    /// What a write changed (for the review screen and the command's summary).
    public struct Summary: Equatable, Sendable {
        public var written: [String] = []
        public var unchanged: [String] = []
        public var removed: [String] = []
        /// Files in the folder that the plan would replace but nap-ingress did not write.
        public var foreign: [String] = []
        /// What this run did about an earlier run that was interrupted.
        public var notes: [String] = []
    }

    /// What `write` would do, without doing it.
    public static func preview(_ files: [OutputFile], in folder: String) -> Summary {
        var summary = Summary()
        for file in files {
            if existingBytes(folder + "/" + file.path) == .some(file.contents) {
                summary.unchanged.append(file.path)
            } else {
                summary.written.append(file.path)
            }
        }
        let owned = (try? record(in: folder)) ?? []
        summary.removed = staleFiles(files, owned: owned)
        summary.foreign = foreignFiles(files, owned: owned, in: folder)
        return summary
    }

    /// Why `write` would fail on the folder itself (not a folder, no parent to create it in),
    /// so that the wizard's review can say so before anything is written.
    public static func folderFindings(_ folder: String) -> [Diagnostic] {
        var info = stat()
        if stat(folder, &info) == 0 {
            guard (info.st_mode & S_IFMT) == S_IFDIR else {
                return [Diagnostic(.error, "output.not-a-folder", .outputFolder(folder), "exists and is not a folder.",
                                   hint: "choose another output folder, or move the file away.")]
            }
            return []
        }
        let parent = PendingWrite.folder(of: folder)
        guard stat(parent, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR else {
            return [Diagnostic(.error, "output.no-parent", .outputFolder(folder), "cannot be created: the folder \(parent) does not exist.",
                               hint: "create \(parent) first, or choose another output folder.")]
        }
        return []
    }

    /// Findings for files the plan would replace that nap-ingress did not write (the wizard's review).
    public static func foreignFindings(_ files: [OutputFile], in folder: String) -> [Diagnostic] {
        let foreign = foreignFiles(files, owned: (try? record(in: folder)) ?? [], in: folder)
        guard !foreign.isEmpty else { return [] }
        return [Diagnostic(.error, "output.foreign-files", .outputFolder(folder), "holds files nap-ingress did not write and would replace: \(foreign.joined(separator: ", ")).",
                           hint: "move them away, or choose another output folder.")]
    }

    /// Writes `files` into `folder`. Files there that nap-ingress did not write are refused
    /// (nothing is changed) unless `replaceForeign`. A run that was interrupted is finished or
    /// rolled back first. On failure the error says exactly what was changed.
    /// `holding`: a lock the caller already holds (the wizard's on values.env's folder), so
    /// that an output folder that is that same folder is not waited for.
    public static func write(_ files: [OutputFile], to folder: String, replaceForeign: Bool = false, holding: FileLock? = nil,
                             timeout: Double = FileLock.defaultTimeout, onWait: (String) -> Void = { _ in }) throws(OutputError) -> Summary {
        // The same folder checks the wizard's review shows, so both say the same thing.
        if let problem = folderFindings(folder).first {
            throw OutputError(message: "\(folder) \(problem.message.dropLast())")
        }
        var info = stat()
        var created = false
        if stat(folder, &info) != 0 {
            if mkdir(folder, 0o755) != 0 { throw .system("cannot create the folder \(folder)", errno) }
            created = true
        }
        let lock: FileLock?
        do {
            lock = holding?.covers(folder) == true ? nil : try FileLock.acquire(folder: folder, protecting: folder, timeout: timeout, onWait: onWait)
        } catch {
            if created { rmdir(folder) }
            throw error
        }
        defer { withExtendedLifetime(lock) {} }
        var summary = Summary()
        summary.notes = try recover(folder, files: files)

        let owned = try record(in: folder)
        let foreign = foreignFiles(files, owned: owned, in: folder)
        if !foreign.isEmpty, !replaceForeign {
            throw OutputError(message: "\(folder) holds files nap-ingress did not write: \(foreign.joined(separator: ", ")); they would be replaced, so nothing was changed")
        }

        var pending: [(PendingWrite, String)] = []
        do {
            for file in files {
                let path = folder + "/" + file.path
                if existingBytes(path) == .some(file.contents) {
                    summary.unchanged.append(file.path)
                    chmod(path, mode_t(file.mode))
                    continue
                }
                pending.append((try PendingWrite.prepare(path, contents: file.contents, mode: file.mode), file.path))
                summary.written.append(file.path)
            }
        } catch {
            pending.forEach { $0.0.discard() }
            if created { rmdir(folder) }
            throw error
        }
        let current = files.map(\.path)
        let stale = staleFiles(files, owned: owned)
        var journal = OutputJournal()
        journal.renames = pending.map { (name(of: $0.0.temporary), $0.1) }
        journal.removals = stale
        journal.record = current.sorted()
        journal.retired = retired(by: files, in: folder)
        do {
            // Every name this run may write is owned before it is written, so that an interrupted
            // run never leaves a file of ours that a later run would take for the operator's.
            try writeRecord(Array(Set(owned + current)).sorted(), in: folder)
            // The point of no return: from here on a later run finishes the update.
            let staged = try PendingWrite.prepare(folder + "/" + OutputJournal.name, contents: Array(journal.text.utf8), mode: 0o644)
            try staged.commit()
        } catch {
            pending.forEach { $0.0.discard() }
            throw error
        }

        var done: [String] = []
        for (index, (write, path)) in pending.enumerated() {
            do {
                try write.commit()
                done.append(path)
            } catch {
                pending[(index + 1)...].forEach { $0.0.discard() }
                unlink(folder + "/" + OutputJournal.name)
                let rest = pending[(index + 1)...].map(\.1)
                throw OutputError(message: "\(error.message). In \(folder), "
                                  + (done.isEmpty ? "no file was replaced" : "these files were replaced: \(done.joined(separator: ", "))")
                                  + "; not written: \(([path] + rest).joined(separator: ", "))"
                                  + (stale.isEmpty ? "" : "; not removed: \(stale.joined(separator: ", "))")
                                  + "; write again to finish", changedNothing: done.isEmpty)
            }
        }
        var failed: [(String, Int32)] = []
        for name in stale {
            let path = folder + "/" + name
            var info = stat()
            if lstat(path, &info) != 0 { continue }
            if unlink(path) == 0 { summary.removed.append(name) } else { failed.append((name, errno)) }
        }
        // A file that could not be removed stays owned, so a later run removes it.
        try writeRecord((current + failed.map(\.0)).sorted(), in: folder)
        unlink(folder + "/" + OutputJournal.name)
        syncFolder(folder)
        if !failed.isEmpty {
            let reasons = failed.map { "\($0.0) (\(String(cString: strerror($0.1))))" }.joined(separator: ", ")
            throw OutputError(message: "cannot remove \(reasons) from \(folder), which the current answers no longer produce; "
                              + "everything else was written (\(summary.written.count) written, \(summary.removed.count) removed)", changedNothing: false)
        }
        return summary
    }

    /// The objects of the folder's previous render that `files` no longer create, read before
    /// anything is replaced (after an interrupted run was finished, so from a completed render).
    static func retired(by files: [OutputFile], in folder: String) -> [RenderedObject] {
        let current = files.filter { PreviousRender.isManifest($0.path) }
            .flatMap { (try? RenderedObject.objects(inManifest: $0.text, file: $0.path)) ?? [] }
        return RetiredObjects.between(previous: PreviousRender.read(in: folder), current: current).objects
    }

    /// Finishes (journal in place) or rolls back (temporary files only) a run that was interrupted.
    static func recover(_ folder: String, files: [OutputFile]) throws(OutputError) -> [String] {
        var notes: [String] = []
        // Temporary files are ours only for names we own or are about to write.
        var names = Set(try record(in: folder) + files.map(\.path) + [recordName, OutputJournal.name])
        if let journal = try OutputJournal.read(in: folder) {
            try journal.finish(in: folder)
            names.formUnion(journal.renames.map(\.target) + journal.removals)
            notes.append("finished the update of \(folder) that an earlier run left unfinished")
        }
        var leftovers: [String] = []
        for name in names { leftovers += PendingWrite.removeLeftovers(of: folder + "/" + name) }
        if !leftovers.isEmpty { notes.append("removed \(leftovers.count) temporary file(s) an interrupted run left in \(folder)") }
        return notes
    }

    /// The owned-file record (names only; anything else in it is ignored).
    static func record(in folder: String) throws(OutputError) -> [String] {
        guard let bytes = try FileBytes.read(folder + "/" + recordName, followLinks: false) else { return [] }
        return String(decoding: bytes, as: UTF8.self).split(separator: "\n").map(String.init).filter(isOwnedName)
    }

    static func writeRecord(_ names: [String], in folder: String) throws(OutputError) {
        let text = names.joined(separator: "\n") + "\n"
        try PendingWrite.prepare(folder + "/" + recordName, contents: Array(text.utf8), mode: 0o644).commit()
    }

    /// A file name directly in the folder (never a path that leads out of it).
    static func isPlainName(_ name: String) -> Bool {
        !name.isEmpty && !name.contains("/") && name != "." && name != ".."
    }

    /// A name the record may hold: a plain name that is not hidden (hidden names are nap-ingress's own bookkeeping).
    static func isOwnedName(_ name: String) -> Bool { isPlainName(name) && !name.hasPrefix(".") }

    /// Files listed in the record that the current plan does not produce.
    static func staleFiles(_ files: [OutputFile], owned: [String]) -> [String] {
        let current = Set(files.map(\.path))
        return owned.filter { !$0.hasPrefix(".") && !current.contains($0) }
    }

    /// Files the plan would write that exist in the folder but are not in the record.
    static func foreignFiles(_ files: [OutputFile], owned: [String], in folder: String) -> [String] {
        let owned = Set(owned)
        return files.map(\.path).filter { path in
            var info = stat()
            return !owned.contains(path) && lstat(folder + "/" + path, &info) == 0
        }
    }

    /// The bytes of a file of the folder, nil when absent or not a regular file (never blocks).
    static func existingBytes(_ path: String) -> [UInt8]? {
        (try? FileBytes.read(path, limit: 64 << 20, followLinks: false)) ?? nil
    }

    static func name(of path: String) -> String { path.split(separator: "/").last.map(String.init) ?? path }

    static func syncFolder(_ folder: String) {
        let dir = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if dir >= 0 { fsync(dir); close(dir) }
    }
}
