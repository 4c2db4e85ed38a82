import Foundation
import Testing
@testable import Cluster

/// The wizard's check for a current context, read from the kubeconfig as kubectl would.
@Suite struct KubeconfigContextTests {
    @Test func theTopLevelCurrentContextIsRead() {
        #expect(KubeconfigContext.current(in: "apiVersion: v1\ncurrent-context: prod\nkind: Config\n") == "prod")
        #expect(KubeconfigContext.current(in: "current-context: \"my ctx\"\n") == "my ctx")
        #expect(KubeconfigContext.current(in: "current-context: lab # the lab\n") == "lab")
        // kubectl writes an empty one after `config unset current-context`.
        #expect(KubeconfigContext.current(in: "current-context: \"\"\nkind: Config\n") == nil)
        #expect(KubeconfigContext.current(in: "current-context:\n") == nil)
        // A context's own fields are indented: not the current one.
        #expect(KubeconfigContext.current(in: "contexts:\n- name: a\n  current-context: a\n") == nil)
    }

    @Test func aKubeconfigWrittenAsJSONIsReadToo() {
        #expect(KubeconfigContext.current(in: #"{"apiVersion": "v1", "kind": "Config", "current-context": "prod"}"#) == "prod")
        #expect(KubeconfigContext.current(in: "\n  {\"kind\": \"Config\",\n   \"current-context\": \"\"}\n") == nil)
        #expect(KubeconfigContext.current(in: #"{"contexts": [{"name": "a", "current-context": "a"}]}"#) == nil)
    }

    @Test func theFirstFileThatSetsOneWins() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("kubeconfig-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let none = dir.appendingPathComponent("none").path, first = dir.appendingPathComponent("first").path
        let second = dir.appendingPathComponent("second").path
        try "kind: Config\n".write(toFile: none, atomically: true, encoding: .utf8)
        try "current-context: one\n".write(toFile: first, atomically: true, encoding: .utf8)
        try "current-context: two\n".write(toFile: second, atomically: true, encoding: .utf8)
        let missing = dir.appendingPathComponent("missing").path
        #expect(KubeconfigContext.current(environment: ["KUBECONFIG": [missing, none, first, second].joined(separator: ":")]) == "one")
        #expect(KubeconfigContext.current(environment: ["KUBECONFIG": none]) == nil)
        // Without KUBECONFIG, HOME's .kube/config.
        try FileManager.default.createDirectory(at: dir.appendingPathComponent(".kube"), withIntermediateDirectories: true)
        try "current-context: home\n".write(toFile: dir.appendingPathComponent(".kube/config").path, atomically: true, encoding: .utf8)
        #expect(KubeconfigContext.current(environment: ["HOME": dir.path]) == "home")
    }
}
