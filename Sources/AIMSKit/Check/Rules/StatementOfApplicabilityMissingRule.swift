/// AIMS015: not written yet — a stub so the registry is complete while the rule is built.
public struct StatementOfApplicabilityMissingRule: Rule {
    public static let description = RuleDescription(
        id: "AIMS015",
        name: "soa-missing",
        title: "No readable Statement of Applicability",
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
