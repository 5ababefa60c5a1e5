/// AIMS028: the approver named in front matter never approved the document in git.
public struct ApproverNotInHistoryRule: Rule {
    public static let description = RuleDescription(
        id: "AIMS028",
        name: "approver-not-in-history",
        title: "Front-matter approver never approved in history",
        clause: "7.5.2",
        severity: .warning,
        explanation: """
        The `approver` a document names should be who approved it in git. It matches an \
        approval's identity by name or email, or through `approvals.approvers` in aims.yaml, \
        which maps a role (Chief Executive Officer) to the names or emails that approve as it. \
        A mismatch means the document claims an approval the history does not show.
        """,
        triggeringExamples: [
            RuleExample(history: [
                ExampleCommit(HistoryExamples.tom, "2026-01-20", "Approve\n\nApproved-by: Tom Verhoeven <tom@example.org>", ["policies/ai.md": HistoryExamples.policy(approver: "↓Dana Whitfield")]),
            ]),
        ],
        nonTriggeringExamples: [
            RuleExample(history: [
                ExampleCommit(HistoryExamples.dana, "2026-01-20", "Approve\n\nApproved-by: Dana Whitfield <dana@example.org>", ["policies/ai.md": HistoryExamples.policy()]),
            ]),
            RuleExample(history: [
                ExampleCommit(HistoryExamples.dana, "2026-01-10", "Set up", ["aims.yaml": "organization: Example Ltd\napprovals:\n  approvers:\n    Chief Executive Officer: [dana@example.org]\n"]),
                ExampleCommit(HistoryExamples.dana, "2026-01-20", "Approve\n\nApproved-by: Dana Whitfield <dana@example.org>", ["policies/ai.md": HistoryExamples.policy(approver: "Chief Executive Officer")]),
            ]),
        ]
    )

    public init() {}

    public func check(_ context: CheckContext) -> [Diagnostic] {
        // A shallow clone hides older approvals: AIMS033 says so once instead.
        guard let provenance = context.provenance, !provenance.isShallow else { return [] }
        return context.documents.compactMap { document in
            guard document.fields.status == .approved, let approver = document.fields.approver,
                  let history = provenance.documents[document.path], !history.approvals.isEmpty else { return nil }
            let accepted = ApproverMatch(approver: approver, configuration: context.configuration)
            guard !history.approvals.contains(where: { accepted.matches($0.approver) }) else { return nil }
            let recorded = Set(history.approvals.map(\.approver)).sorted().joined(separator: ", ")
            return diagnostic(
                "approver '\(approver)' never approved this document in git; approvals were recorded by \(recorded)",
                at: document.fieldLocation("approver"),
                hint: "name the approver as recorded in the approving commit, or map the role in aims.yaml under approvals.approvers"
            )
        }
    }
}

/// Whether an identity recorded in git (`Name <email>`) stands for a front-matter approver.
struct ApproverMatch {
    var candidates: Set<String>

    init(approver: String, configuration: Configuration) {
        candidates = Set(([approver] + (configuration.approvals.approvers[approver] ?? [])).map { $0.lowercased() })
    }

    func matches(_ identity: String) -> Bool {
        let recorded = RecordedIdentity(identity)
        return candidates.contains(identity.lowercased()) || candidates.contains(recorded.name.lowercased())
            || (recorded.email.map { candidates.contains($0.lowercased()) } ?? false)
    }
}

