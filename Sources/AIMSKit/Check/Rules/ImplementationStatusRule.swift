/// AIMS021: an SoA Status that does not fit the control's applicability.
public struct ImplementationStatusRule: Rule {
    public static let description = RuleDescription(
        id: "AIMS021",
        name: "soa-implementation-status",
        title: "Implementation status missing or contradicting applicability",
        clause: "6.1.3",
        severity: .error,
        explanation: """
        The Statement of Applicability says, for each control included, whether it is \
        implemented (6.1.3). The Status column of an applicable control must read \
        implemented, partial or planned, so the pack can count progress. An excluded control \
        cannot be implemented, partial or planned: leave its Status empty or write `—`, or \
        include the control. Rows whose applicability cannot be read are left to AIMS016.
        """,
        triggeringExamples: [
            RuleExample(ExampleFixtures.soaPath, ExampleFixtures.statementOfApplicability(rows: [
                "A.7.4": "| A.7.4 | yes | ↓done | Data quality risk RR-7 |",
                "A.7.5": "| A.7.5 | yes |↓ | Provenance risk RR-8 |",
                "A.7.6": "| A.7.6 | yes | ↓— | Data preparation risk RR-9 |",
            ])),
            RuleExample(ExampleFixtures.soaPath, ExampleFixtures.statementOfApplicability(rows: [
                "A.10.4": "| A.10.4 | no | ↓implemented | We provide no AI system to customers |",
            ])),
        ],
        nonTriggeringExamples: [
            RuleExample(ExampleFixtures.soaPath, ExampleFixtures.statementOfApplicability()),
            RuleExample(ExampleFixtures.soaPath, ExampleFixtures.statementOfApplicability(rows: [
                "A.7.4": "| A.7.4 | yes | Partial | Data quality risk RR-7 |",
                "A.10.3": "| A.10.3 | no |  | We use no suppliers for AI |",
                "A.10.4": "| A.10.4 | no | n/a | We provide no AI system to customers |",
            ])),
        ]
    )

    public init() {}

    public func check(_ context: CheckContext) -> [Diagnostic] {
        guard let soa = context.index.soa, !soa.missingColumns.contains("status") else { return [] }
        return soa.entries.compactMap { entry in
            // The front matter's lists state applicability only: no status to check.
            guard entry.hasStatusField, let applicable = entry.applicable, context.model.control(entry.controlID) != nil else { return nil }
            let at = entry.location(of: "status")
            switch (applicable, entry.status) {
            case (true, nil):
                return diagnostic(
                    StatementOfApplicability.isEmptyStatus(entry.statusText)
                        ? "applicable control \(entry.controlID) has no implementation status"
                        : "'\(entry.statusText)' is not an implementation status (\(entry.controlID))",
                    at: at,
                    hint: "write implemented, partial or planned"
                )
            case let (false, status?):
                return diagnostic(
                    "excluded control \(entry.controlID) cannot be \(status.rawValue)",
                    at: at,
                    hint: "leave Status empty (or write —) for an excluded control, or include the control with Applicable: yes"
                )
            default:
                return nil
            }
        }
    }
}
