/// A YAML node as written, with its position in the file. Scalars keep their source text:
/// `1.10` stays "1.10" and `yes` stays "yes"; the compiler decides what a field means.
public struct YAMLNode: Hashable, Sendable {
    public enum Value: Hashable, Sendable {
        case scalar(String, quoted: Bool)
        case sequence([YAMLNode])
        case mapping([YAMLPair])
    }

    public var value: Value
    /// 1-based line in the file (not in the YAML block).
    public var line: Int
    public var column: Int

    public init(_ value: Value, line: Int, column: Int) {
        self.value = value
        self.line = line
        self.column = column
    }

    /// The scalar's text, or nil for collections.
    public var scalar: String? {
        if case let .scalar(text, _) = value { return text }
        return nil
    }

    /// True for a plain `~`, `null`, or empty scalar.
    public var isNull: Bool {
        if case let .scalar(text, quoted) = value, !quoted {
            return text.isEmpty || text == "~" || text == "null" || text == "Null" || text == "NULL"
        }
        return false
    }

    public var sequence: [YAMLNode]? {
        if case let .sequence(items) = value { return items }
        return nil
    }

    public var mapping: [YAMLPair]? {
        if case let .mapping(pairs) = value { return pairs }
        return nil
    }

    /// The value of `key` in a mapping.
    public subscript(key: String) -> YAMLNode? {
        mapping?.first { $0.key.scalar == key }?.value
    }

    /// A human word for the node's kind, for messages ("a list", "a mapping").
    public var kindDescription: String {
        switch value {
        case .scalar: return "a single value"
        case .sequence: return "a list"
        case .mapping: return "a mapping"
        }
    }
}

public struct YAMLPair: Hashable, Sendable {
    public var key: YAMLNode
    public var value: YAMLNode
}
