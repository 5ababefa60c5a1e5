/// AIMS014: not written yet — a stub so the registry is complete while the rule is built.
public struct EvidenceNotFoundRule: Rule {
    public static let description = RuleDescription(
        id: "AIMS014",
        name: "evidence-not-found",
        title: "Evidence path does not exist at the built ref",
        clause: "7.5.3",
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
