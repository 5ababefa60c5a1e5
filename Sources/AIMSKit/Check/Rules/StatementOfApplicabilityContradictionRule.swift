/// AIMS035: the SoA includes a control in one place and excludes it in another.
public struct StatementOfApplicabilityContradictionRule: Rule {
    public static let description = RuleDescription(
        id: "AIMS035",
        name: "soa-contradiction",
        title: "SoA includes and excludes the same control",
        clause: "6.1.3",
        severity: .error,
        explanation: """
        The Statement of Applicability may state applicability in its table, in its front \
        matter (`controls:` lists the included controls, `excluded:` the exclusions with their \
        justifications), or both. When it says both things about one control (included in \
        the table and excluded in the front matter, or listed in both front-matter lists), an \
        auditor cannot tell which decision stands. Each place is reported.
        """,
        triggeringExamples: [
            RuleExample([
                ExampleFixtures.soaPath: ExampleFixtures.statementOfApplicability(
                    rows: ["A.10.4": "| A.10.4 | ↓yes | implemented | Customers use RouteWise |"],
                    frontMatter: ["excluded:", "  - control: ↓A.10.4", "    justification: We provide no AI system to customers"]
                ),
                ExampleFixtures.controlsPath: ExampleFixtures.controlsDocument(),
            ]),
            RuleExample("soa/soa.md", "---\nid: SOA-1\ntitle: SoA\ntype: soa\nstatus: draft\ncontrols: [A.2.2, ↓A.10.4]\nexcluded:\n  - control: ↓A.10.4\n    justification: No customers\n---\n# SoA\n"),
        ],
        nonTriggeringExamples: [
            RuleExample([
                ExampleFixtures.soaPath: ExampleFixtures.statementOfApplicability(
                    rows: ["A.10.4": "| A.10.4 | no | — | See exclusions below |"],
                    frontMatter: ["excluded:", "  - control: A.10.4", "    justification: We provide no AI system to customers"]
                ),
                ExampleFixtures.controlsPath: ExampleFixtures.controlsDocument(except: ["A.10.4"]),
            ]),
        ]
    )

    public init() {}

    public func check(_ context: CheckContext) -> [Diagnostic] {
        guard let soa = context.index.soa else { return [] }
        return soa.contradictions.flatMap { contradiction in
            [
                diagnostic(
                    "\(contradiction.controlID) is included here but excluded elsewhere in the Statement of Applicability",
                    at: contradiction.included,
                    hint: "decide once: remove \(contradiction.controlID) from the list or row that is out of date",
                    notes: [Diagnostic.Note("excluded here", at: contradiction.excluded)]
                ),
                diagnostic(
                    "\(contradiction.controlID) is excluded here but included elsewhere in the Statement of Applicability",
                    at: contradiction.excluded,
                    hint: "decide once: remove \(contradiction.controlID) from the list or row that is out of date",
                    notes: [Diagnostic.Note("included here", at: contradiction.included)]
                ),
            ]
        }
    }
}
