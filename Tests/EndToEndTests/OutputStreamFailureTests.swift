import Foundation
import Testing
import TestSupport

/// Standard output or error that cannot be written (a full disk: the `full` device, made with
/// mknod in the test's own folder) ends the run with status 1, never a trap (SIGILL, 132).
@Suite(.enabled(if: getuid() == 0, "mknod needs root"))
struct OutputStreamFailureTests {
    /// `nap-ingress ARGS` in a shell with `redirect` applied (e.g. `2>full`); the shell prints the status.
    static func run(_ arguments: String, redirect: String, in dir: URL) throws -> (status: Int32, stderr: String) {
        let binary = Tmux.quote(NapIngressBinary.url.path)
        let result = try NapIngressBinary.run(["-c", "\(binary) \(arguments) \(redirect); echo \"status=$?\" >&2"], in: dir,
                                              executable: "/bin/sh")
        let line = result.stderr.split(separator: "\n").last { $0.hasPrefix("status=") } ?? ""
        return (Int32(line.dropFirst(7)) ?? -1, result.stderr)
    }

    static func folderWithFullDevice() throws -> URL {
        let dir = try NapIngressBinary.temporaryFolder()
        // /dev/full: every write fails with ENOSPC.
        guard mknod(dir.appendingPathComponent("full").path, S_IFCHR | 0o666, makedev(1, 7)) == 0 else {
            throw CocoaError(.fileWriteNoPermission)
        }
        return dir
    }

    @Test func aFullStandardErrorEndsWithStatusOne() throws {
        let dir = try Self.folderWithFullDevice()
        defer { try? FileManager.default.removeItem(at: dir) }
        // A run that reports a finding on stderr (values.env is missing).
        let (status, stderr) = try Self.run("check --values missing.env", redirect: "2>full", in: dir)
        #expect(status == 1, "\(stderr)")
    }

    @Test func aFullStandardOutputEndsWithStatusOneAndSaysSo() throws {
        let dir = try Self.folderWithFullDevice()
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data(SampleValues.external.utf8).write(to: dir.appendingPathComponent("values.env"))
        let (status, stderr) = try Self.run("dns --format csv", redirect: ">full", in: dir)
        #expect(status == 1, "\(stderr)")
        #expect(stderr.contains("cannot write to standard output"), "\(stderr)")
    }
}

private func makedev(_ major: UInt32, _ minor: UInt32) -> dev_t {
    dev_t((UInt64(major) << 8) | UInt64(minor))
}
