import Foundation
import Testing
@testable import IngressCore

/// values.env as an operator's machine treats it: links, owners, devices, FIFOs, huge files,
/// and edits made by someone else between the read and the write.
@Suite final class ValuesFileSafetyTests {
    let folder: String
    /// The device number of /dev/zero, 1:5 (Linux's makedev, a macro Swift does not import), for a node made in a temp folder.
    static let memZero = dev_t(1 << 8 | 5)
    static let original = "# site\nINGRESS_MODE=nodeport\nTOS_HOST=10.0.0.5\nADMIN_PASSWORD='s3cr3t'\n"

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("nap-ingress-values-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: folder) }

    func path(_ name: String) -> String { folder + "/" + name }
    func write(_ text: String, _ name: String) throws { try text.write(toFile: path(name), atomically: false, encoding: .utf8) }
    func read(_ name: String) throws -> String { try String(contentsOfFile: path(name), encoding: .utf8) }
    func kind(_ name: String) -> mode_t {
        var info = stat()
        return lstat(path(name), &info) == 0 ? info.st_mode & S_IFMT : 0
    }
    func entries() throws -> [String] { try FileManager.default.contentsOfDirectory(atPath: folder).sorted() }

    /// The file with TOS_HOST set to `host`, as configure builds it.
    func updated(_ workspace: Workspace, host: String) throws -> ValuesFile {
        var config = workspace.config
        config.setMainDomain(host)
        config[.ingressMode] = "external"
        return try workspace.updatedFile(with: config).get()
    }

    func loadError(_ name: String) -> String? {
        do { _ = try Workspace.load(path(name)); return nil } catch { return error.message }
    }

    @Test func aSymlinkIsWrittenThroughAndKept() throws {
        try FileManager.default.createDirectory(atPath: path("checkout"), withIntermediateDirectories: true)
        try write(Self.original, "checkout/values.env")
        try FileManager.default.createSymbolicLink(atPath: path("values.env"), withDestinationPath: "checkout/values.env")
        let workspace = try Workspace.load(path("values.env"))
        #expect(try workspace.save(updated(workspace, host: "nap.acme.com")) != nil)
        #expect(kind("values.env") == S_IFLNK, "the link stays a link")
        #expect(try read("checkout/values.env").contains("TOS_HOST=nap.acme.com"), "the target holds the new answers")
        #expect(try read("values.env.bak") == Self.original, "the backup is beside the link as named")
        #expect(try FileManager.default.contentsOfDirectory(atPath: path("checkout")).sorted() == ["values.env"])
    }

    @Test func aDanglingLinkIsRefused() throws {
        try FileManager.default.createSymbolicLink(atPath: path("values.env"), withDestinationPath: "nowhere/values.env")
        #expect(loadError("values.env")?.contains("a symbolic link to a file that does not exist") == true)
    }

    @Test(.enabled(if: geteuid() == 0, "needs root to hand the file to nobody"))
    func ownerGroupAndModeAreKept() throws {
        try write(Self.original, "values.env")
        try write("older\n", "values.env.bak")
        chown(path("values.env"), 65534, 65534)
        chmod(path("values.env"), 0o640)
        let workspace = try Workspace.load(path("values.env"))
        try workspace.save(updated(workspace, host: "nap.acme.com"))
        for name in ["values.env", "values.env.bak"] {
            var info = stat()
            #expect(stat(path(name), &info) == 0)
            #expect(info.st_uid == 65534 && info.st_gid == 65534, "\(name) keeps nobody:nogroup")
            #expect(info.st_mode & 0o7777 == 0o640, "\(name) keeps 0640")
        }
    }

    @Test(.enabled(if: geteuid() == 0, "mknod needs root"))
    func aCharacterDeviceIsRefusedAndSurvives() throws {
        #expect(mknod(path("values.env"), S_IFCHR | 0o666, Self.memZero) == 0)
        #expect(loadError("values.env") == "\(path("values.env")) is a character device; values.env must be a regular file or a symbolic link to one, and nothing was read or written")
        #expect(throws: OutputError.self) { try ValuesStore.lock(self.path("values.env")) }
        try FileManager.default.createSymbolicLink(atPath: path("link.env"), withDestinationPath: "values.env")
        #expect(loadError("link.env")?.contains("is a character device (the symbolic link points to") == true)
        #expect(kind("values.env") == S_IFCHR)
        #expect(try entries() == ["link.env", "values.env"], "no lock file, no temporary file")
    }

    @Test func aFIFOIsRefusedWithoutBlocking() throws {
        #expect(mkfifo(path("values.env"), 0o644) == 0)
        #expect(loadError("values.env")?.contains("is a named pipe (FIFO)") == true)
        #expect(throws: OutputError.self) { try FileBytes.read(self.path("values.env")) }
    }

    @Test func aHugeFileIsRefusedBeforeItIsRead() throws {
        #expect(FileManager.default.createFile(atPath: path("values.env"), contents: nil))
        #expect(truncate(path("values.env"), 200 << 20) == 0)
        #expect(loadError("values.env") == "\(path("values.env")) is larger than 4 MiB, the limit for this file; give the right file")
    }

    @Test func anEditMadeMeanwhileIsMergedAndBackedUp() throws {
        try write(Self.original, "values.env")
        let workspace = try Workspace.load(path("values.env"))
        let mine = try updated(workspace, host: "nap.acme.com")
        // Someone rotates the password and adds a key while this run holds its copy.
        let theirs = Self.original.replacingOccurrences(of: "s3cr3t", with: "rotated") + "ADDED=1\n"
        try write(theirs, "values.env")
        let staged = try workspace.save(mine)
        #expect(staged?.merged == true)
        let result = try read("values.env")
        #expect(result.contains("ADMIN_PASSWORD='rotated'") && result.contains("ADDED=1"), "their edit is kept")
        #expect(result.contains("TOS_HOST=nap.acme.com") && result.contains("INGRESS_MODE=external"), "mine is applied")
        #expect(try read("values.env.bak") == theirs, "the backup holds the fresh file, never the stale copy")
    }

    @Test func theSameKeyChangedOnBothSidesStops() throws {
        try write(Self.original, "values.env")
        try write("older backup\n", "values.env.bak")
        let workspace = try Workspace.load(path("values.env"))
        let mine = try updated(workspace, host: "nap.acme.com")
        let theirs = Self.original.replacingOccurrences(of: "TOS_HOST=10.0.0.5", with: "TOS_HOST=other.acme.com")
        try write(theirs, "values.env")
        #expect(throws: OutputError.self) { try workspace.save(mine) }
        do { try workspace.save(mine) } catch {
            #expect(error.message.contains("TOS_HOST") && error.message.contains("nothing was written"), "\(error.message)")
            #expect(!error.message.contains("other.acme.com"), "values (possibly secrets) are not printed")
        }
        #expect(try read("values.env") == theirs)
        #expect(try read("values.env.bak") == "older backup\n")
        #expect(try entries() == ["values.env", "values.env.bak"])
    }

    @Test func leftoversOfAKilledRunAreRemovedUnderTheLock() throws {
        try write(Self.original, "values.env")
        try write("secret copy\n", ".values.env.nap-ingress-Ab12Cd")
        try write("secret copy\n", ".values.env.bak.nap-ingress-Zz99Yy")
        try write("not ours\n", ".values.env.nap-ingress-notours")
        try write("not ours\n", ".other.env.nap-ingress-Ab12Cd")
        let workspace = try Workspace.load(path("values.env"))
        try workspace.save(updated(workspace, host: "nap.acme.com"))
        #expect(try entries() == [".other.env.nap-ingress-Ab12Cd", ".values.env.nap-ingress-notours", "values.env", "values.env.bak"])
    }

    @Test func aWriterWaitsForTheLockAndGivesUp() throws {
        try write(Self.original, "values.env")
        let workspace = try Workspace.load(path("values.env"))
        do {
            let held = try ValuesStore.lock(path("values.env"))
            #expect(held.path == folder, "the folder is locked, no lock file is made")
            var told: [String] = []
            #expect(throws: OutputError.self) { try workspace.save(self.updated(workspace, host: "nap.acme.com"), timeout: 0.1, onWait: { told.append($0) }) }
            #expect(told.count == 1 && told[0].hasPrefix("waiting: another nap-ingress run is writing"))
            #expect(try read("values.env") == Self.original)
            withExtendedLifetime(held) {}
        }
        #expect(try workspace.save(updated(workspace, host: "nap.acme.com"), timeout: 0.1) != nil, "free once the holder lets go")
    }
}
