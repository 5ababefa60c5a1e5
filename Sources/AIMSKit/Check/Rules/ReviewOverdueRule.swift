/// AIMS012: a live document whose planned review date has passed.
public struct ReviewOverdueRule: Rule {
    public static let description = RuleDescription(
        id: "AIMS012",
        name: "review-overdue",
        title: "Document review overdue",
        clause: "7.5.2",
        severity: .warning,
        explanation: """
        Documented information is kept suitable by reviewing it (7.5.2), and `next_review` is the \
        date the organization set itself for that. A document still in force whose next_review \
        lies before the as-of date of the check (the date of the commit read, or the date given \
        with --as-of) is reported at that date. Retired documents are not reviewed any more, and a \
        review due on the as-of date itself is not yet late. Without an as-of date (a working tree \
        read with no --as-of) nothing is reported.
        """,
        triggeringExamples: [
            RuleExample("policies/p.md", "---\nid: POL-1\ntitle: P\ntype: policy\nstatus: approved\napprover: CEO\neffective: 2025-02-01\nnext_review: ↓2026-01-31\n---\n"),
            RuleExample("policies/p.md", "---\nid: POL-1\ntitle: P\ntype: policy\nstatus: draft\nnext_review: ↓\"2026-05-31\"\n---\n"),
        ],
        nonTriggeringExamples: [
            RuleExample("policies/p.md", "---\nid: POL-1\ntitle: P\ntype: policy\nstatus: approved\napprover: CEO\neffective: 2025-06-01\nnext_review: 2026-06-01\n---\n"),
            RuleExample("policies/p.md", "---\nid: POL-1\ntitle: P\ntype: policy\nstatus: retired\nnext_review: 2025-01-31\n---\n"),
        ]
    )

    public init() {}

    public func check(_ context: CheckContext) -> [Diagnostic] {
        guard let asOf = context.asOf else { return [] }
        return context.documents.compactMap { document in
            guard document.isReviewOverdue(asOf: asOf), let due = document.fields.nextReview,
                  let node = document.frontMatter?["next_review"] else { return nil }
            return diagnostic(
                "review overdue: next_review \(due) is before \(asOf)",
                at: document.location(line: node.line, column: node.column),
                hint: "review the document, then set next_review to the date of the following review"
            )
        }
    }
}
