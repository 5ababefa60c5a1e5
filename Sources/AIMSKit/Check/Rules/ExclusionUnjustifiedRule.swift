/// AIMS017: not written yet — a stub so the registry is complete while the rule is built.
public struct ExclusionUnjustifiedRule: Rule {
    public static let description = RuleDescription(
        id: "AIMS017",
        name: "soa-exclusion-unjustified",
        title: "Excluded control without justification",
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
