/// Turns the answers to `http://` and `https://` into the HTTP cell of one host and address.
public enum HTTPJudgement {
    /// The cell; `route` names the Service and port a 502/503/504 points at, `facts` the controller's
    /// likely cause when a second object serves the host.
    public static func cell(_ seen: HTTPObservation, route: Route?, facts: ControllerVerifyFacts? = nil) -> VerifyCell {
        func cell(_ status: VerifyCell.Status, _ code: String, _ message: String, fix: String? = nil) -> VerifyCell {
            VerifyCell(host: seen.host, check: .http, status: status, code: code, message: message, fix: fix, address: seen.address)
        }
        let backend = route.map { "\($0.service):\($0.port)" } ?? "the platform's Service"
        let https: Int
        switch seen.https {
        case .refused:
            return cell(.failed, "http.refused", "https://\(seen.host)/ at \(seen.address) port \(seen.httpsPort): connection refused.",
                        fix: "check that the ingress listens on \(seen.httpsPort) at this address.")
        case .timedOut:
            return cell(.failed, "http.timeout", "https://\(seen.host)/ at \(seen.address) did not answer in time.",
                        fix: "check the ingress's logs and the firewall in front of it.")
        case .failed(let why):
            return cell(.failed, "http.failed", "https://\(seen.host)/ at \(seen.address) failed: \(why).")
        case .status(let status, _):
            https = status
        }
        // A second object serving the host sends it to another backend: a 404 or 503 is what that looks like.
        let secondObject = facts?.secondObjectCause(.httpStatus).map { " Also, \($0)." } ?? ""
        if [502, 503, 504].contains(https) {
            return cell(.failed, "http.backend-unreachable",
                        "https://\(seen.host)/ answers \(https): the ingress answers but cannot reach \(backend).",
                        fix: "check that the Service \(route?.service ?? "") has ready endpoints on port \(route?.port ?? 0) in the platform's namespace (kubectl get endpoints)."
                            + (https == 503 ? secondObject : ""))
        }
        // Only the main host's `/` is a page the platform always serves; the other backends may answer 404 there by design.
        if https == 404, route?.name == .main {
            return cell(.warning, "http.not-found",
                        "https://\(seen.host)/ answers 404: the request did not reach \(backend) through the route for this host.",
                        fix: "check that the route for \(seen.host) is accepted by the controller (its status)." + secondObject)
        }
        if https >= 500 {
            return cell(.failed, "http.server-error", "https://\(seen.host)/ answers \(https).",
                        fix: "check the logs of \(backend) and of the ingress.")
        }
        switch seen.http {
        case .status(let status, let location) where (300...399).contains(status) && (location?.lowercased().hasPrefix("https://") ?? false):
            return cell(.ok, "http.ok", "https:// answers \(https); http:// redirects (\(status)) to https://.")
        case .status(let status, let location):
            let what = location.map { "\(status) to \($0)" } ?? "\(status) without redirecting"
            return cell(.warning, "http.no-redirect", "https:// answers \(https), but http:// answers \(what).",
                        fix: "turn on the controller's HTTP to HTTPS redirect for this host so plain links reach the platform.")
        case .refused, .timedOut, .failed:
            return cell(.warning, "http.no-redirect", "https:// answers \(https), but http:// on port \(seen.httpPort) does not answer, so plain links fail.",
                        fix: "open port \(seen.httpPort) on the ingress and redirect it to https://.")
        }
    }
}
