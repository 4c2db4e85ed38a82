import Foundation
import IngressCore

/// A WebSocket upgrade on a long-lived route, an idle hold, then one message that must come back.
///
/// The echo is what a NAP route's backend does not promise; so any answer frame counts (an echo,
/// or the platform's own reply), and a hold is judged by whether the connection survives it.
enum WebSocketProbe {
    static func observe(host: String, address: String, port: Int, path: String, hold: Duration, timeout: Duration) async -> WebSocketObservation {
        func seen(_ outcome: WebSocketObservation.Outcome) -> WebSocketObservation {
            WebSocketObservation(host: host, address: address, path: path, outcome: outcome)
        }
        let clock = ContinuousClock(), start = clock.now
        var connection: ProbeConnection
        switch await ProbeConnection.open(address: address, port: port, serverName: host, timeout: timeout) {
        case .success(let opened): connection = opened
        case .failure(.refused): return seen(.refused)
        case .failure(.timedOut): return seen(.timedOut)
        case .failure(let failure): return seen(.failed("\(failure)"))
        }
        defer { connection.close() }
        var generator = SystemRandomNumberGenerator()
        let key = Data((0..<16).map { _ in UInt8.random(in: 0...255, using: &generator) }).base64EncodedString()
        connection.write("GET \(path) HTTP/1.1\r\nHost: \(host)\r\nUser-Agent: nap-ingress-verify\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                         + "Sec-WebSocket-Key: \(key)\r\nSec-WebSocket-Version: 13\r\n\r\n")
        switch await connection.readResponseHead(timeout: max(timeout - (clock.now - start), .milliseconds(1))) {
        case .success(let head) where head.status == 101: break
        case .success(let head): return seen(.notUpgraded(status: head.status))
        case .failure(.timedOut): return seen(.timedOut)
        case .failure(.closed): return seen(.failed("the connection closed without answering the upgrade"))
        case .failure(let failure): return seen(.failed("\(failure)"))
        }
        let upgraded = clock.now
        if hold > .zero {
            let held = connection.setDeadline(after: hold)
            holding: while true {
                switch await connection.nextEvent() {
                case .deadline(let id) where id == held: break holding
                case .data(var bytes): connection.unread.writeBuffer(&bytes)
                case .deadline, .chain, .tlsReady: continue
                case .closed, .error, nil:
                    if Task.isCancelled { return seen(.failed("cancelled")) }
                    return seen(.cut(lasted: clock.now - upgraded))
                }
            }
        }
        let message = Array("nap-ingress verify \(key)".utf8)
        let mask = (0..<4).map { _ in UInt8.random(in: 0...255, using: &generator) }
        connection.write(WebSocketFrame(opcode: WebSocketFrame.text, payload: message).encoded(mask: mask))
        let answered = connection.setDeadline(after: timeout)
        while true {
            while let frame = WebSocketFrame.decode(&connection.unread) {
                switch frame.opcode {
                case WebSocketFrame.close: return seen(.cut(lasted: clock.now - upgraded))
                case WebSocketFrame.ping, WebSocketFrame.pong: continue
                default: return seen(.carried(held: hold))
                }
            }
            switch await connection.nextEvent() {
            case .data(var bytes): connection.unread.writeBuffer(&bytes)
            case .deadline(let id) where id == answered: return seen(.silent(held: hold))
            case .deadline, .chain, .tlsReady: continue
            case .closed, .error, nil:
                if Task.isCancelled { return seen(.failed("cancelled")) }
                return seen(.cut(lasted: clock.now - upgraded))
            }
        }
    }
}
