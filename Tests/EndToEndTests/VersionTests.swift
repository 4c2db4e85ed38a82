import Foundation
import Testing
import TestSupport

/// One version everywhere: what `nap-ingress --version` prints (Sources/nap-ingress/Version.swift,
/// which `.ci/release` also names the package after), the man page's footer and the newest
/// release heading of CHANGELOG.md.
@Suite struct VersionTests {
    static let hint = "the version lives in Sources/nap-ingress/Version.swift"

    static func printedVersion() throws -> String {
        let result = try NapIngressBinary.run(["--version"], in: NapIngressBinary.temporaryFolder())
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
        return result.stdout
    }

    @Test func versionIsOneMajorMinorPatchLine() throws {
        let printed = try Self.printedVersion()
        // Debian's version ordering and Semantic Versioning read MAJOR.MINOR.PATCH alike.
        #expect(printed.wholeMatch(of: /\d+\.\d+\.\d+\n/) != nil, "--version printed \(printed.debugDescription)")
    }

    @Test func manPageFooterNamesTheVersion() throws {
        let version = try Self.printedVersion().trimmingCharacters(in: .newlines)
        let page = try String(contentsOf: ExpectedFile.packageRoot.appendingPathComponent("Resources/man/nap-ingress.1"), encoding: .utf8)
        let footer = page.split(separator: "\n").filter { $0.hasPrefix(".Os") }
        #expect(footer == [".Os nap-ingress \(version)"],
                "the man page footer says \(footer), --version \(version); regenerate it with .ci/man-page (\(Self.hint))")
    }

    @Test func changelogNewestReleaseIsTheVersion() throws {
        let version = try Self.printedVersion().trimmingCharacters(in: .newlines)
        let changelog = try String(contentsOf: ExpectedFile.packageRoot.appendingPathComponent("CHANGELOG.md"), encoding: .utf8)
        let headings = changelog.split(separator: "\n").filter { $0.hasPrefix("## ") }
        // Keep a Changelog: work not yet released under [Unreleased] on top, then the releases, newest first.
        #expect(headings.first == "## [Unreleased]", "CHANGELOG.md must start with ## [Unreleased], has \(headings.first ?? "no heading")")
        let newest = headings.dropFirst().first.map(String.init) ?? "no release heading"
        #expect(newest.wholeMatch(of: /## \[(\d+\.\d+\.\d+)\] - \d{4}-\d{2}-\d{2}/)?.output.1 == Substring(version),
                "the newest CHANGELOG.md release is \(newest.debugDescription), --version prints \(version) (\(Self.hint))")
    }
}
