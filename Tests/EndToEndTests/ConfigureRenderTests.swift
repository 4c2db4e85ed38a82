import Foundation
import Testing

@Suite struct ConfigureRenderTests {
    @Test func configureRenderSwitchToNodePortAndBack() throws {
        let dir = try NapIngressBinary.temporaryFolder()
        let configure = try NapIngressBinary.run(["configure", "--mode", "external", "--domain", "nap.acme.com", "--entry", "203.0.113.10"], in: dir)
        #expect(configure.status == 0, "\(configure.stderr)")
        #expect(configure.stdout == "created ./values.env\n")
        let render = try NapIngressBinary.run(["render"], in: dir)
        #expect(render.status == 0, "\(render.stderr)")
        #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("ingress/contour-httpproxy.yaml").path))
        let external = try Data(contentsOf: dir.appendingPathComponent("values.env"))

        let toNodePort = try NapIngressBinary.run(["configure", "--mode", "nodeport"], in: dir)
        #expect(toNodePort.status == 0)
        #expect(toNodePort.stdout == "updated ./values.env (previous version in ./values.env.bak)\n")
        #expect(try NapIngressBinary.run(["render"], in: dir).status == 0)
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("ingress/contour-httpproxy.yaml").path),
                "NodePort mode removes the manifests it rendered before")
        let values = try String(contentsOf: dir.appendingPathComponent("values.env"), encoding: .utf8)
        #expect(values.contains("TOS_HOST=nap.acme.com\n"), "the domain stays in values.env in NodePort mode")

        #expect(try NapIngressBinary.run(["configure", "--mode", "external"], in: dir).status == 0)
        #expect(try Data(contentsOf: dir.appendingPathComponent("values.env")) == external, "switching back returns the same bytes")
    }
}
