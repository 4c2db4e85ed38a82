import NIOCore

/// The few RFC 6455 frames the probe needs: a masked text frame out, any frame in.
struct WebSocketFrame: Equatable, Sendable {
    var opcode: UInt8
    var payload: [UInt8]

    static let text: UInt8 = 0x1, close: UInt8 = 0x8, ping: UInt8 = 0x9, pong: UInt8 = 0xA

    /// The frame as a client sends it: final, masked with `mask` (clients must mask, RFC 6455 5.3).
    func encoded(mask: [UInt8]) -> [UInt8] {
        var out: [UInt8] = [0x80 | opcode]
        let count = payload.count
        if count < 126 {
            out.append(0x80 | UInt8(count))
        } else if count <= 0xFFFF {
            out += [0x80 | 126, UInt8(count >> 8), UInt8(count & 0xFF)]
        } else {
            out.append(0x80 | 127)
            out += (0..<8).reversed().map { UInt8((UInt64(count) >> (8 * UInt64($0))) & 0xFF) }
        }
        out += mask
        out += payload.enumerated().map { $0.element ^ mask[$0.offset % 4] }
        return out
    }

    /// Consumes one whole frame from `buffer`; nil (consuming nothing) while it is incomplete.
    static func decode(_ buffer: inout ByteBuffer) -> WebSocketFrame? {
        let bytes = Array(buffer.readableBytesView)
        guard bytes.count >= 2 else { return nil }
        let opcode = bytes[0] & 0x0F, masked = bytes[1] & 0x80 != 0
        var length = Int(bytes[1] & 0x7F), offset = 2
        if length == 126 {
            guard bytes.count >= 4 else { return nil }
            length = Int(bytes[2]) << 8 | Int(bytes[3])
            offset = 4
        } else if length == 127 {
            guard bytes.count >= 10 else { return nil }
            length = bytes[2..<10].reduce(0) { $0 << 8 | Int($1) }
            offset = 10
        }
        let maskBytes = masked ? 4 : 0
        guard length >= 0, bytes.count >= offset + maskBytes + length else { return nil }
        let mask = masked ? Array(bytes[offset..<offset + 4]) : []
        let start = offset + maskBytes
        var payload = Array(bytes[start..<start + length])
        if masked { payload = payload.enumerated().map { $0.element ^ mask[$0.offset % 4] } }
        buffer.moveReaderIndex(forwardBy: start + length)
        return WebSocketFrame(opcode: opcode, payload: payload)
    }
}
