/// NEXT-STEPS.md: what to apply, which Secrets must exist, the DNS records, the TURN ports,
/// and how to switch back; written for the operator who has not read the ingress docs.
public enum NextSteps {
    public static func markdown(_ plan: Plan, manifests: [String], notes: ControllerNotes, retired: RetiredObjects = .none) -> String {
        plan.mode == .external ? external(plan, manifests: manifests, notes: notes, retired: retired) : nodePort(plan, retired: retired)
    }

    static func nodePort(_ plan: Plan, retired: RetiredObjects = .none) -> String {
        var out = "# Next steps: NodePort mode\n\n"
        out += "`values.env` has `INGRESS_MODE=nodeport`: the platform's services are reached on every node at\n\n"
        out += "| service | NodePort |\n|---|---|\n"
        out += "| nap-cp (UI and API) | \(plan.nodePorts.tos) |\n| nap-browser | \(plan.nodePorts.browser) |\n| nap-sandbox | \(plan.nodePorts.sandbox) |\n\n"
        out += "nap-ingress renders no ingress objects in this mode. If you applied its manifests before, remove them:\n\n"
        out += "```sh\nkubectl delete \(resourceTypes(plan).joined(separator: ",")) -A -l \(ObjectMeta.managedBySelector),app.kubernetes.io/component!=\(TURNPlan.component) --ignore-not-found\n```\n\n"
        out += "Then run the platform's `install.sh` again so the Services get their NodePorts back.\n\n"
        if !retired.isEmpty {
            out += "## \(RetiredObjectsText.title)\n\n" + RetiredObjectsText.markdown(retired)
        }
        out += turnSection(plan)
        out += "## Switch to your ingress controller\n\n```sh\nnap-ingress configure --mode external\nnap-ingress render\n```\n\n"
        out += "Your domain and ingress answers are still in `values.env`.\n"
        return out
    }

    /// The kinds nap-ingress renders for the configured controller, fully qualified (Istio and
    /// Gateway API both have a `gateway`), and only those: kubectl refuses the whole command
    /// when one type's CRD is not installed.
    static func resourceTypes(_ plan: Plan) -> [String] {
        var types = plan.controller.descriptor.resourceKinds
        if plan.tlsSources.contains(.certManager) {
            types.append("certificates.cert-manager.io")
        }
        return types + ["secrets"]
    }

