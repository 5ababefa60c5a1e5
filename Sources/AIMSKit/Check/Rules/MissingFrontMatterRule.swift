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
            RuleExample("policies/blank-first.md", "\n↓---\nid: POL-1\ntitle: AI policy\ntype: policy\nstatus: draft\n---\n"),
            RuleExample("policies/toml.md", "↓+++\nid = \"POL-1\"\n+++\n"),
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
                let (summary, line, hint) = Self.nearMiss(in: document.body)
                    ?? ("document has no front matter", 1, "start the file with a block such as:\n---\nid: POL-001\ntitle: AI policy\ntype: policy\nstatus: draft\n---")
                return diagnostic(summary, at: document.location(line: line, column: 1), hint: hint)
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

    /// Front matter that is almost there: after blank lines, with a longer fence, or in TOML.
    static func nearMiss(in text: String) -> (summary: String, line: Int, hint: String)? {
        var line = 0
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false).prefix(50) {
            line += 1
            let content = raw.trimmed
            if content.isEmpty { continue }
            if content == "---" && line > 1 {
                return ("front matter must start on the first line of the file", line, "remove the \(line - 1) line(s) before ---")
            }
            if content.count > 3, content.allSatisfy({ $0 == "-" }) && line == 1 {
                return ("front matter fence must be exactly three dashes", line, "write --- to open and close the front matter")
            }
            if content == "+++" {
                return ("TOML front matter (+++) is not read", line, "write the fields as YAML between --- lines")
            }
            return nil
        }
        return nil
    }
}
