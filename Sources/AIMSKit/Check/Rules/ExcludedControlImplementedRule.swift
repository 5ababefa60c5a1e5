/// AIMS019: a control the SoA excludes that documents say they implement.
public struct ExcludedControlImplementedRule: Rule {
    public static let description = RuleDescription(
        id: "AIMS019",
        name: "soa-excluded-but-implemented",
        title: "Control excluded in the SoA but implemented by a document",
        clause: "6.1.3",
        severity: .error,
        explanation: """
        The Statement of Applicability and the documents must tell the same story. When the \
        SoA excludes a control while a live document lists it in `controls:`, one of them is \
        wrong: either the control is needed and the SoA should include it, or the document \
        claims a control the organization decided against. The row is reported with a note \
        at each document that lists the control. Retired documents do not count.
        """,
        triggeringExamples: [
            RuleExample([
                ExampleFixtures.soaPath: ExampleFixtures.statementOfApplicability(rows: [
                    "A.10.4": "| ↓A.10.4 | no | — | We provide no AI system to customers |",
                ]),
                "procedures/customer-care.md": "---\nid: PRO-7\ntitle: Customer care\ntype: procedure\nstatus: draft\ncontrols: [A.10.4]\n---\n# Customer care\n",
            ]),
            RuleExample([
                ExampleFixtures.soaPath: ExampleFixtures.statementOfApplicability(rows: [
                    "A.8.5": "| ↓A.8.5 Information for interested parties | excluded | — | No reporting duty |",
                ]),
                "procedures/reporting.md": "---\nid: PRO-8\ntitle: Reporting\ntype: procedure\nstatus: approved\napprover: CEO\neffective: 2026-01-15\ncontrols:\n  - A.8.2\n  - A.8.5\n---\n# Reporting\n",
                "policies/transparency.md": "---\nid: POL-4\ntitle: Transparency policy\ntype: policy\nstatus: in-review\ncontrols: [A.8.5]\n---\n# Transparency\n",
            ]),
        ],
        nonTriggeringExamples: [
            RuleExample([
                ExampleFixtures.soaPath: ExampleFixtures.statementOfApplicability(rows: [
                    "A.10.4": "| A.10.4 | no | — | We provide no AI system to customers |",
                ]),
                ExampleFixtures.controlsPath: ExampleFixtures.controlsDocument(except: ["A.10.4"]),
            ]),
            RuleExample([
                ExampleFixtures.soaPath: ExampleFixtures.statementOfApplicability(rows: [
                    "A.10.4": "| A.10.4 | no | — | We stopped offering AI systems to customers |",
                ]),
                "procedures/customer-care.md": "---\nid: PRO-7\ntitle: Customer care\ntype: procedure\nstatus: retired\ncontrols: [A.10.4]\n---\n# Customer care\n",
            ]),
        ]
    )

    public init() {}

    public func check(_ context: CheckContext) -> [Diagnostic] {
        guard let soa = context.index.soa else { return [] }
        return soa.entries.compactMap { entry in
            guard entry.applicable == false, context.model.control(entry.controlID) != nil else { return nil }
            let implementers = context.resolved.control(entry.controlID)?.implementers ?? []
            guard !implementers.isEmpty else { return nil }
            let names = implementers.map(\.displayID).joined(separator: ", ")
            return diagnostic(
                "\(entry.controlID) is excluded in the Statement of Applicability but implemented by \(names)",
                at: entry.location(of: "control"),
                hint: "include the control (Applicable: yes, with a status and justification), or remove \(entry.controlID) from the `controls:` of \(names)",
                notes: implementers.map { document in
                    let listed = document.fields.controls.first { $0.value == entry.controlID }
                    return Diagnostic.Note(
                        "\(document.displayID) lists \(entry.controlID) in `controls:`",
                        at: listed.map { document.location(line: $0.line, column: $0.column) } ?? document.location(ofKey: "controls")
                    )
                }
            )
        }
    }
}
