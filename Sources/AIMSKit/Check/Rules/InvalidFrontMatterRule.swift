/// AIMS003: front matter that is not valid YAML, or not a mapping of fields.
public struct InvalidFrontMatterRule: Rule {
    public static let description = RuleDescription(
        id: "AIMS003",
        name: "invalid-front-matter",
        title: "Front matter is not valid YAML",
        clause: "7.5.2",
        severity: .error,
        explanation: """
        The front matter must be a YAML mapping of fields. Bad indentation, tabs, unclosed \
        quotes or brackets and repeated keys are reported where the problem starts. Aliases that \
        expand past 20,000 values and nesting deeper than 64 levels are refused, so hostile input \
        cannot stall the compiler.
        """,
        triggeringExamples: [
            RuleExample("policies/tab.md", "---\nid: POL-1\n↓\ttitle: AI policy\n---\n"),
            RuleExample("policies/quote.md", "---\nid: POL-1\ntitle: ↓\"AI policy\ntype: policy\n---\n"),
            RuleExample("policies/list.md", "---\n↓- id\n- title\n---\n"),
            RuleExample("policies/bomb.md", """
            ---
            a: &a [x, x, x, x, x, x, x, x, x, x]
            b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]
            c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]
            d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]
            e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]
            ---
            """),
        ],
        nonTriggeringExamples: [
            RuleExample("policies/ok.md", "---\nid: POL-1\ntitle: \"AI policy: scope\"\ntype: policy\nstatus: draft\nversion: 1.10\n---\n"),
        ]
    )

    public init() {}

    public func check(_ context: CheckContext) -> [Diagnostic] {
        context.index.documents.compactMap { document in
            switch document.problem {
            case let .invalidFrontMatter(failure)?:
                return diagnostic(
                    "invalid front matter: \(failure.message)",
                    at: document.location(line: failure.line, column: failure.column),
                    hint: failure.hint
                )
            case let .frontMatterNotMapping(line, column)?:
                return diagnostic(
                    "front matter must be a mapping of fields (key: value)",
                    at: document.location(line: line, column: column),
                    hint: "write one field per line, e.g. `id: POL-001`"
                )
            default:
                return nil
            }
        }
    }
}
