/// The front-matter fields aims knows, as data: the README's field reference, the typed
/// reading of documents and the field rules all follow this table.
public struct FieldSpec: Sendable {
    public enum Kind: Sendable {
        case text
        case identifier
        case date
        case choice([String])
        case list
        case evidence
    }

    public var name: String
    public var kind: Kind
    public var required: Bool
    public var summary: String
}

public enum FieldSchema {
    public static let fields: [FieldSpec] = [
        FieldSpec(name: "id", kind: .identifier, required: true, summary: "Unique identifier of the document: letters, digits, '.', '_' and '-'."),
        FieldSpec(name: "title", kind: .text, required: true, summary: "Title shown in the pack."),
        FieldSpec(name: "type", kind: .choice(DocumentType.allCases.map(\.rawValue)), required: true, summary: "What kind of documented information it is."),
        FieldSpec(name: "status", kind: .choice(DocumentStatus.allCases.map(\.rawValue)), required: true, summary: "Where it is in its life: draft, in-review, approved or retired."),
        FieldSpec(name: "version", kind: .text, required: false, summary: "Version label, kept exactly as written (1.10 stays 1.10)."),
        FieldSpec(name: "owner", kind: .text, required: false, summary: "Role or person responsible for keeping it current."),
        FieldSpec(name: "approver", kind: .text, required: false, summary: "Who approved it; required once approved."),
        FieldSpec(name: "effective", kind: .date, required: false, summary: "Date (YYYY-MM-DD) from which it applies; required once approved."),
        FieldSpec(name: "next_review", kind: .date, required: false, summary: "Date (YYYY-MM-DD) by which it must be reviewed again."),
        FieldSpec(name: "clauses", kind: .list, required: false, summary: "ISO/IEC 42001 clause ids it fulfils, e.g. [\"5.2\"]."),
        FieldSpec(name: "controls", kind: .list, required: false, summary: "Annex A control ids it implements, e.g. [A.2.2]."),
        FieldSpec(name: "evidence", kind: .evidence, required: false, summary: "Evidence items: each one of path:, commit:, tag: or url:, with an optional title:."),
    ]

    public static let byName: [String: FieldSpec] = Dictionary(uniqueKeysWithValues: fields.map { ($0.name, $0) })

    /// Identifiers are used in file names and URLs of the pack, so they are kept simple.
    public static func isValidIdentifier(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, first.isASCIIAlphanumeric, text.count <= 128 else { return false }
        return text.unicodeScalars.allSatisfy { $0.isASCIIAlphanumeric || $0 == "." || $0 == "_" || $0 == "-" }
    }
}

extension Unicode.Scalar {
    var isASCIIAlphanumeric: Bool {
        ("a"..."z").contains(self) || ("A"..."Z").contains(self) || ("0"..."9").contains(self)
    }
}
