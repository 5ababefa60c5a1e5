/// AIMS017: an Annex A control excluded in the SoA without a justification.
public struct ExclusionUnjustifiedRule: Rule {
    public static let description = RuleDescription(
        id: "AIMS017",
        name: "soa-exclusion-unjustified",
        title: "Excluded control without justification",
        clause: "6.1.3",
        severity: .error,
        explanation: """
        Clause 6.1.3 asks for a justification of every Annex A control left out. An auditor \
        will ask why the risk the control addresses does not arise, or how it is treated \
        otherwise; the Justification cell of the SoA row must answer. A blank cell, a missing \
        cell and placeholders such as `—`, `n/a` or `TBD` are reported.
        """,
        triggeringExamples: [
            RuleExample(ExampleFixtures.soaPath, ExampleFixtures.statementOfApplicability(rows: [
                "A.10.4": "| A.10.4 | no | — |↓ |",
            ])),
            RuleExample(ExampleFixtures.soaPath, ExampleFixtures.statementOfApplicability(rows: [
                "A.10.2": "↓| A.10.2 | no | — |",
                "A.10.3": "| A.10.3 | excluded | — | ↓n/a |",
            ])),
        ],
        nonTriggeringExamples: [
            RuleExample(ExampleFixtures.soaPath, ExampleFixtures.statementOfApplicability(rows: [
                "A.10.4": "| A.10.4 | no | — | We provide no AI system to customers |",
            ])),
            RuleExample(ExampleFixtures.soaPath, ExampleFixtures.statementOfApplicability(rows: [
                "A.10.4": "| A.10.4 | yes | planned |  |",
            ])),
        ]
    )

    public init() {}

    public func check(_ context: CheckContext) -> [Diagnostic] {
        guard let soa = context.index.soa else { return [] }
        return soa.unjustifiedEntries(applicable: false, model: context.model).map { entry in
            diagnostic(
                "excluded control \(entry.controlID) has no justification",
                at: entry.location(of: "justification"),
                hint: "say why it is not needed: the risk it addresses does not arise in the scope, or is treated by other means"
            )
        }
    }
}
