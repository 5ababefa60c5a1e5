/// AIMS027: an approved document changed after its last approval.
public struct ApprovalStaleRule: Rule {
    public static let description = RuleDescription(
        id: "AIMS027",
        name: "approval-stale",
        title: "Approved document changed after its approval",
        clause: "7.5.2",
        severity: .error,
        explanation: """
        An approval covers one exact content: the blob of the document in the approving \
        commit. When the content read differs from the content last approved, the document \
        still says approved but what an auditor reads was never approved. The diagnostic names \
        the approving commit and the commits that changed the document since. Approve the \
        change (a commit with an `Approved-by:` trailer) or set the status back to in-review.
        """,
        triggeringExamples: [
            RuleExample(history: [
                ExampleCommit(HistoryExamples.dana, "2026-01-20", "Approve the AI policy\n\nApproved-by: Dana Whitfield <dana@example.org>", ["policies/ai.md": HistoryExamples.policy()]),
                ExampleCommit(HistoryExamples.tom, "2026-03-02", "Reword the policy", ["policies/ai.md": HistoryExamples.policy(body: "Our updated rules for AI.", marker: "↓")]),
            ]),
        ],
        nonTriggeringExamples: [
            RuleExample(history: [
                ExampleCommit(HistoryExamples.tom, "2026-01-10", "Draft", ["policies/ai.md": HistoryExamples.policy(body: "Draft.")]),
                ExampleCommit(HistoryExamples.dana, "2026-01-20", "Approve the AI policy\n\nApproved-by: Dana Whitfield <dana@example.org>", ["policies/ai.md": HistoryExamples.policy()]),
                ExampleCommit(HistoryExamples.tom, "2026-03-02", "Add evidence file", ["evidence/log.txt": "log"]),
            ]),
        ]
    )

    public init() {}

    public func check(_ context: CheckContext) -> [Diagnostic] {
        guard let provenance = context.provenance else { return [] }
        return context.documents.compactMap { document in
            guard document.fields.status == .approved,
                  let history = provenance.documents[document.path],
                  history.isApprovalStale, let approval = history.lastApproval else { return nil }
            var notes = [Diagnostic.Note("approved in \(approval.commit.id.short) by \(approval.approver) on \(approval.date)")]
            for revision in history.revisionsSinceApproval.reversed() {
                notes.append(Diagnostic.Note("changed in \(revision.commit.id.short) by \(revision.commit.author.name) on \(revision.date): \(revision.commit.summary)"))
            }
            let latest = history.revisionsSinceApproval.first
            let summary = latest.map { "approval is stale: approved in \(approval.commit.id.short), changed later in \($0.commit.id.short)" }
                ?? "approval is stale: the content read is not the content approved in \(approval.commit.id.short)"
            return diagnostic(
                summary,
                at: document.fieldLocation("status"),
                hint: "approve the current content (a commit with an `Approved-by:` trailer), or set status: in-review until it is",
                notes: notes
            )
        }
    }
}
