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
        is not retired lists the item's clause in `clauses:` and has one of the types that can \
        carry it, e.g. the AI policy needs `type: policy` with `clauses: ["5.2"]`. A document \
        of another type, or a retired one, does not count. Drafts do count here; AIMS011 \
        warns about items that no approved document provides yet. Each missing item is \
        reported at aims.yaml, as it belongs to no document.
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
            RuleExample(ExampleFixtures.mandatoryDocuments(replacing: [
                "aims.yaml": "↓organization: Example Ltd\n",
                "policies/ai-policy.md": "---\nid: POL-1\ntitle: AI policy\ntype: procedure\nstatus: approved\napprover: CEO\neffective: 2026-01-15\nclauses: [\"5.2\", \"6.2\"]\n---\n# AI policy\n",
            ])),
        ],
        nonTriggeringExamples: [
            RuleExample(ExampleFixtures.mandatoryDocuments()),
            RuleExample(ExampleFixtures.mandatoryDocuments(status: "draft")),
        ]
    )

    public init() {}

    public func check(_ context: CheckContext) -> [Diagnostic] {
        let live = context.index.liveDocuments
        return context.model.mandatoryDocuments.compactMap { item in
            guard Self.providers(of: item, among: live).isEmpty else { return nil }
            return diagnostic(
                "no document provides \(item.title) (\(item.clause))",
                at: context.configurationLocation,
                hint: "add a document of type \(Self.choice(item.acceptedTypes.map(\.rawValue))) with `clauses: [\"\(item.clause)\"]`; typically: \(item.typical)",
                notes: Self.nearMisses(for: item, in: context.index.documents.filter { $0.problem == nil })
            )
        }
    }

    /// Live documents that list the item's clause and have a type that can carry it.
    static func providers(of item: ClauseModel.MandatoryDocument, among documents: [Document]) -> [Document] {
        documents.filter { document in
            guard let type = document.fields.type, item.acceptedTypes.contains(type) else { return false }
            return document.fields.clauses.contains { $0.value == item.clause }
        }
    }

    /// Documents that claim the clause but cannot count: the wrong type, or retired.
    private static func nearMisses(for item: ClauseModel.MandatoryDocument, in documents: [Document]) -> [Diagnostic.Note] {
        documents.compactMap { document in
            guard let listed = document.fields.clauses.first(where: { $0.value == item.clause }) else { return nil }
            if let type = document.fields.type, !item.acceptedTypes.contains(type) {
                return Diagnostic.Note("\(document.displayID) lists \(item.clause) but is a \(type.rawValue), which cannot carry this item", at: document.location(line: listed.line, column: listed.column))
            }
            if document.fields.status == .retired {
                return Diagnostic.Note("\(document.displayID) would provide it but is retired", at: document.location(line: listed.line, column: listed.column))
            }
            return nil
        }
    }

    /// "policy", "plan or register", "scope, manual or policy".
    static func choice(_ words: [String]) -> String {
        guard let last = words.last else { return "" }
        return words.count == 1 ? last : words.dropLast().joined(separator: ", ") + " or " + last
    }
}
