/// The main-domain rules; each failed rule is one diagnostic with a stable code and a hint.
struct DomainRules {
    let raw: String
    let suffixes: PublicSuffixList?
    private let key = OwnedKey.tosHost

    private func error(_ code: String, _ message: String, _ hint: FindingHint) -> Diagnostic {
        .error(code, key, message, hint: hint)
    }

    func run() -> (DomainName?, [Diagnostic]) {
        var found: [Diagnostic] = []
        var name = raw.trimmingWhitespace()
        guard !name.isEmpty else {
            return (nil, [error("domain.empty", "the main domain is empty.", "enter the host name users will open, e.g. nap.acme.com.")])
        }
        // Length first, before any work that grows with the text: an over-long name is refused
        // at once (in microseconds, whatever its size) whatever else is wrong with it.
        if let tooLong = Self.lengthFinding(name) {
            return (nil, [error("domain.too-long", tooLong, "choose a shorter main domain.")])
        }
        if Self.looksLikeURL(name) {
            return (nil, [error("domain.url", "\"\(Self.printable(name))\" looks like a URL.",
                                "enter only the host name, e.g. nap.acme.com (no scheme, no path).")])
        }
        let unbracketed = name.hasPrefix("[") && name.hasSuffix("]") ? String(name.dropFirst().dropLast()) : name
        // A scoped IPv6 address (`fe80::1%eth0`) is still an address, not a host with a port.
        let unscoped = unbracketed.split(separator: "%", maxSplits: 1).first.map(String.init) ?? unbracketed
        if IPAddress.isIPv6(unscoped) || IPAddress.isIPv4(name.hasSuffix(".") ? String(name.dropLast()) : name) {
            return (nil, [error("domain.ip-literal", "\"\(name)\" is an IP address, not a domain.",
                                "the ingress needs a DNS name; the address belongs in the ingress entry (\(key: .entry)) instead.")])
        }
        if name.contains(":") {
            return (nil, [error("domain.port", "\"\(Self.printable(name))\" has a port.",
                                "enter only the host name; the ingress listens on 443 and 80.")])
        }
        name = name.lowercased()
        if name.hasSuffix(".") { name.removeLast() }
        if name.hasPrefix("*.") {
            found.append(error("domain.wildcard", "the main domain starts with \"*.\".",
                               "enter the main domain only; the wildcard *.sandbox.<main> is derived for you."))
            name.removeFirst(2)
        }
        let bad = Self.badCharacters(in: name)
        if !bad.isEmpty {
            found.append(error("domain.invalid-character",
                               "contains \(bad.map { "'\($0)'" }.joined(separator: ", ")), which a host name cannot hold.",
                               "use only letters, digits, hyphens and dots."))
            return (nil, found)
        }
        let labels = name.split(separator: ".", omittingEmptySubsequences: false)
        if labels.contains(where: \.isEmpty) {
            found.append(error("domain.empty-label", "\"\(name)\" has an empty label (two dots in a row, or a leading dot).",
                               "remove the extra dot."))
            return (nil, found)
        }
        let ascii: String
        // A-labels typed as such (`xn--…`) go through libidn2 too, so an invalid one is refused.
        if name.unicodeScalars.allSatisfy(\.isASCII) && !labels.contains(where: { $0.hasPrefix("xn--") }) {
            ascii = name
        } else {
            switch IDNA.convertToASCII(name) {
            case .success(let converted): ascii = converted
            case .failure(let failure) where failure.isLengthLimit:
                found.append(error("domain.label-too-long", "\"\(Self.printable(name))\" has a label over 63 characters in its xn-- (A-label) form.",
                                   "shorten that part of the name."))
                return (nil, found)
            case .failure(let failure):
                found.append(error("domain.idna", "\"\(Self.printable(name))\" is not a valid internationalised name: \(failure.message).",
                                   "check the spelling, or enter the xn-- form your registrar shows."))
                return (nil, found)
            }
        }
        let asciiLabels = ascii.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        // IDNA maps full-width and ideographic full stops to dots; check the labels it produced.
        if asciiLabels.contains(where: \.isEmpty) {
            found.append(error("domain.empty-label", "\"\(Self.printable(name))\" has an empty label (two dots in a row, or a leading dot).",
                               "remove the extra dot."))
            return (nil, found)
        }
        for label in asciiLabels where label.count > 63 {
            found.append(error("domain.label-too-long", "the label \"\(label.prefix(20))…\" is \(label.count) characters; a DNS label holds at most 63.",
                               "shorten that part of the name."))
        }
        for label in asciiLabels where label.hasPrefix("-") || label.hasSuffix("-") {
            found.append(error("domain.hyphen", "the label \"\(label)\" starts or ends with a hyphen.",
                               "a DNS label may hold hyphens only inside it."))
        }
        if asciiLabels.count == 1, let suffixes, suffixes.isListed(ascii) {
            found.append(error("domain.public-suffix", "\"\(ascii)\" is a public suffix, under which anyone can register names.",
                               "enter a domain you own, e.g. nap.acme.\(ascii)."))
        } else if asciiLabels.count == 1 {
            found.append(error("domain.single-label", "\"\(ascii)\" is a single label.",
                               "use a fully qualified name such as nap.acme.com."))
        } else if asciiLabels.last!.allSatisfy(\.isNumber) {
            found.append(error("domain.numeric-tld", "the last label \"\(asciiLabels.last!)\" is all digits; no top-level domain is.",
                               "check the name; an IP address belongs in the ingress entry (\(key: .entry))."))
        }
        if ascii.count > DomainName.maximumLength {
            found.append(error("domain.too-long", "is \(ascii.count) characters in A-label form; at most \(DomainName.maximumLength) leave room for a 63-character preview label under sandbox.<main>.",
                               "choose a shorter main domain."))
        }
        var registrable: String?
        if suffixes == nil, asciiLabels.count > 1 {
            found.append(.warning("domain.suffix-list-missing", key,
                                  "the public suffix list (\(PublicSuffixList.path)) is not installed: the public-suffix check is skipped and apex or subdomain cannot be told.",
                                  hint: "install it (Debian: apt-get install publicsuffix)."))
        }
        if let suffixes, asciiLabels.count > 1 {
            if suffixes.isPublicSuffix(ascii) {
                found.append(error("domain.public-suffix", "\"\(ascii)\" is a public suffix, under which anyone can register names.",
                                   "enter a domain you own, e.g. nap.\(ascii) or acme.\(ascii)."))
            } else {
                registrable = suffixes.registrableDomain(of: ascii)
            }
        }
        if let reserved = Self.reservedName(ascii) {
            // "localhost is under localhost" says nothing: the name itself may be the special-use one.
            let what = ascii == reserved ? "\"\(ascii)\" is a reserved special-use name"
                                         : "\"\(ascii)\" is under \(reserved), a reserved special-use name"
            found.append(.warning("domain.reserved", key, what + ": not a domain you can publish on the public internet.",
                                  hint: "fine for a lab with your own DNS; pick a real domain you own for production, e.g. nap.acme.com."))
        }
        if found.hasErrors { return (nil, found) }
        return (DomainName(ascii: ascii, unicode: IDNA.toUnicode(ascii), registrableDomain: registrable), found)
    }

