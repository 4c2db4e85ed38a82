import Foundation
import Testing
@testable import IngressCore

/// The output folder: files the operator put there are never replaced or removed, reads never
/// block, and an interrupted update is finished or rolled back by the next run.
@Suite final class OutputOwnershipTests {
    let folder: String

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("nap-ingress-out-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: folder) }

    func path(_ name: String) -> String { folder + "/" + name }
    func read(_ name: String) throws -> String { try String(contentsOfFile: path(name), encoding: .utf8) }
    func entries() throws -> [String] { try FileManager.default.contentsOfDirectory(atPath: folder).sorted() }

    let external = [OutputFile(path: "kustomization.yaml", text: "resources: [a.yaml]\n"), OutputFile(path: "a.yaml", text: "a\n"),
                    OutputFile(path: "NEXT-STEPS.md", text: "external\n")]
    let nodeport = [OutputFile(path: "NEXT-STEPS.md", text: "nodeport\n")]

    @Test func foreignFilesAreRefusedAndNamed() throws {
        try "mine\n".write(toFile: path("kustomization.yaml"), atomically: false, encoding: .utf8)
        try "mine too\n".write(toFile: path("NEXT-STEPS.md"), atomically: false, encoding: .utf8)
        let before = try entries()
        do {
            _ = try OutputWriter.write(external, to: folder)
            Issue.record("the operator's files must not be replaced")
        } catch {
            #expect(error.message.contains("kustomization.yaml, NEXT-STEPS.md") && error.changedNothing, "\(error.message)")
        }
        #expect(try read("kustomization.yaml") == "mine\n")
        #expect(try entries() == before, "nothing is new")
        #expect(OutputWriter.foreignFindings(external, in: folder).first?.code == "output.foreign-files")
        // Allowed explicitly, they are replaced and become owned.
        _ = try OutputWriter.write(external, to: folder, replaceForeign: true)
        #expect(try read("kustomization.yaml") == "resources: [a.yaml]\n")
        #expect(try read(OutputWriter.recordName) == "NEXT-STEPS.md\na.yaml\nkustomization.yaml\n")
    }

    @Test func onlyOwnedFilesArePruned() throws {
        _ = try OutputWriter.write(external, to: folder)
        try "operator notes\n".write(toFile: path("firewall.nft"), atomically: false, encoding: .utf8)
        let summary = try OutputWriter.write(nodeport, to: folder)
        #expect(summary.removed.sorted() == ["a.yaml", "kustomization.yaml"])
        #expect(try entries() == [".nap-ingress-files", "NEXT-STEPS.md", "firewall.nft"])
    }

    @Test func aFIFOInTheFolderNeverBlocks() throws {
        _ = try OutputWriter.write(external, to: folder)
        unlink(path("a.yaml"))
        #expect(mkfifo(path("a.yaml"), 0o644) == 0)
        #expect(OutputWriter.preview(external, in: folder).written == ["a.yaml"])
        // Never read, never replaced: the write is refused, naming it.
        do {
            _ = try OutputWriter.write(external, to: folder)
            Issue.record("a FIFO must not be replaced")
        } catch {
            #expect(error.message == "\(path("a.yaml")) is a named pipe (FIFO), not a regular file; it is left alone" && error.changedNothing)
        }
        var info = stat()
        #expect(lstat(path("a.yaml"), &info) == 0 && info.st_mode & S_IFMT == S_IFIFO)
    }

    @Test func aJournalLeftByAKilledRunIsFinished() throws {
        _ = try OutputWriter.write(external, to: folder)
        // A run switching to nodeport, killed right after its journal was put in place.
        let temporary = try PendingWrite.prepare(path("NEXT-STEPS.md"), contents: Array("nodeport\n".utf8), mode: 0o644)
        var journal = OutputJournal()
        journal.renames = [(OutputWriter.name(of: temporary.temporary), "NEXT-STEPS.md")]
        journal.removals = ["kustomization.yaml", "a.yaml"]
        journal.record = ["NEXT-STEPS.md"]
        try journal.text.write(toFile: path(OutputJournal.name), atomically: false, encoding: .utf8)
        try "half\n".write(toFile: path(".a.yaml.nap-ingress-Qw12Er"), atomically: false, encoding: .utf8)
        // The next run finishes it first; the stale kustomization is gone.
        let summary = try OutputWriter.write(nodeport, to: folder)
        #expect(summary.notes.count == 2, "\(summary.notes)")
        #expect(try entries() == [".nap-ingress-files", "NEXT-STEPS.md"])
        #expect(try read(OutputWriter.recordName) == "NEXT-STEPS.md\n")
    }
}
