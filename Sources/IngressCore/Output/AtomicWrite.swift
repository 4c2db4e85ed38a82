#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A write that cannot be seen half-done: the bytes go to a temporary file in the target's
/// folder, are fsynced, and only `commit` renames them over the target.
public struct PendingWrite: Sendable {
    public let target: String
    let temporary: String

    /// Writes and fsyncs the temporary file; on any failure nothing is left behind.
    /// With `owner`, the file gets that owner and group before it is renamed into place, so a
    /// file root rewrites keeps belonging to its user.
    public static func prepare(_ target: String, contents: [UInt8], mode: UInt32, owner: FileOwner? = nil) throws(OutputError) -> PendingWrite {
        try checkTarget(target)
        let folder = Self.folder(of: target)
        let base = target.split(separator: "/").last.map(String.init) ?? target
        var template = Array("\(folder)/.\(base).nap-ingress-XXXXXX".utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0 else { throw OutputError.system("cannot create a temporary file in \(folder)", errno) }
        let temporary = String(cString: template.withUnsafeBufferPointer { $0.baseAddress! })
        func fail(_ what: String) -> OutputError {
            let code = errno
            close(fd)
            unlink(temporary)
            return .system(what, code)
        }
        var offset = 0
        while offset < contents.count {
            let n = contents.withUnsafeBytes { write(fd, $0.baseAddress! + offset, contents.count - offset) }
            if n < 0 {
                if errno == EINTR { continue }
                throw fail("cannot write \(target)")
            }
            offset += n
        }
        // The owner first: changing it clears set-id bits that fchmod then sets as asked.
        if let owner, owner.uid != geteuid() || owner.gid != getegid(), fchown(fd, owner.uid, owner.gid) != 0 {
            throw fail("cannot give the new \(target) its owner \(owner.uid):\(owner.gid) back")
        }
        if fchmod(fd, mode_t(mode)) != 0 { throw fail("cannot set the permissions of \(target)") }
        if fsync(fd) != 0 { throw fail("cannot flush \(target) to disk") }
        if close(fd) != 0 {
            let code = errno
            unlink(temporary)
            throw .system("cannot write \(target)", code)
        }
        return PendingWrite(target: target, temporary: temporary)
    }

    /// Refuses, before any temporary file exists, a target that names a folder or lies in a folder
    /// that does not exist: the system's wording for these ("Not a directory" on rename) misleads.
    public static func checkTarget(_ target: String) throws(OutputError) {
        var info = stat()
        if target.hasSuffix("/") {
            var name = Substring(target)
            while name.count > 1, name.hasSuffix("/") { name = name.dropLast() }
            let exists = stat(String(name), &info) == 0
            throw OutputError(message: exists && (info.st_mode & S_IFMT) == S_IFDIR ? "\(name) is a folder; give a file name"
                                                                                    : "\(target) ends with /, which names a folder; give a file name")
        }
        if stat(target, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR {
            throw OutputError(message: "\(target) is a folder; give a file name")
        }
        // A device, FIFO or socket is never replaced by a regular file (a link is replaced itself).
        if lstat(target, &info) == 0, (info.st_mode & S_IFMT) != S_IFLNK, let kind = FileKind.problem(info.st_mode) {
            throw OutputError(message: "\(target) is \(kind), not a regular file; it is left alone")
        }
        let folder = Self.folder(of: target)
        guard stat(folder, &info) == 0 else {
            let code = errno
            if code == ENOENT { throw OutputError(message: "the folder \(folder) does not exist") }
            if code == ENOTDIR { throw OutputError(message: "\(folder) is not a folder: part of the path is a file") }
            throw .system("cannot reach the folder \(folder)", code)
        }
        guard (info.st_mode & S_IFMT) == S_IFDIR else { throw OutputError(message: "\(folder) is a file, not a folder") }
    }

    /// Renames the temporary file over the target and syncs the folder.
    public func commit() throws(OutputError) {
        guard rename(temporary, target) == 0 else {
            let code = errno
            unlink(temporary)
            throw .system("cannot replace \(target)", code)
        }
        let dir = open(Self.folder(of: target), O_RDONLY)
        if dir >= 0 { fsync(dir); close(dir) }
    }

    /// Removes temporary files that a killed run left for `target` (they may be hidden copies of
    /// secrets). Only names of our own pattern, `.NAME.nap-ingress-XXXXXX`; the caller holds the
    /// lock that every writer of `target` takes, so no live run owns them. Returns their names.
    @discardableResult
    public static func removeLeftovers(of target: String) -> [String] {
        let folder = Self.folder(of: target)
        let prefix = "." + (target.split(separator: "/").last.map(String.init) ?? target) + ".nap-ingress-"
        var removed: [String] = []
        for name in Self.names(in: folder) where name.hasPrefix(prefix) && name.utf8.count == prefix.utf8.count + 6 {
            let path = folder + "/" + name
            var info = stat()
            guard lstat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { continue }
            if unlink(path) == 0 { removed.append(name) }
        }
        return removed
    }

    /// The entries of `folder` (without . and ..); empty when it cannot be read.
    static func names(in folder: String) -> [String] {
        guard let dir = opendir(folder) else { return [] }
        defer { closedir(dir) }
        var names: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(cString: $0.bindMemory(to: CChar.self).baseAddress!) }
            if name != ".", name != ".." { names.append(name) }
        }
        return names
    }

    /// Removes the temporary file (the target is untouched).
    public func discard() { unlink(temporary) }

    /// The folder part of `path` ("." for a bare name, "/" for a file at the root).
    public static func folder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }
}

/// The owner and group a rewritten file keeps.
public struct FileOwner: Equatable, Sendable {
    public var uid: uid_t
    public var gid: gid_t

    public init(uid: uid_t, gid: gid_t) {
        self.uid = uid
        self.gid = gid
    }
}

/// A file-system failure, with the operation and the system's reason.
public struct OutputError: Error, Sendable, CustomStringConvertible {
    public var message: String
    /// False when some files were already changed (the message then says which).
    public var changedNothing = true

    public init(message: String, changedNothing: Bool = true) {
        self.message = message
        self.changedNothing = changedNothing
    }

    public static func system(_ what: String, _ code: Int32) -> OutputError {
        OutputError(message: "\(what): \(String(cString: strerror(code)))")
    }

    public var description: String { message }
}
