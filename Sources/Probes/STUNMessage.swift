import Crypto
import Foundation

/// A STUN/TURN message (RFC 8489 §5, RFC 8656): the small codec verify's TURN probe needs.
/// Pure bytes in, bytes out; the sockets are elsewhere.
struct STUNMessage: Equatable, Sendable {
    /// RFC 8489 §5: the fixed value that tells STUN from other traffic and keys the XOR addresses.
    static let magicCookie: UInt32 = 0x2112_A442
    static let headerLength = 20

    /// The methods verify uses (RFC 8489 §18.2, RFC 8656 §17).
    enum Method: UInt16, Sendable {
        case binding = 0x001, allocate = 0x003, refresh = 0x004, send = 0x006, data = 0x007, createPermission = 0x008
    }

    /// The message class (RFC 8489 §5).
    enum Class: UInt16, Sendable {
        case request = 0b00, indication = 0b01, success = 0b10, error = 0b11
    }

    /// Attribute types (RFC 8489 §18.3, RFC 8656 §18).
    enum AttributeType: UInt16, Sendable {
        case mappedAddress = 0x0001, username = 0x0006, messageIntegrity = 0x0008, errorCode = 0x0009
        case lifetime = 0x000D, xorPeerAddress = 0x0012, data = 0x0013, realm = 0x0014, nonce = 0x0015
        case xorRelayedAddress = 0x0016, requestedTransport = 0x0019, xorMappedAddress = 0x0020
        case software = 0x8022, fingerprint = 0x8028
    }

    var method: Method
    var messageClass: Class
    var transactionID: [UInt8]
    /// Attributes in order, raw values without padding.
    var attributes: [(type: UInt16, value: [UInt8])]

    static func == (lhs: STUNMessage, rhs: STUNMessage) -> Bool {
        lhs.method == rhs.method && lhs.messageClass == rhs.messageClass && lhs.transactionID == rhs.transactionID
            && lhs.attributes.map(\.type) == rhs.attributes.map(\.type) && lhs.attributes.map(\.value) == rhs.attributes.map(\.value)
    }

    init(_ method: Method, _ messageClass: Class, transactionID: [UInt8] = STUNMessage.newTransactionID(), attributes: [(type: UInt16, value: [UInt8])] = []) {
        self.method = method
        self.messageClass = messageClass
        self.transactionID = transactionID
        self.attributes = attributes
    }

    static func newTransactionID() -> [UInt8] { (0..<12).map { _ in UInt8.random(in: 0...255) } }

    /// RFC 8489 §5: the method's bits with the class bits C0 (bit 4) and C1 (bit 8) between them.
    static func messageType(_ method: Method, _ messageClass: Class) -> UInt16 {
        let m = method.rawValue, c = messageClass.rawValue
        return (m & 0x000F) | ((m & 0x0070) << 1) | ((m & 0x0F80) << 2) | ((c & 0b01) << 4) | ((c & 0b10) << 7)
    }

    mutating func append(_ type: AttributeType, _ value: [UInt8]) { attributes.append((type.rawValue, value)) }

    func attribute(_ type: AttributeType) -> [UInt8]? { attributes.first { $0.type == type.rawValue }?.value }

    // MARK: Encoding

    /// The message on the wire; with `integrityKey`, MESSAGE-INTEGRITY (HMAC-SHA1) is appended,
    /// then FINGERPRINT when `fingerprint` is set (RFC 8489 §14.5, §14.7).
    func encoded(integrityKey: [UInt8]? = nil, fingerprint: Bool = true) -> [UInt8] {
        var body: [UInt8] = []
        for attribute in attributes { body += Self.encodeAttribute(attribute.type, attribute.value) }
        var bytes = header(bodyLength: body.count) + body
        var bodyLength = body.count
        if let key = integrityKey {
            // The length field counts MESSAGE-INTEGRITY itself (4 + 20) when the HMAC is computed.
            Self.setLength(&bytes, bodyLength + 24)
            let mac = Array(HMAC<Insecure.SHA1>.authenticationCode(for: bytes, using: SymmetricKey(data: key)))
            bytes += Self.encodeAttribute(AttributeType.messageIntegrity.rawValue, mac)
            bodyLength += 24
        }
        if fingerprint {
            Self.setLength(&bytes, bodyLength + 8)
            bytes += Self.encodeAttribute(AttributeType.fingerprint.rawValue, Self.bigEndian(Self.fingerprint(of: bytes)))
        }
        return bytes
    }

