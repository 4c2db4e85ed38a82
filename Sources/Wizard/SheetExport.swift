#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import IngressCore

/// A DNS sheet to a file the operator named: never over values.env, its backup or the output
/// folder nap-ingress manages, and over any other existing file only once confirmed.
public struct SheetExport: Equatable, Sendable {
    public var path: String
    public var contents: String
    /// The operator confirmed replacing the existing file at `path`.
    public var replace: Bool
    /// Files the export must never touch.
    public var valuesPath: String
    public var outFolder: String

    /// Why the export may not go to `path`, or nil when it may.
    func refusal() -> String? {
        var target = stat()
        let exists = stat(path, &target) == 0
        // Named as typed (the core's check names the folder without its trailing "/").
        if path.hasSuffix("/") || (exists && (target.st_mode & S_IFMT) == S_IFDIR) {
            return "\(path) is a folder; give a file name."
        }
        // A missing or unusable folder: the same check every write goes through.
        do {
            try PendingWrite.checkTarget(path)
        } catch {
            return error.message + "."
        }
        for (protected, what) in [(valuesPath, "the values file this wizard edits"), (ValuesStore.backupPath(for: valuesPath), "the values file's backup")] {
            var other = stat()
            if exists, stat(protected, &other) == 0, other.st_dev == target.st_dev, other.st_ino == target.st_ino {
                return "\(path) is \(what); choose another name."
            }
        }
        let folder = PendingWrite.folder(of: path)
        var parent = stat(), out = stat()
        if stat(folder, &parent) == 0, stat(outFolder, &out) == 0, out.st_dev == parent.st_dev, out.st_ino == parent.st_ino {
            return "\(folder) is the output folder nap-ingress manages (it already holds dns-records.*); choose a name outside it."
        }
        return nil
    }

    /// `path` from the root, so the done screen says which folder the sheet went to.
    func absolutePath() -> String {
        guard !path.hasPrefix("/") else { return path }
        var buffer = [CChar](repeating: 0, count: 4096)
        guard getcwd(&buffer, buffer.count) != nil else { return path }
        let folder = buffer.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
        let relative = path.hasPrefix("./") ? String(path.dropFirst(2)) : path
        return (folder == "/" ? "" : folder) + "/" + relative
    }

    /// Whether `path` exists (the operator is asked before it is replaced).
    func targetExists() -> Bool {
        var info = stat()
        return stat(path, &info) == 0
    }
}
