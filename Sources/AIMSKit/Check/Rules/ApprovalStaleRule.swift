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
        context.documents.compactMap { document in
            guard case let .stale(approval, changes, reason) = context.resolved.state(of: document) else { return nil }
            var notes = approval.map { [Diagnostic.Note("approved in \($0.commit.id.short) by \($0.approver) on \($0.date)")] } ?? []
            for revision in changes.reversed() {
                notes.append(Diagnostic.Note("changed in \(revision.commit.id.short) by \(revision.commit.author.identity) on \(revision.date): \(revision.commit.summary)"))
            }
            let summary: String
            let hint: String
            switch (reason, approval) {
            case (.changedByOthers, _):
                let owner = document.fields.owner.map { "its owner (\($0))" } ?? "an owner (the document names none)"
                summary = "changed by someone other than \(owner) since \(approval.map { "its approval in \($0.commit.id.short)" } ?? "it was written")"
                hint = "a \(document.fields.type?.rawValue ?? "document") stays current through updates committed by its owner: have the owner commit the change, approve it, or map the owner role in aims.yaml under roles"
            case let (_, approval?):
                summary = changes.first.map { "approval is stale: approved in \(approval.commit.id.short), changed later in \($0.commit.id.short)" }
                    ?? "approval is stale: the content read is not the content approved in \(approval.commit.id.short)"
                hint = "approve the current content (a commit with an `Approved-by:` trailer, or the configured merge or tag), mark a change that only corrects wording as editorial, or set status: in-review until it is approved"
            case (_, nil):
                summary = "approval is stale: the content read was never approved"
                hint = "approve the current content, or set status: in-review until it is"
            }
            return diagnostic(summary, at: document.fieldLocation("status"), hint: hint, notes: notes)
        }
    }
}
