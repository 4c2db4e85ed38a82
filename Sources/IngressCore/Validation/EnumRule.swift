/// Keys with a fixed set of values: an unknown value lists the valid ones (the draft's finding).
/// TURN_LB_PROVIDER's is reported by `TURNLoadBalancerRule`, which needs it.
struct EnumRule: ConfigRule {
    func check(_ draft: Draft) -> [Diagnostic] {
        [OwnedKey.ingressMode, .controller, .wildcardRecord, .tlsSource, .sandboxTLSSource, .turnExposure].flatMap(draft.findings(for:))
    }
}
