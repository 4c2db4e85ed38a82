import IngressCore

/// A TLS handshake with SNI against one address: the chain the server presents for that name.
enum TLSProbe {
    static func observe(host: String, address: String, port: Int, timeout: Duration) async -> TLSObservation {
        let outcome: TLSObservation.Outcome
        switch await ProbeConnection.open(address: address, port: port, serverName: host, timeout: timeout) {
        case .success(let connection):
            outcome = .presented(connection.chain)
            connection.close()
        case .failure(.refused): outcome = .refused
        case .failure(.timedOut): outcome = .timedOut
        case .failure(.handshakeFailed(let why)): outcome = .handshakeFailed(why)
        case .failure(.closed): outcome = .handshakeFailed("the server closed the connection")
        case .failure(.other(let why)): outcome = .unreachable(why)
        }
        return TLSObservation(host: host, address: address, port: port, outcome: outcome)
    }
}
