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
        #expect(review.contains("--out \(dir)/outfile: exists and is not a folder."))
        d.press(.enter)
        #expect(d.state.step == .review)
        #expect(try String(contentsOfFile: dir + "/values.env", encoding: .utf8) == SampleValues.external)
    }

    @Test func anOutputFolderWithoutParentIsRefusedInTheReview() throws {
        let dir = try Scratch.folder("out-no-parent")
        let d = try atReview(dir, out: dir + "/missing/ingress")
        let review = ReviewView.lines(d.state, width: 116).map(\.plain).joined(separator: "\n")
        #expect(review.contains("--out \(dir)/missing/ingress: cannot be created: the folder"))
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
}
