/// AIMS025: not written yet — a stub so the registry is complete while the rule is built.
public struct UnsafeLinkRule: Rule {
    public static let description = RuleDescription(
        id: "AIMS025",
        name: "unsafe-link",
        title: "Link that cannot be allowed into the audit pack",
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
