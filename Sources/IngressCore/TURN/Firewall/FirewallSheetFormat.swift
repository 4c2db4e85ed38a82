/// The formats the firewall sheet comes in.
public enum FirewallSheetFormat: String, CaseIterable, Sendable {
    case markdown, nftables, iptables, ufw, firewalld

    /// The file the sheet is written to (`render` writes Markdown and nftables).
    public var fileName: String {
        switch self {
        case .markdown: "firewall.md"
        case .nftables: "firewall.nft"
        case .iptables: "firewall.iptables"
        case .ufw: "firewall-ufw.sh"
        case .firewalld: "firewall-firewalld.sh"
        }
    }

    /// The formats `render` writes beside the manifests.
    public static let rendered: [FirewallSheetFormat] = [.markdown, .nftables]

    public func format(_ plan: Plan) -> String {
        let openings = plan.firewallOpenings
        switch self {
        case .markdown: return FirewallMarkdownSheet.format(plan, openings)
        case .nftables: return NftablesSheet.format(openings)
        case .iptables: return IptablesSheet.format(openings)
        case .ufw: return UFWSheet.format(openings)
        case .firewalld: return FirewalldSheet.format(openings)
        }
    }

    /// `firewall.md` and `firewall.nft`, for `render`.
    public static func renderedFiles(_ plan: Plan) -> [OutputFile] {
        rendered.map { OutputFile(path: $0.fileName, text: $0.format(plan)) }
    }
}
