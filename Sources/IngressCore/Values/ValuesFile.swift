/// A `values.env` document: every byte of the original, plus where each assignment's value sits.
///
/// Edits splice new value text into the original bytes, so comments, order, quoting and
/// unknown keys survive byte for byte; new keys go into one block at the end.
public struct ValuesFile: Sendable, Equatable {
    /// One `KEY=value` (or `export KEY=value`) found while reading the file as bash would.
    public struct Assignment: Sendable, Equatable {
        public var key: String
        /// The value bash ends up with after quote removal and `$VAR` expansion.
        public var value: String
        /// Byte range of the value word in the original file.
        public var valueRange: Range<Int>
        public var line: Int
        public var style: BashQuoting.Style
    }

    /// A line bash could source but this reader does not understand; it is kept as it is.
    public struct UnparsedLine: Sendable, Equatable {
        public var line: Int
        public var text: String
        public var reason: String
        /// Owned keys the line appears to assign: such a line blocks writing.
        public var ownedKeys: [OwnedKey]
    }

    public private(set) var bytes: [UInt8]
    public private(set) var assignments: [Assignment]
    public private(set) var unparsed: [UnparsedLine]
    /// `\r\n` when the file's first line ends so, else `\n`.
    public let lineEnding: String

    private var edits: [Int: (text: String, value: String)] = [:]  // assignment index -> new value text (quoted) and value
    private var appended: [(key: String, text: String, value: String)] = []
    /// The index of each key's last assignment (the one bash ends with).
    private let lastAssignment: [String: Int]
    /// Whether an edit can change what bash reads elsewhere in the file (an expansion of another
    /// key, or a statement that ends bash's reading before the appended block): then values are
    /// read again from the edited text; otherwise they are looked up, which keeps a long file
    /// linear to edit.
    private let editsReachOtherKeys: Bool

    public static func == (lhs: ValuesFile, rhs: ValuesFile) -> Bool {
        lhs.serialized() == rhs.serialized()
    }

    public init(bytes: [UInt8]) {
        self.bytes = bytes
        let parsed = BashAssignmentParser(bytes: bytes).parse()
        self.assignments = parsed.assignments
        self.unparsed = parsed.unparsed
        var last: [String: Int] = [:]
        for (index, assignment) in parsed.assignments.enumerated() { last[assignment.key] = index }
        lastAssignment = last
        editsReachOtherKeys = parsed.expands || parsed.unparsed.contains { $0.ownedKeys.count == OwnedKey.allCases.count }
        if let nl = bytes.firstIndex(of: 0x0A), nl > 0, bytes[nl - 1] == 0x0D {
            lineEnding = "\r\n"
        } else {
            lineEnding = "\n"
        }
    }

    public init(text: String) { self.init(bytes: Array(text.utf8)) }

    /// The value bash ends with for `key` (the last assignment wins), nil when never assigned.
    /// After edits to a file whose values expand other keys, the text is read again, so later
    /// lines such as `URL="https://${TOS_HOST}"` and edited keys answer exactly as bash will.
    public func value(of key: String) -> String? {
        if isModified && editsReachOtherKeys {
            return BashAssignmentParser(bytes: serialized()).parse().assignments.last(where: { $0.key == key })?.value
        }
        if let index = lastAssignment[key] { return edits[index]?.value ?? assignments[index].value }
        return appended.first { $0.key == key }?.value
    }

    /// Sets `key` so that bash reads back exactly `value`; an unchanged value leaves the bytes alone,
    /// and setting a key back to the value the file was read with restores its original bytes.
    /// Throws when the value cannot be written safely (control characters, `$`, backquote).
    public mutating func set(_ key: String, to value: String) throws(BashQuoting.UnsafeValue) {
        // An unchanged value is left alone even when quote would refuse it (a `$` the operator
        // wrote in single quotes), so answers nobody touched never block a write.
        if self.value(of: key) == value { return }
        let text = try BashQuoting.quote(value, preferring: .bare)
        if let index = lastAssignment[key] {
            edits[index] = nil
            // The original bytes come back only if bash would still read them as `value`
            // (an expansion in them may see another key's new value).
            if assignments[index].value == value, self.value(of: key) == value { return }
            edits[index] = (try BashQuoting.quote(value, preferring: assignments[index].style), value)
        } else if let pending = appended.firstIndex(where: { $0.key == key }) {
            appended[pending].text = text
            appended[pending].value = value
        } else {
            appended.append((key, text, value))
        }
    }

    /// Whether `set` has changed anything.
    public var isModified: Bool { !edits.isEmpty || !appended.isEmpty }

    /// The file with every edit spliced in and new keys appended in one commented block.
    public func serialized() -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + 256)
        var cursor = 0
        for index in edits.keys.sorted(by: { assignments[$0].valueRange.lowerBound < assignments[$1].valueRange.lowerBound }) {
            let range = assignments[index].valueRange
            out.append(contentsOf: bytes[cursor..<range.lowerBound])
            out.append(contentsOf: Array(edits[index]!.text.utf8))
            cursor = range.upperBound
        }
        out.append(contentsOf: bytes[cursor...])
        guard !appended.isEmpty else { return out }
        let eol = Array(lineEnding.utf8)
        if !out.isEmpty {
            // The last line gets the newline it lacks: a bare LF even in a CR LF file, since bash
            // would keep a carriage return in that line's value.
            if out.last != 0x0A { out.append(0x0A) }
            out.append(contentsOf: eol)
        }
        out.append(contentsOf: Array("# Added by nap-ingress (ingress, TLS, DNS and TURN answers)".utf8) + eol)
        for (key, text, _) in appended {
            out.append(contentsOf: Array("\(key)=\(text)".utf8) + eol)
        }
        return out
    }
}
