import Foundation
import X509

/// The extra roots an operator trusts for verify (a private CA, PEM). Read here, in the core, so
/// `nap-ingress` refuses an unusable file before it starts its probe, by the same rule the probe
/// reads it with; the fronts name the flag.
public enum CAFile {
    /// Why a given CA file cannot be used.
    public struct Unusable: Error, Sendable {
        public var path: String
        /// E.g. `cannot be read`, `holds no CERTIFICATE block`.
        public var reason: String
        public init(path: String, reason: String) {
            self.path = path
            self.reason = reason
        }
    }

    /// The certificates of `path`.
    public static func certificates(_ path: String) throws(Unusable) -> [Certificate] {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
            throw Unusable(path: path, reason: "cannot be read")
        }
        do { return try PEMChain(pem: text).certificates } catch {
            throw Unusable(path: path, reason: error.reason)
        }
    }
}
