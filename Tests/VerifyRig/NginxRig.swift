import Foundation
import TestSupport
import IngressCore

/// The stand-in ingress: real nginx on loopback with its own prefix in a temporary folder, not a
/// daemon, terminating TLS with SNI for the five names and proxying to the echo backend.
/// Started and stopped by the test that uses it.
public final class NginxRig: @unchecked Sendable {
    /// What is broken in this rig, on which host.
    public enum Variant: Sendable {
        case healthy
        case expired(String)
        case missingName(String)
        case missingIntermediate(String)
        case fakeCertificate(String)
        case noRedirect(String)
        case shortReadTimeout(String, seconds: Int)
    }

    public static let main = "nap.acme.com"
    public static let hosts = HostNames(mainDomain: main)

    /// A certificate chain and its key, as PEM text.
    public struct Pair: Sendable {
        public var cert: String
        public var key: String
    }

    /// The certificates every rig shares (making keys is the slow part), read into memory so the
    /// folder openssl worked in is gone at once; each rig writes what it serves into its own folder.
    public struct Material: Sendable {
        public var root: String
        public var mainChain: Pair
        public var wildcardChain: Pair
        public var expired: Pair
        public var missingName: Pair
        public var leafOnly: Pair
        public var fake: Pair

        /// What `render` wrote for `self-signed` into `out`: its CA as the root, its two
        /// certificates for the five names (the broken variants keep the shared ones).
        public static func rendered(_ out: URL) throws -> Material {
            var material = try NginxRig.material.get()
            func read(_ name: String) throws -> String { try String(contentsOf: out.appendingPathComponent(name), encoding: .utf8) }
            func pair(_ secret: String) throws -> Pair {
                Pair(cert: try read(SelfSignedIssuer.certificateFile(secret)), key: try read(SelfSignedIssuer.keyFile(secret)))
            }
            material.root = try read(SelfSignedIssuer.caCertificateFile)
            material.mainChain = try pair("nap-tls-cert")
            material.wildcardChain = try pair("nap-sandbox-tls-cert")
            return material
        }
    }

    public static let material: Result<Material, RigFailure> = {
        do {
            let ca = try OpenSSLFixtures()
            let h = hosts
            let four = [h.main, h.files, h.browsers, h.sandbox]
            func read(_ issued: OpenSSLFixtures.Issued, chained: Bool = true) throws -> Pair {
                let files = chained ? [issued.cert, ca.intermediate.cert] : [issued.cert]
                return Pair(cert: try files.map { try String(contentsOfFile: $0, encoding: .utf8) }.joined(),
                            key: try String(contentsOfFile: issued.key, encoding: .utf8))
            }
            let main = try ca.issue(cn: "nap-tls-cert", sans: four, issuer: ca.intermediate)
            return .success(Material(
                root: try String(contentsOfFile: ca.root.cert, encoding: .utf8),
                mainChain: try read(main),
                wildcardChain: try read(try ca.issue(cn: "nap-sandbox-tls-cert", sans: [h.previewWildcard], issuer: ca.intermediate)),
                expired: try read(try ca.issue(cn: "nap-tls-cert", sans: four, issuer: ca.intermediate, days: (-100, -10))),
                missingName: try read(try ca.issue(cn: "nap-tls-cert", sans: [h.main, h.files, h.sandbox], issuer: ca.intermediate)),
                leafOnly: try read(main, chained: false),
                fake: try read(try ca.issue(subject: "/O=Acme Co/CN=Kubernetes Ingress Controller Fake Certificate", sans: ["ingress.local"]),
                               chained: false)))
        } catch {
            return .failure(RigFailure(description: "certificates: \(error)"))
        }
    }()

    public let folder: URL
    public let httpsPort: Int
    public let httpPort: Int
    public let material: Material
    /// The rig's root CA certificate file (what `--ca-file` is given).
    public var rootPath: String { folder.appendingPathComponent("root.pem").path }
    private let nginx = Process()
    private let backend: EchoBackend

    /// The nginx binary, or nil when it is not installed (the tests then fail and say so).
    public static let binary = ServerProcess.installed(["/usr/sbin/nginx", "/usr/bin/nginx"])

