/// How the TURN server's UDP ports reach clients (never through the HTTP ingress).
public enum TURNExposure: String, CaseIterable, Sendable {
    case hostport
    case nodeport
    case loadbalancer
    case udproute
}
