import Foundation
import Testing
import TestSupport

/// A long values.env (as a merged or generated file can be) goes through `configure --dry-run`
/// and `configure` like a short one: the dry run prints exactly the unified diff GNU `diff -u`
/// prints between the file and what `configure` then writes. (An n×m diff table made this
/// file need gigabytes; time and memory targets are in Benchmarks/scaling.sh, never in a test.)
@Suite struct LongValuesFileTests {
    static func longFile(lines: Int) -> String {
        var out = SampleValues.external
        if !out.hasSuffix("\n") { out += "\n" }
        for i in 0..<lines {
            switch i % 3 {
            case 0: out += "# setting \(i)\n"
            case 1: out += "OPERATOR_KEY_\(i)=value-\(i)\n"
            default: out += "export OPERATOR_QUOTED_\(i)=\"a value \(i)\"\n"
            }
        }
        return out + "TOS_HOST=nap.late.com\n"  // the last assignment wins: an edit at the very end
    }

    @Test func theDryRunOfALongFileIsItsUnifiedDiff() throws {
        let dir = try NapIngressBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let values = dir.appendingPathComponent("values.env")
        let original = Self.longFile(lines: 20_000)
        try Data(original.utf8).write(to: values)
        let flags = ["--domain", "nap.other.com", "--entry", "198.51.100.7", "--namespace", "platform"]

        let dryRun = try NapIngressBinary.run(["configure", "--dry-run"] + flags, in: dir)
        #expect(dryRun.status == 0, "\(dryRun.stderr)")
        #expect(try String(contentsOf: values, encoding: .utf8) == original, "a dry run writes nothing")

        let configure = try NapIngressBinary.run(["configure"] + flags, in: dir)
        #expect(configure.status == 0, "\(configure.stderr)")
        try Data(original.utf8).write(to: dir.appendingPathComponent("before.env"))
        let diff = try NapIngressBinary.run(
            ["-c", "diff -u --label a/values.env --label b/values.env before.env values.env"], in: dir, executable: "/bin/sh")
        #expect(diff.status == 1, "the files differ: \(diff.stderr)")
        #expect(dryRun.stdout == diff.stdout)
        #expect(dryRun.stdout.contains("-TOS_HOST=nap.late.com\n+TOS_HOST=nap.other.com\n"))
    }
}