    private func header(bodyLength: Int) -> [UInt8] {
        var bytes = Self.bigEndian16(Self.messageType(method, messageClass)) + Self.bigEndian16(UInt16(bodyLength))
        bytes += Self.bigEndian(Self.magicCookie) + transactionID
        return bytes
    }

    private static func setLength(_ bytes: inout [UInt8], _ length: Int) {
        bytes[2] = UInt8(length >> 8)
        bytes[3] = UInt8(length & 0xFF)
    }

    private static func encodeAttribute(_ type: UInt16, _ value: [UInt8]) -> [UInt8] {
        let padding = (4 - value.count % 4) % 4
        return bigEndian16(type) + bigEndian16(UInt16(value.count)) + value + [UInt8](repeating: 0, count: padding)
    }

    /// RFC 8489 §14.7: CRC-32 of the message up to FINGERPRINT, XORed with 0x5354554e.
    static func fingerprint(of bytes: [UInt8]) -> UInt32 { CRC32.checksum(bytes) ^ 0x5354_554E }

    static func bigEndian16(_ v: UInt16) -> [UInt8] { [UInt8(v >> 8), UInt8(v & 0xFF)] }
    static func bigEndian(_ v: UInt32) -> [UInt8] { [UInt8(v >> 24), UInt8((v >> 16) & 0xFF), UInt8((v >> 8) & 0xFF), UInt8(v & 0xFF)] }

    // MARK: Decoding

    /// Why bytes are not a STUN message verify can use.
    enum DecodeError: Error, Equatable {
        case tooShort, notSTUN, badLength, unknownMethod(UInt16), badFingerprint
    }

    /// The length of the first whole message in `bytes` (for framing on TCP), or nil if incomplete.
    static func frameLength(_ bytes: [UInt8]) -> Int? {
        guard bytes.count >= headerLength else { return nil }
        let length = headerLength + (Int(bytes[2]) << 8 | Int(bytes[3]))
        return bytes.count >= length ? length : nil
    }

    /// Decodes one message; a FINGERPRINT, when present, must match.
    static func decode(_ bytes: [UInt8]) throws(DecodeError) -> STUNMessage {
        guard bytes.count >= headerLength else { throw .tooShort }
        guard bytes[0] & 0xC0 == 0, read32(bytes, 4) == magicCookie else { throw .notSTUN }
        let length = Int(bytes[2]) << 8 | Int(bytes[3])
        guard length % 4 == 0, bytes.count >= headerLength + length else { throw .badLength }
        let type = UInt16(bytes[0]) << 8 | UInt16(bytes[1])
        let methodBits = (type & 0x000F) | ((type & 0x00E0) >> 1) | ((type & 0x3E00) >> 2)
        let classBits = ((type & 0x0010) >> 4) | ((type & 0x0100) >> 7)
        guard let method = Method(rawValue: methodBits) else { throw .unknownMethod(methodBits) }
        let messageClass = Class(rawValue: classBits)!
        var message = STUNMessage(method, messageClass, transactionID: Array(bytes[8..<20]), attributes: [])
        var offset = headerLength
        let end = headerLength + length
        while offset + 4 <= end {
            let attributeType = UInt16(bytes[offset]) << 8 | UInt16(bytes[offset + 1])
            let attributeLength = Int(bytes[offset + 2]) << 8 | Int(bytes[offset + 3])
            guard offset + 4 + attributeLength <= end else { throw .badLength }
            let value = Array(bytes[(offset + 4)..<(offset + 4 + attributeLength)])
            if attributeType == AttributeType.fingerprint.rawValue {
                var covered = Array(bytes[0..<offset])
                setLength(&covered, offset + 8 - headerLength)
                guard value == bigEndian(fingerprint(of: covered)) else { throw .badFingerprint }
            }
            message.attributes.append((attributeType, value))
            offset += 4 + attributeLength + (4 - attributeLength % 4) % 4
        }
        return message
    }

