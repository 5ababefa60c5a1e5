/// AIMS020: a control the SoA includes that no document implements.
public struct ApplicableControlUnimplementedRule: Rule {
    public static let description = RuleDescription(
        id: "AIMS020",
        name: "soa-applicable-unimplemented",
        title: "Applicable control implemented by no document",
        clause: "6.1.3",
        severity: .error,
        explanation: """
        Every control the Statement of Applicability includes must be traceable to the \
        documented information that puts it in place: a policy, procedure, plan or record that \
        lists the control in `controls:`. Without one, an auditor has nothing to sample and the \
        coverage matrix of the pack shows a gap. A control still planned is covered by the \
        plan that schedules it, when that plan lists it. Retired documents do not count.
        """,
        triggeringExamples: [
            RuleExample([
                ExampleFixtures.soaPath: ExampleFixtures.statementOfApplicability(rows: [
                    "A.7.4": "| ↓A.7.4 Quality of data for AI systems | yes | planned | Data quality risk RR-7 |",
                ]),
                ExampleFixtures.controlsPath: ExampleFixtures.controlsDocument(except: ["A.7.4"]),
            ]),
            RuleExample([
                ExampleFixtures.soaPath: ExampleFixtures.statementOfApplicability(rows: [
                    "A.6.2.8": "| ↓A.6.2.8 | yes | implemented | Event logs answer risk RR-4 |",
                ]),
                ExampleFixtures.controlsPath: ExampleFixtures.controlsDocument(except: ["A.6.2.8"]),
                "procedures/logging.md": "---\nid: PRO-9\ntitle: Event logging\ntype: procedure\nstatus: retired\ncontrols: [A.6.2.8]\n---\n# Event logging\n",
            ]),
        ],
        nonTriggeringExamples: [
            RuleExample([
                ExampleFixtures.soaPath: ExampleFixtures.statementOfApplicability(),
                ExampleFixtures.controlsPath: ExampleFixtures.controlsDocument(),
            ]),
            RuleExample([
                ExampleFixtures.soaPath: ExampleFixtures.statementOfApplicability(rows: [
                    "A.7.4": "| A.7.4 | no | — | We train no models and use no data sets |",
                ]),
                ExampleFixtures.controlsPath: ExampleFixtures.controlsDocument(except: ["A.7.4"]),
            ]),
        ]
    )

    public init() {}

    public func check(_ context: CheckContext) -> [Diagnostic] {
        guard let soa = context.index.soa else { return [] }
        return soa.entries.compactMap { entry in
            guard entry.applicable == true, let control = context.model.control(entry.controlID) else { return nil }
            guard context.resolved.control(control.id)?.implementers.isEmpty ?? true else { return nil }
            return diagnostic(
                "applicable control \(control.id) \(control.title) is implemented by no document",
                at: entry.location(of: "control"),
                hint: "add \(control.id) to the `controls:` of the document that implements it (a policy, procedure, plan or record)"
            )
        }
    }
}
