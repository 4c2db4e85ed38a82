#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Whole-file reads of regular files only, with a size limit: a FIFO, a device, a socket or a
/// huge file named by mistake is refused at once instead of blocking or filling memory.
public enum FileBytes {
    /// The limit for values.env and PEM files: a few MiB, far above any real one.
    public static let defaultLimit = 4 << 20

    /// The file's bytes, or nil when it does not exist. `followLinks: false` refuses a
    /// symbolic link (files in the output folder are never links nap-ingress wrote).
    public static func read(_ path: String, limit: Int = defaultLimit, followLinks: Bool = true) throws(OutputError) -> [UInt8]? {
        var info = stat()
        // Judge the kind before opening: opening some devices already does something.
        let found = followLinks ? stat(path, &info) : lstat(path, &info)
        if found != 0 {
            if errno == ENOENT { return nil }
            throw .system("cannot read \(path)", errno)
        }
        if let kind = FileKind.problem(info.st_mode) { throw OutputError(message: "\(path) is \(kind), not a regular file") }
        // O_NONBLOCK: a FIFO swapped in after the check still cannot block the open.
        let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC | (followLinks ? 0 : O_NOFOLLOW))
        if fd < 0 {
            if errno == ENOENT { return nil }
            if errno == ELOOP, !followLinks { throw OutputError(message: "\(path) is a symbolic link, not a regular file") }
            throw .system("cannot read \(path)", errno)
        }
        defer { close(fd) }
        guard fstat(fd, &info) == 0 else { throw .system("cannot read \(path)", errno) }
        if let kind = FileKind.problem(info.st_mode) { throw OutputError(message: "\(path) is \(kind), not a regular file") }
        if Int(info.st_size) > limit { throw tooLarge(path, limit: limit) }
        var result: [UInt8] = []
        result.reserveCapacity(Int(info.st_size))
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = buffer.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress!, 65536) }
            if n < 0 {
                if errno == EINTR { continue }
                throw .system("cannot read \(path)", errno)
            }
            if n == 0 { break }
            result += buffer[0..<n]
            // The file may grow while it is read.
            if result.count > limit { throw tooLarge(path, limit: limit) }
        }
        return result
    }

    static func tooLarge(_ path: String, limit: Int) -> OutputError {
        OutputError(message: "\(path) is larger than \(limit >> 20) MiB, the limit for this file; give the right file")
    }
}

/// Names the kinds of file that nap-ingress never reads or replaces.
enum FileKind {
    /// "a folder", "a named pipe (FIFO)", ... for anything but a regular file; nil for a regular file.
    static func problem(_ mode: mode_t) -> String? {
        switch mode & S_IFMT {
        case S_IFREG: return nil
        case S_IFDIR: return "a folder"
        case S_IFIFO: return "a named pipe (FIFO)"
        case S_IFCHR: return "a character device"
        case S_IFBLK: return "a block device"
        case S_IFSOCK: return "a socket"
        case S_IFLNK: return "a symbolic link"
        default: return "not a regular file"
        }
    }
}
