import Foundation
import VerifyRig
import Testing

/// `nap-ingress verify` as operators run it: the built binary, names resolved by named serving the
/// zone `render` writes (`--resolver`), the stand-in ingress on lab ports, the rig's CA as `--ca-file`.
@Suite("verify command against the rig")
struct VerifyCommandAgainstRigTests {
    struct Run {
        var status: Int32
        var json: [String: Any]
        var stdout: String
        var stderr = ""
    }

    /// With `terminal`, the command runs under `script` (a pseudo-terminal) and `stdout` is what it drew.
    static func verify(_ variant: NginxRig.Variant, format: String = "json", terminal: Bool = false, extra: [String] = []) throws -> Run {
        let folder = try NapIngressBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let lab = try VerifyLab(variant, turn: false, in: folder)
        defer { lab.stop() }
        let arguments = ["verify", "--hold", "0", "--format", format] + lab.verifyArguments + extra
        if terminal {
            let typescript = folder.appendingPathComponent("typescript")
            let command = ([NapIngressBinary.url.path] + arguments).joined(separator: " ")
            let run = try NapIngressBinary.run(["-q", "-e", "-c", command, typescript.path], in: folder, executable: "/usr/bin/script")
            return Run(status: run.status, json: [:], stdout: try String(contentsOf: typescript, encoding: .utf8))
        }
        let run = try NapIngressBinary.run(arguments, in: folder)
        let json = format == "json" ? (try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any]) ?? [:] : [:]
        return Run(status: run.status, json: json, stdout: run.stdout, stderr: run.stderr)
    }

    static func cells(_ run: Run) -> [[String: Any]] { run.json["checks"] as? [[String: Any]] ?? [] }

    @Test func aHealthyRigExits0WithEveryCellOkButTURN() throws {
        let run = try Self.verify(.healthy)
        let cells = Self.cells(run)
        let notOk = cells.filter { $0["status"] as? String != "ok" }.map { "\($0["host"] ?? "") \($0["check"] ?? "") \($0["code"] ?? "")" }
        // TURN has no server in this rig; its cells are verify-l4's and not judged here.
        #expect(notOk.allSatisfy { $0.hasPrefix("turn ") }, "\(notOk)")
        #expect(Set(cells.compactMap { $0["check"] as? String }) == ["dns", "tls", "http", "websocket", "turn"])
        #expect(cells.contains { $0["host"] as? String == "*.sandbox.\(NginxRig.main)" && $0["check"] as? String == "dns" })
        let failedTURN = cells.contains { $0["check"] as? String == "turn" && $0["status"] as? String == "failed" }
        #expect(run.status == (failedTURN ? 1 : 0))
    }

    @Test func anExpiredCertificateExits1AndNamesTheCell() throws {
        let run = try Self.verify(.expired(NginxRig.hosts.browsers))
        #expect(run.status == 1)
        let failed = Self.cells(run).filter { $0["status"] as? String == "failed" && $0["check"] as? String != "turn" }
        #expect(failed.map { "\($0["host"] ?? "") \($0["code"] ?? "")" } == ["\(NginxRig.hosts.browsers) tls.expired"])
        #expect(failed.first?["fix"] as? String != nil)
    }

    @Test func plainLinesWhenNotATerminal() throws {
        let run = try Self.verify(.missingName(NginxRig.hosts.browsers), format: "text")
        #expect(run.stdout.contains("FAILED tls \(NginxRig.hosts.browsers) [127.0.0.1] tls.name-not-covered"))
        #expect(run.stdout.contains("  fix: re-issue nap-tls-cert"))
        #expect(!run.stdout.contains("\u{1B}["))
    }

    @Test func onATerminalTheMatrixFillsInPlace() throws {
        let run = try Self.verify(.healthy, format: "text", terminal: true)
        // Redrawn in place: the cursor goes back up over the grid between frames.
        #expect(run.stdout.contains("\u{1B}[8A"))
        let plain = run.stdout.replacingOccurrences(of: "\u{1B}\\[[0-9]*[A-Za-z]", with: "", options: .regularExpression)
        let lastGrid = plain.components(separatedBy: "host ").last ?? ""
        let mainRow = lastGrid.split(whereSeparator: \.isNewline).first { $0.hasPrefix("\(NginxRig.main) ") }.map(String.init) ?? ""
        #expect(mainRow.split(separator: " ") == [Substring(NginxRig.main), "ok", "ok", "ok", "ok"], "\(mainRow)")
        #expect(plain.contains("20 ok, 0 warnings, 0 failed, 1 skipped."))
    }

    @Test func waitChecksAgainWhileACellFailsThenReportsTheLastRound() throws {
        let run = try Self.verify(.expired(NginxRig.hosts.files), extra: ["--wait", "6s"])
        #expect(run.status == 1)
        #expect(run.stderr.contains("still failing: \(NginxRig.hosts.files) tls tls.expired"))
        // One JSON object, the last round's.
        #expect(Self.cells(run).contains { $0["code"] as? String == "tls.expired" })
    }
}
