import Foundation
import NIOCore
import NIOPosix
import NIOSSL
import NIOTLS

/// Why a probe connection could not be used.
enum ProbeFailure: Error, Sendable, Equatable {
    case refused
    case timedOut
    case handshakeFailed(String)
    case closed
    case other(String)
}

/// What a probe connection hears, in order: the peer's chain, the end of the TLS handshake,
/// bytes, the deadlines the probe set, the close.
enum ProbeEvent: Sendable {
    case chain([[UInt8]])
    case tlsReady
    case data(ByteBuffer)
    case deadline(Int)
    case closed
    case error(String)
}

/// Forwards everything the channel hears into the probe's event stream.
private final class ProbeEventHandler: ChannelInboundHandler {
    typealias InboundIn = ByteBuffer
    let sink: AsyncStream<ProbeEvent>.Continuation
    init(_ sink: AsyncStream<ProbeEvent>.Continuation) { self.sink = sink }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        sink.yield(.data(unwrapInboundIn(data)))
    }
    func userInboundEventTriggered(context: ChannelHandlerContext, event: Any) {
        if let tls = event as? TLSUserEvent, case .handshakeCompleted = tls { sink.yield(.tlsReady) }
        context.fireUserInboundEventTriggered(event)
    }
    func errorCaught(context: ChannelHandlerContext, error: Error) {
        sink.yield(.error(ProbeConnection.describe(error)))
        context.close(promise: nil)
    }
    func channelInactive(context: ChannelHandlerContext) {
        sink.yield(.closed)
        sink.finish()
    }
}

/// One TCP connection (TLS with SNI when a server name is given) read as a stream of events,
/// with deadlines that arrive as events so a probe can wait for "data, close or time up" in one place.
///
/// Hand-rolled on NIO rather than an HTTP client library: the probes need the raw chain the server
/// presented whatever it is, the exact moment a connection is cut while idle, and a status line,
/// and nothing an HTTP client adds (pools, redirects, bodies) helps with those.
struct ProbeConnection {
    let channel: Channel
    private let sink: AsyncStream<ProbeEvent>.Continuation
    private var events: AsyncStream<ProbeEvent>.AsyncIterator
    private var nextDeadline = 0
    /// Bytes received and not yet consumed.
    var unread = ByteBuffer()
    /// The certificates the server presented, leaf first (TLS only).
    private(set) var chain: [[UInt8]] = []

    /// The TLS client context shared by every probe: verification is replaced by a callback that
    /// records the chain and accepts it, because the TLS cell judges the chain itself (and must see
    /// a placeholder or expired certificate to name it).
    private static let tlsContext: Result<NIOSSLContext, ProbeFailure> = {
        var configuration = TLSConfiguration.makeClientConfiguration()
        configuration.certificateVerification = .noHostnameVerification
        configuration.trustRoots = .certificates([])
        configuration.applicationProtocols = ["http/1.1"]
        do { return .success(try NIOSSLContext(configuration: configuration)) } catch {
            return .failure(.other("TLS is unavailable: \(error)"))
        }
    }()

    /// Connects to `address:port`, and with `serverName` completes a TLS handshake sending it as SNI.
    static func open(address: String, port: Int, serverName: String?, timeout: Duration) async -> Result<ProbeConnection, ProbeFailure> {
        let socketAddress: SocketAddress
        do { socketAddress = try SocketAddress(ipAddress: address, port: port) } catch {
            return .failure(.other("\(address) is not an IP address"))
        }
        var context: NIOSSLContext?
        if serverName != nil {
            switch tlsContext {
            case .success(let made): context = made
            case .failure(let failure): return .failure(failure)
            }
        }
        let (stream, sink) = AsyncStream<ProbeEvent>.makeStream()
        let bootstrap = ClientBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .connectTimeout(.nanoseconds(Int64(timeout.nanoseconds)))
            .channelInitializer { [context] channel in
                channel.eventLoop.makeCompletedFuture {
                    if let context, let serverName {
                        let tls = try NIOSSLClientHandler(context: context, serverHostname: serverName) { certificates, promise in
                            sink.yield(.chain(certificates.compactMap { try? $0.toDERBytes() }))
                            promise.succeed(.certificateVerified)
                        }
                        try channel.pipeline.syncOperations.addHandler(tls)
                    }
                    try channel.pipeline.syncOperations.addHandler(ProbeEventHandler(sink))
                }
            }
        let channel: Channel
        do { channel = try await bootstrap.connect(to: socketAddress).get() } catch {
            sink.finish()
            return .failure(classify(error))
        }
        var connection = ProbeConnection(channel: channel, sink: sink, events: stream.makeAsyncIterator())
        guard serverName != nil else { return .success(connection) }
        let deadline = connection.setDeadline(after: timeout)
        while true {
            switch await connection.nextEvent() {
            case .chain(let chain): connection.chain = chain
            case .tlsReady: return .success(connection)
            case .data(let bytes): var bytes = bytes; connection.unread.writeBuffer(&bytes)
            case .deadline(let id) where id == deadline:
                connection.close()
                return .failure(.timedOut)
            case .deadline: continue
            case .error(let why):
                connection.close()
                return .failure(.handshakeFailed(why))
            case .closed, nil:
                return .failure(.handshakeFailed("the server closed the connection during the handshake"))
            }
        }
    }

