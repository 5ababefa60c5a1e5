/// AIMS002: a Markdown document without a front-matter block.
public struct MissingFrontMatterRule: Rule {
    public static let description = RuleDescription(
        id: "AIMS002",
        name: "missing-front-matter",
        title: "Document has no front matter",
        clause: "7.5.2",
        severity: .error,
        explanation: """
        Documented information must be identified and described (7.5.2): each document starts \
        with a YAML front-matter block between `---` lines that gives at least its id, title, \
        type and status. A block that is opened but never closed is reported here too.
        """,
        triggeringExamples: [
            RuleExample("policies/ai-policy.md", "↓# AI policy\n\nWe use AI responsibly.\n"),
            RuleExample("policies/ai-policy.md", "↓---\nid: POL-1\ntitle: AI policy\n\n# AI policy\n"),
        ],
        nonTriggeringExamples: [
            RuleExample("policies/ai-policy.md", "---\nid: POL-1\ntitle: AI policy\ntype: policy\nstatus: draft\n---\n# AI policy\n"),
        ]
    )

    public init() {}

    public func check(_ context: CheckContext) -> [Diagnostic] {
        context.index.documents.compactMap { document in
            switch document.problem {
            case .missingFrontMatter?:
                return diagnostic(
                    "document has no front matter",
                    at: document.location(line: 1, column: 1),
                    hint: "start the file with a block such as:\n---\nid: POL-001\ntitle: AI policy\ntype: policy\nstatus: draft\n---"
                )
            case .unclosedFrontMatter?:
                return diagnostic(
                    "front matter opened here is never closed",
                    at: document.location(line: 1, column: 1),
                    hint: "end the front matter with a line holding only ---"
                )
            default:
                return nil
            }
        }
    }
}
