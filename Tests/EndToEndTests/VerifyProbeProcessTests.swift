import Foundation
import Testing
import TestSupport

/// `nap-ingress verify` and the wizard's Verify screen run their probes in `nap-ingress-probe`:
/// what an operator sees when that process is missing or dies, and that no probe process outlives
/// the run that started it. Stand-in probes are small shell scripts (`NAP_INGRESS_PROBE`); the
/// real one is driven against a DNS server that never answers, on loopback.
struct VerifyProbeProcessTests {
    /// verify's command tests' install, with a TURN address so the TURN row is probed too.
    static let values = VerifyCommandTests.values + "TURN_EXTERNAL_IP=127.0.0.1\n"

    /// Rows x columns of the matrix for `values`: four hosts (files has no WebSocket), the wildcard's DNS, the preview row, TURN.
    static let slotCount = 4 + 3 + 4 + 4 + 1 + 4 + 1

    static func folder() throws -> URL {
        let dir = try NapIngressBinary.temporaryFolder()
        try values.write(to: dir.appendingPathComponent("values.env"), atomically: true, encoding: .utf8)
        return dir
    }

    static func checks(_ stdout: String) throws -> [[String: Any]] {
        let object = try JSONSerialization.jsonObject(with: Data(stdout.utf8)) as? [String: Any]
        return object?["checks"] as? [[String: Any]] ?? []
    }

    /// Whether `pid` is a process still running (a zombie has stopped running: it only waits to be reaped).
    static func running(_ pid: pid_t) -> Bool {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let close = stat.lastIndex(of: ")") else { return false }
        return !stat[stat.index(after: close)...].trimmingCharacters(in: .whitespaces).hasPrefix("Z")
    }

    /// Polls `condition` until it holds or `seconds` pass.
    static func eventually(_ seconds: Double, _ condition: () -> Bool) -> Bool {
        let end = Date().addingTimeInterval(seconds)
        while Date() < end {
            if condition() { return true }
            usleep(20_000)
        }
        return condition()
    }

    @Test func aMissingProbeExits1AndNamesTheFileItLookedFor() throws {
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let missing = dir.appendingPathComponent("lib/nap-ingress-probe").path
        let result = try NapIngressBinary.run(["verify", "--format", "json"], in: dir, environment: ["NAP_INGRESS_PROBE": missing])
        #expect(result.status == 1)
        #expect(result.stderr.contains("probe executable nap-ingress-probe is missing: looked for \(missing)"), "\(result.stderr)")
        #expect(result.stdout.isEmpty)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["values.env"])
    }

