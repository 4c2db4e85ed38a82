import Foundation
import IngressCore

/// How verify authenticates a TURN Allocate.
public enum TURNCredentials: Sendable {
    /// coturn's `static-auth-secret` (REST API scheme): username `expiry:user`, password base64(HMAC-SHA1(secret, username)).
    case restSecret(String)
    /// A long-term credential (`user=` in turnserver.conf).
    case longTerm(user: String, password: String)
}

/// verify's TURN row: STUN Binding over UDP and TCP to TURN_EXTERNAL_IP:TURN_PORT, and with
/// credentials an Allocate whose relay must pass a packet from outside. Only that address is
/// ever sent to.
public enum TURNVerifier {
    /// The cells of the TURN row (see `TURNJudgement`); `timeout` bounds each probe.
    public static func verify(_ plan: Plan, credentials: TURNCredentials?, timeout: Duration) async -> [VerifyCell] {
        guard let ip = plan.turn.externalIP, let server = ProbeAddress(host: ip, port: plan.turn.port) else {
            return TURNJudgement.notConfigured(plan)
        }
        return TURNJudgement.cells(plan, await observe(server, relayPorts: plan.turn.relayPorts, credentials: credentials, timeout: timeout))
    }

    /// Runs the probes: both Bindings at once, then the Allocate over whichever transport answered.
    static func observe(_ server: ProbeAddress, relayPorts: ClosedRange<Int>, credentials: TURNCredentials?, timeout: Duration) async -> TURNObservation {
        async let udp = runBlockingProbe { cancel in binding(server, tcp: false, timeout: timeout, cancel: cancel) }
        async let tcp = runBlockingProbe { cancel in binding(server, tcp: true, timeout: timeout, cancel: cancel) }
        let (udpReach, tcpReach) = await (udp, tcp)
        var seen = TURNObservation(server: server.host, port: server.port, udp: udpReach, tcp: tcpReach, relay: .noCredentials)
        guard let credentials else { return seen }
        let useTCP: Bool
        switch (udpReach, tcpReach) {
        case (.answered, _): useTCP = false
        case (_, .answered): useTCP = true
        default:
            seen.relay = .noTransport
            return seen
        }
        seen.relayTransport = useTCP ? "tcp" : "udp"
        let credential: TURNAuth.Credential = switch credentials {
        case .restSecret(let secret):
            TURNAuth.restCredential(secret: secret, expiry: Int(Date().timeIntervalSince1970) + 3600)
        case .longTerm(let user, let password):
            TURNAuth.Credential(user: user, password: password)
        }
        seen.relay = await runBlockingProbe { cancel in
            relay(server, tcp: useTCP, credential: credential, timeout: timeout, cancel: cancel)
        }
        return seen
    }

    static func binding(_ server: ProbeAddress, tcp: Bool, timeout: Duration, cancel: ProbeCancellation) -> TURNObservation.Reach {
        let deadline = ProbeDeadline(after: timeout)
        var client: TURNClient?
        do throws(ProbeSocketError) {
            let connected = tcp ? try TURNClient.tcp(server, deadline: deadline, cancel: cancel) : try TURNClient.udp(server, cancel: cancel)
            client = connected
            let (response, _) = try connected.transact(STUNMessage(.binding, .request), deadline: deadline)
            if response.messageClass == .error {
                let error = response.errorCode
                return .failed("error response \(error.map { "\($0.code) \($0.reason)" } ?? "without ERROR-CODE")")
            }
            guard let mapped = response.address(.xorMappedAddress) ?? response.address(.mappedAddress) else {
                return .failed("the response has no XOR-MAPPED-ADDRESS")
            }
            return .answered(mapped: mapped.description)
        } catch {
            switch error {
            case .timeout: return .silent(attempts: tcp ? 1 : max(client?.attempts ?? 1, 1))
            case .refused: return .refused
            case .cancelled: return .failed("cancelled")
            case .failed(let why): return .failed(why)
            }
        }
    }

