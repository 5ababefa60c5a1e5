/// AIMS026: an approved document whose approval history does not show.
public struct ApprovalMissingRule: Rule {
    public static let description = RuleDescription(
        id: "AIMS026",
        name: "approval-missing",
        title: "Approved document with no approval in its history",
        clause: "7.5.2",
        severity: .warning,
        explanation: """
        A document marked approved must show its approval in git: a commit that touches the \
        document and carries an `Approved-by:` trailer (trailer names are configurable in \
        aims.yaml under approvals.trailers); when `approvals.merges` is true, the merge \
        that brought its change into the built branch; with `approvals.tags`, a signed \
        annotated tag on a commit holding its content. Writing `status: approved` is a claim; \
        the approving commit is the evidence an auditor samples. Not reported when a shallow \
        clone hides the older history (AIMS033 says so instead).
        """,
        triggeringExamples: [
            RuleExample(history: [
                ExampleCommit(HistoryExamples.maya, "2026-01-10", "Write the AI policy", ["policies/ai.md": HistoryExamples.policy(marker: "↓")]),
            ]),
        ],
        nonTriggeringExamples: [
            RuleExample(history: [
                ExampleCommit(HistoryExamples.maya, "2026-01-10", "Draft the AI policy", ["policies/ai.md": HistoryExamples.policy(body: "Draft.")]),
                ExampleCommit(HistoryExamples.dana, "2026-01-20", "Approve the AI policy\n\nApproved-by: Dana Whitfield <dana@example.org>", ["policies/ai.md": HistoryExamples.policy()]),
            ]),
            RuleExample(history: [
                ExampleCommit(HistoryExamples.maya, "2026-01-10", "Draft", ["policies/ai.md": "---\nid: POL-1\ntitle: AI policy\ntype: policy\nstatus: draft\n---\n"]),
            ]),
        ]
    )

    public init() {}

    public func check(_ context: CheckContext) -> [Diagnostic] {
        context.documents.compactMap { document in
            guard case .unrecorded(hiddenByShallowClone: false) = context.resolved.state(of: document),
                  let history = context.provenance?.documents[document.path], !history.revisions.isEmpty else { return nil }
            let keys = context.configuration.approvals.trailers.joined(separator: " or ")
            let others = history.approvals.filter { !$0.isPermitted }
            return diagnostic(
                others.isEmpty
                    ? "marked approved, but no commit that changed it records an approval"
                    : "marked approved, but no approval recorded by who may approve it (\(document.fields.approver ?? "no approver named"))",
                at: document.fieldLocation("status"),
                hint: "approve the current content in a commit whose message ends with a trailer such as `\(keys): Name <email>` (or by the configured merge or signed tag), given by the approver the document names"
            )
        }
    }
}
