import Foundation
import Testing
@testable import IngressCore

/// What nap-ingress reads from a values.env agrees with what bash reads, over thousands of
/// generated files (`BashFileGenerator`); and what it writes, bash reads back exactly, with
/// every other byte kept. Checked against the bash on the machine (written for bash 5.2: its
/// `$'…'` escapes, `;&`/`;;&` case terminators and here-strings).
///
/// `NAP_INGRESS_BASH_DIFF_COUNT` (default 3,000) and `NAP_INGRESS_BASH_DIFF_SEED` run more
/// files or another seed; a failure prints the seed and the first file that differs.
@Suite struct BashDifferentialTests {
    static let environment = ProcessInfo.processInfo.environment
    static let count = environment["NAP_INGRESS_BASH_DIFF_COUNT"].flatMap { Int($0) } ?? 3000
    static let seed = environment["NAP_INGRESS_BASH_DIFF_SEED"].flatMap { UInt64($0, radix: 16) } ?? 0xBA5E_D1FF
    static let keys = BashFileGenerator.ownedKeys + BashFileGenerator.foreignKeys
    /// The answers written in the second half, one per owned key (quotes, spaces, UTF-8).
    static let newValues = ["nap.new.example", "external", "203.0.113.7, 2001:db8::7", "/etc/nap/tls dir/it's.pem", "nap \"prod\""]

    @Test func nap_ingressReadsAndWritesWhatBashReads() throws {
        var generator = BashFileGenerator(seed: Self.seed)
        let texts = (0..<Self.count).map { _ in Array(generator.file().utf8) }
        let before = try BashBatch.read(texts, names: Self.keys)

        var failures: [String] = []
        var rewritten: [[UInt8]] = [], rewrittenFrom: [(index: Int, file: ValuesFile, edited: [String: String])] = []
        var inScope = 0
        for (index, bytes) in texts.enumerated() {
            guard let bash = before[index] else { continue }  // `bash -n` rejects it: out of scope
            inScope += 1
            let file = ValuesFile(bytes: bytes)
            let blocked = Set(file.unparsed.flatMap(\.ownedKeys).map(\.rawValue))
            if let claim = file.unparsed.first(where: { $0.ownedKeys.count == OwnedKey.allCases.count }) {
                failures.append(Self.report(index, bytes, "claims bash stops reading at line \(claim.line) (\(claim.reason)), yet bash -n accepts the file"))
                continue
            }
            var differs = false
            for key in BashFileGenerator.ownedKeys where !blocked.contains(key) {
                let ours = file.value(of: key).map { Array($0.utf8) }
                guard Self.agree(ours, bash[key]!, crlf: file.lineEnding == "\r\n") else {
                    failures.append(Self.report(index, bytes, "\(key): nap-ingress reads \(Self.show(ours)), bash reads \(Self.show(bash[key]!))"))
                    differs = true
                    break
                }
            }
            if differs { continue }
            // Write new answers for every owned key nothing blocks.
            var edited = file
            var written: [String: String] = [:]
            for (key, value) in zip(BashFileGenerator.ownedKeys, Self.newValues) where !blocked.contains(key) {
                try edited.set(key, to: value)
                written[key] = value
            }
            rewritten.append(edited.serialized())
            rewrittenFrom.append((index, file, written))
        }
        #expect(inScope > Self.count / 2, "most generated files must be valid bash (\(inScope) of \(Self.count))")

        let after = try BashBatch.read(rewritten, names: Self.keys)
        for ((index, file, written), (bytes, bash)) in zip(rewrittenFrom, zip(rewritten, after)) {
            guard let bash else {
                failures.append(Self.report(index, texts[index], "after writing, bash -n rejects the file:\n\(String(decoding: bytes, as: UTF8.self))"))
                continue
            }
            let crlf = file.lineEnding == "\r\n"
            if let key = written.keys.sorted().first(where: { !Self.agree(Array(written[$0]!.utf8), bash[$0]!, crlf: crlf) }) {
                failures.append(Self.report(index, texts[index], "after writing \(key)=\(written[key]!.debugDescription) bash reads \(Self.show(bash[key]!)):\n\(String(decoding: bytes, as: UTF8.self))"))
                continue
            }
            for key in BashFileGenerator.foreignKeys where bash[key]! != before[index]![key]! {
                failures.append(Self.report(index, texts[index], "writing changed what bash reads for the foreign key \(key)"))
                break
            }
            if let problem = Self.otherBytesChanged(file, written: written, updated: bytes) {
                failures.append(Self.report(index, texts[index], problem))
            }
        }
        if !failures.isEmpty {
            let shown: [String] = Array(failures.prefix(3))
            let seed = String(Self.seed, radix: 16)
            Issue.record("\(failures.count) of \(inScope) files differ (seed \(seed), NAP_INGRESS_BASH_DIFF_SEED to replay); the first:\n\(shown.joined(separator: "\n"))")
        }
    }

