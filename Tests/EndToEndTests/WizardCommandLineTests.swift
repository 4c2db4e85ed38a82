import Foundation
import Testing

/// The wizard's plain command lines start it without ArgumentParser (for a fast start); every
/// other command line still goes through ArgumentParser with its usual answers.
@Suite struct WizardCommandLineTests {
    static let needsTerminal = "the wizard needs an interactive terminal"

    @Test(arguments: [
        [], ["wizard"], ["--values", "v.env", "--out", "o"], ["--values=v.env", "--out=o"],
        ["wizard", "--out", "o"], ["--out", "o", "--values", "sub/v.env"],
        ["--values", "a.env", "--values", "b.env"],  // ArgumentParser's rule: the last one wins
    ])
    func plainCommandLinesReachTheWizard(_ arguments: [String]) throws {
        let dir = try NapIngressBinary.temporaryFolder()
        let result = try NapIngressBinary.run(arguments, in: dir)
        #expect(result.status == 64, "\(arguments)")
        #expect(result.stderr.contains(Self.needsTerminal), "\(arguments): \(result.stderr)")
    }

    @Test(arguments: [
        (["--values"], "Missing value for '--values <values>'"),
        (["--values", "-x"], "Missing value for '--values <values>'"),
        (["--values="], "Missing value for '--values <values>'"),
        (["--bogus"], "Unknown option '--bogus'"),
        (["--out", "o", "extra"], "Unexpected argument 'extra'"),
    ])
    func otherCommandLinesKeepArgumentParsersErrors(_ arguments: [String], _ message: String) throws {
        let dir = try NapIngressBinary.temporaryFolder()
        let result = try NapIngressBinary.run(arguments, in: dir)
        #expect(result.status == 64, "\(arguments)")
        #expect(result.stderr.contains(message), "\(arguments): \(result.stderr)")
        #expect(!result.stderr.contains(Self.needsTerminal))
    }

    @Test func helpVersionAndSubcommandsAreNotTheWizard() throws {
        let dir = try NapIngressBinary.temporaryFolder()
        let help = try NapIngressBinary.run(["--help"], in: dir)
        #expect(help.status == 0 && help.stdout.contains("SUBCOMMANDS"))
        let version = try NapIngressBinary.run(["--version"], in: dir)
        #expect(version.status == 0 && version.stdout.hasPrefix("0."))
        let render = try NapIngressBinary.run(["render", "--out", "o"], in: dir)
        #expect(render.status == 1 && render.stderr.contains("does not exist"))
    }
}
