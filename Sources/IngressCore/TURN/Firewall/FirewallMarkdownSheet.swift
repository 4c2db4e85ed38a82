/// The firewall sheet as Markdown, for whoever runs the firewalls and security groups.
enum FirewallMarkdownSheet {
    static func format(_ plan: Plan, _ openings: [FirewallOpening]) -> String {
        let turn = plan.turn
        var out = "# Firewall openings\n\n"
        out += "Ingress mode: `\(plan.mode.rawValue)`. TURN exposure: `\(turn.exposure.rawValue)`; clients are told to use "
        out += turn.externalIP.map { "`\($0)` (TURN_EXTERNAL_IP).\n\n" } ?? "no address yet (set TURN_EXTERNAL_IP).\n\n"
        out += "Allow each row from the clients' networks (usually anywhere):\n\n"
        out += "| Port | Protocol | Purpose | Open on |\n|---|---|---|---|\n"
        for o in openings {
            out += "| \(o.portText()) | \(o.proto.kubernetes) | \(o.purpose.replacingPipes()) | \(o.openOn.replacingPipes()) |\n"
        }
        out += "\n## Notes\n\n"
        out += "- TURN never goes through the HTTP ingress: its ports are opened on their own.\n"
        out += "- Kubernetes forwards hostPort, NodePort and LoadBalancer traffic to pods, so on a node it crosses the FORWARD chain, not only INPUT."
        out += " The generated rules match the original destination port (conntrack) in both.\n"
        if turn.exposure == .loadbalancer {
            out += "- With a cloud load balancer that targets node ports (AWS NLB instance mode, most others), the nodes' security group must also admit"
            out += " the NodePorts Kubernetes allocates for `\(TURNPlan.serviceName)` (`kubectl get service \(TURNPlan.serviceName) -n \(plan.namespace)`)"
            out += " and its health-check port from the load balancer.\n"
        }
        out += "- Host firewall rules: `nap-ingress firewall --format nftables|iptables|ufw|firewalld`"
        out += " (`\(FirewallSheetFormat.nftables.fileName)` is written beside this sheet).\n"
        return out
    }
}
