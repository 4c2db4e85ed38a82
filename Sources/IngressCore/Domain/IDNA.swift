import CIDN2

/// IDNA2008 conversion through libidn2 (UTS #46 non-transitional: `straße` keeps its ß).
public enum IDNA {
    /// The A-label form, or nil with libidn2's reason in `lastError`.
    public static func toASCII(_ name: String) -> String? {
        if case .success(let s) = convertToASCII(name) { return s }
        return nil
    }

    /// The A-label form, or libidn2's explanation of why the name is not valid IDNA2008.
    public static func convertToASCII(_ name: String) -> Result<String, IDNAError> {
        var output: UnsafeMutablePointer<CChar>?
        let flags = Int32(IDN2_NFC_INPUT.rawValue | IDN2_NONTRANSITIONAL.rawValue)
        let rc = idn2_to_ascii_8z(name, &output, flags)
        defer { idn2_free(output) }
        guard rc == Int32(IDN2_OK.rawValue), let output else {
            // libidn2 encodes each label into a 63-byte buffer: a longer A-label overflows it.
            let tooLong = [IDN2_TOO_BIG_LABEL, IDN2_TOO_BIG_DOMAIN, IDN2_PUNYCODE_BIG_OUTPUT].map { Int32($0.rawValue) }.contains(rc)
            return .failure(IDNAError(message: String(cString: idn2_strerror(rc)), isLengthLimit: tooLong))
        }
        return .success(String(cString: output))
    }

    /// The Unicode form of an A-label name (itself when it has no `xn--` label or cannot be decoded).
    public static func toUnicode(_ name: String) -> String {
        guard name.contains("xn--") else { return name }
        var output: UnsafeMutablePointer<CChar>?
        let rc = idn2_to_unicode_8z8z(name, &output, 0)
        defer { idn2_free(output) }
        guard rc == Int32(IDN2_OK.rawValue), let output else { return name }
        return String(cString: output)
    }
}

/// libidn2's reason for refusing a name.
public struct IDNAError: Error, Sendable {
    public var message: String
    /// The name is valid but its A-label form is longer than DNS allows (a label over 63).
    public var isLengthLimit = false
}
