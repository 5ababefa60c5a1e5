/// AIMS022: a front-matter key aims does not know, most often a misspelt field.
public struct UnknownFieldRule: Rule {
    public static let description = RuleDescription(
        id: "AIMS022",
        name: "unknown-field",
        title: "Unknown front-matter field",
        clause: "7.5.2",
        severity: .warning,
        explanation: """
        aims reads only the fields of its field reference (id, title, type, status, version, \
        owner, approver, effective, next_review, clauses, controls, evidence). Any other key is \
        ignored, so a misspelling such as `aprover:` or `next-review:` silently loses the \
        information it was meant to record. Unknown keys are reported where they are written, \
        with the closest known field when there is one. Keys are case-sensitive.
        """,
        triggeringExamples: [
            RuleExample("policies/p.md", "---\nid: POL-1\ntitle: P\ntype: policy\nstatus: approved\n↓aprover: CEO\n↓next-review: 2027-01-01\neffective: 2026-01-01\n---\n"),
            RuleExample("policies/p.md", "---\nid: POL-1\n↓Title: P\ntype: policy\nstatus: draft\n↓department: Legal\n---\n"),
        ],
        nonTriggeringExamples: [
            RuleExample("policies/p.md", "---\nid: POL-1\ntitle: P\ntype: policy\nstatus: approved\napprover: CEO\neffective: 2026-01-01\nnext_review: 2027-01-01\nversion: \"2\"\nowner: CISO\nclauses: [\"5.2\"]\ncontrols: [A.2.2]\nevidence: []\n---\n"),
            // Keys inside evidence items are AIMS007's, and body text is not front matter.
            RuleExample("policies/p.md", "---\nid: POL-1\ntitle: P\ntype: policy\nstatus: draft\nevidence:\n  - path: e.csv\n    note: x\n---\ndepartment: Legal\n"),
        ]
    )

    public init() {}

    public func check(_ context: CheckContext) -> [Diagnostic] {
        let known = FieldSchema.fields.map(\.name)
        return context.documents.flatMap { document in
            (document.frontMatter?.mapping ?? []).compactMap { pair -> Diagnostic? in
                let location = document.location(line: pair.key.line, column: pair.key.column)
                guard let key = pair.key.scalar else {
                    return diagnostic("front-matter key must be a plain name, not \(pair.key.kindDescription)", at: location,
                                      hint: "fields are written `name: value`; known fields: " + known.joined(separator: ", "))
                }
                guard FieldSchema.byName[key] == nil else { return nil }
                let hint = Suggestion.closest(to: key, among: known).map { "did you mean '\($0)'?" }
                    ?? "remove it, or move the information into the body; known fields: " + known.joined(separator: ", ")
                return diagnostic("unknown field '\(key)'", at: location, hint: hint)
            }
        }
    }
}
