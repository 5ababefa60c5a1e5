/// AIMS010: an item of mandatory documented information that no live document provides.
public struct MandatoryDocumentMissingRule: Rule {
    public static let description = RuleDescription(
        id: "AIMS010",
        name: "mandatory-document-missing",
        title: "Mandatory documented information missing",
        clause: "7.5.1",
        severity: .error,
        explanation: """
        ISO/IEC 42001 requires certain documented information to exist: the scope, the AI \
        policy, the risk assessment and treatment processes, the Statement of Applicability, \
        the results of risk and impact assessments, audit and management review results, and \
        more (`aims model` lists all of them). An item counts as provided when a document that \
        is not retired lists one of the item's clauses in `clauses:`: where two clauses ask for \
        the same documented information (the results of impact assessments, 6.1.4 and 8.4), \
        either does. The type need not be the usual one (AIMS037 suggests it), except where \
        one clause asks for several items and the type says which one the document is: a \
        procedure listing 6.1.4 is the impact assessment process, not its results. Some items \
        are evidence git already holds: the recorded, current approval of the document that \
        provides the risk treatment plan is the approval of that plan. Drafts do count here; \
        AIMS011 warns about items that no approved document provides yet. Each missing item \
        is reported at aims.yaml, as it belongs to no document, with a note at every document \
        that lists its clause but does not count, and why.
        """,
        triggeringExamples: [
            RuleExample([
                "aims.yaml": "↓organization: Example Ltd\n",
                "policies/ai-policy.md": "---\nid: POL-1\ntitle: AI policy\ntype: policy\nstatus: draft\nclauses: [\"5.2\"]\n---\n# AI policy\n",
            ]),
            RuleExample(ExampleFixtures.mandatoryDocuments(replacing: [
                "aims.yaml": "↓organization: Example Ltd\n",
                "policies/ai-policy.md": "---\nid: POL-1\ntitle: AI policy\ntype: policy\nstatus: retired\nclauses: [\"5.2\", \"6.2\"]\n---\n# AI policy\n",
            ])),
        ],
        nonTriggeringExamples: [
            RuleExample(ExampleFixtures.mandatoryDocuments()),
            RuleExample(ExampleFixtures.mandatoryDocuments(status: "draft")),
            // Another type than the usual one still provides the item (AIMS037 notes it).
            RuleExample(ExampleFixtures.mandatoryDocuments(replacing: [
                "policies/ai-policy.md": "---\nid: POL-1\ntitle: AI policy\ntype: procedure\nstatus: approved\napprover: CEO\neffective: 2026-01-15\nclauses: [\"5.2\", \"6.2\"]\n---\n# AI policy\n",
            ])),
        ]
    )

    public init() {}

    public func check(_ context: CheckContext) -> [Diagnostic] {
        context.resolved.mandatory.compactMap { facts in
            guard case .missing = facts.state else { return nil }
            let item = facts.item
            let clauses = item.providingClauses.map { "\"\($0)\"" }
            var hint = "add a document (usually a \(Self.choice(item.usualTypes.map(\.rawValue)))) with `clauses: [\(clauses[0])]`"
            if clauses.count > 1 { hint += " (or any of \(clauses.joined(separator: ", ")))" }
            hint += "; typically: \(item.typical)"
            if let source = item.derivedFromApprovalOf, let sourceItem = context.model.mandatoryDocument(source) {
                hint += "; or approve the document that provides \(sourceItem.title), and its recorded approval counts"
            }
            return diagnostic(
                "no document provides \(item.title) (\(item.clause))",
                at: context.configurationLocation,
                hint: hint,
                notes: facts.nonProviders.map { miss in
                    Diagnostic.Note("\(miss.document.displayID) lists \(miss.clause.value) but does not count: \(miss.reason)",
                                    at: miss.document.location(line: miss.clause.line, column: miss.clause.column))
                },
                identity: item.id
            )
        }
    }

    /// "policy", "plan or register", "scope, manual or policy".
    static func choice(_ words: [String]) -> String {
        guard let last = words.last else { return "" }
        return words.count == 1 ? last : words.dropLast().joined(separator: ", ") + " or " + last
    }
}
