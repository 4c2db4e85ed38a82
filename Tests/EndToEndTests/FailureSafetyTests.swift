import Foundation
import Testing

/// A failed run leaves every file as it was: no half-written file, no temporary or backup file.
@Suite struct FailureSafetyTests {
    /// Every file in the folder (recursively) with its bytes.
    static func snapshot(_ dir: URL) throws -> [String: Data] {
        var result: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(atPath: dir.path)!
        for case let path as String in enumerator {
            var isDir: ObjCBool = false
            let full = dir.appendingPathComponent(path).path
            if FileManager.default.fileExists(atPath: full, isDirectory: &isDir), !isDir.boolValue {
                result[path] = try Data(contentsOf: URL(fileURLWithPath: full))
            }
        }
        return result
    }

    static let original = """
        # platform values
        INGRESS_MODE=nodeport
        TOS_HOST=10.0.0.5
        ADMIN_PASSWORD='s3cr3t'   # keep me
        TOS_NODE_PORT=30300

        """

    static func folderWithValues(_ text: String = original) throws -> URL {
        let dir = try NapIngressBinary.temporaryFolder()
        try text.write(to: dir.appendingPathComponent("values.env"), atomically: true, encoding: .utf8)
        return dir
    }

    @Test(arguments: [
        ["configure", "--mode", "external", "--domain", "a..b"],
        ["configure", "--domain", "nap.acme.com", "--mode", "external", "--entry", "1.2.3.4,lb.x.com"],
        ["configure", "--namespace", "Bad_NS"],
        ["configure", "--tos-node-port", "80"],
        ["configure", "--controller", "kong"],
        ["configure", "--turn-external-ip", "not-an-ip"],
    ])
    func invalidAnswersChangeNothing(arguments: [String]) throws {
        let dir = try Self.folderWithValues()
        let before = try Self.snapshot(dir)
        let result = try NapIngressBinary.run(arguments, in: dir)
        #expect(result.status == 1)
        #expect(result.stderr.contains("error["), "the diagnostic names the problem: \(result.stderr)")
        #expect(result.stderr.contains("was not changed"))
        #expect(try Self.snapshot(dir) == before)
    }

    @Test func errorsNameTheFieldAndAllAreReported() throws {
        let dir = try Self.folderWithValues()
        let result = try NapIngressBinary.run(["configure", "--mode", "external", "--domain=-bad-.com", "--namespace", "X", "--tos-node-port", "1"], in: dir)
        #expect(result.status == 1)
        #expect(result.stderr.contains("TOS_HOST (--domain)"))
        #expect(result.stderr.contains("NAP_NAMESPACE (--namespace)"))
        #expect(result.stderr.contains("TOS_NODE_PORT (--tos-node-port)"))
    }

    @Test func fileSizeLimitLeavesValuesAndBackupUntouched() throws {
        // Large enough that the new file cannot be written under a 1-block limit.
        let big = Self.original + (0..<60).map { "# padding line \($0) ..............................\n" }.joined()
        let dir = try Self.folderWithValues(big)
        try "previous backup\n".write(to: dir.appendingPathComponent("values.env.bak"), atomically: true, encoding: .utf8)
        let before = try Self.snapshot(dir)
        let result = try NapIngressBinary.run(["-c", "ulimit -f 1; exec \"$0\" configure --mode external --domain nap.acme.com", NapIngressBinary.url.path],
                                              in: dir, executable: "/bin/bash")
        #expect(result.status == 1, "\(result.stderr)")
        #expect(result.stderr.contains("File too large"))
        #expect(try Self.snapshot(dir) == before, "no temporary file, values.env and values.env.bak as they were")
    }

    @Test func renderIntoAPathThatIsNotAFolderFails() throws {
        let dir = try Self.folderWithValues()
        #expect(try NapIngressBinary.run(["configure", "--mode", "external", "--domain", "nap.acme.com"], in: dir).status == 0)
        try "not a folder\n".write(to: dir.appendingPathComponent("ingress"), atomically: true, encoding: .utf8)
        let before = try Self.snapshot(dir)
        let result = try NapIngressBinary.run(["render"], in: dir)
        #expect(result.status == 1)
        #expect(result.stderr.contains("is not a folder"))
        #expect(try Self.snapshot(dir) == before)
    }

    @Test func renderUnderFileSizeLimitLeavesTheOutputFolderAsItWas() throws {
        let dir = try Self.folderWithValues()
        #expect(try NapIngressBinary.run(["configure", "--mode", "external", "--domain", "nap.acme.com"], in: dir).status == 0)
        #expect(try NapIngressBinary.run(["render"], in: dir).status == 0)
        #expect(try NapIngressBinary.run(["configure", "--domain", "other.acme.com"], in: dir).status == 0)
        let before = try Self.snapshot(dir)
        let result = try NapIngressBinary.run(["-c", "ulimit -f 1; exec \"$0\" render", NapIngressBinary.url.path], in: dir, executable: "/bin/bash")
        #expect(result.status == 1, "\(result.stderr)")
        #expect(try Self.snapshot(dir) == before, "all or nothing: the old manifests stay, no temporary files")
    }

