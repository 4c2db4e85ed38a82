import ArgumentParser
import Cluster
import Foundation
import IngressCore

/// `discover`: read the cluster through kubectl (GET only) and propose answers.
struct DiscoverCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "discover",
        abstract: "Read the cluster through kubectl (read-only) and propose answers: controller, class, entry, issuers, Secrets.",
        discussion: "Exit status: 0 the cluster was read (findings or not), 1 it could not be reached at all, 64 usage error.")

    /// How the report is printed.
    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @OptionGroup var values: ValuesOption
    @Option(help: "The kubeconfig context to use (default: the current context).") var context: String?
    @Option(help: "The kubeconfig file (default: KUBECONFIG, then ~/.kube/config).") var kubeconfig: String?
    @Option(help: "The platform's namespace (default: NAP_NAMESPACE of values.env, else nap).") var namespace: String?
    @Option(help: "text or json.") var format: Format = .text

    func run() throws {
        let workspace = try Console.workspace(values.values, mustExist: false)
        let config = workspace.config
        let request = DiscoveryRequest(config: config, namespace: namespace)
        let reader = ClusterReader(kubectl: Kubectl(context: context, kubeconfig: kubeconfig))
        switch reader.read(request) {
        case .failure(let unreachable):
            Console.err("error[discover.unreachable] kubectl: \(unreachable.message)\n  hint: \(unreachable.hint)")
            throw ExitCode(1)
        case .success(let snapshot):
            let report = Discovery.report(snapshot, request: request, config: config, now: Date())
            switch format {
            case .text: Console.out(DiscoveryReportText.render(report))
            case .json:
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
                Console.out(String(decoding: try encoder.encode(report), as: UTF8.self) + "\n")
            }
        }
    }
}
