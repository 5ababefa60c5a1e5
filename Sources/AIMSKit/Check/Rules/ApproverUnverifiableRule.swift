/// AIMS036: an approver that names a role aims.yaml does not map, so no approval can be verified.
public struct ApproverUnverifiableRule: Rule {
    public static let description = RuleDescription(
        id: "AIMS036",
        name: "approver-unverifiable",
        title: "Approver role not mapped to people",
        clause: "7.5.2",
        severity: .warning,
        explanation: """
        An approval counts only when it is given by the approver the document names. When \
        `approver:` names a role (AI Governance Board) that aims.yaml does not map to the \
        people who hold it, and no approval in history was recorded under that name, aims \
        cannot tell who may approve as it: no approval of those documents can be verified, so \
        they show as not approved. The rule reports each such approver once, at its first \
        document, with a note at the others. Map the role under `roles:` in aims.yaml.
        """,
        triggeringExamples: [
            RuleExample(history: [
                ExampleCommit(HistoryExamples.dana, "2026-01-20", "Approve\n\nApproved-by: Dana Whitfield <dana@example.org>", ["policies/ai.md": HistoryExamples.policy(approver: "↓AI Governance Board")]),
            ]),
        ],
        nonTriggeringExamples: [
            RuleExample(history: [
                ExampleCommit(HistoryExamples.dana, "2026-01-10", "Set up", ["aims.yaml": "organization: Example Ltd\nroles:\n  AI Governance Board: [dana@example.org]\n"]),
                ExampleCommit(HistoryExamples.dana, "2026-01-20", "Approve\n\nApproved-by: Dana Whitfield <dana@example.org>", ["policies/ai.md": HistoryExamples.policy(approver: "AI Governance Board")]),
            ]),
            RuleExample(history: [
                ExampleCommit(HistoryExamples.dana, "2026-01-20", "Approve\n\nApproved-by: Dana Whitfield <dana@example.org>", ["policies/ai.md": HistoryExamples.policy()]),
            ]),
        ]
    )

    public init() {}

    public func check(_ context: CheckContext) -> [Diagnostic] {
        guard let provenance = context.provenance else { return [] }
        let recorded = provenance.documents.values.flatMap { $0.approvals.map(\.approver) }
        var byApprover: [String: [Document]] = [:]
        var order: [String] = []
        for document in context.documents where document.fields.status == .approved {
            guard let approver = document.fields.approver, context.configuration.roles[approver] == nil,
                  context.resolved.policies[document.path] != DocumentControlSettings.Policy.none else { continue }
            if byApprover[approver] == nil { order.append(approver) }
            byApprover[approver, default: []].append(document)
        }
        return order.compactMap { approver in
            let match = IdentityMatch(approver, configuration: context.configuration)
            guard !recorded.contains(where: match.matches), let documents = byApprover[approver], let first = documents.first else { return nil }
            return diagnostic(
                "approver '\(approver)' is no role of aims.yaml and no approval was recorded by that name: aims cannot verify who may approve as it",
                at: first.fieldLocation("approver"),
                hint: "map the role to the people who hold it in aims.yaml:\nroles:\n  \(approver): [name@example.org]",
                notes: documents.dropFirst().map { Diagnostic.Note("\($0.displayID) names the same approver", at: $0.fieldLocation("approver")) }
            )
        }
    }
}
