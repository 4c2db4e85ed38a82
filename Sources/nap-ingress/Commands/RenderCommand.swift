import ArgumentParser
import IngressCore

/// `render`: manifests, kustomization, DNS sheets and NEXT-STEPS.md into `--out`.
struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "render", abstract: "Write the manifests, DNS sheets and NEXT-STEPS.md for values.env.")
    @OptionGroup var values: ValuesOption
    @OptionGroup var out: OutOption
    @Flag(help: "Replace files in --out that nap-ingress did not write (by default render refuses and names them).") var replaceForeign = false

    func run() throws {
        let workspace = try Console.workspace(values.values, mustExist: true)
        let plan = try Console.plan(workspace, certificates: true)
        let (files, retired) = try Console.renderedFiles(plan, out: out.out)
        do {
            let summary = try OutputWriter.write(files, to: out.out, replaceForeign: replaceForeign, onWait: { Console.err($0) })
            summary.notes.forEach { Console.err("note: \($0).") }
            Console.out(RenderSummary.text(summary, folder: out.out, retired: retired))
        } catch {
            let foreign = error.message.contains("did not write") ? "\n  hint: move them away, or pass --replace-foreign to replace them." : ""
            Console.err("error: \(error.message)" + (error.changedNothing ? "\n  nothing was changed in \(out.out)." : "") + foreign)
            throw ExitCode(1)
        }
    }
}

/// The lines `render` (and the wizard) print about what changed on disk.
enum RenderSummary {
    static func text(_ summary: OutputWriter.Summary, folder: String, retired: RetiredObjects = .none) -> String {
        var lines: [String] = []
        lines += summary.written.map { "wrote   \(folder)/\($0)" }
        lines += summary.unchanged.map { "same    \(folder)/\($0)" }
        lines += summary.removed.map { "removed \(folder)/\($0)" }
        // A removed file does not remove its objects from the cluster: name them and the commands.
        lines += RetiredObjectsText.lines(retired)
        return lines.joined(separator: "\n") + "\nNext: read \(folder)/NEXT-STEPS.md\n"
    }
}
