import Yams

/// Encodes typed manifests into a Yams `Node` tree with every scalar's tag decided here.
///
/// Why not `YAMLEncoder`: it resolves each string's implicit tag twice with Foundation
/// regular expressions (to know whether `3600` or `on` must be quoted), which was most of
/// the cost of a render. Here a string that starts with a letter and is not one of YAML 1.1's
/// boolean/null words cannot resolve to anything but a string, so only the rare others go
/// through Yams' own resolver. The output is the same bytes `YAMLEncoder` produces.
enum ManifestNodeEncoder {
    static func node<T: Encodable>(_ value: T) throws -> Node {
        let root = Slot()
        try value.encode(to: NodeEncoder(slot: root, codingPath: []))
        return root.node
    }

    /// A string scalar, single-quoted only when YAML would read it as another type.
    static func string(_ s: String) -> Node {
        .scalar(Node.Scalar(s, stringTag, readsAsString(s) ? .any : .singleQuoted))
    }

    /// Yams builds its whole constructor table for every `Tag(...)` it creates; the three tags
    /// a manifest uses are made once. Tags are never changed after creation, so sharing them is safe.
    nonisolated(unsafe) static let stringTag = Tag(.str)
    nonisolated(unsafe) static let boolTag = Tag(.bool)
    nonisolated(unsafe) static let intTag = Tag(.int)

    private static let specialWords: Set<String> = ["y", "n", "yes", "no", "true", "false", "on", "off", "null"]

    static func readsAsString(_ s: String) -> Bool {
        if let first = s.utf8.first, (first >= 0x41 && first <= 0x5A) || (first >= 0x61 && first <= 0x7A),
           s.utf8.count > 5 || !specialWords.contains(s.lowercased()) {
            return true  // ints, floats, timestamps, null `~`, merge `<<` all start otherwise
        }
        return Resolver.default.resolveTag(of: Node.scalar(Node.Scalar(s))) == .str
    }

    /// Where an encoded value goes; filled once, read when the tree is complete.
    final class Slot {
        enum Content { case empty, scalar(Node), mapping([(String, Slot)]), sequence([Slot]) }
        var content = Content.empty

        var node: Node {
            switch content {
            case .empty: return .mapping(Node.Mapping([]))
            case .scalar(let node): return node
            case .mapping(let pairs): return .mapping(Node.Mapping(pairs.map { (ManifestNodeEncoder.string($0.0), $0.1.node) }))
            case .sequence(let items): return .sequence(Node.Sequence(items.map(\.node)))
            }
        }

        func append(key: String, _ slot: Slot) {
            if case .mapping(var pairs) = content {
                pairs.append((key, slot))
                content = .mapping(pairs)
            } else {
                content = .mapping([(key, slot)])
            }
        }

        func append(_ slot: Slot) {
            if case .sequence(var items) = content {
                items.append(slot)
                content = .sequence(items)
            } else {
                content = .sequence([slot])
            }
        }

        var count: Int {
            if case .sequence(let items) = content { return items.count }
            return 0
        }
    }

    static func scalar<T: Encodable>(_ value: T) -> Node? {
        switch value {
        case let s as String: return string(s)
        case let b as Bool: return .scalar(Node.Scalar(b ? "true" : "false", boolTag))
        case let i as Int: return .scalar(Node.Scalar(String(i), intTag))
        case let i as Int32: return .scalar(Node.Scalar(String(i), intTag))
        case let i as Int64: return .scalar(Node.Scalar(String(i), intTag))
        case let i as UInt16: return .scalar(Node.Scalar(String(i), intTag))
        default: return nil
        }
    }

    /// Encodes `value` into `slot`: scalars directly, everything else through its own `encode(to:)`.
    static func encode<T: Encodable>(_ value: T, into slot: Slot, codingPath: [any CodingKey]) throws {
        if let node = scalar(value) {
            slot.content = .scalar(node)
        } else {
            try value.encode(to: NodeEncoder(slot: slot, codingPath: codingPath))
        }
    }

