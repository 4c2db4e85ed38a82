import Foundation
import Testing

/// The commands against what an operator's machine holds: devices, FIFOs, huge files, folders
/// where files belong, and certificate paths configure must check as check does.
@Suite struct FileSafetyTests {
    /// The device number of /dev/zero, 1:5 (Linux's makedev, a macro Swift does not import), for a node made in a temp folder.
    static let memZero = dev_t(1 << 8 | 5)
    static let values = "INGRESS_MODE=nodeport\nTOS_HOST=10.0.0.5\nTOS_NODE_PORT=30300\n"

    static func folder(values: String? = Self.values) throws -> URL {
        let dir = try NapIngressBinary.temporaryFolder()
        if let values { try values.write(to: dir.appendingPathComponent("values.env"), atomically: true, encoding: .utf8) }
        return dir
    }

    static func kind(_ path: String) -> mode_t {
        var info = stat()
        return lstat(path, &info) == 0 ? info.st_mode & S_IFMT : 0
    }

    @Test(.enabled(if: geteuid() == 0, "mknod needs root"))
    func aDeviceAsValuesSurvivesConfigure() throws {
        let dir = try Self.folder(values: nil)
        let device = dir.appendingPathComponent("values.env").path
        #expect(mknod(device, S_IFCHR | 0o666, Self.memZero) == 0)
        let result = try Self.runBounded(["configure", "--mode", "external", "--domain", "nap.acme.com", "--entry", "203.0.113.10"], in: dir)
        #expect(result.status == 1)
        #expect(result.stderr.contains("values.env is a character device"), "\(result.stderr)")
        #expect(Self.kind(device) == S_IFCHR, "the device is still a device")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["values.env"], "nothing else was written")
    }

    @Test(arguments: ["check", "configure", "render", "dns"])
    func aFIFOAsValuesIsRefusedWithoutHanging(command: String) throws {
        let dir = try Self.folder(values: nil)
        #expect(mkfifo(dir.appendingPathComponent("values.env").path, 0o644) == 0)
        let result = try Self.runBounded([command], in: dir)
        #expect(result.status == 1)
        #expect(result.stderr.contains("values.env is a named pipe (FIFO)"), "\(result.stderr)")
    }