    @Test func aBinaryInstalledWithoutItsProbeNamesBothPlacesItLooked() throws {
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let bin = dir.appendingPathComponent("prefix/bin")
        try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: NapIngressBinary.url, to: bin.appendingPathComponent("nap-ingress"))
        let result = try NapIngressBinary.run(["verify"], in: dir, executable: bin.appendingPathComponent("nap-ingress").path)
        #expect(result.status == 1)
        let prefix = dir.appendingPathComponent("prefix").path
        #expect(result.stderr.contains("\(prefix)/lib/nap-ingress/nap-ingress-probe and \(prefix)/bin/nap-ingress-probe"), "\(result.stderr)")
    }

    @Test func aProbeThatDiesMidRunLeavesEveryUnreportedCheckFailed() throws {
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let probe = dir.appendingPathComponent("dying-probe")
        // Answers one check, says something on stderr, and is killed before the rest.
        try ExecutableScript.write("""
            #!/bin/sh
            read request
            echo '{"cells":[{"check":"dns","code":"dns.ok","host":"nap.acme.com","message":"resolves to 127.0.0.1","status":"ok"}],"check":"dns","host":"nap.acme.com"}'
            echo 'probe: giving up here' >&2
            kill -9 $$

            """, to: probe)
        let result = try NapIngressBinary.run(["verify", "--format", "json"], in: dir, environment: ["NAP_INGRESS_PROBE": probe.path])
        #expect(result.status == 1)
        let checks = try Self.checks(result.stdout)
        #expect(checks.count == Self.slotCount)
        let reported = checks.filter { $0["host"] as? String == "nap.acme.com" && $0["check"] as? String == "dns" }
        #expect(reported.count == 1 && reported.first?["status"] as? String == "ok")
        let others = checks.filter { !($0["host"] as? String == "nap.acme.com" && $0["check"] as? String == "dns") }
        #expect(others.allSatisfy { $0["status"] as? String == "failed" && $0["code"] as? String == "verify.probe-ended" })
        #expect(others.allSatisfy { ($0["message"] as? String ?? "").contains("killed by signal 9") })
        #expect(result.stderr.contains("killed by signal 9") && result.stderr.contains("probe: giving up here"), "\(result.stderr)")
    }

    /// A probe that ends before it reads the request (a broken install): writing the request
    /// then fails with EPIPE, which must not kill verify with SIGPIPE (141, nothing said).
    @Test func aProbeGoneBeforeTheRequestIsAFailureNotASignal() throws {
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        // /bin/true only runs and exits (it is not a file the tool writes); it ends before most requests arrive.
        for _ in 0..<12 {
            let result = try NapIngressBinary.run(["verify", "--format", "json"], in: dir, environment: ["NAP_INGRESS_PROBE": "/bin/true"])
            #expect(result.status == 1, "\(result.status): \(result.stderr)")
            #expect(result.stderr.contains("exited with status 0"), "\(result.stderr)")
            if result.status != 1 { break }
        }
    }

    @Test func aProbeThatRefusesTheRequestIsAnErrorNotAMatrix() throws {
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let probe = dir.appendingPathComponent("refusing-probe")
        try ExecutableScript.write("""
            #!/bin/sh
            read request
            echo '{"error":"values.env changed and no longer describes an install behind an ingress; run verify again."}'
            exit 1

            """, to: probe)
        let result = try NapIngressBinary.run(["verify"], in: dir, environment: ["NAP_INGRESS_PROBE": probe.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("error: values.env changed"), "\(result.stderr)")
    }

    @Test func anUnreadableCAFileIsRefusedBeforeAnyProbeStarts() throws {
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let probe = dir.appendingPathComponent("probe"), started = dir.appendingPathComponent("started")
        try ExecutableScript.write("#!/bin/sh\ntouch '\(started.path)'\n", to: probe)
        let result = try NapIngressBinary.run(["verify", "--ca-file", "absent.pem"], in: dir, environment: ["NAP_INGRESS_PROBE": probe.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("error: --ca-file absent.pem cannot be read."), "\(result.stderr)")
        #expect(result.stdout.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: started.path))
    }

    /// The real probe, asking a DNS server that never answers (a UDP socket this test holds on
    /// loopback): the parent is killed with SIGKILL mid-run, and the probe must end on its own.
    @Test func theProbeEndsWhenItsParentIsKilled() throws {
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let silent = socket(AF_INET, Int32(SOCK_DGRAM.rawValue), 0)
        #expect(silent >= 0)
        defer { close(silent) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(silent, $0, length) } }
        _ = withUnsafeMutablePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(silent, $0, &length) } }
        let port = Int(UInt16(bigEndian: address.sin_port))

        let process = Process()
        process.executableURL = NapIngressBinary.url
        process.arguments = ["verify", "--resolver", "127.0.0.1:\(port)", "--timeout", "60s", "--hold", "0", "--format", "json"]
        process.currentDirectoryURL = dir
        process.standardInput = FileHandle(forReadingAtPath: "/dev/null")
        process.standardOutput = FileHandle(forWritingAtPath: "/dev/null")
        process.standardError = FileHandle(forWritingAtPath: "/dev/null")
        try process.run()
        let parent = process.processIdentifier
        var probe: pid_t = 0
        let started = Self.eventually(20) {
            let tasks = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/\(parent)/task")) ?? []
            for task in tasks {
                let children = (try? String(contentsOfFile: "/proc/\(parent)/task/\(task)/children", encoding: .utf8)) ?? ""
                if let first = children.split(separator: " ").first, let pid = pid_t(first) { probe = pid; return true }
            }
            return false
        }
        #expect(started, "nap-ingress started no probe process")
        kill(parent, SIGKILL)
        process.waitUntilExit()
        guard started else { return }
        #expect(Self.eventually(15) { !Self.running(probe) }, "the probe \(probe) outlived its killed parent")
    }
}

/// The wizard's Verify screen stops its probe process when the operator leaves it or quits.
@Suite(.enabled(if: Tmux.available, "needs tmux"))
struct VerifyProbeWizardTests {
    /// A stand-in probe that writes its pid and then waits, as a probe on a slow network does.
    static func slowProbe(in dir: URL) throws -> (probe: URL, pidFile: URL) {
        let probe = dir.appendingPathComponent("slow-probe"), pidFile = dir.appendingPathComponent("probe.pid")
        try ExecutableScript.write("""
            #!/bin/sh
            echo $$ > '\(pidFile.path).tmp' && mv '\(pidFile.path).tmp' '\(pidFile.path)'
            exec sleep 600

            """, to: probe)
        return (probe, pidFile)
    }

    static func probePid(_ pidFile: URL) -> pid_t? {
        var pid: pid_t?
        _ = VerifyProbeProcessTests.eventually(20) {
            pid = (try? String(contentsOf: pidFile, encoding: .utf8)).flatMap { pid_t($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
            return pid != nil
        }
        return pid
    }

    @Test(arguments: ["Escape", "C-c"])
    func leavingTheVerifyScreenStopsTheProbe(_ key: String) throws {
        let dir = try NapIngressBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        try SampleValues.external.write(to: dir.appendingPathComponent("values.env"), atomically: true, encoding: .utf8)
        let (probe, pidFile) = try Self.slowProbe(in: dir)
        let tmux = try Tmux(width: 80, height: 24, in: dir, arguments: ["--values", "values.env", "--out", "ingress"],
                            environment: ["NAP_INGRESS_PROBE": probe.path])
        defer { tmux.kill() }
        try tmux.waitFor("Verify the live install")
        try tmux.press("v")
        let pid = try #require(Self.probePid(pidFile), "the Verify screen started no probe")
        #expect(VerifyProbeProcessTests.running(pid))
        try tmux.press(key)
        try tmux.waitFor(key == "Escape" ? "What do you want to do?" : "EXIT=")
        #expect(VerifyProbeProcessTests.eventually(10) { !VerifyProbeProcessTests.running(pid) }, "the probe \(pid) still runs after \(key)")
        if key == "Escape" {
            // Reaped too, not left a zombie of the wizard's: the pid is gone while the wizard still runs.
            #expect(VerifyProbeProcessTests.eventually(10) { kill(pid, 0) != 0 })
            try tmux.press("C-c")
            try tmux.waitFor("EXIT=")
        }
    }
}
