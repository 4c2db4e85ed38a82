import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Why a socket probe got no answer: the difference between these is what verify reports.
enum ProbeSocketError: Error, Equatable, Sendable {
    /// Nothing came back before the deadline (a filtered port, a dead server).
    case timeout
    /// The peer refused (TCP RST, or ICMP port unreachable on a connected UDP socket).
    case refused
    /// The probe's task was cancelled (Ctrl-C, Esc).
    case cancelled
    /// Any other socket error, with the system's words.
    case failed(String)
}

/// Set from a task's cancellation handler, read by blocking probe loops between short polls.
final class ProbeCancellation: @unchecked Sendable {
    private let lock = NSLock()
    private var cancelled = false
    func cancel() { lock.lock(); cancelled = true; lock.unlock() }
    var isCancelled: Bool { lock.lock(); defer { lock.unlock() }; return cancelled }
}

/// A monotonic deadline for blocking probe loops.
struct ProbeDeadline: Sendable {
    let end: ContinuousClock.Instant
    init(after duration: Duration) { end = ContinuousClock.now.advanced(by: duration) }
    init(end: ContinuousClock.Instant) { self.end = end }
    /// Milliseconds left, at least 0.
    var remainingMilliseconds: Int {
        let left = ContinuousClock.now.duration(to: end)
        if left <= .zero { return 0 }
        let (seconds, attoseconds) = left.components
        return Int(seconds) * 1000 + Int(attoseconds / 1_000_000_000_000_000)
    }
    var hasPassed: Bool { remainingMilliseconds == 0 }

    /// The next retransmission interval: doubled, at most 4 s.
    static func backoff(_ interval: Duration) -> Duration { min(interval * 2, .seconds(4)) }
    /// The earlier of this deadline and `duration` from now.
    func capped(_ duration: Duration) -> ProbeDeadline {
        let other = ContinuousClock.now.advanced(by: duration)
        return ProbeDeadline(end: min(end, other))
    }
}

/// Runs blocking socket work on its own thread so a silent peer never holds a cooperative
/// thread (other probes and Ctrl-C keep going); cancelling the task makes the work return.
func runBlockingProbe<T: Sendable>(_ body: @escaping @Sendable (ProbeCancellation) -> T) async -> T {
    let cancellation = ProbeCancellation()
    return await withTaskCancellationHandler {
        await withCheckedContinuation { (continuation: CheckedContinuation<T, Never>) in
            Thread.detachNewThread { continuation.resume(returning: body(cancellation)) }
        }
    } onCancel: {
        cancellation.cancel()
    }
}

/// An IPv4 or IPv6 address and port as the socket calls take it.
struct ProbeAddress: Sendable, Equatable, CustomStringConvertible {
    var host: String
    var port: Int

    /// Nil when `host` is not a literal IPv4/IPv6 address (probes never resolve names themselves).
    init?(host: String, port: Int) {
        guard (0...65535).contains(port) else { return nil }
        // Kept in canonical text (inet_ntop's), so addresses compare as text.
        var v4 = in_addr(), v6 = in6_addr()
        var text = [CChar](repeating: 0, count: Int(INET6_ADDRSTRLEN) + 1)
        if inet_pton(AF_INET, host, &v4) == 1 {
            guard inet_ntop(AF_INET, &v4, &text, socklen_t(text.count)) != nil else { return nil }
        } else if inet_pton(AF_INET6, host, &v6) == 1 {
            guard inet_ntop(AF_INET6, &v6, &text, socklen_t(text.count)) != nil else { return nil }
        } else {
            return nil
        }
        self.host = Self.text(text)
        self.port = port
    }

    var isIPv6: Bool { host.contains(":") }

