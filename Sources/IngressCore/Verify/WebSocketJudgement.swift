/// Turns a WebSocket upgrade and idle hold into the WebSocket cell of one long-lived route and address.
public enum WebSocketJudgement {
    /// The cell; a cut or silent connection gets the controller's long-lived fix.
    public static func cell(_ seen: WebSocketObservation, route: Route?, facts: ControllerVerifyFacts) -> VerifyCell {
        func cell(_ status: VerifyCell.Status, _ code: String, _ message: String, fix: String? = nil) -> VerifyCell {
            VerifyCell(host: seen.host, check: .websocket, status: status, code: code, message: message, fix: fix, address: seen.address)
        }
        let url = "wss://\(seen.host)\(seen.path)"
        let backend = route.map { "\($0.service):\($0.port)" } ?? "the platform's Service"
        switch seen.outcome {
        case .carried(let held):
            return cell(.ok, "websocket.ok", held == .zero ? "\(url) upgraded (101) and carried a message."
                        : "\(url) upgraded (101) and still carried a message after \(seconds(held)) idle.")
        case .cut(let lasted):
            return cell(.failed, "websocket.cut-idle", "\(url) upgraded (101) but was closed after \(seconds(lasted)) idle (the controller's default idle timeout: \(facts.idleSetting)).",
                        fix: facts.longLivedFix)
        case .silent(let held):
            return cell(.failed, "websocket.no-echo", "\(url) upgraded (101) but a message sent after \(seconds(held)) idle got no answer.",
                        fix: facts.longLivedFix)
        case .notUpgraded(let status) where [502, 503, 504].contains(status):
            return cell(.failed, "websocket.backend-unreachable", "\(url) answers \(status): the ingress answers but cannot reach \(backend).",
                        fix: "check that \(backend) has ready endpoints.")
        case .notUpgraded(let status):
            return cell(.failed, "websocket.not-upgraded", "\(url) answered \(status) instead of 101 Switching Protocols.",
                        fix: facts.longLivedFix)
        case .refused:
            return cell(.failed, "websocket.refused", "\(url) at \(seen.address): connection refused.")
        case .timedOut:
            return cell(.failed, "websocket.timeout", "\(url) at \(seen.address) did not answer the upgrade in time.")
        case .failed(let why):
            return cell(.failed, "websocket.failed", "\(url) at \(seen.address) failed: \(why).")
        }
    }

    /// `65 s`, `2.5 s`.
    static func seconds(_ duration: Duration) -> String {
        let (s, atto) = duration.components
        let tenths = Int(atto / 100_000_000_000_000_000)
        return tenths == 0 ? "\(s) s" : "\(s).\(tenths) s"
    }
}
