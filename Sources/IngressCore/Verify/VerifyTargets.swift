/// The rows of `verify`'s matrix for one plan: which host names are checked, and by which columns.
public struct VerifyTargets: Sendable, Equatable {
    /// One row: a host name (or `turn`), its route when it has one, and the columns that apply.
    public struct Row: Sendable, Equatable {
        public var host: String
        public var route: Route?
        public var checks: [VerifyCell.Check]
    }

    public var rows: [Row]
    /// The random name under `*.sandbox.<main>` that stands for every preview host.
    public var previewName: String

    /// The rows: the four fixed names, the wildcard (DNS only), the preview name (through which the
    /// wildcard's TLS, HTTP and WebSocket are checked), and TURN.
    public init(plan: Plan, previewName: String) {
        self.previewName = previewName
        var rows: [Row] = []
        for route in plan.routes {
            let web: [VerifyCell.Check] = route.longLived ? [.tls, .http, .websocket] : [.tls, .http]
            if route.isWildcard {
                rows.append(Row(host: route.host, route: route, checks: [.dns]))
                rows.append(Row(host: previewName, route: route, checks: [.dns] + web))
            } else {
                rows.append(Row(host: route.host, route: route, checks: [.dns] + web))
            }
        }
        rows.append(Row(host: "turn", route: nil, checks: [.turn]))
        self.rows = rows
    }

    /// A fresh preview host in the platform's `{id}-{port}` shape, so no cache or record for it can exist yet.
    public static func randomPreviewName(sandbox: String, using generator: inout some RandomNumberGenerator) -> String {
        let alphabet = Array("abcdefghijklmnopqrstuvwxyz0123456789")
        let id = String((0..<10).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] })
        return "nap-verify-\(id)-3000.\(sandbox)"
    }

    /// Every (host, check) slot of the matrix, in display order.
    public var slots: [VerifySlot] {
        rows.flatMap { row in row.checks.map { VerifySlot(host: row.host, check: $0) } }
    }
}

/// One (host, check) place in the matrix; it holds one cell per address checked.
public struct VerifySlot: Hashable, Sendable {
    public var host: String
    public var check: VerifyCell.Check
    public init(host: String, check: VerifyCell.Check) {
        self.host = host
        self.check = check
    }
}
