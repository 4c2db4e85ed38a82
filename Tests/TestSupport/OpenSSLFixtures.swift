import Foundation

/// Certificate fixtures made at test time by the `openssl` command line, in a fresh temporary folder
/// (a root and an intermediate CA, then leaves as each test needs them): the TLS rule tests and
/// the nginx rig of verify's probes share it.
public final class OpenSSLFixtures: @unchecked Sendable {
    public enum KeyType: String, CaseIterable, Sendable {
        case rsa, p256, p384, ed25519
        public var genpkey: [String] {
            switch self {
            case .rsa: ["-algorithm", "RSA", "-pkeyopt", "rsa_keygen_bits:2048"]
            case .p256: ["-algorithm", "EC", "-pkeyopt", "ec_paramgen_curve:P-256"]
            case .p384: ["-algorithm", "EC", "-pkeyopt", "ec_paramgen_curve:P-384"]
            case .ed25519: ["-algorithm", "ED25519"]
            }
        }
    }

    /// A certificate file and its key file.
    public struct Issued: Sendable {
        public var cert: String
        public var key: String
        public init(cert: String, key: String) {
            self.cert = cert
            self.key = key
        }
    }

    public struct Failure: Error, CustomStringConvertible {
        public var description: String
        public init(description: String) { self.description = description }
    }

    public let folder: URL
    private var counter = 0
    public private(set) var root: Issued!
    public private(set) var intermediate: Issued!

    public init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("nap-ingress-tls-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("db"), withIntermediateDirectories: true)
        try Data().write(to: folder.appendingPathComponent("db/index.txt"))
        try "1000\n".write(to: folder.appendingPathComponent("db/serial"), atomically: true, encoding: .utf8)
        try """
            [ca]
            default_ca = fixture
            [fixture]
            database = db/index.txt
            new_certs_dir = db
            serial = db/serial
            default_md = sha256
            policy = anything
            copy_extensions = copy
            unique_subject = no
            email_in_dn = no
            [anything]
            commonName = supplied
            [v3_ca]
            basicConstraints = critical,CA:TRUE
            keyUsage = critical,keyCertSign,cRLSign
            subjectKeyIdentifier = hash
            authorityKeyIdentifier = keyid
            [v3_leaf]
            basicConstraints = critical,CA:FALSE
            keyUsage = critical,digitalSignature,keyEncipherment
            extendedKeyUsage = serverAuth
            authorityKeyIdentifier = keyid

            """.write(to: folder.appendingPathComponent("ca.cnf"), atomically: true, encoding: .utf8)
        root = try issue(cn: "Fixture Root CA", sans: nil, issuer: nil, extensions: "v3_ca", days: (-1, 3650))
        intermediate = try issue(cn: "Fixture Intermediate CA", sans: nil, issuer: root, extensions: "v3_ca", days: (-1, 3000))
    }

    deinit { try? FileManager.default.removeItem(at: folder) }

    public func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

    /// Runs openssl in the fixture folder; throws with its stderr when it fails.
    @discardableResult
    public func openssl(_ arguments: [String]) throws -> String {
        let result = try Self.run(arguments, in: folder)
        guard result.status == 0 else { throw Failure(description: "openssl \(arguments.joined(separator: " ")) failed: \(result.stderr)") }
        return result.stdout
    }

    public static func run(_ arguments: [String], in folder: URL) throws -> (status: Int32, stdout: String, stderr: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["openssl"] + arguments
        process.currentDirectoryURL = folder
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let o = out.fileHandleForReading.readDataToEndOfFile(), e = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: o, as: UTF8.self), String(decoding: e, as: UTF8.self))
    }

    public func key(_ type: KeyType) throws -> String {
        counter += 1
        let name = "key-\(counter)-\(type.rawValue).pem"
        try openssl(["genpkey"] + type.genpkey + ["-out", name])
        return path(name)
    }

    /// A certificate for `sans` (nil: none, the name only in the CN) valid from `days.0` to `days.1`
    /// days from now, signed by `issuer` (nil: self-signed).
    public func issue(cn: String, sans: [String]?, issuer: Issued?, keyType: KeyType = .p256, extensions: String = "v3_leaf",
               days: (Double, Double) = (-1, 365)) throws -> Issued {
        let keyPath = try key(keyType)
        counter += 1
        let csr = "csr-\(counter).pem", cert = "cert-\(counter).pem"
        var req = ["req", "-new", "-key", keyPath, "-subj", "/CN=\(cn)", "-out", csr]
        if let sans { req += ["-addext", "subjectAltName=" + sans.map { "DNS:\($0)" }.joined(separator: ",")] }
        try openssl(req)
        var ca = ["ca", "-batch", "-config", "ca.cnf", "-notext", "-extensions", extensions, "-in", csr, "-out", cert,
                  "-startdate", Self.stamp(days.0), "-enddate", Self.stamp(days.1)]
        if let issuer { ca += ["-cert", issuer.cert, "-keyfile", issuer.key] } else { ca += ["-selfsign", "-keyfile", keyPath] }
        if keyType == .ed25519 && issuer == nil { ca += ["-md", "default"] }
        try openssl(ca)
        return Issued(cert: path(cert), key: keyPath)
    }

    /// A self-signed certificate with a full subject (the ingress-nginx fake certificate is O=Acme Co).
    public func issue(subject: String, sans: [String], selfSigned key: KeyType = .p256) throws -> Issued {
        let keyPath = try self.key(key)
        counter += 1
        let cert = "cert-\(counter).pem"
        try openssl(["req", "-x509", "-new", "-key", keyPath, "-subj", subject, "-days", "365", "-out", cert,
                     "-addext", "subjectAltName=" + sans.map { "DNS:\($0)" }.joined(separator: ",")])
        return Issued(cert: path(cert), key: keyPath)
    }

    /// Concatenates PEM files into a new file (a chain in the given order).
    public func chain(_ files: [String]) throws -> String {
        counter += 1
        let name = path("chain-\(counter).pem")
        let text = try files.map { try String(contentsOfFile: $0, encoding: .utf8) }.joined()
        try text.write(toFile: name, atomically: true, encoding: .utf8)
        return name
    }

    /// What `openssl x509 -checkhost` says about `name` for the first certificate in `certPath`.
    public static func opensslCovers(_ certPath: String, _ name: String) throws -> Bool {
        let result = try run(["x509", "-in", certPath, "-noout", "-checkhost", name], in: URL(fileURLWithPath: "/"))
        return result.stdout.contains("does match")
    }

    /// `YYYYMMDDHHMMSSZ`, `days` from now, as `openssl ca -startdate/-enddate` take it.
    public static func stamp(_ days: Double) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyyMMddHHmmss"
        return formatter.string(from: Date().addingTimeInterval(days * 86400)) + "Z"
    }
}
