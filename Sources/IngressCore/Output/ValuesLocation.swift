#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where a values.env really is: the path the operator named, and the file a write replaces
/// (the final target when the path is a symbolic link, as in GitOps checkouts), checked to be a
/// regular file or absent before anything reads or writes it.
public struct ValuesLocation: Equatable, Sendable {
    /// The path as given; `.bak` goes beside it.
    public let path: String
    /// The file that is read and replaced (the path itself, or the link's final target).
    public let target: String

    public var isLink: Bool { path != target }
    /// The backup of the previous contents: beside the path as named, so a link in a work
    /// folder keeps its backup there rather than in the checkout it points into.
    public var backup: String { ValuesStore.backupPath(for: path) }
    /// The folder every writer locks: the target's, so two links to one file share it.
    public var lockFolder: String { PendingWrite.folder(of: target) }

    /// Refuses a folder, device, FIFO, socket or a link to one, and a link to nothing.
    public static func resolve(_ path: String) throws(OutputError) -> ValuesLocation {
        var info = stat()
        guard lstat(path, &info) == 0 else {
            if errno == ENOENT { return ValuesLocation(path: path, target: path) }
            throw .system("cannot reach \(path)", errno)
        }
        var target = path
        if (info.st_mode & S_IFMT) == S_IFLNK {
            guard let resolved = realpath(path, nil) else {
                let code = errno
                if code == ENOENT { throw OutputError(message: "\(path) is a symbolic link to a file that does not exist; create the file it points to, or remove the link") }
                throw .system("cannot follow the symbolic link \(path)", code)
            }
            target = String(cString: resolved)
            free(resolved)
            guard stat(target, &info) == 0 else { throw .system("cannot reach \(target)", errno) }
        }
        if (info.st_mode & S_IFMT) == S_IFDIR {
            let named = path.hasSuffix("/") ? path : path + "/"
            throw OutputError(message: "\(path) is a folder; give the values.env file itself, e.g. \(named)values.env")
        }
        if let kind = FileKind.problem(info.st_mode) {
            let via = target == path ? "" : " (the symbolic link points to \(target))"
            throw OutputError(message: "\(path) is \(kind)\(via); values.env must be a regular file or a symbolic link to one, and nothing was read or written")
        }
        return ValuesLocation(path: path, target: target)
    }

    /// The owner, group and mode the rewritten file keeps; nil when it does not exist yet.
    func attributes() -> (owner: FileOwner, mode: UInt32)? {
        var info = stat()
        guard stat(target, &info) == 0 else { return nil }
        return (FileOwner(uid: info.st_uid, gid: info.st_gid), UInt32(info.st_mode) & 0o7777)
    }
}
