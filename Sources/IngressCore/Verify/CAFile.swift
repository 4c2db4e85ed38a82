import Foundation
import X509

/// `verify --ca-file PEM`: the extra roots an operator trusts (a private CA). Read here, in the
/// core, so `nap-ingress` refuses an unusable file before it starts its probe, with the same
/// words the probe would use.
public enum CAFile {
    /// Why a given CA file cannot be used.
    public struct Unusable: Error, Sendable {
        public var message: String
        public init(message: String) { self.message = message }
    }

    /// The certificates of `path`.
    public static func certificates(_ path: String) throws(Unusable) -> [Certificate] {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
            throw Unusable(message: "--ca-file \(path) cannot be read.")
        }
        do { return try PEMChain(pem: text).certificates } catch {
            throw Unusable(message: "--ca-file \(path) \(error.reason).")
        }
    }
}
