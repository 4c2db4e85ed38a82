import Foundation
import IngressCore
import Testing
import TestSupport
@testable import Wizard

/// values.env and the output folder are written together or not at all.
@Suite struct WriteSafetyTests {
    func atReview(_ dir: String, out: String) throws -> Driver {
        try SampleValues.external.write(toFile: dir + "/values.env", atomically: true, encoding: .utf8)
        var d = try Driver(valuesPath: dir + "/values.env", outFolder: out)
        d.press(.enter, .control("u"))
        d.type("other.example.org")
        d.press(.control("s"))
        try #require(d.state.step == .review)
        return d
    }

    @Test func anOutputPathThatIsAFileIsRefusedInTheReview() throws {
        let dir = try Scratch.folder("out-is-a-file")
        try "hi\n".write(toFile: dir + "/outfile", atomically: true, encoding: .utf8)
        var d = try atReview(dir, out: dir + "/outfile")
        let review = ReviewView.lines(d.state, width: 116).map(\.plain).joined(separator: "\n")
        #expect(review.contains("Nothing can be written"))
        #expect(review.contains("output folder \(dir)/outfile: exists and is not a folder."))
        d.press(.enter)
        #expect(d.state.step == .review)
        #expect(try String(contentsOfFile: dir + "/values.env", encoding: .utf8) == SampleValues.external)
    }

    @Test func anOutputFolderWithoutParentIsRefusedInTheReview() throws {
        let dir = try Scratch.folder("out-no-parent")
        let d = try atReview(dir, out: dir + "/missing/ingress")
        let review = ReviewView.lines(d.state, width: 116).map(\.plain).joined(separator: "\n")
        #expect(review.contains("output folder \(dir)/missing/ingress: cannot be created: the folder"))
        #expect(d.state.review?.writable == nil)
    }

    @Test func aFailedOutputWriteLeavesValuesEnvByteIdentical() throws {
        let dir = try Scratch.folder("output-write-fails")
        let d = try atReview(dir, out: dir + "/ingress")
        let (updated, files) = try #require(d.state.review?.writable)
        // The folder turns into a file between the review and the write.
        try "in the way\n".write(toFile: dir + "/ingress", atomically: true, encoding: .utf8)
        let outcome = EffectRunner.write(WriteRequest(workspace: d.state.workspace, updated: updated, files: files, folder: dir + "/ingress"))
        guard case .writeFailed(let reason) = outcome else {
            Issue.record("expected the write to fail, got \(outcome)")
            return
        }
        #expect(reason.contains("were not changed"))
        #expect(try String(contentsOfFile: dir + "/values.env", encoding: .utf8) == SampleValues.external)
        #expect(!FileManager.default.fileExists(atPath: dir + "/values.env.bak"))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: dir).filter { $0.hasPrefix(".") }
        #expect(leftovers.isEmpty, "no temporary files left: \(leftovers)")
    }

    /// After a write, on the done screen with the export path field focused and emptied.
    func atExport(_ dir: String) throws -> Driver {
        var d = try atReview(dir, out: dir + "/ingress")
        d.press(.enter)
        try #require(d.state.step == .done)
        d.press(.tab, .control("u"))
        return d
    }

    @Test func theChosenFormatStaysVisibleAt80x24() throws {
        let dir = try Scratch.folder("export-format-visible")
        var d = try atReview(dir, out: dir + "/ingress")
        d.press(.enter, .down, .down, .down)
        #expect(d.state.exportFormat == .json)
        #expect(d.screen(80, 24).contains("(•) json"))
    }

    @Test func exportNeverOverwritesValuesEnvOrTheOutputFolder() throws {
        let dir = try Scratch.folder("export-protected")
        var d = try atExport(dir)
        let written = try String(contentsOfFile: dir + "/values.env", encoding: .utf8)
        d.type(dir + "/values.env")
        d.press(.enter)
        #expect(d.state.message?.text == "Could not export: \(dir)/values.env is the platform's values.env; choose another name.")
        d.press(.enter)
        #expect(try String(contentsOfFile: dir + "/values.env", encoding: .utf8) == written, "not even on a second Enter")
        d.press(.control("u"))
        d.type(dir + "/ingress/NEXT-STEPS.md")
        d.press(.enter)
        #expect(d.state.message?.text.contains("is the output folder nap-ingress manages") == true)
        #expect(try String(contentsOfFile: dir + "/ingress/NEXT-STEPS.md", encoding: .utf8).hasPrefix("# Next steps"))
    }

    @Test func exportAsksBeforeReplacingAFile() throws {
        let dir = try Scratch.folder("export-replace")
        try "keep me\n".write(toFile: dir + "/sheet.md", atomically: true, encoding: .utf8)
        var d = try atExport(dir)
        d.type(dir + "/sheet.md")
        d.press(.enter)
        #expect(d.state.message?.text == "\(dir)/sheet.md exists: Enter again replaces it; or change the name.")
        #expect(try String(contentsOfFile: dir + "/sheet.md", encoding: .utf8) == "keep me\n")
        // Any other key withdraws the question.
        d.press(.left, .enter)
        #expect(try String(contentsOfFile: dir + "/sheet.md", encoding: .utf8) == "keep me\n")
        d.press(.enter)
        #expect(d.state.message?.text.hasPrefix("Wrote the markdown DNS sheet") == true)
        #expect(try String(contentsOfFile: dir + "/sheet.md", encoding: .utf8).contains("other.example.org"))
    }

    @Test func exportSaysWhatIsWrongWithThePath() throws {
        let dir = try Scratch.folder("export-paths")
        var d = try atExport(dir)
        d.type(dir + "/missing/sheet.md")
        d.press(.enter)
        #expect(d.state.message?.text == "Could not export: the folder \(dir)/missing does not exist.")
        d.press(.control("u"))
        d.type(dir + "/")
        d.press(.enter)
        #expect(d.state.message?.text == "Could not export: \(dir)/ is a folder; give a file name.")
    }
}
