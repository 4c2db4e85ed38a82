import Foundation
import IngressCore

/// A whole install to verify, on loopback: the values.env of an ingress-nginx install of
/// nap.acme.com whose entry is 127.0.0.1, named serving the zone `render` writes for it, nginx
/// (healthy or one broken variant) in front of the echo backend, and coturn as its TURN server.
/// `verifyArguments` is what `nap-ingress verify` needs to check it, `wizardEnvironment` the same
/// for the wizard's Verify screen. Started and stopped by the test.
public final class VerifyLab: @unchecked Sendable {
    /// Where values.env is (and `render` writes `ingress/`).
    public let folder: URL
    public let nginx: NginxRig
    public let named: NamedRig
    public let turn: TurnRig?
    /// True when nginx serves the certificates `render` wrote, whose CA verify finds by itself.
    public let servesRendered: Bool

    /// Writes values.env (with `TLS_SOURCE=self-signed` when `selfSigned`), runs `prepare` on the
    /// folder (e.g. `nap-ingress render`), then starts the servers. With `selfSigned`, nginx serves
    /// the certificates `render` wrote into `ingress/` for the names `variant` leaves healthy.
    public init(_ variant: NginxRig.Variant = .healthy, selfSigned: Bool = false, turn withTURN: Bool = true,
                in folder: URL, prepare: (URL) throws -> Void = { _ in }) throws {
        self.folder = folder
        servesRendered = selfSigned
        let turn = withTURN ? try TurnRig() : nil
        self.turn = turn
        do {
            var values = """
                INGRESS_MODE=external
                TOS_HOST=\(NginxRig.main)
                SANDBOX_DOMAIN=sandbox.\(NginxRig.main)
                INGRESS_CONTROLLER=ingress-nginx
                INGRESS_ENTRY=127.0.0.1

                """
            if selfSigned { values += "TLS_SOURCE=self-signed\n" }
            if let turn {
                values += "TURN_EXTERNAL_IP=\(turn.host)\nTURN_PORT=\(turn.port)\n"
                    + "TURN_RELAY_PORTS=\(turn.relayPorts.lowerBound)-\(turn.relayPorts.upperBound)\n"
            }
            try values.write(to: folder.appendingPathComponent("values.env"), atomically: true, encoding: .utf8)
            try prepare(folder)
            let material = selfSigned ? try NginxRig.Material.rendered(folder.appendingPathComponent("ingress")) : nil
            nginx = try NginxRig(variant, material: material)
        } catch {
            turn?.stop()
            throw error
        }
        do {
            named = try NamedRig(renderedZoneOf: NginxRig.main)
        } catch {
            nginx.stop()
            turn?.stop()
            throw error
        }
    }

    /// `nap-ingress verify`'s options for this lab (all but `--hold`, `--timeout` and `--format`).
    public var verifyArguments: [String] {
        var arguments = ["--resolver", named.resolver, "--https-port", "\(nginx.httpsPort)", "--http-port", "\(nginx.httpPort)"]
        if !servesRendered { arguments += ["--ca-file", nginx.rootPath] }
        if turn != nil { arguments += ["--turn-secret", TurnRig.secret] }
        return arguments
    }

    /// The same for the wizard, which reads them from the environment.
    public var wizardEnvironment: [String: String] {
        var environment = ["NAP_INGRESS_RESOLVER": named.resolver, "NAP_INGRESS_HTTPS_PORT": "\(nginx.httpsPort)",
                           "NAP_INGRESS_HTTP_PORT": "\(nginx.httpPort)"]
        if !servesRendered { environment["NAP_INGRESS_CA_FILE"] = nginx.rootPath }
        if turn != nil { environment["NAP_INGRESS_TURN_SECRET"] = TurnRig.secret }
        return environment
    }

    public func stop() {
        nginx.stop()
        named.stop()
        turn?.stop()
    }
}