    /// True when the message's MESSAGE-INTEGRITY matches `key` (RFC 8489 §14.5).
    static func integrityMatches(_ bytes: [UInt8], key: [UInt8]) -> Bool {
        var offset = headerLength
        let end = min(bytes.count, headerLength + (Int(bytes[2]) << 8 | Int(bytes[3])))
        while offset + 4 <= end {
            let type = UInt16(bytes[offset]) << 8 | UInt16(bytes[offset + 1])
            let length = Int(bytes[offset + 2]) << 8 | Int(bytes[offset + 3])
            if type == AttributeType.messageIntegrity.rawValue, length == 20, offset + 24 <= end {
                var covered = Array(bytes[0..<offset])
                setLength(&covered, offset + 24 - headerLength)
                let mac = Array(HMAC<Insecure.SHA1>.authenticationCode(for: covered, using: SymmetricKey(data: key)))
                return mac == Array(bytes[(offset + 4)..<(offset + 24)])
            }
            offset += 4 + length + (4 - length % 4) % 4
        }
        return false
    }

    static func read32(_ bytes: [UInt8], _ at: Int) -> UInt32 {
        UInt32(bytes[at]) << 24 | UInt32(bytes[at + 1]) << 16 | UInt32(bytes[at + 2]) << 8 | UInt32(bytes[at + 3])
    }

    // MARK: Attribute values

    /// An address attribute's value, XORed (RFC 8489 §14.2) or plain (§14.1).
    static func encodeAddress(_ address: ProbeAddress, xor: Bool, transactionID: [UInt8]) -> [UInt8] {
        var port = UInt16(address.port)
        var raw: [UInt8]
        if address.isIPv6 {
            var a = in6_addr()
            _ = inet_pton(AF_INET6, address.host, &a)
            raw = withUnsafeBytes(of: &a) { Array($0) }
        } else {
            var a = in_addr()
            _ = inet_pton(AF_INET, address.host, &a)
            raw = withUnsafeBytes(of: &a) { Array($0) }
        }
        if xor {
            port ^= UInt16(magicCookie >> 16)
            let mask = bigEndian(magicCookie) + transactionID
            raw = raw.enumerated().map { $0.element ^ mask[$0.offset] }
        }
        return [0, address.isIPv6 ? 2 : 1] + bigEndian16(port) + raw
    }

    /// The address in an address attribute's value.
    static func decodeAddress(_ value: [UInt8], xor: Bool, transactionID: [UInt8]) -> ProbeAddress? {
        guard value.count >= 8 else { return nil }
        let family = value[1]
        var port = UInt16(value[2]) << 8 | UInt16(value[3])
        var raw = Array(value[4...])
        guard (family == 1 && raw.count == 4) || (family == 2 && raw.count == 16) else { return nil }
        if xor {
            port ^= UInt16(magicCookie >> 16)
            let mask = bigEndian(magicCookie) + transactionID
            raw = raw.enumerated().map { $0.element ^ mask[$0.offset] }
        }
        var text = [CChar](repeating: 0, count: 64)
        let ok = raw.withUnsafeBytes { inet_ntop(family == 1 ? AF_INET : AF_INET6, $0.baseAddress, &text, 64) } != nil
        return ok ? ProbeAddress(host: ProbeAddress.text(text), port: Int(port)) : nil
    }

    /// ERROR-CODE (RFC 8489 §14.8): the code and reason phrase.
    var errorCode: (code: Int, reason: String)? {
        guard let value = attribute(.errorCode), value.count >= 4 else { return nil }
        return (Int(value[2] & 0x07) * 100 + Int(value[3]), String(decoding: value[4...], as: UTF8.self))
    }

    func address(_ type: AttributeType) -> ProbeAddress? {
        guard let value = attribute(type) else { return nil }
        let xor = type != .mappedAddress
        return Self.decodeAddress(value, xor: xor, transactionID: transactionID)
    }

    func text(_ type: AttributeType) -> String? { attribute(type).map { String(decoding: $0, as: UTF8.self) } }
}

/// CRC-32 (IEEE 802.3, as zlib computes it) for STUN's FINGERPRINT.
enum CRC32 {
    private static let table: [UInt32] = (0..<256).map { n in
        var c = UInt32(n)
        for _ in 0..<8 { c = c & 1 != 0 ? 0xEDB8_8320 ^ (c >> 1) : c >> 1 }
        return c
    }

    static func checksum(_ bytes: [UInt8]) -> UInt32 {
        var c: UInt32 = 0xFFFF_FFFF
        for b in bytes { c = table[Int((c ^ UInt32(b)) & 0xFF)] ^ (c >> 8) }
        return c ^ 0xFFFF_FFFF
    }
}
