/// AIMS024: not written yet — a stub so the registry is complete while the rule is built.
public struct RawHTMLRule: Rule {
    public static let description = RuleDescription(
        id: "AIMS024",
        name: "raw-html",
        title: "Raw HTML in a document is left out of the pack",
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
