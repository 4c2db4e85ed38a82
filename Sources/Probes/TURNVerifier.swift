import IngressCore

/// How verify authenticates a TURN Allocate.
public enum TURNCredentials: Sendable {
    /// coturn's `static-auth-secret` (REST API scheme): username `expiry:user`, password base64(HMAC-SHA1(secret, username)).
    case restSecret(String)
    /// A long-term credential (`user=` in turnserver.conf).
    case longTerm(user: String, password: String)
}

/// verify's TURN row: STUN Binding over UDP and TCP, and with credentials a relayed round trip.
public enum TURNVerifier {
    public static func verify(_ plan: Plan, credentials: TURNCredentials?, timeout: Duration) async -> [VerifyCell] {
        // Interface stub: the real probes land in the next commits.
        [VerifyCell(host: "turn", check: .turn, status: .skipped, code: "turn.not-implemented", message: "TURN checks are not implemented yet.")]
    }
}
