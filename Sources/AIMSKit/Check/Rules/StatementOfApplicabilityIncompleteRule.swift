/// AIMS016: not written yet — a stub so the registry is complete while the rule is built.
public struct StatementOfApplicabilityIncompleteRule: Rule {
    public static let description = RuleDescription(
        id: "AIMS016",
        name: "soa-incomplete",
        title: "Statement of Applicability does not list every control once",
        clause: "6.1.3",
        severity: .error,
        explanation: "TODO",
        triggeringExamples: [],
        nonTriggeringExamples: []
    )

    public init() {}

    public func check(_ context: CheckContext) -> [Diagnostic] {
        []
    }
}
