/// AIMS018: not written yet — a stub so the registry is complete while the rule is built.
public struct InclusionUnjustifiedRule: Rule {
    public static let description = RuleDescription(
        id: "AIMS018",
        name: "soa-inclusion-unjustified",
        title: "Included control without justification",
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
