/// AIMS021: not written yet — a stub so the registry is complete while the rule is built.
public struct ImplementationStatusRule: Rule {
    public static let description = RuleDescription(
        id: "AIMS021",
        name: "soa-implementation-status",
        title: "Applicable control without a valid implementation status",
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
