/// The TURN row's rules. Three cells, all with host `turn` and check `turn`: the Binding over
/// UDP, the Binding over TCP, and the relay round trip (codes `turn.udp.*`, `turn.tcp.*`,
/// `turn.relay.*`); a matrix shows the worst of them in its one TURN cell.
public enum TURNJudgement {
    /// The row when there is nothing to probe (no TURN_EXTERNAL_IP, or not an IP address).
    public static func notConfigured(_ plan: Plan) -> [VerifyCell] {
        let message = plan.turn.externalIP.map { "TURN_EXTERNAL_IP \($0) is not an IP address, so there is no TURN address to check." }
            ?? "TURN_EXTERNAL_IP is not set, so there is no TURN address to check."
        return [VerifyCell(host: "turn", check: .turn, status: .skipped, code: "turn.no-address", message: message,
                           fix: "set TURN_EXTERNAL_IP to the address clients reach coturn on (nap-ingress configure --turn-external-ip)")]
    }

    /// The three cells for what the probes saw.
    public static func cells(_ plan: Plan, _ seen: TURNObservation) -> [VerifyCell] {
        [binding(seen, transport: "udp", seen.udp), binding(seen, transport: "tcp", seen.tcp), relay(plan, seen)]
    }

    private static func binding(_ seen: TURNObservation, transport: String, _ reach: TURNObservation.Reach) -> VerifyCell {
        let target = "\(seen.server.contains(":") ? "[\(seen.server)]" : seen.server):\(seen.port)/\(transport)"
        func cell(_ status: VerifyCell.Status, _ code: String, _ message: String, fix: String? = nil) -> VerifyCell {
            VerifyCell(host: "turn", check: .turn, status: status, code: "turn.\(transport).\(code)", message: message, fix: fix, address: target)
        }
        let open = "open TURN_PORT \(seen.port)/\(transport) from clients to coturn (firewall, security group, the Service or load balancer for TURN_EXPOSURE)"
        switch reach {
        case .answered(let mapped):
            return cell(.ok, "ok", "STUN Binding over \(transport.uppercased()) answered by \(target); mapped address \(mapped).")
        case .refused:
            return cell(.failed, "refused", "\(target) refused the STUN Binding: nothing listens there (or a firewall rejects it).",
                        fix: "check that coturn runs and listens on \(seen.port)/\(transport) at TURN_EXTERNAL_IP, then " + open)
        case .silent(let attempts):
            let tries = transport == "udp" ? "\(attempts) STUN Binding requests" : "a TCP connection attempt"
            return cell(.failed, "filtered", "no answer from \(target) to \(tries): the port is filtered (packets dropped on the way) or the host is down.",
                        fix: open)
        case .failed(let why):
            return cell(.failed, "error", "the STUN Binding to \(target) failed: \(why).")
        }
    }

    private static func relay(_ plan: Plan, _ seen: TURNObservation) -> VerifyCell {
        let range = plan.turn.relayPorts
        func cell(_ status: VerifyCell.Status, _ code: String, _ message: String, fix: String? = nil, address: String? = nil) -> VerifyCell {
            VerifyCell(host: "turn", check: .turn, status: status, code: "turn.relay.\(code)", message: message, fix: fix, address: address)
        }
        switch seen.relay {
        case .noCredentials:
            return cell(.skipped, "no-credentials", "the relay was not tested: no TURN credentials were given.",
                        fix: "pass --turn-secret (coturn's static-auth-secret) or --turn-user and --turn-password to test the relay ports")
        case .noTransport:
            return cell(.skipped, "unreachable", "the relay was not tested: TURN_PORT answered neither over UDP nor over TCP.")
        case .rejected(let code, let reason):
            let auth = code == 401 || code == 441
            return cell(.failed, auth ? "unauthorized" : "rejected",
                        "coturn refused the TURN Allocate over \(seen.relayTransport.uppercased()): \(code) \(reason).",
                        fix: auth ? "check the credentials: --turn-secret must equal coturn's static-auth-secret (with use-auth-secret and a realm), or --turn-user/--turn-password a user= entry" : nil)
        case .noAnswer(let why):
            return cell(.failed, "no-answer", "the TURN Allocate over \(seen.relayTransport.uppercased()) got no usable answer: \(why).")
        case .allocated(let host, let port, let roundTrip):
            let relayed = host.contains(":") ? "[\(host)]:\(port)" : "\(host):\(port)"
            if host != seen.server {
                return cell(.failed, "wrong-address",
                            "coturn relays on \(relayed), not on TURN_EXTERNAL_IP \(seen.server): clients would be told an address they cannot reach.",
                            fix: "set coturn's external-ip to \(seen.server) (external-ip=\(seen.server) in turnserver.conf, or external-ip=\(seen.server)/<private address> behind NAT)",
                            address: relayed)
            }
            if !range.contains(port) {
                return cell(.failed, "port-out-of-range",
                            "coturn relays on port \(port), outside TURN_RELAY_PORTS \(range.lowerBound)-\(range.upperBound) that the firewall and Service open.",
                            fix: "set coturn's min-port=\(range.lowerBound) and max-port=\(range.upperBound)", address: relayed)
            }
            switch roundTrip {
            case .returned:
                return cell(.ok, "ok", "TURN Allocate over \(seen.relayTransport.uppercased()) relayed on \(relayed); a packet sent there from another socket came back as a Data indication.",
                            address: relayed)
            case .lost:
                return cell(.failed, "blocked",
                            "TURN Allocate relayed on \(relayed), but a packet sent there from another socket never came back: the relay ports are not open from outside.",
                            fix: "open TURN_RELAY_PORTS \(range.lowerBound)-\(range.upperBound)/udp from clients to coturn (firewall, security group, the Service or load balancer for TURN_EXPOSURE)",
                            address: relayed)
            case .permissionRefused(let code, let reason):
                return cell(.failed, "permission-refused", "coturn refused CreatePermission for this client: \(code) \(reason).",
                            fix: "check coturn's denied-peer-ip / allowed-peer-ip rules", address: relayed)
            case .notTried:
                return cell(.failed, "not-tried", "the relayed address \(relayed) was not tested.", address: relayed)
            }
        }
    }
}
