/// AIMS011: not written yet — a stub so the registry is complete while the rule is built.
public struct MandatoryDocumentNotApprovedRule: Rule {
    public static let description = RuleDescription(
        id: "AIMS011",
        name: "mandatory-document-not-approved",
        title: "Mandatory documented information not approved",
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
