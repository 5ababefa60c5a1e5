/// AIMS018: an Annex A control included in the SoA without a justification.
public struct InclusionUnjustifiedRule: Rule {
    public static let description = RuleDescription(
        id: "AIMS018",
        name: "soa-inclusion-unjustified",
        title: "Included control without justification",
        clause: "6.1.3",
        severity: .warning,
        explanation: """
        Clause 6.1.3 asks for a justification of the controls included, not only of those \
        excluded: the risk, impact assessment result or requirement that makes each control \
        necessary. An auditor traces from it to the risk treatment. A blank or missing \
        Justification cell, or a placeholder such as `—`, `n/a` or `TBD`, is reported as a \
        warning, since an included control is rarely contested.
        """,
        triggeringExamples: [
            RuleExample(ExampleFixtures.soaPath, ExampleFixtures.statementOfApplicability(rows: [
                "A.6.2.8": "| A.6.2.8 | yes | implemented |↓ |",
            ])),
            RuleExample(ExampleFixtures.soaPath, ExampleFixtures.statementOfApplicability(rows: [
                "A.5.2": "| A.5.2 | yes | planned | ↓TBD |",
                "A.5.3": "↓| A.5.3 | yes | planned |",
            ])),
        ],
        nonTriggeringExamples: [
            RuleExample(ExampleFixtures.soaPath, ExampleFixtures.statementOfApplicability(rows: [
                "A.6.2.8": "| A.6.2.8 | yes | implemented | Event logs answer risk RR-4 |",
            ])),
            RuleExample(ExampleFixtures.soaPath, ExampleFixtures.statementOfApplicability(rows: [
                "A.10.4": "| A.10.4 | no | — |  |",
            ])),
        ]
    )

    public init() {}

    public func check(_ context: CheckContext) -> [Diagnostic] {
        guard let soa = context.index.soa else { return [] }
        return soa.unjustifiedEntries(applicable: true, model: context.model).map { entry in
            diagnostic(
                "included control \(entry.controlID) has no justification",
                at: entry.location(of: "justification"),
                hint: "say why it is needed: the AI risk, impact assessment result or requirement it answers"
            )
        }
    }
}
