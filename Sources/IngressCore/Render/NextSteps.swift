/// NEXT-STEPS.md: what to apply, which Secrets must exist, the DNS records, the TURN ports,
/// and how to switch back; written for the operator who has not read the ingress docs.
public enum NextSteps {
    public static func markdown(_ plan: Plan, manifests: [String], notes: ControllerNotes) -> String {
        plan.mode == .external ? external(plan, manifests: manifests, notes: notes) : nodePort(plan)
    }

    static func nodePort(_ plan: Plan) -> String {
        var out = "# Next steps: NodePort mode\n\n"
        out += "`values.env` has `INGRESS_MODE=nodeport`: the platform's services are reached on every node at\n\n"
        out += "| service | NodePort |\n|---|---|\n"
        out += "| nap-cp (UI and API) | \(plan.nodePorts.tos) |\n| nap-browser | \(plan.nodePorts.browser) |\n| nap-sandbox | \(plan.nodePorts.sandbox) |\n\n"
        out += "nap-ingress renders no ingress objects in this mode. If you applied its manifests before, remove them:\n\n"
        out += "```sh\nkubectl delete all,httpproxy,ingress,ingressroute,serverstransport,gateway,httproute,virtualservice,referencegrant,certificate,secret -A -l \(ObjectMeta.managedBySelector) --ignore-not-found\n```\n\n"
        out += "Then run the platform's `install.sh` again so the Services get their NodePorts back.\n\n"
        out += turnSection(plan)
        out += "## Switch to your ingress controller\n\n```sh\nnap-ingress configure --mode external\nnap-ingress render\n```\n\n"
        out += "Your domain and ingress answers are still in `values.env`.\n"
        return out
    }

    static func external(_ plan: Plan, manifests: [String], notes: ControllerNotes) -> String {
        guard let hosts = plan.hosts else { return "# Next steps\n\nNo main domain is set.\n" }
        var out = "# Next steps: \(hosts.main) behind \(plan.controller.displayName)\n\n"
        var step = 1
        func heading(_ title: String) -> String {
            defer { step += 1 }
            return "## \(step). \(title)\n\n"
        }
        if !notes.prerequisites.isEmpty {
            out += heading("Before you start")
            out += notes.prerequisites.map { "- \($0)\n" }.joined() + "\n"
        }
        out += heading("TLS Secrets")
        out += TLSNextSteps.section(plan)
        out += "\n"
        out += heading("DNS records")
        out += "Hand `dns-records.md` (or `.csv`, `.zone`, `.json`) to whoever runs DNS:\n\n"
        out += "| Name | Type | Value |\n|---|---|---|\n"
        for r in plan.dnsRecords() {
            out += "| `\(r.name)` | \(r.needsAlias ? "ALIAS/ANAME" : r.type.rawValue) | `\(r.value)` |\n"
        }
        out += "\n"
        out += heading("Apply")
        out += "```sh\nkubectl apply -k .   # from this folder; or: kubectl apply -f " + manifests.joined(separator: " -f ") + "\n```\n\n"
        out += "Then run the platform's `install.sh` with this `values.env` (`INGRESS_MODE=external` turns its Services into ClusterIP).\n\n"
        if !notes.cautions.isEmpty {
            out += heading("Watch out")
            out += notes.cautions.map { "- \($0)\n" }.joined() + "\n"
        }
        out += heading("Check it worked")
        out += "```sh\n" + notes.verify.map { "\($0)\n" }.joined()
        out += "curl -sSI https://\(hosts.main)/ | head -n 1\n```\n\n"
        out += turnSection(plan)
        out += "## Undo, or switch back to NodePorts\n\n```sh\nkubectl delete -k .\n"
        out += "nap-ingress configure --mode nodeport   # keeps your domain and answers\nnap-ingress render\n```\n"
        return out
    }

    static func turnSection(_ plan: Plan) -> String {
        let t = plan.turn
        var out = "## TURN (remote browsers)\n\n"
        out += "TURN is UDP and never goes through the HTTP ingress (exposure: `\(t.exposure.rawValue)`). Open:\n\n"
        out += "- \(t.port)/tcp and \(t.port)/udp (TURN listener)\n"
        out += "- \(t.relayPorts.lowerBound)-\(t.relayPorts.upperBound)/udp (relay range)\n\n"
        return out
    }
}
