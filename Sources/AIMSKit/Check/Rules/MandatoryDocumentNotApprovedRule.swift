/// AIMS011: mandatory documented information provided only by documents not yet approved.
public struct MandatoryDocumentNotApprovedRule: Rule {
    public static let description = RuleDescription(
        id: "AIMS011",
        name: "mandatory-document-not-approved",
        title: "Mandatory documented information not approved",
        clause: "7.5.2",
        severity: .warning,
        explanation: """
        Documented information must be reviewed and approved before it is relied on (7.5.2). \
        An auditor reads a draft AI policy as no AI policy at all. For each item of mandatory \
        documented information that is provided (see AIMS010) only by documents whose status \
        is draft or in-review, or approved but not current (a stale or unrecorded approval), \
        this rule warns at the status of the first such document. One approved and current \
        provider is enough: a new draft may sit next to the approved version.
        """,
        triggeringExamples: [
            // A document of another type than the usual one provides the item too.
            RuleExample("procedures/ai-policy.md", "---\nid: PRO-1\ntitle: AI policy\ntype: procedure\nstatus: ↓draft\nclauses: [\"5.2\"]\n---\n# AI policy\n"),
            RuleExample("policies/ai-policy.md", "---\nid: POL-1\ntitle: AI policy\ntype: policy\nstatus: ↓draft\nclauses: [\"5.2\"]\n---\n# AI policy\n"),
            RuleExample([
                "manual/aims-manual.md": "---\nid: MAN-1\ntitle: AIMS manual\ntype: manual\nstatus: ↓in-review\nclauses: [\"4.3\", \"4.4\"]\n---\n# AIMS manual\n",
                "manual/scope.md": "---\nid: SCO-1\ntitle: AIMS scope\ntype: scope\nstatus: draft\nclauses: [\"4.3\"]\n---\n# Scope\n",
            ]),
        ],
        nonTriggeringExamples: [
            RuleExample([
                "policies/ai-policy.md": "---\nid: POL-1\ntitle: AI policy\ntype: policy\nstatus: approved\napprover: CEO\neffective: 2026-01-15\nclauses: [\"5.2\"]\n---\n# AI policy\n",
                "policies/ai-policy-2027.md": "---\nid: POL-2\ntitle: AI policy 2027\ntype: policy\nstatus: draft\nclauses: [\"5.2\"]\n---\n# AI policy 2027\n",
            ]),
        ]
    )

    public init() {}

    public func check(_ context: CheckContext) -> [Diagnostic] {
        context.resolved.mandatory.compactMap { facts in
            guard case .notCurrent = facts.state, let first = facts.providers.first?.document else { return nil }
            let item = facts.item
            let providers = facts.providers.map(\.document)
            let states = providers.map { "\($0.displayID): \(Self.stateText($0, context))" }.joined(separator: ", ")
            return diagnostic(
                "\(item.title) (\(item.clause)) is provided only by documents not approved and current (\(states))",
                at: Self.statusLocation(of: first),
                hint: "once \(first.displayID) has been approved, set `status: approved` with `approver:` and `effective:`, and record the approval in git",
                notes: providers.dropFirst().map { Diagnostic.Note("also provided by \($0.displayID), \(Self.stateText($0, context))", at: Self.statusLocation(of: $0)) },
                identity: item.id
            )
        }
    }

    private static func stateText(_ document: Document, _ context: CheckContext) -> String {
        switch context.resolved.state(of: document) {
        case .stale: return "approval stale"
        case .unrecorded: return "approval not recorded"
        default: return statusText(document)
        }
    }

    private static func statusText(_ document: Document) -> String {
        document.fields.status?.rawValue ?? "no valid status"
    }

    /// The status value as written, or the top of the file when there is none.
    private static func statusLocation(of document: Document) -> SourceLocation {
        guard let node = document.frontMatter?["status"] else { return document.location(ofKey: "status") }
        return document.location(line: node.line, column: node.column)
    }
}
