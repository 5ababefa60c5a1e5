/// AIMS007: not written yet — a stub so the registry is complete while the rule is built.
public struct InvalidFieldRule: Rule {
    public static let description = RuleDescription(
        id: "AIMS007",
        name: "invalid-field",
        title: "Front-matter field has an invalid value",
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
