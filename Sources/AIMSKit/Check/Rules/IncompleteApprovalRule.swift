/// AIMS009: a document marked approved without saying who approved it or from when it applies.
public struct IncompleteApprovalRule: Rule {
    public static let description = RuleDescription(
        id: "AIMS009",
        name: "incomplete-approval",
        title: "Approved document lacks approver or effective date",
        clause: "7.5.2",
        severity: .error,
        explanation: """
        Documented information must be reviewed and approved for suitability and adequacy \
        (7.5.2). `status: approved` on its own records no such thing: an auditor needs to see who \
        approved the document (`approver`) and from which date it applies (`effective`). Each \
        missing field is reported at the status. A value that is present but ill-formed (an \
        impossible date, say) is AIMS007's to report.
        """,
        triggeringExamples: [
            RuleExample("policies/p.md", "---\nid: POL-1\ntitle: P\ntype: policy\nstatus: ↓approved\napprover: Chief Executive Officer\n---\n"),
            RuleExample("policies/p.md", "---\nid: POL-1\ntitle: P\ntype: policy\nstatus: ↓approved\napprover: ~\neffective: \"\"\n---\n"),
        ],
        nonTriggeringExamples: [
            RuleExample("policies/p.md", "---\nid: POL-1\ntitle: P\ntype: policy\nstatus: approved\napprover: Chief Executive Officer\neffective: 2026-03-02\n---\n"),
            RuleExample("policies/p.md", "---\nid: POL-1\ntitle: P\ntype: policy\nstatus: in-review\nowner: Head of AI Governance\n---\n"),
        ]
    )

    public init() {}

    static let approvalFields = ["approver", "effective"]

    public func check(_ context: CheckContext) -> [Diagnostic] {
        context.documents.filter { $0.fields.status == .approved }.flatMap { document in
            let location = document.frontMatter?["status"].map { document.location(line: $0.line, column: $0.column) }
                ?? document.location(ofKey: "status")
            return Self.approvalFields.filter { document.fieldValue($0) == nil }.map { name in
                let example = FieldSchema.byName[name]?.example ?? "…"
                return diagnostic(
                    name == "approver" ? "approved document has no approver" : "approved document has no effective date",
                    at: location,
                    hint: "add `\(name): \(example)`, or set the status back to in-review until it is approved"
                )
            }
        }
    }
}
