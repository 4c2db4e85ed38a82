import Foundation
import Testing

/// `configure --controller X` then `render`, for every controller, from the operator's side.
@Suite struct ControllerRenderTests {
    static let cases: [(flags: [String], files: [String])] = [
        (["--controller", "contour"], ["contour-httpproxy.yaml"]),
        (["--controller", "ingress-nginx"], ["ingress-nginx-ingress.yaml"]),
        (["--controller", "nginx-inc"], ["nginx-inc-ingress.yaml"]),
        (["--controller", "traefik"], ["traefik-ingressroute.yaml"]),
        (["--controller", "istio"], ["istio-gateway.yaml", "istio-virtualservice.yaml"]),
        (["--controller", "gateway-api", "--ingress-class", "eg"], ["gateway-api-gateway.yaml", "gateway-api-httproute.yaml"]),
        (["--controller", "ingress", "--ingress-annotation", "haproxy.org/timeout-tunnel=1h"], ["ingress.yaml"]),
    ]

    @Test func everyControllerRendersAndSwitchingRemovesThePreviousManifests() throws {
        let dir = try NapIngressBinary.temporaryFolder()
        let base = ["configure", "--mode", "external", "--domain", "nap.acme.com", "--entry", "203.0.113.10"]
        var previous: [String] = []
        for c in Self.cases {
            let configure = try NapIngressBinary.run(base + c.flags, in: dir)
            #expect(configure.status == 0, "\(c.flags): \(configure.stderr)")
            let render = try NapIngressBinary.run(["render"], in: dir)
            #expect(render.status == 0, "\(c.flags): \(render.stderr)")
            let out = dir.appendingPathComponent("ingress")
            for file in c.files {
                #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent(file).path), "\(c.flags): \(file) missing")
            }
            for file in previous where !c.files.contains(file) {
                #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent(file).path), "\(c.flags): stale \(file) left behind")
            }
            let kustomization = try String(contentsOf: out.appendingPathComponent("kustomization.yaml"), encoding: .utf8)
            #expect(c.files.allSatisfy { kustomization.contains("- \($0)\n") })
            previous = c.files
        }
    }

    @Test func gatewayAPIWithoutAClassIsRefusedAndNothingChanges() throws {
        let dir = try NapIngressBinary.temporaryFolder()
        let result = try NapIngressBinary.run(["configure", "--mode", "external", "--domain", "nap.acme.com", "--controller", "gateway-api"], in: dir)
        #expect(result.status == 1)
        #expect(result.stderr.contains("controller.gateway-class-missing"))
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("values.env").path))
    }

    @Test func checkWarnsAboutTheRetiredIngressNginx() throws {
        let dir = try NapIngressBinary.temporaryFolder()
        #expect(try NapIngressBinary.run(["configure", "--mode", "external", "--domain", "nap.acme.com", "--controller", "ingress-nginx"], in: dir).status == 0)
        let check = try NapIngressBinary.run(["check"], in: dir)
        #expect(check.status == 0)
        #expect(check.stderr.contains("warning[controller.ingress-nginx-retired]"))
        let render = try NapIngressBinary.run(["render"], in: dir)
        #expect(render.status == 0)
        let steps = try String(contentsOf: dir.appendingPathComponent("ingress/NEXT-STEPS.md"), encoding: .utf8)
        #expect(steps.contains("retired in March 2026") && steps.contains("Gateway API"))
    }
}