    @Test func commandsThatReadValuesRefuseAMissingFile() throws {
        let dir = try NapIngressBinary.temporaryFolder()
        for command in ["render", "dns", "check"] {
            let result = try NapIngressBinary.run([command], in: dir)
            #expect(result.status == 1, "\(command)")
            #expect(result.stderr.contains("does not exist"))
        }
        #expect(try Self.snapshot(dir).isEmpty)
    }

    @Test func usageErrorsExit64() throws {
        let dir = try NapIngressBinary.temporaryFolder()
        #expect(try NapIngressBinary.run(["dns", "--format", "yaml"], in: dir).status == 64)
        #expect(try NapIngressBinary.run(["configure", "--no-such-flag"], in: dir).status == 64)
        let annotation = try NapIngressBinary.run(["configure", "--ingress-annotation", "a=b;c=d"], in: dir)
        #expect(annotation.status == 64 && annotation.stderr.contains("cannot contain ';'"))
    }

    @Test func unreadableLineSettingAnOwnedKeyBlocksWritingOthersOnlyWarn() throws {
        let blocked = try Self.folderWithValues(Self.original + "TOS_HOST=$(hostname -f)\n")
        let before = try Self.snapshot(blocked)
        let result = try NapIngressBinary.run(["configure", "--mode", "external", "--domain", "nap.acme.com"], in: blocked)
        #expect(result.status == 1)
        #expect(result.stderr.contains("values.env:6"), "the line number is reported: \(result.stderr)")
        #expect(try Self.snapshot(blocked) == before)

        let foreign = try Self.folderWithValues(Self.original + "BUILD_ID=$(date +%s)\n")
        let ok = try NapIngressBinary.run(["configure", "--mode", "external", "--domain", "nap.acme.com"], in: foreign)
        #expect(ok.status == 0, "\(ok.stderr)")
        #expect(ok.stderr.contains("warning[values.unreadable-line]"))
        let text = try String(contentsOf: foreign.appendingPathComponent("values.env"), encoding: .utf8)
        #expect(text.contains("BUILD_ID=$(date +%s)\n"), "the unreadable line is kept as it was")
    }

    @Test func dryRunPrintsTheDiffAndWritesNothing() throws {
        let dir = try Self.folderWithValues()
        let before = try Self.snapshot(dir)
        let result = try NapIngressBinary.run(["configure", "--dry-run", "--mode", "external", "--domain", "nap.acme.com"], in: dir)
        #expect(result.status == 0)
        #expect(result.stdout.contains("-INGRESS_MODE=nodeport\n-TOS_HOST=10.0.0.5\n+INGRESS_MODE=external\n+TOS_HOST=nap.acme.com\n"))
        #expect(result.stdout.contains("+SANDBOX_DOMAIN=sandbox.nap.acme.com\n"))
        #expect(try Self.snapshot(dir) == before)
    }

    @Test func successfulWriteKeepsBackupAndPermissions() throws {
        let dir = try Self.folderWithValues()
        let path = dir.appendingPathComponent("values.env").path
        try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: path)
        #expect(try NapIngressBinary.run(["configure", "--mode", "external", "--domain", "nap.acme.com"], in: dir).status == 0)
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        #expect((attributes[.posixPermissions] as? Int) == 0o640)
        #expect(try String(contentsOf: dir.appendingPathComponent("values.env.bak"), encoding: .utf8) == Self.original)
        let text = try String(contentsOf: dir.appendingPathComponent("values.env"), encoding: .utf8)
        #expect(text.contains("ADMIN_PASSWORD='s3cr3t'   # keep me\n"))
    }

    @Test func renderKeepsFilesItDidNotWrite() throws {
        let dir = try Self.folderWithValues()
        #expect(try NapIngressBinary.run(["configure", "--mode", "external", "--domain", "nap.acme.com"], in: dir).status == 0)
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("ingress"), withIntermediateDirectories: true)
        try "mine\n".write(to: dir.appendingPathComponent("ingress/operator-notes.md"), atomically: true, encoding: .utf8)
        #expect(try NapIngressBinary.run(["render"], in: dir).status == 0)
        #expect(try NapIngressBinary.run(["configure", "--mode", "nodeport"], in: dir).status == 0)
        #expect(try NapIngressBinary.run(["render"], in: dir).status == 0)
        let files = try Self.snapshot(dir.appendingPathComponent("ingress")).keys.sorted()
        #expect(files.contains("operator-notes.md"))
        #expect(!files.contains("contour-httpproxy.yaml"))
        #expect(files.contains("NEXT-STEPS.md"))
    }
}

@Suite struct ValuesPathTests {
    @Test func aFolderGivenAsValuesIsNamedAsSuch() throws {
        let dir = try NapIngressBinary.temporaryFolder()
        let result = try NapIngressBinary.run(["check", "--values", dir.path], in: dir)
        #expect(result.status == 1)
        #expect(result.stderr.contains("\(dir.path) is a folder; give the values.env file itself (--values \(dir.path)/values.env)"))
    }
}
