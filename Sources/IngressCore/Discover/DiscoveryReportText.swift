import Foundation

/// The report as the table `nap-ingress discover` prints: one section per question the
/// wizard asks, then the findings and the proposed `configure` line.
public enum DiscoveryReportText {
    public static func render(_ report: DiscoveryReport) -> String {
        var lines: [String] = ["Cluster: Kubernetes \(report.serverVersion ?? "(version unknown)"), read-only through kubectl"]
        func section(_ title: String, _ rows: [String], empty: String) {
            lines.append("")
            lines.append(title)
            lines += rows.isEmpty ? ["  " + empty] : rows.map { "  " + $0 }
        }
        let blind = Set(report.notAllowed)
        func empty(_ what: String, types: [String]) -> String {
            types.contains(where: blind.contains) ? "not allowed (the credentials may not read \(types.filter(blind.contains).joined(separator: ", ")))" : what
        }

        section("Controllers", report.controllers.flatMap { c in
            ["\(c.controller)  \(c.name)" + (c.ingressClass.map { "  class \($0)" } ?? "")] + c.evidence.map { "  - " + $0 }
        }, empty: empty("none found", types: [DiscoveryKinds.ingressClasses]))
        section("Entries (INGRESS_ENTRY)", report.entries.map { e in
            e.kind == "pending" ? "pending      \(e.source): no load-balancer address yet"
                : "\(e.address)  \(e.kind == "hostname" ? "host name, CNAME records" : "IP, A/AAAA records")  from \(e.source)"
        }, empty: empty("none: no controller Service of type LoadBalancer and no Gateway address", types: ["services"]))
        var gatewayRows = report.gatewayClasses.map { g in
            "\(g.name)  \(g.controllerName)" + (g.implementation.map { " (\($0))" } ?? "")
                + "  " + (g.accepted == true ? "Accepted" : g.accepted == false ? "not accepted" : "acceptance not reported")
                + (g.udpRoute ? ", UDPRoute served" : "")
        }
        if let bundle = report.gatewayAPI {
            gatewayRows.insert("Gateway API CRDs: bundle \(bundle.version ?? "unknown"), channel \(bundle.channel ?? "unknown"), UDPRoute \(bundle.udpRoute ? "installed" : "not installed")", at: 0)
        }
        section("GatewayClasses", gatewayRows, empty: empty("none (Gateway API not installed)", types: [DiscoveryKinds.gatewayClasses]))
        section("Issuers (cert-manager)", report.issuers.map { i in
            "\(i.kind)/\(i.name)" + (i.namespace.map { " in \($0)" } ?? "") + "  \(i.type)"
                + (i.solvers.isEmpty ? "" : " (\(i.solvers.joined(separator: ", ")))")
                + "  " + (i.ready == true ? "Ready" : i.ready == false ? "not Ready" : "readiness unknown")
                + "  wildcard: " + (i.canIssueWildcard ? "yes" : "no")
        }, empty: empty("none", types: [DiscoveryKinds.issuers, DiscoveryKinds.clusterIssuers]))
        section("Secrets", report.secrets.map { s in
            var row = "\(s.namespace)/\(s.name)  \(s.state)"
            if !s.namesCovered.isEmpty { row += "  covers \(s.namesCovered.joined(separator: ", "))" }
            if let days = s.daysLeft { row += days < 0 ? "  expired \(-days) days ago" : "  \(days) days left" }
            if let certificate = s.certificate { row += "  (cert-manager Certificate \(certificate))" }
            return row
        }, empty: "none asked for")
        var platformRows: [String] = []
        if report.platform.namespaceExists == false { platformRows.append("namespace \(report.platform.namespace): not found") }
        platformRows += report.platform.services.map { "\($0.name):\($0.port)  \($0.state)" }
        platformRows += report.platform.turnPods.map { pod in
            "TURN pod \(pod.name): " + (pod.hostNetwork ? "hostNetwork" : pod.hostPorts.isEmpty ? "no hostPort" : "hostPort \(pod.hostPorts.map(String.init).joined(separator: ", "))")
        }
        section("Platform (namespace \(report.platform.namespace))", platformRows, empty: "nothing read")
        section("Routing objects serving the platform's hosts", report.conflicts.flatMap { c in
            let head = "\(c.verdict.rawValue.padding(toLength: 9, withPad: " ", startingAt: 0))\(c.kind) \(c.namespace)/\(c.name)  \(c.hosts.joined(separator: ", "))"
            return c.verdict == .adopt ? [head + ": will be adopted in place", "  - \(c.command)"]
                : [head + ": " + c.outcome, c.edit.map { "  - edit: \(c.command), then \($0)" } ?? "  - remove: \(c.command)"]
        }, empty: empty("none", types: RoutingKind.all.map(\.resource)))
        section("Findings", report.findings.flatMap { f in
            ["\(f.severity)[\(f.code)] \(f.subject): \(f.message)"] + (f.hint.map { ["  hint: \($0)"] } ?? [])
        }, empty: "none")
        if let configure = report.proposal.configure {
            section("Proposed (your values.env and typed answers win)", [configure], empty: "")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
