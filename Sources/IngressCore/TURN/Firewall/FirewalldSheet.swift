/// The openings as `firewall-cmd` commands for the default zone, made permanent then loaded.
enum FirewalldSheet {
    static func format(_ openings: [FirewallOpening]) -> String {
        var out = "#!/bin/sh\n# nap-ingress: ports Neutree Agent Platform needs open on this host (firewalld, default zone).\n"
        out += "# Add --zone=ZONE to each command for another zone.\nset -e\n"
        for o in openings {
            out += "firewall-cmd --permanent --add-port=\(o.portText())/\(o.proto.rawValue)   # \(o.purpose)\n"
        }
        out += "firewall-cmd --reload\n"
        return out
    }
}
