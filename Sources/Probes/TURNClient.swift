import Foundation
import IngressCore

/// STUN/TURN over one connected UDP socket or one TCP connection, blocking with deadlines
/// (run it inside `runBlockingProbe`).
final class TURNClient {
    let server: ProbeAddress
    let isTCP: Bool
    private let socket: ProbeSocket
    private let cancel: ProbeCancellation
    private var pending: [UInt8] = []
    /// Requests sent by the last transaction (retransmissions included), for "silence after N tries".
    private(set) var attempts = 0

    /// UDP retransmission: RFC 8489 §6.2.1's RTO of 500 ms, doubling, cut off by the probe's deadline.
    static let initialRTO: Duration = .milliseconds(500)

    private init(server: ProbeAddress, isTCP: Bool, socket: ProbeSocket, cancel: ProbeCancellation) {
        self.server = server
        self.isTCP = isTCP
        self.socket = socket
        self.cancel = cancel
    }

    static func udp(_ server: ProbeAddress, cancel: ProbeCancellation) throws(ProbeSocketError) -> TURNClient {
        TURNClient(server: server, isTCP: false, socket: try .udp(connectedTo: server), cancel: cancel)
    }

    static func tcp(_ server: ProbeAddress, deadline: ProbeDeadline, cancel: ProbeCancellation) throws(ProbeSocketError) -> TURNClient {
        TURNClient(server: server, isTCP: true, socket: try .tcp(to: server, deadline: deadline, cancel: cancel), cancel: cancel)
    }

    /// Sends `request` and returns the response with its transaction id (and its raw bytes).
    func transact(_ request: STUNMessage, key: [UInt8]? = nil, deadline: ProbeDeadline) throws(ProbeSocketError) -> (STUNMessage, [UInt8]) {
        let bytes = request.encoded(integrityKey: key)
        attempts = 0
        var rto = Self.initialRTO
        while true {
            try socket.send(bytes, deadline: deadline, cancel: cancel)
            attempts += 1
            // TCP is reliable: one send, then wait the whole deadline (RFC 8489 §6.2.2).
            let attemptDeadline = isTCP ? deadline : deadline.capped(rto)
            rto = ProbeDeadline.backoff(rto)
            do throws(ProbeSocketError) {
                while true {
                    let (message, raw) = try receiveMessage(deadline: attemptDeadline)
                    if message.transactionID == request.transactionID, message.messageClass != .indication { return (message, raw) }
                }
            } catch .timeout where !deadline.hasPassed && !isTCP {
                continue
            }
        }
    }

    /// The next whole STUN message (unrelated datagrams and broken messages are skipped).
    func receiveMessage(deadline: ProbeDeadline) throws(ProbeSocketError) -> (STUNMessage, [UInt8]) {
        while true {
            if isTCP, let length = STUNMessage.frameLength(pending) {
                let frame = Array(pending[0..<length])
                pending.removeFirst(length)
                if let message = try? STUNMessage.decode(frame) { return (message, frame) }
                continue
            }
            let chunk = try socket.receive(deadline: deadline, cancel: cancel)
            if isTCP {
                if chunk.isEmpty { throw .failed("the server closed the TCP connection") }
                pending += chunk
            } else if let message = try? STUNMessage.decode(chunk) {
                return (message, chunk)
            }
        }
    }

    /// Sends a message that expects no answer (a Refresh that deletes the allocation is answered, but we do not wait).
    func sendOnly(_ message: STUNMessage, key: [UInt8]?, deadline: ProbeDeadline) {
        try? socket.send(message.encoded(integrityKey: key), deadline: deadline, cancel: cancel)
    }
}
