/// AIMS013: not written yet — a stub so the registry is complete while the rule is built.
public struct BrokenLinkRule: Rule {
    public static let description = RuleDescription(
        id: "AIMS013",
        name: "broken-link",
        title: "Link to a document or anchor that does not exist",
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