    /// nginx serving `variant`, with the shared certificates or `material` (e.g. `Material.rendered`).
    public init(_ variant: Variant, material: Material? = nil) throws {
        guard let binary = Self.binary else { throw RigFailure(description: "nginx is not installed (.ci/install-packages installs it)") }
        self.material = try material ?? Self.material.get()
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("nap-ingress-nginx-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("tmp"), withIntermediateDirectories: true)
        try self.material.root.write(to: folder.appendingPathComponent("root.pem"), atomically: true, encoding: .utf8)
        backend = try EchoBackend()
        httpsPort = ServerProcess.freePort()
        httpPort = ServerProcess.freePort()
        try config(variant).write(to: folder.appendingPathComponent("nginx.conf"), atomically: true, encoding: .utf8)
        nginx.executableURL = URL(fileURLWithPath: binary)
        nginx.arguments = ["-p", folder.path + "/", "-c", folder.appendingPathComponent("nginx.conf").path, "-e", folder.appendingPathComponent("error.log").path]
        nginx.standardOutput = FileHandle.nullDevice
        nginx.standardError = FileHandle.nullDevice
        try nginx.run()
        // Ready when both ports accept; bounded, never a fixed sleep.
        let (nginx, https, http) = (nginx, httpsPort, httpPort)
        let up = ServerProcess.waitUntil(timeout: 10) {
            !nginx.isRunning || (ServerProcess.acceptsTCP(https) && ServerProcess.acceptsTCP(http))
        }
        guard up, nginx.isRunning else {
            let log = (try? String(contentsOf: folder.appendingPathComponent("error.log"), encoding: .utf8)) ?? ""
            stop()
            throw RigFailure(description: "nginx did not start: \(log)")
        }
    }

    public func stop() {
        // SIGKILL: the test process may block SIGTERM, and its children inherit the mask.
        if nginx.isRunning {
            kill(nginx.processIdentifier, SIGKILL)
            nginx.waitUntilExit()
        }
        backend.stop()
        try? FileManager.default.removeItem(at: folder)
    }

    private func config(_ variant: Variant) -> String {
        let h = Self.hosts, m = material, dir = folder.path
        var servers = ""
        var written = 0
        func place(_ pair: Pair) -> OpenSSLFixtures.Issued {
            written += 1
            let cert = folder.appendingPathComponent("cert-\(written).pem").path, key = folder.appendingPathComponent("key-\(written).pem").path
            try? pair.cert.write(toFile: cert, atomically: true, encoding: .utf8)
            try? pair.key.write(toFile: key, atomically: true, encoding: .utf8)
            return OpenSSLFixtures.Issued(cert: cert, key: key)
        }
        func server(_ host: String, _ serverName: String, _ pair: Pair, readTimeout: String = "3600s") -> String {
            let cert = place(pair)
            return """
                server {
                    listen 127.0.0.1:\(httpsPort) ssl;
                    server_name \(serverName);
                    ssl_certificate \(cert.cert);
                    ssl_certificate_key \(cert.key);
                    location / {
                        proxy_pass http://127.0.0.1:\(backend.port);
                        proxy_http_version 1.1;
                        proxy_set_header Host $host;
                        proxy_set_header Upgrade $http_upgrade;
                        proxy_set_header Connection $connection_upgrade;
                        proxy_read_timeout \(readTimeout);
                        proxy_send_timeout \(readTimeout);
                    }
                }

            """
        }
        for host in [h.main, h.files, h.browsers, h.sandbox, h.previewWildcard] {
            var cert = host == h.previewWildcard ? m.wildcardChain : m.mainChain
            var timeout = "3600s"
            switch variant {
            case .expired(let broken) where broken == host: cert = m.expired
            case .missingName(let broken) where broken == host: cert = m.missingName
            case .missingIntermediate(let broken) where broken == host: cert = m.leafOnly
            case .fakeCertificate(let broken) where broken == host: cert = m.fake
            case .shortReadTimeout(let broken, let seconds) where broken == host: timeout = "\(seconds)s"
            default: break
            }
            servers += server(host, host, cert, readTimeout: timeout)
        }
        var plain = ""
        if case .noRedirect(let host) = variant {
            plain = """
                server {
                    listen 127.0.0.1:\(httpPort);
                    server_name \(host);
                    location / { proxy_pass http://127.0.0.1:\(backend.port); }
                }

            """
        }
        let fake = place(m.fake)
        return """
            daemon off;
            master_process off;
            pid \(dir)/nginx.pid;
            events { worker_connections 256; }
            http {
                access_log off;
                client_body_temp_path \(dir)/tmp/body;
                proxy_temp_path \(dir)/tmp/proxy;
                fastcgi_temp_path \(dir)/tmp/fastcgi;
                uwsgi_temp_path \(dir)/tmp/uwsgi;
                scgi_temp_path \(dir)/tmp/scgi;
                map $http_upgrade $connection_upgrade { default upgrade; '' close; }
                server {
                    listen 127.0.0.1:\(httpPort) default_server;
                    return 308 https://$host$request_uri;
                }
            \(plain)    server {
                    listen 127.0.0.1:\(httpsPort) ssl default_server;
                    ssl_certificate \(fake.cert);
                    ssl_certificate_key \(fake.key);
                    return 404;
                }
            \(servers)}

            """
    }
}
