/// One cell of `verify`'s matrix: one check of one host name (the TURN row uses `turn`).
///
/// This is the contract `verify --format json` prints (one entry of `checks` per cell):
/// scripts match on `host`, `check`, `status` and `code`, so those never change meaning.
public struct VerifyCell: Equatable, Sendable, Codable {
    /// The column of the matrix.
    public enum Check: String, Sendable, Codable, CaseIterable {
        case dns, tls, http, websocket, turn
    }

    /// ok, or what the operator must do about it; `skipped` when a prerequisite failed.
    public enum Status: String, Sendable, Codable, Comparable {
        case ok, warning, failed, skipped

        /// Worst first when sorting (failed, warning, skipped, ok).
        public static func < (lhs: Status, rhs: Status) -> Bool { lhs.rank < rhs.rank }
        private var rank: Int {
            switch self {
            case .failed: 0
            case .warning: 1
            case .skipped: 2
            case .ok: 3
            }
        }
    }

    /// The name checked (`nap.acme.com`, `*.sandbox.nap.acme.com` for the wildcard's DNS
    /// cell, a random preview name), or `turn`.
    public var host: String
    public var check: Check
    public var status: Status
    /// Stable, e.g. `tls.name-not-covered`; never empty on a failed cell.
    public var code: String
    /// What was seen, in the platform's words.
    public var message: String
    /// How to fix it, worded for the configured controller where the cause is its own.
    public var fix: String?
    /// The address the probe reached, when it matters (TLS and HTTP are checked per address).
    public var address: String?

    public init(host: String, check: Check, status: Status, code: String, message: String,
                fix: String? = nil, address: String? = nil) {
        self.host = host
        self.check = check
        self.status = status
        self.code = code
        self.message = message
        self.fix = fix
        self.address = address
    }
}

/// Every cell of one `verify` run.
public struct VerifyReport: Equatable, Sendable, Codable {
    public var checks: [VerifyCell]

    public init(checks: [VerifyCell] = []) { self.checks = checks }

    /// True when a cell failed: `verify` exits 1.
    public var hasFailures: Bool { checks.contains { $0.status == .failed } }
}