    /// Equal, or (in a file of CR LF lines) bash's value is ours plus the line's carriage return.
    static func agree(_ ours: [UInt8]?, _ bash: [UInt8]?, crlf: Bool) -> Bool {
        if ours == bash { return true }
        guard crlf, let ours, let bash, bash.last == 0x0D else { return false }
        return Array(bash.dropLast()) == ours
    }

    /// The original bytes outside the rewritten values come back unchanged, and anything new is
    /// one block appended at the end.
    static func otherBytesChanged(_ file: ValuesFile, written: [String: String], updated: [UInt8]) -> String? {
        let reread = ValuesFile(bytes: updated)
        let editedKeys = written.keys.filter { key in file.assignments.contains { $0.key == key } }
        func ranges(_ f: ValuesFile) -> [Range<Int>] {
            editedKeys.compactMap { key in f.assignments.last { $0.key == key }?.valueRange }.sorted { $0.lowerBound < $1.lowerBound }
        }
        func pieces(_ bytes: [UInt8], _ cuts: [Range<Int>]) -> [[UInt8]] {
            var out: [[UInt8]] = [], cursor = 0
            for cut in cuts { out.append(Array(bytes[cursor..<cut.lowerBound])); cursor = cut.upperBound }
            out.append(Array(bytes[cursor...]))
            return out
        }
        let old = pieces(file.bytes, ranges(file)), new = pieces(updated, ranges(reread))
        guard old.count == new.count, old.dropLast() == new.dropLast(), new.last!.starts(with: old.last!) else {
            return "bytes outside the rewritten values changed:\n\(String(decoding: updated, as: UTF8.self))"
        }
        return nil
    }

    static func show(_ value: [UInt8]?) -> String {
        value.map { String(decoding: $0, as: UTF8.self).debugDescription } ?? "nothing (unset)"
    }

    static func report(_ index: Int, _ bytes: [UInt8], _ what: String) -> String {
        "file #\(index): \(what)\n--- file ---\n\(String(decoding: bytes, as: UTF8.self).debugDescription)"
    }
}

/// Runs one bash process for a whole batch of files: each is checked with `bash -n`, then
/// sourced in a subshell the way install.sh reads it (`set -a; . FILE`) from an empty environment.
enum BashBatch {
    /// Per file: nil when `bash -n` rejects it, else each name's bytes (nil when unset).
    static func read(_ files: [[UInt8]], names: [String]) throws -> [[String: [UInt8]?]?] {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("nap-ingress-bash-batch-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        var paths: [String] = []
        for (index, bytes) in files.enumerated() {
            let url = dir.appendingPathComponent("\(index).env")
            try Data(bytes).write(to: url)
            paths.append(url.path)
        }
        let list = dir.appendingPathComponent("files")
        try Data((paths.joined(separator: "\n") + "\n").utf8).write(to: list)
        // Per file: "ok" then one field per name ("1" + value, or "0"), then "end"; or "bad".
        let script = """
            while IFS= read -r f; do
              if bash -n "$f" 2>/dev/null; then
                printf 'ok\\0'
                ( set -a; . "$f" >/dev/null 2>&1 </dev/null; set +a
                  for n in \(names.joined(separator: " ")); do
                    if [ -n "${!n+x}" ]; then printf '1%s\\0' "${!n}"; else printf '0\\0'; fi
                  done )
                printf 'end\\0'
              else
                printf 'bad\\0'
              fi
            done < "$1"
            """
        let data = try Bash.run(script, argument: list.path, in: dir)
        var fields = Array(data).split(separator: 0, omittingEmptySubsequences: false).map(Array.init)[...]
        var results: [[String: [UInt8]?]?] = []
        for (index, file) in files.enumerated() {
            func ended(_ what: String) -> Bash.BashError {
                Bash.BashError(output: "bash's output \(what) at file #\(index):\n\(String(decoding: file, as: UTF8.self).debugDescription)")
            }
            guard let marker = fields.popFirst() else { throw ended("ended early") }
            if marker == Array("bad".utf8) { results.append(nil); continue }
            var values: [String: [UInt8]?] = [:]
            for name in names {
                guard let field = fields.popFirst() else { throw ended("ended early") }
                let value: [UInt8]? = field.first == UInt8(ascii: "1") ? Array(field.dropFirst()) : nil
                values.updateValue(value, forKey: name)
            }
            guard fields.popFirst() == Array("end".utf8) else { throw ended("lost its place (a sourced file ended its subshell early)") }
            results.append(values)
        }
        return results
    }
}
