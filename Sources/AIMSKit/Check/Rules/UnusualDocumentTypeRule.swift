/// AIMS037: a document provides mandatory documented information under a type that does not
/// usually carry it.
public struct UnusualDocumentTypeRule: Rule {
    public static let description = RuleDescription(
        id: "AIMS037",
        name: "unusual-document-type",
        title: "Mandatory item provided by a document of an unusual type",
        clause: "7.5.1",
        severity: .note,
        explanation: """
        The standard does not say what kind of document carries each item of documented \
        information, and a team's own scheme stands: a scope statement may be a policy, the \
        risk treatment plan may live in the risk register. aims counts such a document as \
        providing the item and only notes the type it would usually have (`aims model` lists \
        the usual types), since an auditor looking for "the risk treatment plan" may look for \
        a plan first. Turn the rule off in aims.yaml (rules: AIMS037: off) once the scheme is \
        settled.
        """,
        triggeringExamples: [
            RuleExample("policies/scope.md", "---\nid: POL-0\ntitle: Scope and structure of the AIMS\ntype: ↓policy\nstatus: draft\nclauses: [\"4.3\", \"4.4\"]\n---\n# Scope\n"),
        ],
        nonTriggeringExamples: [
            RuleExample("manual/manual.md", "---\nid: MAN-1\ntitle: AIMS manual\ntype: manual\nstatus: draft\nclauses: [\"4.3\", \"4.4\"]\n---\n# Manual\n"),
        ]
    )

    public init() {}

    public func check(_ context: CheckContext) -> [Diagnostic] {
        var unusual: [String: (document: Document, items: [ClauseModel.MandatoryDocument])] = [:]
        var order: [String] = []
        for facts in context.resolved.mandatory {
            for provider in facts.providers where !provider.isUsualType {
                if unusual[provider.document.path] == nil { order.append(provider.document.path) }
                unusual[provider.document.path, default: (provider.document, [])].items.append(facts.item)
            }
        }
        return order.compactMap { path in
            guard let (document, items) = unusual[path] else { return nil }
            let type = document.fields.type?.rawValue ?? "no type"
            let described = items.map { "\($0.title) (\($0.clause)), usually a \(MandatoryDocumentMissingRule.choice($0.usualTypes.map(\.rawValue)))" }
            return diagnostic(
                "this \(type) provides \(described.joined(separator: "; "))",
                at: document.fieldLocation("type"),
                hint: "keep the type if it is your scheme; it counts either way"
            )
        }
    }
}
