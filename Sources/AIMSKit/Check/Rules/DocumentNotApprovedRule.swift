/// AIMS039: a draft or in-review document in the tree read.
public struct DocumentNotApprovedRule: Rule {
    public static let description = RuleDescription(
        id: "AIMS039",
        name: "document-not-approved",
        title: "Draft or in-review document outside the approved set",
        clause: "7.5.2",
        severity: .note,
        explanation: """
        A document that is a draft or in review is work in progress: the pack shows it, \
        marked as outside the approved set of documented information, and nothing it says \
        counts as approved. This note lists each one, so a build for the Stage 1 audit shows \
        what is still open; AIMS011 warns when a mandatory item rests only on such documents.
        """,
        triggeringExamples: [
            RuleExample("policies/p.md", "---\nid: POL-1\ntitle: P\ntype: policy\nstatus: ↓draft\n---\n# P\n"),
            RuleExample("policies/p.md", "---\nid: POL-1\ntitle: P\ntype: policy\nstatus: ↓in-review\n---\n# P\n"),
        ],
        nonTriggeringExamples: [
            RuleExample("policies/p.md", "---\nid: POL-1\ntitle: P\ntype: policy\nstatus: approved\napprover: CEO\neffective: 2026-01-15\n---\n# P\n"),
            RuleExample("policies/p.md", "---\nid: POL-1\ntitle: P\ntype: policy\nstatus: retired\n---\n# P\n"),
        ]
    )

    public init() {}

    public func check(_ context: CheckContext) -> [Diagnostic] {
        context.documents.compactMap { document in
            let state = context.resolved.state(of: document)
            let word: String
            switch state {
            case .draft: word = "a draft"
            case .inReview: word = "in review"
            default: return nil
            }
            let node = document.frontMatter?["status"]
            return diagnostic(
                "\(document.displayID) is \(word): the pack shows it outside the approved set",
                at: node.map { document.location(line: $0.line, column: $0.column) } ?? document.location(ofKey: "status"),
                hint: "approve it before the audit if the AIMS relies on it"
            )
        }
    }
}
