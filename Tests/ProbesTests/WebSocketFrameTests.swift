import NIOCore
@testable import Probes
import Testing

/// The probe's RFC 6455 frames: what it sends is masked, what it reads is whole or not at all.
struct WebSocketFrameTests {
    @Test func aMaskedFrameDecodesToItsPayload() {
        for size in [0, 5, 125, 126, 300, 70_000] {
            let payload = (0..<size).map { UInt8(truncatingIfNeeded: $0) }
            let bytes = WebSocketFrame(opcode: WebSocketFrame.text, payload: payload).encoded(mask: [1, 2, 3, 4])
            #expect(bytes[1] & 0x80 != 0)
            var buffer = ByteBuffer(bytes: bytes)
            #expect(WebSocketFrame.decode(&buffer) == WebSocketFrame(opcode: WebSocketFrame.text, payload: payload))
            #expect(buffer.readableBytes == 0)
        }
    }

    @Test func aPartialFrameIsLeftUnread() {
        let bytes = WebSocketFrame(opcode: WebSocketFrame.text, payload: Array("hello".utf8)).encoded(mask: [9, 9, 9, 9])
        var buffer = ByteBuffer(bytes: bytes.dropLast())
        #expect(WebSocketFrame.decode(&buffer) == nil)
        #expect(buffer.readableBytes == bytes.count - 1)
    }

    @Test func aStatusLineAndHeadersAreRead() {
        var buffer = ByteBuffer(string: "HTTP/1.1 308 Permanent Redirect\r\nLocation: https://nap.acme.com/\r\nServer: x\r\n\r\nbody")
        let head = HTTPResponseHead.parse(&buffer)
        #expect(head?.status == 308)
        #expect(head?.headers["location"] == "https://nap.acme.com/")
        #expect(buffer.readString(length: buffer.readableBytes) == "body")
        var partial = ByteBuffer(string: "HTTP/1.1 200 OK\r\n")
        #expect(HTTPResponseHead.parse(&partial) == nil)
    }
}
