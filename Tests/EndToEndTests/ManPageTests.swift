import Foundation
import Testing
import TestSupport

/// `Resources/man/nap-ingress.1` must describe the command line the binary has: every command,
/// every option, with its current help text (regenerate it as the README says when this fails).
@Suite struct ManPageTests {
    struct ToolInfo: Decodable {
        struct Command: Decodable {
            var commandName: String
            var abstract: String?
            var shouldDisplay: Bool?
            var arguments: [Argument]?
            var subcommands: [Command]?
        }
        struct Argument: Decodable {
            struct Name: Decodable {
                var kind: String
                var name: String
            }
            var names: [Name]?
            var abstract: String?
            var shouldDisplay: Bool?
        }
        var command: Command
    }

    static let page = ExpectedFile.packageRoot.appendingPathComponent("Resources/man/nap-ingress.1")

    @Test func describesEveryCommandAndOption() throws {
        let dir = try NapIngressBinary.temporaryFolder()
        let dump = try NapIngressBinary.run(["--experimental-dump-help"], in: dir)
        #expect(dump.status == 0)
        let tool = try JSONDecoder().decode(ToolInfo.self, from: Data(dump.stdout.utf8))
        let man = try String(contentsOf: Self.page, encoding: .utf8)
        let hint = "regenerate Resources/man/nap-ingress.1 (see the README, Development)"
        let commands = (tool.command.subcommands ?? []).filter { $0.shouldDisplay != false && $0.commandName != "help" }
        #expect(commands.count >= 6)
        for command in commands {
            // The section of this command: from its `.It Em name` to the next command's.
            let marker = ".It Em \(command.commandName)\n"
            guard let start = man.range(of: marker) else {
                Issue.record("the man page lacks the command \(command.commandName); \(hint)")
                continue
            }
            let rest = man[start.upperBound...]
            let section = rest.range(of: "\n.It Em ").map { rest[..<$0.lowerBound] } ?? rest
            if let abstract = command.abstract { #expect(section.contains(abstract), "\(command.commandName): abstract; \(hint)") }
            for argument in command.arguments ?? [] where argument.shouldDisplay != false {
                guard let long = argument.names?.first(where: { $0.kind == "long" }) else { continue }
                // mdoc: `.It Fl -values Ar values`, or `.It Fl h , -help` when there is a short name too.
                #expect(section.contains("Fl -\(long.name)") || section.contains(", -\(long.name)"),
                        "\(command.commandName) --\(long.name); \(hint)")
                if let abstract = argument.abstract, !abstract.isEmpty {
                    #expect(section.contains(abstract.replacingOccurrences(of: "\n", with: " ")) || section.contains(abstract),
                            "\(command.commandName) --\(long.name): help text; \(hint)")
                }
            }
        }
    }
}
