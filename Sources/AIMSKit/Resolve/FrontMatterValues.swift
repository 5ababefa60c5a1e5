import Foundation

/// Raw front-matter values as the field rules read them. `DocumentFields` drops whatever is
/// ill-typed; these keep the nodes, so a rule can say what is wrong and where.
extension YAMLNode {
    /// Null, or a scalar of only whitespace: written, but saying nothing.
    var isBlank: Bool {
        if isNull { return true }
        if let text = scalar { return text.trimmed.isEmpty }
        return false
    }

    /// The scalar without surrounding whitespace, as `DocumentFields` reads it.
    var trimmedScalar: String? {
        scalar?.trimmed
    }
}

extension Document {
    /// The value of a front-matter field, or nil when it is absent or blank.
    func fieldValue(_ name: String) -> YAMLNode? {
        guard let node = frontMatter?[name], !node.isBlank else { return nil }
        return node
    }

    /// The items of a list field as written: a single value counts as a list of one.
    func listItems(of name: String) -> [YAMLNode] {
        guard let node = fieldValue(name) else { return [] }
        if let items = node.sequence { return items }
        return node.scalar == nil ? [] : [node]
    }
}
