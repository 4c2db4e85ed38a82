import Foundation
import IngressCore
import Probes

/// `nap-ingress-probe`: verify's network probes (swift-nio, BoringSSL, ldns) in their own process,
/// so `nap-ingress` never loads them at start. Started by `nap-ingress verify` and the wizard's
/// Verify screen: reads one `ProbeRequest` line on stdin, writes one `ProbeMessage` line per
/// finished slot on stdout. It ends when its stdin closes (a parent that died or gave up leaves no
/// orphan) and on SIGTERM (the parent's cancel), both with the default action, nothing to clean up.
@main
enum ProbeMain {
    static func main() async {
        closeInheritedDescriptors()
        guard let line = readLine(strippingNewline: true), let request = ProbeRequest.decode(Data(line.utf8)) else {
            ProbeOutput.emit(.failure("nap-ingress-probe runs verify's probes for nap-ingress; it reads one request (JSON) on standard input. Run `nap-ingress verify` instead."))
            exit(64)
        }
        watchForClosedInput()
        let status = await ProbeSession.run(request) { ProbeOutput.emit($0) }
        exit(status)
    }

    /// Descriptors a concurrent spawn in the parent let through (kubectl's pipes in the wizard) would
    /// otherwise stay open for as long as the probe runs, holding up whoever waits for their end.
    /// Only those without close-on-exec can have come through exec; the runtime's own (dispatch's
    /// epoll and eventfd) are made close-on-exec and are left alone.
    static func closeInheritedDescriptors() {
        let open = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd")) ?? []
        for fd in open.compactMap(Int32.init) where fd > 2 {
            let flags = fcntl(fd, F_GETFD)
            if flags >= 0 && flags & FD_CLOEXEC == 0 { close(fd) }
        }
    }

    /// The parent holds our stdin open for as long as it wants answers; EOF means it is gone.
    static func watchForClosedInput() {
        Thread.detachNewThread {
            var byte: UInt8 = 0
            while true {
                let count = read(STDIN_FILENO, &byte, 1)
                if count > 0 || (count < 0 && errno == EINTR) { continue }
                _exit(0)
            }
        }
    }
}

/// Standard output, one whole message per write under a lock, so lines from concurrent probes never interleave.
enum ProbeOutput {
    private static let lock = NSLock()

    static func emit(_ message: ProbeMessage) {
        var bytes = [UInt8](message.encoded())
        bytes.append(UInt8(ascii: "\n"))
        lock.withLock {
            var offset = 0
            while offset < bytes.count {
                let count = bytes[offset...].withUnsafeBytes { write(STDOUT_FILENO, $0.baseAddress, $0.count) }
                if count > 0 { offset += count; continue }
                if count < 0 && errno == EINTR { continue }
                // The parent stopped reading: nobody wants the answers any more.
                _exit(0)
            }
        }
    }
}
