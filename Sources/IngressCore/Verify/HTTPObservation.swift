/// What plain `http://` and `https://` requests for `/` to one address answered.
public struct HTTPObservation: Sendable, Equatable {
    /// One request's answer: the status and `Location`, or why there was none.
    public enum Answer: Sendable, Equatable {
        case status(Int, location: String?)
        case refused
        case timedOut
        case failed(String)
    }

    public var host: String
    public var address: String
    public var http: Answer
    public var https: Answer
    public var httpPort: Int
    public var httpsPort: Int

    public init(host: String, address: String, http: Answer, https: Answer, httpPort: Int, httpsPort: Int) {
        self.host = host
        self.address = address
        self.http = http
        self.https = https
        self.httpPort = httpPort
        self.httpsPort = httpsPort
    }
}
