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
        case exclusions
        case waivers
    }

    public var name: String
    public var kind: Kind
    public var required: Bool
    public var summary: String

    /// A value as it would be written, for hints ("add a line such as `type: policy`").
    public var example: String
}

public enum FieldSchema {
    public static let fields: [FieldSpec] = [
        FieldSpec(name: "id", kind: .identifier, required: true, summary: "Unique identifier of the document: letters, digits, '.', '_' and '-'.", example: "POL-001"),
        FieldSpec(name: "title", kind: .text, required: true, summary: "Title shown in the pack.", example: "AI policy"),
        FieldSpec(name: "type", kind: .choice(DocumentType.allCases.map(\.rawValue)), required: true, summary: "What kind of documented information it is.", example: "policy"),
        FieldSpec(name: "status", kind: .choice(DocumentStatus.allCases.map(\.rawValue)), required: true, summary: "Where it is in its life: draft, in-review, approved or retired.", example: "draft"),
        FieldSpec(name: "version", kind: .text, required: false, summary: "Version label, kept exactly as written (1.10 stays 1.10).", example: "\"1.0\""),
        FieldSpec(name: "owner", kind: .text, required: false, summary: "Role or person responsible for keeping it current.", example: "Head of AI Governance"),
        FieldSpec(name: "approver", kind: .text, required: false, summary: "Who approved it; required once approved.", example: "Chief Executive Officer"),
        FieldSpec(name: "effective", kind: .date, required: false, summary: "Date (YYYY-MM-DD) from which it applies; required once approved.", example: "2026-03-01"),
        FieldSpec(name: "next_review", kind: .date, required: false, summary: "Date (YYYY-MM-DD) by which it must be reviewed again.", example: "2027-03-01"),
        FieldSpec(name: "clauses", kind: .list, required: false, summary: "ISO/IEC 42001 clause ids it fulfils, e.g. [\"5.2\"].", example: "[\"5.2\", \"6.1.2\"]"),
        FieldSpec(name: "controls", kind: .list, required: false, summary: "Annex A control ids it implements, e.g. [A.2.2].", example: "[A.2.2, A.2.3]"),
        FieldSpec(name: "evidence", kind: .evidence, required: false, summary: "Evidence items: each one of path:, commit:, tag: or url:, with an optional title:.", example: "[{path: evidence/report.pdf}]"),
        FieldSpec(name: "superseded_by", kind: .identifier, required: false, summary: "On a retired document: the id of the live document that replaces it.", example: "POL-002"),
        FieldSpec(name: "aims-waive", kind: .waivers, required: false, summary: "Findings of this document not acted on, each `{rule: AIMS020, reason: …, match: …}`; a reason is required.", example: "[{rule: AIMS013, reason: The intranet page is handed to auditors on paper}]"),
        FieldSpec(name: "excluded", kind: .exclusions, required: false, summary: "On the SoA: the Annex A controls excluded, each `{control: A.10.4, justification: …}`.", example: "[{control: A.10.4, justification: No AI systems are provided to customers}]"),
    ]

    public static let byName: [String: FieldSpec] = Dictionary(uniqueKeysWithValues: fields.map { ($0.name, $0) })

    /// The keys an item of `evidence:` may have: exactly one target (path, commit, tag or url)
    /// and optional details.
    public static let evidenceFields: [FieldSpec] = [
        FieldSpec(name: "path", kind: .text, required: false, summary: "File of the repository, relative to the AIMS root.", example: "evidence/report.pdf"),
        FieldSpec(name: "commit", kind: .text, required: false, summary: "Commit id, full or abbreviated.", example: "1a2b3c4"),
        FieldSpec(name: "tag", kind: .text, required: false, summary: "Git tag.", example: "stage1-submission"),
        FieldSpec(name: "url", kind: .text, required: false, summary: "Web address; listed in the pack, never fetched.", example: "https://example.org/report"),
        FieldSpec(name: "title", kind: .text, required: false, summary: "What the evidence is, shown in the pack.", example: "Q1 2026 training attendance"),
        FieldSpec(name: "description", kind: .text, required: false, summary: "Longer note on the evidence.", example: "Attendance list of the Q1 training"),
        FieldSpec(name: "valid_until", kind: .date, required: false, summary: "Date (YYYY-MM-DD) after which the evidence no longer holds.", example: "2026-12-31"),
    ]

    public static let evidenceFieldsByName: [String: FieldSpec] = Dictionary(uniqueKeysWithValues: evidenceFields.map { ($0.name, $0) })

    public static let evidenceTargetNames: [String] = EvidenceReference.Kind.allCases.map(\.rawValue)

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