    /// Arranges for a `.deadline` event after `duration`; returns its id.
    mutating func setDeadline(after duration: Duration) -> Int {
        nextDeadline += 1
        let id = nextDeadline, sink = self.sink
        channel.eventLoop.scheduleTask(in: .nanoseconds(Int64(duration.nanoseconds))) { sink.yield(.deadline(id)) }
        return id
    }

    /// The next event; nil when the stream ended (closed) or the task was cancelled.
    mutating func nextEvent() async -> ProbeEvent? {
        await events.next()
    }

    func write(_ text: String) {
        channel.writeAndFlush(ByteBuffer(string: text), promise: nil)
    }

    func write(_ bytes: [UInt8]) {
        channel.writeAndFlush(ByteBuffer(bytes: bytes), promise: nil)
    }

    func close() {
        channel.close(promise: nil)
    }

    /// Reads until a whole HTTP response head arrived (status and headers), the deadline, or the close.
    mutating func readResponseHead(timeout: Duration) async -> Result<HTTPResponseHead, ProbeFailure> {
        let deadline = setDeadline(after: timeout)
        while true {
            if let head = HTTPResponseHead.parse(&unread) { return .success(head) }
            switch await nextEvent() {
            case .data(var bytes): unread.writeBuffer(&bytes)
            case .deadline(let id) where id == deadline: return .failure(.timedOut)
            case .deadline, .chain, .tlsReady: continue
            case .error(let why): return .failure(.other(why))
            case .closed, nil: return .failure(.closed)
            }
        }
    }

    static func classify(_ error: Error) -> ProbeFailure {
        if let channelError = error as? ChannelError, case .connectTimeout = channelError { return .timedOut }
        if let io = error as? IOError, io.errnoCode == ECONNREFUSED { return .refused }
        return .other(describe(error))
    }

    static func describe(_ error: Error) -> String {
        if let io = error as? IOError { return String(cString: strerror(io.errnoCode)) }
        if let ssl = error as? NIOSSLError { return "\(ssl)" }
        if let ssl = error as? BoringSSLError { return "\(ssl)" }
        return "\(error)"
    }
}

extension Duration {
    /// Whole nanoseconds, for NIO's TimeAmount.
    var nanoseconds: Int {
        let (seconds, attoseconds) = components
        return Int(seconds) * 1_000_000_000 + Int(attoseconds / 1_000_000_000)
    }
}

/// The status line and headers of an HTTP/1.1 response.
struct HTTPResponseHead: Sendable, Equatable {
    var status: Int
    /// Header names lower-cased.
    var headers: [String: String]

    /// Consumes a complete head from `buffer`; nil (consuming nothing) until "\r\n\r\n" arrived.
    static func parse(_ buffer: inout ByteBuffer) -> HTTPResponseHead? {
        let bytes = buffer.readableBytesView
        guard let end = bytes.firstRange(of: [13, 10, 13, 10] as [UInt8]) else { return nil }
        let length = end.upperBound - bytes.startIndex
        guard let text = buffer.readString(length: length) else { return nil }
        let lines = text.split(separator: "\r\n", omittingEmptySubsequences: true)
        guard let statusLine = lines.first else { return nil }
        let parts = statusLine.split(separator: " ", maxSplits: 2)
        guard parts.count >= 2, parts[0].hasPrefix("HTTP/"), let status = Int(parts[1]) else {
            return HTTPResponseHead(status: 0, headers: [:])
        }
        var headers: [String: String] = [:]
        for line in lines.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        return HTTPResponseHead(status: status, headers: headers)
    }
}
