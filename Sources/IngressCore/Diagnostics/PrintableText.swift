/// Text from values.env made safe to show in a finding: characters a terminal would act on or hide
/// (control and format characters such as bidi overrides and zero-width marks) are shown as `U+XXXX`.
enum PrintableText {
    /// `raw` as a finding shows it. `namingSpaces` also shows a space as `space` and any other
    /// whitespace or C1 control as `U+XXXX`, for names where no space is ever meant (domains);
    /// without it spaces stay as typed (ports, where "spaces around it" is the finding itself).
    static func of(_ raw: String, namingSpaces: Bool) -> String {
        var out = ""
        for scalar in raw.unicodeScalars {
            let hidden = scalar.value < 0x20 || scalar.value == 0x7F || scalar.properties.generalCategory == .format
                || (namingSpaces && (scalar == " " || (scalar.properties.isWhitespace && !scalar.isASCII)
                    || scalar.properties.generalCategory == .control))
            if !hidden {
                out.unicodeScalars.append(scalar)
            } else if scalar == " " {
                out += "space"
            } else {
                out += "U+" + String(scalar.value, radix: 16, uppercase: true).leftPadded(to: 4)
            }
        }
        return out
    }
}
