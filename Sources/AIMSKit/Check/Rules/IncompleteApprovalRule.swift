/// AIMS009: not written yet — a stub so the registry is complete while the rule is built.
public struct IncompleteApprovalRule: Rule {
    public static let description = RuleDescription(
        id: "AIMS009",
        name: "incomplete-approval",
        title: "Approved document lacks approver or effective date",
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
