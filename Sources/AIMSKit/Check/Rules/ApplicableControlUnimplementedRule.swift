/// AIMS020: not written yet — a stub so the registry is complete while the rule is built.
public struct ApplicableControlUnimplementedRule: Rule {
    public static let description = RuleDescription(
        id: "AIMS020",
        name: "soa-applicable-unimplemented",
        title: "Applicable control implemented by no document",
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
