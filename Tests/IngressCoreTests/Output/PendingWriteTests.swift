import Foundation
import Testing
@testable import IngressCore

/// PendingWrite refuses a target it cannot write before making a temporary file, in words an
/// operator can act on (not "Not a directory" for a folder they named).
@Suite final class PendingWriteTests {
    let folder: URL

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("nap-ingress-write-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("ingress"), withIntermediateDirectories: true)
        try Data("x".utf8).write(to: folder.appendingPathComponent("plain"))
    }

    deinit { try? FileManager.default.removeItem(at: folder) }

    func path(_ name: String) -> String { folder.path + "/" + name }

    func refusal(_ target: String) -> String? {
        do {
            let pending = try PendingWrite.prepare(target, contents: Array("data\n".utf8), mode: 0o644)
            pending.discard()
            return nil
        } catch {
            return error.message
        }
    }

    /// Everything under the test folder, to prove nothing was left behind.
    func entries() throws -> [String] {
        try FileManager.default.subpathsOfDirectory(atPath: folder.path).sorted()
    }

    @Test func aMissingFolderIsNamed() throws {
        #expect(refusal(path("missing/dir/sheet.csv")) == "the folder \(path("missing/dir")) does not exist")
        #expect(try entries() == ["ingress", "plain"])
    }

    @Test func aFolderAsTargetAsksForAFileName() throws {
        #expect(refusal(path("ingress/")) == "\(path("ingress")) is a folder; give a file name")
        #expect(refusal(path("ingress//")) == "\(path("ingress")) is a folder; give a file name")
        #expect(refusal(path("ingress")) == "\(path("ingress")) is a folder; give a file name")
        #expect(refusal(path("new/")) == "\(path("new/")) ends with /, which names a folder; give a file name")
        #expect(try entries() == ["ingress", "plain"], "no temporary file is created")
    }

    @Test func aFileInThePathIsNamed() throws {
        #expect(refusal(path("plain/sheet.csv")) == "\(path("plain")) is a file, not a folder")
        #expect(refusal(path("plain/more/sheet.csv")) == "\(path("plain/more")) is not a folder: part of the path is a file")
    }

    @Test func aGoodTargetIsStillWritten() throws {
        let pending = try PendingWrite.prepare(path("ingress/sheet.csv"), contents: Array("data\n".utf8), mode: 0o644)
        try pending.commit()
        #expect(try String(contentsOfFile: path("ingress/sheet.csv"), encoding: .utf8) == "data\n")
        #expect(try entries() == ["ingress", "ingress/sheet.csv", "plain"])
    }
}
