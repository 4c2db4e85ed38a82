import ArgumentParser
import IngressCore

/// `check`: validation and warnings only.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "check", abstract: "Validate values.env and print every error and warning.")
    @OptionGroup var values: ValuesOption

    func run() throws {
        let workspace = try Console.workspace(values.values, mustExist: true)
        let plan = try Console.plan(workspace, certificates: true)
        Console.out("ok: \(values.values) is valid (\(plan.mode.rawValue) mode" + (plan.mode == .external ? ", \(plan.controller.rawValue)" : "") + ").\n")
    }
}
