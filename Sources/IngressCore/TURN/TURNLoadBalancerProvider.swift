/// What provisions the TURN load balancer: decides how a fixed address is expressed and
/// which provider limits apply.
public enum TURNLoadBalancerProvider: String, CaseIterable, Sendable {
    /// Any provider: a fixed address goes into `spec.loadBalancerIP` (deprecated upstream,
    /// still read by some providers).
    case generic
    /// MetalLB: a fixed address goes into the `metallb.io/loadBalancerIPs` annotation.
    case metallb
    /// AWS Load Balancer Controller NLB: at most 50 listeners; addresses come from EIP allocations.
    case awsNLB = "aws-nlb"
}
