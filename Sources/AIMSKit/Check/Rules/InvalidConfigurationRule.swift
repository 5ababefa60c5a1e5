/// AIMS023: not written yet — a stub so the registry is complete while the rule is built.
public struct InvalidConfigurationRule: Rule {
    public static let description = RuleDescription(
        id: "AIMS023",
        name: "invalid-configuration",
        title: "aims.yaml has an invalid setting",
        clause: "aims",
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
