import Foundation
import TestSupport

/// The stand-in Kubernetes API server of the discover tests (DiscoverFixtures/standin-apiserver.py)
/// on 127.0.0.1, an ephemeral port, serving one scenario; started and stopped by the test.
/// Also lays out what kubectl needs: a kubeconfig pointing at it, a HOME for kubectl's cache,
/// and a `kubectl` wrapper first on PATH that records each call's arguments.
final class StandInAPIServer {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("DiscoverFixtures")
    /// The tls.key every fixture Secret holds: it must never reach nap-ingress's output.
    static let keyMarker = "NAP-INGRESS-TEST-PRIVATE-KEY-MUST-NOT-LEAK"

    let directory: URL
    let port: Int
    private let process: Process
    private let input: Pipe

    /// Starts the server for `scenario` (a fixture name); `certificates` maps a Secret name to the PEM its tls.crt holds.
    init(scenario: String, certificates: [String: String] = [:], in directory: URL) throws {
        self.directory = directory
        var text = try String(contentsOf: Self.fixtures.appendingPathComponent("\(scenario).json"), encoding: .utf8)
        for (name, pem) in certificates {
            text = text.replacingOccurrences(of: "@TLS_CRT:\(name)@", with: Data(pem.utf8).base64EncodedString())
        }
        text = text.replacingOccurrences(of: "@TLS_KEY@", with: Data(Self.keyMarker.utf8).base64EncodedString())
        let scenarioFile = directory.appendingPathComponent("scenario.json")
        try text.write(to: scenarioFile, atomically: true, encoding: .utf8)

        process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", Self.fixtures.appendingPathComponent("standin-apiserver.py").path,
                             scenarioFile.path, directory.appendingPathComponent("requests.log").path]
        input = Pipe()
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        // The server prints "PORT n" once it listens; EOF (empty read) means it died.
        var line = ""
        while !line.contains("\n") {
            let chunk = output.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            line += String(decoding: chunk, as: UTF8.self)
        }
        guard line.hasPrefix("PORT "), let port = Int(line.dropFirst(5).trimmingCharacters(in: .whitespacesAndNewlines)) else {
            process.terminate()
            throw StandInError(message: "the stand-in API server did not start: \(line)")
        }
        self.port = port
        try writeKubeconfig(server: "http://127.0.0.1:\(port)")
        try writeKubectlWrapper()
    }

    struct StandInError: Error, CustomStringConvertible { var message: String; var description: String { message } }

    /// A kubeconfig whose current context points at the server (or at `server`).
    func writeKubeconfig(server: String, name: String = "kubeconfig") throws {
        let text = """
            apiVersion: v1
            kind: Config
            clusters:
            - name: standin
              cluster:
                server: "\(server)"
            users:
            - name: tester
              user:
                token: not-a-secret
            contexts:
            - name: standin
              context:
                cluster: standin
                user: tester
            current-context: standin

            """
        try text.write(to: directory.appendingPathComponent(name), atomically: true, encoding: .utf8)
    }

    /// `bin/kubectl`: records its arguments (one call per line, NUL-free, tab-separated) and runs the real kubectl.
    private func writeKubectlWrapper() throws {
        let bin = directory.appendingPathComponent("bin")
        try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
        let real = ["/usr/bin/kubectl", "/usr/local/bin/kubectl"].first { FileManager.default.isExecutableFile(atPath: $0) } ?? "kubectl"
        let script = """
            #!/bin/sh
            (IFS='\t'; printf '%s\\n' "$*") >> "\(directory.appendingPathComponent("kubectl-calls.log").path)"
            exec \(real) "$@"

            """
        let wrapper = bin.appendingPathComponent("kubectl")
        try ExecutableScript.write(script, to: wrapper)
    }

    /// The environment for nap-ingress: the wrapper first on PATH, this kubeconfig, a HOME of the test's own.
    var environment: [String: String] {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return ["PATH": directory.appendingPathComponent("bin").path + ":" + path,
                "KUBECONFIG": directory.appendingPathComponent("kubeconfig").path,
                "HOME": directory.path]
    }

    /// Every request the server received, as `METHOD /path?query`.
    var requests: [String] {
        ((try? String(contentsOf: directory.appendingPathComponent("requests.log"), encoding: .utf8)) ?? "")
            .split(separator: "\n").map(String.init)
    }

    /// Every kubectl call nap-ingress made, as its argument lists.
    var kubectlCalls: [[String]] {
        ((try? String(contentsOf: directory.appendingPathComponent("kubectl-calls.log"), encoding: .utf8)) ?? "")
            .split(separator: "\n").map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
    }

    func stop() {
        try? input.fileHandleForWriting.close()
        process.terminate()
        process.waitUntilExit()
    }

    deinit { if process.isRunning { stop() } }
}
