import Foundation
import Testing
@testable import Cluster
import TestSupport

/// The hard deadline: a kubectl that never answers is killed, so discover cannot hang.
@Suite struct KubectlDeadlineTests {
    @Test func aProcessThatNeverEndsIsKilledAtTheDeadline() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("nap-ingress-kubectl-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        // Opening a FIFO nobody writes to blocks forever: a stand-in for a kubectl waiting on a silent server.
        let fifo = dir.appendingPathComponent("never")
        #expect(mkfifo(fifo.path, 0o600) == 0)
        let script = dir.appendingPathComponent("kubectl")
        try ExecutableScript.write("#!/bin/sh\necho started\nexec cat \(fifo.path)\n", to: script)

        // Between another test's fork and its exec the script can still be open for writing
        // (Linux then refuses to run it: "Text file busy"): try again, a few times.
        let start = Date()
        var launched: Kubectl.Output?
        for _ in 0..<20 where launched == nil {
            let result = Result { () throws(Kubectl.LaunchError) -> Kubectl.Output in
                try Kubectl(executable: script.path).run(["get", "pods"], requestTimeout: 1, deadline: 0.5)
            }
            switch result {
            case .success(let output): launched = output
            case .failure(let error) where "\(error)".contains("Text file busy"): usleep(50_000)
            case .failure(let error): throw error
            }
        }
        let output = try #require(launched)
        #expect(output.timedOut)
        #expect(output.stdout == "started\n")
        #expect(output.status == 128 + SIGKILL)
        #expect(Date().timeIntervalSince(start) < 5)
    }

    @Test func aMissingExecutableIsNotFound() {
        #expect(throws: Kubectl.LaunchError.notFound) {
            try Kubectl(executable: "nap-ingress-no-such-kubectl").run(["version"], requestTimeout: 1, deadline: 1)
        }
    }

    @Test func everyCallCarriesTheContextKubeconfigAndTimeout() throws {
        let output = try Kubectl(context: "prod", kubeconfig: "/tmp/kc", executable: "echo").run(["get", "pods"], requestTimeout: 3, deadline: 5)
        #expect(output.stdout == "--context prod --kubeconfig /tmp/kc get pods --request-timeout=3s\n")
    }
}
