/// AIMS005: not written yet — a stub so the registry is complete while the rule is built.
public struct UnknownClauseRule: Rule {
    public static let description = RuleDescription(
        id: "AIMS005",
        name: "unknown-clause",
        title: "Unknown clause",
        clause: "4.4",
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
