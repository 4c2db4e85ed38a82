import Testing
@testable import Probes

/// The STUN codec against RFC 5769's test vectors, byte for byte.
@Suite struct STUNCodecTests {
    static func hex(_ s: String) -> [UInt8] {
        let digits = s.filter { !$0.isWhitespace }
        return stride(from: 0, to: digits.count, by: 2).map {
            let start = digits.index(digits.startIndex, offsetBy: $0)
            return UInt8(digits[start..<digits.index(start, offsetBy: 2)], radix: 16)!
        }
    }

    /// RFC 5769 §2.1: a request with SOFTWARE, PRIORITY, ICE-CONTROLLED, USERNAME, MESSAGE-INTEGRITY, FINGERPRINT.
    static let sampleRequest = hex("""
        000100582112a442b7e7a701bc34d686fa87dfae802200105354554e20746573742063
        6c69656e74002400046e0001ff80290008932ff9b151263b36000600096576746a3a68
        3676592020200008001 49aeaa70cbfd8cb56781ef2b5b2d3f249c1b571a280280004e57a3bcf
        """)
    /// RFC 5769 §2.2: the IPv4 response, XOR-MAPPED-ADDRESS 192.0.2.1:32853.
    static let sampleResponse = hex("""
        0101003c2112a442b7e7a701bc34d686fa87dfae8022000b7465737420766563746f7220
        002000080001a147e112a643000800142b91f599fd9e90c38c7489f92af9ba53f06be7d7
        80280004c07d4c96
        """)
    static let password = Array("VOkJxbRl1RmTxUk/WvJxBt".utf8)

    @Test func decodesTheRFCRequestAndChecksItsFingerprintAndIntegrity() throws {
        let message = try STUNMessage.decode(Self.sampleRequest)
        #expect(message.method == .binding)
        #expect(message.messageClass == .request)
        #expect(message.text(.username) == "evtj:h6vY")
        #expect(STUNMessage.integrityMatches(Self.sampleRequest, key: Self.password))
        #expect(!STUNMessage.integrityMatches(Self.sampleRequest, key: Array("wrong".utf8)))
    }

    @Test func decodesTheRFCResponseMappedAddress() throws {
        let message = try STUNMessage.decode(Self.sampleResponse)
        #expect(message.messageClass == .success)
        #expect(message.address(.xorMappedAddress) == ProbeAddress(host: "192.0.2.1", port: 32853))
        #expect(STUNMessage.integrityMatches(Self.sampleResponse, key: Self.password))
    }

    @Test func reEncodingTheRFCRequestKeepsItsLayoutAndVerifies() throws {
        var message = try STUNMessage.decode(Self.sampleRequest)
        // The codec appends MESSAGE-INTEGRITY and FINGERPRINT itself. The RFC pads USERNAME with
        // spaces and we with zeros, so the MAC differs; layout, integrity and fingerprint must hold.
        message.attributes.removeAll {
            $0.type == STUNMessage.AttributeType.messageIntegrity.rawValue || $0.type == STUNMessage.AttributeType.fingerprint.rawValue
        }
        let ours = message.encoded(integrityKey: Self.password)
        let decoded = try STUNMessage.decode(ours)
        #expect(decoded.text(.username) == "evtj:h6vY")
        #expect(STUNMessage.integrityMatches(ours, key: Self.password))
        #expect(ours.count == Self.sampleRequest.count)
        #expect(Array(ours[0..<20]) == Array(Self.sampleRequest[0..<20]))
    }

    @Test func aCorruptedFingerprintIsRefused() {
        var bytes = Self.sampleResponse
        bytes[bytes.count - 1] ^= 0xFF
        #expect(throws: STUNMessage.DecodeError.badFingerprint) { try STUNMessage.decode(bytes) }
    }

    @Test func messageTypesInterleaveMethodAndClassBits() {
        #expect(STUNMessage.messageType(.binding, .request) == 0x0001)
        #expect(STUNMessage.messageType(.binding, .success) == 0x0101)
        #expect(STUNMessage.messageType(.allocate, .error) == 0x0113)
        #expect(STUNMessage.messageType(.send, .indication) == 0x0016)
        #expect(STUNMessage.messageType(.data, .indication) == 0x0017)
        #expect(STUNMessage.messageType(.createPermission, .success) == 0x0108)
    }

    @Test func xorAddressesRoundTripForIPv4AndIPv6() {
        let id = STUNMessage.newTransactionID()
        for address in [ProbeAddress(host: "127.0.0.1", port: 49160)!, ProbeAddress(host: "2001:db8::1", port: 3478)!] {
            let value = STUNMessage.encodeAddress(address, xor: true, transactionID: id)
            #expect(STUNMessage.decodeAddress(value, xor: true, transactionID: id) == address)
        }
    }

    @Test func restCredentialsFollowCoturnsScheme() {
        // coturn: password = base64(HMAC-SHA1(static-auth-secret, "expiry:user")).
        let credential = TURNAuth.restCredential(secret: "s3cret", user: "nap", expiry: 1_700_000_000)
        #expect(credential.user == "1700000000:nap")
        #expect(credential.password == "gX5wX7dH2d/8LOV63Mb8ZhYpWRE=")
    }
}
