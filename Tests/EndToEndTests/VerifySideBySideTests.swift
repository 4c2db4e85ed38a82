import Foundation
import Testing
import VerifyRig

/// The issue's promise that verify's default timeouts hold on a loaded 2-core machine running a
/// dozen verifies side by side: twelve `nap-ingress verify --format json` at once against one
/// healthy rig (named, nginx with its echo backend, coturn), with two busy processes of the test's
/// own on top, and every cell of every run must be what the healthy rig gives. No timing is
/// asserted beyond that; the speed figure is Benchmarks/verify-matrix.sh's.
@Suite(.enabled(if: NginxRig.binary != nil && NamedRig.executable != nil && TurnRig.executable != nil,
                "needs nginx, named and turnserver (.ci/install-packages)"))
struct VerifySideBySideTests {
    static let runs = 12

    @Test func aDozenVerifiesSideBySideOnABusyMachineAllPass() throws {
        let dir = try NapIngressBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let lab = try VerifyLab(.healthy, in: dir)
        defer { lab.stop() }
        let load = try CPULoad(processes: 2, seconds: 120)
        defer { load.stop() }
        // A short hold keeps four WebSockets a run open at the same time (48 in all) without
        // waiting out nginx's idle timeout; every other bound is verify's default.
        let arguments = ["verify", "--format", "json", "--hold", "2s"] + lab.verifyArguments
        var processes: [(Process, URL, URL)] = []
        for index in 0..<Self.runs {
            // Files, not pipes: nothing the test does can stall a run on a full pipe.
            let out = dir.appendingPathComponent("run-\(index).json"), err = dir.appendingPathComponent("run-\(index).err")
            _ = FileManager.default.createFile(atPath: out.path, contents: nil)
            _ = FileManager.default.createFile(atPath: err.path, contents: nil)
            let process = Process()
            process.executableURL = NapIngressBinary.url
            process.arguments = arguments
            process.currentDirectoryURL = dir
            process.standardInput = FileHandle.nullDevice
            process.standardOutput = try FileHandle(forWritingTo: out)
            process.standardError = try FileHandle(forWritingTo: err)
            try process.run()
            processes.append((process, out, err))
        }
        for (process, _, _) in processes { process.waitUntilExit() }
        #expect(load.running, "the load lasted the whole test")

        var expectedSlots: Set<String>?
        for (index, (process, out, err)) in processes.enumerated() {
            let data = try Data(contentsOf: out)
            let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any], "run \(index): \(String(decoding: data, as: UTF8.self))")
            let cells = json["checks"] as? [[String: Any]] ?? []
            let notOk = cells.filter { $0["status"] as? String != "ok" }
                .map { "\($0["host"] ?? "") \($0["check"] ?? "") \($0["status"] ?? "") \($0["code"] ?? ""): \($0["message"] ?? "")" }
            let errors = (try? String(contentsOf: err, encoding: .utf8)) ?? ""
            #expect(notOk == [], "run \(index) of \(Self.runs):\n\(notOk.joined(separator: "\n"))\n\(errors)")
            #expect(process.terminationStatus == 0, "run \(index): \(errors)")
            // Every run checked the whole matrix: the same slots, the TURN relay among them.
            // (The preview name is random in every run.)
            let preview = json["previewName"] as? String ?? ""
            let slots = Set(cells.map { cell in
                let host = cell["host"] as? String ?? ""
                return "\(host == preview ? "<preview>" : host) \(cell["check"] ?? "") \(cell["code"] ?? "")"
            })
            #expect(slots.contains("turn turn turn.relay.ok"), "run \(index)")
            #expect(Set(cells.compactMap { $0["check"] as? String }) == ["dns", "tls", "http", "websocket", "turn"])
            if let expectedSlots { #expect(slots == expectedSlots, "run \(index) checked other cells") } else { expectedSlots = slots }
        }
    }
}
