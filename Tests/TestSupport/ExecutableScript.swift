import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Writes a small executable script for a test to run (a fake or wrapping kubectl).
///
/// The file is opened with O_CLOEXEC: tests run in parallel and fork servers and tmux, and a
/// write descriptor such a child inherited across its exec would keep the script "busy" for
/// the child's whole life, so running it fails with ETXTBSY ("Text file busy").
public enum ExecutableScript {
    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    public static func write(_ text: String, to url: URL) throws {
        let fd = open(url.path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o755)
        guard fd >= 0 else { throw Failure(description: "cannot create \(url.path): \(String(cString: strerror(errno)))") }
        defer { close(fd) }
        let bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let n = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress! + offset, bytes.count - offset) }
            if n < 0 {
                if errno == EINTR { continue }
                throw Failure(description: "cannot write \(url.path): \(String(cString: strerror(errno)))")
            }
            offset += n
        }
        guard fchmod(fd, 0o755) == 0 else { throw Failure(description: "cannot make \(url.path) executable") }
    }
}