    /// A FIFO, a device like /dev/zero and a 200 MB file as the certificate: refused at once, by name and kind.
    @Test func certificateFilesAreRegularFilesOfAFewMiB() throws {
        let dir = try Self.folder()
        #expect(mkfifo(dir.appendingPathComponent("fifo.pem").path, 0o644) == 0)
        #expect(FileManager.default.createFile(atPath: dir.appendingPathComponent("huge.pem").path, contents: nil))
        #expect(truncate(dir.appendingPathComponent("huge.pem").path, 200 << 20) == 0)
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("certs"), withIntermediateDirectories: true)
        var cases = [("fifo.pem", "is a named pipe (FIFO)"), ("huge.pem", "is larger than 4 MiB"), ("certs", "is a folder"),
                     ("missing.pem", "does not exist")]
        if geteuid() == 0 {
            #expect(mknod(dir.appendingPathComponent("zero").path, S_IFCHR | 0o666, Self.memZero) == 0)
            cases.append(("zero", "is a character device"))
        }
        let before = try String(contentsOf: dir.appendingPathComponent("values.env"), encoding: .utf8)
        for (file, says) in cases {
            let result = try Self.runBounded(["configure", "--mode", "external", "--domain", "nap.acme.com", "--entry", "203.0.113.10",
                                              "--tls-source", "files", "--tls-cert", file, "--tls-key", file,
                                              "--sandbox-tls-cert", file, "--sandbox-tls-key", file], in: dir)
            #expect(result.status == 1, "\(file)")
            #expect(result.stderr.contains("TLS_CERT_FILE") && result.stderr.contains(says), "\(file): \(result.stderr)")
            #expect(try String(contentsOf: dir.appendingPathComponent("values.env"), encoding: .utf8) == before, "values.env unchanged")
        }
    }

    @Test func twoConfiguresOnDifferentKeysBothLand() throws {
        let dir = try Self.folder()
        for round in 0..<12 {
            let a = try Self.start(["configure", "--namespace", "ns-\(round)"], in: dir)
            let b = try Self.start(["configure", "--tos-node-port", "\(30400 + round)"], in: dir)
            a.waitUntilExit()
            b.waitUntilExit()
            #expect(a.terminationStatus == 0 && b.terminationStatus == 0)
            let text = try String(contentsOf: dir.appendingPathComponent("values.env"), encoding: .utf8)
            #expect(text.contains("NAP_NAMESPACE=ns-\(round)") && text.contains("TOS_NODE_PORT=\(30400 + round)"), "round \(round): \(text)")
        }
    }

    @Test func aWriterThatWaitsTooLongGivesUp() throws {
        let dir = try Self.folder()
        // Another writer: it holds the lock on the folder of values.env.
        let fd = open(dir.path, O_RDONLY | O_DIRECTORY)
        #expect(fd >= 0 && flock(fd, LOCK_EX) == 0)
        defer { close(fd) }
        let result = try NapIngressBinary.run(["configure", "--namespace", "other"], in: dir, environment: ["NAP_INGRESS_LOCK_TIMEOUT": "0.2"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("waiting: another nap-ingress run is writing ./values.env"), "\(result.stderr)")
        #expect(result.stderr.contains("for more than 0.2 seconds") && result.stderr.contains("nothing was written"), "\(result.stderr)")
        #expect(try String(contentsOf: dir.appendingPathComponent("values.env"), encoding: .utf8) == Self.values)
    }

    @Test func temporaryCopiesOfAKilledRunAreRemoved() throws {
        let dir = try Self.folder()
        try "ADMIN_PASSWORD=secret\n".write(to: dir.appendingPathComponent(".values.env.nap-ingress-aB3dE9"), atomically: false, encoding: .utf8)
        try "someone else's\n".write(to: dir.appendingPathComponent(".values.env.other"), atomically: false, encoding: .utf8)
        #expect(try NapIngressBinary.run(["configure", "--namespace", "x"], in: dir).status == 0)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted() == [".values.env.other", "values.env", "values.env.bak"])
    }

    @Test(.enabled(if: OutputTransactionTests.strace != nil, "needs strace"))
    func aFailureAfterTheBackupWasReplacedPutsItBack() throws {
        let dir = try Self.folder()
        try "older backup\n".write(to: dir.appendingPathComponent("values.env.bak"), atomically: true, encoding: .utf8)
        // rename #1 puts the new backup in place, #2 would put values.env in place: it fails.
        let run = try NapIngressBinary.run(["-f", "-o", "/dev/null", "-e", "inject=rename:error=EIO:when=2", NapIngressBinary.url.path,
                                            "configure", "--namespace", "other"], in: dir, executable: OutputTransactionTests.strace!)
        #expect(run.status == 1)
        #expect(run.stderr.contains("Input/output error") && run.stderr.contains("values.env.bak was put back as it was"), "\(run.stderr)")
        #expect(try String(contentsOf: dir.appendingPathComponent("values.env"), encoding: .utf8) == Self.values)
        #expect(try String(contentsOf: dir.appendingPathComponent("values.env.bak"), encoding: .utf8) == "older backup\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted() == ["values.env", "values.env.bak"], "no temporary file")
    }

    /// Runs the binary like `NapIngressBinary.run`, but a run that would hang (the bug these
    /// tests guard against: a blocking read of a FIFO) is killed after `seconds` and reported.
    static func runBounded(_ arguments: [String], in dir: URL, seconds: Double = 20) throws -> NapIngressBinary.Result {
        let scratch = FileManager.default.temporaryDirectory
        let out = scratch.appendingPathComponent("nap-ingress-stdout-\(UUID().uuidString)"), err = scratch.appendingPathComponent("nap-ingress-stderr-\(UUID().uuidString)")
        #expect(FileManager.default.createFile(atPath: out.path, contents: nil) && FileManager.default.createFile(atPath: err.path, contents: nil))
        defer {
            try? FileManager.default.removeItem(at: out)
            try? FileManager.default.removeItem(at: err)
        }
        let process = Process()
        process.executableURL = NapIngressBinary.url
        process.arguments = arguments
        process.currentDirectoryURL = dir
        process.standardOutput = try FileHandle(forWritingTo: out)
        process.standardError = try FileHandle(forWritingTo: err)
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(seconds)
        while process.isRunning, Date() < deadline { usleep(10_000) }
        if process.isRunning {
            kill(process.processIdentifier, SIGKILL)
            Issue.record("nap-ingress \(arguments) did not finish within \(seconds) s")
        }
        process.waitUntilExit()
        return NapIngressBinary.Result(status: process.terminationStatus, stdout: try String(contentsOf: out, encoding: .utf8),
                                       stderr: try String(contentsOf: err, encoding: .utf8))
    }

    static func start(_ arguments: [String], in dir: URL) throws -> Process {
        let process = Process()
        process.executableURL = NapIngressBinary.url
        process.arguments = arguments
        process.currentDirectoryURL = dir
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }
}
