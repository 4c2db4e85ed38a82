import CLdns
import Foundation
import IngressCore

/// One DNS question asked of one server. ldns encodes the query and decodes the answer
/// (names, compression, RR types, the SOA's fields); the transport is ours so that a
/// timeout, a refusal and a cancellation stay three different things.
enum DNSQuery {
    /// Record types verify asks for.
    enum RecordType: Sendable { case a, aaaa }

    /// One answer, decoded.
    struct Answer: Sendable {
        var rcode: Int
        var chain: [DNSObservation.Link]
        var addresses: [String]
        var addressTTL: Int?
        /// RFC 2308: min(SOA TTL, SOA MINIMUM) of the authority section's SOA.
        var negativeTTL: Int?
        var negativeZone: String?
    }

    /// Asks `server` for `name`/`type` over UDP (retransmitting within the deadline), then
    /// over TCP if the answer was truncated.
    static func ask(_ name: String, _ type: RecordType, server: ProbeAddress, deadline: ProbeDeadline,
                    cancel: ProbeCancellation) -> Result<Answer, ProbeSocketError> {
        // ldns is opened on the first question, never at start (see CLdns).
        guard nap_ldns_load() else { return .failure(.failed("libldns (Debian libldns3) is not installed, so DNS cannot be asked")) }
        let id = UInt16.random(in: 0...UInt16.max)
        guard let query = encode(name, type, id: id) else { return .failure(.failed("cannot encode the name \(name)")) }
        do throws(ProbeSocketError) {
            let socket = try ProbeSocket.udp(connectedTo: server)
            var resendEvery: Duration = .milliseconds(700)
            while !deadline.hasPassed {
                try socket.send(query, deadline: deadline, cancel: cancel)
                let attempt = deadline.capped(resendEvery)
                resendEvery = ProbeDeadline.backoff(resendEvery)
                do throws(ProbeSocketError) {
                    while true {
                        let reply = try socket.receive(deadline: attempt, cancel: cancel)
                        // Anything not answering our id is ignored (a late answer to a retransmission is fine).
                        guard reply.count >= 12, UInt16(reply[0]) << 8 | UInt16(reply[1]) == id else { continue }
                        guard let decoded = decode(reply) else { return .failure(.failed("the answer could not be decoded")) }
                        if decoded.truncated { return askOverTCP(query, server: server, deadline: deadline, cancel: cancel) }
                        return .success(decoded.answer)
                    }
                } catch .timeout {
                    continue
                }
            }
            return .failure(.timeout)
        } catch {
            return .failure(error)
        }
    }

    private static func askOverTCP(_ query: [UInt8], server: ProbeAddress, deadline: ProbeDeadline,
                                   cancel: ProbeCancellation) -> Result<Answer, ProbeSocketError> {
        do throws(ProbeSocketError) {
            let socket = try ProbeSocket.tcp(to: server, deadline: deadline, cancel: cancel)
            try socket.send([UInt8(query.count >> 8), UInt8(query.count & 0xFF)] + query, deadline: deadline, cancel: cancel)
            var received: [UInt8] = []
            while true {
                if received.count >= 2 {
                    let length = Int(received[0]) << 8 | Int(received[1])
                    if received.count >= 2 + length {
                        guard let decoded = decode(Array(received[2..<(2 + length)])) else {
                            return .failure(.failed("the answer could not be decoded"))
                        }
                        return .success(decoded.answer)
                    }
                }
                let chunk = try socket.receive(deadline: deadline, cancel: cancel)
                if chunk.isEmpty { return .failure(.failed("the server closed the TCP connection")) }
                received += chunk
            }
        } catch {
            return .failure(error)
        }
    }

    private static func encode(_ name: String, _ type: RecordType, id: UInt16) -> [UInt8]? {
        guard let owner = nap_ldns_dname_new_frm_str(name) else { return nil }
        let rrType = type == .a ? LDNS_RR_TYPE_A : LDNS_RR_TYPE_AAAA
        // ldns_pkt_query_new takes ownership of `owner`.
        guard let packet = nap_ldns_pkt_query_new(owner, rrType, LDNS_RR_CLASS_IN, UInt16(LDNS_RD)) else { return nil }
        defer { nap_ldns_pkt_free(packet) }
        nap_ldns_pkt_set_id(packet, id)
        var wire: UnsafeMutablePointer<UInt8>?
        var size = 0
        guard nap_ldns_pkt2wire(&wire, packet, &size) == LDNS_STATUS_OK, let wire else { return nil }
        defer { free(wire) }
        return Array(UnsafeBufferPointer(start: wire, count: size))
    }

    private static func text(_ rdf: UnsafeMutablePointer<ldns_rdf>?) -> String {
        guard let rdf, let c = nap_ldns_rdf2str(rdf) else { return "" }
        defer { free(c) }
        var s = String(cString: c)
        if s.hasSuffix(".") { s.removeLast() }
        return s.lowercased()
    }

    private static func decode(_ bytes: [UInt8]) -> (answer: Answer, truncated: Bool)? {
        var packet: UnsafeMutablePointer<ldns_pkt>?
        let status = bytes.withUnsafeBufferPointer { nap_ldns_wire2pkt(&packet, $0.baseAddress, $0.count) }
        guard status == LDNS_STATUS_OK, let packet else { return nil }
        defer { nap_ldns_pkt_free(packet) }
        var answer = Answer(rcode: Int(nap_ldns_pkt_get_rcode(packet).rawValue), chain: [], addresses: [])
        if let records = nap_ldns_pkt_answer(packet) {
            for index in 0..<nap_ldns_rr_list_rr_count(records) {
                guard let rr = nap_ldns_rr_list_rr(records, index) else { continue }
                let type = nap_ldns_rr_get_type(rr)
                let ttl = Int(nap_ldns_rr_ttl(rr))
                if type == LDNS_RR_TYPE_CNAME {
                    answer.chain.append(DNSObservation.Link(name: text(nap_ldns_rr_owner(rr)), target: text(nap_ldns_rr_rdf(rr, 0)), ttl: ttl))
                } else if type == LDNS_RR_TYPE_A || type == LDNS_RR_TYPE_AAAA {
                    answer.addresses.append(text(nap_ldns_rr_rdf(rr, 0)))
                    answer.addressTTL = min(answer.addressTTL ?? ttl, ttl)
                }
            }
        }
        if let authority = nap_ldns_pkt_authority(packet) {
            for index in 0..<nap_ldns_rr_list_rr_count(authority) {
                guard let rr = nap_ldns_rr_list_rr(authority, index), nap_ldns_rr_get_type(rr) == LDNS_RR_TYPE_SOA,
                      let minimum = nap_ldns_rr_rdf(rr, 6) else { continue }
                answer.negativeTTL = min(Int(nap_ldns_rr_ttl(rr)), Int(nap_ldns_rdf2native_int32(minimum)))
                answer.negativeZone = text(nap_ldns_rr_owner(rr))
            }
        }
        return (answer, nap_ldns_pkt_tc(packet))
    }
}
