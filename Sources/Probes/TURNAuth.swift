import Crypto
import Foundation

/// TURN long-term credentials (RFC 8489 §9.2) and coturn's REST API scheme for them.
enum TURNAuth {
    /// A user name and password for the long-term mechanism.
    struct Credential: Equatable, Sendable {
        var user: String
        var password: String
    }

    /// coturn's `static-auth-secret` (`use-auth-secret`): user `expiry:user`, password
    /// base64(HMAC-SHA1(secret, user)); the server recomputes it and checks the expiry.
    static func restCredential(secret: String, user: String = "nap-ingress-verify", expiry: Int) -> Credential {
        let name = "\(expiry):\(user)"
        let mac = HMAC<Insecure.SHA1>.authenticationCode(for: Array(name.utf8), using: SymmetricKey(data: Array(secret.utf8)))
        return Credential(user: name, password: Data(mac).base64EncodedString())
    }

    /// The MESSAGE-INTEGRITY key: MD5(user ":" realm ":" password) (RFC 8489 §9.2.2, without SASLprep: ASCII names).
    static func key(_ credential: Credential, realm: String) -> [UInt8] {
        Array(Insecure.MD5.hash(data: Array("\(credential.user):\(realm):\(credential.password)".utf8)))
    }
}
