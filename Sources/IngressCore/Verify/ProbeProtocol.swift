import Foundation

/// What `nap-ingress` asks of its probe executable (`nap-ingress-probe`): one line of JSON on the
/// probe's standard input. The probe reads the plan from `valuesPath` itself, so the two programs
/// judge the same answers; the rows come from `previewName`, which the parent drew.
///
/// The network probes live in their own executable so that swift-nio, BoringSSL and ldns are never
/// loaded by the wizard's start (see README, "Performance").
public struct ProbeRequest: Codable, Sendable, Equatable {
    public var valuesPath: String
    /// The output folder: where `render` wrote the self-signed CA that verify trusts.
    public var outFolder: String
    public var previewName: String
    public var resolver: String?
    public var caFile: String?
    /// Nil: just past the controller's default idle timeout.
    public var holdMilliseconds: Int64?
    public var timeoutMilliseconds: Int64
    public var httpsPort: Int
    public var httpPort: Int
    public var turnSecret: String?
    public var turnUser: String?
    public var turnPassword: String?
    /// Route name -> WebSocket path (`--websocket-path`).
    public var webSocketPaths: [String: String]

    public init(valuesPath: String, outFolder: String, previewName: String, resolver: String? = nil, caFile: String? = nil,
                hold: Duration? = nil, timeout: Duration = .seconds(5), httpsPort: Int = 443, httpPort: Int = 80,
                turnSecret: String? = nil, turnUser: String? = nil, turnPassword: String? = nil,
                webSocketPaths: [String: String] = [:]) {
        self.valuesPath = valuesPath
        self.outFolder = outFolder
        self.previewName = previewName
        self.resolver = resolver
        self.caFile = caFile
        self.holdMilliseconds = hold.map(Self.milliseconds)
        self.timeoutMilliseconds = Self.milliseconds(timeout)
        self.httpsPort = httpsPort
        self.httpPort = httpPort
        self.turnSecret = turnSecret
        self.turnUser = turnUser
        self.turnPassword = turnPassword
        self.webSocketPaths = webSocketPaths
    }

    public var hold: Duration? { holdMilliseconds.map { .milliseconds($0) } }
    public var timeout: Duration { .milliseconds(timeoutMilliseconds) }

    private static func milliseconds(_ duration: Duration) -> Int64 {
        duration.components.seconds * 1000 + duration.components.attoseconds / 1_000_000_000_000_000
    }
}

/// One line the probe writes on its standard output: a finished slot (as soon as it is known, so
/// the matrix fills in live), a reason it cannot run at all, or the end of the run.
public struct ProbeMessage: Codable, Sendable, Equatable {
    public var host: String?
    public var check: VerifyCell.Check?
    public var cells: [VerifyCell]?
    /// Why the probe cannot run (an unreadable `--ca-file`, an invalid values.env), worded for the operator.
    public var error: String?
    /// True on the last line of a complete run.
    public var finished: Bool?

    public static func slot(_ slot: VerifySlot, _ cells: [VerifyCell]) -> ProbeMessage {
        ProbeMessage(host: slot.host, check: slot.check, cells: cells)
    }
    public static func failure(_ message: String) -> ProbeMessage { ProbeMessage(error: message) }
    public static let end = ProbeMessage(finished: true)

    /// The slot this line reports, when it reports one.
    public var slot: VerifySlot? {
        guard let host, let check, cells != nil else { return nil }
        return VerifySlot(host: host, check: check)
    }

    /// The line, without its newline; compact and with keys sorted, so one message is one line.
    public func encoded() -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(self)) ?? Data(#"{"error":"the probe could not encode a message"}"#.utf8)
    }

    /// The message a line holds, or nil when it is not one (the parent then treats the probe as broken).
    public static func decode(_ line: some DataProtocol) -> ProbeMessage? {
        try? JSONDecoder().decode(ProbeMessage.self, from: Data(line))
    }
}

extension ProbeRequest {
    /// The request as one line, without its newline.
    public func encoded() -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(self)) ?? Data("{}".utf8)
    }

    public static func decode(_ line: some DataProtocol) -> ProbeRequest? {
        try? JSONDecoder().decode(ProbeRequest.self, from: Data(line))
    }
}