    /// A NUL-terminated C string buffer as text.
    static func text(_ buffer: [CChar]) -> String {
        String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
    var family: Int32 { isIPv6 ? AF_INET6 : AF_INET }
    var description: String { isIPv6 ? "[\(host)]:\(port)" : "\(host):\(port)" }

    /// Calls `body` with the C socket address.
    func withSockaddr<R>(_ body: (UnsafePointer<sockaddr>, socklen_t) -> R) -> R {
        if isIPv6 {
            var sa = sockaddr_in6()
            sa.sin6_family = sa_family_t(AF_INET6)
            sa.sin6_port = in_port_t(UInt16(port).bigEndian)
            _ = inet_pton(AF_INET6, host, &sa.sin6_addr)
            return withUnsafePointer(to: &sa) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { body($0, socklen_t(MemoryLayout<sockaddr_in6>.size)) }
            }
        }
        var sa = sockaddr_in()
        sa.sin_family = sa_family_t(AF_INET)
        sa.sin_port = in_port_t(UInt16(port).bigEndian)
        _ = inet_pton(AF_INET, host, &sa.sin_addr)
        return withUnsafePointer(to: &sa) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { body($0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
    }
}

/// A non-blocking POSIX socket whose waits are bounded by a deadline and a cancellation flag.
final class ProbeSocket {
    let fd: Int32
    /// Polls in slices this long so cancellation is seen quickly.
    private static let slice = 100

    private init(fd: Int32) { self.fd = fd }
    deinit { close(fd) }

    private static func errorText(_ code: Int32 = errno) -> String { String(cString: strerror(code)) }

    private static func make(family: Int32, type: Int32) throws(ProbeSocketError) -> ProbeSocket {
        let fd = socket(family, type, 0)
        guard fd >= 0 else { throw .failed(errorText()) }
        let flags = fcntl(fd, F_GETFL)
        _ = fcntl(fd, F_SETFL, flags | O_NONBLOCK)
        return ProbeSocket(fd: fd)
    }

    /// A UDP socket connected to `peer`, so an ICMP port unreachable comes back as `refused`.
    static func udp(connectedTo peer: ProbeAddress) throws(ProbeSocketError) -> ProbeSocket {
        let s = try make(family: peer.family, type: Int32(SOCK_DGRAM.rawValue))
        let rc = peer.withSockaddr { connect(s.fd, $0, $1) }
        guard rc == 0 else { throw .failed(errorText()) }
        return s
    }

    /// An unconnected UDP socket of `family`, bound to an ephemeral port (the relay test's outside peer).
    static func udpUnconnected(family: Int32) throws(ProbeSocketError) -> ProbeSocket {
        try make(family: family, type: Int32(SOCK_DGRAM.rawValue))
    }

    /// A TCP connection to `peer`, or refused/timeout/cancelled.
    static func tcp(to peer: ProbeAddress, deadline: ProbeDeadline, cancel: ProbeCancellation) throws(ProbeSocketError) -> ProbeSocket {
        let s = try make(family: peer.family, type: Int32(SOCK_STREAM.rawValue))
        let rc = peer.withSockaddr { connect(s.fd, $0, $1) }
        if rc == 0 { return s }
        guard errno == EINPROGRESS else { throw errno == ECONNREFUSED ? .refused : .failed(errorText()) }
        try s.wait(for: Int16(POLLOUT), deadline: deadline, cancel: cancel)
        var error: Int32 = 0
        var length = socklen_t(MemoryLayout<Int32>.size)
        _ = getsockopt(s.fd, SOL_SOCKET, SO_ERROR, &error, &length)
        if error == ECONNREFUSED { throw .refused }
        if error != 0 { throw .failed(errorText(error)) }
        return s
    }

    /// Waits until the socket is ready for `events`.
    func wait(for events: Int16, deadline: ProbeDeadline, cancel: ProbeCancellation) throws(ProbeSocketError) {
        while true {
            if cancel.isCancelled { throw .cancelled }
            let left = deadline.remainingMilliseconds
            if left == 0 { throw .timeout }
            var entry = pollfd(fd: fd, events: events, revents: 0)
            let rc = poll(&entry, 1, Int32(min(left, Self.slice)))
            if rc < 0 {
                if errno == EINTR { continue }
                throw .failed(Self.errorText())
            }
            if rc > 0 { return }
        }
    }

    /// Sends all of `bytes` (a datagram on UDP, a stream write on TCP).
    func send(_ bytes: [UInt8], deadline: ProbeDeadline, cancel: ProbeCancellation) throws(ProbeSocketError) {
        var offset = 0
        while offset < bytes.count {
            let n = bytes[offset...].withUnsafeBytes { Glibc.send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            if n >= 0 { offset += n; continue }
            switch errno {
            case EAGAIN, EWOULDBLOCK: try wait(for: Int16(POLLOUT), deadline: deadline, cancel: cancel)
            case ECONNREFUSED: throw .refused
            case EINTR: continue
            default: throw .failed(Self.errorText())
            }
        }
    }

    /// Sends one datagram to `peer` from an unconnected socket.
    func send(_ bytes: [UInt8], to peer: ProbeAddress) throws(ProbeSocketError) {
        let n = bytes.withUnsafeBytes { buffer in
            peer.withSockaddr { sendto(fd, buffer.baseAddress, buffer.count, 0, $0, $1) }
        }
        guard n == bytes.count else { throw .failed(Self.errorText()) }
    }

    /// Up to `limit` bytes: one datagram on UDP, what has arrived on TCP (empty at end of stream).
    func receive(limit: Int = 65_536, deadline: ProbeDeadline, cancel: ProbeCancellation) throws(ProbeSocketError) -> [UInt8] {
        var buffer = [UInt8](repeating: 0, count: limit)
        while true {
            try wait(for: Int16(POLLIN), deadline: deadline, cancel: cancel)
            let n = buffer.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
            if n >= 0 { return Array(buffer[0..<n]) }
            switch errno {
            case EAGAIN, EWOULDBLOCK, EINTR: continue
            case ECONNREFUSED: throw .refused
            case ECONNRESET: throw .failed("connection reset by peer")
            default: throw .failed(Self.errorText())
            }
        }
    }
}
