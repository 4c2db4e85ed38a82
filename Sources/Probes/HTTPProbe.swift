import IngressCore

/// `GET /` over `http://` and `https://` (SNI, any certificate: the TLS cell judges that) to one address.
enum HTTPProbe {
    static func observe(host: String, address: String, httpPort: Int, httpsPort: Int, timeout: Duration) async -> HTTPObservation {
        async let plain = answer(host: host, address: address, port: httpPort, tls: false, timeout: timeout)
        async let secure = answer(host: host, address: address, port: httpsPort, tls: true, timeout: timeout)
        return HTTPObservation(host: host, address: address, http: await plain, https: await secure, httpPort: httpPort, httpsPort: httpsPort)
    }

    static func answer(host: String, address: String, port: Int, tls: Bool, timeout: Duration) async -> HTTPObservation.Answer {
        let clock = ContinuousClock(), start = clock.now
        var connection: ProbeConnection
        switch await ProbeConnection.open(address: address, port: port, serverName: tls ? host : nil, timeout: timeout) {
        case .success(let opened): connection = opened
        case .failure(let failure): return answer(failure)
        }
        defer { connection.close() }
        connection.write("GET / HTTP/1.1\r\nHost: \(host)\r\nUser-Agent: nap-ingress-verify\r\nAccept: */*\r\nConnection: close\r\n\r\n")
        let left = max(timeout - (clock.now - start), .milliseconds(1))
        switch await connection.readResponseHead(timeout: left) {
        case .success(let head) where head.status == 0: return .failed("the answer is not HTTP")
        case .success(let head): return .status(head.status, location: head.headers["location"])
        case .failure(let failure): return answer(failure)
        }
    }

    static func answer(_ failure: ProbeFailure) -> HTTPObservation.Answer {
        switch failure {
        case .refused: .refused
        case .timedOut: .timedOut
        case .closed: .failed("the connection closed without an answer")
        case .handshakeFailed(let why): .failed("no TLS handshake (\(why))")
        case .other(let why): .failed(why)
        }
    }
}
