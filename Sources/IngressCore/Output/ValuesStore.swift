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
        try FileBytes.read(path)
    }

    /// The backup written next to the file: the previous contents, replaced on every write.
    public static func backupPath(for path: String) -> String { path + ".bak" }

    /// Replaces the file with `contents`, keeping the previous bytes in `values.env.bak`.
    /// Both files are staged first; if either cannot be staged, neither is touched.
    public static func write(_ contents: [UInt8], to path: String, previous: [UInt8]?) throws(OutputError) {
        var info = stat()
        let mode: UInt32 = stat(path, &info) == 0 ? UInt32(info.st_mode) & 0o7777 : 0o600
        let main = try PendingWrite.prepare(path, contents: contents, mode: mode)
        var backup: PendingWrite?
        if let previous {
            do {
                backup = try PendingWrite.prepare(backupPath(for: path), contents: previous, mode: mode)
            } catch {
                main.discard()
                throw error
            }
        }
        do {
            try backup?.commit()
        } catch {
            main.discard()
            throw error
        }
        try main.commit()
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
