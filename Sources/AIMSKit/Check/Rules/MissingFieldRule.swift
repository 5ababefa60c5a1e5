/// AIMS006: not written yet — a stub so the registry is complete while the rule is built.
public struct MissingFieldRule: Rule {
    public static let description = RuleDescription(
        id: "AIMS006",
        name: "missing-field",
        title: "Required front-matter field missing",
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
