#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes the rendered files into the output folder as one all-or-nothing step, removes
/// files it wrote before that the plan no longer produces, and never touches other files.
public enum OutputWriter {
    /// The list of files nap-ingress wrote, kept in the output folder.
    public static let recordName = ".nap-ingress-files"

    /// What a write changed (for the review screen and the command's summary).
    public struct Summary: Equatable, Sendable {
        public var written: [String] = []
        public var unchanged: [String] = []
        public var removed: [String] = []
    }

    /// What `write` would do, without doing it.
    public static func preview(_ files: [OutputFile], in folder: String) -> Summary {
        var summary = Summary()
        for file in files {
            if (try? FileBytes.read(folder + "/" + file.path)) == .some(file.contents) {
                summary.unchanged.append(file.path)
            } else {
                summary.written.append(file.path)
            }
        }
        summary.removed = staleFiles(files, in: folder)
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

    public static func write(_ files: [OutputFile], to folder: String) throws(OutputError) -> Summary {
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
        var summary = Summary()
        var pending: [PendingWrite] = []
        do {
            for file in files {
                let path = folder + "/" + file.path
                if (try? FileBytes.read(path)) == .some(file.contents) {
                    summary.unchanged.append(file.path)
                    chmod(path, mode_t(file.mode))
                    continue
                }
                pending.append(try PendingWrite.prepare(path, contents: file.contents, mode: file.mode))
                summary.written.append(file.path)
            }
            let record = files.map(\.path).sorted().joined(separator: "\n") + "\n"
            pending.append(try PendingWrite.prepare(folder + "/" + recordName, contents: Array(record.utf8), mode: 0o644))
        } catch {
            pending.forEach { $0.discard() }
            if created { rmdir(folder) }
            throw error
        }
        summary.removed = staleFiles(files, in: folder)
        for write in pending { try write.commit() }
        for path in summary.removed { unlink(folder + "/" + path) }
        return summary
    }

    /// Files listed in the record that the current plan does not produce.
    static func staleFiles(_ files: [OutputFile], in folder: String) -> [String] {
        guard let bytes = try? FileBytes.read(folder + "/" + recordName) else { return [] }
        let current = Set(files.map(\.path))
        return String(decoding: bytes, as: UTF8.self).split(separator: "\n").map(String.init)
            .filter { !$0.isEmpty && !$0.contains("/") && !$0.hasPrefix(".") && !current.contains($0) }
    }
}
