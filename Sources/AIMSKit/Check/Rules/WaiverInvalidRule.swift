/// AIMS045: an `aims-waive` marker that cannot waive anything.
public struct WaiverInvalidRule: Rule {
    public static let description = RuleDescription(
        id: "AIMS045",
        name: "waiver-invalid",
        title: "Waiver without a reason or a rule",
        clause: "aims",
        severity: .error,
        explanation: """
        A finding can be waived with `aims-waive` — in front matter, `aims-waive: [{rule: \
        AIMS013, reason: …}]` (optionally `match:` text of the finding), or as a comment \
        `<!-- aims-waive AIMS013: reason -->` on the line or just above it. The pack lists \
        every waived finding with its reason and the commit that added the waiver, so an \
        auditor sees what was decided and by whom. A waiver without a reason, or naming no \
        rule of aims, decides nothing: it waives nothing and is reported.
        """,
        triggeringExamples: [
            RuleExample("policies/p.md", "---\nid: POL-1\ntitle: P\ntype: policy\nstatus: draft\n---\n# P\n\n↓<!-- aims-waive AIMS013 -->\nSee [the intranet](intranet.md).\n"),
            RuleExample("policies/p.md", "---\nid: POL-1\ntitle: P\ntype: policy\nstatus: draft\naims-waive:\n  - ↓rule: AIMS999\n    reason: because\n---\n# P\n"),
            RuleExample("policies/p.md", "---\nid: POL-1\ntitle: P\ntype: policy\nstatus: draft\naims-waive:\n  - ↓rule: AIMS013\n    reason: TBD\n---\n# P\n"),
        ],
        nonTriggeringExamples: [
            RuleExample("policies/p.md", "---\nid: POL-1\ntitle: P\ntype: policy\nstatus: draft\n---\n# P\n\n<!-- aims-waive AIMS013: the intranet page is handed to auditors on paper -->\nSee [the intranet](intranet.md).\n"),
        ]
    )

    public init() {}

    public func check(_ context: CheckContext) -> [Diagnostic] {
        let known = Set(RuleRegistry.all.map { type(of: $0).description.id })
        return context.index.documents.flatMap(\.waivers).compactMap { waiver in
            waiver.problem(knownRules: known).map { problem in
                diagnostic(problem, at: waiver.location,
                           hint: "write `<!-- aims-waive AIMS013: why this finding is accepted -->`, or in front matter `aims-waive: [{rule: AIMS013, reason: …}]`")
            }
        }
    }
}