    struct NodeEncoder: Encoder {
        let slot: Slot
        var codingPath: [any CodingKey]
        var userInfo: [CodingUserInfoKey: Any] { [:] }

        func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
            if case .empty = slot.content { slot.content = .mapping([]) }
            return KeyedEncodingContainer(Keyed<Key>(slot: slot, codingPath: codingPath))
        }

        func unkeyedContainer() -> any UnkeyedEncodingContainer {
            if case .empty = slot.content { slot.content = .sequence([]) }
            return Unkeyed(slot: slot, codingPath: codingPath)
        }

        func singleValueContainer() -> any SingleValueEncodingContainer {
            Single(slot: slot, codingPath: codingPath)
        }
    }

    struct Keyed<Key: CodingKey>: KeyedEncodingContainerProtocol {
        let slot: Slot
        var codingPath: [any CodingKey]

        mutating func encodeNil(forKey key: Key) throws {
            let child = Slot()
            child.content = .scalar(.scalar(Node.Scalar("null", Tag(.null))))
            slot.append(key: key.stringValue, child)
        }

        mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
            let child = Slot()
            try ManifestNodeEncoder.encode(value, into: child, codingPath: codingPath + [key])
            slot.append(key: key.stringValue, child)
        }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
            let child = Slot()
            child.content = .mapping([])
            slot.append(key: key.stringValue, child)
            return KeyedEncodingContainer(Keyed<NestedKey>(slot: child, codingPath: codingPath + [key]))
        }

        mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
            let child = Slot()
            child.content = .sequence([])
            slot.append(key: key.stringValue, child)
            return Unkeyed(slot: child, codingPath: codingPath + [key])
        }

        mutating func superEncoder() -> any Encoder { superEncoder(forKey: Key(stringValue: "super")!) }

        mutating func superEncoder(forKey key: Key) -> any Encoder {
            let child = Slot()
            slot.append(key: key.stringValue, child)
            return NodeEncoder(slot: child, codingPath: codingPath + [key])
        }
    }

    struct Unkeyed: UnkeyedEncodingContainer {
        let slot: Slot
        var codingPath: [any CodingKey]
        var count: Int { slot.count }

        private struct Index: CodingKey {
            var intValue: Int?
            var stringValue: String { String(intValue ?? 0) }
            init(_ i: Int) { intValue = i }
            init?(stringValue: String) { nil }
            init?(intValue: Int) { self.intValue = intValue }
        }

        mutating func encodeNil() throws {
            let child = Slot()
            child.content = .scalar(.scalar(Node.Scalar("null", Tag(.null))))
            slot.append(child)
        }

        mutating func encode<T: Encodable>(_ value: T) throws {
            let child = Slot()
            try ManifestNodeEncoder.encode(value, into: child, codingPath: codingPath + [Index(count)])
            slot.append(child)
        }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
            let child = Slot()
            child.content = .mapping([])
            slot.append(child)
            return KeyedEncodingContainer(Keyed<NestedKey>(slot: child, codingPath: codingPath + [Index(count)]))
        }

        mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
            let child = Slot()
            child.content = .sequence([])
            slot.append(child)
            return Unkeyed(slot: child, codingPath: codingPath + [Index(count)])
        }

        mutating func superEncoder() -> any Encoder {
            let child = Slot()
            slot.append(child)
            return NodeEncoder(slot: child, codingPath: codingPath)
        }
    }

    struct Single: SingleValueEncodingContainer {
        let slot: Slot
        var codingPath: [any CodingKey]

        mutating func encodeNil() throws {
            slot.content = .scalar(.scalar(Node.Scalar("null", Tag(.null))))
        }

        mutating func encode<T: Encodable>(_ value: T) throws {
            try ManifestNodeEncoder.encode(value, into: slot, codingPath: codingPath)
        }
    }
}
