/// AIMS010: not written yet — a stub so the registry is complete while the rule is built.
public struct MandatoryDocumentMissingRule: Rule {
    public static let description = RuleDescription(
        id: "AIMS010",
        name: "mandatory-document-missing",
        title: "Mandatory documented information missing",
        clause: "7.5.1",
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
