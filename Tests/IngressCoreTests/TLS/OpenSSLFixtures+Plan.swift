@testable import IngressCore
import TestSupport

extension OpenSSLFixtures {
    /// The files source's input for a fixture.
    static func pair(_ certPath: String, _ keyPath: String, secret: String = Plan.mainSecret) -> TLSFilePair {
        let keys = TLSFilePair.keys(for: secret)
        return TLSFileReader.pair(certPath: certPath, keyPath: keyPath, certKey: keys.cert, keyKey: keys.key)
    }
}