    static func relay(_ server: ProbeAddress, tcp: Bool, credential: TURNAuth.Credential, timeout: Duration,
                      cancel: ProbeCancellation) -> TURNObservation.Relay {
        let deadline = ProbeDeadline(after: timeout)
        do throws(ProbeSocketError) {
            let client = tcp ? try TURNClient.tcp(server, deadline: deadline, cancel: cancel) : try TURNClient.udp(server, cancel: cancel)
            // RFC 8656 §7.2: REQUESTED-TRANSPORT is UDP (17) whatever carries the control connection.
            let transport: [UInt8] = [17, 0, 0, 0]
            var request = STUNMessage(.allocate, .request)
            request.append(.requestedTransport, transport)
            var (response, _) = try client.transact(request, deadline: deadline)
            var key: [UInt8]?
            var realm = "", nonce = ""
            // The 401 carries the realm and nonce; a 438 (stale nonce) carries a fresh one.
            for _ in 0..<2 where response.messageClass == .error && [401, 438].contains(response.errorCode?.code ?? 0) {
                guard let r = response.text(.realm) ?? (realm.isEmpty ? nil : realm), let n = response.text(.nonce) else {
                    return .noAnswer("the 401 response has no REALM or NONCE")
                }
                realm = r
                nonce = n
                key = TURNAuth.key(credential, realm: realm)
                request = authenticated(.allocate, credential: credential, realm: realm, nonce: nonce)
                request.append(.requestedTransport, transport)
                (response, _) = try client.transact(request, key: key, deadline: deadline)
            }
            if response.messageClass == .error {
                let error = response.errorCode ?? (0, "error response without ERROR-CODE")
                return .rejected(code: error.code, reason: error.reason)
            }
            guard let relayed = response.address(.xorRelayedAddress) else { return .noAnswer("the Allocate response has no XOR-RELAYED-ADDRESS") }
            defer {
                // Free the allocation at once (Refresh with LIFETIME 0) instead of leaving it for its lifetime.
                var refresh = authenticated(.refresh, credential: credential, realm: realm, nonce: nonce)
                refresh.append(.lifetime, [0, 0, 0, 0])
                client.sendOnly(refresh, key: key, deadline: ProbeDeadline(after: .milliseconds(200)))
            }
            // Never send anywhere but TURN_EXTERNAL_IP: a wrong relayed address is reported, not probed.
            guard relayed.host == server.host else {
                return .allocated(relayedHost: relayed.host, relayedPort: relayed.port, roundTrip: .notTried)
            }
            return .allocated(relayedHost: relayed.host, relayedPort: relayed.port,
                              roundTrip: try roundTrip(client, relayed: relayed, mapped: response.address(.xorMappedAddress),
                                                   credential: credential, realm: realm, nonce: nonce, key: key, deadline: deadline, cancel: cancel))
        } catch {
            switch error {
            case .timeout: return .noAnswer("no answer before the timeout")
            case .refused: return .noAnswer("connection refused")
            case .cancelled: return .noAnswer("cancelled")
            case .failed(let why): return .noAnswer(why)
            }
        }
    }

    private static func authenticated(_ method: STUNMessage.Method, credential: TURNAuth.Credential, realm: String, nonce: String) -> STUNMessage {
        var message = STUNMessage(method, .request)
        if !realm.isEmpty {
            message.append(.username, Array(credential.user.utf8))
            message.append(.realm, Array(realm.utf8))
            message.append(.nonce, Array(nonce.utf8))
        }
        return message
    }

    /// A permission for our own address, then a packet from a second socket to the relayed
    /// address that must come back on the control connection as a Data indication.
    private static func roundTrip(_ client: TURNClient, relayed: ProbeAddress, mapped: ProbeAddress?, credential: TURNAuth.Credential,
                                  realm: String, nonce: String, key: [UInt8]?, deadline: ProbeDeadline,
                                  cancel: ProbeCancellation) throws(ProbeSocketError) -> TURNObservation.RoundTrip {
        let peer = try ProbeSocket.udpUnconnected(family: relayed.family)
        // The peer socket leaves from this host: the server sees the same address as our control connection.
        let peerIP = mapped?.host ?? (relayed.isIPv6 ? "::1" : "127.0.0.1")
        guard let permissionPeer = ProbeAddress(host: peerIP, port: 0) else { return .lost }
        var permission = authenticated(.createPermission, credential: credential, realm: realm, nonce: nonce)
        permission.append(.xorPeerAddress, STUNMessage.encodeAddress(permissionPeer, xor: true, transactionID: permission.transactionID))
        let (answer, _) = try client.transact(permission, key: key, deadline: deadline)
        if answer.messageClass == .error {
            let error = answer.errorCode ?? (0, "error response without ERROR-CODE")
            return .permissionRefused(code: error.code, reason: error.reason)
        }
        let payload = Array("nap-ingress verify \(UInt64.random(in: 0...UInt64.max))".utf8)
        var resend: Duration = .milliseconds(300)
        while !deadline.hasPassed {
            try peer.send(payload, to: relayed)
            let attempt = deadline.capped(resend)
            resend = ProbeDeadline.backoff(resend)
            do throws(ProbeSocketError) {
                while true {
                    let (message, _) = try client.receiveMessage(deadline: attempt)
                    if message.method == .data, message.messageClass == .indication, message.attribute(.data) == payload { return .returned }
                }
            } catch .timeout {
                continue
            }
        }
        return .lost
    }
}
