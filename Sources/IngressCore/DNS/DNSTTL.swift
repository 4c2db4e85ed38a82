/// DNS_TTL as values.env holds it: the seconds every record of the DNS sheets gets. Parsed by
/// this one function, for validation, the plan and the `dns` command's default alike.
public enum DNSTTL {
    /// What a DNS TTL can be: a positive 32-bit signed number of seconds (RFC 2181 §8).
    public static let allowed = 1...2_147_483_647
    /// The TTL of a sheet whose DNS_TTL cannot be read (NodePort mode only: external mode refuses it).
    public static let fallback = 300

    /// The seconds `raw` names, or a sentence saying why it is not a TTL (the finding's message).
    public static func parse(_ raw: String) -> Result<Int, PortText.Problem> {
        let shown = "\"\(PrintableText.of(raw, namingSpaces: false))\""
        let example = OwnedKey.dnsTTL.defaultValue
        if raw.isEmpty {
            return .failure(PortText.Problem(message: "no TTL is given; a TTL is a number of seconds from 1 to \(allowed.upperBound).",
                                             hint: "write a number of seconds, e.g. \(example)."))
        }
        guard raw.allSatisfy({ $0.isASCII && $0.isNumber }) else {
            return .failure(PortText.Problem(message: "\(shown) is not a number of seconds; a TTL is written as bare digits.",
                                             hint: "write a number of seconds, e.g. \(example)."))
        }
        let digits = raw.drop { $0 == "0" }
        guard digits.count <= 10, let seconds = Int(digits), allowed.contains(seconds) else {
            return .failure(PortText.Problem(message: "\(shown) is outside 1-\(allowed.upperBound) seconds, the TTLs DNS allows.",
                                             hint: "write a number of seconds from 1 to \(allowed.upperBound), e.g. \(example)."))
        }
        if digits.count < raw.count {
            return .failure(PortText.Problem(message: "\(shown) has a leading zero; a TTL is written as bare digits.", hint: "write \(seconds)."))
        }
        return .success(seconds)
    }
}
