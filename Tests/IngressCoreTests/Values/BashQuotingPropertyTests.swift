import Foundation
import Testing
@testable import IngressCore

/// For many generated values, `ValuesFile.set` writes text that bash itself reads back as
/// exactly those bytes, whatever quoting the existing line used.
@Suite struct BashQuotingPropertyTests {
    /// SplitMix64: a fixed seed gives the same values on every run and machine.
    struct Generator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }
    }

    /// Printable ASCII except `$` and backquote (refused by design), plus multi-byte UTF-8.
    static let alphabet: [String] = {
        var chars = (0x20...0x7E).map { String(UnicodeScalar(UInt8($0))) }.filter { $0 != "$" && $0 != "`" }
        // Shell-significant characters again, so that they are frequent.
        chars += ["'", "\"", "\\", "#", "=", ";", "&", "|", "*", "?", "!", "{", "}", " ", "~", ":", "'", "\"", "\\"]
        chars += ["ü", "ß", "é", "日本", "😀", "\u{301}", "ẞ", "\u{A0}", "€"]
        return chars
    }()

    /// Values that have broken shell quoting before, then generated ones.
    static func values(count: Int, seed: UInt64) -> [String] {
        var fixed = ["", " ", "  lead", "trail ", "'", "\"", "\\", "\\\\", "a\\", "'\\''", "\"\\\"", "#", "#x", "a #b", "=",
                     "==x", "~", "~root", "a:~/x", "x=y", "a;b", "a&b", "a|b", "*", "?", "[a]", "{a,b}", "!", "!!", "a!b",
                     "-n", "--", "nap.acme.com", "bücher.de", "'single'", "\"double\"", "it's", "say \"hi\"", "\\n", "%s"]
        var g = Generator(state: seed)
        while fixed.count < count {
            let length = g.below(24)
            fixed.append((0..<length).map { _ in alphabet[g.below(alphabet.count)] }.joined())
        }
        return fixed
    }

    /// Existing lines for key `K<i>` in each quoting style an operator might have used.
    enum Existing: String, CaseIterable {
        case bare, single, double, mixed, exported, absent
        func line(_ key: String) -> String? {
            switch self {
            case .bare: "\(key)=old"
            case .single: "\(key)='old value'"
            case .double: "\(key)=\"old value\""
            case .mixed: "\(key)=o\"l\"'d'"
            case .exported: "export \(key)=\"old\""
            case .absent: nil
            }
        }
    }

    @Test(arguments: Existing.allCases) func bashReadsBackExactlyTheValue(_ existing: Existing) throws {
        let values = Self.values(count: 250, seed: 0x5EED_0000 + UInt64(existing.rawValue.count))
        let keys = values.indices.map { "K\($0)" }
        let base = "# generated\n" + keys.compactMap { existing.line($0) }.map { $0 + "\n" }.joined()
        var file = ValuesFile(text: base)
        #expect(file.unparsed.isEmpty)
        for (key, value) in zip(keys, values) { try file.set(key, to: value) }
        let written = file.serialized()
        let bash = try Bash.values(of: keys, in: written)
        let reread = ValuesFile(bytes: written)
        #expect(reread.unparsed.isEmpty)
        for (key, value) in zip(keys, values) {
            #expect(bash[key]! == Array(value.utf8), "bash reads \(key) = \(value.debugDescription) back differently")
            #expect(reread.value(of: key).map { Array($0.utf8) } == Array(value.utf8), "nap-ingress reads \(key) back differently")
        }
    }

    @Test func quotingKeepsThePreferredStyleWhenItCan() throws {
        #expect(try BashQuoting.quote("nap.acme.com") == "nap.acme.com")
        #expect(try BashQuoting.quote("nap.acme.com", preferring: .singleQuoted) == "'nap.acme.com'")
        #expect(try BashQuoting.quote("nap.acme.com", preferring: .doubleQuoted) == "\"nap.acme.com\"")
        #expect(try BashQuoting.quote("it's", preferring: .singleQuoted) == "\"it's\"")
        #expect(try BashQuoting.quote("") == "\"\"")
        #expect(try BashQuoting.quote("~/x") == "\"~/x\"")
        #expect(try BashQuoting.quote("a b") == "\"a b\"")
    }
}
