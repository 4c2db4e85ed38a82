/// OpenSSL's traditional encrypted keys: a `RSA/EC/DSA PRIVATE KEY` block that starts with the
/// `Proc-Type: 4,ENCRYPTED` and `DEK-Info` headers (`openssl ec -aes256`, `openssl rsa -aes256`).
/// RFC 7468 parsers refuse the headers, so such a file would otherwise read as "not a PEM file".
enum LegacyEncryptedPEM {
    /// Whether `text` holds such a block.
    static func contains(_ text: String) -> Bool {
        scan(text).found
    }

    /// `text` without those blocks, so a certificate file that also carries one can still be read.
    static func removing(from text: String) -> String {
        scan(text).rest
    }

    private static func scan(_ text: String) -> (found: Bool, rest: String) {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        var kept: [Substring] = [], found = false
        var index = 0
        while index < lines.count {
            let line = lines[index].trimmingWhitespace()
            if line.hasPrefix("-----BEGIN "), line.hasSuffix("PRIVATE KEY-----"), index + 1 < lines.count {
                let header = lines[index + 1].trimmingWhitespace()
                if header.hasPrefix("Proc-Type:"), header.contains("ENCRYPTED") {
                    found = true
                    let end = "-----END " + line.dropFirst("-----BEGIN ".count)
                    // Drop through the END line (or to the end of the text if it is missing).
                    while index < lines.count, lines[index].trimmingWhitespace() != end { index += 1 }
                    index += 1
                    continue
                }
            }
            kept.append(lines[index])
            index += 1
        }
        return (found, kept.joined(separator: "\n"))
    }
}
