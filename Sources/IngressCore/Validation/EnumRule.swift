/// Keys with a fixed set of values: an unknown value lists the valid ones.
struct EnumRule: ConfigRule {
    func check(_ config: Config) -> [Diagnostic] {
        var found: [Diagnostic] = []
        func require<E: RawRepresentable & CaseIterable>(_ key: OwnedKey, _ type: E.Type, allowEmpty: Bool = false) where E.RawValue == String {
            let value = config[key]
            if allowEmpty && value.isEmpty { return }
            if E(rawValue: value) == nil {
                let valid = E.allCases.map(\.rawValue).joined(separator: ", ")
                found.append(.error("enum.invalid", key, "\"\(value)\" is not one of: \(valid).", hint: .choose(key, among: E.allCases.map(\.rawValue))))
            }
        }
        require(.ingressMode, IngressMode.self)
        require(.controller, IngressControllerKind.self)
        require(.wildcardRecord, WildcardRecord.self)
        require(.tlsSource, TLSSource.self)
        require(.sandboxTLSSource, TLSSource.self, allowEmpty: true)
        require(.turnExposure, TURNExposure.self)
        return found
    }
}
