/// AIMS006: front matter without one of the fields every document must have.
public struct MissingFieldRule: Rule {
    public static let description = RuleDescription(
        id: "AIMS006",
        name: "missing-field",
        title: "Required front-matter field missing",
        clause: "7.5.2",
        severity: .error,
        explanation: """
        Documented information must carry its identification and description (7.5.2). Every \
        document therefore gives an `id` (how other documents and the pack refer to it), a \
        `title`, a `type` (what kind of documented information it is) and a `status` (draft, \
        in-review, approved or retired). A field written without a value (`title:`, `title: ~`, \
        `title: ""`) counts as missing. Each missing field is reported at the top of the file.
        """,
        triggeringExamples: [
            RuleExample("policies/p.md", "↓---\nid: POL-1\ntype: policy\nstatus: draft\n---\n# AI policy\n"),
            RuleExample("policies/p.md", "↓---\nid: POL-1\ntitle: \"\"\ntype: policy\nstatus: ~\n---\n"),
            RuleExample("policies/p.md", "↓---\n---\n# AI policy\n"),
        ],
        nonTriggeringExamples: [
            RuleExample("policies/p.md", "---\nid: POL-1\ntitle: AI policy\ntype: policy\nstatus: draft\n---\n# AI policy\n"),
            // Present but ill-formed values are AIMS007's, not missing.
            RuleExample("policies/p.md", "---\nid: POL 1\ntitle: [AI, policy]\ntype: polcy\nstatus: \"0\"\n---\n"),
        ]
    )

    public init() {}

    public func check(_ context: CheckContext) -> [Diagnostic] {
        context.documents.flatMap { document in
            FieldSchema.fields.filter { $0.required && document.fieldValue($0.name) == nil }.map { field in
                diagnostic(
                    "missing required field '\(field.name)'",
                    at: document.location(line: 1, column: 1),
                    hint: Self.hint(for: field)
                )
            }
        }
    }

    static func hint(for field: FieldSpec) -> String {
        let line = "add a line to the front matter such as `\(field.name): \(field.example)`"
        if case let .choice(values) = field.kind { return line + "; allowed: " + values.joined(separator: ", ") }
        return line
    }
}
