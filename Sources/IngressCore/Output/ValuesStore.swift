#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reading and writing `values.env` on disk: atomic replace, `values.env.bak` backup,
/// permission bits kept; a failed write leaves every file as it was.
public enum ValuesStore {
    /// The file's bytes, or nil when it does not exist.
    public static func read(_ path: String) throws(OutputError) -> [UInt8]? {
        var info = stat()
        if stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR {
            throw OutputError(message: "\(path) is a folder; give the values.env file itself (--values \(path.hasSuffix("/") ? path : path + "/")values.env)")
        }
        return try FileBytes.read(path)
    }

    /// The backup written next to the file: the previous contents, replaced on every write.
    public static func backupPath(for path: String) -> String { path + ".bak" }

    /// Replaces the file with `contents`, keeping the previous bytes in `values.env.bak`.
    /// Both files are staged first; if either cannot be staged, neither is touched.
    public static func write(_ contents: [UInt8], to path: String, previous: [UInt8]?) throws(OutputError) {
        try stage(contents, to: path, previous: previous).commit()
    }

    /// Writes the new file and its backup to temporary files beside them, touching neither:
    /// a caller that writes more (the wizard's output folder) commits only once all is staged.
    public static func stage(_ contents: [UInt8], to path: String, previous: [UInt8]?) throws(OutputError) -> StagedValues {
        var info = stat()
        let mode: UInt32 = stat(path, &info) == 0 ? UInt32(info.st_mode) & 0o7777 : 0o600
        let main = try PendingWrite.prepare(path, contents: contents, mode: mode)
        guard let previous else { return StagedValues(main: main, backup: nil) }
        do {
            return StagedValues(main: main, backup: try PendingWrite.prepare(backupPath(for: path), contents: previous, mode: mode))
        } catch {
            main.discard()
            throw error
        }
    }
}

/// values.env and its backup, written to temporary files and not yet in place.
public struct StagedValues: Sendable {
    let main: PendingWrite
    let backup: PendingWrite?

    /// Puts the backup, then the file, in place (each a rename).
    public func commit() throws(OutputError) {
        do {
            try backup?.commit()
        } catch {
            main.discard()
            throw error
        }
        try main.commit()
    }

    /// Removes the temporary files; values.env and its backup stay as they were.
    public func discard() {
        main.discard()
        backup?.discard()
    }
}

/// Whole-file reads with the system's error message.
enum FileBytes {
    static func read(_ path: String) throws(OutputError) -> [UInt8]? {
        let fd = open(path, O_RDONLY)
        if fd < 0 {
            if errno == ENOENT { return nil }
            throw .system("cannot read \(path)", errno)
        }
        defer { close(fd) }
        var result: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = buffer.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress!, 65536) }
            if n < 0 {
                if errno == EINTR { continue }
                throw .system("cannot read \(path)", errno)
            }
            if n == 0 { break }
            result += buffer[0..<n]
        }
        return result
    }
}
