/// A string-to-string map (labels, annotations, selectors) that encodes in a fixed order,
/// so rendered YAML is byte-identical from run to run.
public struct StringMap: Encodable, Equatable, Sendable, ExpressibleByDictionaryLiteral {
    public private(set) var entries: [(key: String, value: String)]

    public init(_ entries: [(key: String, value: String)]) { self.entries = entries }

    public init(dictionaryLiteral elements: (String, String)...) {
        entries = elements.map { (key: $0.0, value: $0.1) }
    }

    public subscript(key: String) -> String? {
        get { entries.first { $0.key == key }?.value }
        set {
            if let index = entries.firstIndex(where: { $0.key == key }) {
                if let newValue { entries[index].value = newValue } else { entries.remove(at: index) }
            } else if let newValue {
                entries.append((key, newValue))
            }
        }
    }

    public var isEmpty: Bool { entries.isEmpty }

    private struct CodingName: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingName.self)
        for (key, value) in entries { try container.encode(value, forKey: CodingName(stringValue: key)) }
    }

    public static func == (lhs: StringMap, rhs: StringMap) -> Bool {
        lhs.entries.map { [$0.key, $0.value] } == rhs.entries.map { [$0.key, $0.value] }
    }
}
