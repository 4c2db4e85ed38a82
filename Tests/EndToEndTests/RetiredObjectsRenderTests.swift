import Foundation
import Testing

/// `render` after a controller switch: the old controller's objects stay in the cluster
/// (`kubectl apply -k` never deletes), so render and NEXT-STEPS.md name them with the commands.
@Suite struct RetiredObjectsRenderTests {
    static let base = ["configure", "--mode", "external", "--domain", "nap.acme.com", "--entry", "203.0.113.10"]
    static let deleteRoutes = "kubectl delete httproute.gateway.networking.k8s.io nap-browser nap-files nap-https-redirect nap-main nap-sandbox nap-sandbox-preview -n nap --ignore-not-found"

    func nextSteps(_ dir: URL) throws -> String {
        try String(contentsOf: dir.appendingPathComponent("ingress/NEXT-STEPS.md"), encoding: .utf8)
    }

    @Test func renderTwiceWithASwitchNamesTheOldGatewayAndRoutesOnce() throws {
        let dir = try NapIngressBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        #expect(try NapIngressBinary.run(Self.base + ["--controller", "gateway-api", "--ingress-class", "eg"], in: dir).status == 0)
        let first = try NapIngressBinary.run(["render"], in: dir)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(!first.stdout.contains("Still in the cluster"), "a first render retires nothing")

        #expect(try NapIngressBinary.run(Self.base + ["--controller", "contour"], in: dir).status == 0)
        let switched = try NapIngressBinary.run(["render"], in: dir)
        #expect(switched.status == 0, "\(switched.stderr)")
        #expect(switched.stdout.contains("removed ./ingress/gateway-api-httproute.yaml"))
        #expect(switched.stdout.contains("Still in the cluster from the previous render"), "\(switched.stdout)")
        #expect(switched.stdout.contains("  Gateway nap/nap  (was in gateway-api-gateway.yaml)"), "\(switched.stdout)")
        #expect(switched.stdout.contains("  HTTPRoute nap/nap-browser  (was in gateway-api-httproute.yaml)"))
        #expect(switched.stdout.contains("  " + Self.deleteRoutes + "\n"))
        #expect(!switched.stderr.contains("output.previous-unreadable"), "\(switched.stderr)")
        let steps = try nextSteps(dir)
        #expect(steps.contains("## 5. Remove what the previous render created"))
        #expect(steps.contains(Self.deleteRoutes + "\n"))
        #expect(steps.contains("kubectl delete gateway.gateway.networking.k8s.io,httproute.gateway.networking.k8s.io -n nap -l app.kubernetes.io/managed-by=nap-ingress"))

        // The next render compares with the Contour one: nothing more to name.
        let again = try NapIngressBinary.run(["render"], in: dir)
        #expect(again.status == 0)
        #expect(!again.stdout.contains("Still in the cluster"))
        #expect(!(try nextSteps(dir)).contains("Remove what the previous render created"))
    }

    /// The delete commands as written are ones the real kubectl understands (`<kind>.<group>`,
    /// several names, `-n`, `-l`): run against the stand-in API server with `--dry-run=client`.
    @Test func theRealKubectlAcceptsTheDeleteCommands() throws {
        let dir = try NapIngressBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        #expect(try NapIngressBinary.run(Self.base + ["--controller", "gateway-api", "--ingress-class", "eg"], in: dir).status == 0)
        #expect(try NapIngressBinary.run(["render"], in: dir).status == 0)
        #expect(try NapIngressBinary.run(Self.base + ["--controller", "contour"], in: dir).status == 0)
        #expect(try NapIngressBinary.run(["render"], in: dir).status == 0)
        let steps = try nextSteps(dir)
        let commands = steps.split(separator: "\n").filter { $0.hasPrefix("kubectl delete ") && $0.contains("gateway.networking.k8s.io") }
        #expect(commands.count == 3, "by name (Gateway, HTTPRoutes) and by label: \(commands)")
        let server = try StandInAPIServer(scenario: "envoy-gateway", in: dir)
        defer { server.stop() }
        let kubectl = dir.appendingPathComponent("bin/kubectl").path
        for command in commands {
            let arguments = command.split(separator: " ").dropFirst().map(String.init) + ["--dry-run=client"]
            let run = try NapIngressBinary.run(arguments, in: dir, environment: server.environment, executable: kubectl)
            #expect(run.status == 0 && !run.stderr.contains("error"), "\(command): \(run.stderr)")
        }
        // The same check fails for a type the server does not have, so the loop above can fail.
        let unknown = try NapIngressBinary.run(["delete", "nosuchkind.gateway.networking.k8s.io", "nap", "-n", "nap", "--ignore-not-found", "--dry-run=client"],
                                               in: dir, environment: server.environment, executable: kubectl)
        #expect(unknown.status != 0 && unknown.stderr.contains("nosuchkind"), "\(unknown.stderr)")
    }

    /// A manifest of the previous render that cannot be parsed is named on stderr; the render goes on.
    @Test func anUnreadablePreviousManifestNeverFailsTheRender() throws {
        let dir = try NapIngressBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        #expect(try NapIngressBinary.run(Self.base + ["--controller", "gateway-api", "--ingress-class", "eg"], in: dir).status == 0)
        #expect(try NapIngressBinary.run(["render"], in: dir).status == 0)
        try "apiVersion: [\n".write(to: dir.appendingPathComponent("ingress/gateway-api-httproute.yaml"), atomically: true, encoding: .utf8)
        #expect(try NapIngressBinary.run(Self.base + ["--controller", "contour"], in: dir).status == 0)
        let render = try NapIngressBinary.run(["render"], in: dir)
        #expect(render.status == 0, "\(render.stderr)")
        #expect(render.stderr.contains("warning[output.previous-unreadable]") && render.stderr.contains("gateway-api-httproute.yaml"), "\(render.stderr)")
        #expect(render.stdout.contains("kubectl delete gateway.gateway.networking.k8s.io nap -n nap --ignore-not-found"), "the readable file is still compared")
        #expect(try nextSteps(dir).contains("`gateway-api-httproute.yaml` from the previous render cannot be read"))
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("ingress/gateway-api-httproute.yaml").path), "the old file is removed as before")
    }
}
