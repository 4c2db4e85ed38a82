import Foundation
import Testing

/// `render`'s update of the output folder under faults injected with strace: killed between any
/// two steps, the next run finishes or rolls back and prunes correctly; a failing rename or
/// unlink is reported exactly, and no temporary file stays behind.
@Suite struct OutputTransactionTests {
    /// strace, when it is installed and may trace here (a container can forbid ptrace).
    static let strace: String? = {
        guard let path = ["/usr/bin/strace", "/bin/strace"].first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else { return nil }
        let probe = Process()
        probe.executableURL = URL(fileURLWithPath: path)
        probe.arguments = ["-o", "/dev/null", "/bin/true"]
        probe.standardOutput = FileHandle.nullDevice
        probe.standardError = FileHandle.nullDevice
        guard (try? probe.run()) != nil else { return nil }
        probe.waitUntilExit()
        return probe.terminationStatus == 0 ? path : nil
    }()

    /// An external install rendered into ./ingress, then switched to nodeport: the next render
    /// rewrites some files and removes the HTTPProxy and the kustomization.
    static func switchedToNodePort() throws -> URL {
        let dir = try NapIngressBinary.temporaryFolder()
        for arguments in [["configure", "--mode", "external", "--domain", "nap.acme.com", "--entry", "203.0.113.10"], ["render"], ["configure", "--mode", "nodeport"]] {
            let result = try NapIngressBinary.run(arguments, in: dir)
            #expect(result.status == 0, "\(arguments): \(result.stderr)")
        }
        return dir
    }

    /// Every file of the output folder with its bytes.
    static func folder(_ dir: URL) throws -> [String: Data] {
        let out = dir.appendingPathComponent("ingress")
        var result: [String: Data] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: out.path) {
            result[name] = try Data(contentsOf: out.appendingPathComponent(name))
        }
        return result
    }

    static func traced(_ inject: String, in dir: URL) throws -> NapIngressBinary.Result {
        try NapIngressBinary.run(["-f", "-o", "/dev/null", "-e", "inject=\(inject)", NapIngressBinary.url.path, "render"], in: dir, executable: strace!)
    }

    static func reference() throws -> [String: Data] {
        let dir = try switchedToNodePort()
        #expect(try NapIngressBinary.run(["render"], in: dir).status == 0)
        return try folder(dir)
    }

    @Test(.enabled(if: strace != nil, "needs strace"), arguments: ["rename", "unlink"])
    func killedBetweenAnyTwoStepsTheNextRunFinishes(syscall: String) throws {
        let expected = try Self.reference()
        #expect(expected["kustomization.yaml"] == nil && expected["contour-httpproxy.yaml"] == nil)
        var killed = 0
        for when in 1...40 {
            let dir = try Self.switchedToNodePort()
            let run = try Self.traced("\(syscall):signal=KILL:when=\(when)", in: dir)
            if run.status == 0 { break }  // past the last call: nothing left to interrupt
            killed += 1
            let next = try NapIngressBinary.run(["render"], in: dir)
            #expect(next.status == 0, "after a kill at \(syscall) #\(when): \(next.stderr)")
            #expect(try Self.folder(dir) == expected, "after a kill at \(syscall) #\(when), the folder is what a clean run writes")
        }
        #expect(killed >= (syscall == "rename" ? 5 : 2), "the injection reached the update (\(killed) kills)")
    }

    @Test(.enabled(if: strace != nil, "needs strace"))
    func aRenameFailingHalfWayIsReportedExactly() throws {
        let dir = try Self.switchedToNodePort()
        // rename #1 is the record, #2 the journal, #3 the first file: #4 fails with one file replaced.
        let run = try Self.traced("rename:error=EIO:when=4", in: dir)
        #expect(run.status == 1)
        #expect(run.stderr.contains("Input/output error"), "\(run.stderr)")
        #expect(run.stderr.contains("these files were replaced: ") && run.stderr.contains("; not written: ")
                && run.stderr.contains("not removed: contour-httpproxy.yaml, kustomization.yaml"), "\(run.stderr)")
        #expect(!run.stderr.contains("nothing was changed"), "\(run.stderr)")
        let names = try Self.folder(dir).keys
        #expect(!names.contains { $0.range(of: #"\.nap-ingress-[A-Za-z0-9]{6}$"#, options: .regularExpression) != nil },
                "no temporary file stays behind: \(names.sorted())")
        #expect(names.contains(".nap-ingress-files") && !names.contains(".nap-ingress-journal"))
        #expect(try NapIngressBinary.run(["render"], in: dir).status == 0)
        #expect(try Self.folder(dir) == Self.reference())
    }

    @Test(.enabled(if: strace != nil, "needs strace"))
    func anUnlinkThatFailsIsNotReportedAsRemoved() throws {
        let dir = try Self.switchedToNodePort()
        let run = try Self.traced("unlink:error=EACCES:when=1", in: dir)
        #expect(run.status == 1)
        #expect(!run.stdout.contains("removed ./ingress/contour-httpproxy.yaml"), "\(run.stdout)")
        #expect(run.stderr.contains("cannot remove contour-httpproxy.yaml (Permission denied)"), "\(run.stderr)")
        // Still owned, so the next run removes it.
        let next = try NapIngressBinary.run(["render"], in: dir)
        #expect(next.status == 0 && next.stdout.contains("removed ./ingress/contour-httpproxy.yaml"), "\(next.stdout)")
        #expect(try Self.folder(dir) == Self.reference())
    }

    @Test func theOperatorsOwnFilesAreNeverReplaced() throws {
        let dir = try NapIngressBinary.temporaryFolder()
        #expect(try NapIngressBinary.run(["configure", "--mode", "external", "--domain", "nap.acme.com", "--entry", "203.0.113.10"], in: dir).status == 0)
        let out = dir.appendingPathComponent("ingress")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        try "resources: [mine.yaml]\n".write(to: out.appendingPathComponent("kustomization.yaml"), atomically: true, encoding: .utf8)
        try "my notes\n".write(to: out.appendingPathComponent("NEXT-STEPS.md"), atomically: true, encoding: .utf8)
        let refused = try NapIngressBinary.run(["render"], in: dir)
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("kustomization.yaml") && refused.stderr.contains("NEXT-STEPS.md") && refused.stderr.contains("--replace-foreign"), "\(refused.stderr)")
        #expect(try Set(FileManager.default.contentsOfDirectory(atPath: out.path)) == ["kustomization.yaml", "NEXT-STEPS.md"])
        #expect(try String(contentsOf: out.appendingPathComponent("kustomization.yaml"), encoding: .utf8) == "resources: [mine.yaml]\n")
        let replaced = try NapIngressBinary.run(["render", "--replace-foreign"], in: dir)
        #expect(replaced.status == 0, "\(replaced.stderr)")
        #expect(try String(contentsOf: out.appendingPathComponent("kustomization.yaml"), encoding: .utf8).contains("contour-httpproxy.yaml"))
    }
}
