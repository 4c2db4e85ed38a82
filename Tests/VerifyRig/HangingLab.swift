import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// An install whose probes hang, for stopping verify half-way: named answers every name with
/// 127.0.0.1, but the "ingress" on the HTTPS and HTTP ports accepts connections and never says a
/// word, and the TURN port takes datagrams and TCP connections in silence. Every probe but DNS
/// waits for its `--timeout`. Everything is on 127.0.0.1 and closed by `stop()` (or release).
public final class HangingLab: @unchecked Sendable {
    public let named: NamedRig
    public let https: SilentListener
    public let http: SilentListener
    public let turnTCP: SilentListener
    public let turnUDP: UDPSocket

    /// Starts the servers and writes values.env into `folder`.
    public init(in folder: URL) throws {
        https = try SilentListener()
        http = try SilentListener()
        var turn: (SilentListener, UDPSocket)?
        for _ in 0..<20 where turn == nil {
            // The same port number for both transports, as TURN_PORT says, outside the default relay range.
            if let tcp = try? SilentListener(), !(49152...49252).contains(tcp.port), let udp = UDPSocket(port: tcp.port) { turn = (tcp, udp) }
        }
        guard let turn else { throw RigFailure(description: "no port free for both TCP and UDP") }
        (turnTCP, turnUDP) = turn
        named = try NamedRig(renderedZoneOf: NginxRig.main)
        try """
            INGRESS_MODE=external
            TOS_HOST=\(NginxRig.main)
            SANDBOX_DOMAIN=sandbox.\(NginxRig.main)
            INGRESS_CONTROLLER=ingress-nginx
            INGRESS_ENTRY=127.0.0.1
            TURN_EXTERNAL_IP=127.0.0.1
            TURN_PORT=\(turnTCP.port)

            """.write(to: folder.appendingPathComponent("values.env"), atomically: true, encoding: .utf8)
    }

    /// `nap-ingress verify`'s options for this lab (all but `--timeout`, `--hold` and `--format`).
    public var verifyArguments: [String] {
        ["--resolver", named.resolver, "--https-port", "\(https.port)", "--http-port", "\(http.port)"]
    }

    /// True once a probe has connected to the silent ingress: verify is under way.
    public var probing: Bool { https.hasWaitingConnection }

    public func stop() {
        named.stop()
        [https, http, turnTCP].forEach { $0.close() }
    }
}

/// A TCP socket listening on 127.0.0.1 that never accepts: the kernel completes every connection
/// (up to the backlog) and nobody ever reads or answers, like a hung server.
public final class SilentListener: @unchecked Sendable {
    public let port: Int
    private var fd: Int32

    public init() throws {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard let bound = Loopback.bind(fd), listen(fd, 128) == 0 else {
            Glibc.close(fd)
            throw RigFailure(description: "cannot listen on 127.0.0.1")
        }
        self.fd = fd
        port = bound
    }

    deinit { close() }

    /// Whether a connection waits in the backlog (one was made).
    public var hasWaitingConnection: Bool {
        guard fd >= 0 else { return false }
        var entry = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
        return poll(&entry, 1, 0) == 1
    }

    public func close() {
        if fd >= 0 { Glibc.close(fd) }
        fd = -1
    }
}
