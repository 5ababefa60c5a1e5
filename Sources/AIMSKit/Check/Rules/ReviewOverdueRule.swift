/// AIMS012: not written yet — a stub so the registry is complete while the rule is built.
public struct ReviewOverdueRule: Rule {
    public static let description = RuleDescription(
        id: "AIMS012",
        name: "review-overdue",
        title: "Document review overdue",
        clause: "7.5.2",
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
