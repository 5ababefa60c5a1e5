/// A document's `version:` as numbers: "2", "2.1", "v2.1.3". Versions of documented
/// information are major.minor (a third part is allowed and compared too); anything else is
/// not a version aims can order.
public struct DocumentVersion: Comparable, Sendable, CustomStringConvertible {
    public var parts: [Int]

    public init?(_ text: String) {
        var body = Substring(text.trimmingCharacters(in: .whitespaces))
        if body.first == "v" || body.first == "V" { body = body.dropFirst() }
        let pieces = body.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...3).contains(pieces.count) else { return nil }
        var parts: [Int] = []
        for piece in pieces {
            // Digits only, and few enough that the number cannot overflow.
            guard !piece.isEmpty, piece.count <= 9, piece.allSatisfy(\.isASCII), let number = Int(piece), number >= 0 else { return nil }
            parts.append(number)
        }
        self.parts = parts
    }

    /// Two labels of one version: equal as written, or as numbers ("2.1", "2.1.0", "v2.1").
    public static func same(_ a: String, _ b: String) -> Bool {
        if a == b { return true }
        guard let x = DocumentVersion(a), let y = DocumentVersion(b) else { return false }
        return x == y
    }

    public var description: String { parts.map(String.init).joined(separator: ".") }

    private func part(_ position: Int) -> Int { position < parts.count ? parts[position] : 0 }

    public static func < (a: DocumentVersion, b: DocumentVersion) -> Bool {
        for position in 0..<max(a.parts.count, b.parts.count) where a.part(position) != b.part(position) {
            return a.part(position) < b.part(position)
        }
        return false
    }

    public static func == (a: DocumentVersion, b: DocumentVersion) -> Bool { !(a < b) && !(b < a) }

    /// The versions that may follow this one: one part up by one, the parts after it zero.
    public func follows(_ previous: DocumentVersion) -> Bool {
        let width = max(parts.count, previous.parts.count)
        guard let changed = (0..<width).first(where: { part($0) != previous.part($0) }) else { return false }
        return part(changed) == previous.part(changed) + 1 && (changed + 1..<width).allSatisfy { part($0) == 0 }
    }

    /// Whether the major number went up.
    public func isMajorStep(from previous: DocumentVersion) -> Bool { part(0) > previous.part(0) }

    /// "2.0" after "1.4", for a hint.
    public func nextMinor() -> String { "\(part(0)).\(part(1) + 1)" }
    public func nextMajor() -> String { "\(part(0) + 1).0" }
}
