/// AIMS022: not written yet — a stub so the registry is complete while the rule is built.
public struct UnknownFieldRule: Rule {
    public static let description = RuleDescription(
        id: "AIMS022",
        name: "unknown-field",
        title: "Unknown front-matter field",
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
