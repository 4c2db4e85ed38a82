/// The openings as `ufw` commands: `allow` for the host, `route allow` for traffic forwarded to pods.
enum UFWSheet {
    static func format(_ openings: [FirewallOpening]) -> String {
        var out = "#!/bin/sh\n# nap-ingress: ports Neutree Agent Platform needs open on this host (ufw).\n"
        out += "# Kubernetes forwards hostPort/NodePort/LoadBalancer traffic to pods, hence the route rules.\nset -e\n"
        for o in openings {
            out += "# \(o.purpose)\n"
            out += "ufw allow \(o.portText(separator: ":"))/\(o.proto.rawValue) comment '\(o.comment)'\n"
            out += "ufw route allow proto \(o.proto.rawValue) to any port \(o.portText(separator: ":")) comment '\(o.comment)'\n"
        }
        return out
    }
}
