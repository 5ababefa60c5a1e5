/// AIMS008: not written yet — a stub so the registry is complete while the rule is built.
public struct DuplicateIDRule: Rule {
    public static let description = RuleDescription(
        id: "AIMS008",
        name: "duplicate-id",
        title: "Two documents share an id",
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
