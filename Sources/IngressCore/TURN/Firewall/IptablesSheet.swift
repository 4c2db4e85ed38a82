/// The openings in `iptables-restore` format, in a chain of their own.
enum IptablesSheet {
    static let chain = "NAP-INGRESS"

    static func format(_ openings: [FirewallOpening]) -> String {
        var out = "# nap-ingress: ports Neutree Agent Platform needs open on this host.\n"
        out += "# Check: iptables-restore --test < firewall.iptables\n"
        out += "# Apply once, keeping your own rules: iptables-restore --noflush < firewall.iptables\n"
        out += "# (the same file works with ip6tables-restore). Without --noflush the whole filter table is replaced.\n"
        out += "# To apply again, first remove the jumps: iptables -D INPUT -j \(chain); iptables -D FORWARD -j \(chain)\n"
        out += "# Rules match the port before Kubernetes rewrote it (hostPort, NodePort, LoadBalancer).\n"
        out += "*filter\n:\(chain) - [0:0]\n"
        for o in openings {
            out += "-A \(chain) -p \(o.proto.rawValue) -m conntrack --ctorigdstport \(o.portText(separator: ":"))"
            out += " -m comment --comment \"\(o.comment)\" -j ACCEPT\n"
        }
        out += "-I INPUT -j \(chain)\n-I FORWARD -j \(chain)\nCOMMIT\n"
        return out
    }
}