    /// A scheme (`https://`), or a path after something that is otherwise a host name
    /// (`nap.acme.com/login`); other text with a slash is named by its bad characters instead.
    static func looksLikeURL(_ name: String) -> Bool {
        if let scheme = name.firstRange(of: "://") {
            let prefix = name[..<scheme.lowerBound]
            return !prefix.isEmpty && prefix.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || "+.-".unicodeScalars.contains($0) || ("0"..."9").contains($0) }
        }
        guard let slash = name.firstIndex(of: "/") else { return false }
        let host = name[..<slash]
        return !host.isEmpty && badCharacters(in: String(host.filter { $0 != ":" })).isEmpty
    }

    /// Why a name (ASCII, before IDNA) is too long to be worth converting, or nil. A DNS name
    /// holds at most 253 octets; an internationalised one gets a generous allowance for the
    /// characters IDNA maps away, since its A-label form is measured again afterwards.
    static func lengthFinding(_ name: String) -> String? {
        let octets = name.utf8.count
        guard octets > 253 else { return nil }
        let ascii = octets <= 4 * 253 && name.utf8.allSatisfy { $0 < 0x80 }
        if ascii {
            return "is \(octets) characters; a DNS name holds at most 253 (and the main domain at most \(DomainName.maximumLength))."
        }
        if octets > 4 * 253 {
            return "is \(octets) bytes long; a DNS name holds at most 253 characters in A-label form."
        }
        return nil
    }

    private static let reservedSuffixes = ["example.com", "example.net", "example.org", "example", "test", "local", "internal", "invalid", "localhost", "home.arpa"]

    static func reservedName(_ ascii: String) -> String? {
        reservedSuffixes.first { ascii == $0 || ascii.hasSuffix("." + $0) }
    }

    /// ASCII characters outside letters, digits, hyphen and dot, plus control and space
    /// characters anywhere; other Unicode is left to IDNA.
    static func badCharacters(in name: String) -> [String] {
        var seen: [String] = []
        for scalar in name.unicodeScalars {
            let ok: Bool
            if scalar.isASCII {
                ok = (scalar >= "a" && scalar <= "z") || (scalar >= "A" && scalar <= "Z")
                    || (scalar >= "0" && scalar <= "9") || scalar == "-" || scalar == "."
            } else {
                ok = !(scalar.properties.generalCategory == .control || scalar.properties.isWhitespace)
            }
            if !ok {
                let shown = printable(String(scalar))
                if !seen.contains(shown) { seen.append(shown) }
            }
        }
        return seen
    }

    /// Control characters and spaces shown so a terminal cannot be confused by them.
    static func printable(_ s: String) -> String { PrintableText.of(s, namingSpaces: true) }
}

extension String {
    func trimmingWhitespace() -> String {
        var s = self[...]
        while let f = s.first, f.isWhitespace { s.removeFirst() }
        while let l = s.last, l.isWhitespace { s.removeLast() }
        return String(s)
    }

    func leftPadded(to width: Int, with pad: Character = "0") -> String {
        count >= width ? self : String(repeating: pad, count: width - count) + self
    }
}
