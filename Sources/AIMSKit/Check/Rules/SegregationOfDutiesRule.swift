/// AIMS029: the version approved was written only by its approver.
public struct SegregationOfDutiesRule: Rule {
    public static let description = RuleDescription(
        id: "AIMS029",
        name: "segregation-of-duties",
        title: "Approver is the only author of the version approved",
        clause: "7.5.2",
        severity: .warning,
        explanation: """
        Review and approval mean someone other than the author looked at the document. When \
        every commit of the approved version (the commits since the approval before it) was \
        authored by the person who approved it, the approval reviewed nobody's work but their \
        own. Turn the rule off in aims.yaml (rules: AIMS029: off) where one person legitimately \
        holds both roles.
        """,
        triggeringExamples: [
            RuleExample(history: [
                ExampleCommit(HistoryExamples.dana, "2026-01-10", "Draft", ["policies/ai.md": HistoryExamples.policy(body: "Draft.")]),
                ExampleCommit(HistoryExamples.dana, "2026-01-20", "Approve\n\nApproved-by: Dana Whitfield <dana@example.org>", ["policies/ai.md": HistoryExamples.policy(marker: "↓")]),
            ]),
        ],
        nonTriggeringExamples: [
            RuleExample(history: [
                ExampleCommit(HistoryExamples.maya, "2026-01-10", "Draft", ["policies/ai.md": HistoryExamples.policy(body: "Draft.")]),
                ExampleCommit(HistoryExamples.dana, "2026-01-20", "Approve\n\nApproved-by: Dana Whitfield <dana@example.org>", ["policies/ai.md": HistoryExamples.policy()]),
            ]),
        ]
    )

    public init() {}

    public func check(_ context: CheckContext) -> [Diagnostic] {
        // A shallow clone hides who wrote older commits: AIMS033 says so once instead.
        guard let provenance = context.provenance, !provenance.isShallow else { return [] }
        return context.documents.compactMap { document in
            guard document.fields.status == .approved,
                  provenance.documents[document.path] != nil,
                  case let .current(.approval(approval)) = context.resolved.state(of: document),
                  !approval.versionAuthors.isEmpty else { return nil }
            let approver = RecordedIdentity(approval.approver)
            let name = approver.name
            let soleAuthor = approval.versionAuthors.allSatisfy { author in
                author.email.lowercased() == approver.email?.lowercased() || author.name.lowercased() == name.lowercased()
            }
            guard soleAuthor else { return nil }
            return diagnostic(
                "\(name) approved a version only they wrote (approval \(approval.commit.id.short))",
                at: document.fieldLocation("status"),
                hint: "have someone other than the author approve the change"
            )
        }
    }
}