    static func external(_ plan: Plan, manifests: [String], notes: ControllerNotes, retired: RetiredObjects = .none) -> String {
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
        if !plan.dnsRemovals.isEmpty {
            out += "The previous main domain's records are no longer used: delete them once the names above work (also in `dns-removals.csv`, the Remove section of `dns-records.md` and the `; REMOVE` comments of `dns-records.zone`; never in `dns-records.csv` or `.json`, which hold only records to publish):\n\n"
            out += "| Name | Type | Value |\n|---|---|---|\n"
            for r in plan.dnsRemovals { out += "| `\(r.name)` | \(r.needsAlias ? "ALIAS/ANAME" : r.type.rawValue) | `\(r.value)` |\n" }
            out += "\n"
        }
        out += heading("Apply")
        out += "```sh\nkubectl apply -k .   # from this folder; or: kubectl apply -f " + manifests.joined(separator: " -f ") + "\n```\n\n"
        out += "Then run the platform's `install.sh` with this `values.env` (`INGRESS_MODE=external` turns its Services into ClusterIP).\n\n"
        // Right after Apply: the old objects go once the new ones are in place, never before.
        if !retired.isEmpty {
            out += heading(RetiredObjectsText.title)
            out += RetiredObjectsText.markdown(retired)
        }
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
        let ns = plan.namespace
        var out = "## TURN (remote browsers)\n\n"
        out += "TURN (coturn) is UDP and never goes through the HTTP ingress. Exposure: `\(t.exposure.rawValue)`.\n\n"
        out += "| Port | Protocol | Purpose |\n|---|---|---|\n"
        out += "| \(t.port) | TCP and UDP | TURN listener |\n"
        out += "| \(PortRange.text(t.relayPorts)) | UDP | relay range: one port per relayed session, \(t.relayCapacity) at once |\n\n"
        let files = TURNRenderer.render(plan).map(\.name)
        switch t.exposure {
        case .hostport:
            out += "nap-ingress renders nothing for TURN: coturn listens on these ports on the nodes that run it."
            out += " Open them on those nodes and in their cloud security group (`firewall.md`, `firewall.nft`).\n\n"
        case .nodeport:
            out += "`\(TURNRenderer.serviceFile)` is a NodePort Service `\(TURNPlan.serviceName)` that opens each port as the NodePort of the same number"
            out += " (`externalTrafficPolicy: Local`: only nodes that run coturn answer, and coturn sees each client's address).\n\n"
        case .loadbalancer:
            out += "`\(TURNRenderer.serviceFile)` is a LoadBalancer Service `\(TURNPlan.serviceName)` (provider: `\(t.loadBalancerProvider.rawValue)`)"
            out += " with one entry per port (a Service cannot list a range) and `externalTrafficPolicy: Local`, so coturn sees each client's address."
            out += t.loadBalancerAddress.map { " Its address is pinned to `\($0)`.\n\n" } ?? " Its address is chosen by the provider.\n\n"
        case .udproute:
            let gateways = TURNRenderer.gatewayGroups(t)
            out += "`\(TURNRenderer.gatewayFile)` holds \(gateways.count) Gateway\(gateways.count == 1 ? "" : "s") of class `\(t.gatewayClass ?? "")`"
            out += " (" + gateways.map { "`\($0.name)`" }.joined(separator: ", ") + ") with one listener per port;"
            out += " `\(TURNRenderer.routesFile)` attaches one UDPRoute per UDP port (and a TCPRoute for \(t.port)/tcp) to the ClusterIP Service `\(TURNPlan.serviceName)`.\n\n"
            if gateways.count > 1 {
                out += "Clients reach TURN on one address: every Gateway must share it (pin it with `--turn-lb-address`; Envoy Gateway: `mergeGateways` in its EnvoyProxy).\n\n"
            }
            out += "The Gateway proxies UDP, so coturn sees the proxy's address, not the client's: STUN answers (server-reflexive candidates) name the proxy"
            out += " and per-client quotas see one client. Relaying still works; prefer `loadbalancer` or `hostport` when that matters.\n\n"
        }
        if !files.isEmpty {
            out += "The coturn pods are selected by `" + t.selector.entries.map { "\($0.key)=\($0.value)" }.joined(separator: ",")
            out += "` (TURN_SELECTOR); check it matches them: `kubectl get pods -n \(ns) -l " + t.selector.entries.map { "\($0.key)=\($0.value)" }.joined(separator: ",") + "`.\n\n"
            out += "```sh\nkubectl apply -f " + files.joined(separator: " -f ") + "   # also listed in kustomization.yaml\n"
            switch t.exposure {
            case .loadbalancer: out += "kubectl get service \(TURNPlan.serviceName) -n \(ns) -w   # EXTERNAL-IP is the address for TURN_EXTERNAL_IP\n"
            case .udproute: out += "kubectl get gateway,udproute,tcproute -n \(ns) -l app.kubernetes.io/component=\(TURNPlan.component)   # PROGRAMMED must be True\n"
            default: out += "kubectl get service \(TURNPlan.serviceName) -n \(ns)\n"
            }
            out += "```\n\n"
        }
        out += "coturn must agree with these answers: `listening-port=\(t.port)`, `min-port=\(t.relayPorts.lowerBound)`, `max-port=\(t.relayPorts.upperBound)`"
        out += t.externalIP.map { ", `external-ip=\($0)`.\n\n" } ?? ", and `external-ip` set to the address clients reach (TURN_EXTERNAL_IP is still empty).\n\n"
        out += "Open the ports listed in `firewall.md` (host rules: `firewall.nft`, or `nap-ingress firewall --format iptables|ufw|firewalld`).\n\n"
        return out
    }
}
