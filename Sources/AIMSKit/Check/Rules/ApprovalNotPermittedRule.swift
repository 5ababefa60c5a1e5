/// AIMS028: an approval recorded by someone who may not approve the document.
public struct ApprovalNotPermittedRule: Rule {
    public static let description = RuleDescription(
        id: "AIMS028",
        name: "approval-not-permitted",
        title: "Approval recorded by someone who may not approve the document",
        clause: "7.5.2",
        severity: .warning,
        explanation: """
        An approval counts only when it is given by someone who may approve the document: the \
        person named in `approver:` (by name or email), or a member of that role in aims.yaml \
        (`roles:`, which maps a role such as Chief Executive Officer to the names or emails \
        of the people who hold it). Anyone can write `Approved-by:` in a commit message; an \
        approval by anyone else is ignored, so the document stays stale or unapproved \
        (AIMS027, AIMS026), and this rule names the approval that did not count. Only \
        approvals newer than the last one that counts are reported.
        """,
        triggeringExamples: [
            RuleExample(history: [
                ExampleCommit(HistoryExamples.tom, "2026-01-20", "Approve\n\nApproved-by: Tom Verhoeven <tom@example.org>", ["policies/ai.md": HistoryExamples.policy(marker: "↓")]),
            ]),
            RuleExample(history: [
                ExampleCommit(HistoryExamples.maya, "2026-01-10", "Draft", ["policies/ai.md": HistoryExamples.policy(body: "Draft.")]),
                ExampleCommit(HistoryExamples.dana, "2026-01-20", "Approve\n\nApproved-by: Dana Whitfield <dana@example.org>", ["policies/ai.md": HistoryExamples.policy()]),
                ExampleCommit(HistoryExamples.maya, "2026-02-01", "Add a sentence\n\nApproved-by: Eve Outsider <eve@elsewhere.example>", ["policies/ai.md": HistoryExamples.policy(body: "Our rules for AI. And more.", marker: "↓")]),
            ]),
        ],
        nonTriggeringExamples: [
            RuleExample(history: [
                ExampleCommit(HistoryExamples.dana, "2026-01-20", "Approve\n\nApproved-by: Dana Whitfield <dana@example.org>", ["policies/ai.md": HistoryExamples.policy()]),
            ]),
            RuleExample(history: [
                ExampleCommit(HistoryExamples.dana, "2026-01-10", "Set up", ["aims.yaml": "organization: Example Ltd\nroles:\n  Chief Executive Officer: [dana@example.org]\n"]),
                ExampleCommit(HistoryExamples.dana, "2026-01-20", "Approve\n\nApproved-by: Dana Whitfield <dana@example.org>", ["policies/ai.md": HistoryExamples.policy(approver: "Chief Executive Officer")]),
            ]),
        ]
    )

    public init() {}

    public func check(_ context: CheckContext) -> [Diagnostic] {
        // A shallow clone's boundary commit appears to touch every file, so its trailers seem
        // to approve documents they never named: AIMS033 says once what is not checked.
        guard let provenance = context.provenance, !provenance.isShallow else { return [] }
        return context.documents.flatMap { document -> [Diagnostic] in
            guard document.fields.status == .approved, let history = provenance.documents[document.path] else { return [] }
            let approver = document.fields.approver
            let members = approver.map { context.configuration.roles[$0] ?? [] } ?? []
            return history.unpermittedApprovals.map { approval in
                let who = approver.map { name in members.isEmpty ? "'\(name)'" : "'\(name)' (\(members.joined(separator: ", ")))" } ?? "nobody: the document names no approver"
                return diagnostic(
                    "approval in \(approval.commit.id.short) by \(approval.approver) does not count: this document may be approved by \(who)",
                    at: document.fieldLocation("status"),
                    hint: approver == nil
                        ? "name the approver in `approver:`"
                        : "have \(approver!) approve the content, or, if \(RecordedIdentity(approval.approver).name) holds that role, add them to it in aims.yaml under roles"
                )
            }
        }
    }
}
