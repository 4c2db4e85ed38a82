/// The openings as a complete nftables table (`nft -f firewall.nft`); re-loading replaces it.
enum NftablesSheet {
    static func format(_ openings: [FirewallOpening]) -> String {
        var out = "#!/usr/sbin/nft -f\n"
        out += "# nap-ingress: ports Neutree Agent Platform needs open on this host.\n"
        out += "# Check: nft -c -f firewall.nft   Load: nft -f firewall.nft (loading again replaces the table).\n"
        out += "# nftables runs the chains of every table: an accept here cannot undo a drop in another table.\n"
        out += "# If this host already filters with its own table, copy the rules of chain nap_ports into it.\n"
        out += "# Rules match the port before Kubernetes rewrote it (hostPort, NodePort, LoadBalancer), in input and forward.\n"
        // Declaring then deleting makes the load idempotent whether or not the table exists.
        out += "table inet nap_ingress {}\ndelete table inet nap_ingress\n\n"
        out += "table inet nap_ingress {\n\tchain nap_ports {\n"
        for o in openings {
            out += "\t\tmeta l4proto \(o.proto.rawValue) ct original proto-dst \(o.portText()) accept comment \"\(o.comment)\"\n"
        }
        out += "\t}\n\n"
        for hook in ["input", "forward"] {
            out += "\tchain \(hook) {\n\t\ttype filter hook \(hook) priority filter; policy accept;\n\t\tjump nap_ports\n\t}\n"
            if hook == "input" { out += "\n" }
        }
        out += "}\n"
        return out
    }
}

extension FirewallOpening {
    /// The purpose, short and free of quotes, for rule comments (nftables and iptables cap them).
    var comment: String {
        let head = purpose.split(separator: "(").first.map { String($0) } ?? purpose
        let cleaned = head.trimmingWhitespace().filter { $0 != "\"" && $0 != "'" && $0 != "\\" }
        return String(("nap-ingress: " + cleaned).prefix(120))
    }
}
