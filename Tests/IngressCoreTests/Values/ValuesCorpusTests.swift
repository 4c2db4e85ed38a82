import Foundation
import Testing
@testable import IngressCore

/// Real-looking `values.env` files (as install.sh writes them and operators edit them): reading
/// agrees with bash, and changing owned keys keeps every other byte.
@Suite struct ValuesCorpusTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Corpus")
    static let files = ["install-default.env", "exported.env", "multiline-quotes.env", "crlf.env", "no-final-newline.env",
                        "duplicates.env", "derived.env", "comments-empty.env", "unknown-keys.env", "unparseable.env",
                        "unparseable-owned.env"]

    /// What `configure --mode external --domain nap.new.com …` writes.
    static let edits: [(OwnedKey, String)] = [
        (.ingressMode, "external"), (.tosHost, "nap.new.com"), (.sandboxDomain, "sandbox.nap.new.com"),
        (.entry, "203.0.113.10, 2001:db8::1"), (.tlsCertFile, "/etc/nap/tls dir/cert.pem"),
    ]

    static func bytes(_ name: String) throws -> [UInt8] {
        Array(try Data(contentsOf: folder.appendingPathComponent(name)))
    }

    /// Keys whose value bash decides in a statement nap-ingress refused (they block writing).
    static func blocked(_ file: ValuesFile) -> Set<String> {
        Set(file.unparsed.flatMap(\.ownedKeys).map(\.rawValue))
    }

    /// bash's values for every key the reader parsed; in a CRLF file bash keeps the carriage
    /// return at the end of each line in the value, which nap-ingress reads as the line ending.
    static func bashValues(_ bytes: [UInt8], keys: [String], crlf: Bool) throws -> [String: [UInt8]?] {
        var values = try Bash.values(of: keys, in: bytes)
        if crlf {
            for (k, v) in values { if let v, v.last == 0x0D { values[k] = Array(v.dropLast()) } }
        }
        return values
    }

    @Test(arguments: files) func readingAgreesWithBash(_ name: String) throws {
        let bytes = try Self.bytes(name)
        let file = ValuesFile(bytes: bytes)
        let keys = Array(Set(file.assignments.map(\.key)).subtracting(Self.blocked(file))).sorted()
        #expect(!keys.isEmpty)
        let bash = try Self.bashValues(bytes, keys: keys, crlf: file.lineEnding == "\r\n")
        for key in keys {
            #expect(file.value(of: key).map { Array($0.utf8) } == bash[key]!, "\(name): \(key)")
        }
    }

    @Test(arguments: files) func editingKeepsEveryOtherByte(_ name: String) throws {
        let original = try Self.bytes(name)
        var file = ValuesFile(bytes: original)
        for (key, value) in Self.edits { try file.set(key.rawValue, to: value) }
        let updated = file.serialized()

        // The original with the edited value words cut out equals the update with them cut out,
        // plus one appended block for the keys the file did not have.
        let editedIndices = Self.edits.compactMap { key, _ in file.assignments.lastIndex { $0.key == key.rawValue } }.sorted()
        let reread = ValuesFile(bytes: updated)
        let oldPieces = Self.pieces(original, cutting: editedIndices.map { file.assignments[$0].valueRange })
        let newPieces = Self.pieces(updated, cutting: editedIndices.map { reread.assignments[$0].valueRange })
        #expect(oldPieces.dropLast() == newPieces.dropLast(), "\(name): bytes outside the edited values changed")
        let tail = newPieces.last!, oldTail = oldPieces.last!
        #expect(tail.starts(with: oldTail))
        let eol = file.lineEnding
        let missing = Self.edits.filter { key, _ in !file.assignments.contains { $0.key == key.rawValue } }
        var block = (original.last == 0x0A ? "" : eol) + eol + "# Added by nap-ingress (ingress, TLS, DNS and TURN answers)" + eol
        for (key, value) in missing { block += key.rawValue + "=" + (try BashQuoting.quote(value)) + eol }
        #expect(String(decoding: tail.dropFirst(oldTail.count), as: UTF8.self) == block, "\(name): appended block")

        // bash reads the new answers, and every other key as before (or as its expansion now gives).
        let keys = Array(Set(reread.assignments.map(\.key)).subtracting(Self.blocked(reread))).sorted()
        let bash = try Self.bashValues(updated, keys: keys, crlf: file.lineEnding == "\r\n")
        for (key, value) in Self.edits where !Self.blocked(reread).contains(key.rawValue) {
            #expect(bash[key.rawValue]! == Array(value.utf8), "\(name): \(key.rawValue)")
        }
        for key in keys {
            #expect(reread.value(of: key).map { Array($0.utf8) } == bash[key]!, "\(name): \(key) after the edit")
            #expect(file.value(of: key) == reread.value(of: key), "\(name): \(key) pending vs written")
        }
        if eol == "\r\n" {
            let bareLF = zip([0] + updated, updated).filter { $1 == 0x0A && $0 != 0x0D }.count
            #expect(bareLF == 0, "\(name): every written line ends in CRLF like the file")
        }
    }

    @Test(arguments: files) func switchingModeBackAndForthIsByteIdentical(_ name: String) throws {
        let original = try Self.bytes(name)
        let before = ValuesFile(bytes: original).value(of: "INGRESS_MODE") ?? "nodeport"
        var file = ValuesFile(bytes: original)
        try file.set("INGRESS_MODE", to: "external")
        let external = file.serialized()
        #expect(external != original)
        try file.set("INGRESS_MODE", to: before)
        #expect(file.serialized() == original)
        #expect(!file.isModified)
        // The same through files written and read again, as successive `configure` runs do.
        var bytes = original
        for round in 0..<3 {
            var a = ValuesFile(bytes: bytes)
            try a.set("INGRESS_MODE", to: "external")
            #expect(a.serialized() == external, "\(name): round \(round) to external")
            var b = ValuesFile(bytes: a.serialized())
            try b.set("INGRESS_MODE", to: before)
            bytes = b.serialized()
            #expect(bytes == original, "\(name): round \(round) back")
        }
    }

    // MARK: what each file is about

    @Test func exportPrefixStays() throws {
        var file = ValuesFile(bytes: try Self.bytes("exported.env"))
        for (key, value) in Self.edits { try file.set(key.rawValue, to: value) }
        let text = String(decoding: file.serialized(), as: UTF8.self)
        #expect(text.contains("\nexport TOS_HOST=\"nap.new.com\"\n"))
        #expect(text.contains("\nexport   SANDBOX_DOMAIN='sandbox.nap.new.com'\n"))
        #expect(text.contains("\nexport INGRESS_MODE=external\n"))
        #expect(file.unparsed.isEmpty)
        #expect(file.value(of: "SANDBOX_NODE_PORT") == "30306")
        #expect(file.value(of: "IMAGE_TAG") == "v2")
    }

    @Test func quotedTextSpanningLinesIsNeverAKey() throws {
        let file = ValuesFile(bytes: try Self.bytes("multiline-quotes.env"))
        #expect(file.unparsed.isEmpty)
        #expect(file.assignments.filter { $0.key == "TOS_HOST" }.count == 1)
        #expect(file.value(of: "TOS_HOST") == "nap.acme.com")
        #expect(file.value(of: "INGRESS_MODE") == "nodeport")
        #expect(file.value(of: "SANDBOX_DOMAIN") == "sandbox.nap.acme.com")
        #expect(file.assignments.first { $0.key == "SANDBOX_DOMAIN" }?.line == 13)
    }

    @Test func lastDuplicateWinsAndIsTheOneChanged() throws {
        var file = ValuesFile(bytes: try Self.bytes("duplicates.env"))
        #expect(file.value(of: "TOS_HOST") == "second.acme.com")
        try file.set("TOS_HOST", to: "third.acme.com")
        let text = String(decoding: file.serialized(), as: UTF8.self)
        #expect(text.contains("TOS_HOST=first.acme.com\n"), "the overridden line is left alone")
        #expect(text.contains("TOS_HOST=\"third.acme.com\"\n"), "the winning line changes, in its own quoting")
    }

    @Test func laterLinesSeeTheNewValue() throws {
        var file = ValuesFile(bytes: try Self.bytes("derived.env"))
        #expect(file.value(of: "PUBLIC_URL") == "https://nap.acme.com")
        try file.set("TOS_HOST", to: "nap.new.com")
        #expect(file.value(of: "PUBLIC_URL") == "https://nap.new.com")
        #expect(file.value(of: "CALLBACK") == "https://nap.new.com/oauth/callback")
        #expect(file.value(of: "FILES_URL") == "https://files.nap.new.com/share")
        #expect(String(decoding: file.serialized(), as: UTF8.self).contains("PUBLIC_URL=\"https://${TOS_HOST}\""))
    }

    @Test func derivedValueIsNotRestoredWhenItsSourceChanged() throws {
        var file = ValuesFile(text: "TOS_HOST=a.com\nSANDBOX_DOMAIN=sandbox.${TOS_HOST}\n")
        try file.set("TOS_HOST", to: "b.com")
        #expect(file.value(of: "SANDBOX_DOMAIN") == "sandbox.b.com")
        try file.set("SANDBOX_DOMAIN", to: "sandbox.a.com")
        #expect(file.value(of: "SANDBOX_DOMAIN") == "sandbox.a.com")
        #expect(try Bash.values(of: ["SANDBOX_DOMAIN"], in: file.serialized())["SANDBOX_DOMAIN"]! == Array("sandbox.a.com".utf8))
    }

    @Test func commentsEmptyValuesAndOddQuoting() throws {
        let file = ValuesFile(bytes: try Self.bytes("comments-empty.env"))
        #expect(file.unparsed.isEmpty)
        #expect(file.value(of: "TOS_HOST") == "nap.acme.com#not-a-comment")
        #expect(file.value(of: "EMPTY") == "")
        #expect(file.value(of: "EMPTY_THEN_COMMENT") == "")
        #expect(file.value(of: "MIXED") == "nap.acme.com")
        #expect(file.value(of: "CONTINUED") == "abcdef")
        #expect(file.value(of: "OTHER") == "two")
    }

    @Test func missingFinalNewlineGetsOneBeforeTheBlock() throws {
        var file = ValuesFile(bytes: try Self.bytes("no-final-newline.env"))
        try file.set("INGRESS_ENTRY", to: "203.0.113.10")
        #expect(String(decoding: file.serialized(), as: UTF8.self).hasSuffix(
            "IMAGE_TAG=v2\n\n# Added by nap-ingress (ingress, TLS, DNS and TURN answers)\nINGRESS_ENTRY=203.0.113.10\n"))
    }

    @Test func unreadableLinesAreReportedWithTheirLineAndWarnOnly() throws {
        let file = ValuesFile(bytes: try Self.bytes("unparseable.env"))
        #expect(file.unparsed.map(\.line) == [3, 4, 6, 10, 11, 14])
        #expect(file.unparsed.allSatisfy { $0.ownedKeys.isEmpty })
        #expect(file.value(of: "TOS_HOST") == "nap.acme.com", "text inside quotes and heredocs is not an assignment")
        #expect(file.value(of: "IMAGE_TAG") == "v2")
        let findings = Validator.validate(file: file, path: "values.env")
        #expect(findings.map(\.code) == Array(repeating: "values.unreadable-line", count: 6))
        #expect(!findings.hasErrors)
        #expect(findings.first?.field == "values.env:3")
    }

    @Test func unreadableLinesThatSetOwnedKeysBlock() throws {
        let file = ValuesFile(bytes: try Self.bytes("unparseable-owned.env"))
        #expect(file.unparsed.map(\.line) == [3, 6])
        #expect(file.unparsed.map(\.ownedKeys) == [[.tosHost], [.tlsCertFile]])
        let findings = Validator.validate(file: file, path: "values.env")
        #expect(findings.map(\.code) == ["values.unreadable-owned-line", "values.unreadable-owned-line"])
        #expect(file.value(of: "IMAGE_TAG") == "v2")
    }

    static func pieces(_ bytes: [UInt8], cutting ranges: [Range<Int>]) -> [[UInt8]] {
        var out: [[UInt8]] = [], cursor = 0
        for r in ranges.sorted(by: { $0.lowerBound < $1.lowerBound }) {
            out.append(Array(bytes[cursor..<r.lowerBound]))
            cursor = r.upperBound
        }
        out.append(Array(bytes[cursor...]))
        return out
    }
}
