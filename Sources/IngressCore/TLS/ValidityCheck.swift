import Foundation
import X509

/// The validity window of every certificate in a chain, against an injected clock.
enum ValidityCheck {
    static func findings(_ chain: [Certificate], now: Date, field: FindingSubject) -> [Diagnostic] {
        var found: [Diagnostic] = []
        for (index, certificate) in chain.enumerated() {
            let which = index == 0 ? "the certificate" : "certificate \(index + 1) in the chain (\(certificate.subject))"
            if now < certificate.notValidBefore {
                found.append(Diagnostic(.error, "tls.not-yet-valid", field,
                                        "\(which) is not valid before \(stamp(certificate.notValidBefore)).",
                                        hint: "check the clock of the machine that issued it, or wait; clients reject it until then."))
            } else if now > certificate.notValidAfter {
                found.append(Diagnostic(.error, "tls.expired", field,
                                        "\(which) expired on \(stamp(certificate.notValidAfter)).",
                                        hint: "renew it and point the setting at the new file."))
            } else if certificate.notValidAfter.timeIntervalSince(now) < TLSCheck.renewalWindow {
                let days = Int(certificate.notValidAfter.timeIntervalSince(now) / 86400)
                found.append(Diagnostic(.warning, "tls.expires-soon", field,
                                        "\(which) expires on \(stamp(certificate.notValidAfter)) (in \(days) day\(days == 1 ? "" : "s")).",
                                        hint: "renew it before it expires."))
            }
        }
        return found
    }

    /// `2026-11-29 06:30 UTC`, independent of the machine's locale and time zone.
    static func stamp(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(secondsFromGMT: 0) ?? calendar.timeZone
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        func two(_ n: Int?) -> String { n.map { $0 < 10 ? "0\($0)" : "\($0)" } ?? "00" }
        return "\(c.year ?? 0)-\(two(c.month))-\(two(c.day)) \(two(c.hour)):\(two(c.minute)) UTC"
    }
}
