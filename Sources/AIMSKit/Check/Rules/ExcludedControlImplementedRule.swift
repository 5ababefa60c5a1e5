/// AIMS019: not written yet — a stub so the registry is complete while the rule is built.
public struct ExcludedControlImplementedRule: Rule {
    public static let description = RuleDescription(
        id: "AIMS019",
        name: "soa-excluded-but-implemented",
        title: "Control excluded in the SoA but implemented by a document",
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
